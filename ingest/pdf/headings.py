"""Heading levels (`heading_levels`).

A paragraph set bold or larger than the body text, short and not ending like a
sentence, is a heading; numbered headings ("2. Wanneer mag u ...") rank above
unnumbered ones at the same size. A title wrapped over two lines is one heading,
but a sentence set under it in its style (a subtitle: "Wat kunt u zelf doen?") is
the leaflet's first paragraph, not part of the title nor a second one (`subtitles_apart`);
a box's heading does not take the text after the box (`boxed_headings`).
An OCR layer sets each line's size from its height, so its headings come out only a
point or two larger than its body; they are read by how they stand (`scanned_headings`).
"""

from __future__ import annotations

import re
from collections import Counter

from ingest.clean.lines import CONTINUATION_WORDS, ends_sentence
from ingest.pdf.geometry import PdfLine
from ingest.pdf.paragraphs import capitals_over_heading, is_title, shouted
from ingest.pdf.style import (Body, HEADING_SIZE_RATIO, ITEM_START, NUMBERED, PARAGRAPH_GAP_RATIO, SUBNUMBERED,
                              heading_shaped)


def heading_levels(flat: list[tuple[int, PdfLine]], breaks: list[str], body: Body) -> dict[int, int]:
    """Heading level by the index of the first line of each heading paragraph.

    Larger sizes rank first (1 = largest); at body size, bold numbered headings
    rank next, then sub-numbered and unnumbered bold ones. A numbered paragraph
    at body size that stands alone (gaps around it, not in a list) counts too.
    """
    paragraphs = _paragraphs(flat, breaks)
    larger = sorted({flat[i][1].size for p in paragraphs for i in p
                     if flat[i][1].size >= body.size * HEADING_SIZE_RATIO}, reverse=True)
    rank = {size: level for level, size in enumerate(larger, start=1)}
    levels: dict[int, int] = {}
    for number, indices in enumerate(paragraphs):
        lines = [flat[i][1] for i in indices]
        text = " ".join(" ".join(ln.text for ln in lines).split())
        if not heading_shaped(text) or len({flat[i][0] for i in indices}) > 1 \
                or any(ln.cells > 1 for ln in lines):
            continue
        size = min(ln.size for ln in lines)
        if _subtitle(paragraphs, number, flat, levels, text, body):
            continue
        if size in rank:
            levels[indices[0]] = rank[size]
        elif all(ln.bold for ln in lines) or _alone_and_numbered(paragraphs, number, flat, breaks, text):
            sub = 2 if SUBNUMBERED.match(text) or not NUMBERED.match(text) else 1
            levels[indices[0]] = len(larger) + sub
    levels = _title_a_point_larger(levels, flat, larger)
    return boxed_headings(_asides_apart(_under_capitals(_captions_apart(levels, flat, breaks), flat), flat), flat)


def _title_a_point_larger(levels: dict[int, int], flat: list[tuple[int, PdfLine]],
                          larger: list[float]) -> dict[int, int]:
    """The levels, the first heading ranked over the others where it is the only one set
    larger than the rest, on the first page, though by less than `HEADING_SIZE_RATIO`: a cover
    title at 11 points bold over sections at 10 bold (red team 45, pdfly) ranked with the sections,
    and the sender's line under it was read as that section's text, not the cover. Only where no
    heading is set larger than the ratio and none is numbered at the top rank already."""
    if larger or len(levels) < 2:
        return levels
    first, *others = sorted(levels)
    size = flat[first][1].size
    if flat[first][0] != flat[0][0] or any(levels[index] < levels[first] for index in others) \
            or any(flat[index][1].size >= size for index in others):
        return levels
    top = min(levels[index] for index in others)
    return {index: (1 if index == first else level - top + 2) for index, level in levels.items()}


MIN_HEADER_CELLS = 2
MIN_CELL_ROWS = 2  # rows under a header written a cell to a line, as `cell_lines` reads a table


