"""PDF findings of red team 41 (OpTeX, two columns): a two-column table whose cells wrap read
as prose, its cells a space apart, and the cover's sender and date lines, set as indented
paragraphs with no gap between them, one paragraph indexed as text."""

from __future__ import annotations

from pathlib import Path

from pdf_factory import Placed, ingest_pdf, make_drawn_pdf

from ingest.pipeline import ingest_file

LEAFLET = Path(__file__).parent / "data" / "redteam41_leaflets" / "moedervlekken.pdf"

LEADING = 12.4
LEFT, RIGHT = 56.7, 307.6  # the two columns' margins
BODY = ["Een moedervlek is een plekje in de huid met veel", "pigmentcellen. De meeste mensen hebben tussen de",
        "tien en de veertig moedervlekken. Ze ontstaan vooral", "in de kinderjaren en tot ongeveer het vijfendertigste",
        "jaar. Bijna alle moedervlekken zijn onschuldig. Heel", "soms verandert een moedervlek in melanoom, een",
        "vorm van huidkanker."]
# (first cell, second cell's lines): the second cell wraps under itself, as OpTeX's \table sets it
ROWS = [("A: Asymmetrie", ["De twee helften van de vlek", "zijn niet gelijk"]),
        ("B: Begrenzing", ["De rand is grillig of vaag"]),
        ("C: Color (kleur)", ["Meerdere kleuren in één vlek,", "zoals bruin, zwart, rood of", "grijs"]),
        ("D: Diameter", ["De vlek is groter dan 6", "millimeter"])]
# the right column: the section goes on after the table, then the next section
AFTER = [("Kijk ook naar vlekken die er anders uitzien dan al", 19.9),
         ("uw andere moedervlekken. Dit noemen we het lelijke", 0), ("eendje.", 0)]
NEXT = ["Maak een afspraak bij uw huisarts als een moedervlek", "jeukt, bloedt of een korstje heeft dat niet geneest,",
        "of als u ouder bent dan veertig jaar en de vlek nieuw", "is. De huisarts bekijkt de vlek en stuurt u zo nodig",
        "door naar de dermatoloog. Die bekijkt de vlek met", "een dermatoscoop, een soort vergrootglas met licht."]


def _page() -> list[Placed]:
    """A page as OpTeX sets it in two columns: the title, the sender and date lines each an
    indented paragraph right under each other, numbered sections, and a table whose second
    cells wrap, the last row at the left column's foot."""
    out = [Placed("Moedervlekken zelf controleren", 138, 720.9, 20.7, True),
           Placed("Dermatologie Ziekenhuis Amstelland, Amstelveen", LEFT + 19.9, 696.0, 10),
           Placed("Laatst bijgewerkt: 18 februari 2026", LEFT + 19.9, 683.6, 10),
           Placed("1 Wat zijn moedervlekken?", LEFT, 664.9, 14.3, True)]
    y = 646.0
    for line in BODY:
        out.append(Placed(line, LEFT, y, 10))
        y -= LEADING
    out.append(Placed("2 De ABCDE-regel", LEFT, y - 18, 14.3, True))
    y -= 37
    out.append(Placed("Let bij elke moedervlek op de volgende vijf punten:", LEFT, y, 10))
    y -= 20
    out += [Placed("Letter", LEFT + 5, y, 10, True), Placed("Waar let u op?", 152.5, y, 10, True)]
    y -= 16.8
    for first, second in ROWS:
        out.append(Placed(first, LEFT + 5, y, 10))
        for line in second:
            out.append(Placed(line, 152.5, y, 10))
            y -= LEADING
        y -= 4.3
    y = 664.9
    for line, indent in AFTER:
        out.append(Placed(line, RIGHT + indent, y, 10))
        y -= LEADING
    out.append(Placed("3 Wanneer naar de huisarts?", RIGHT, y - 18, 14.3, True))
    y -= 37
    for line in NEXT:
        out.append(Placed(line, RIGHT, y, 10))
        y -= LEADING
    return out


