"""A leaflet typed into a spreadsheet and saved as text, read as the rows it holds.

Some leaflets are typed into a spreadsheet, a row for each paragraph, list item or table row
(a section's name in column A, the text in B, a bullet in B and the item in C), and reach the
index as the text a converter writes of the sheet: CSV (xlsx2csv, in2csv, LibreOffice; a
.csv or a .txt), or csvkit's `csvlook` pipe table of it, its header the first row or the
column names csvkit makes up for empty ones ("b", "c"; "a", "b", … with --no-header-row).
Read as prose, CSV kept its commas and quotes ("Wat is sondevoeding?,,") and found no
heading; read as a grid table, csvlook's rows with an empty first cell ran into the row above
column by column, each list item and table cell into the next (red team 44).

Here such a text becomes the plain text its rows say: a row with one filled cell a paragraph
of its own, so the text reader finds title, sender, date and headings as in any text; a
bullet's cell and the cell after it a list item; a row of several filled cells a table row,
framed by pipes as the plain reader reads tables (ingest/clean/grids.py). Quotes, padding and
empty cells go. Only a text that is a sheet throughout is read so (`sheet_rows`).
"""

from __future__ import annotations

import csv
import io
import re

from ingest.clean.grids import is_sheet_header, made_up_column
from ingest.clean.lines import CELL_SEPARATOR

MIN_ROWS = 3  # two lines with a comma each may be prose; three rows of as many fields a sheet
SNIFF_CHARS = 8192  # the sample the dialect is told from
# A cell that is only a list's bullet ("•", "-", "*", "–"), the item in the next cell.
_BULLET_CELL = re.compile(r"[•●▪◦·‣∙○■□➢►–*+-]")
# csvlook's rule under its header: "| ---- | ---- |", a column's dashes padded by blanks.
_CSVLOOK_RULE = re.compile(r"\|(?: -+ \|)+")
_DELIMITERS = ",;\t"


def sheet_rows(text: str, named_csv: bool = False) -> list[list[str]] | None:
    """The rows of a text that is a spreadsheet throughout (its CSV, or csvlook's table of it),
    each a list of its cells' texts, a blank line an empty list; None for any other text.
    `named_csv` (a file named .csv) takes CSV whose rows all fill their last cell too."""
    return _csv_rows(text, named_csv) or _csvlook_rows(text)


def sheet_as_plain(rows: list[list[str]]) -> str:
    """The plain text a sheet's rows say: a row of one filled cell its text as a paragraph, a
    bullet's cell before one more an item of a list, a run of rows of several filled cells a
    table (the columns empty in every row of the run left out), a row framed by pipes."""
    blocks: list[tuple[str, list[list[str]]]] = []  # (kind, rows): a run of items or of table rows is one
    for row in rows:
        cells = [" ".join(cell.split()) for cell in row]  # a cell's own line breaks and padding go
        filled = [cell for cell in cells if cell]
        kind = "" if not filled else "item" if _is_item(filled) else "row" if len(filled) > 1 else "text"
        if kind in ("item", "row") and blocks and blocks[-1][0] == kind:
            blocks[-1][1].append(cells)
        elif kind or blocks and blocks[-1][0]:
            blocks.append((kind, [cells]))  # a blank row ends a run
    out: list[str] = []
    for kind, run in blocks:
        if kind == "row":
            out += [*_table_lines(run), ""]
        elif kind:
            out += [" ".join(cell for cell in cells if cell) for cells in run] + [""]
    return "\n".join(out).strip("\n") + "\n"


def _is_item(filled: list[str]) -> bool:
    return len(filled) == 2 and bool(_BULLET_CELL.fullmatch(filled[0]))


def _table_lines(rows: list[list[str]]) -> list[str]:
    """A run of table rows as lines, the columns empty in every row left out: framed by pipes
    where the run has two rows or more and each its first cell (a row with an empty first cell
    reads as the rest of the row above in a typed table), else its filled cells apart as cells."""
    width = max(len(row) for row in rows)
    rows = [row + [""] * (width - len(row)) for row in rows]
    kept = [column for column in range(width) if any(row[column] for row in rows)]
    rows = [[row[column] for column in kept] for row in rows]
    if len(rows) > 1 and all(row[0] for row in rows):
        return ["| " + " | ".join(row) + " |" for row in rows]
    return [CELL_SEPARATOR.join(cell for cell in row if cell) for row in rows]


def _csv_rows(text: str, named_csv: bool) -> list[list[str]] | None:
    """The rows of a text that is CSV throughout: a dialect `csv.Sniffer` tells from its start,
    `MIN_ROWS` rows or more of the same number of fields (two or more), and most of them with an
    empty last cell, as a sheet's rows of text in column A are written ("Klachten,,"), unless the
    file's name says CSV. Prose with commas has no lines of one count of fields, each ending in a
    comma."""
    filled = [line for line in text.split("\n") if line.strip()]
    if len(filled) < MIN_ROWS or sum(any(mark in line for mark in _DELIMITERS) for line in filled) * 2 < len(filled):
        return None
    sample = text[:SNIFF_CHARS]
    sample = sample[:sample.rfind("\n") + 1] or sample
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=_DELIMITERS)
        rows = list(csv.reader(io.StringIO(text), dialect))
    except csv.Error:
        return None
    body = [row for row in rows if row]
    widths = {len(row) for row in body}
    if len(body) < MIN_ROWS or len(widths) != 1 or widths.pop() < 2:
        return None
    if not named_csv and sum(not row[-1].strip() for row in body) * 2 <= len(body):
        return None
    return rows


def _csvlook_rows(text: str) -> list[list[str]] | None:
    """The rows of a text that is one csvlook table throughout: every filled line framed by
    pipes, as many on each, the second line the rule under the header, `MIN_ROWS` rows or more,
    and a sheet's header or rows: column names csvkit made up (`is_sheet_header`) or most rows with
    an empty cell. The made-up names are no text: they read as empty cells."""
    lines = [line.strip() for line in text.split("\n")]
    filled = [line for line in lines if line]
    if len(filled) < MIN_ROWS + 1 or not _CSVLOOK_RULE.fullmatch(filled[1]):
        return None
    if not all(line.startswith("|") and line.endswith("|") and line.count("|") == filled[0].count("|")
               for line in filled):
        return None
    rows = [[cell.strip() for cell in line[1:-1].split("|")] if line else [] for line in lines]
    header, body = rows[lines.index(filled[0])], rows[lines.index(filled[1]) + 1:]
    filled_rows = [row for row in body if row]
    if not is_sheet_header(header) and sum(not all(row) for row in filled_rows) * 2 <= len(filled_rows):
        return None
    header = ["" if made_up_column(column, cell) else cell for column, cell in enumerate(header)]
    return [header, *body]

