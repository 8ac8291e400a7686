"""Text set in a box the page draws ("Let op!" on a coloured or bordered frame), read as a
block of its own after the paragraph it interrupts (`boxes_after_paragraphs`).

A layout program draws a box where it fits, and the page may draw it before the text
around it has ended: a box at the foot of a page whose last sentence goes on over the page
("Kunt u geen tabletten slikken of werken ze niet goed" | box | "genoeg? Dan krijgt u ..."),
or between two steps of a list. Read in place, the box cut the sentence or the list in two,
and its heading took the text after it. The box is read after that paragraph or list, where
it ends, even on the next page; its heading is left to the box (see `headings.boxed_headings`).

Not every shape behind text is such a box: a pale band behind a few lines of a paragraph, a
panel that runs on over the page, a tinted column that holds the page's text. A shape is a
box only where its text is a block of its own (`own_blocks`); otherwise its lines are read
as they stand, as if nothing were drawn behind them.
"""

from __future__ import annotations

from dataclasses import replace

from collections import Counter

from ingest.clean.lines import ends_sentence
from ingest.pdf.geometry import CHAR_WIDTH, PdfLine
from ingest.pdf.paragraphs import break_after, hanging_items, line_breaks
from ingest.pdf.style import HEADING_SIZE_RATIO, ITEM_START, Body, heading_shaped


def boxes_after_paragraphs(flat: list[tuple[int, PdfLine]], body: Body) -> list[tuple[int, PdfLine]]:
    """The lines, each box that interrupts a paragraph or a list moved to where that
    paragraph or list ends, cited on the page where it does. A box between two paragraphs
    stays where it is. A shape that holds a table's rows is no box: the table's frame, or a
    bar printed over the text (a web page's cookie bar over the line above it), whose
    lines lose their box and are read as they were. A box drawn after text below it is read
    where it stands first (`boxes_where_drawn`). The document's breaks are worked out
    once; each box looks only at the paragraph around it (`_close`), so a box on every page
    of a long document costs no pass over the whole document each."""
    flat = boxes_where_drawn(own_blocks(framed_beside(list(flat)), body), body)
    breaks = line_breaks(flat, body)
    hanging = hanging_items(flat)
    after: dict[int, list[tuple[int, PdfLine]]] = {}  # the line a box is moved after: the box's lines
    moved: set[int] = set()
    for start, end in box_runs(flat):
        run = flat[start:end]
        if start == 0 or end == len(flat) or all(_heading_set(line, body) for _, line in run):
            continue  # a heading on a band (a slide's title bar) opens the text after it
        close = _close(flat, breaks, start, end, body, hanging)
        if close is not None:
            after.setdefault(close, []).extend((flat[close][0], line) for _, line in run)
            moved.update(range(start, end))
    out: list[tuple[int, PdfLine]] = []
    for index, item in enumerate(flat):
        if index not in moved:
            out.append(item)
        out.extend(after.get(index, []))
    return out


def _close(flat: list[tuple[int, PdfLine]], breaks: list[str], start: int, end: int, body: Body,
           hanging: bool) -> int | None:
    """The line that ends the paragraph or list that the box lines `start`..`end` interrupt
    (read as if the box were not there), or None where the box interrupts none. `breaks`
    are the document's, which hold for the lines before the box."""
    rest = flat[:start] + flat[end:]
    begin = start - 1  # where the paragraph of the line before the box began
    while begin > 0 and breaks[begin - 1] == "wrap":
        begin -= 1
    into = break_after(rest, start - 1, begin, body, hanging)  # the line before the box, into the one after it
    if into != "wrap" and not _list_goes_on(rest, breaks, start):
        return None
    begin = start if into != "wrap" else begin
    for index in range(start, len(rest)):
        found = break_after(rest, index, begin, body, hanging)
        if found == "paragraph":
            return index + end - start
        if found != "wrap":
            begin = index + 1
    return None


def boxes_where_drawn(flat: list[tuple[int, PdfLine]], body: Body) -> list[tuple[int, PdfLine]]:
    """The lines, each box that the page draws after text standing below it moved up to where
    it stands: after the last line read before it level with its last line or above it. Dompdf
    draws a box floated at the top right of a page ("Goed om te weten", beside the first
    section) after the page's column: read there, it followed the paragraph that runs on over
    the page, and was cited on the next page under that paragraph's section. Only lines of
    its own page and column are passed over, and only where a paragraph ends among them (a
    box beside the last lines read before it stays after them); a box above all of its
    page's text goes first."""
    targets = {(start, end): target for start, end in box_runs(flat)
               if (target := _stands_after(flat, start, end)) is not None}
    if not targets:
        return flat
    breaks = line_breaks(flat, body)
    after: dict[int, list[int]] = {}  # the line a box is moved after (-1: the start): the box's lines
    moved: set[int] = set()
    for (start, end), target in targets.items():
        if "paragraph" in breaks[max(target, 0):start - 1]:
            after.setdefault(target, []).extend(range(start, end))
            moved.update(range(start, end))
    out = [flat[index] for index in after.get(-1, [])]
    for index, item in enumerate(flat):
        if index not in moved:
            out.append(item)
        out.extend(flat[line] for line in after.get(index, []))
    return out


