"""Typed text set in two columns side by side, read one column after the other.

`pdftotext -layout` and typed leaflets keep a page's two columns on one line, apart by
wide spacing: read across, every line mixes two sentences. A stretch of such lines is
parted into its two columns, each joined on its own (`ingest.clean.plain`); a table of two
columns reads as no prose and keeps its rows (`ingest.clean.tables`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ingest.clean.lines import (
    CONTINUATION_WORDS, SPACES, Line, column_cells, ends_sentence, last_word, starts_lower,
)


MIN_COLUMN_ROWS = 3  # lines with words in both columns: fewer may be a coincidence of spacing
MAX_COLUMN_BLANKS = 2  # blank lines a column stretch runs on across (a paragraph break)
MIN_PROSE_WORDS = 3  # words on a column's line, on average: fewer are a table's cells
MAX_COLUMN_SHIFT = 4  # characters a line may start past its column: a box's padding, an item's indent
_WIDE_SPACE = re.compile(r" {2,}")


@dataclass(frozen=True)
class Stretch:
    """Lines set in two columns up to line `end` (exclusive), as the lines of each column."""

    end: int
    columns: tuple[list[Line], ...]  # two here; three or more from `ingest.clean.gutters`


def column_stretches(lines: list[Line], taken: set[int] = frozenset()) -> dict[int, Stretch]:
    """Where typed text sets prose in two columns side by side, as `pdftotext -layout`
    keeps a PDF's columns: by the line where each stretch starts.

    A stretch is a run of lines whose text resumes, after a gap of two spaces or more, at
    the same column on at least `MIN_COLUMN_ROWS` of them; a line may hold only the left
    column's words or, indented to that column, only the right's, and the run goes on over
    a blank line or two where both columns start a paragraph. It takes in the lines right
    above it where only one column has words, up to the right column's first (the right
    column may start mid-page), and a paragraph of the left column after the right one ended
    when the right column starts mid-sentence (`_left_tail`). Both columns must read as
    prose (`_reads_as_prose`): a table of two columns keeps its rows. Lines in `taken`
    (a table's rows) and lines with tabs belong to no stretch.
    """
    found: dict[int, Stretch] = {}
    index = floor = 0
    short: dict[int, int] = {}  # a column's run that parts too few lines: where it ends
    while index < len(lines):
        start, stretch, index = _stretch_at(lines, index, taken, floor, short)
        if stretch:
            found[start] = stretch
            floor = stretch.end
    return found


def _resumes(line: Line) -> list[int]:
    """The columns (from the line's left edge) where its text resumes after a wide gap."""
    if not line.text or "\t" in line.raw:
        return []
    return [gap.end() for gap in _WIDE_SPACE.finditer(line.raw.rstrip()) if gap.start() > 0]


def _may_part(line: Line) -> bool:
    """Whether a line may hold two columns: no marked heading, no tabs, and its words as
    written (not a line that took a lone bullet from the line above). A table's row in
    one column may stand beside the other column's text."""
    return not (line.heading_level or "\t" in line.raw) and SPACES.sub(" ", line.raw.strip()) == line.text


def _gap_at(line: Line, column: int) -> re.Match[str] | None:
    """The wide gap of a line that parts its words at a column boundary: it ends at the
    column or up to `MAX_COLUMN_SHIFT` characters after it (a box's padding in the column)."""
    return next((gap for gap in _WIDE_SPACE.finditer(line.raw.rstrip())
                 if gap.start() > 0 and gap.start() <= column - 2 and column <= gap.end() <= column + MAX_COLUMN_SHIFT),
                None)


def _column_place(line: Line, column: int) -> str | None:
    """Where a line stands against a column boundary: "blank", "both" (words on either
    side), "left", "right", or None where it runs across it."""
    if not line.text:
        return "blank"
    if not _may_part(line):
        return None
    if _gap_at(line, column):
        return "both"
    if column <= line.indent <= column + MAX_COLUMN_SHIFT:
        return "right"
    return "left" if len(line.raw.rstrip()) <= column - 2 else None


def _stretch_at(lines: list[Line], first: int, taken: set[int], floor: int,
                short: dict[int, int]) -> tuple[int, Stretch | None, int]:
    """The stretch that holds line `first` as its first line with words in both columns,
    if any, where it starts (not above line `floor`), and the line to look at next: past a
    run of lines parted at one column that reads as no prose (a table), whose lines start
    no stretch of their own. `short` holds, by column, where a run that parts too few lines
    at it ends: a line inside it starts a part of the same run, which parts fewer still, so
    it is not read again (a long text would be read once for each of its lines)."""
    after = first + 1
    if first in taken or not lines[first].text or not _may_part(lines[first]):
        return first, None, after
    for column in _resumes(lines[first]):
        if first < short.get(column, 0):
            continue
        places = _places_from(lines, first, column, taken)
        if sum(place == "both" and _parts_widest(lines[at], column)
               for at, place in enumerate(places, first)) < MIN_COLUMN_ROWS:
            short[column] = first + len(places)
            continue
        top = _top(lines, first, column, taken, floor)
        places = [_column_place(lines[index], column) for index in range(top, first)] + places
        places += _left_tail(lines, top, places, column, taken) \
            or _left_to_end(lines, top, places, column, taken)
        end = top + len(places)
        columns = _split_columns(lines[top:end], places, column)
        if all(_reads_as_prose(side) for side in columns) and not _opens_mid_sentence(_run_on(columns)[1]):
            return top, Stretch(end, _run_on(columns)), end
        after = max(after, end)
    return first, None, after


def _parts_widest(line: Line, column: int) -> bool:
    """Whether the gap that parts a line's two columns is wider than any gap between its
    words: justified text that pads its words with a few spaces each (catdvi's text of a DVI
    file: "droge  voet.   Gebruik   geen") lines its gaps up now and then, one under another,
    with no column there; the channel between two columns is the line's widest gap."""
    parting = _gap_at(line, column)
    others = [len(gap.group()) for gap in _WIDE_SPACE.finditer(line.raw.strip())]
    return parting is not None and others.count(len(parting.group())) == 1 \
        and len(parting.group()) == max(others)


def _places_from(lines: list[Line], first: int, column: int, taken: set[int]) -> list[str]:
    """The places (`_column_place`) of the lines from `first` on while they stand in two
    columns, over up to `MAX_COLUMN_BLANKS` blank lines where the right column goes on."""
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
    return places


def _top(lines: list[Line], first: int, column: int, taken: set[int], floor: int) -> int:
    """Where a stretch starts: line `first`, or the topmost line with only the right
    column's words in the lines right above it that stand in one column or the other
    (`pdftotext -layout` sets a right column that starts with a sentence's end a line
    above the left column's first)."""
    top = first
    for index in range(first - 1, floor - 1, -1):
        place = _column_place(lines[index], column) if index not in taken else None
        if place not in ("left", "right"):
            break
        top = index if place == "right" else top
    return top


def _left_tail(lines: list[Line], top: int, places: list[str], column: int, taken: set[int]) -> list[str]:
    """The places of a paragraph of the left column after the stretch's blank lines, where
    the right column ended before them and starts mid-sentence (in lower case): the left
    column runs on there, and its last sentence, which has no end, goes on at the right
    column's top (`_run_on`). A paragraph that goes on in a line across the column is
    page-wide text, and no tail; nor is a paragraph that ends a sentence."""
    right = next(lines[top + index] for index, place in enumerate(places) if place in ("both", "right"))
    if places[-1] != "left" or not starts_lower(right.raw[column:].strip()):
        return []
    index = top + len(places)
    blanks = 0
    while index < len(lines) and not lines[index].text and blanks < MAX_COLUMN_BLANKS:
        blanks, index = blanks + 1, index + 1
    lefts = 0
    while index < len(lines) and index not in taken and _column_place(lines[index], column) == "left":
        lefts, index = lefts + 1, index + 1
    alone = index == len(lines) or not lines[index].text
    goes_on = lefts and not ends_sentence(lines[index - 1].text)
    return ["blank"] * blanks + ["left"] * lefts if blanks and goes_on and alone else []


def _left_to_end(lines: list[Line], top: int, stretch: list[str], column: int, taken: set[int]) -> list[str]:
    """The places of the lines under a stretch, down to the text's end, where every one of
    them stands in the left column or is blank, `MIN_COLUMN_ROWS` of them with words: the left
    column runs on there after the right one ended (a page's shorter column), and its lines
    come before the right column's, which opens a paragraph of its own (from a capital). A line
    across the column, a line in the right column, or a table's row, ends no such run; a line
    or two under the columns may be page-wide text as short (`_left_tail`)."""
    right = next(lines[top + index] for index, place in enumerate(stretch) if place in ("both", "right"))
    if starts_lower(right.raw[column:].strip()):
        return []
    places: list[str | None] = []
    for index in range(top + len(stretch), len(lines)):  # stops at the first line that ends the run
        places.append(_column_place(lines[index], column) if index not in taken else None)
        if places[-1] not in ("left", "blank"):
            return []
    if places.count("left") < MIN_COLUMN_ROWS:
        return []
    while places[-1] == "blank":
        places.pop()
    return places


def _run_on(columns: tuple[list[Line], list[Line]]) -> tuple[list[Line], list[Line]]:
    """The columns, the right column's first paragraph moved to the left column's end where
    it goes on the left column's last sentence ("U mag zelf" | "naar huis rijden."): it
    starts in lower case, and that sentence has no end."""
    left, right = columns
    texts = [line for line in left if line.text]
    opening = next((index for index, line in enumerate(right) if line.text), None)
    if opening is None or not texts or ends_sentence(texts[-1].text) or not starts_lower(right[opening].text):
        return columns
    ending = next((index for index in range(opening, len(right)) if not right[index].text), len(right))
    moved = [replace(right[opening], after_blank=False), *right[opening + 1:ending]]
    last = max(index for index, line in enumerate(left) if line.text)
    return left[:last + 1] + moved + left[last + 1:], right[:opening] + right[ending:]


def _opens_mid_sentence(right: list[Line]) -> bool:
    """Whether a right column, read after the left one, opens in lower case, the left
    column's last sentence not going on there (`_run_on`): a fragment no column starts with.
    Justified prose (`par`, `man`) pads its gaps wherever words fall, and three of them one
    under the other ("dan katoenen  luiers. Gebruikt u") make no column of the words after."""
    opening = next((line.text for line in right if line.text), "")
    return starts_lower(opening)


def _split_columns(lines: list[Line], places: list[str], column: int) -> tuple[list[Line], list[Line]]:
    """The lines of each column; where one column has no words on a line, a blank line."""
    left: list[Line] = []
    right: list[Line] = []
    for line, place in zip(lines, places):
        begin = line.start - line.indent
        gap = _gap_at(line, column) if place == "both" else None
        left_end = gap.start() if gap else len(line.raw) if place == "left" else 0
        right_start = gap.end() if gap else column if place == "right" else len(line.raw)
        left.append(column_line(line.raw[:left_end], begin, left))
        right.append(column_line(line.raw[right_start:], begin + right_start, right))
    return _rows_together(left, [place == "right" for place in places]), \
        _rows_together(right, [place == "left" for place in places])


def _rows_together(column: list[Line], spacers: list[bool]) -> list[Line]:
    """A column's lines without the empty ones between two rows of a table set in it, where
    only the other column has words (`spacers`): the other column's lines fall between the
    table's rows, which part no paragraph there."""
    out: list[Line] = []
    for index, line in enumerate(column):
        shapes = [_row_shape(near) for near in column[index - 1:index + 2:2]] if 0 < index < len(column) - 1 else []
        if spacers[index] and len(shapes) == 2 and None not in shapes and abs(shapes[0] - shapes[1]) <= 1:
            continue
        out.append(replace(line, after_blank=not out or not out[-1].text))
    return out


def _row_shape(line: Line) -> int | None:
    """Where a line's second cell starts in the line, if spacing parts it into cells."""
    return line.parts[1][1] - (line.start - line.indent) if len(line.parts) >= 2 else None


def column_line(raw: str, begin: int, column: list[Line]) -> Line:
    """A column's piece of a line as a line of its own (`begin`: where `raw` starts), with
    the cells its spacing sets apart: a table's row in a column keeps them."""
    text = raw.strip(" ")
    lead = len(raw) - len(raw.lstrip(" "))
    after_blank = not column or not column[-1].text
    cells = column_cells(text, begin + lead)
    return Line(SPACES.sub(" ", text), begin + lead, after_blank=after_blank, cells=cells, indent=lead,
                parts=cells or column_cells(text, begin + lead, gaps=1), raw=text)


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
