"""A table in dvi2tty's text (a LaTeX `tabular` or `longtable` with rules), read row by row.

dvi2tty sets a ruled table as lines of characters at their columns: the top rule a line of "_",
the header row with the rule under it merged in (its spaces are "_": "Reactie____Wat_ziet_u?___"),
then a line for each line of a row, a cell's wrapped lines under it with the row's first cell
blank, and the bottom rule merged into the last line or on a line of its own. Read as prose, the
rows ran into one line. The header row's cells tell the columns: each cell starts where a word
follows a run of "_"; each body line is cut at those columns, a line whose first column is blank
goes on the row above, and the table is written as `| … |` rows, which the plain reader keeps a
row a line (ingest/clean).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

RULE = re.compile(r" *_{3,} *")  # a rule: a line of "_" alone
# A header row under a rule: two or more cells of words, parted by runs of "_" (no space in it).
# Words joined by runs of "_", no space in it: a header row under a rule, and dvi2tty's underlined line.
UNDERSCORED = re.compile(r"_*[^\s_]+(?:_+[^\s_]+)*_*")
_CELL_START = re.compile(r"(?:^|__)_*([^\s_])")
_GLUED_CELLS = re.compile(r"[,;:.)](?=[^\W\d_])")  # "lichaam,bel": a cell's end run into the next one's word
MIN_COLUMNS = 2


@dataclass(frozen=True)
class Table:
    """Where a table stands among the lines (`start` its header row, `end` past its last line)
    and its rows, the header first."""

    start: int
    end: int
    rows: tuple[tuple[str, ...], ...]


def with_tables(lines: list[str]) -> list[str]:
    """The lines with each ruled table (`find_table`) as `| … |` rows between blank lines."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        table = find_table(lines, index)
        if table is None:
            out.append(lines[index])
            index += 1
            continue
        out.extend(["", *("| " + " | ".join(row) + " |" for row in table.rows), ""])
        index = table.end
    return out


def find_table(lines: list[str], at: int) -> Table | None:
    """The table whose header row is line `at`: a line of underscored cells right under a rule,
    with one or more rows under it that start at its first column."""
    if at == 0 or not RULE.fullmatch(lines[at - 1]) or not UNDERSCORED.fullmatch(lines[at]):
        return None
    starts = [match.start(1) for match in _CELL_START.finditer(lines[at])]
    if len(starts) < MIN_COLUMNS:
        return None
    rows: list[list[str]] = [_cells(lines[at].replace("_", " "), starts)]
    end = at + 1
    while end < len(lines):
        line = lines[end]
        if RULE.fullmatch(line) or "\f" in line or (not line.strip() and not _goes_on(lines, end, starts)):
            break
        end += 1
        if not line.strip():
            continue
        text = line.replace("_", " ")
        first = len(text) - len(text.lstrip())
        if first not in starts:
            return None if len(rows) < 2 else Table(at, end - 1, tuple(map(tuple, rows)))
        cells = _cells(text, starts)
        if first == starts[0]:
            rows.append(cells)
        elif len(rows) > 1:
            rows[-1] = [" ".join(part for part in pair if part) for pair in zip(rows[-1], cells)]
        if "_" in line:  # the bottom rule merged into the last line
            break
    if len(rows) < 2:
        return None
    return Table(at, end, tuple(map(tuple, rows)))


def _goes_on(lines: list[str], blank: int, starts: list[int]) -> bool:
    """Whether the table goes on after one blank line (the one under its header's rule): the
    next line is a row's, opening at the first column with text at a later one."""
    after = lines[blank + 1] if blank + 1 < len(lines) else ""
    text = after.replace("_", " ")
    return bool(after.strip()) and not text[:1].isspace() and len(text.rstrip()) > starts[1]


def _cells(line: str, starts: list[int]) -> list[str]:
    """`line` cut at the columns' `starts`; where a cell's text runs into the next column, the
    cut falls after its last punctuation there ("lichaam,|bel")."""
    cuts = [_cut(line, start) for start in starts[1:]]
    bounds = [starts[0], *cuts, len(line)]
    return [" ".join(line[begin:end].split()) for begin, end in zip(bounds, bounds[1:])]


def _cut(line: str, start: int) -> int:
    """Where to cut `line` for the column at `start`: there, unless a word runs across it."""
    if start >= len(line) or start == 0 or line[start - 1].isspace() or line[start].isspace():
        return min(start, len(line))
    begin = line.rfind(" ", 0, start) + 1
    end = line.find(" ", start)
    word = line[begin:end if end >= 0 else len(line)]
    glued = [begin + match.end() for match in _GLUED_CELLS.finditer(word)]
    return min(glued, key=lambda at: abs(at - start)) if glued else start
