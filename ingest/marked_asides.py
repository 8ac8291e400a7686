"""A page's `<aside>` that a converter marked in its Markdown, left out as the HTML reader leaves it.

dom-to-semantic-markdown keeps a page's semantic boxes as comments around their Markdown
(`<!-- <aside> -->` … `<!-- </aside> -->`, `<!-- <nav> -->`, `<!-- <time> -->`). Comments are
dropped as no text (`ingest.text.drop_comments`), so a box of related pages ("## Gerelateerde
folders" over two links) was read as the leaflet's last section and came up for questions about
other leaflets (red team 56). The HTML reader drops an `<aside>` unless it is a box of the text
(`ingest.html.furniture.keep_tip_boxes`: prose, with the article going on after it); the marks say
no more than that it is an aside, so the same two signs decide here: an aside of nothing but
headings and links, or one after the leaflet's last words, goes; a tip box inside the text stays.
"""

from __future__ import annotations

import re

_OPEN = re.compile(r"[ \t]*<!--[ \t]*<aside(?:\s[^<>]*)?>[ \t]*-->[ \t]*", re.IGNORECASE)
_CLOSE = re.compile(r"[ \t]*<!--[ \t]*</aside[ \t]*>[ \t]*-->[ \t]*", re.IGNORECASE)
# What a line holds besides its words of prose: a heading, a link or picture (its words with it),
# an HTML tag, a list's mark.
_HEADING = re.compile(r"[ \t]{0,3}#{1,6}(?:[ \t].*)?")
_NO_PROSE = re.compile(r"!?\[[^\]\n]*\]\([^)\n]*\)|<a\b[^<>]*>[^<]*</a>|<[^<>\n]*>|^[ \t]*(?:[-*+]|\d{1,2}[.)])[ \t]")
_WORD = re.compile(r"[^\W\d_]{2,}")


def without_marked_asides(text: str) -> str:
    """`text` without the asides a converter marked (see the module): each line of such an
    aside, its marks included, left empty, so what stood around it stays apart. An aside opened
    and never closed stays as it is."""
    if "<aside" not in text.lower():
        return text
    lines = text.split("\n")
    last_words = _last_prose_line(lines)
    for start, end in _marked_spans(lines):
        if not _has_prose(lines[start + 1:end]) or end >= last_words:
            lines[start:end + 1] = [""] * (end + 1 - start)
    return "\n".join(lines)


def _marked_spans(lines: list[str]) -> list[tuple[int, int]]:
    """The outermost asides' first and last lines (their marks), an aside inside one counted in it."""
    spans: list[tuple[int, int]] = []
    depth, start = 0, 0
    for at, line in enumerate(lines):
        if _OPEN.fullmatch(line):
            start = at if depth == 0 else start
            depth += 1
        elif depth and _CLOSE.fullmatch(line):
            depth -= 1
            if depth == 0:
                spans.append((start, at))
    return spans


def _prose_in(line: str) -> bool:
    """Whether a line says something in words of its own: not a heading, and words left once its
    links, tags, comments and list mark are gone."""
    if _HEADING.fullmatch(line):
        return False
    return bool(_WORD.search(_NO_PROSE.sub(" ", _without_comments(line))))


def _without_comments(line: str) -> str:
    """A line without its HTML comments, read once from left to right (a pattern's lazy search
    for each "<!--" of many unclosed ones read the rest of the line again for each)."""
    kept, at = [], 0
    while (start := line.find("<!--", at)) >= 0:
        end = line.find("-->", start + 4)
        if end < 0:
            break
        kept += [line[at:start], " "]
        at = end + 3
    return "".join(kept) + line[at:]


def _has_prose(lines: list[str]) -> bool:
    return any(_prose_in(line) for line in lines)


def _last_prose_line(lines: list[str]) -> int:
    """The index of the text's last line that holds words, outside any comment and link (-1 for none)."""
    return next((at for at in range(len(lines) - 1, -1, -1) if _prose_in(lines[at])), -1)
