"""How each line ends: it wraps, it breaks, or it ends a paragraph (`line_breaks`).

A vertical gap larger than the body's line spacing ends a paragraph, written as a blank
line; a line that wraps gets a trailing space, the mark that cleaning reads as "continues
on the next line". A heading's style ending, a list item, a table's row and a page break
end lines too; a sentence set under the title in its style (a subtitle) is a line of its own,
and the text of a box the page draws is a paragraph of its own.
"""

from __future__ import annotations

import re

from ingest.clean.lines import CONTINUATION_WORDS, ends_sentence, number_goes_on
from ingest.dates import is_date_line, is_revision_line
from ingest.pdf.geometry import CHAR_WIDTH, PdfLine
from ingest.pdf.style import (Body, HEADING_SIZE_RATIO, ITEM_START, MAX_HEADING_WORDS, PARAGRAPH_GAP_RATIO,
                              heading_shaped)
from ingest.pdf.tables import MIN_TABLE_COLUMNS


def line_breaks(flat: list[tuple[int, PdfLine]], body: Body) -> list[str]:
    """How each line ends: "wrap" (continues), "line" (hard break) or "paragraph"."""
    breaks: list[str] = []
    start = 0
    hanging, flush = _item_wraps(flat)
    indents = paragraph_indents(flat)
    alone = lines_apart(flat)
    for index in range(len(flat)):
        breaks.append("paragraph" if {index, index + 1} & alone and index + 1 < len(flat)
                      else break_after(flat, index, start, body, hanging and not flush, indents, flush))
        if breaks[-1] != "wrap":
            start = index + 1
    return breaks


def _end(line: PdfLine) -> float:
    """Where a line probably ends (glyph widths are guessed, see `Fragment.end`)."""
    return line.x + CHAR_WIDTH * line.size * len(line.text.rstrip())


def lines_apart(flat: list[tuple[int, PdfLine]]) -> set[int]:
    """The indices of short lines set apart as a heading is, in the body's own style: a line of
    a heading's few words that ends well short of its column's width, between a sentence's
    end (or its column's top) and a full line that opens a paragraph in capitals. A line
    wraps only when the next word does not fit; where the next line's first word would have
    fit beside it with room to spare, the line was ended on purpose. A LibreOffice Draw flyer
    whose styles were not applied set its headings ("Voor de operatie") in the body's size
    and weight, one line apart, and each was read as the end of the paragraph above it.
    Where headings are set apart by style, such lines are rare: a label over its text."""
    ends: dict[tuple[int, int, float], list[float]] = {}
    for page, line in flat:
        ends.setdefault((page, line.region, round(line.x)), []).append(_end(line))
    # a column's width: where most of its full lines end, not its widest line (a subtitle or a
    # footer that starts at its margin and runs on over the page)
    measures = {key: sorted(found)[int(MEASURE_SHARE * (len(found) - 1))] for key, found in ends.items()}
    out: set[int] = set()
    for index in range(len(flat) - 1):
        page, line = flat[index]
        next_page, following = flat[index + 1]
        text, next_text = line.text.strip(), following.text.strip()
        measure = measures[page, line.region, round(line.x)]
        if next_page != page or following.region != line.region or abs(following.x - line.x) > 1 \
                or (following.size, following.bold) != (line.size, line.bold) or line.table or following.table \
                or not heading_shaped(text) or not text[:1].isupper() or ends_sentence(text) \
                or _last_word(text) in CONTINUATION_WORDS or not next_text[:1].isupper() \
                or ITEM_START.match(next_text) or _end(following) < measure - FULL_LINE_EMS * line.size:
            continue
        first_word = next_text.split()[0]
        if _end(line) + CHAR_WIDTH * line.size * (len(first_word) + 1) > measure - ROOM_EMS * line.size:
            continue  # the next word might not have fit: the line may have wrapped
        if index and flat[index - 1][0] == page and flat[index - 1][1].region == line.region:
            above = flat[index - 1][1]
            if not ends_sentence(above.text.strip()) or (above.size, above.bold) != (line.size, line.bold) \
                    or abs(above.x - line.x) > 1:
                continue
        out.add(index)
    return out


MEASURE_SHARE = 0.75  # of a column's lines, the share that ends before its width
ROOM_EMS = 1  # room a line leaves at its column's end, beyond its next word, to have ended on purpose
FULL_LINE_EMS = 4  # a full line ends this close to its column's width (a long word may not have fit)


def hanging_items(flat: list[tuple[int, PdfLine]]) -> bool:
    """Whether the document's list items wrap with a hanging indent, their second line
    under the item's text, not under its bullet: then a line back at the bullet after an
    item is no part of it, whatever its case, and none wraps at the bullet in lower case."""
    hanging, flush = _item_wraps(flat)
    return hanging and not flush


