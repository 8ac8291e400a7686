"""Red team 32's tables in plain text. striprtf writes an RTF table's end of a cell as "|" and
its end of a row as a line break: each row reads back as one line of cells, whether the cells'
text ends its paragraph (pandoc's RTF: a cell over "|" lines) or not (Word's: "a|b|").
Resiliparse writes a table's row as its cells a fixed run of tabs apart, aligned to no column:
the rows stay rows, and the last is no heading."""

from __future__ import annotations

from pathlib import Path

from ingest.clean.lines import split_lines
from ingest.clean.plain import join_plain_lines
from ingest.pipeline import ingest_file

DATA = Path(__file__).parent / "data" / "redteam32_leaflets"

PANDOC_RTF = """Zwemmen na een oogoperatie

Na de operatie

Zwem niet zolang de wond nog niet dicht is. Overleg bij twijfel met de oogarts.
Soort water
|Wanneer weer zwemmen
|
Zwembad
|na twee weken
|
Zee of meer
|na vier weken, met een duikbril
|

Vragen?

Bel de polikliniek Oogheelkunde.
"""

WORD_RTF = """Zwemmen na een oogoperatie
Na de operatie
Zwem niet zolang de wond nog niet dicht is.
Soort water|Wanneer weer zwemmen|
Zwembad|na twee weken|
Zee of meer|na vier weken|
Bel bij twijfel de polikliniek Oogheelkunde.
"""

RESILIPARSE = """Cholesterol meten

De uitslag

De streefwaarde hangt af van uw risico.

Risico\t\tLDL-cholesterol (mmol/l)
laag tot matig\t\t2,6
hoog\t\t1,8
zeer hoog\t\t1,4

Is de waarde te hoog, dan bespreekt de huisarts leefstijl en medicijnen met u.

Kosten

Het bloedonderzoek valt onder de basisverzekering.
"""


def _passages(tmp_path, text: str) -> dict[tuple[str, ...], str]:
    path = tmp_path / "folder.txt"
    path.write_text(text, encoding="utf-8")
    return {p.headings: p.text for p in ingest_file(path).passages}


def _logical(text: str) -> list[str]:
    """The logical lines of `text`, their spaces collapsed as the cleaner's last step does."""
    return [" ".join(line.text.split()) for line in join_plain_lines(split_lines(text))]


def test_a_cell_over_pipe_lines_reads_as_rows(tmp_path):
    text = "\n".join(_passages(tmp_path, PANDOC_RTF).values())
    assert ("Soort water | Wanneer weer zwemmen\nZwembad | na twee weken\n"
            "Zee of meer | na vier weken, met een duikbril") in text
    assert "\n|" not in text


def test_cells_each_closed_by_a_pipe_on_one_line_read_as_rows():
    lines = _logical(WORD_RTF)
    assert lines[3:6] == ["Soort water | Wanneer weer zwemmen", "Zwembad | na twee weken", "Zee of meer | na vier weken"]
    assert lines[6] == "Bel bij twijfel de polikliniek Oogheelkunde."


def test_an_empty_cell_stays_a_cell():
    text = "Tekst ervoor.\n\nDag\n|Ochtend\n|Avond\n|\nmaandag\n|\n|1 tablet\n|\ndinsdag\n|1 tablet\n|\n|\n"
    assert _logical(text)[1:] == ["Dag | Ochtend | Avond", "maandag | | 1 tablet", "dinsdag | 1 tablet |"]


def test_a_cell_of_two_paragraphs_is_one_cell():
    text = "Middel\n|Let op\n|\nParacetamol\n|niet meer dan 4 gram per dag;\nniet met alcohol.\n|\n"
    assert _logical(text) == ["Middel | Let op", "Paracetamol | niet meer dan 4 gram per dag; niet met alcohol."]


def test_a_row_points_at_its_cells_in_the_source():
    text = "Dag\n|Dosis\n|\nmaandag\n|1 tablet\n|\n"
    rows = [row for row in join_plain_lines(split_lines(text)) if row.kind == "row"]
    assert [row.text for row in rows] == ["Dag | Dosis", "maandag | 1 tablet"]
    for row in rows:
        for piece, start in row.pieces:
            cell = piece.removesuffix(" | ")
            assert text[start:start + len(cell)] == cell


def test_a_lone_line_with_pipes_is_no_table():
    text = "Kies een optie: ja|nee|\n\nDaarna gaat u verder met de vragenlijst.\n"
    assert _logical(text) == ["Kies een optie: ja|nee|", "Daarna gaat u verder met de vragenlijst."]


def test_rows_whose_cells_a_run_of_tabs_parts_stay_rows_and_none_heads_a_section(tmp_path):
    passages = _passages(tmp_path, RESILIPARSE)
    assert ("Risico | LDL-cholesterol (mmol/l)\nlaag tot matig | 2,6\nhoog | 1,8\nzeer hoog | 1,4"
            in passages[("De uitslag",)])
    assert "Is de waarde te hoog" in passages[("De uitslag",)]
    assert not any("zeer hoog" in heading for headings in passages for heading in headings)


def test_striprtf_text_of_pandoc_rtf_reads_its_table_as_rows():
    passages = {p.headings: p.text for p in ingest_file(DATA / "burn-out.txt").passages}
    work = passages[("Werk",)]
    assert ("Week | Voorbeeld van opbouw\n1 tot 2 | 2 keer per week 2 uur, geen vergaderingen\n"
            "3 tot 4 | 3 keer per week 3 uur\n5 tot 8 | halve dagen, eigen taken") in work
    assert "\n|" not in work


def test_resiliparse_text_keeps_its_table_rows_under_their_section():
    passages = {p.headings: p.text for p in ingest_file(DATA / "psa-test.txt").passages}
    assert "70 jaar en ouder | 5,0" in passages[("De uitslag",)]
    assert "Is de PSA te hoog" in passages[("De uitslag",)]
    assert not any("5,0" in heading for headings in passages for heading in headings)


def test_a_long_text_of_lines_with_a_pipe_inside_keeps_them_and_finds_the_table_after():
    """A formulary exported as "naam | dosis", thousands of lines with no blank between and no
    pipe at a line's end, is no table; the Word table right under it still is (review 41, 3:
    finding a row's end once scanned to the text's end from every such line)."""
    doses = [f"Dag {day} | paracetamol 4 x 1000 mg" for day in range(3000)]
    text = "\n".join(["Pijnstilling per dag", *doses, "Soort water|Wanneer weer zwemmen|",
                      "Zwembad|na twee weken|", "Bel bij twijfel de polikliniek."]) + "\n"
    lines = _logical(text)
    assert lines[1:3001] == doses
    assert lines[3001:] == ["Soort water | Wanneer weer zwemmen", "Zwembad | na twee weken",
                            "Bel bij twijfel de polikliniek."]
