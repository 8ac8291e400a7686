"""Red team 44: health records, calendar prints and portal pages read as the leaflets they carry.

A record's header (the patient's name, birth date and number; the document's date, author and
keeper) is no passage and is warned about; a calendar tool's print opens with a status line
and an event's times, no title; a portal page's reply buttons are no text."""

from __future__ import annotations

from pathlib import Path

from leaflet_files import ingest_file_as

from ingest.document import PERSONAL_DETAILS
from ingest.pipeline import ingest_file
from ingest.record_header import without_record_header
from ingest.source import SourceText

LEAFLETS = Path(__file__).parent / "data" / "redteam44_leaflets"

BODY = ("Een pessarium is een ring van zachte siliconen dat in de schede wordt geplaatst. Het ondersteunt de "
        "baarmoeder of de blaas als die zijn verzakt. Een pessarium geneest de verzakking niet.")


def _all_text(item) -> str:
    return "\n".join(passage.text for passage in item.passages)


def test_cda_header_table_is_left_out_and_warned(tmp_path):
    page = ("<html><head><title>Slaaponderzoek</title></head><body><h1>Slaaponderzoek</h1>"
            "<table><tr><td><b>Patiënt</b></td><td>K. Bos</td><td><b>Geboortedatum</b></td><td>01-02-1960</td></tr>"
            "<tr><td><b>Patiëntnummer</b></td><td>1234567</td><td><b>Documentdatum</b></td><td>02-03-2026</td></tr>"
            "<tr><td><b>Auteur</b></td><td>Dr. P. Smit</td><td><b>Organisatie</b></td>"
            "<td>Slaapcentrum, Ziekenhuis Rivierenland Tiel</td></tr></table>"
            f"<h2>Wat is het?</h2><p>{BODY}</p><h2>Daarna</h2><p>{BODY}</p></body></html>")
    item = ingest_file_as(tmp_path, "slaap.html", page)
    text = _all_text(item)
    assert "K. Bos" not in text and "1234567" not in text and "01-02-1960" not in text and "P. Smit" not in text
    assert [w.kind for w in item.warnings] == [PERSONAL_DETAILS]
    assert item.leaflet.publisher == "Ziekenhuis Rivierenland Tiel"


def test_fhir_text_subject_line_is_left_out(tmp_path):
    text = ("Een pessarium bij verzakking\nBekkenbodemcentrum, Ziekenhuis Oost\nDatum: 03-03-2026 10:12\n"
            "Patiënt: mevrouw B. de Wit\nBijgewerkt: 3 maart 2026\n\nWAT IS EEN PESSARIUM?\n"
            f"{BODY}\n\nHET AANMETEN\n{BODY}\n")
    item = ingest_file_as(tmp_path, "pessarium.txt", text)
    assert "de Wit" not in _all_text(item)
    assert item.leaflet.updated == "2026-03-03"
    assert [w.kind for w in item.warnings] == [PERSONAL_DETAILS]


def test_english_record_fields_are_left_out():
    source = SourceText("Patient name: John Smith\nDate of birth: 4 May 1950\nMRN: 00442211\n\nSome leaflet text.\n")
    record = without_record_header(source)
    assert record.personal and record.source.text.strip() == "Some leaflet text."


def test_leaflet_lines_and_tables_that_mention_the_patient_stay():
    text = ("| Patiënt | Zorgverlener |\n|---|---|\n| Meet de pijn | Geeft pijnstilling |\n\n"
            "Patiënt: Ik had veel pijn na de operatie.\n\n"
            "Naam: ..................\nGeboortedatum: ..................\n\n"
            "Patiënt: Zorgverlener\n")
    record = without_record_header(SourceText(text, markup="markdown"))
    assert not record.personal and record.source.text == text


def test_record_header_keeps_page_offsets():
    text = "Titel\nPatiënt: dhr. K. Bos\nGeboortedatum: 01-02-1960\nTekst op pagina een.\nTekst op pagina twee.\n"
    second = text.index("Tekst op pagina twee")
    record = without_record_header(SourceText(text, page_starts=(0, second)))
    assert record.source.text[record.source.page_starts[1]:].startswith("Tekst op pagina twee")


