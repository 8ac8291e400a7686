"""Review of red team 31's running headers: a table's header row that Word repeats atop each page
is the table's, not the page header's; a table's label over its value ("Aantal" over "2
capsules per dag") is no PDFium header over its footer; a header is read no further than its
lines."""

from __future__ import annotations

from ingest.running_footer import without_running_footers

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
