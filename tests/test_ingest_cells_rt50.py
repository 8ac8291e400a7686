"""Red team 50: xml_grep writes one element a line, so a two-column table stood a cell a line,
its dose column's cells opening now with a small letter, now with a digit ("een kwart tablet",
"2 tabletten"). The cells were not rebuilt into rows, and the last cell was read as a heading over
the section's next paragraph (ingest/clean/cell_lines.py)."""

from __future__ import annotations

from pathlib import Path

from leaflet_files import ingest_file_as

from ingest.clean.cell_lines import cell_line_rows
from ingest.clean.lines import split_lines
from ingest.pipeline import ingest_file

LEAFLETS = Path(__file__).parent / "data" / "redteam50_leaflets"
INTRO = "Eén tablet bevat 65 milligram. U kunt de tablet doorslikken of oplossen in water."
AFTER = "Een kind dat het middel heeft gekregen, moet na twee weken door de huisarts worden gecontroleerd."
DOSES = ["Leeftijd", "Dosis", "Kinderen jonger dan 1 maand", "een kwart tablet", "1 maand tot 3 jaar",
         "een halve tablet", "3 tot 12 jaar", "1 tablet", "12 tot 40 jaar en zwangere vrouwen", "2 tabletten"]


def _rows(lines: list[str]) -> list[str]:
    found = cell_line_rows(split_lines("\n".join(lines)))
    return [row.text for row in found.values() if row]


def _ingest(tmp_path: Path, lines: list[str]):
    text = "\n".join(["Tabletten bij een ongeval", "Waarom tabletten?", INTRO, "Hoeveel neemt u in?",
                      INTRO, *lines, AFTER, "Bewaren", INTRO]) + "\n"
    return ingest_file_as(tmp_path, "tabletten.txt", text)


def test_a_dose_column_of_words_and_figures_makes_rows() -> None:
    assert _rows([INTRO, *DOSES, AFTER]) == [
        "Leeftijd | Dosis", "Kinderen jonger dan 1 maand | een kwart tablet", "1 maand tot 3 jaar | een halve tablet",
        "3 tot 12 jaar | 1 tablet", "12 tot 40 jaar en zwangere vrouwen | 2 tabletten"]


def test_the_last_cell_is_no_heading_and_the_next_paragraph_stays_in_its_section(tmp_path: Path) -> None:
    item = _ingest(tmp_path, DOSES)
    passage = next(p for p in item.passages if AFTER in p.text)
    assert passage.headings[-1] == "Hoeveel neemt u in?"
    assert "12 tot 40 jaar en zwangere vrouwen | 2 tabletten" in passage.text
    assert "2 tabletten" not in [h for p in item.passages for h in p.headings]


def test_the_xml_grep_leaflet_reads_its_dose_table() -> None:
    item = ingest_file(LEAFLETS / "jodiumtabletten.txt", root=LEAFLETS)
    passage = next(p for p in item.passages if "Een baby die jodium heeft gekregen" in p.text)
    assert passage.headings[-1] == "Hoeveel neemt u in?"
    assert "Leeftijd | Dosis" in passage.text
    assert "Baby's jonger dan 1 maand | een kwart tablet" in passage.text
    assert "12 tot 40 jaar en zwangere vrouwen | 2 tabletten" in passage.text
    assert "2 tabletten" not in [h for p in item.passages for h in p.headings]


def test_a_list_of_amounts_under_no_header_pair_stays_a_list() -> None:
    items = ["een handdoek", "2 pyjama's", "een paar sloffen", "3 paar sokken", "uw medicijnen", "4 onderbroeken",
             "een boek", "2 washandjes"]
    assert _rows([INTRO, *items, AFTER]) == []


def test_amounts_whose_columns_nothing_else_tells_apart_stay_lines() -> None:
    # two capital labels open it, but the lines under them alternate no label with its value: all
    # are amounts of like length, so neither their opening nor anything else makes two columns
    items = ["Kleding", "Toiletspullen", "een pyjama", "2 handdoeken", "3 paar sokken", "een tandenborstel",
             "een ochtendjas", "2 washandjes", "4 onderbroeken", "een kam"]
    assert _rows([INTRO, *items, AFTER]) == []


def test_a_column_that_opens_now_with_a_digit_now_small_in_a_three_column_table() -> None:
    folder = Path(__file__).parent / "data" / "redteam39_leaflets"
    item = ingest_file(folder / "triggerfinger-en.txt", root=folder)
    passage = next(p for p in item.passages if "After an injection the area" in p.text)
    assert passage.headings[-1] == "Treatment"
    assert "Treatment | How | Result" in passage.text
    assert "Waiting | 4 to 6 weeks of rest for the hand | symptoms disappear in one in five people" in passage.text
    assert "Operation | the tunnel is cut open, under local anaesthetic | almost always helps" in passage.text
