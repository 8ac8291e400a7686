"""Tables typed as boxes of rules and pipes (red team 17): pandoc's grid tables, the boxes
psql and MySQL print, and tbl's `box` as mandoc sets it, in text, Markdown and PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdf_factory import Placed, ingest_pdf, make_pdf, passages_text

from ingest.clean import clean
from ingest.pipeline import ingest_file
from ingest.source import SourceText

LEAFLETS = Path(__file__).parent / "data" / "redteam17_leaflets"

INTRO = "Na herstel mag u weer gewoon eten. Eet vooral veel vezels."
AFTER = "Noten en zaden mag u gewoon eten."

PANDOC_GRID = f"""{INTRO}

+------------------+---------------------------+
| Vezelrijk        | Voorbeelden               |
+==================+===========================+
| Brood en granen  | volkorenbrood, havermout, |
|                  | zilvervliesrijst          |
+------------------+---------------------------+
| Groente          | peulvruchten, broccoli    |
+------------------+---------------------------+
{AFTER}
"""

ROWS = ["Vezelrijk | Voorbeelden",
        "Brood en granen | volkorenbrood, havermout, zilvervliesrijst",
        "Groente | peulvruchten, broccoli"]


@pytest.mark.parametrize("markup", ["plain", "markdown"])
def test_a_grid_table_is_a_list_of_rows_its_wrapped_cells_joined(markup):
    cleaned = clean(SourceText(PANDOC_GRID, markup))
    assert [(block.kind, block.lines) for block in cleaned.blocks] == [
        ("paragraph", (INTRO,)), ("list", tuple(ROWS)), ("paragraph", (AFTER,))]


@pytest.mark.parametrize("name", ["grid.txt", "grid.md"])
def test_a_grid_table_read_from_a_file_keeps_its_rows(tmp_path, name):
    path = tmp_path / name
    path.write_text(PANDOC_GRID, encoding="utf-8")
    text = passages_text(ingest_file(path))
    assert "\n".join(ROWS) + "\n\n" + AFTER in text
    assert "+--" not in text and "+==" not in text


PSQL_BOX = f"""{INTRO}

+-----------------+------------------------+
| Product         | Vezel per 100 gram     |
+-----------------+------------------------+
| volkorenbrood   | 7 gram                 |
| havermout       | 10 gram, of 8 gram als |
|                 | pap                    |
| witte rijst     | 1 gram                 |
+-----------------+------------------------+

{AFTER}
"""


@pytest.mark.parametrize("markup", ["plain", "markdown"])
def test_a_box_ruled_under_its_header_only_reads_each_line_as_a_row(markup):
    cleaned = clean(SourceText(PSQL_BOX, markup))
    assert [(block.kind, block.lines) for block in cleaned.blocks] == [
        ("paragraph", (INTRO,)),
        ("list", ("Product | Vezel per 100 gram", "volkorenbrood | 7 gram",
                  "havermout | 10 gram, of 8 gram als pap", "witte rijst | 1 gram")),
        ("paragraph", (AFTER,))]


TBL_BOX = f"""{INTRO}

       +----------------------------------------------+
       |Vezelrijk         Voorbeelden                 |
       +----------------------------------------------+
       |Brood en          volkorenbrood, havermout,   |
       |granen            zilvervliesrijst            |
       |Peulvruchten      linzen, kikkererwten        |
       +----------------------------------------------+
       {AFTER}
"""


def test_a_box_without_inner_rules_reads_its_cells_by_spacing():
    """tbl's `box` (mandoc -T ascii, groff) draws no rule between columns; a line in lower
    case under a cell left unfinished ("Brood en") is that row's wrapped line."""
    cleaned = clean(SourceText(TBL_BOX, "plain"))
    assert [block.lines for block in cleaned.blocks] == [
        (INTRO,),
        ("Vezelrijk | Voorbeelden", "Brood en granen | volkorenbrood, havermout, zilvervliesrijst",
         "Peulvruchten | linzen, kikkererwten"),
        (AFTER,)]


def test_cells_of_a_grid_table_point_at_their_source():
    cleaned = clean(SourceText(PANDOC_GRID, "plain"))
    at = cleaned.text.index("zilvervliesrijst")
    assert PANDOC_GRID[cleaned.source_offset(at):].startswith("zilvervliesrijst")


