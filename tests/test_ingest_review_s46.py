"""What a review of red teams 37 and 38's readers found: a declared codec of bytes crashed the
HTML reader, OCR's digit reading turned iodine isotopes into numbers, a sentence the page break
cut was taken for a running header, and the contact lines under a one-line-a-paragraph page's
date were taken for a box of links."""

from __future__ import annotations

from ingest.clean.furniture import named_headers
from ingest.clean.normalise import ocr_digits
from ingest.dates import _statements
from ingest.document import IngestError
from ingest.html.encoding import decode_page
from ingest.web_dump import without_page_chrome


def test_a_page_that_declares_a_codec_of_bytes_is_read_by_its_bytes():
    page = '<html><head><meta charset="base64"></head><body><p>Caf\xe9 en thee</p></body></html>'
    try:
        text = decode_page(page.encode("latin-1"), "page.html")
    except IngestError:
        return  # refused with a clear error is as good as read
    assert "Café en thee" in text


def test_isotopes_of_iodine_keep_their_letter():
    assert ocr_digits("Behandeling met I131 of I123-MIBG") == "Behandeling met I131 of I123-MIBG"
    assert ocr_digits("Wacht I5 minuten, neem IOOO mg") == "Wacht 15 minuten, neem 1000 mg"


def test_a_sentence_the_page_break_cut_is_no_running_header():
    first = ["Afdeling Radiologie van het Ziekenhuis Rivierenland", "Een MRI-onderzoek van de knie", "U krijgt een MRI."]
    assert named_headers([first, ["het apparaat van de afdeling radiologie", "is groot."]]) == [set(), set()]
    assert named_headers([first, ["Ziekenhuis Rivierenland Een MRI-onderzoek", "Wat merkt u?"]]) == [set(), {0}]


def test_a_year_is_made_precise_only_by_a_month_close_after_it():
    assert [iso for iso, _ in _statements("Uitgave 2026, derde druk, april 2026")] == ["2026-04"]
    far = "Uitgave 2026, " + "en nog veel meer woorden over de uitgave " * 5 + "april 2026"
    assert [iso for iso, _ in _statements(far)] == ["2026"]


def test_contact_lines_under_the_date_of_a_page_a_line_a_paragraph_stay():
    body = ("Een lange zin die uitlegt wat u moet doen na de operatie en die zeker langer is dan honderdtwintig "
            "tekens zodat het als een ongebroken regel telt.")
    lines = ["Wondzorg na de operatie", *[body] * 12, "Laatst bijgewerkt op 3 maart 2025", "Contact",
             "Polikliniek Chirurgie", "Telefoon 088 123 4567"]
    text, _ = without_page_chrome("\n".join(lines))
    assert [line for line in text.split("\n") if line][-3:] == ["Contact", "Polikliniek Chirurgie", "Telefoon 088 123 4567"]
