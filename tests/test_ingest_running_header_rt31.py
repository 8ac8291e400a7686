"""Red team 31: the running furniture of a PDF's text from two more tools, no form feeds.
pdfplumber joins the pages with a line break and sets a header of two lines right under the
page's footer; PDFium (pypdfium2) writes each page's header and footer first, over its text,
its page number one space after the footer's words. Left in, a header line became a passage
of its own that ranked first for foreign questions, and the header the leaflet's title."""

from __future__ import annotations

from pathlib import Path

from ingest.pipeline import ingest_file
from ingest.running_footer import without_running_footers

DATA = Path(__file__).parent / "data" / "redteam31_leaflets"

# pdfplumber: no blank lines; the header atop each page, the footer at its foot.
TWO_LINE_HEADER = """Ziekenhuis De Vaart | Longcentrum
Folder LON-27
Longfunctieonderzoek
Wat is het?
U blaast zo hard als u kan in een buis.
Voorbereiding
Rook niet op de dag van het onderzoek.
Longfunctieonderzoek · Versie mei 2026 · pagina 1 van 2
Ziekenhuis De Vaart | Longcentrum
Folder LON-27
Uitslag
De longarts bespreekt de uitslag met u.
Longfunctieonderzoek · Versie mei 2026 · pagina 2 van 2
"""

# PDFium: each page opens with its header and footer, the page number one space apart.
HEADER_THEN_FOOTER = """Praktijk De Linde Hielspoor
praktijkdelinde.nl · VOET-12 {}
Hielspoor
Wat is het?
Een pijnlijke hiel bij de eerste stappen in de ochtend.
Wat kunt u doen?
Praktijk De Linde Hielspoor
praktijkdelinde.nl · VOET-12 {}
Draag schoenen met een stevige hak.
"""


def test_every_line_of_a_header_against_the_text_goes_atop_the_text_too():
    kept, furniture = without_running_footers(TWO_LINE_HEADER)
    assert "Folder LON-27" not in kept and "De Vaart" not in kept and "pagina" not in kept
    assert kept.lstrip().startswith("Longfunctieonderzoek\nWat is het?")
    assert "Uitslag\nDe longarts bespreekt de uitslag met u." in kept
    assert furniture == ["Longfunctieonderzoek · Versie mei 2026 ·", "Ziekenhuis De Vaart | Longcentrum",
                         "Folder LON-27"]


def test_the_page_s_own_first_line_under_a_header_stays():
    """The header ends at the first line under the footer that does not stand at the same
    place atop the text: a heading the first page has further down is the page's own."""
    text = TWO_LINE_HEADER.replace("Uitslag\n", "Wat is het?\n")
    kept, _ = without_running_footers(text)
    assert "\nWat is het?\nDe longarts" in kept and "Folder" not in kept


def test_a_footer_written_under_its_header_over_the_page_s_text_goes():
    kept, furniture = without_running_footers(HEADER_THEN_FOOTER.format(1, 2))
    assert "VOET-12" not in kept and "Praktijk De Linde" not in kept
    assert kept.lstrip().startswith("Hielspoor\nWat is het?")
    assert "Wat kunt u doen?" in kept and "Draag schoenen met een stevige hak." in kept
    assert furniture == ["praktijkdelinde.nl · VOET-12", "Praktijk De Linde Hielspoor"]


def test_numbers_one_space_after_words_are_no_footer_without_a_header_over_each():
    """Numbers that fall are no page numbers; a one-word label ("Week 1") is the text's own
    count; rows with a number under different lines are a table's."""
    assert without_running_footers(HEADER_THEN_FOOTER.format(2, 1))[1] == []
    weeks = "Schema\nWeek 1\nRust.\nSchema\nWeek 2\nLoop.\n"
    assert without_running_footers(weeks) == (weeks, [])
    doses = "Middel en dosis\nParacetamol per dag 3\nIbuprofen\nParacetamol per dag 4\n"
    assert without_running_footers(doses) == (doses, [])


def _read(name: str) -> tuple[str, list[str]]:
    item = ingest_file(DATA / name)
    return item.leaflet.title, [passage.text for passage in item.passages]


def test_pdfplumber_and_pdfium_leaflets_lose_their_running_header_and_footer():
    title, passages = _read("knieartrose.txt")
    assert title == "Artrose van de knie"
    assert not any("KNIE-03" in text or "Kanaleneiland Artrose" in text for text in passages)
    assert any(text.endswith("niet bij maagklachten of nierziekte") for text in passages)
    title, passages = _read("hartkatheterisatie.txt")
    assert title == "Hartkatheterisatie"
    assert not any("Patiënteninformatie CAR-114" in text or "Isala | Hartcentrum" in text for text in passages)
    assert any("polikliniek voor het vervolg.\n\nAfdeling Cardiologie" in text for text in passages)
