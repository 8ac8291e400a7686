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

from bisect import bisect_left
from itertools import accumulate

from ingest.clean.grids import Cell, row_line
from ingest.clean.lines import SPACES, Line, Logical


MIN_ROWS = 2  # one line of pipes may be a sentence's; a second of as many makes them rows
MIN_CELLS = 2


def closed_cell_rows(lines: list[Line], taken: frozenset[int] = frozenset()) -> dict[int, Logical | None]:
    """Every line of a table whose cells each end in a pipe, none of them in `taken`: the row
    that starts at it, or None for a line that is none (a row's further lines, a blank)."""
    counts = _Counts(lines, taken)
    found: dict[int, Logical | None] = {}
    index = 0
    while index < len(lines):
        table = _table(lines, index, counts)
        if table:
            found.update(table)
            index = max(table) + 1
        else:
            index += 1
    return found


class _Counts:
    """What finding a row's end needs, counted once over all the lines: the pipes before each
    line, the taken lines before each, and from each line on the next blank line and the next
    line that ends in a pipe. A row's end is then looked up, not scanned for: a text of many
    lines with a pipe inside and none at the end (a formulary's "naam | dosis") would have every
    such line scan to the text's end."""

    def __init__(self, lines: list[Line], taken: frozenset[int]) -> None:
        self.pipes = list(accumulate((line.text.count("|") for line in lines), initial=0))
        self.taken = list(accumulate((index in taken for index in range(len(lines))), initial=0))
        self.blank = [len(lines)] * (len(lines) + 1)
        self.closed = [len(lines)] * (len(lines) + 1)
        for index in range(len(lines) - 1, -1, -1):
            text = lines[index].text
            self.blank[index] = index if not text else self.blank[index + 1]
            self.closed[index] = index if text.endswith("|") else self.closed[index + 1]

    def width(self, first: int) -> int:
        """The pipes from line `first` to the first that ends a line, no blank line between:
        the table's cells in a row; 0 where a blank line or the text's end comes first."""
        closed = self.closed[first]
        if closed >= self.blank[first]:
            return 0
        return self.pipes[closed + 1] - self.pipes[first]

    def row_end(self, lines: list[Line], start: int, width: int) -> int | None:
        """The last line of the row of `width` cells that opens at line `start`, or None where
        none does: its first cell stands on that line alone (a blank one where the cell is
        empty), and its `width`th pipe ends a line. A blank line or more pipes end the table."""
        piped_below = start + 1 < len(lines) and lines[start + 1].text.startswith("|")
        if "|" not in lines[start].text and not piped_below:
            return None
        target = self.pipes[start] + width
        end = bisect_left(self.pipes, target, lo=start + 1) - 1  # the line its `width`th pipe stands on
        if end >= len(lines) or self.blank[start + 1] <= end:
            return None
        return end if self.pipes[end + 1] == target and lines[end].text.endswith("|") else None

    def any_taken(self, start: int, end: int) -> bool:
        """Whether a line from `start` to `end` is taken."""
        return self.taken[end + 1] > self.taken[start]


def _table(lines: list[Line], first: int, counts: _Counts) -> dict[int, Logical | None]:
    """The lines of the table whose first row opens at line `first`, or {} where none does: two
    rows or more of as many cells, not every first cell empty (a pipe that opens every row is a
    frame's, no cell's end: `grid_rows` reads such tables)."""
    if not _opens_row(lines, first):
        return {}
    width = counts.width(first)
    spans: list[tuple[int, int]] = []
    at = first
    while width >= MIN_CELLS and at < len(lines):
        end = counts.row_end(lines, at, width)
        if end is None or counts.any_taken(at, end):
            break
        spans.append((at, end))
        at = end + 1
    if len(spans) < MIN_ROWS:
        return {}
    rows = {start: _cells(lines, start, end) for start, end in spans}
    if not any(cells[0] for cells in rows.values()):
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


def _cells(lines: list[Line], start: int, end: int) -> list[list[Cell]]:
    """The cells of the row from line `start` to line `end` (`_Counts.row_end`): the text
    between its pipes, a cell's paragraphs each a piece of it; the pipe that ends it opens none."""
    cells: list[list[Cell]] = [[]]
    for line in lines[start:end + 1]:
        for number, piece in enumerate(_pieces(line)):
            if number:
                cells.append([])
            if piece[0]:
                cells[-1].append(piece)
    return cells[:-1]


def _pieces(line: Line) -> list[Cell]:
    """A line's text between its pipes, each piece with its offset in the source."""
    pieces: list[Cell] = []
    at = line.start - line.indent
    for text in line.raw.split("|"):
        lead = len(text) - len(text.lstrip())
        pieces.append((SPACES.sub(" ", text.strip()), at + lead, 0))
        at += len(text) + 1
    return pieces