def _stands_after(flat: list[tuple[int, PdfLine]], start: int, end: int) -> int | None:
    """The index of the line the box lines `start`..`end` stand after on their page (-1 for
    the document's start), or None where the line read before them does: no line read before
    them on their page stands below their last line, or one does across a column or in another box."""
    page, foot = flat[start][0], min(flat[start:end], key=lambda item: item[1].y)[1]
    region = flat[start][1].region
    back = start - 1
    while back >= 0 and flat[back][0] == page and flat[back][1].y < foot.y - 0.5 * max(foot.size, flat[back][1].size):
        line = flat[back][1]
        if line.region != region or line.box is not None:
            return None
        back -= 1
    if back == start - 1 or back >= 0 and flat[back][0] == page and flat[back][1].region != region:
        return None
    return back


GROUND_SHARE = 2 / 3  # of a page's lines: a shape behind this many is the page's ground, no box on it


def own_blocks(flat: list[tuple[int, PdfLine]], body: Body) -> list[tuple[int, PdfLine]]:
    """The lines, those of a shape whose text is no block of its own given no box: a shape
    is a box ("Let op!") only where its text starts a block and ends one (see `_callout`).
    A pale band behind the last lines of a paragraph that runs on over the page, or behind
    the middle of one, was read as a box: moved after the paragraph's end or splitting it
    mid-sentence; a panel that runs on over a page lost its heading and split its sentence."""
    out = list(flat)
    lines_on = Counter(page for page, line in flat if line.text.strip())
    for start, end in box_runs(flat):
        if not _callout(flat, start, end, body, lines_on):
            out[start:end] = [(page, replace(line, box=None)) for page, line in flat[start:end]]
    return out


def box_runs(flat: list[tuple[int, PdfLine]]) -> list[tuple[int, int]]:
    """Where each run of lines set in one box starts and ends (the box on one page: a box the
    same template draws at the same place on the next page is another)."""
    runs: list[tuple[int, int]] = []
    start = 0
    for index in range(1, len(flat) + 1):
        if index == len(flat) or (flat[index][0], flat[index][1].box) != (flat[start][0], flat[start][1].box):
            if flat[start][1].box is not None:
                runs.append((start, index))
            start = index
    return runs


def _callout(flat: list[tuple[int, PdfLine]], start: int, end: int, body: Body, lines_on: Counter) -> bool:
    """Whether the box lines `start`..`end` frame a block of their own: no table's rows (a
    table's frame, or a bar printed over the text: a web page's cookie bar), no more than
    `GROUND_SHARE` of the page's lines (a tinted column holding the page's text), a first
    line that does not go on from the line before it (an unfinished line, then lower case),
    and a last line that ends a sentence, a heading or a list (the text after it no lower-case
    run-on, unless that text goes on from the line before the box: `_resumes_before`) or the
    document."""
    run = [line for _, line in flat[start:end]]
    if any(line.table or line.cells > 1 for line in run):
        return False
    page = flat[start][0]
    if sum(1 for line in run if line.text.strip()) >= GROUND_SHARE * lines_on[page] and lines_on[page] > 2:
        return False
    first, last = run[0].text.strip(), run[-1].text.strip()
    if start and _unfinished(flat[start - 1][1].text.strip()) and first[:1].islower():
        return False
    if end == len(flat) or ends_sentence(last):
        return True
    after = flat[end][1].text.strip()
    heading = _heading_set(run[-1], body) and heading_shaped(last)
    listed = any(ITEM_START.match(line.text.strip()) for line in run)
    return (heading or listed) and (not after[:1].islower() or _resumes_before(flat, start, end))


def _resumes_before(flat: list[tuple[int, PdfLine]], start: int, end: int) -> bool:
    """Whether the line after the box lines `start`..`end` goes on from the line before them
    rather than from the box: that line is unfinished and stands at the left edge the line
    after the box starts at, which the box's last line does not. A web page printed by a
    browser draws its sidebar ("Direct naar" and a list of links) after the page's column,
    whose last sentence goes on over the page: read as running on into that sentence, the
    box lost its frame and stood in the middle of it ("Uw kind is niet" | the links |
    "meer besmettelijk als ...")."""
    before, last, after = flat[start - 1][1], flat[end - 1][1], flat[end][1]
    return _unfinished(before.text.strip()) and abs(after.x - before.x) <= 1 < abs(after.x - last.x)


