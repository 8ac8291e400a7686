"""Columns and reading regions: the order in which a page's pieces of text are read.

A page set in two columns (a gutter no line crosses) is read column by column,
unless the two sides pair up line by line as a table's cells do (`reads_as_table`): a
table is read row by row. A box set beside the text (a sidebar) is read after it, its
headings beside the text's sections. A column may be split again at a gutter of its own:
a folder folded in three is read panel by panel (`reading_regions`).
"""

from __future__ import annotations

from collections import Counter

from ingest.clean.lines import ends_sentence
from ingest.pdf.geometry import Fragment, Region
from ingest.pdf.lines import WIDE_GAP
from ingest.pdf.style import ITEM_START
from ingest.pdf.tables import MIN_TABLE_COLUMNS, MIN_TABLE_ROWS


def find_gutter(fragments: list[Fragment], width: float, left: float = 0.0) -> tuple[float, int | None] | None:
    """The x of a column gutter that splits the text between `left` and `left + width` (the
    page, or a column of it) in two, and the side of it (0 left, 1 right) that is a box
    beside the text, None for two columns; or None.

    A gutter is the left edge of a column: several lines start there, a fair
    share of the text lies on each side of it, and almost no text crosses it; or
    a box beside the text (a sidebar) that no text crosses, whose lines stand
    on baselines of their own.
    """
    total = sum(len(f.text) for f in fragments)
    starts = Counter(round(f.x) for f in fragments if left + 0.2 * width <= f.x <= left + 0.8 * width)
    best: tuple[int, float, int | None] | None = None
    for edge, count in starts.items():
        if count < 3:
            continue
        right = sum(len(f.text) for f in fragments if f.x >= edge - 1)
        crossing = sum(len(f.text) for f in fragments if f.x < edge - 1 and f.end > edge + f.size)
        before = total - right - crossing
        columns = min(before, right) >= 0.2 * total and crossing <= 0.05 * total \
            and left + 0.3 * width <= edge <= left + 0.7 * width
        if columns or (min(before, right) >= SIDEBAR_SHARE * total and not crossing and _apart(fragments, edge - 1)):
            if best is None or crossing < best[0]:
                best = (crossing, edge - 1, None if columns else int(right < before))
    return best[1:] if best else None


SIDEBAR_SHARE = 0.05  # of a page's text: a box beside the text ("In het kort") is a column too


SIDEBAR_RUNS = 2  # stretches of the drawing order a box beside the text is drawn in


def _apart(fragments: list[Fragment], gutter: float) -> bool:
    """Whether the text on one side of a gutter is a box set beside the text: drawn in one
    go (or two), not piece by piece between the lines beside it as notes in the margin
    are, and on baselines of its own, not labels and their values ("Telefoon" ...
    "020 566 31 70") or headings in the margin, which share their lines' baselines."""
    sides = [fragment.x >= gutter for fragment in fragments]
    small = sum(sides) <= len(sides) / 2  # the side with fewer pieces: True is the right side
    runs = sum(1 for number, side in enumerate(sides) if side == small and (number == 0 or sides[number - 1] != small))
    if runs > SIDEBAR_RUNS:
        return False
    box = [f for f, side in zip(fragments, sides) if side == small]
    beside = [f.y for f, side in zip(fragments, sides) if side != small]
    shared = sum(1 for f in box if any(abs(f.y - y) <= 0.1 * f.size for y in beside))
    return 2 * shared <= len(box)


MAX_COLUMN_SPLITS = 2  # a column split again, and once more: the three or four panels of a folder


