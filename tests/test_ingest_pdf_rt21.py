"""Red team 21's PDFs: htmldoc's running footer (the section's heading and the page's
number), its vertically centred table cells, and pdfme's paragraph after a list."""

from __future__ import annotations

import textwrap

from pdf_factory import Line, Placed, make_pdf

from ingest.pdf.furniture import section_headers
from ingest.pdf.geometry import Fragment, PdfLine
from ingest.pdf.lines import group_lines
from ingest.pdf.style import measure_body
from ingest.pipeline import ingest_file


def _body(text: str, gap: float = 6) -> list[Line]:
    return [Line(line, 11, gap=gap if i == 0 else 0) for i, line in enumerate(textwrap.wrap(text, 80))]


def _htmldoc_page(heading: str, number: int, text: str, title: str = "") -> list:
    """A page with htmldoc's footer: the current heading at the left, the number at the right."""
    top = [Line(title, 20, bold=True)] if title else []
    return top + [Line(heading, 17, bold=True, gap=14)] + _body(text) + [
        Placed(title or heading, 72, 36, 11), Placed(str(number), 530, 36, 11)]


def test_a_footer_of_the_sections_heading_and_the_page_number_is_furniture(tmp_path):
    """htmldoc's footer shares no word from page to page ("Boezemfibrilleren 1", "Wat kunt u
    zelf doen? 2"), so it was kept: a passage of its own that ranked first for questions in
    other languages (red team 21)."""
    pages = [_htmldoc_page("Wat is boezemfibrilleren?", 1, "Bij boezemfibrilleren trillen de boezems van uw "
                           "hart snel en onregelmatig. " * 4, title="Boezemfibrilleren"),
             _htmldoc_page("Wat kunt u zelf doen?", 2, "Drink niet meer dan een glas alcohol per dag en "
                           "blijf in beweging. " * 4)]
    path = tmp_path / "boezem.pdf"
    path.write_bytes(make_pdf(pages))
    text = ingest_file(path).text
    assert "Boezemfibrilleren 1" not in text and "doen? 2" not in text
    assert "Wat kunt u zelf doen?" in text


def test_a_numbered_footer_whose_rest_is_no_heading_stays():
    """A row that ends in the page's number but whose rest is body text, not a heading, is no
    section's footer."""
    pages = []
    for number in (1, 2):
        lines = [PdfLine(f"Hoofdstuk {number}", 56, 760, 14, True)]
        lines += [PdfLine(f"Regel {i} van de tekst.", 56, 740 - 15 * i, 10, False) for i in range(30)]
        lines.append(PdfLine(f"Lees verder op pagina {number}", 56, 40, 10, False))
        pages.append(lines)
    assert section_headers(pages, measure_body(pages), [60.0, 60.0], [780.0, 780.0]) == [set(), set()]


def test_section_footers_with_page_numbers_are_found():
    pages = []
    for number, heading in enumerate(("Wat is het?", "Wat kunt u doen?"), start=1):
        lines = [PdfLine(heading, 56, 760, 14, True)]
        lines += [PdfLine(f"Regel {i} van de tekst.", 56, 740 - 15 * i, 10, False) for i in range(30)]
        lines.append(PdfLine(f"{heading}  {number}", 56, 40, 10, False, cells=2))
        pages.append(lines)
    assert section_headers(pages, measure_body(pages), [60.0, 60.0], [780.0, 780.0]) == [{31}, {31}]


def _ruled_row(cells: list[str], y: float, raised: float = 0.0) -> list[Fragment]:
    """A bordered row of three cells (rules at 72, 246, 441), the third set `raised` higher:
    htmldoc centres a cell that wraps on the row, the others' baseline lower."""
    xs, rules = (75.6, 249.0, 444.0), (72.35, 245.75, 440.85)
    return [Fragment(text, x, y + (raised if column == 2 else 0), 11, False, rule=rule)
            for column, (text, x, rule) in enumerate(zip(cells, xs, rules))]


def test_a_ruled_cell_set_higher_beside_a_cell_whose_guessed_width_overruns_stays_in_its_row():
    """htmldoc's last row "Digoxine | Hartslag vertragen bij weinig inspanning | Bloedspiegel
    wordt gecontroleerd": the second cell's guessed width ran past the third's border, so the
    third, centred higher, seemed no next cell and became a paragraph (red team 21)."""
    rows = [("Apixaban of edoxaban", "Bloedverdunner", "Neem hem elke dag op dezelfde tijd"),
            ("Metoprolol", "Hartslag vertragen", "Kan moeheid en koude handen geven"),
            ("Flecainide", "Hartritme herstellen", "Alleen bij een gezond hart"),
            ("Digoxine", "Hartslag vertragen bij weinig inspanning", "Bloedspiegel wordt gecontroleerd")]
    fragments = [piece for number, cells in enumerate(rows)
                 for piece in _ruled_row(list(cells), 306.9 - 33.6 * number, raised=6.6)]
    lines = group_lines(fragments)
    assert [line.text.split("  ")[-1] for line in lines] == [cells[2] for cells in rows]


def test_a_paragraph_at_the_labels_place_after_a_tabbed_list_is_no_part_of_its_last_item(tmp_path):
    """pdfme sets a list item's label "- " at the margin and its text 14 points in; the
    paragraph after the list starts at the margin, as far below the last item as the items
    stand apart, and joined that item ("• Neem rust en drink voldoende. Tegen pijn en koorts
    ...", red team 21)."""
    items = ["Voed uw baby vaak, minstens acht keer per 24 uur.",
             "Koel de borst na de voeding tien tot vijftien minuten met een coldpack in een doek.",
             "Masseer niet hard; dat kan het weefsel beschadigen.", "Neem rust en drink voldoende."]
    intro = textwrap.wrap("Een borstontsteking ontstaat meestal doordat melk in een deel van de borst blijft "
                          "staan. De borst wordt dan op een plek rood, warm, hard en pijnlijk. Vaak voelt u zich "
                          "grieperig, met koorts boven de 38,5 graden, rillingen en spierpijn.", 85)
    page: list = [Placed(line, 60, 780 - 13.1 * number, 10.5) for number, line in enumerate(intro)]
    page += [Placed("Wat kunt u zelf doen?", 60, 720, 14, bold=True)]
    for number, item in enumerate(items):
        page += [Placed("- ", 60, 700 - 14.7 * number, 10.5), Placed(item, 74, 700 - 14.7 * number, 10.5)]
    y = 700 - 14.7 * len(items)
    page += [Placed("Tegen pijn en koorts mag u paracetamol of ibuprofen nemen; beide kunt u gebruiken", 60, y, 10.5),
             Placed("tijdens de borstvoeding.", 60, y - 13.1, 10.5),
             Placed("Behandeling", 60, y - 45, 14, bold=True),
             Placed("Bent u na een dag niet beter, dan schrijft de huisarts antibiotica voor.", 60, y - 65, 10.5)]
    path = tmp_path / "mastitis.pdf"
    path.write_bytes(make_pdf([page]))
    text = ingest_file(path).text
    assert "voldoende.\n\nTegen pijn" in text, text