def _item_wraps(flat: list[tuple[int, PdfLine]]) -> tuple[bool, bool]:
    """Whether some list item's second line stands right of its label (hanging), and whether
    some item wraps back at its label in lower case (flush)."""
    hanging = flush = False
    for (page, line), (next_page, following) in zip(flat, flat[1:]):
        if not ITEM_START.match(line.text.strip()) or page != next_page or following.region != line.region \
                or ITEM_START.match(following.text.strip()) or not 0 < line.y - following.y <= 2 * line.size:
            continue
        if line.x + 1 < following.x <= line.x + 3 * line.size:
            hanging = True
        elif abs(following.x - line.x) <= 1 and following.text.strip()[:1].islower():
            flush = True
    return hanging, flush


MAX_INDENT_EMS = 3  # a paragraph's first-line indent: one to two and a half ems in typesetters' defaults


def paragraph_indents(flat: list[tuple[int, PdfLine]]) -> frozenset[int]:
    """Where the document's indented paragraphs start (x, rounded): a line that wraps
    mid-sentence onto a line a few ems left of it, in its style, neither a list item (groff's
    -ms and -mom, LaTeX indent a paragraph's first line). Where a list item's text stands
    at that place (see `_item_hangs`), it is an item's, not a paragraph's."""
    starts: set[int] = set()
    hangs = _item_hangs(flat)
    for (page, line), (next_page, following) in zip(flat, flat[1:]):
        text, next_text = line.text.strip(), following.text.strip()
        if page != next_page or following.region != line.region or line.table or following.table \
                or (line.size, line.bold) != (following.size, following.bold) or ITEM_START.match(next_text) \
                or not 0 < line.y - following.y <= 2 * line.size \
                or ends_sentence(text) or not next_text[:1].islower():
            continue
        if ITEM_START.match(text):
            hangs.add(round(following.x))
        elif 1 < line.x - following.x <= MAX_INDENT_EMS * line.size:
            starts.add(round(line.x))
    return frozenset(starts - hangs)


def _item_hangs(flat: list[tuple[int, PdfLine]]) -> set[int]:
    """Where list items' text stands on their later lines (x, rounded): lines right of an
    item's label, in its style, one under the other, that the next item follows, whatever
    their case. The list goes on after them, so they are its item's, not a paragraph after
    the list: groff -ms `.IP` sets an item's text at the paragraph indent, and so does mom
    where PARA_INDENT is the list's text indent, and an item's second sentence there ("Doe
    dit vier weken lang.") was torn off where no item wrapped mid-sentence in lower case."""
    hangs: set[int] = set()
    for index, (page, item) in enumerate(flat):
        if not ITEM_START.match(item.text.strip()):
            continue
        inside: set[int] = set()
        above = item
        for next_page, line in flat[index + 1:]:
            if next_page != page or line.region != item.region or not 0 < above.y - line.y <= 2 * above.size:
                break
            if ITEM_START.match(line.text.strip()):
                if abs(line.x - item.x) <= 1:
                    hangs |= inside
                break
            if line.x <= item.x + 1 or line.table or (line.size, line.bold) != (item.size, item.bold):
                break
            inside.add(round(line.x))
            above = line
    return hangs


