"""Tables that text tools flatten (red team 40, and a red team 38 leftover).

cheerio's `$('body').text()` sets a row's cells one under the other with runs of blank lines
of varying length between the rows (ingest/clean/cell_lines.py, `_grouped_rows`); parsel's text
nodes a line put a hard-wrapped paragraph right under a table whose first column holds a name
(`_without_paragraph_head`, the mixed-case column in `_layout`); snarkdown, which has no tables,
leaves a pipe table as loose text in the page, its lines parted by line breaks or `<br />`
(ingest/html/pipe_paragraphs.py)."""

from __future__ import annotations

from pathlib import Path

from ingest.clean.cell_lines import cell_line_rows
from ingest.clean.lines import split_lines
from ingest.pipeline import ingest_file

DATA = Path(__file__).parent / "data"
INTRO = "Een speen helpt uw kind om rustig te worden. In het eerste jaar is dat helemaal niet erg."


def _rows(text: str) -> list[str]:
    found = cell_line_rows(split_lines(text))
    return [row.text for row in found.values() if row]


def _lines(path: Path) -> list[str]:
    return [line for passage in ingest_file(path).passages for line in passage.text.split("\n")]


# --- rows parted by runs of blank lines (cheerio) ---

def test_the_cheerio_table_reads_a_row_to_a_line():
    lines = _lines(DATA / "redteam40_leaflets" / "duimzuigen.txt")
    assert "Leeftijd | Advies" in lines
    assert "0 tot 1 jaar | speen mag, als troost en bij het slapen" in lines
    assert "vanaf 4 jaar | helemaal stoppen" in lines


def test_rows_parted_by_blank_runs_of_any_length_are_rows():
    text = "\n".join([INTRO, "", "", "", "Middel", "Hoe vaak", "", "", "", "", "",
                      "paracetamol", "4 keer per dag", "", "", "ibuprofen", "3 keer per dag", "", "",
                      "", "naproxen", "2 keer per dag", "", "", "Na de tabel volgt gewone tekst.", ""])
    assert _rows(text) == ["Middel | Hoe vaak", "paracetamol | 4 keer per dag", "ibuprofen | 3 keer per dag",
                           "naproxen | 2 keer per dag"]


def test_a_list_of_like_lines_in_blank_parted_groups_stays_a_list():
    text = "\n".join([INTRO, "", "Amsterdam", "Rotterdam", "", "", "Utrecht", "Den Haag", "", "",
                      "Zwolle", "Arnhem", "", "", "", "Groningen", "Leeuwarden", ""])
    assert _rows(text) == []


def test_short_paragraphs_a_blank_line_apart_stay_paragraphs():
    text = "\n".join(["Wat is het", "", "een ontsteking van de huid", "", "", "Wat doet u", "", "smeer een crème",
                      "", "", "Wanneer bellen", "", "als de koorts blijft", ""])
    assert _rows(text) == []


# --- a hard-wrapped paragraph under a table, a column of names (parsel, red team 38) ---

TABLE_38 = ["Ziekte", "Klachten", "Hoe lang na besmetting", "veteranenziekte",
            "longontsteking met hoge koorts, hoesten en benauwdheid", "2 tot 14 dagen", "Pontiac-koorts",
            "griepachtige klachten zonder longontsteking", "1 tot 2 dagen"]
PARAGRAPH_38 = ["De veteranenziekte is een ernstige longontsteking. Bijna iedereen met",
                "de veteranenziekte moet in het ziekenhuis worden behandeld met",
                "antibiotica. Pontiac-koorts gaat binnen een week vanzelf over."]


def test_the_parsel_table_over_a_wrapped_paragraph_reads_a_row_to_a_line():
    lines = _lines(DATA / "redteam38_leaflets" / "legionella.txt")
    assert "Pontiac-koorts | griepachtige klachten zonder longontsteking | 1 tot 2 dagen" in lines
    assert "veteranenziekte | longontsteking met hoge koorts, hoesten en benauwdheid | 2 tot 14 dagen" in lines
    headings = {heading for passage in ingest_file(DATA / "redteam38_leaflets" / "legionella.txt").passages
                for heading in passage.headings}
    assert "1 tot 2 dagen" not in headings


def test_a_wrapped_paragraph_right_under_a_table_is_no_part_of_it():
    rows = _rows("\n".join(["Legionella kan twee ziekten geven:", *TABLE_38, *PARAGRAPH_38]))
    assert rows == ["Ziekte | Klachten | Hoe lang na besmetting",
                    "veteranenziekte | longontsteking met hoge koorts, hoesten en benauwdheid | 2 tot 14 dagen",
                    "Pontiac-koorts | griepachtige klachten zonder longontsteking | 1 tot 2 dagen"]


def test_a_column_of_names_in_mixed_case_needs_numbers_to_tell_the_columns_apart():
    words = ["Ziekte", "Klachten", "veteranenziekte", "longontsteking met koorts", "Pontiac-koorts",
             "griepachtige klachten", "Daarna", "lees verder"]
    assert _rows("\n".join([INTRO, *words, "Dat is alles wat er is."])) == []


# --- a pipe table as loose text in a page (snarkdown) ---

def test_the_snarkdown_pipe_table_reads_a_row_to_a_line():
    lines = _lines(DATA / "redteam40_leaflets" / "navelbreuk-baby.html")
    assert "Wat | Wanneer" in lines
    assert "in bad of zwemmen | na 1 week" in lines
    assert not any("|---|" in line for line in lines)


PAGE = """<html><head><title>Navelbreuk</title></head><body><h1>Navelbreuk bij baby's</h1>
<h2>Wat is een navelbreuk?</h2>Bij een navelbreuk is er een zwakke plek in de buikwand bij de navel. Door die
opening kan een stukje darm naar buiten duwen.<h2>Na de operatie</h2>{table}<h2>Contact</h2>Bel de
polikliniek op werkdagen van 8.30 tot 16.30 uur.</body></html>"""
LINES = ["| Wat | Wanneer |", "|---|---|", "| douchen | na 2 dagen |", "| in bad of zwemmen | na 1 week |"]


def _page_lines(tmp_path: Path, table: str) -> list[str]:
    page = tmp_path / "navelbreuk.html"
    page.write_text(PAGE.format(table=table), encoding="utf-8")
    return _lines(page)


def test_a_pipe_table_joined_by_br_reads_as_rows(tmp_path):
    lines = _page_lines(tmp_path, "<br />".join(LINES))
    assert "douchen | na 2 dagen" in lines and "in bad of zwemmen | na 1 week" in lines


def test_a_pipe_table_in_a_paragraph_joined_by_br_reads_as_rows(tmp_path):
    lines = _page_lines(tmp_path, "<p>Na de operatie geldt:<br />" + "<br />\n".join(LINES) + "</p>")
    assert "in bad of zwemmen | na 1 week" in lines
    assert any("Na de operatie geldt:" in line for line in lines)


def test_a_pipe_table_joined_into_one_line_reads_as_rows(tmp_path):
    lines = _page_lines(tmp_path, " ".join(LINES))
    assert "douchen | na 2 dagen" in lines and "in bad of zwemmen | na 1 week" in lines


def test_pipes_in_running_text_stay_text(tmp_path):
    lines = _page_lines(tmp_path, "Douchen | na 2 dagen<br />Zwemmen | na 1 week<br />|---|")
    assert not any(line == "douchen | na 2 dagen" for line in lines)
    assert any("Douchen | na 2 dagen" in line for line in lines)
