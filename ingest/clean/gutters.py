"""Typed text set in three columns or more side by side, read one column after the other.

A poster or a leaflet's page set in three columns comes out of `pdftotext -layout` (and of
`pdfgrep`, which prints the same layout) with each line holding the three columns' lines,
apart by wide spacing: read across, every passage mixes three sections and the column heads
merge into one heading. The channels between the columns are gutters: character positions
that stand blank on every line of the block, where no word crosses, and that part words on
many of its lines. `ingest.clean.columns` reads two columns; this reads more, and leaves a
table (short cells, numbers) to the table readers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.clean.columns import MAX_COLUMN_BLANKS, MIN_COLUMN_ROWS, MIN_PROSE_WORDS, Stretch, column_line
from ingest.clean.lines import CONTINUATION_WORDS, SPACES, Line, last_word, starts_lower

MIN_GUTTERS = 2  # one gutter is two columns, `column_stretches`' work
MIN_COLUMN_WIDTH = 24  # characters of a column's widest line: narrower ones are a table's cells
_WIDE_SPACE = re.compile(r" {2,}")


@dataclass
class _Gutter:
    """Character positions [low, high) blank on every line so far, and how many lines have
    words on both sides of it (`parts`): a column boundary once `MIN_COLUMN_ROWS` do."""

    low: int
    high: int
    parts: int = 0


def gutter_stretches(lines: list[Line], taken: set[int] = frozenset()) -> dict[int, Stretch]:
    """Where typed text sets prose in three columns or more side by side: by the line where
    each stretch starts. A stretch starts at a line with words in every column (columns start
    on one baseline) and runs down while no line's words cross a gutter, over up to
    `MAX_COLUMN_BLANKS` blank lines; every column must read as prose (`_reads_as_columns`), so
    that a table of short cells keeps its rows. Lines in `taken` belong to no stretch."""
    found: dict[int, Stretch] = {}
    index = 0
    while index < len(lines):
        stretch, index = _stretch_at(lines, index, taken)
        if stretch:
            found[stretch[0]] = stretch[1]
    return found


def _may_part(line: Line) -> bool:
    """Whether a line may hold columns: no marked heading, no tabs, its words as written."""
    return bool(line.text) and not (line.heading_level or "\t" in line.raw) \
        and SPACES.sub(" ", line.raw.strip()) == line.text


def _free_runs(raw: str) -> list[tuple[int, int]]:
    """The stretches of a line a gutter may pass: its leading blanks, each gap of two spaces
    or more, and everything past its end (a single space between words is no gutter)."""
    text = raw.rstrip()
    runs = [(0, len(text) - len(text.lstrip()))] if text[:1] == " " else []
    runs += [(gap.start(), gap.end()) for gap in _WIDE_SPACE.finditer(text) if gap.start() > 0]
    return runs + [(len(text), 1 << 30)]


def _narrowed(gutter: _Gutter, raw: str) -> _Gutter | None:
    """The gutter's positions that stay blank on this line too, or None where its words cross it."""
    spans = [(max(gutter.low, low), min(gutter.high, high)) for low, high in _free_runs(raw)]
    low, high = max(spans, key=lambda span: span[1] - span[0])
    return _Gutter(low, high, gutter.parts) if high > low else None


def _parted(gutters: list[_Gutter], raw: str) -> list[bool]:
    """For each gutter, whether the line has words on both sides of it: a column may stand
    empty beside it on that line (a short column, a heading's room), the gutter still blank."""
    return [bool(raw[:gutter.low].strip() and raw[gutter.high:].strip()) for gutter in gutters]


def _stretch_at(lines: list[Line], first: int, taken: set[int]) -> tuple[tuple[int, Stretch] | None, int]:
    """The stretch that starts at line `first`, if any, and the line to look at next: past a
    block that parts at its gutters but reads as no prose (a table's rows start no stretch)."""
    line = lines[first]
    if first in taken or not _may_part(line):
        return None, first + 1
    gutters = [_Gutter(low, high) for low, high in _free_runs(line.raw)[:-1] if low > 0]
    if len(gutters) < MIN_GUTTERS:
        return None, first + 1
    end = first
    blanks = 0
    for index in range(first, len(lines)):
        if not lines[index].text:
            blanks += 1
            if blanks > MAX_COLUMN_BLANKS:
                break
            continue
        if index in taken or not _may_part(lines[index]):
            break
        narrowed = [_narrowed(gutter, lines[index].raw) for gutter in gutters]
        if any(new is None and old.parts >= MIN_COLUMN_ROWS for new, old in zip(narrowed, gutters)):
            break  # words across a column boundary: the columns ended above
        gutters = [gutter for gutter in narrowed if gutter]  # a gap inside a column ("0.1    Wat is")
        for gutter, parts in zip(gutters, _parted(gutters, lines[index].raw)):
            gutter.parts += parts
        blanks, end = 0, index + 1
        if not gutters:
            break
    gutters = [gutter for gutter in gutters if gutter.parts >= MIN_COLUMN_ROWS]
    if len(gutters) < MIN_GUTTERS:
        return None, first + 1
    columns = _split(lines[first:end], [gutter.low for gutter in gutters])
    if not _reads_as_columns(columns):
        return None, end
    return (first, Stretch(end, tuple(columns))), end


def _split(lines: list[Line], cuts: list[int]) -> list[list[Line]]:
    """The lines of each column, cut at the gutters; where a column has no words, a blank line."""
    columns: list[list[Line]] = [[] for _ in range(len(cuts) + 1)]
    for line in lines:
        begin = line.start - line.indent
        edges = [0, *cuts, max(len(line.raw), cuts[-1])]
        for column, (low, high) in zip(columns, zip(edges, edges[1:])):
            column.append(column_line(line.raw[low:high], begin + low, column))
    return columns


def _reads_as_columns(columns: list[list[Line]]) -> bool:
    """Whether the columns hold running text: each is wide (`MIN_COLUMN_WIDTH`) with
    `MIN_PROSE_WORDS` words a line or more on average, and a third of the lines that follow a
    line in their column run on from it (lower case, or after a comma, a hyphen, a word no
    sentence ends with). A table's columns hold short cells that each stand alone."""
    pairs = runs_on = 0
    for column in columns:
        filled = [line.text for line in column if line.text]
        if not filled or max(map(len, filled)) < MIN_COLUMN_WIDTH \
                or sum(len(text.split()) for text in filled) < MIN_PROSE_WORDS * len(filled):
            return False
        for above, below in zip(column, column[1:]):
            if above.text and below.text:
                pairs += 1
                runs_on += starts_lower(below.text.removeprefix("(")) or above.text.endswith((",", "-")) \
                    or last_word(above.text) in CONTINUATION_WORDS
    return pairs >= MIN_COLUMN_ROWS and 3 * runs_on >= pairs
