"""Red team 23's par-typed leaflet: a space-aligned table's header row over a rule of dashes
was read as a heading underlined with "-----" ("Soort uitslag Wat smeert u Hoe lang" in the
passage's heading path), and the rows lost their names."""

from __future__ import annotations

from pathlib import Path

from leaflet_files import ingest_file_as

TABLE = """\
Luieruitslag

WELKE ZALF?

Soort uitslag                          Wat smeert u                    Hoe lang
-----------------------------------------------------------------------------------------
Rode huid zonder puntjes               Zinkzalf                        Tot de huid weer gaaf is
Open, natte plekjes                    Vraag het consultatiebureau     Tot het over is

Miconazolcrème is zonder recept verkrijgbaar bij de drogist of apotheek.

VERZORGING

Verschoon de luier vaak, ook 's nachts als de luier erg nat is.
"""

HEADING = """\
Luieruitslag

Zalven
------
Rode huid zonder puntjes smeert u in met zinkzalf tot de huid weer gaaf is.

Verzorging
----------
Verschoon de luier vaak, ook 's nachts als de luier erg nat is.
"""


def _ingest(tmp_path: Path, text: str):
    return ingest_file_as(tmp_path, "luieruitslag.txt", text, rooted=False)


def test_a_header_row_over_a_rule_is_the_tables_first_row(tmp_path):
    item = _ingest(tmp_path, TABLE)
    table = next(p for p in item.passages if "Zinkzalf" in p.text)
    assert table.headings == ("WELKE ZALF?",)
    assert "Soort uitslag | Wat smeert u | Hoe lang\nRode huid zonder puntjes | Zinkzalf | Tot de huid weer gaaf is" \
        in table.text
    assert "---" not in table.text


def test_a_line_underlined_with_dashes_over_text_is_still_a_heading(tmp_path):
    item = _ingest(tmp_path, HEADING)
    assert [p.headings for p in item.passages] == [("Zalven",), ("Verzorging",)]
