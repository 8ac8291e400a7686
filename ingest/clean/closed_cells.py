"""Tables whose every cell ends in a pipe and every row in a line break: striprtf's text of RTF.

striprtf writes RTF's end of a cell (`\\cell`) as "|", the end of a row (`\\row`) as a line break,
and each paragraph's end (`\\par`) as a line break too. A row of n cells thus comes out as n
pipes, the last one ending its line: "1 tot 2|2 keer per week|" where the cells' text holds no
paragraph mark (Word, WordPad), or, where each cell's text ends its paragraph (pandoc's RTF),
"1 tot 2" over "|2 keer per week" over a lone "|": each pipe then opens the line of the next
cell. Read as prose, each cell stood as a paragraph of its own and the pipes as text between them.

Here a table's width is the pipes up to its first row's end (the first pipe that ends a line),
and every row must hold as many, the last one ending a line, so an empty cell ("|" over "|")
stays a cell. A row opens with its first cell on one line; a further cell may hold paragraphs.
Each row becomes one line, its cells apart by `CELL_SEPARATOR` as every table row is.
"""

from __future__ import annotations

from ingest.clean.grids import Cell, row_line
from ingest.clean.lines import SPACES, Line, Logical


MIN_ROWS = 2  # one line of pipes may be a sentence's; a second of as many makes them rows
MIN_CELLS = 2


def closed_cell_rows(lines: list[Line], taken: frozenset[int] = frozenset()) -> dict[int, Logical | None]:
    """Every line of a table whose cells each end in a pipe, none of them in `taken`: the row
    that starts at it, or None for a line that is none (a row's further lines, a blank)."""
    found: dict[int, Logical | None] = {}
    index = 0
    while index < len(lines):
        table = _table(lines, index, taken)
        if table:
            found.update(table)
            index = max(table) + 1
        else:
            index += 1
    return found


def _table(lines: list[Line], first: int, taken: frozenset[int]) -> dict[int, Logical | None]:
    """The lines of the table whose first row opens at line `first`, or {} where none does: two
    rows or more of as many cells, not every first cell empty (a pipe that opens every row is a
    frame's, no cell's end: `grid_rows` reads such tables)."""
    if not _opens_row(lines, first):
        return {}
    width = _width(lines, first)
    rows: dict[int, list[list[Cell]]] = {}
    at = first
    while width >= MIN_CELLS and at < len(lines):
        row = _row(lines, at, width)
        if row is None or any(index in taken for index in range(at, row[1] + 1)):
            break
        rows[at], at = row[0], row[1] + 1
    if len(rows) < MIN_ROWS or not any(cells[0] for cells in rows.values()):
        return {}
    found: dict[int, Logical | None] = dict.fromkeys(range(first, at))
    found.update({index: row_line(cells) for index, cells in rows.items()})
    return found


def _opens_row(lines: list[Line], index: int) -> bool:
    """Whether line `index` can open a table's first row: it holds a first cell and a pipe that
    ends it (a Word row on one line), or only that cell, the next line opening with the pipe."""
    text = lines[index].text
    if not text or text.startswith("|"):
        return False
    return "|" in text or index + 1 < len(lines) and lines[index + 1].text.startswith("|")


def _width(lines: list[Line], first: int) -> int:
    """The pipes from line `first` to the first that ends a line: the table's cells in a row."""
    pipes = 0
    for line in lines[first:]:
        if not line.text:
            return 0
        pipes += line.text.count("|")
        if line.text.endswith("|"):
            return pipes
    return 0


def _row(lines: list[Line], start: int, width: int) -> tuple[list[list[Cell]], int] | None:
    """The cells of the row that opens at line `start` and its last line, or None where no row
    of `width` cells does: its first cell stands on that line alone (a blank one where the cell
    is empty), and its `width`th pipe ends a line. A blank line or more pipes end the table."""
    piped_below = start + 1 < len(lines) and lines[start + 1].text.startswith("|")
    if "|" not in lines[start].text and not piped_below:
        return None
    cells: list[list[Cell]] = [[]]
    for at in range(start, len(lines)):
        line = lines[at]
        if not line.text and at > start:
            return None
        for number, piece in enumerate(_pieces(line)):
            if number:
                cells.append([])
            if piece[0]:
                cells[-1].append(piece)
        if len(cells) > width + 1:
            return None
        if len(cells) == width + 1:
            return (cells[:-1], at) if line.text.endswith("|") else None
    return None


def _pieces(line: Line) -> list[Cell]:
    """A line's text between its pipes, each piece with its offset in the source."""
    pieces: list[Cell] = []
    at = line.start - line.indent
    for text in line.raw.split("|"):
        lead = len(text) - len(text.lstrip())
        pieces.append((SPACES.sub(" ", text.strip()), at + lead, 0))
        at += len(text) + 1
    return pieces
