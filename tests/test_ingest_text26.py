"""A plain-text table of two columns typed with spaces (a dose table, as red team 14's
enscript leaflet was written before it was printed): a row needs two gaps to be a table's,
so its rows ran into one line, "1 - 6 jaar 1 tot 2 sachets junior 7 - 11 jaar ..."."""

from __future__ import annotations

from ingest.pipeline import ingest_file

DOSES = """OBSTIPATIE BIJ KINDEREN

De arts bouwt de dosis samen met u af.

HOEVEEL MACROGOL?
-----------------
Leeftijd            Startdosis per dag
6 mnd - 1 jaar      1 sachet van 6,9 gram (junior)
1 - 6 jaar          1 tot 2 sachets junior
7 - 11 jaar         2 tot 3 sachets junior
12 jaar en ouder    1 tot 2 sachets van 13,7 gram

Is de ontlasting na een week nog hard, verhoog dan met een half sachet.
"""

LIST = """WAT NEEMT U MEE?

Neem het volgende mee naar de afspraak:
-   uw medicijnen in de verpakking
-   uw verzekeringspas
-   een lijst met vragen

1.  Meld u bij de balie.
2.  Neem plaats in de wachtkamer.
3.  De verpleegkundige haalt u op.
"""


def test_a_two_column_table_typed_with_spaces_keeps_one_row_per_line(tmp_path):
    path = tmp_path / "macrogol.txt"
    path.write_text(DOSES, encoding="utf-8")
    text = ingest_file(path).text
    for row in ("Leeftijd | Startdosis per dag", "1 - 6 jaar | 1 tot 2 sachets junior",
                "12 jaar en ouder | 1 tot 2 sachets van 13,7 gram"):
        assert row + "\n" in text + "\n", text
    assert "verhoog dan met een half sachet." in text


def test_a_list_set_a_few_spaces_after_its_marks_is_no_table(tmp_path):
    path = tmp_path / "lijst.txt"
    path.write_text(LIST, encoding="utf-8")
    text = ingest_file(path).text
    assert " | " not in text, text
    assert "uw verzekeringspas" in text and "Meld u bij de balie." in text
