"""Tables aligned by spaces or tabs in plain text, kept one line a row.

Joined as prose, a table's cells run into one sentence that means nothing. A row is a line
that wide gaps part into cells (`column_cells`), with the wrapped rest of a cell on the
lines under it; a header row whose gaps the sentence rule hid, and a two-column table that
one gap parts, are found here too.
"""

from __future__ import annotations

from dataclasses import replace

from ingest.clean.columns import column_stretches
from ingest.clean.lines import Line, is_item_start


def with_header_rows(lines: list[Line]) -> list[Line]:
    """The lines, a table's header row given its cells where the two-space rule for
    sentences hid them after a question mark ("Product  Telt mee?  Hoeveelheid vocht"): a
    line right above two rows that its gaps part into as many cells as the first of them has."""
    out = list(lines)
    for index, line in enumerate(lines[:-2]):
        below = lines[index + 1].cells
        if line.text and not line.cells and below and lines[index + 2].cells:
            cells = line.gap_cells
            if len(cells) == len(below):
                out[index] = replace(line, cells=cells)
    return out


MIN_TWO_COLUMN_ROWS = 3  # lines one under the other: two could be a sentence and its neighbour


def two_column_rows(lines: list[Line]) -> list[Line]:
    """The lines, those of a two-column table typed with spaces given their two cells
    ("1 - 6 jaar          1 tot 2 sachets junior"): a table row needs two gaps elsewhere
    (`column_cells`), as one gap is common in typed prose, so a dose table of two columns ran
    its rows into one line. Three lines or more, one right under the other, each parted by one
    gap into two cells whose second starts in the same column, are such rows; a list whose
    items stand a few spaces after their bullet or number is none, and nor is prose typed in
    two columns side by side (`column_stretches`), which reads column by column."""
    out = list(lines)
    prose = {row for start, stretch in column_stretches(lines).items() for row in range(start, stretch.end)}
    run: list[int] = []
    for index, line in enumerate([*lines, Line("", 0)]):
        column = None if index in prose else _second_column(line)
        if column is not None and run and not line.after_blank and abs(column - _second_column(lines[run[-1]])) <= 1:
            run.append(index)
            continue
        if len(run) >= MIN_TWO_COLUMN_ROWS:
            for row in run:
                out[row] = replace(lines[row], cells=lines[row].parts)
        run = [index] if column is not None else []
    return out


def _second_column(line: Line) -> int | None:
    """Where the second of a line's two cells starts in the line, or None when spacing does
    not part it in two cells, or its first is a bullet or a number (a list, not a table)."""
    if line.cells or line.heading_level or len(line.parts) != 2 or is_item_start(line.parts[0][0] + " x"):
        return None
    return line.parts[1][1] - (line.start - line.indent)


def aligned_rows(lines: list[Line]) -> tuple[set[int], dict[int, list[tuple[int, tuple[str, int]]]]]:
    """The indices of lines that are rows of a table aligned by spaces or tabs: two
    lines or more, one under the other, each with columns (see `column_cells`); and the
    lines that hold the wrapped rest of a row's cells, each piece with its cell's number:
    indented to where that cell starts in the row above ("Op de rug, knieën" / "gebogen")."""
    rows: set[int] = set()
    wrapped: dict[int, list[tuple[int, tuple[str, int]]]] = {}
    run: list[int] = []
    pending: dict[int, list[tuple[int, tuple[str, int]]]] = {}
    for index, line in enumerate([*lines, Line("", 0)]):
        pieces = _under_cells(lines[run[-1]], line) if run else None
        if pieces:
            pending[index] = pieces
            continue
        if line.cells and not line.heading_level:
            run.append(index)
            continue
        if len(run) >= 2:
            rows.update(run)
            wrapped.update(pending)
        run, pending = [], {}
    return rows, wrapped


def _under_cells(row: Line, line: Line) -> list[tuple[int, tuple[str, int]]] | None:
    """The pieces of an indented line that each start where a cell of `row` other than its
    first starts, with that cell's number; None when any piece stands elsewhere."""
    if not line.text or line.heading_level or line.indent == 0:
        return None
    columns = [start - (row.start - row.indent) for _, start in row.cells]
    begin = line.start - line.indent
    found = []
    for text, start in line.parts or ((line.text, line.start),):
        column = next((number for number, at in enumerate(columns) if number and abs(start - begin - at) <= 1), None)
        if column is None or not _fits_cell(text, start - begin, column, columns, row):
            return None
        found.append((column, (text, start)))
    return found


def _fits_cell(text: str, at: int, column: int, columns: list[int], row: Line) -> bool:
    """Whether a wrapped piece fits its cell: it ends before the next column starts, or, in
    the last column, is no longer than a cell's line there (twice its text, at most). An
    indented paragraph under the table runs past them."""
    if column + 1 < len(columns):
        return at + len(text) < columns[column + 1]
    return len(text) <= max(2 * len(row.cells[column][0]), 20)