def header_cells_apart(flat: list[tuple[int, PdfLine]], breaks: list[str],
                       levels: dict[int, int]) -> tuple[dict[int, int], list[str]]:
    """The levels, less a table's header that a printer wrote a cell to a line, bold, and the
    breaks, each cell's as the rows' are (a bold line's style set it a paragraph apart).

    HTML::FormatPS sets a table's cells one under the other, its header cells bold at the body's
    size: "Situatie" and "Advies" each read as a heading, the first over nothing (its word was in
    no passage) and the second over the rows (red team 36). Headings of one level, one line each,
    one right under the other, over at least two rows' lines that end no sentence, are cells:
    left as lines, `cell_lines` reads the table they head. A row's cell at a page's foot was
    read on into the next page's; it breaks as the other rows do."""
    out, broken = dict(levels), list(breaks)
    starts = sorted(levels)
    at = 0
    while at < len(starts):
        run = [starts[at]]
        while at + len(run) < len(starts) and starts[at + len(run)] == run[-1] + 1 \
                and levels[run[-1] + 1] == levels[run[0]] and breaks[run[-1]] != "wrap":
            run.append(run[-1] + 1)
        at += len(run)
        under = _cell_lines_under(levels, flat, run[-1] + 1)
        if len(run) < MIN_HEADER_CELLS or breaks[run[-1]] == "wrap" or len(under) < len(run) * MIN_CELL_ROWS \
                or not all(flat[index][1].bold for index in run):
            continue
        rows_break = Counter(breaks[index] for index in under[:-1]).most_common(1)[0][0]
        for index in run:
            del out[index]
            broken[index] = rows_break
        for index in under[:-1]:
            if flat[index][0] != flat[index + 1][0]:
                broken[index] = rows_break
    return out, broken


def _cell_lines_under(levels: dict[int, int], flat: list[tuple[int, PdfLine]], start: int) -> list[int]:
    """The lines from `start` on, up to a heading, that read as a cell: a few words, no sentence."""
    end = start
    while end < len(flat) and end not in levels:
        text = flat[end][1].text.strip()
        if ends_sentence(text) or ITEM_START.match(text) or not heading_shaped(text) or flat[end][1].cells > 1:
            break
        end += 1
    return list(range(start, end))


# A caption's word and its number or colon: "Tabel: hoeveel ORS", "Table 2. Doses", "Figuur 3".
_CAPTION = re.compile(r"^(?:tabel|table|tabelle|figuur|figure|fig\.|afbeelding|abbildung|grafiek|schema|"
                      r"illustratie|illustration)(?:\s*[:.]|\s+\d{1,3}[a-z]?(?:[:.]|\s|$))", re.IGNORECASE)


def _captions_apart(levels: dict[int, int], flat: list[tuple[int, PdfLine]], breaks: list[str]) -> dict[int, int]:
    """The levels, with a table's or figure's caption set under the section it stands in
    where it outranked the heading after it. A caption is often set larger than the section
    headings ("Tabel: hoeveel ORS, en loperamide", 14 pt over 13 pt ones) and, by size, took
    every later section as its child. It is one by its word ("Tabel 2", "Figuur:"), or as a
    level used only once, right over a table's rows, between headings of one lower level."""
    out = dict(levels)
    starts = sorted(levels)
    for at in range(1, len(starts) - 1):  # the first heading is the title; the last has no children
        index, before, after = starts[at], levels[starts[at - 1]], levels[starts[at + 1]]
        level = levels[index]
        if level >= after:
            continue
        text = flat[index][1].text.strip()
        alone = list(levels.values()).count(level) == 1 and before == after
        if _CAPTION.match(text) or (alone and _over_table(flat, breaks, index)):
            out[index] = max(before + 1, after)
    return out


def _over_table(flat: list[tuple[int, PdfLine]], breaks: list[str], index: int) -> bool:
    """Whether the line under the heading that starts at `index` is a table's row, on its page."""
    end = _heading_lines(breaks, index).stop
    return end < len(flat) and flat[end][0] == flat[index][0] and flat[end][1].cells > 1