def reading_regions(fragments: list[Fragment], width: float, left: float = 0.0, depth: int = 0) -> list[Region]:
    """The page's fragments in reading order: one region, or bands of two columns.

    Text that crosses the gutter (a title over both columns) cuts the page into
    bands; each band is read left column, then right column, unless its two
    sides are the columns of a table: then the band is one region, read row by
    row in drawing order like a table of three or more columns. A box set beside
    the text (see `find_gutter`) is a column too; its regions are marked `aside`.
    A column may hold a gutter of its own (a folder folded in three sets a panel
    beside a panel beside a panel): it is read column by column again, each part a
    column of its own however little text it holds (a cover), never a box beside it.
    """
    found = find_gutter(fragments, width, left)
    if found is None:
        return [Region(fragments)]
    gutter, aside = found
    if depth:
        aside = None
    spanning = [f for f in fragments if f.x < gutter and f.end > gutter + f.size]
    spanning += [f for f in page_edges(fragments, gutter) if f not in spanning]
    cuts = sorted({round(f.y) for f in spanning}, reverse=True)
    right = [f.y for f in fragments if f.x >= gutter]
    keys = [(sum(1 for cut in cuts if cut > f.y + f.size * 0.5), 2 if f in spanning else int(_right_of(f, gutter, right)))
            for f in fragments]
    sides: dict[tuple[int, int], list[Fragment]] = {}
    for fragment, key in zip(fragments, keys):
        sides.setdefault(key, []).append(fragment)
    tables = {band for band, _ in sides if reads_as_table(sides.get((band, 0), []), sides.get((band, 1), []))}
    regions: dict[tuple[int, int], list[Fragment]] = {}
    for fragment, (band, column) in zip(fragments, keys):
        regions.setdefault((band, 0 if band in tables and column < 2 else column), []).append(fragment)
    out: list[Region] = []
    for key in sorted(regions):
        band, column = key
        if band in tables or column == 2 or column == aside or depth >= MAX_COLUMN_SPLITS:
            out.append(Region(regions[key], band in tables and column == 0, column == aside and band not in tables))
        else:
            start, end = (left, gutter) if column == 0 else (gutter, left + width)
            out.extend(reading_regions(regions[key], end - start, start, depth + 1))
    return out


EDGE_GAP_LINES = 3.0  # lines of the row's type between a page's head or foot and the columns


def page_edges(fragments: list[Fragment], gutter: float) -> list[Fragment]:
    """The pieces of the page's top row and of its bottom row where that row stands on both
    sides of the gutter, set apart from the columns by more than `EDGE_GAP_LINES` on each
    side: a header or footer across the page ("Medisch Centrum Zuiderhaven" on the left,
    "Polikliniek Neurologie" on the right), read as a band of its own, before the columns or
    after them. Split by the gutter, its right half was read as the right column's first
    line, and the sentence that ran on from the left column's foot to the right column's
    head ran through it ("Bij Polikliniek Neurologie een deel van de mensen ...")."""
    out: list[Fragment] = []
    for sign in (1, -1):  # the head (highest first), then the foot (lowest first)
        ordered = sorted(fragments, key=lambda f: -sign * f.y)
        if not ordered:
            break
        edge = ordered[0]
        row = [f for f in ordered if abs(f.y - edge.y) <= 0.5 * max(f.size, edge.size)]
        rest = [f for f in ordered if f not in row]
        size = max(f.size for f in row)
        sides = [[f for f in row if (f.x >= gutter) == right] for right in (False, True)]
        nearest = [max((sign * f.y for f in rest if (f.x >= gutter) == right), default=None) for right in (False, True)]
        if all(sides) and all(y is not None and sign * edge.y - y > EDGE_GAP_LINES * size for y in nearest):
            out.extend(row)
    return out


def _right_of(fragment: Fragment, gutter: float, right: list[float]) -> bool:
    """Whether a piece belongs to the column right of the gutter: it starts there, or it
    is a bullet or number hanging into the gutter before an item that does ("•" a point
    left of the column, on the baseline of "Drink elke dag ...")."""
    if fragment.x >= gutter:
        return True
    return len(fragment.text.strip()) <= 2 and fragment.x >= gutter - 1.5 * fragment.size \
        and any(abs(y - fragment.y) <= 0.1 * fragment.size for y in right)


TABLE_ALIGNED_SHARE = 0.75  # of the left side's rows that must have a right-hand partner


