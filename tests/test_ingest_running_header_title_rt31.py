"""Review of red team 31's running headers: the copy of a running header atop the text may be
the leaflet's title ("Staaroperatie" over "Afdeling Oogheelkunde" on each page), and taking it
away named the leaflet after its file; a table's header row that Word repeats atop each page
is the table's, not the page header's; a table's label over its value ("Aantal" over "2
capsules per dag") is no PDFium header over its footer; a header is read no further than its
lines."""

from __future__ import annotations

from pathlib import Path

from ingest.pipeline import ingest_file
from ingest.running_footer import without_running_footers

DATA = Path(__file__).parent / "data" / "redteam31_leaflets"

# mutool: a blank line after each paragraph; the title and department atop each page.
TITLE_HEADER = """Staaroperatie
Afdeling Oogheelkunde

U krijgt binnenkort een staaroperatie.

Wat is staar?

Bij staar wordt de lens troebel.

Oogziekenhuis Zuid   OOG-12 / maart 2026   1

Staaroperatie
Afdeling Oogheelkunde

De operatie

De oogarts vervangt de lens door een kunstlens.

Oogziekenhuis Zuid   OOG-12 / maart 2026   2
"""

# PDFium: the page's header and footer over its text.
TITLE_OVER_FOOTER = """Hielspoor
praktijkdelinde.nl · VOET-12 1
Een hielspoor is een pijnlijke hiel.
Wat kunt u zelf doen?
Draag schoenen met een stevige hak.
Rek de kuit twee keer per dag.
Hielspoor
praktijkdelinde.nl · VOET-12 2
Wanneer belt u de huisarts?
Bel als de pijn na zes weken niet minder is.
"""


def test_a_running_header_that_is_the_title_keeps_its_copy_atop_the_text():
    kept, furniture = without_running_footers(TITLE_HEADER)
    assert kept.startswith("Staaroperatie\n") and kept.count("Staaroperatie\n") == 1
    assert "Afdeling Oogheelkunde" not in kept and "OOG-12" not in kept
    assert "De operatie\n\nDe oogarts vervangt de lens door een kunstlens." in kept
    assert furniture == ["Oogziekenhuis Zuid OOG-12 / maart 2026", "Staaroperatie", "Afdeling Oogheelkunde"]


def test_without_blank_lines_the_title_stays_too():
    """pdfplumber: no blank lines, the footer labelled."""
    text = "\n".join(line for line in TITLE_HEADER.split("\n") if line.strip())
    text = text.replace("   OOG-12 / maart 2026   1", " · OOG-12 · pagina 1 van 2")
    text = text.replace("   OOG-12 / maart 2026   2", " · OOG-12 · pagina 2 van 2")
    kept, _ = without_running_footers(text)
    assert kept.startswith("Staaroperatie\n") and kept.count("Staaroperatie") == 1
    assert "Afdeling Oogheelkunde" not in kept and "\nDe operatie\n" in kept


def test_pdfium_s_one_line_header_over_the_first_footer_is_the_title():
    kept, furniture = without_running_footers(TITLE_OVER_FOOTER)
    assert kept.startswith("Hielspoor\n") and kept.count("Hielspoor") == 1
    assert "VOET-12" not in kept and "\nWanneer belt u de huisarts?\n" in kept
    assert furniture == ["praktijkdelinde.nl · VOET-12", "Hielspoor"]


def test_a_header_that_names_the_title_the_page_sets_under_it_goes():
    """The sender and the title in one header line, the title on its own under the copy."""
    text = TITLE_HEADER.replace("Staaroperatie\nAfdeling Oogheelkunde", "Oogziekenhuis Zuid Staaroperatie")
    text = text.replace("Staaroperatie\n\nU", "Staaroperatie\n\nStaaroperatie\n\nU", 1)
    kept, _ = without_running_footers(text)
    assert "Oogziekenhuis Zuid Staaroperatie" not in kept
    assert kept.lstrip().startswith("Staaroperatie\n\nU krijgt")


# pypdf: the footer against the page's text, the header against the next page's.
TABLE_UNDER_HEADER = """Afbouwschema prednison
Longgeneeskunde Ziekenhuis Oost
U bouwt de prednison in vier weken af.
Longgeneeskunde · LON-31 · Pagina 1 van 3
Afbouwschema prednison
Dag Tabletten Milligram
1 tot en met 7 6 30 mg
Longgeneeskunde · LON-31 · Pagina 2 van 3
Afbouwschema prednison
Dag Tabletten Milligram
8 tot en met 14 5 25 mg
Bel de longverpleegkundige als u meer benauwd wordt.
Longgeneeskunde · LON-31 · Pagina 3 van 3
"""


def test_a_table_s_header_row_repeated_atop_each_page_stays():
    """The header's copy atop the text has one line: the row under it on the later pages is the table's."""
    kept, furniture = without_running_footers(TABLE_UNDER_HEADER)
    assert kept.count("Dag Tabletten Milligram\n") == 2 and kept.count("Afbouwschema prednison") == 1
    assert furniture == ["Longgeneeskunde · LON-31 ·", "Afbouwschema prednison"]


def test_a_header_is_read_no_further_than_its_lines():
    """Three header lines atop each page, and a table's header row right under them."""
    text = ("Ziekenhuis Oost\nLonggeneeskunde\nFolder LON-31\nDag Ochtend Avond\n1 2 tabletten 1 tablet\n"
            "Voet · pagina 1 van 2\nZiekenhuis Oost\nLonggeneeskunde\nFolder LON-31\nDag Ochtend Avond\n"
            "2 1 tablet 1 tablet\nVoet · pagina 2 van 2\n")
    kept, furniture = without_running_footers(text)
    assert kept.count("Dag Ochtend Avond\n") == 2
    assert furniture == ["Voet ·", "Ziekenhuis Oost", "Longgeneeskunde", "Folder LON-31"]


def test_a_table_s_label_over_its_value_is_no_header_over_a_footer():
    """PDFium writes page 1's header and footer first, and a page's text between two pairs."""
    weeks = "".join(f"Week {week}\nAantal\n{week} keer per dag\nNeem ze bij het eten.\nDrink een glas water.\n"
                    for week in (1, 2, 3))
    text = f"Opbouwschema pregabaline\n\nU bouwt de pregabaline langzaam op.\n\n{weeks}\nBel dan de pijnpoli.\n"
    assert without_running_footers(text) == (text, [])
    rows = "".join(f"Aantal\n{week} keer per dag\nWeek {week + 1}\n" for week in (1, 2, 3))  # a row or two apart
    assert without_running_footers(rows) == (rows, [])


def test_a_title_header_names_the_leaflet_through_the_ingest(tmp_path):
    path = tmp_path / "folder.txt"
    path.write_text(TITLE_HEADER, encoding="utf-8")
    item = ingest_file(path)
    assert item.leaflet.title == "Staaroperatie"
    assert not any("Afdeling Oogheelkunde" in passage.text for passage in item.passages)


def test_red_team_31_s_leaflets_keep_their_own_title_under_the_header():
    """Their headers name the sender (and the title beside it): the page's own line is the title."""
    for name, title, header in (("knieartrose.txt", "Artrose van de knie", "Kanaleneiland Artrose"),
                                ("hartkatheterisatie.txt", "Hartkatheterisatie", "Isala | Hartcentrum")):
        item = ingest_file(DATA / name)
        assert item.leaflet.title == title
        assert not any(header in passage.text or passage.text.startswith("Patiënteninformatie")
                       for passage in item.passages)
