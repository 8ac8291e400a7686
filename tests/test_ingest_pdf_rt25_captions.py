"""Red team 25's pydyf leaflet set its table's caption ("Tabel: hoeveel ORS, en loperamide") at
14 pt over 13 pt section headings: by size it outranked them, and every later section became its
child. A caption stays over its table, under the section it stands in."""

from __future__ import annotations

import pytest

from pdf_factory import Placed, ingest_pdf, make_drawn_pdf

BODY = "Dit is gewone tekst van de folder die een hele zin vormt en verder gaat op de regel."


def _section(heading: str, top: float) -> list[Placed]:
    return [Placed(heading, 56, top, 13, bold=True), Placed(BODY, 56, top - 20, 10), Placed(BODY, 56, top - 34, 10)]


def _leaflet(caption: str) -> bytes:
    first = [Placed("Reizigersdiarree", 56, 790, 22, bold=True),
             *_section("Wat is reizigersdiarree?", 740), *_section("Wat doet u als u diarree heeft?", 680)]
    rows = [("Leeftijd", "ORS per keer", "Loperamide"), ("Kind tot 2 jaar", "50 tot 100 ml", "Niet geven"),
            ("Volwassene", "200 tot 400 ml", "Eerst 2 capsules")]
    table = [Placed(caption, 56, 790, 14, bold=True)]
    table += [Placed(cell, x, 760 - 14 * row, 10, bold=row == 0)
              for row, cells in enumerate(rows) for x, cell in zip((56, 230, 420), cells)]
    last = [*_section("Antibiotica meenemen?", 790), *_section("Terug in Nederland", 730)]
    return make_drawn_pdf([first, table, last])


@pytest.mark.parametrize("caption", ["Tabel: hoeveel ORS, en loperamide", "Hoeveel ORS per leeftijd"])
def test_a_table_caption_set_larger_than_the_sections_parents_none_of_them(tmp_path, caption):
    # By its word ("Tabel:"), or without one as a size used once, over a table's rows, between
    # sections of one level: either way it is no parent of the sections after the table.
    item = ingest_pdf(tmp_path, _leaflet(caption))
    paths = [passage.headings for passage in item.passages]
    assert ("Antibiotica meenemen?",) in paths and ("Terug in Nederland",) in paths
    table = next(passage for passage in item.passages if "Kind tot 2 jaar" in passage.text)
    assert table.headings == ("Wat doet u als u diarree heeft?", caption)