def _heading_set(line: PdfLine, body: Body) -> bool:
    return line.size >= body.size * HEADING_SIZE_RATIO or line.bold


def _unfinished(text: str) -> bool:
    return not ends_sentence(text) and not text.endswith(":")


def _list_goes_on(lines: list[tuple[int, PdfLine]], breaks: list[str], index: int) -> bool:
    """Whether line `index` is an item of the list that the paragraph before it holds, set
    as its last item is (a list goes on over a page break as a new paragraph: "c. ...
    honderd." | "d. Loop pas ..."; a numbered heading after a list is set otherwise)."""
    item = lines[index][1]
    if not ITEM_START.match(item.text.strip()):
        return False
    back = index - 1
    while back >= 0 and (back == index - 1 or breaks[back] != "paragraph"):
        line = lines[back][1]
        if ITEM_START.match(line.text.strip()):
            return abs(line.x - item.x) <= 1 and (line.size, line.bold) == (item.size, item.bold)
        back -= 1
    return False


MIN_FRAME_LINES = 2  # a frame beside the text holds a heading and its text, or a wrapped sentence


def framed_beside(flat: list[tuple[int, PdfLine]]) -> list[tuple[int, PdfLine]]:
    """The lines, a text frame floated beside the text without a border given the box its
    lines fill. A word processor draws such a frame (LibreOffice's "Let op!" beside the steps
    of a list) after the page's text, its footer included: the page's last lines go back up
    the page and stand right of lines already read at their height, in the same column, and
    run down from one left edge, two lines or more. A new column is a region of its own, a page's next half (a
    booklet) has no text beside it, and the labels around a picture stand anywhere: none of
    them is a frame."""
    out = list(flat)
    pages: dict[int, list[int]] = {}
    for index, (page, _) in enumerate(flat):
        pages.setdefault(page, []).append(index)
    for page, indices in pages.items():
        start = len(indices)
        while start > 1 and _beside_read(flat, indices, start - 1):
            start -= 1
        run = indices[start:]
        if not run or start == len(indices) or flat[indices[start - 1]][1].y >= flat[run[0]][1].y:
            continue  # the frame goes back up the page, above the line read before it
        lines = [flat[index][1] for index in run]
        if len(lines) < MIN_FRAME_LINES or not _from_one_edge(lines):
            continue  # a frame's lines run down from one left edge; labels around a picture stand anywhere
        box = (min(line.x for line in lines), min(line.y for line in lines) - max(line.size for line in lines),
               max(line.x + CHAR_WIDTH * line.size * len(line.text) for line in lines),
               max(line.y + line.size for line in lines))
        for index in run:
            out[index] = (page, replace(flat[index][1], box=box))
    return out


ITEM_INDENT = 4.0  # ems: a list's items and their wrapped lines stand this far right of the frame's edge at most


def _from_one_edge(lines: list[PdfLine]) -> bool:
    """Whether the lines run down the page from one left edge, the first line's: each at
    that edge, or, in a frame that lists items, indented from it by a list's items and their
    wrapped lines (`ITEM_INDENT`). A browser prints a web page's sidebar ("Gerelateerde
    folders" over a list of links, then "Afspraak maken") after its column; with its list
    indented it was read in place, between the halves of a list item that runs on over the
    page (red team 27's Firefox print)."""
    edge = lines[0].x
    listed = any(ITEM_START.match(line.text.strip()) for line in lines)
    return all(below.y < above.y for above, below in zip(lines, lines[1:])) \
        and all(abs(line.x - edge) <= 1 or listed and 0 < line.x - edge <= ITEM_INDENT * line.size for line in lines)


def _beside_read(flat: list[tuple[int, PdfLine]], indices: list[int], position: int) -> bool:
    """Whether the line at `indices[position]` is a frame's: no box of its own, no table row,
    in the column of the lines read before it, and right of one of them at its height."""
    line = flat[indices[position]][1]
    if line.box or line.table or line.cells > 1 or not line.text.strip():
        return False
    before = [flat[index][1] for index in indices[:position]]
    if not before or before[-1].region != line.region:
        return False
    return any(abs(other.y - line.y) <= other.size + line.size and other.text.strip()
               and other.x + CHAR_WIDTH * other.size * len(other.text.rstrip()) < line.x for other in before) \
        and not any(abs(other.y - line.y) <= 0.5 * line.size and other.x >= line.x for other in before)
