"""Red team 40, finding 2.1: an e-mail message (MIME) saved as a file is read as the leaflet it
carries (ingest/mime_message.py), not as text with its header, boundaries and encodings."""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import formataddr
from pathlib import Path

import pytest

from ingest.document import IngestError
from ingest.pipeline import SUPPORTED, ingest_file
from ingest.mime_message import is_message

LEAFLETS = Path(__file__).parent / "data" / "redteam40_leaflets"

ADVICE = [
    "Wat is een koortslip?",
    "Een koortslip is een besmetting met het herpesvirus. Het virus blijft na de eerste besmetting "
    "in het lichaam. Bij weerstandsvermindering of veel zon kunnen de blaasjes terugkomen.",
    "Wat kunt u zelf doen?",
    "Raak de blaasjes zo min mogelijk aan en was daarna uw handen. Gebruik een eigen handdoek. "
    "Zoen geen baby's zolang u blaasjes heeft, want bij hen kan het virus ernstig verlopen.",
    "Wanneer belt u de huisarts?",
    "Bel de huisarts als de blaasjes na tien dagen niet over zijn of als ze bij het oog zitten.",
]
PLAIN = "\n\n".join(["Koortslip: blaasjes bij de mond", *ADVICE]) + "\n"
HTML = ("<!DOCTYPE html><html><head><title>Koortslip: blaasjes bij de mond</title></head><body>"
        "<table width=\"600\"><tr><td><h1>Koortslip: blaasjes bij de mond</h1>"
        + "".join(f"<h2>{line}</h2>" if line.endswith("?") else f"<p>{line}</p>" for line in ADVICE)
        + "<table><tr><th>Middel</th><th>Wanneer</th></tr><tr><td>aciclovircrème</td>"
          "<td>bij de eerste tinteling</td></tr></table></td></tr></table></body></html>")


def _message(subject: str = "Nieuwsbrief maart: koortslip", sender: str = "Huisartsenpraktijk De Linde") -> EmailMessage:
    message = EmailMessage()
    message["From"] = formataddr((sender, "nieuwsbrief@delinde.example"))
    message["To"] = "patienten@delinde.example"
    message["Subject"] = subject
    message["Date"] = "Tue, 03 Mar 2026 09:00:00 +0100"
    return message


def _read(tmp_path: Path, data: bytes, name: str = "bericht.txt"):
    path = tmp_path / name
    path.write_bytes(data)
    return ingest_file(path, root=tmp_path)


def _passages(item) -> str:
    return "\n".join(passage.text for passage in item.passages)


def _headings(item) -> set[str]:
    return {heading for passage in item.passages for heading in passage.headings}


def test_alternative_quoted_printable_reads_the_html_part(tmp_path):
    message = _message()
    message.set_content(PLAIN, cte="quoted-printable")
    message.add_alternative(HTML, subtype="html", cte="quoted-printable")
    item = _read(tmp_path, message.as_bytes())
    text = _passages(item)
    assert "=C3" not in text and "Content-Type" not in text and "<table" not in text and "<h2" not in text
    assert "aciclovircrème | bij de eerste tinteling" in text  # the HTML part's table, row by row
    assert {"Wat is een koortslip?", "Wanneer belt u de huisarts?"} <= _headings(item)
    assert item.leaflet.title == "Koortslip: blaasjes bij de mond"
    assert item.leaflet.publisher == "Huisartsenpraktijk De Linde"
    assert text.count("Zoen geen baby's") == 1  # the alternatives are one text, not two


def test_single_plain_part_in_base64_with_the_subject_as_title(tmp_path):
    message = _message(subject="RE: koortslip bij mijn dochter", sender="Karin Jansen")
    message.set_content("Beste mevrouw De Vries,\n\n" + "\n\n".join(ADVICE[1::2])
                        + "\n\nMet vriendelijke groet,\nKarin Jansen\n", cte="base64")
    raw = message.as_bytes()
    assert b"Zoen geen" not in raw  # base64 on disk
    item = _read(tmp_path, raw, "antwoord.eml")
    text = _passages(item)
    assert "Zoen geen baby's zolang u blaasjes heeft" in text and "Subject" not in text and "base64" not in text
    assert item.leaflet.title == "koortslip bij mijn dochter"
    assert item.leaflet.updated == "2026-03-03"
    assert item.leaflet.publisher == ""  # a person's name is no publisher


def test_latin1_charset_is_decoded(tmp_path):
    body = "Zalf tegen koortslip\n\nSmeer de crème vijf keer per dag op de plek. Na één week is het meestal over.\n"
    message = _message()
    message.set_content(body.encode("latin-1"), maintype="text", subtype="plain", cte="quoted-printable")
    message.set_param("charset", "iso-8859-1")
    raw = message.as_bytes()
    assert b"=E9" in raw or b"=e9" in raw
    text = _passages(_read(tmp_path, raw))
    assert "crème" in text and "één week" in text and "=E9" not in text


