"""Red team 48: a document system's cover sheet joined before a browser's print of a web page
(pdfunite), and the print's masthead under a top bar that is a sentence ("Spoed? Bel ...")."""

from __future__ import annotations

from pathlib import Path

from pdf_factory import Placed, ingest_pdf, make_drawn_pdf

from ingest.pdf.cover_sheet import is_cover_sheet
from ingest.pdf.furniture import masthead, printed_titles
from ingest.pdf.geometry import PdfLine
from ingest.pdf.style import measure_body

LEAFLETS = Path(__file__).parent / "data" / "redteam48_leaflets"

COVER = ["Archiefexemplaar", "Documentnummer: KL-FO-2025-0031", "Documenttype: Patiëntenfolder",
         "Eigenaar: Afdeling Kwaliteit", "Versie: 4", "Status: Vastgesteld",
         "Dit voorblad is automatisch toegevoegd. Alleen de versie in het systeem is geldig."]


def test_a_page_of_filing_fields_and_a_notice_is_a_cover_sheet():
    assert is_cover_sheet(COVER)
    assert is_cover_sheet(["Document number: 2025-118", "Owner: Patient Information Office", "Version: 2.1",
                           "Next review: March 2027"])


def test_a_colophon_under_leaflet_text_and_a_form_are_no_cover_sheet():
    colophon = ["Na de operatie", "U mag na de operatie weer eten en drinken. Neem contact op als de wond gaat "
                "bloeden, als u koorts krijgt boven de 38,5 graden of als de pijn erger wordt in plaats van minder.",
                "Bel bij twijfel altijd de afdeling, ook 's nachts en in het weekend.",
                "Versie: 3", "Status: definitief", "Eigenaar: afdeling Chirurgie"]
    assert not is_cover_sheet(colophon)
    form = ["Naam: ....", "Geboortedatum: ....", "Afdeling: Chirurgie", "Status: opgenomen"]
    assert not is_cover_sheet(form)


def _print_page(lines: list[Placed], page: int, pages: int) -> list[Placed]:
    """A page of Chromium's print: its header (time, page title) and footer (address, n/m)."""
    return [Placed("12/6/26, 8:40 PM Wintertenen | Huisartsenpraktijk Oost", 24, 770, 8), *lines,
            Placed(f"file:///tmp/wintertenen.html {page}/{pages}", 24, 17, 8)]


BODY = "Wintertenen zijn rode, jeukende plekken op de tenen die ontstaan door kou en vocht."


def _cover_and_print() -> bytes:
    cover = [Placed(COVER[0], 72, 758, 14, True),
             *(Placed(text, 72, 742 - 12 * row, 10) for row, text in enumerate(COVER[1:]))]
    first = _print_page([Placed("Spoed? Bel 030 123 45 67 en kies 1. Na 17.00 uur de huisartsenpost.", 28, 740, 12),
                         Placed("Huisartsenpraktijk Oost", 28, 700, 12),
                         Placed("Home Praktijkinfo Afspraak maken Contact", 28, 680, 12),
                         Placed("Wintertenen", 28, 640, 24, True), Placed("Huisartsenpraktijk Oost", 28, 610, 12),
                         Placed("Wat zijn wintertenen?", 28, 570, 18, True), Placed(BODY, 28, 545, 12)], 1, 2)
    second = _print_page([Placed("Wat kunt u zelf doen?", 28, 740, 18, True),
                          Placed("Houd uw voeten warm en droog en draag wollen sokken in de winter.", 28, 715, 12)], 2, 2)
    return make_drawn_pdf([cover, first, second], width=612, height=792)


def test_the_cover_sheet_and_the_top_bar_go_and_the_print_titles_the_leaflet(tmp_path):
    result = ingest_pdf(tmp_path, _cover_and_print(), "wintertenen.pdf")
    text = "\n".join(passage.text for passage in result.passages)
    headings = {heading for passage in result.passages for heading in passage.headings}
    for furniture in ("Archiefexemplaar", "Documentnummer", "voorblad", "Spoed?", "Home Praktijkinfo"):
        assert furniture not in text and furniture not in " ".join(headings), furniture
    assert result.leaflet.title == "Wintertenen"
    assert result.leaflet.publisher == "Huisartsenpraktijk Oost"
    assert min(page for passage in result.passages for page in passage.pages) == 2  # the file's page numbers


def _line(text: str, y: float, size: float = 12, bold: bool = False) -> PdfLine:
    return PdfLine(text, 28, y, size, bold)


def test_a_sentence_over_the_title_the_browser_header_names_is_the_site_top_bar():
    lines = [_line("Spoed? Bel 030 123 45 67 en kies 1. Na 17.00 uur de huisartsenpost.", 740),
             _line("Wintertenen", 640, 24, True), _line(BODY, 545), _line(BODY, 530)]
    body = measure_body([lines])
    assert masthead(lines, body, "Wintertenen | Huisartsenpraktijk Oost") == {0}
    assert masthead(lines, body) == set()  # a call-out over large text, unproven: it stays


def test_the_print_header_names_each_printed_page_title():
    page = [PdfLine("12/6/26, 8:40 PM Wintertenen | Huisartsenpraktijk Oost", 24, 770, 8, False),
            _line(BODY, 600), PdfLine("file:///tmp/wintertenen.html 1/1", 24, 17, 8, False)]
    assert printed_titles([[_line("Archiefexemplaar", 700, 14, True)], page]) \
        == [None, "Wintertenen | Huisartsenpraktijk Oost"]


def test_pityriasis_reads_without_its_cover_sheet_and_site_masthead():
    from ingest.pipeline import ingest_file

    result = ingest_file(LEAFLETS / "pityriasis-rosea.pdf")
    text = "\n".join(passage.text for passage in result.passages)
    assert result.leaflet.title == "Pityriasis rosea (roze vlekken op romp)"
    assert result.leaflet.publisher == "Huisartsenpraktijk De Linde"
    for furniture in ("Archiefexemplaar", "Documentnummer", "Dit voorblad", "Spoed? Bel", "Sluiten",
                      "Home Praktijkinfo", "Zoek | Zoek"):
        assert furniture not in text, furniture
    assert result.passages[0].headings[-1] == "Wat is pityriasis rosea?"
