"""Typed text set in two columns side by side, read one column after the other.

`pdftotext -layout` and typed leaflets keep a page's two columns on one line, apart by
wide spacing: read across, every line mixes two sentences. A stretch of such lines is
parted into its two columns, each joined on its own (`ingest.clean.plain`); a table of two
columns reads as no prose and keeps its rows (`ingest.clean.tables`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.clean.lines import CONTINUATION_WORDS, SPACES, Line, last_word, starts_lower


MIN_COLUMN_ROWS = 3  # lines with words in both columns: fewer may be a coincidence of spacing
MAX_COLUMN_BLANKS = 2  # blank lines a column stretch runs on across (a paragraph break)
MIN_PROSE_WORDS = 3  # words on a column's line, on average: fewer are a table's cells
_WIDE_SPACE = re.compile(r" {2,}")


@dataclass(frozen=True)
class Stretch:
    """Lines set in two columns up to line `end` (exclusive), as the lines of each column."""

    end: int
    columns: tuple[list[Line], list[Line]]


def column_stretches(lines: list[Line], taken: set[int] = frozenset()) -> dict[int, Stretch]:
    """Where typed text sets prose in two columns side by side, as `pdftotext -layout`
    keeps a PDF's columns: by the line where each stretch starts.

    A stretch is a run of lines whose text resumes, after a gap of two spaces or more, at
    the same column on at least `MIN_COLUMN_ROWS` of them; a line may hold only the left
    column's words or, indented to that column, only the right's, and the run goes on over
    a blank line or two where both columns start a paragraph. Both columns must read as
    prose (`_reads_as_prose`): a table of two columns keeps its rows. Lines in `taken`
    (a table's rows) and lines with tabs belong to no stretch.
    """
    found: dict[int, Stretch] = {}
    index = 0
    while index < len(lines):
        stretch, index_after = _stretch_at(lines, index, taken)
        found.update({index: stretch} if stretch else {})
        index = index_after
    return found


def _resumes(line: Line) -> list[int]:
    """The columns (from the line's left edge) where its text resumes after a wide gap."""
    if not line.text or "\t" in line.raw:
        return []
    return [gap.end() for gap in _WIDE_SPACE.finditer(line.raw.rstrip()) if gap.start() > 0]


def _may_part(line: Line) -> bool:
    """Whether a line may hold two columns: no marked heading, no table row, no tabs, and
    its words as written (not a line that took a lone bullet from the line above)."""
    return not (line.heading_level or line.cells or "\t" in line.raw) \
        and SPACES.sub(" ", line.raw.strip()) == line.text


def _column_place(line: Line, column: int) -> str | None:
    """Where a line stands against a column boundary: "blank", "both" (words on either
    side), "left", "right", or None where it runs across it."""
    if not line.text:
        return "blank"
    if not _may_part(line):
        return None
    if column in _resumes(line):
        return "both"
    if line.indent == column:
        return "right"
    return "left" if len(line.raw.rstrip()) <= column - 2 else None


def _stretch_at(lines: list[Line], first: int, taken: set[int]) -> tuple[Stretch | None, int]:
    """The stretch that starts at line `first`, if any, and the line to look at next: past
    a run of lines parted at one column that reads as no prose (a table), whose lines
    start no stretch of their own."""
    after = first + 1
    if first in taken or not lines[first].text or not _may_part(lines[first]):
        return None, after
    for column in _resumes(lines[first]):
        places: list[str] = []
        blanks = 0
        for index in range(first, len(lines)):
            place = _column_place(lines[index], column) if index not in taken else None
            if place == "blank" and blanks < MAX_COLUMN_BLANKS:
                blanks += 1
                places.append(place)
                continue
            if place in (None, "blank") or place == "left" and blanks:
                break
            places += [place]
            blanks = 0
        while places and places[-1] == "blank":
            places.pop()
        if places.count("both") < MIN_COLUMN_ROWS:
            continue
        columns = _split_columns(lines[first:first + len(places)], places, column)
        if all(_reads_as_prose(side) for side in columns):
            return Stretch(first + len(places), columns), first + len(places)
        after = max(after, first + len(places))
    return None, after


def _split_columns(lines: list[Line], places: list[str], column: int) -> tuple[list[Line], list[Line]]:
    """The lines of each column; where one column has no words on a line, a blank line."""
    left: list[Line] = []
    right: list[Line] = []
    for line, place in zip(lines, places):
        begin = line.start - line.indent
        gap = next((g for g in _WIDE_SPACE.finditer(line.raw) if g.end() == column), None)
        left_end = gap.start() if place == "both" and gap else len(line.raw) if place == "left" else 0
        right_start = column if place in ("both", "right") else len(line.raw)
        left.append(_column_line(line.raw[:left_end], begin, left))
        right.append(_column_line(line.raw[right_start:], begin + right_start, right))
    return left, right


def _column_line(raw: str, begin: int, column: list[Line]) -> Line:
    """A column's piece of a line as a line of its own (`begin`: where `raw` starts)."""
    text = raw.strip(" ")
    lead = len(raw) - len(raw.lstrip(" "))
    after_blank = not column or not column[-1].text
    return Line(SPACES.sub(" ", text), begin + lead, after_blank=after_blank, raw=text)


def _reads_as_prose(lines: list[Line]) -> bool:
    """Whether a column's lines wrap running text: most run on into the next (it starts in
    lower case, or the line ends in a comma, a hyphen or a word no sentence ends with), and
    they hold `MIN_PROSE_WORDS` words or more on average. A table's cells each stand alone."""
    filled = [line.text for line in lines if line.text]
    pairs = [(a.text, b.text) for a, b in zip(lines, lines[1:]) if a.text and b.text]
    runs_on = sum(starts_lower(b.removeprefix("(")) or a.endswith((",", "-")) or last_word(a) in CONTINUATION_WORDS
                  for a, b in pairs)
    return len(pairs) >= 2 and 2 * runs_on >= len(pairs) \
        and sum(len(text.split()) for text in filled) >= MIN_PROSE_WORDS * len(filled)