def test_a_pipe_table_in_markdown_still_reads_as_before():
    text = "| Week | Dosis |\n|---|---|\n| 1 | 10 mg |\n| 2 | 20 mg |\n"
    assert [block.lines for block in clean(SourceText(text, "markdown")).blocks] == [
        ("Week | Dosis", "1 | 10 mg", "2 | 20 mg")]


def test_a_typed_box_in_proportional_type_is_cut_where_its_columns_start(tmp_path):
    """mandoc -T pdf sets each word where a typewriter would, in Times: the gap before the
    second column is as narrow as a word space, but its pieces start at one x."""
    rule = "+" + "-" * 60 + "+"
    rows = [("|Vezelrijk", "Voorbeelden |"), ("|Groente", "broccoli, spinazie |"),
            ("|Peulvruchten", "linzen, bonen |")]
    page = [Placed(INTRO, 56, 760, 11), Placed(rule, 56, 740, 11)]
    for number, (first, second) in enumerate(rows):
        y = 725 - 15 * number - (15 if number else 0)
        page += [Placed(first, 56, y, 11), Placed(second, 128, y, 11)]
        if not number:
            page.append(Placed(rule, 56, y - 15, 11))
    page += [Placed(rule, 56, 665, 11), Placed(AFTER, 56, 650, 11)]
    text = passages_text(ingest_pdf(tmp_path, make_pdf([page])))
    assert "Vezelrijk | Voorbeelden\nGroente | broccoli, spinazie\nPeulvruchten | linzen, bonen" in text
    assert "|Vezelrijk" not in text and "+--" not in text


def test_mandocs_boxed_table_reads_row_by_row():
    text = passages_text(ingest_file(LEAFLETS / "diverticulitis.pdf"))
    assert "Vezelrijk | Voorbeelden\nBrood en granen | volkorenbrood, havermout, zilvervliesrijst\n" \
           "Groente en fruit | twee ons groente en twee stuks fruit per dag\n" in text
    assert "+--" not in text and "\n\nNoten, zaden" in text


LINKS_BOX = f"""{INTRO}

   +----------------------------------------------+
   | Vezelrijk        | Voorbeelden               |
   |------------------+---------------------------|
   | Brood en granen  | volkorenbrood, havermout, |
   |                  | zilvervliesrijst          |
   |------------------+---------------------------|
   | Groente          | peulvruchten, broccoli    |
   +----------------------------------------------+

{AFTER}
"""


def test_a_box_with_joints_only_on_its_inner_rules_reads_row_by_row():
    """links2 draws a box's top and bottom rules with "+" at the corners only, and the rules
    between its rows as "|----+----|": the columns stand where those rules' joints do."""
    cleaned = clean(SourceText(LINKS_BOX, "plain"))
    assert [(block.kind, block.lines) for block in cleaned.blocks] == [
        ("paragraph", (INTRO,)), ("list", tuple(ROWS)), ("paragraph", (AFTER,))]


def test_an_org_table_rule_does_not_open_a_box():
    text = "| Week | Dosis |\n|------+-------|\n| 1 | 10 mg |\n"
    assert "".join(line for block in clean(SourceText(text, "plain")).blocks for line in block.lines) \
        .count("Week") == 1


SPHINX_GRID = f"""{INTRO}

+------------------+---------------------------+
| Vezelrijk        | Voorbeelden               |
|==================|===========================|
| Brood en granen  | volkorenbrood, havermout, |
|                  | zilvervliesrijst          |
+------------------+---------------------------+
| Groente          | peulvruchten, broccoli    |
+------------------+---------------------------+

{AFTER}
"""


@pytest.mark.parametrize("markup", ["plain", "markdown"])
def test_sphinx_header_rule_with_uprights_for_joints_separates_the_header_row(markup):
    """Red team 26: Sphinx's text builder rules a grid table's header "|=====|=====|"; read as
    a row, it ran the header, the rule and the first row into one line."""
    cleaned = clean(SourceText(SPHINX_GRID, markup))
    assert [(block.kind, block.lines) for block in cleaned.blocks] == [
        ("paragraph", (INTRO,)), ("list", tuple(ROWS)), ("paragraph", (AFTER,))]
