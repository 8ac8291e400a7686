"""Tables written one cell to a line, nothing marking the rows: LibreOffice's Text, docx2python.

LibreOffice's "Text" export writes each cell of a table as a paragraph of its own, one line
each; docx2python writes each as a paragraph between blank lines. Read so, "Cetirizine,
loratadine, desloratadine" and "5 dagen" stood apart, and a question on how long to stop
cetirizine found the table but none of its rows (red team 34).

A run of short lines that end no sentence is read as a table of k columns (2 to 4) where its
first k lines read as a header (each a label of a few words that opens with a capital, or a
question over its column: "Wat betekent dat?", red team 35) and its further lines, laid out k to a
row, make columns: each column's cells are alike (open alike, with a capital, a small letter or a
digit, or all hold a number) and two columns differ (open differently, or one's cells all hold a
number where another's hold none, or each is headed by a question of its own, red team 36, or one's
cells are all shorter than another's, red team 37), as a label and its value do ("minder dan 50%"
beside "geen operatie"). A list of like lines (every one a name with a capital)
makes no two columns that differ and stays as it was. The run may hold a line or two before the
table (a heading over it) and after it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ingest.clean.grids import row_line
from ingest.clean.lines import Line, Logical, ends_sentence, is_item_start
from ingest.dates import is_date_line


# A cell is a label or a value ("plak de haren eraf met tape en spoel de huid met lauw water", red
# team 37); a longer line is a paragraph's.
MAX_CELL_WORDS = 16
MAX_HEADER_WORDS = 6
MIN_BODY_ROWS = 2  # one row under a header is two lines each of two short paragraphs
COLUMNS = (2, 3, 4)
MAX_LOOSE = 2  # lines of the run before or after the table: a heading over it, one after it
_NO_CELL_ENDS = (":", ";", ",")  # a list's lead-in and its items end so; no cell does
_NUMBER = re.compile(r"\d")  # a cell that holds a number: a dose, a percentage, a time


@dataclass(frozen=True)
class _Layout:
    first: int  # the table's first line, counted in the run
    columns: int
    rows: int
    slips: int  # cells that open otherwise than their column's others do


def cell_line_rows(lines: list[Line], taken: frozenset[int] = frozenset()) -> dict[int, Logical | None]:
    """Every line of a table written a cell to a line, none of them in `taken`: the row that
    starts at it, or None for a line that is none (a row's further cells, a blank line)."""
    found: dict[int, Logical | None] = {}
    for run in _runs(lines, taken):
        layout = _best_layout([lines[index].text for index in run])
        if layout is None:
            continue
        cells = run[layout.first:layout.first + layout.columns * (layout.rows + 1)]
        found.update(dict.fromkeys(range(cells[0], cells[-1] + 1)))
        for row in range(layout.rows + 1):
            members = cells[row * layout.columns:(row + 1) * layout.columns]
            found[members[0]] = row_line([[(lines[at].text, lines[at].start, 0)] for at in members])
    return found


def _runs(lines: list[Line], taken: frozenset[int]) -> list[list[int]]:
    """The runs of cell-shaped lines, as line numbers: lines one under the other, or each
    after one blank line (docx2python), the same all through a run."""
    runs: list[list[int]] = []
    run: list[int] = []
    for index, line in enumerate(lines):
        if not line.text:
            continue
        if _is_cell(line) and index not in taken:
            gap = index - run[-1] if run else 0
            if run and (gap > 2 or len(run) > 1 and gap != run[1] - run[0]):
                runs.append(run)
                run = []
            run.append(index)
        elif run:
            runs.append(run)
            run = []
    return [run for run in runs + [run] if len(run) >= 2 * (MIN_BODY_ROWS + 1)]


def _is_cell(line: Line) -> bool:
    """Whether a line can be a cell: a few words that end no sentence, no item, no date line."""
    text = line.text
    return (not line.heading_level and not line.cells and len(text.split()) <= MAX_CELL_WORDS
            and (not ends_sentence(text) or _is_column_question(text)) and not text.endswith(_NO_CELL_ENDS)
            and not is_item_start(text) and not is_date_line(text))


def _is_column_question(text: str) -> bool:
    """Whether a line may be a question over a table's column ("Wat betekent dat?"): a header's
    few words that open with a capital and end with a question mark. It heads a column only as
    a header's cell (`_layout`); in the run it may also be a heading over the table."""
    return text.endswith("?") and text[0].isupper() and len(text.split()) <= MAX_HEADER_WORDS


def _best_layout(texts: list[str]) -> _Layout | None:
    """The table the run's lines make, if any: of the layouts whose cells open as columns do
    and whose loose lines open with a capital (a heading, a paragraph; a cell of the table's
    last row opens with a small letter as often as not), the one with the fewest slips (a
    heading over the table, read as its header, shifts the real header into the rows), then
    the most lines, then the fewest columns."""
    layouts = []
    for first in range(min(MAX_LOOSE, len(texts)) + 1):
        for columns in COLUMNS:
            rows = (len(texts) - first) // columns - 1
            end = first + columns * (rows + 1)
            if rows < MIN_BODY_ROWS or len(texts) - end > MAX_LOOSE:
                continue
            if not all(text[0].isupper() for text in texts[:first] + texts[end:]):
                continue
            layout = _layout(texts[first:end], first, columns)
            if layout:
                layouts.append(layout)
    return min(layouts, key=lambda l: (l.slips, -l.columns * (l.rows + 1), l.columns, l.first), default=None)


def _layout(texts: list[str], first: int, columns: int) -> _Layout | None:
    """The layout of `texts` as a table of `columns` columns, or None where they make none:
    the header's cells are labels or questions, no body cell is a question, each column's
    cells open alike but for a slip in four rows or all hold a number, and two columns open
    differently or one's cells all hold a number where another's hold none."""
    header, body = texts[:columns], texts[columns:]
    if not all(text[0].isupper() and len(text.split()) <= MAX_HEADER_WORDS for text in header) \
            or any(ends_sentence(text) for text in body):
        return None
    rows = len(body) // columns
    kinds, numbered, slips = set(), set(), 0
    for column in range(columns):
        cells = body[column::columns]
        opens = [_opening(text) for text in cells]
        kind, alike = Counter(opens).most_common(1)[0]
        numbers = {bool(_NUMBER.search(text)) for text in cells}
        if len(opens) - alike > rows // 4 and numbers != {True}:
            return None
        kinds.add(kind)
        numbered |= numbers if len(numbers) == 1 else set()
        slips += len(opens) - alike
    if len(kinds) < 2 and len(numbered) < 2 and not _asks_per_column(header) and not _apart_by_length(body, columns):
        return None
    return _Layout(first, columns, rows, slips)


MIN_LENGTH_ROWS = 3  # rows enough that one column's cells being all the shorter is no chance


def _apart_by_length(body: list[str], columns: int) -> bool:
    """Whether every cell of one column is shorter, in words, than every cell of another, in
    three rows or more: a label beside what it says, where both open in small letters ("jeuk"
    beside "gebruik een verkoelende crème met mentholgel of zinkolie": BeautifulSoup's text of a
    page, red team 37). A list's like lines, laid out so, have no column all shorter."""
    if len(body) // columns < MIN_LENGTH_ROWS:
        return False
    lengths = [[len(text.split()) for text in body[column::columns]] for column in range(columns)]
    return any(max(short) < min(long) for short in lengths for long in lengths if short is not long)


def _asks_per_column(header: list[str]) -> bool:
    """Whether every cell of a header is a question over its column ("Wat merkt u?", "Wat doet
    u?" over "een blauwe plek", "niets, dit gaat vanzelf over": HTML::FormatText's table, red team
    36): what each column answers tells them apart where their cells open alike. A run of
    headings' questions has none under it but more questions, which no body holds (`_layout`)."""
    return all(_is_column_question(text) for text in header)


def _opening(text: str) -> str:
    """How a cell opens: with a capital, a small letter, a digit, or anything else."""
    head = text[0]
    return "capital" if head.isupper() else "small" if head.islower() else "digit" if head.isdigit() else "other"
