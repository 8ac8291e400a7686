"""Text set in a box the page draws ("Let op!" on a coloured or bordered frame), read as a
block of its own after the paragraph it interrupts (`boxes_after_paragraphs`).

A layout program draws a box where it fits, and the page may draw it before the text
around it has ended: a box at the foot of a page whose last sentence goes on over the page
("Kunt u geen tabletten slikken of werken ze niet goed" | box | "genoeg? Dan krijgt u ..."),
or between two steps of a list. Read in place, the box cut the sentence or the list in two,
and its heading took the text after it. The box is read after that paragraph or list, where
it ends, even on the next page; its heading is left to the box (see `headings.boxed_headings`).
"""

from __future__ import annotations

from dataclasses import replace

from ingest.pdf.geometry import CHAR_WIDTH, PdfLine
from ingest.pdf.paragraphs import line_breaks
from ingest.pdf.style import ITEM_START, Body


def boxes_after_paragraphs(flat: list[tuple[int, PdfLine]], body: Body) -> list[tuple[int, PdfLine]]:
    """The lines, each box that interrupts a paragraph or a list moved to where that
    paragraph or list ends, cited on the page where it does. A box between two paragraphs
    stays where it is. A shape that holds a table's rows is no box: the table's frame, or a
    bar printed over the text (a web page's cookie bar over the line above it), whose
    lines lose their box and are read as they were."""
    flat = framed_beside(list(flat))
    for box in dict.fromkeys(line.box for _, line in flat if line.box):
        start = next(index for index, (_, line) in enumerate(flat) if line.box == box)
        end = start
        while end < len(flat) and flat[end][1].box == box:
            end += 1
        run = flat[start:end]
        if any(line.table or line.cells > 1 for _, line in run):  # a table, or a banner over the text
            flat[start:end] = [(page, replace(line, box=None)) for page, line in run]
            continue
        if start == 0 or end == len(flat):
            continue
        rest = flat[:start] + flat[end:]
        breaks = line_breaks(rest, body)
        if breaks[start - 1] != "wrap" and not _list_goes_on(rest, breaks, start):
            continue
        close = next(index for index in range(start, len(rest)) if breaks[index] == "paragraph")
        page = rest[close][0]
        flat = rest[:close + 1] + [(page, line) for _, line in run] + rest[close + 1:]
    return flat


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
    pages = dict.fromkeys(page for page, _ in flat)
    for page in pages:
        indices = [index for index, (number, _) in enumerate(flat) if number == page]
        start = len(indices)
        while start > 1 and _beside_read(flat, indices, start - 1):
            start -= 1
        run = indices[start:]
        if not run or start == len(indices) or flat[indices[start - 1]][1].y >= flat[run[0]][1].y:
            continue  # the frame goes back up the page, above the line read before it
        lines = [flat[index][1] for index in run]
        if len(lines) < MIN_FRAME_LINES \
                or any(below.y >= above.y or abs(below.x - lines[0].x) > 1 for above, below in zip(lines, lines[1:])):
            continue  # a frame's lines run down from one left edge; labels around a picture stand anywhere
        box = (min(line.x for line in lines), min(line.y for line in lines) - max(line.size for line in lines),
               max(line.x + CHAR_WIDTH * line.size * len(line.text) for line in lines),
               max(line.y + line.size for line in lines))
        for index in run:
            out[index] = (page, replace(flat[index][1], box=box))
    return out


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