def break_after(flat: list[tuple[int, PdfLine]], index: int, start: int, body: Body,
                hanging: bool = False, indents: frozenset[int] = frozenset(), flush_wraps: bool = True) -> str:
    """How line `index` ends, given that its paragraph began at line `start`; `hanging`
    when list items wrap with a hanging indent (see `hanging_items`), `indents` where the
    document's indented paragraphs start (see `paragraph_indents`), `flush_wraps` unless
    no list item is seen to wrap back at its label (see `_item_wraps`)."""
    page, line = flat[index]
    if index + 1 >= len(flat):
        return "paragraph"
    next_page, following = flat[index + 1]
    text, next_text = line.text.strip(), following.text.strip()
    moved = next_page != page or following.region != line.region  # a page or column break
    unfinished = not ends_sentence(text) and not text.endswith(":")
    other_box = line.box != following.box or line.box is not None and next_page != page  # a box on each page
    if other_box and not (unfinished and next_text[:1].islower()):
        # a box's text is a block of its own (see `boxes.own_blocks`); a sentence that runs on
        # past a shape's edge in lower case is one sentence, whatever the page draws behind it
        return "paragraph"
    if line.table and (following.cells > 1 or line.cells > 1 and (following.x <= line.x + 1
                                                                  or moved and not next_text[:1].islower())):
        # a table's row stands alone; an indented line goes on in the cell above it, but not
        # the next column's first line, which opens a paragraph of its own; rows whose
        # cells stand apart follow each other, as cleaning reads the rows of a table
        # (over a page break too, where the table runs on: its rows stay one table)
        over = not moved or next_page != page and following.region == line.region
        wide = over and following.table and min(line.cells, following.cells) >= MIN_TABLE_COLUMNS
        return "line" if wide else "paragraph"
    if following.table and not line.table and not moved:
        return "paragraph"  # a table's first row (its header) is no part of the text above it
    if _ends_heading(flat, start, index, body) or ITEM_START.match(next_text) and not number_goes_on(text, next_text) \
            or not moved and capitals_over_heading(line, following):
        return "paragraph" if moved else "line"
    if moved:
        return "wrap" if unfinished and not _heading_follows(line, following) else "paragraph"
    gap = (line.y - following.y) / max(line.size, following.size, 1.0)
    if gap < 0 and unfinished and next_text[:1].islower() and not _heading_follows(line, following):
        return "wrap"  # back up the page mid-sentence: the next page of a booklet printed two to a sheet
    if gap > body.spacing * PARAGRAPH_GAP_RATIO or gap < 0:
        return "paragraph"
    if _outdented(flat, index) and not (unfinished and next_text[:1].islower()):
        # an item ends where the margin comes back, unless it goes on mid-sentence; where items
        # wrap with a hanging indent, or this one's text stands a tab from its label, the list
        # ends there too, and so it does after a sentence where no item wraps back at its label
        item = _item_of(flat, index)
        ended = not (unfinished or flush_wraps) and next_text[:1].isupper()
        return "paragraph" if item is not None and (hanging or item.tabbed or ended) else "line"
    if not unfinished and next_text[:1].isupper() and _indented_after_item(flat, start, index, indents):
        return "paragraph"
    if _subtitle_follows(flat, index, start, body):
        return "line"
    if not unfinished and is_date_line(next_text) or next_text[:1].isupper() and is_revision_line(next_text):
        # a version or date line after the last sentence, set at the paragraph's spacing (groff
        # mom), is no part of the paragraph: cleaning ran it on ("… zorgverzekeraar. Versie 5 ·
        # november 2025") and the leaflet's date was not read (red team 36). A line that dates
        # the leaflet itself in words that say so ("Laatst bijgewerkt: 18 februari 2026") goes
        # on no line, finished or not: under a cover's sender line (OpTeX sets both as indented
        # paragraphs, no gap between) the two were one paragraph, indexed as text (red team 41)
        return "paragraph"
    if unfinished or next_text[:1].islower():
        return "wrap"
    return "line"


def _heading_follows(line: PdfLine, following: PdfLine) -> bool:
    """Whether the line after a page or column break is set as a heading would be next to
    `line` (larger, or bold where it is not) and is shaped like one: a paragraph goes on
    over the break in its own style, so an unfinished line (a list item, a table's last
    cell) ends there, and the heading at the top of the next page stays a heading."""
    styled = following.size >= line.size * HEADING_SIZE_RATIO or (following.bold and not line.bold)
    return styled and heading_shaped(following.text.strip())


def _subtitle_follows(flat: list[tuple[int, PdfLine]], index: int, start: int, body: Body) -> bool:
    """Whether the lines after title line `index` (its paragraph began at `start`), set in its
    style, are a sentence of their own (a subtitle: "Wat kunt u zelf doen?" under "Bijwerkingen
    van chemotherapie"), not the rest of a title wrapped over two lines: the line ends a
    phrase, the next starts with a capital, and before the style changes they end like a
    sentence, in a heading's few words. A title wraps mid-phrase and goes on in lower case.
    The title is the first text set larger than the body; a section heading over a question
    in its style may be a heading over a sub-heading, and is left as it is."""
    page, line = flat[index]
    text = flat[index + 1][1].text.strip()
    if not is_title(flat, start, body) or not text[:1].isupper() \
            or not heading_shaped(line.text.strip()) or _last_word(line.text) in CONTINUATION_WORDS:
        return False
    words: list[str] = []
    for number, following in flat[index + 1:]:
        if number != page or following.region != line.region \
                or (following.size, following.bold) != (line.size, line.bold):
            return False
        words.extend(following.text.split())
        if len(words) > MAX_HEADING_WORDS:
            return False
        if ends_sentence(following.text.strip()):
            return True
    return False


def is_title(flat: list[tuple[int, PdfLine]], index: int, body: Body) -> bool:
    """Whether line `index` is set larger than the body and is the first line that is."""
    larger = body.size * HEADING_SIZE_RATIO
    return flat[index][1].size >= larger and not any(line.size >= larger for _, line in flat[:index])