def reads_as_table(left: list[Fragment], right: list[Fragment]) -> bool:
    """Whether the two sides of a gutter are a table's columns, not two columns of text.

    Both look alike from afar: text on either side, nothing crossing. A table pairs
    its cells: (almost) every left line has a right-hand cell on its baseline, and
    each row starts afresh, where a text column runs on from line to line as
    sentences do. A list set in two columns (bullets on the right) stays columns, and
    so do two blocks alike side by side, unless their rows hold three or more cells
    (a schedule's "1 | 30 mg | 6 tabletten | 3 maart", split by the gutter in two).
    """
    rows = baseline_rows(left, right)
    paired = [number for number, (left_text, right_text) in enumerate(rows) if left_text and right_text]
    if len(paired) < MIN_TABLE_ROWS:
        return False
    left_rows = sum(1 for left_text, _ in rows[paired[0]:paired[-1] + 1] if left_text)
    cells = [rows[number] for number in paired]
    if len(paired) < TABLE_ALIGNED_SHARE * left_rows:
        return False
    if 2 * sum(1 for _, right_text in cells if ITEM_START.match(right_text)) > len(cells):
        return False
    counts = baseline_cells(left, right)
    wide = sum(1 for number in paired if counts[number] >= MIN_TABLE_COLUMNS)
    if wide < TABLE_ALIGNED_SHARE * len(paired) \
            and 2 * sum(1 for left_text, right_text in cells if _shape(left_text) == _shape(right_text)) > len(cells):
        return False  # two blocks alike side by side (two addresses, two checklists): columns
    return not any(runs_on([row[side] for row in cells]) for side in (0, 1))


def _shape(cell: str) -> str:
    """How a cell begins: with a digit, a capital or a small letter. A table pairs cells of
    different kinds (a medicine and "3 dagen", a department and its number); two text
    blocks set side by side begin their lines alike ("Locatie Arnhem", "Locatie Velp")."""
    first = cell.lstrip()[:1]
    return "digit" if first.isdigit() else "capital" if first.isupper() else "small" if first.islower() else "other"


def baseline_rows(left: list[Fragment], right: list[Fragment]) -> list[tuple[str, str]]:
    """The text left and right of the gutter on each baseline, from the top down."""
    return [(" ".join(f.text.strip() for f, s in row if s == 0).strip(),
             " ".join(f.text.strip() for f, s in row if s == 1).strip()) for row in _baselines(left, right)]


def baseline_cells(left: list[Fragment], right: list[Fragment]) -> list[int]:
    """How many cells each of the `baseline_rows` holds: pieces set apart by wide gaps."""
    counts = []
    for row in _baselines(left, right):
        pieces = sorted((fragment for fragment, _ in row), key=lambda fragment: fragment.x)
        counts.append(1 + sum(1 for before, after in zip(pieces, pieces[1:])
                              if after.x - before.end > WIDE_GAP * after.size))
    return counts


def _baselines(left: list[Fragment], right: list[Fragment]) -> list[list[tuple[Fragment, int]]]:
    """The fragments of both sides (0 left, 1 right) grouped by baseline, from the top down."""
    pieces = sorted([(f, 0) for f in left] + [(f, 1) for f in right], key=lambda p: (-p[0].y, p[0].x))
    rows: list[list[tuple[Fragment, int]]] = []
    for fragment, side in pieces:
        head = rows[-1][0][0] if rows else None
        if head is not None and head.y - fragment.y <= 0.5 * max(head.size, fragment.size):
            rows[-1].append((fragment, side))
        else:
            rows.append([(fragment, side)])
    return rows


def runs_on(lines: list[str]) -> bool:
    """Whether lines read as running text: a third or more of them end mid-sentence
    and the next goes on in lower case (a table's cells each start afresh)."""
    wraps = sum(1 for line, following in zip(lines, lines[1:])
                if not ends_sentence(line) and not line.endswith(":") and following[:1].islower())
    return wraps >= 1 and 3 * wraps >= len(lines) - 1
