"""Red team 44, findings 2.4 and 2.5: a leaflet typed into a spreadsheet, a row for each paragraph,
list item or table row, is read row by row (ingest/spreadsheet.py) whether it comes as CSV
(xlsx2csv, a .txt or a .csv) or as csvkit's csvlook table: no commas, quotes or made-up column
names in the text, headings and title found, each list item and table row its own line."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from ingest.clean import clean
from ingest.pipeline import SUPPORTED, ingest_file
from ingest.source import SourceText
from ingest.spreadsheet import sheet_rows

LEAFLETS = Path(__file__).parent / "data" / "redteam44_leaflets"

# A leaflet as one types it into a sheet: the text in column A, a bullet in A and its item in B,
# a small table over three columns, a blank row between sections.
SHEET = [
    ["Wondverzorging thuis", "", ""],
    ["Wondpoli, Ziekenhuis Rivierenland", "", ""],
    ["Laatst bijgewerkt: 3 maart 2026", "", ""],
    [],
    ["Schoonmaken", "", ""],
    ["Maak de wond elke dag schoon met lauw water, en dep hem daarna droog met een schoon gaasje.", "", ""],
    [],
    ["Verband wisselen", "", ""],
    ["Wissel het verband volgens dit schema.", "", ""],
    ["Dag", "Wat", "Hoe vaak"],
    ["dag 1 tot 3", "pleister met gaas", "2 keer per dag"],
    ["vanaf dag 4", "alleen een pleister", "1 keer per dag"],
    [],
    ["Wanneer belt u?", "", ""],
    ["-", "Bel als de wond rood, warm of dik wordt.", ""],
    ["-", "Bel als u koorts hebt boven 38,5 graden.", ""],
    [],
    ["Contact", "", ""],
    ["Wondpoli, telefoon 0345 12 34 56, op werkdagen van 9.00 tot 12.00 uur.", "", ""],
]


def _csv(rows: list[list[str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    for row in rows:
        out.write("\n") if not row else writer.writerow(row)
    return out.getvalue()


def _csvlook(rows: list[list[str]], header: list[str]) -> str:
    """The table csvkit's csvlook writes: cells padded to their column's width, a rule under the header."""
    table = [header, *[row or [""] * len(header) for row in rows]]
    widths = [max(3, *(len(row[column]) for row in table)) for column in range(len(header))]
    line = lambda row: "| " + " | ".join(cell.ljust(width) for cell, width in zip(row, widths)) + " |"
    return "\n".join([line(table[0]), "| " + " | ".join("-" * width for width in widths) + " |",
                      *map(line, table[1:])]) + "\n"


def _read(tmp_path: Path, text: str, name: str = "wond.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return ingest_file(path, root=tmp_path)


def _text(item) -> str:
    return "\n".join(passage.text for passage in item.passages)


def _headings(item) -> set[str]:
    return {heading for passage in item.passages for heading in passage.headings}


def test_xlsx2csv_text_is_read_as_its_rows(tmp_path):
    item = _read(tmp_path, _csv(SHEET))
    text = _text(item)
    assert item.leaflet.title == "Wondverzorging thuis"
    assert {"Schoonmaken", "Verband wisselen", "Wanneer belt u?", "Contact"} <= _headings(item)
    assert ",," not in text and '"' not in text
    assert "Maak de wond elke dag schoon met lauw water, en dep hem daarna droog met een schoon gaasje." in text
    assert "dag 1 tot 3 | pleister met gaas | 2 keer per dag" in text.split("\n")
    assert "• Bel als u koorts hebt boven 38,5 graden." in text.split("\n")


def test_csv_file_is_supported_and_read_as_rows(tmp_path):
    assert ".csv" in SUPPORTED
    item = _read(tmp_path, _csv(SHEET), "wond.csv")
    assert item.leaflet.title == "Wondverzorging thuis"
    assert "vanaf dag 4 | alleen een pleister | 1 keer per dag" in _text(item).split("\n")


def test_csvlook_sheet_is_read_row_by_row(tmp_path):
    rows = [[""] + row[:2] if row and row[0] not in {"Schoonmaken", "Verband wisselen", "Wanneer belt u?", "Contact"}
            and row != SHEET[0] else row for row in SHEET[1:]]
    rows = [[cell.upper() if index == 0 and cell and cell != "-" else cell for index, cell in enumerate(row)]
            for row in rows]
    item = _read(tmp_path, _csvlook(rows, [SHEET[0][0], "b", "c"]))
    text = _text(item)
    lines = text.split("\n")
    assert item.leaflet.title == "Wondverzorging thuis"
    assert {"SCHOONMAKEN", "VERBAND WISSELEN", "CONTACT"} <= _headings(item)
    assert "| b" not in text and " b | c" not in text
    assert "dag 1 tot 3 | pleister met gaas" in lines  # each table row its own line, not rejoined by column
    assert "vanaf dag 4 | alleen een pleister" in lines


def test_committed_csvlook_leaflet_keeps_list_items_and_table_rows(tmp_path):
    item = ingest_file(LEAFLETS / "glucosesensor.txt", root=LEAFLETS)
    lines = _text(item).split("\n")
    assert item.leaflet.title == "Werken met een glucosesensor"
    assert "PLAATSEN" in _headings(item)
    assert "• Druk de applicator stevig aan en houd hem even vast." in lines
    assert "waarde onder 4,0 mmol/l | eet of drink direct snelle suikers" in lines


def test_committed_xlsx2csv_leaflet_reads_without_commas(tmp_path):
    item = ingest_file(LEAFLETS / "sondevoeding.txt", root=LEAFLETS)
    text = _text(item)
    assert item.leaflet.title == "Sondevoeding thuis"
    assert {"Wat is sondevoeding?", "Klachten", "Sonde eruit?"} <= _headings(item)
    assert ",," not in text and '"' not in text
    assert "08.00 uur | sondevoeding | 250 ml" in text.split("\n")


def test_csvlook_table_inside_a_text_keeps_each_sheet_row():
    table = _csvlook([["", "•", "Kies een plek zonder littekens."], ["", "•", "Maak de huid schoon."],
                      ["", "Wissel steeds van arm.", ""]], ["PLAATSEN", "b", "c"])
    lines = clean(SourceText("Een inleiding over de sensor die u draagt.\n\n" + table, "plain")).text.split("\n")
    assert "• | Kies een plek zonder littekens." in lines and "• | Maak de huid schoon." in lines
    assert "Wissel steeds van arm." in lines
    assert not any(line.endswith(("| b | c", " |")) for line in lines)


def test_typed_table_with_wrapped_cells_still_joins_them():
    table = ("| Klacht   | Wat doet u?          |\n"
             "| -------- | -------------------- |\n"
             "| Koorts   | Neem paracetamol en  |\n"
             "|          | bel de huisarts.     |\n"
             "| Hoofdpijn| Rust en drink water. |\n")
    lines = clean(SourceText("Wat te doen bij klachten.\n\n" + table, "plain")).text.split("\n")
    assert "Koorts | Neem paracetamol en bel de huisarts." in lines


def test_prose_and_odd_text_are_no_sheet():
    prose = ("Neem de tablet in met water, bij voorkeur na het eten.\nBel de huisarts als u koorts krijgt, "
             "of als de pijn erger wordt.\nDit geldt ook voor kinderen, ouderen en zwangere vrouwen.\n")
    assert sheet_rows(prose) is None
    sheet_rows('"a,b\nc,"d\n,,\n\x00,,\n"')  # a broken quote raises nothing
    assert sheet_rows("| a | b |\n| --- | --- |\n") is None
