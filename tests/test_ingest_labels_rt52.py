"""Red team 52, findings 2.3 (the label header) and 2.4: a pharmacy's dispensing label over the
leaflet it hands out is a record's header, and a mail-merge dry run (or a raw mail dump) is a mail.

A label's lines (the pharmacy with the dispensing date, the patient, the medicine, the prescriber)
are no passage and are warned about, the pharmacy is the publisher and the leaflet's own title
follows. A dry run's tool lines, its upper-case header with MIME fields and the greeting that
names the recipient are no passage; the leaflet's own title and date win over the subject."""

from __future__ import annotations

from pathlib import Path

from leaflet_files import ingest_file_as

from ingest.document import PERSONAL_DETAILS
from ingest.mail import read_mail
from ingest.pipeline import ingest_file
from ingest.record_header import without_record_header
from ingest.source import SourceText

LEAFLETS = Path(__file__).parent / "data" / "redteam52_leaflets"

BODY = ("Een zetpil is handig als uw kind niet wil slikken of moet overgeven. Bewaar zetpillen op een "
        "koele plek, niet warmer dan 25 graden. Was uw handen voor en na het geven van de zetpil.")
LABEL = ("APOTHEEK HET KRUIDVAT                Afleverdatum: 02-02-2026\n"
         "Patient: Sanne Bos (geb. 11-06-2019)\n"
         "Geneesmiddel:  Ibuprofen drank 20 mg/ml\n"
         "Voorschrijver: dr. K. Smit, kinderarts\n"
         "------------------------------------------------------------\n\n")
LEAFLET = (f"IBUPROFEN DRANK VOOR KINDEREN\n=============================\n\n{BODY}\n\n"
           f"HOE GEEFT U HET?\n================\n\n{BODY}\n")


def _all_text(item) -> str:
    return "\n".join(passage.text for passage in item.passages)


def test_dispensing_label_is_a_record_header(tmp_path):
    item = ingest_file_as(tmp_path, "ibuprofen.txt", LABEL + LEAFLET)
    text = _all_text(item)
    for detail in ("Sanne Bos", "11-06-2019", "K. Smit", "20 mg/ml", "Afleverdatum", "-----"):
        assert detail not in text
    assert [w.kind for w in item.warnings] == [PERSONAL_DETAILS]
    assert item.leaflet.title == "IBUPROFEN DRANK VOOR KINDEREN"
    assert item.leaflet.publisher == "APOTHEEK HET KRUIDVAT"


def test_dispensing_date_dates_no_leaflet():
    """The label's day is when the medicine was handed out, not when the leaflet was written."""
    record = without_record_header(SourceText(LABEL + LEAFLET, "plain"))
    assert record.personal
    assert "02-02-2026" not in record.source.furniture
    assert record.source.text.lstrip().startswith("IBUPROFEN DRANK")


def test_organisation_line_alone_is_no_header():
    """A line that leads with a name before a labelled field names no patient: no header."""
    text = f"Apotheek Het Kruidvat            Afleverdatum: 02-02-2026\n\n{LEAFLET}"
    record = without_record_header(SourceText(text, "plain"))
    assert not record.personal and record.source.text == text


def test_committed_zetpil_label():
    item = ingest_file(LEAFLETS / "zetpil.txt")
    text = _all_text(item)
    assert item.leaflet.title == "Een zetpil geven aan uw kind"
    assert item.leaflet.publisher == "Apotheek De Vijzel"  # as its text writes it in ordinary type
    assert "Daan de Vries" not in text and "Bakker" not in text and "Afgiftedatum" not in text
    assert [w.kind for w in item.warnings] == [PERSONAL_DETAILS]


DRY_RUN = (">>> message 1\n"
           "TO: j.devries@example.nl\n"
           "SUBJECT: Uw afspraak op 3 april\n"
           "FROM: Huisartsenpraktijk De Linde <info@delinde.nl>\n"
           "MIME-Version: 1.0\n"
           "Content-Type: text/plain; charset=\"utf-8\"\n"
           "Content-Transfer-Encoding: base64\n"
           "X-Mailer: mailmerge\n"
           "Date: Fri, 06 Mar 2026 10:00:00 -0000\n\n"
           "Beste Jan,\n\n"
           "Hieronder lees je hoe je je voorbereidt op je afspraak.\n\n"
           "Griepprik voor ouderen\n======================\nBijgewerkt: 12 januari 2026\n\n"
           f"{BODY}\n\nWaarom een griepprik?\n---------------------\n\n{BODY}\n\n"
           "Met vriendelijke groet,\n\nAssistente De Linde\n\n\n"
           ">>> message 1 sent\n"
           ">>> Limit was 1 message.  To remove the limit, use the --no-limit option.\n"
           ">>> This was a dry run.  To send messages, use the --no-dry-run option.\n")


def test_mail_merge_dry_run_is_a_mail():
    mail = read_mail(DRY_RUN)
    assert mail is not None
    assert mail.subject == "Uw afspraak op 3 april"
    assert ">>>" not in mail.text and "j.devries" not in mail.text and "MIME" not in mail.text


def test_mail_merge_dry_run_reads_as_its_leaflet(tmp_path):
    item = ingest_file_as(tmp_path, "griep.txt", DRY_RUN)
    text = _all_text(item)
    assert item.leaflet.title == "Griepprik voor ouderen"
    assert item.leaflet.updated == "2026-01-12"
    for gone in ("j.devries", ">>>", "dry run", "Beste Jan", "Content-Type", "message 1"):
        assert gone not in text


def test_dry_run_next_message_is_cut():
    """A dry run of several messages: the next message, after its frame line, is no text of the first."""
    second = DRY_RUN.split(">>> message 1 sent")[0].replace("message 1", "message 2").replace("Beste Jan", "Beste Piet")
    mail = read_mail(DRY_RUN.split(">>> message 1 sent")[0] + second)
    assert mail is not None and "Piet" not in mail.text and mail.text.count("Griepprik voor ouderen") == 1


def test_mbox_envelope_line_opens_a_mail():
    text = ("From info@delinde.nl  Fri Mar  6 10:00:00 2026\n"
            "From: Huisartsenpraktijk De Linde <info@delinde.nl>\nSubject: Griepprik\nTo: j@example.nl\n\n"
            f"Griepprik voor ouderen\n======================\n\n{BODY}\n")
    mail = read_mail(text)
    assert mail is not None and "From info@" not in mail.text and "j@example.nl" not in mail.text


def test_committed_suikertest_dry_run():
    item = ingest_file(LEAFLETS / "suikertest.txt")
    text = _all_text(item)
    assert item.leaflet.title == "De suikertest (OGTT) tijdens de zwangerschap"
    assert item.leaflet.updated == "2026-01-20"
    for gone in ("yilmaz", "Selin", ">>>", "dry run", "MIME-Version"):
        assert gone not in text