def _under_capitals(levels: dict[int, int], flat: list[tuple[int, PdfLine]]) -> dict[int, int]:
    """The levels, the headings that a heading in capitals opens one level under it: where
    it stands right over a heading of its own level in ordinary case (see
    `capitals_over_heading`), that heading and those after it in ordinary case, up to the next
    heading in capitals of that level. A manual page sets its sections (`.SH`) and their
    sub-sections (`.SS`) alike, bold at the body's size, and only case tells them apart; a
    leaflet that sets one heading in capitals ("CONTACT") among the others opens nothing."""
    out = dict(levels)
    starts = sorted(levels)
    opened: int | None = None  # the level of the heading in capitals whose sub-headings follow
    for at, index in enumerate(starts):
        level, line = levels[index], flat[index][1]
        if shouted(line.text.strip()):
            following = starts[at + 1] if at + 1 < len(starts) else None
            opened = level if following is not None and levels[following] == level \
                and not shouted(flat[following][1].text.strip()) \
                and capitals_over_heading(line, flat[following][1]) else None
        elif opened is not None and level == opened:
            out[index] = level + 1
        elif opened is not None and level < opened:
            opened = None
    return out


def boxed_headings(levels: dict[int, int], flat: list[tuple[int, PdfLine]]) -> dict[int, int]:
    """The levels, less the heading of a box the page draws ("Let op!") that holds sentences
    of its own and is followed by text that is no heading: as a heading it took that text, the
    rest of the section the box stands in (see `boxes_after_paragraphs`), as its own; it stays
    the box's first line. A heading alone in a box (a coloured bar behind it) stays one, and so
    does one whose box's text goes on after it (a panel that runs on over the page: what
    follows is the rest of its own section). A heading further down the box goes alike: a web
    page's sidebar ("Gerelateerde folders" ... "Afspraak maken" over a sentence) gave its last
    heading the section's text after it (red team 27)."""
    out = dict(levels)
    for index in sorted(levels)[1:]:  # the first heading is the leaflet's title, whatever frames it
        page, box = flat[index][0], flat[index][1].box
        if box is None:
            continue
        end = index
        while end < len(flat) and (flat[end][0], flat[end][1].box) == (page, box):
            end += 1
        sentences = any(ends_sentence(flat[i][1].text.strip()) for i in range(index + 1, end) if i not in levels)
        if sentences and end < len(flat) and end not in levels and not _runs_on(flat, end):
            del out[index]
    return out


def _runs_on(flat: list[tuple[int, PdfLine]], index: int) -> bool:
    """Whether line `index` goes on from the unfinished line before it, in lower case."""
    before, text = flat[index - 1][1].text.strip(), flat[index][1].text.strip()
    return not ends_sentence(before) and not before.endswith(":") and text[:1].islower()


def _asides_apart(levels: dict[int, int], flat: list[tuple[int, PdfLine]]) -> dict[int, int]:
    """A heading in a box beside the text ("In het kort", "Contact") at the level of the
    text's own sections, not under whichever section the page's column ended in."""
    main = sorted(level for index, level in levels.items() if not flat[index][1].aside)
    if not main:
        return levels
    section = main[1] if len(main) > 1 and main[0] < main[1] else main[0]  # below a title of its own
    return {index: min(level, section) if flat[index][1].aside else level for index, level in levels.items()}


def _subtitle(paragraphs: list[list[int]], number: int, flat: list[tuple[int, PdfLine]],
              levels: dict[int, int], text: str, body: Body) -> bool:
    """Whether a paragraph is a sentence set right under the title in its style, larger than
    the body: a subtitle ("Wat kunt u zelf doen?"), text that opens the leaflet, not a second
    title (two would leave the leaflet with none). Under a section heading such a question
    may be a sub-heading (EMA's "Wanneer mag u dit middel niet gebruiken?"): it is left alone."""
    if number == 0 or not ends_sentence(text) or paragraphs[number - 1][0] not in levels \
            or not is_title(flat, paragraphs[number - 1][0], body):
        return False
    above, here = paragraphs[number - 1], paragraphs[number]
    styles = {(flat[i][1].size, flat[i][1].bold) for i in above + here}
    return flat[above[-1]][0] == flat[here[0]][0] and len(styles) == 1