def test_attachment_is_left_aside(tmp_path):
    message = _message()
    message.set_content(PLAIN)
    message.add_attachment(b"%PDF-1.4 binary leaflet " * 50, maintype="application", subtype="pdf",
                           filename="koortslip-folder.pdf")
    message.add_attachment("Vertrouwelijk: patiëntenlijst\n", filename="lijst.txt")
    item = _read(tmp_path, message.as_bytes(), "met-bijlage.eml")
    text = _passages(item)
    assert "Zoen geen baby's" in text
    assert "patiëntenlijst" not in text and "JVBER" not in text and "koortslip-folder.pdf" not in text


def test_only_attachments_is_an_ingest_error_naming_them(tmp_path):
    message = _message()
    message["MIME-Version"] = "1.0"
    message.make_mixed()
    message.add_attachment(b"%PDF-1.4 binary leaflet", maintype="application", subtype="pdf",
                           filename="koortslip-folder.pdf")
    with pytest.raises(IngestError, match="koortslip-folder.pdf"):
        _read(tmp_path, message.as_bytes(), "alleen-bijlage.eml")


def test_broken_message_reads_as_text_without_crashing(tmp_path):
    message = _message()
    message.set_content(PLAIN, cte="quoted-printable")
    message.add_alternative(HTML, subtype="html", cte="quoted-printable")
    raw = message.as_bytes()
    boundary = message.get_boundary().encode()
    broken = raw.replace(b"boundary=\"" + boundary + b"\"", b"boundary=\"elsewhere\"")
    item = _read(tmp_path, broken, "kapot.eml")
    assert item.passages
    half = raw[: len(raw) * 2 // 3]  # cut off inside the HTML part: no closing boundary
    assert _read(tmp_path, half, "half.eml").passages


def test_letter_and_subject_line_are_no_message(tmp_path):
    letter = (b"Van: Huisartsenpraktijk De Linde\nOnderwerp: Koortslip\nDatum: 3 maart 2026\n\n"
              + PLAIN.encode())
    subject = b"Subject: Koortslip\n\n" + PLAIN.encode()
    zim = b"Content-Type: text/x-zim-wiki\nWiki-Format: zim 0.6\n\n====== Koortslip ======\n" + PLAIN.encode()
    for data in (letter, subject, zim):
        assert not is_message(data)
    assert not is_message(b"MIME-Version: 1.0\n" + PLAIN.encode())  # a text that merely opens with the field
    assert not is_message(_message().as_bytes() + b"MIME-Version: 1.0\n\n")  # never read past the header
    item = _read(tmp_path, letter, "brief.txt")
    assert "Zoen geen baby's" in _passages(item)


def test_saved_page_mhtml_reads_its_html(tmp_path):
    page = EmailMessage()
    page["From"] = "<Saved by Blink>"
    page["Snapshot-Content-Location"] = "https://delinde.example/koortslip"
    page["Subject"] = "Koortslip: blaasjes bij de mond"
    page["MIME-Version"] = "1.0"
    page.set_content(HTML, subtype="html", cte="quoted-printable")
    page.make_related()
    page.add_related(b"\x89PNG fake image", maintype="image", subtype="png", cid="<logo@delinde>")
    assert {".eml", ".mht", ".mhtml"} <= SUPPORTED
    item = _read(tmp_path, page.as_bytes(), "koortslip.mhtml")
    assert "Wat is een koortslip?" in _headings(item) and "=3D" not in _passages(item)
    assert item.leaflet.url == "https://delinde.example/koortslip"
    assert item.leaflet.publisher == ""


def test_redteam40_newsletter_message():
    item = ingest_file(LEAFLETS / "slechte-adem.txt", root=LEAFLETS)
    text = _passages(item)
    for junk in ("=C3", "=3D", "<table", "<h2", "Content-Type", "--latinized", "MIME-Version"):
        assert junk not in text
    assert "Bacteriën op de tong" in text and "maakt zo nodig uw gebit" in text
    assert "Bij de tandarts" in _headings(item)
    assert item.leaflet.title == "Slechte adem: oorzaken en wat u eraan doet"
    assert item.leaflet.publisher == "Tandartspraktijk Het Gebit"
    assert len(item.passages) <= 8


def test_uploaded_message_keeps_its_suffix():
    from leaflets.uploads import stored_suffix

    assert [stored_suffix(name) for name in ("bericht.eml", "pagina.MHT", "pagina.mhtml")] == [".eml", ".mht", ".mhtml"]
