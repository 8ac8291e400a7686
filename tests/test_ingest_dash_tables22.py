"""Pandoc's simple and multiline tables in Markdown (red team 22, `pandoc -t markdown`):
columns aligned by spaces under a rule of dashes, one run a column. Each row reads as one
line, its cells apart by " | ", as the same table in a text file does; the rule is no text."""

from __future__ import annotations

from ingest.clean import clean
from ingest.source import SourceText

SIMPLE = """# Na ontslag

Tekst ervoor.

  Activiteit   Wanneer weer toegestaan
  ------------ --------------------------------------------------
  Licht werk   Na 1 week
  Sporten      Na 4 weken, na overleg
  Vliegen      2 weken nadat de long weer helemaal ontplooid is

Tekst erna.
"""

MULTILINE = """# Na ontslag

Tekst ervoor.

  -----------------------------------------------------------------------
  Activiteit           Wanneer weer
                       toegestaan
  -------------------- --------------------------------------------------
  Licht werk           Na 1 week

  Vliegen              2 weken nadat de long weer helemaal ontplooid
                       is

  Duiken               Nooit meer[^1]
  -----------------------------------------------------------------------

Tekst erna.
"""

ROWS = ("Activiteit | Wanneer weer toegestaan", "Licht werk | Na 1 week")


def _blocks(text: str, markup: str = "markdown") -> list[tuple[str, ...]]:
    return [block.lines for block in clean(SourceText(text, markup)).blocks]


def test_a_simple_table_reads_one_row_a_line():
    assert _blocks(SIMPLE)[1:] == [("Tekst ervoor.",), (*ROWS, "Sporten | Na 4 weken, na overleg",
                                   "Vliegen | 2 weken nadat de long weer helemaal ontplooid is"), ("Tekst erna.",)]


def test_a_multiline_table_joins_each_rows_lines_cell_by_cell():
    assert _blocks(MULTILINE)[1:] == [("Tekst ervoor.",), (*ROWS, "Vliegen | 2 weken nadat de long weer helemaal "
                                      "ontplooid is", "Duiken | Nooit meer"), ("Tekst erna.",)]


def test_a_headerless_table_and_an_empty_cell_keep_their_columns():
    text = "Tekst.\n\n  ------ -------- ----------\n  1               Start\n  2      20 mg    Stop\n" \
           "  ------ -------- ----------\n\nEinde.\n"
    assert _blocks(text) == [("Tekst.",), ("1 | | Start", "2 | 20 mg | Stop"), ("Einde.",)]


def test_a_cell_points_at_its_source():
    cleaned = clean(SourceText(MULTILINE, "markdown"))
    at = cleaned.text.index("ontplooid")
    assert MULTILINE[cleaned.source_offset(at):].startswith("ontplooid\n")


def test_a_heading_underlined_over_a_table_stays_a_heading():
    text = "Kop\n---\n\n  Week   Dosis\n  ------ ------\n  1      10 mg\n\nEinde.\n\n---\n"
    blocks = clean(SourceText(text, "markdown")).blocks
    assert [(block.kind, block.lines) for block in blocks] == [
        ("heading", ("Kop",)), ("list", ("Week | Dosis", "1 | 10 mg")), ("paragraph", ("Einde.",))]


def test_a_text_tables_rule_of_dashes_is_no_row():
    text = "Tekst ervoor.\n\n  Medicijn         Hoe vaak\n  --------------   ------------------------\n" \
           "  Meclozine        1 tot 2 keer per dag\n  Vitamine B6      1 keer per dag\n\nTekst erna.\n"
    assert _blocks(text, "plain")[1] == ("Medicijn | Hoe vaak", "Meclozine | 1 tot 2 keer per dag",
                                         "Vitamine B6 | 1 keer per dag")


def test_a_pdf_readers_rule_row_is_no_row():
    text = "Week | Wat kunt u doen\n\n------ | ---------------------\n\n1 | korte wandelingen\n"
    assert "------" not in clean(SourceText(text, "plain")).text


def test_pandocs_plain_simple_table_keeps_its_header_row():
    """`pandoc -t plain` parts its rule's runs of dashes by one space: the rule parts no
    cells, so the header line stood alone over it, a short line that read as a heading."""
    text = SIMPLE.replace("# Na ontslag", "Na ontslag\n\nTekst.")
    assert _blocks(text, "plain")[2:] == [("Tekst ervoor.",), (*ROWS, "Sporten | Na 4 weken, na overleg",
                                         "Vliegen | 2 weken nadat de long weer helemaal ontplooid is"),
                                         ("Tekst erna.",)]


def test_pandocs_plain_multiline_table_joins_each_rows_lines():
    text = MULTILINE.replace("# Na ontslag", "Na ontslag\n\nTekst.").replace("[^1]", "")
    assert _blocks(text, "plain")[2:] == [("Tekst ervoor.",), (*ROWS, "Vliegen | 2 weken nadat de long weer helemaal "
                                         "ontplooid is", "Duiken | Nooit meer"), ("Tekst erna.",)]
