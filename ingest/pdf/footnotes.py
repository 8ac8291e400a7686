"""Footnotes moved to just after the paragraph that refers to them (`footnotes_after_references`).

Read in place at a page's foot, a footnote broke a paragraph or a list that runs on over
the page break, and its passage was not the one that cites it.
"""

from __future__ import annotations

import re

from ingest.pdf.geometry import PdfLine
from ingest.pdf.paragraphs import line_breaks
from ingest.pdf.style import Body

# A footnote opens with its mark: a superscript number, an asterisk or a dagger.
_FOOTNOTE = re.compile(r"([¹²³⁴⁵⁶⁷⁸⁹⁰]+|\*{1,3}|†)\s*(?=\S)")


def footnotes_after_references(flat: list[tuple[int, PdfLine]], body: Body) -> list[tuple[int, PdfLine]]:
    """The lines, each footnote at a page's foot moved to just after the paragraph that
    refers to it ("... meer mag drinken.¹" then "¹ Bij koorts ..."): read in place, it
    broke a paragraph or a list that runs on over the page break, and its passage was not
    the one that cites it. A footnote stays where it is unless its mark stands after a
    word earlier on its page and the paragraph holding that mark ends before it."""
    breaks = line_breaks(flat, body)
    after: dict[int, list[int]] = {}
    moved: set[int] = set()
    for page in sorted({page for page, _ in flat}):
        lines = [index for index, (number, _) in enumerate(flat) if number == page]
        for block in _page_footnotes(flat, lines, body):
            mark = _FOOTNOTE.match(flat[block[0]][1].text.strip()).group(1)
            cited = re.compile(rf"[\w.,;:!?)\]]{re.escape(mark)}(?![¹²³⁴⁵⁶⁷⁸⁹⁰])")
            reference = next((i for i in lines if i < block[0] and cited.search(flat[i][1].text)), None)
            end = next((i for i in range(reference, block[0]) if breaks[i] == "paragraph"), None) \
                if reference is not None else None
            if end is not None and end + 1 < block[0]:
                after.setdefault(end, []).extend(block)
                moved.update(block)
    order: list[int] = []
    for index in range(len(flat)):
        if index not in moved:
            order += [index, *after.get(index, [])]
    return [flat[index] for index in order]


def _page_footnotes(flat: list[tuple[int, PdfLine]], lines: list[int], body: Body) -> list[list[int]]:
    """The footnotes at the foot of a page (its lines' indices): from the first line that
    opens with a mark, set smaller than the body text (a list of "*" items in the text's size
    is no footnote), every line to the page's end is a footnote's, each opened by its mark.
    A footnote in the text's size (Writer's, from a Word file) counts where a superscript
    number opens it and it stands below all the text before it, at the page's foot; a box
    the page draws after it, higher up, is no part of it (`_at_foot`)."""
    for position, index in enumerate(lines):
        line = flat[index][1]
        mark = _FOOTNOTE.match(line.text.strip())
        if not mark or position == 0:
            continue
        if line.size > body.size - 0.5 and not (mark.group(1)[0] in _SUPERSCRIPTS and _at_foot(flat, lines, position)):
            continue
        tail = [i for i in lines[position:] if flat[i][1].y <= line.y + 1] \
            if line.size > body.size - 0.5 else lines[position:]
        if all(flat[i][1].size <= line.size + 0.5 and not flat[i][1].table for i in tail):
            blocks: list[list[int]] = []
            for i in tail:
                if _FOOTNOTE.match(flat[i][1].text.strip()) or not blocks:
                    blocks.append([i])
                else:
                    blocks[-1].append(i)
            return blocks
    return []


_SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹⁰"


def _at_foot(flat: list[tuple[int, PdfLine]], lines: list[int], position: int) -> bool:
    """Whether the line at `position` of a page stands below every line drawn before it."""
    line = flat[lines[position]][1]
    return all(flat[i][1].y > line.y + 1 for i in lines[:position])
