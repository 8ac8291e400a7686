"""Reading order inside one region: pages drawn in two passes read top-down (`page_order`).

Most PDFs draw their text in reading order, and the lines keep it (see `lines.group_lines`).
Some draw a page twice over: a spreadsheet (LibreOffice Calc) draws every cell of one line
first, down the whole page, and then every cell that wraps, down the page again. Read in
drawing order, all headings stood together and all paragraphs after them, each under the
last heading ("Waarschuwingen" text under "Contact"), and a table's advice beside the wrong
complaint. A reader follows the page, not the pen: where a later pass goes down the page
between the lines of an earlier one, in the same stretch of the page's width, the region is
read by position, top to bottom, left to right; so is a region where a block drawn after
the text stands in a gap of its flow (iText draws a table on a canvas of its own, `set_in`).
A note set in the margin, drawn in the middle of a line of its paragraph, is read after that
paragraph (`notes_after`); lines drawn from the bottom up, each a line above the one before,
are read from the top down (`read_down`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from ingest.pdf.geometry import Fragment

BASELINE = 0.5  # of a font size: pieces this close in height stand on one baseline


def page_order(fragments: list[Fragment]) -> list[Fragment]:
    """The fragments in reading order: as drawn, or by position where a later pass of the
    drawing goes down between the lines of an earlier one (`interleaved`), around lines
    drawn before it or around a block drawn after it in its flow (`inset`); a note set in the
    margin read after the paragraph it is drawn in the middle of (`notes_after`); lines drawn
    upward read downward (`read_down`)."""
    fragments = read_down(notes_after(fragments))
    rows = _rows(fragments)
    if not (interleaved(rows) or inset(rows)):
        return fragments
    return [fragment for row in _by_position(fragments) for fragment in row]


def notes_after(fragments: list[Fragment]) -> list[Fragment]:
    """The fragments, each note set in the margin moved to the end of the paragraph the
    page draws it in the middle of. LaTeX's `\\marginnote` draws its note where it is
    called, mid-line: the line's first piece, the note's lines down the margin, then the
    line's rest back on its baseline. Read so, the note cut its paragraph in two, and the
    paragraph's last sentence ("In die tijd kunt u anderen al besmetten") followed the
    note ("Jeuk kan na de behandeling nog 4 weken aanhouden") as if it spoke of it. A note
    is a run of pieces between two pieces of one line, all right of where the line goes on
    and past the end of its first piece, going down below that line."""
    out = list(fragments)
    number = 1
    while number < len(out) - 1:
        end = _note_end(out, number)
        if end is None:
            number += 1
            continue
        note, rest = out[number:end], out[end:]
        if note[0].text[:1].isspace() and not (rest[0].text[:1].isspace() or out[number - 1].text[-1:].isspace()):
            rest[0] = replace(rest[0], text=" " + rest[0].text)  # the word space the note began with
        after = _paragraph_end(rest, note)
        out[number:] = rest[:after] + note + rest[after:]
        number = end
    return out


def read_down(fragments: list[Fragment]) -> list[Fragment]:
    """The fragments, each stack of lines the page draws from the bottom up read from the top
    down. borb lays out a list's items last first: "Was uw handen", then above it "Draag geen
    contactlenzen", then "Knijp een strontje nooit zelf uit", which read in drawing order
    stood in reverse. A stack is two or more rows drawn one after the other, each starting at
    the left edge of the one before and a line above it (more than half a line, at most
    `BLOCK_LEADING`); a row beside the one before (a table's next cell, a note in the margin)
    or far above it (a page's header drawn after its text) is no step of one."""
    rows = _rows(fragments)
    out: list[list[Fragment]] = []
    stack: list[list[Fragment]] = []
    for row in rows:
        if stack and _line_above(stack[-1][0], row[0]):
            stack.append(row)
            continue
        out.extend(reversed(stack))
        stack = [row]
    out.extend(reversed(stack))
    return [fragment for row in out for fragment in row]


def _line_above(below: Fragment, above: Fragment) -> bool:
    """Whether `above` starts at the left edge of `below`, a line higher."""
    size = max(below.size, above.size)
    return abs(above.x - below.x) <= 1 and BASELINE * size < above.y - below.y <= BLOCK_LEADING * size


MAX_NOTE_PIECES = 12  # pieces a note in the margin is drawn in, at most


def _note_end(fragments: list[Fragment], start: int) -> int | None:
    """Where a note in the margin begun at `start` ends (the index of the line's piece that
    resumes after it), or None: no note begins there."""
    line = fragments[start - 1]
    for end in range(start + 1, min(len(fragments), start + MAX_NOTE_PIECES + 1)):
        resumed = fragments[end]
        if not (_same_baseline(line, resumed) and line.x < resumed.x):
            continue
        note = fragments[start:end]
        beyond = all(piece.x > resumed.x and piece.x >= line.end for piece in note)
        below = any(line.y - piece.y > BASELINE * max(line.size, piece.size) for piece in note)
        return end if beyond and below else None
    return None


def _paragraph_end(rest: list[Fragment], note: list[Fragment]) -> int:
    """How many of the pieces after a note finish its paragraph: the line it was drawn in,
    then each line under it at most a line and a half lower, left of the note."""
    left = min(piece.x for piece in note)
    count, last = 0, rest[0] if rest else None
    for piece in rest:
        if piece.x >= left:
            break
        if not (_same_baseline(last, piece) or 0 < last.y - piece.y <= BLOCK_LEADING * max(last.size, piece.size)):
            break
        count, last = count + 1, piece
    return count


def _rows(fragments: list[Fragment]) -> list[list[Fragment]]:
    """The fragments in drawing order, cut where the next piece leaves the baseline or goes back left."""
    rows: list[list[Fragment]] = []
    for fragment in fragments:
        if rows and _same_baseline(rows[-1][0], fragment) and fragment.x >= rows[-1][-1].x - 1:
            rows[-1].append(fragment)
        else:
            rows.append([fragment])
    return rows


def _same_baseline(one: Fragment, other: Fragment) -> bool:
    return abs(one.y - other.y) <= BASELINE * max(one.size, other.size)


def interleaved(rows: list[list[Fragment]]) -> bool:
    """Whether a pass of the drawing (a run of rows going down the page, begun by a jump
    back up) steps over a row an earlier pass drew: the row stands between two consecutive
    rows of the pass, a line apart from each and across the width of either, it and the
    block before the step start at the left edge of the page's text or a cell's padding in
    from it (labels drawn around a picture stand elsewhere; Calligra draws a table's header
    row after its body rows, each cell set in), and the blocks of lines on either side of the step fill
    holes the earlier passes left (`fills_hole`). Two columns drawn one after the other
    never do (their lines stand beside the other column's, `_beside`), nor do two pages
    printed over one another (their lines fall between each other's), a table drawn cell
    by cell (a cell stands beside its row's first), a page header and footer drawn before
    the text (above and below all of it), a box drawn after the text (its lines follow
    each other) or a note set in the margin (beside its lines)."""
    edge = _text_edge(rows)
    earlier: list[list[Fragment]] = []
    for run in _passes(rows):
        blocks = _blocks(run)
        if earlier and any(_beside(block, earlier) > MAX_BESIDE for block in blocks):
            return False  # a column set beside a column drawn before it
        if earlier:
            for block, following in zip(blocks, blocks[1:]):
                if _on_edge(block, edge) and any(_on_edge([other], edge) and _between(other, block[-1], following[0])
                                                 for other in earlier) \
                        and fills_hole(block, earlier) and fills_hole(following, earlier, closed_below=False):
                    return True
        earlier.extend(run)
    return False


def inset(rows: list[list[Fragment]]) -> bool:
    """Whether rows drawn before the page's text (the pass that holds most of its letters)
    stand inside it: between two rows the text reads one after the other, a line from each
    and across the width of either, none of them beside a row of the text; or a pass drawn
    after it is set in its flow (`set_in`). matplotlib draws a figure's axes (a table, a
    chart's ticks and labels) before the texts placed on it: read as drawn, a table stood
    before the page's title, cut from its heading, and a chart's ticks ran into the sentence
    the text drew around it. A header or footer drawn first stands above or below all of
    the text, and a note in the margin or a box floated beside the text stands beside its
    lines: those are read as drawn."""
    runs = _passes(rows)
    if len(runs) < 2:
        return False
    main = max(range(len(runs)), key=lambda number: sum(len(f.text.strip()) for row in runs[number] for f in row))
    text, before = runs[main], [row for run in runs[:main] for row in run]
    edge = _text_edge(rows)
    if any(set_in(run, text, edge) for run in runs[main + 1:]):
        return True
    if any(_same_baseline(row[0], other[0]) for row in before for other in text):
        return False  # beside a row of the text: a note in the margin, a floated box, a column
    return any(_between(row, above, below) for row in before for above, below in zip(text, text[1:]))


def set_in(run: list[list[Fragment]], text: list[list[Fragment]], edge: float) -> bool:
    """Whether a pass drawn after the page's text stands in its flow: all of it in the gap
    between two rows the text reads one after the other, across their width, starting at
    the text's left edge (within its font size: a cell's padding). iText draws a table on
    canvases of its own after the page's text: read as drawn, the table ("Behandeling |
    Vergoeding uit basisverzekering") left its caption and followed the next section's first
    paragraph.
    Labels placed on a picture start elsewhere, a page's header or footer stands above or
    below the text, and a table whose cells are drawn column by column (a row's first cell
    in the text's pass) runs on past the gap its first cells stand in: those are read as drawn."""
    start = min(row[0].x for row in run)
    if not 0 <= start - edge <= max(f.size for row in run for f in row):
        return False
    return any(all(_between(row, above, below) for row in run) for above, below in zip(text, text[1:]))


def _text_edge(rows: list[list[Fragment]]) -> float:
    """The left edge of the page's text: where the rows holding most of its letters start."""
    letters: Counter[int] = Counter()
    for row in rows:
        letters[round(row[0].x)] += sum(len(f.text.strip()) for f in row)
    return float(letters.most_common(1)[0][0]) if letters else 0.0


PADDING = 0.5  # of a font size: a table's first cells set their text this far in from the text's edge


def _on_edge(block: list[list[Fragment]], edge: float) -> bool:
    """Whether a block starts at the left edge of the page's text, or a cell's padding in
    from it (a table's first column)."""
    return any(-1 <= row[0].x - edge <= max(1.0, PADDING * row[0].size) for row in block)


def _passes(rows: list[list[Fragment]]) -> list[list[list[Fragment]]]:
    """The rows in runs going down the page: a run ends where the next row jumps back up."""
    runs: list[list[list[Fragment]]] = []
    for row in rows:
        if runs and row[0].y <= runs[-1][-1][0].y + BASELINE * max(row[0].size, runs[-1][-1][0].size):
            runs[-1].append(row)
        else:
            runs.append([row])
    return runs


BLOCK_LEADING = 1.5  # of a font size: lines this close follow each other in one block (a paragraph)


def _blocks(run: list[list[Fragment]]) -> list[list[list[Fragment]]]:
    """A run's rows in blocks of lines set close under one another (a paragraph, a cell)."""
    blocks: list[list[list[Fragment]]] = []
    for row in run:
        if blocks and blocks[-1][-1][0].y - row[0].y <= BLOCK_LEADING * max(row[0].size, blocks[-1][-1][0].size):
            blocks[-1].append(row)
        else:
            blocks.append([row])
    return blocks


MAX_BESIDE = 1  # lines of a block beside earlier rows: a table's wrapped cell beside a one-line one


def _beside(block: list[list[Fragment]], earlier: list[list[Fragment]]) -> int:
    """How many lines of a block have an earlier row beside them, within half a line of
    their baseline and apart across the page's width: a wrapped cell beside a one-line cell
    of its row has one (its first); a column beside a column has one for nearly each."""
    return sum(1 for row in block
               if any(_same_baseline(row[0], other[0]) and not _overlap(row, other) for other in earlier))


def fills_hole(block: list[list[Fragment]], earlier: list[list[Fragment]], closed_below: bool = True) -> bool:
    """Whether a block of lines stands where the earlier rows left a hole across its width:
    none of them within half a line of its lines, some above it and (`closed_below`) below."""
    size = max(f.size for row in block for f in row)
    top, bottom = block[0][0].y + BASELINE * size, block[-1][0].y - BASELINE * size
    across = [other for other in earlier if any(_overlap(other, row) for row in block)]
    return not any(bottom <= other[0].y <= top for other in across) and any(other[0].y > top for other in across) \
        and (not closed_below or any(other[0].y < bottom for other in across))


def _between(other: list[Fragment], above: list[Fragment], below: list[Fragment]) -> bool:
    """Whether row `other` stands a line below `above` and a line above `below`, across
    the width of either."""
    y = other[0].y
    size = max(f.size for f in (*other, *above, *below))
    if not (above[0].y - y > BASELINE * size and y - below[0].y > BASELINE * size):
        return False
    return _overlap(other, above) or _overlap(other, below)


def _overlap(one: list[Fragment], other: list[Fragment]) -> bool:
    left, right = min(f.x for f in one), max(f.end for f in one)
    return left < max(f.end for f in other) and min(f.x for f in other) < right


def _by_position(fragments: list[Fragment]) -> list[list[Fragment]]:
    """The fragments by position, in stacks: each stack of lines the page draws one under
    the other at one left edge (a paragraph, a cell that wraps) is kept whole, and the
    stacks are read by their first lines' baselines from the top down, each baseline left
    to right. A cell that wraps ("Slecht slapen, onrustig of" / "opgewonden voelen") so
    stays one, before the cell beside it, as a table drawn cell by cell reads (see
    `lines.cell_row`); sorted line by line, its second line ran into the next row's first cell."""
    stacks = _stacks(_rows(fragments))
    lines: list[list[list[list[Fragment]]]] = []  # stacks grouped by their first baseline
    for stack in sorted(stacks, key=lambda stack: -stack[0][0].y):
        if lines and _same_baseline(lines[-1][0][0][0], stack[0][0]):
            lines[-1].append(stack)
        else:
            lines.append([stack])
    return [row for line in lines for stack in sorted(line, key=lambda stack: stack[0][0].x) for row in stack]


def _stacks(rows: list[list[Fragment]]) -> list[list[list[Fragment]]]:
    """Rows in drawing order in stacks: each next row starting at the same left edge, a
    line lower (`BLOCK_LEADING`)."""
    stacks: list[list[list[Fragment]]] = []
    for row in rows:
        last = stacks[-1][-1] if stacks else None
        if last is not None and abs(row[0].x - last[0].x) <= 1 \
                and 0 < last[0].y - row[0].y <= BLOCK_LEADING * max(row[0].size, last[0].size):
            stacks[-1].append(row)
        else:
            stacks.append([row])
    return stacks