def subtitles_apart(flat: list[tuple[int, PdfLine]], breaks: list[str], headings: dict[int, int],
                     body: Body) -> list[str]:
    """The breaks, with a paragraph after each subtitle (`_subtitle`): it stands apart from
    the text under it, as it does on the page, and does not run on into its first sentence."""
    paragraphs = _paragraphs(flat, breaks)
    out = list(breaks)
    for number, indices in enumerate(paragraphs):
        text = " ".join(" ".join(flat[i][1].text for i in indices).split())
        if indices[0] not in headings and heading_shaped(text) \
                and _subtitle(paragraphs, number, flat, headings, text, body):
            out[indices[-1]] = "paragraph"
    return out


def _paragraphs(flat: list[tuple[int, PdfLine]], breaks: list[str]) -> list[list[int]]:
    """Line indices grouped into runs joined by wraps."""
    groups: list[list[int]] = [[]]
    for index, kind in enumerate(breaks):
        groups[-1].append(index)
        if kind != "wrap":
            groups.append([])
    return [group for group in groups if group]


def _alone_and_numbered(paragraphs: list[list[int]], number: int, flat: list[tuple[int, PdfLine]],
                        breaks: list[str], text: str) -> bool:
    """A numbered title line with paragraph gaps on both sides, not inside a list."""
    if not NUMBERED.match(text) or not text[text.index(" ") + 1:][:1].isupper():
        return False
    first, last = paragraphs[number][0], paragraphs[number][-1]
    before = breaks[first - 1] if first else "paragraph"
    previous = flat[first - 1][1].text.strip() if first else ""
    return before == "paragraph" and breaks[last] == "paragraph" and not previous.endswith(":")


OCR_HEADING_RATIO = 1.05  # an OCR'd line this much larger than its page's body, and larger still: heading size


def scanned_headings(flat: list[tuple[int, PdfLine]], breaks: list[str], headings: dict[int, int],
                     body: Body) -> tuple[dict[int, int], list[str]]:
    """The headings and breaks, with the headings of pages read from an OCR layer added.

    An OCR program sets each line's size from the height of its line box, so a heading set
    a size or two above the body comes out a point larger (12 against 11), under the ratio
    that sets headings apart in a typeset PDF, and its body lines vary by a point among
    themselves. On such a page a heading is a line that stands as one: a paragraph gap
    above it (or the page's start), heading-shaped and starting with a capital, set larger
    than that page's own body text and than the line under it, which starts afresh (a
    capital or a list item's mark). A paragraph's first line goes on in the next one and
    is set as large as it. Such a heading is the peer of the smallest heading the
    document sets larger (its size read short), or under the title where only that is
    larger; it ends its line, as the text under it does not run on from it."""
    levels, out = dict(headings), list(breaks)
    inside = {i for start in headings for i in _heading_lines(breaks, start)}
    page_body = _page_bodies(flat)
    larger = sorted({line.size for _, line in flat if line.size >= body.size * HEADING_SIZE_RATIO}, reverse=True)
    level = len(larger) if len(larger) > 1 else len(larger) + 1
    for index, (page, line) in enumerate(flat):
        if not line.ocr or index in inside or index + 1 >= len(flat) \
                or not (_stands_as_heading(flat, breaks, index, body, page_body[page])
                        or _set_apart(flat, breaks, index, body)):
            continue
        levels[index] = level
        out[index] = "paragraph"
    return levels, out


def _heading_lines(breaks: list[str], start: int) -> range:
    end = start
    while end < len(breaks) - 1 and breaks[end] == "wrap":
        end += 1
    return range(start, end + 1)


def _page_bodies(flat: list[tuple[int, PdfLine]]) -> dict[int, float]:
    """The size most of each page's characters are set in."""
    sizes: dict[int, Counter[float]] = {}
    for page, line in flat:
        sizes.setdefault(page, Counter())[line.size] += len(line.text.strip())
    return {page: counts.most_common(1)[0][0] for page, counts in sizes.items()}


