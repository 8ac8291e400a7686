"""Tables as netrik's `--dump` draws them: "-|" opens a row, "|" parts its cells, "-" closes it.

netrik sets each row of a table on a line of its own ("-| Schema|Hoe neemt u het in?-"), a row
too long for the screen going on over the next lines until the "-" that closes it. Read as
prose, the rows stayed as drawn, their marks in the passage and their cells run together with
no " | " between them (red team 36). Here two rows or more, one under the other, each with as
many cells (two or more), become one line a row, their cells apart by `CELL_SEPARATOR` as every
table row is; where the rows' width changes, the next run of rows is read as a table of its own.
"""

from __future__ import annotations

from ingest.clean.grids import Cell, row_line
from ingest.clean.lines import SPACES, Line, Logical


ROW_OPEN = "-|"
ROW_CLOSE = "-"
MIN_ROWS = 2  # one line so drawn may be a sentence's; a second of as many cells makes them rows
MIN_CELLS = 2
MAX_ROW_LINES = 6  # a row wrapped over more lines than this is no row netrik drew


def netrik_rows(lines: list[Line], taken: frozenset[int] = frozenset()) -> dict[int, Logical | None]:
    """Every line of a table netrik drew, none of them in `taken`: the row that starts at it,
    or None for a line that is none (a row's further lines)."""
    found: dict[int, Logical | None] = {}
    index = 0
    while index < len(lines):
        rows = _alike_rows(lines, index, taken)
        if not rows:
            index += 1
            continue
        if len(rows) >= MIN_ROWS and len(rows[0][1]) >= MIN_CELLS:
            found.update(dict.fromkeys(range(index, rows[-1][0] + 1)))
            start = index
            for end, cells in rows:
                found[start] = row_line(cells)
                start = end + 1
        index = rows[-1][0] + 1  # each line read once or twice: a dump of thousands of rows stays quick
    return found


def _alike_rows(lines: list[Line], start: int, taken: frozenset[int]) -> list[tuple[int, list[list[Cell]]]]:
    """The rows one under the other from line `start` with as many cells as the first: where the
    width changes another run begins, so that one row netrik wrapped wrongly costs no other its cells."""
    rows: list[tuple[int, list[list[Cell]]]] = []
    at = start
    while (row := _row(lines, at, taken)) is not None and (not rows or len(row[1]) == len(rows[0][1])):
        rows.append(row)
        at = row[0] + 1
    return rows


def _row(lines: list[Line], start: int, taken: frozenset[int]) -> tuple[int, list[list[Cell]]] | None:
    """The last line and the cells of the row that opens at line `start`, or None where none
    does: it opens with "-|" and a line of it, no blank between, closes with "-"."""
    if start >= len(lines) or start in taken or not lines[start].text.startswith(ROW_OPEN):
        return None
    for end in range(start, min(start + MAX_ROW_LINES, len(lines))):
        text = lines[end].text
        if not text or end in taken or end > start and text.startswith(ROW_OPEN):
            return None
        if text.endswith(ROW_CLOSE):
            return end, _cells(lines[start:end + 1])
    return None


def _cells(lines: list[Line]) -> list[list[Cell]]:
    """The cells of a row's lines: the text between its pipes, a wrapped line going on with the
    cell the line before it ended in; the row's opening and closing marks are in none."""
    cells: list[list[Cell]] = []
    for number, line in enumerate(lines):
        raw = line.raw.rstrip()
        at = line.start - line.indent
        if number == len(lines) - 1:
            raw = raw[:-len(ROW_CLOSE)]
        for place, text in enumerate(raw.split("|")):
            lead = len(text) - len(text.lstrip())
            piece = (SPACES.sub(" ", text.strip()), at + lead, 0)
            at += len(text) + 1
            if number == 0 and place == 0:
                continue  # the "-" that opens the row
            if place or not cells:
                cells.append([])
            if piece[0]:
                cells[-1].append(piece)
    return cells