def _ends_heading(flat: list[tuple[int, PdfLine]], start: int, index: int, body: Body) -> bool:
    """Whether the style changes after line `index` and the lines since `start` read as
    a heading: set apart (bold or larger) from what follows, short, unfinished as a
    sentence. Bold words inside a paragraph do not count: the run began before them.
    """
    lines = [line for _, line in flat[start:index + 1]]
    following = flat[index + 1][1]
    size_changed = abs(lines[-1].size - following.size) > (HEADING_SIZE_RATIO - 1) * body.size
    if not size_changed and not (all(ln.bold for ln in lines) and not following.bold):
        return False
    text = " ".join(ln.text.strip() for ln in lines)
    ends_clause = size_changed and _last_word(text) in CLAUSE_END_WORDS and following.text.strip()[:1].isupper()
    return heading_shaped(text) and not text.endswith(",") \
        and (_last_word(text) not in CONTINUATION_WORDS or ends_clause)


# Words that run a phrase on ("voor", "door") but also end a clause, as a separable verb's part
# ("Bedplassen komt veel voor") or a preposition left at the end ("What to look out for"): a line
# set larger than the text under it that ends so, over a sentence that starts with a capital, is
# a heading, not a heading run into its paragraph ("Bedplassen komt veel voor Veel kinderen ...").
CLAUSE_END_WORDS = frozenset("voor door om for to with from".split())


def capitals_over_heading(line: PdfLine, following: PdfLine) -> bool:
    """Whether a heading in capitals stands over a heading of its style in ordinary case: two
    headings, the second a sub-heading of the first (mandoc's `.SH BEHANDELING` over `.SS
    Ongecompliceerde diverticulitis`, both bold at the body's size), not one heading wrapped
    over two lines, which keeps its case ("BEHANDELING Ongecompliceerde diverticulitis" was
    one heading, and the next sub-heading lost its parent)."""
    text, next_text = line.text.strip(), following.text.strip()
    return (line.size, line.bold) == (following.size, following.bold) and line.bold \
        and shouted(text) and heading_shaped(text) and heading_shaped(next_text) \
        and next_text[:1].isupper() and any(ch.islower() for ch in next_text)


def shouted(text: str) -> bool:
    """Whether a line is set in capitals: words, not one short abbreviation ("COPD")."""
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and text.upper() == text and (len(text.split()) > 1 or len(letters) > 5)


def _last_word(text: str) -> str:
    words = re.findall(r"[^\W\d_]+", text.lower())
    return words[-1] if words else ""


def _item_of(flat: list[tuple[int, PdfLine]], index: int) -> PdfLine | None:
    """The first line of the list item that line `index` ends (see `_outdented`), or None."""
    for back in range(index, max(index - 30, -1), -1):
        line = flat[back][1]
        if ITEM_START.match(line.text.strip()):
            return line
    return None


def _indented_after_item(flat: list[tuple[int, PdfLine]], start: int, index: int, indents: frozenset[int]) -> bool:
    """Whether line `index` ends a list item that began at line `start` and the next line
    starts right of the item's label, where the document's indented paragraphs start
    (`indents`): no item's text stands there (see `paragraph_indents`), so it opens a
    paragraph after the list. groff mom ends a list and indents the next paragraph's first
    line, which cleaning read as the last item's text. Where items' text stands there too,
    the line opens a paragraph only if it wraps back to the label's place mid-sentence (see
    `_wraps_back`): an item's text wraps under itself."""
    item, following = flat[start][1], flat[index + 1][1]
    return bool(ITEM_START.match(item.text.strip())) and following.x > item.x + 1 \
        and (round(following.x) in indents or _wraps_back(flat, index + 1, item))


def _wraps_back(flat: list[tuple[int, PdfLine]], index: int, item: PdfLine) -> bool:
    """Whether line `index` wraps mid-sentence onto a line at or left of list item `item`'s
    label, in its style: the line is a paragraph's indented first line, not the item's text
    (mom's paragraph after `.LIST OFF` at a PARA_INDENT that is the items' text indent)."""
    if index + 1 >= len(flat):
        return False
    page, line = flat[index]
    next_page, following = flat[index + 1]
    return next_page == page and following.region == line.region and not following.table \
        and (following.size, following.bold) == (line.size, line.bold) \
        and 0 < line.y - following.y <= 2 * line.size and following.x <= item.x + 1 \
        and not ends_sentence(line.text.strip()) and following.text.strip()[:1].islower()


def _outdented(flat: list[tuple[int, PdfLine]], index: int) -> bool:
    """Whether the next line starts left of the list item that line `index` belongs to."""
    following = flat[index + 1][1]
    for back in range(index, max(index - 30, -1), -1):
        page, line = flat[back]
        if page != flat[index][0] or line.region != following.region:
            return False
        if ITEM_START.match(line.text.strip()):
            return following.x <= line.x + 1
        if line.x <= following.x + 1:  # a body line at the margin: not inside an item
            return False
    return False