OCR_HEADING_GAP_RATIO = 1.3  # a heading's gap above it, at least this many times the gap under it
OCR_HEADING_SHARE = 0.6  # of its page's longest line, at most, a heading that the reader ran on
_OCR_BULLET = re.compile(r"^[a-z]\s+[A-Z]")  # a bullet OCR read as a letter: "e U loopt …"


def _set_apart(flat: list[tuple[int, PdfLine]], breaks: list[str], index: int, body: Body) -> bool:
    """Whether OCR'd line `index` is a heading set at the body's size (bold, which an OCR layer
    loses, as groff's `ms` sets its headings): heading-shaped and one cell, after a paragraph gap
    that is wider than the gap under it, over a line that starts afresh. tesseract's one
    invisible font gave "Waarom deze operatie?" and "De operatie" no size of their own, and
    each section ran into the one before (red team 24). A one-line paragraph stands as far from
    the text under it as from the text above; a paragraph's first line, set apart as much, is
    long and runs on into the next."""
    page, line = flat[index]
    next_page, following = flat[index + 1]
    if index == 0 or flat[index - 1][0] != page or next_page != page or line.cells > 1 \
            or not _heading_text(line.text.strip()) or breaks[index - 1] == "wrap":
        return False
    next_text = following.text.strip()
    if not (next_text[:1].isupper() or next_text[:1].isdigit() or ITEM_START.match(next_text)
            or _OCR_BULLET.match(next_text)):
        return False
    longest = max(len(other.text.strip()) for number, other in flat if number == page)
    if len(line.text.strip()) > OCR_HEADING_SHARE * longest and breaks[index] == "wrap":
        return False  # a paragraph's first line, which runs on into the next
    above = flat[index - 1][1]
    gap_above = (above.y - line.y) / max(above.size, line.size, 1.0)
    gap_below = (line.y - following.y) / max(line.size, following.size, 1.0)
    return above.region == line.region and gap_above > body.spacing * PARAGRAPH_GAP_RATIO \
        and gap_above > gap_below * OCR_HEADING_GAP_RATIO


def _heading_text(text: str) -> bool:
    """Whether a line's words read as a heading: short, no sentence's end, a capital or a
    number first, no list item, not ending in a word that goes on ("en", "of")."""
    return heading_shaped(text) and bool(text[:1].isupper() or NUMBERED.match(text)) \
        and not (ITEM_START.match(text) and not NUMBERED.match(text)) \
        and text.split()[-1].lower() not in CONTINUATION_WORDS


def _stands_as_heading(flat: list[tuple[int, PdfLine]], breaks: list[str], index: int, body: Body,
                       page_body: float) -> bool:
    """Whether OCR'd line `index` stands as a heading (see `scanned_headings`)."""
    page, line = flat[index]
    next_page, following = flat[index + 1]
    text, next_text = line.text.strip(), following.text.strip()
    if not heading_shaped(text) or not (text[:1].isupper() or NUMBERED.match(text)) \
            or ITEM_START.match(text) and not NUMBERED.match(text) \
            or text.split()[-1].lower() in CONTINUATION_WORDS:
        return False
    if line.size <= page_body or line.size < page_body * OCR_HEADING_RATIO or 1 < line.cells == following.cells:
        return False  # a table's header row over its rows ("Periode  Wat mag weer"), read a point larger
    if next_page != page or following.size >= line.size \
            or not (next_text[:1].isupper() or next_text[:1].isdigit() or ITEM_START.match(next_text)):
        return False
    if index == 0 or flat[index - 1][0] != page:
        return index == 0 or breaks[index - 1] != "wrap"
    above = flat[index - 1][1]
    gap = (above.y - line.y) / max(above.size, line.size, 1.0)
    return breaks[index - 1] != "wrap" and gap > body.spacing * PARAGRAPH_GAP_RATIO and above.region == line.region