def test_redteam44_records_name_no_patient():
    for name, patient in (("eeg-onderzoek.html", "J. de Vries"), ("pessarium.txt", "A. Jansen")):
        item = ingest_file(LEAFLETS / name, root=LEAFLETS)
        assert patient not in _all_text(item)
        assert PERSONAL_DETAILS in [w.kind for w in item.warnings]
    assert ingest_file(LEAFLETS / "eeg-onderzoek.html", root=LEAFLETS).leaflet.publisher == "Gelre ziekenhuizen Apeldoorn"


SMEAR = ("U hebt een uitnodiging gekregen voor het bevolkingsonderzoek baarmoederhalskanker. Bij een uitstrijkje "
         "haalt de assistente met een borsteltje wat cellen van de baarmoedermond.")


def test_calendar_print_reads_as_its_leaflet(tmp_path):
    text = ("1 events found in /home/praktijk/agenda/afspraak.ics\n"
            "24-03-2026 10:40 24-03-2026 10:50 Uitstrijkje bij de assistente\n"
            "Huisartsenpraktijk De Linde, Dorpsstraat 3, Ede\nHet uitstrijkje bij de huisarts\n\n"
            "Huisartsenpraktijk De Linde, Ede\n\nBijgewerkt: 11 maart 2026\n\n"
            f"Waarom een uitstrijkje?\n\n{SMEAR}\n\nHoe gaat het?\n\n{SMEAR}\n")
    item = ingest_file_as(tmp_path, "afspraak.txt", text)
    assert item.leaflet.title == "Het uitstrijkje bij de huisarts"
    assert item.leaflet.publisher == "Huisartsenpraktijk De Linde"
    assert "10:40" not in _all_text(item) and "/home/" not in _all_text(item)


def test_other_calendar_formats_and_a_path_line(tmp_path):
    from ingest.calendar_print import is_tool_report, without_calendar_print

    text, furniture = without_calendar_print("Tue Mar 24 10:40 - 10:50 Griepprik\nLocatie: GGD, Markt 1, Ede\n\nDe griepprik\n")
    assert text.strip() == "De griepprik" and furniture == ["GGD, Markt 1, Ede"]
    assert without_calendar_print("24 maart 2026\n\nDe griepprik\n")[1] == []  # a date alone is no event
    assert is_tool_report("Processing /home/anna/Documents/folder.txt")
    assert not is_tool_report("Ziekte van Crohn / colitis ulcerosa")
    item = ingest_file_as(tmp_path, "griep.txt", f"Converted C:\\Users\\anna\\griep.docx\n\nGriepprik in het najaar\n\n"
                                                 f"Waarom een griepprik?\n\n{SMEAR}\n")
    assert item.leaflet.title == "Griepprik in het najaar"


def test_portal_message_buttons_are_no_text(tmp_path):
    from ingest.clean.furniture import is_ui_line

    page = ("<html><body><h1>Ondervoeding voorkomen</h1><h2>Wat is het?</h2><p>" + BODY + "</p>"
            "<h2>Contact</h2><p>" + BODY + "</p><p>Met vriendelijke groet,<br>M. Hoekstra</p>\n"
            "Beantwoorden Verwijderen</body></html>")
    item = ingest_file_as(tmp_path, "bericht.html", page)
    assert "Beantwoorden" not in _all_text(item)
    assert is_ui_line("Reply Forward Delete") and not is_ui_line("Verwijderen")
    assert not is_ui_line("U kunt dit bericht beantwoorden of verwijderen")


def test_redteam44_calendar_and_portal():
    item = ingest_file(LEAFLETS / "uitstrijkje.txt", root=LEAFLETS)
    assert item.leaflet.title == "Het uitstrijkje bij de huisarts"
    assert not item.passages[0].text.startswith("24-03-2026")
    item = ingest_file(LEAFLETS / "ondervoeding.html", root=LEAFLETS)
    assert not item.passages[-1].text.endswith("Verwijderen")
