"""A DVI file's text as dvi2tty writes it, read as the plain text it stands for.

Red team 39 found dvi2tty's output (LaTeX → `latex` → dvi2tty) read as it stands: dvi2tty cuts
every line at its width (79 columns) and marks the cut with "*" ending the line and " *"
opening the next, so the marks stayed inside words ("lichaa* *m", "fl* *auwvallen") and one
continuation (" * huid.") became a list item; it sets the spaces of a line under a rule in "_"
(an underlined running header "Huisartsenpraktijk_De_Boomgaard____Bij-_en_wespensteek_" became
the title; a table's header row "Reactie____Wat_ziet_u?____" stayed one word); and it writes
`itemize`'s bullets as "#", so the items ran into one paragraph.

The marks are dvi2tty's own: lines that end in "*" at one width, each followed by a line opening
" *", more than once in a text. Where they show, the two pieces of each cut line join again (a
word the cut split is one word; a cut between words keeps its one space), a line of words
joined by underscores reads as words (each "_" a space, so its columns stay where they were), a
ruled table reads row by row (ingest/dvi2tty_tables.py), a line of underscores alone (a rule)
goes, and a "#" set in as an item's bullet is a bullet. Any other text comes back as it is.
"""

from __future__ import annotations

import re
from collections import Counter

from ingest.dvi2tty_tables import RULE, UNDERSCORED, with_tables

MIN_MARKS = 2  # one line that ends in "*" over one that opens " *" may be chance; two at one width are not
MIN_WIDTH = 40  # dvi2tty's `-w` width: 79 by default; a narrow "*" line over " *" is a list's
CONTINUATION = " *"
# dvi2tty's `\item` bullet: "#" set in, then the item's text after blanks ("  #  Haal …").
_ITEM = re.compile(r"^( +)#( +)(?=\S)")
MIN_ITEMS = 2  # one "#" set in is no list


def wrap_width(text: str) -> int | None:
    """The width at which dvi2tty cut the text's lines, where its marks show: the width of most
    lines that end in "*" with the next line opening " *", when `MIN_MARKS` or more do and no
    line is wider."""
    lines = text.split("\n")
    widths = Counter(_width(line) for line, after in zip(lines, lines[1:])
                     if line.endswith("*") and after.startswith(CONTINUATION))
    if not widths:
        return None
    width, count = widths.most_common(1)[0]
    if count < MIN_MARKS or width < MIN_WIDTH or max(map(_width, lines)) > width:
        return None  # a cut line is the text's widest: no line runs past the width dvi2tty cut at
    return width


def is_dvi2tty(text: str) -> bool:
    """Whether `text` carries dvi2tty's wrap marks (`wrap_width`)."""
    return wrap_width(text) is not None


def dvi2tty_as_plain(text: str) -> str:
    """dvi2tty's text without its wrap marks, underscored spaces, rules and "#" bullets, its
    tables as `| … |` rows; text without its marks comes back as it is."""
    width = wrap_width(text)
    if width is None:
        return text
    lines = with_tables(_unwrapped(text.split("\n"), width))
    lines = [_as_words(line) for line in lines]
    return "\n".join(_with_bullets(lines))


def _unwrapped(lines: list[str], width: int) -> list[str]:
    """The lines with each cut joined again: a piece `width` long ending in "*" and the next
    line's text after its " *" (a piece may be cut again)."""
    joined: list[str] = []
    index = 0
    while index < len(lines):
        piece = lines[index]
        pieces = [piece]  # joined once at the end: a line cut many times is copied once
        while (_width(piece) == width and piece.endswith("*") and index + 1 < len(lines)
               and lines[index + 1].startswith(CONTINUATION)):
            index += 1
            piece = lines[index]
            pieces[-1] = pieces[-1][:-1]
            pieces.append(piece[len(CONTINUATION):])
        joined.append("".join(pieces))
        index += 1
    return joined


def _width(line: str) -> int:
    """A line's width on its page: a form feed opening it (a new page) takes no column."""
    return len(line.lstrip("\f"))


def _as_words(line: str) -> str:
    """A rule as an empty line, a line of underscored words as its words, each "_" a space so
    that its columns stay; any other line as it is. A form feed opening it stays."""
    text = line.lstrip("\f")
    feeds = line[:len(line) - len(text)]
    if RULE.fullmatch(text):
        return feeds
    if "_" in text and UNDERSCORED.fullmatch(text.strip(" ")):  # dvi2tty sets an underlined line's spaces as "_"
        return feeds + text.replace("_", " ").rstrip()
    return line


def _with_bullets(lines: list[str]) -> list[str]:
    """The lines with dvi2tty's "#" item bullets as "•", where `MIN_ITEMS` or more items are
    set in alike; the width stays, so an item's wrapped lines still stand under its text."""
    shapes = Counter(match.groups() for line in lines if (match := _ITEM.match(line)))
    items = {shape for shape, count in shapes.items() if count >= MIN_ITEMS}
    if not items:
        return lines
    return [_ITEM.sub(r"\1•\2", line, count=1) if (match := _ITEM.match(line)) and match.groups() in items else line
            for line in lines]