def _leaflet(tmp_path):
    return ingest_pdf(tmp_path, make_drawn_pdf([_page()]), "moedervlekken.pdf")


def test_a_two_column_table_whose_cells_wrap_keeps_its_cells_apart(tmp_path):
    text = "\n".join(p.text for p in _leaflet(tmp_path).passages)
    assert "Letter | Waar let u op?" in text
    assert "A: Asymmetrie | De twee helften van de vlek zijn niet gelijk" in text
    assert "C: Color (kleur) | Meerdere kleuren in één vlek, zoals bruin, zwart, rood of grijs" in text
    # the last row's wrapped cell stays in it, and the next column's first line stays out
    assert "D: Diameter | De vlek is groter dan 6 millimeter" in text.split("\n")


def test_the_covers_sender_and_date_lines_make_no_passage(tmp_path):
    result = _leaflet(tmp_path)
    assert str(result.leaflet.updated) == "2026-02-18"
    assert not any("bijgewerkt" in p.text or "Amstelveen" in p.text for p in result.passages)
    assert result.passages[0].headings == ("1 Wat zijn moedervlekken?",)


def test_the_optex_leaflet_reads_its_table_rows_and_drops_its_cover_lines():
    result = ingest_file(LEAFLET)
    assert str(result.leaflet.updated) == "2026-02-18"
    assert all(p.headings for p in result.passages)
    assert not any("bijgewerkt" in p.text for p in result.passages)
    table = next(p.text for p in result.passages if "Asymmetrie" in p.text)
    assert "Letter | Waar let u op?" in table
    assert "A: Asymmetrie | De twee helften van de vlek zijn niet gelijk" in table
    # the last row's wrapped cell stays in it, and the next column's first line stays out
    assert "E: Evolutie | De vlek verandert van grootte, vorm of kleur" in table.split("\n")


def test_a_wide_tables_last_row_keeps_its_wrapped_cell(tmp_path):
    """Across a page's full width the last row's cell "De vlek is groter dan 6" ends far from
    the margin: cleaning took its wrapped line "millimeter" for a line of its own once the
    row's cells stood apart, unless the line is read as part of the row."""
    page = [Placed("Moedervlekken zelf controleren", 138, 720.9, 20.7, True),
            Placed("Dermatologie Ziekenhuis Amstelland, Amstelveen", LEFT + 19.9, 696.0, 10),
            Placed("Laatst bijgewerkt: 18 februari 2026", LEFT + 19.9, 683.6, 10),
            Placed("1 Wat zijn moedervlekken?", LEFT, 664.9, 14.3, True),
            Placed("Een moedervlek is een plekje in de huid met veel pigmentcellen. De meeste", LEFT, 646.0, 10),
            Placed("mensen hebben tussen de tien en de veertig moedervlekken. Bijna alle", LEFT, 633.6, 10),
            Placed("moedervlekken zijn onschuldig.", LEFT, 621.2, 10),
            Placed("2 De ABCDE-regel", LEFT, 590.8, 14.3, True),
            Placed("Let bij elke moedervlek op de volgende punten:", LEFT, 571.8, 10),
            Placed("Letter", LEFT + 5, 551.8, 10, True), Placed("Waar let u op?", 152.5, 551.8, 10, True)]
    y = 535.0
    for first, second in ROWS:
        page.append(Placed(first, LEFT + 5, y, 10))
        for line in second:
            page.append(Placed(line, 152.5, y, 10))
            y -= LEADING
        y -= 4.3
    page.append(Placed("Kijk ook naar vlekken die er anders uitzien dan al uw andere moedervlekken.", LEFT + 19.9,
                       y - 10, 10))
    text = "\n".join(p.text for p in ingest_pdf(tmp_path, make_drawn_pdf([page]), "tabel.pdf").passages)
    assert "D: Diameter | De vlek is groter dan 6 millimeter" in text.split("\n")
