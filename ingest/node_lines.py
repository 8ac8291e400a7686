"""A web page's text written a text node to a line, with no blank line anywhere.

BeautifulSoup's `get_text("\\n", strip=True)`, the most common scraper's output, and lxml's or
selectolax's text joined by newlines set every text node on a line of its own and leave no blank
line between blocks: a paragraph is one long line, and a cookie notice, each menu item, each
step of a breadcrumb, each share link and each footer link is a short one. Read by paragraphs
(blank lines), the whole page was one paragraph, and no box of the site's could be told apart
from the leaflet (red team 37: the cookie notice, menu and breadcrumb opened the first passage,
the share links and related pages stood as a passage of their own). In such a text a line is
the unit a paragraph is elsewhere (`as_paragraphs`).

The page's `<title>` opens such a text ("Jeuk door de eikenprocessierups - GGD
Gelderland-Midden"): the page's own title beside the site's name, as the HTML loader reads a
`<title>` (`ingest.html.headings.named_half`); `title_and_site` tells the two halves apart by
the page's heading, which repeats the page's half.

A scraper that takes the text nodes of a page written with its lines wrapped (pandoc's HTML,
parsel's `//text()`, red team 38) keeps each node's line breaks: a paragraph is a run of lines
of one width, and a heading whose tag made its line short wraps over two ("Hoe voorkomt u
besmetting" / "thuis?"). `unwrapped_nodes` joins such runs back into the node they were.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MIN_NODE_LINES = 12  # a page's text: a few menu items, a title, headings and paragraphs
# A line this long is a paragraph on one line: no text browser or editor wraps at this width.
MIN_UNWRAPPED_CHARS = 120
# What stands between a page's title and the site's name in its `<title>`: "Page - Site", "Page | Site".
TITLE_SEPARATOR = re.compile(r"\s+[|·•–—-]\s+")


def is_node_per_line(lines: list[str]) -> bool:
    """Whether a text is written a node to a line: many filled lines, no blank line between the
    first and the last, and a line too long to have been wrapped (a paragraph on one line)."""
    filled = [index for index, line in enumerate(lines) if line.strip()]
    if len(filled) < MIN_NODE_LINES or not is_unbroken(lines):
        return False
    return any(len(lines[index].strip()) >= MIN_UNWRAPPED_CHARS for index in filled)


# What ends a node's clause at a line's end: a lower-case line after it opens a node of its own
# (a list's item after "…als:" or "…;"), where after any other end it went on the same sentence.
_CLAUSE_END = re.compile(r"[.!?:;…][\"'”’)\]]*$")
PROSE_LETTERS = 40  # shorter lines (menu items, headings) say nothing of the wrap width
MIN_FULL_SHARE = 0.75
OPENING_TAG = 4  # a node's first line was wrapped with its tag before it ("<p>", "<li>"), which is gone  # of the wrap width: a line this long that the next word would overrun was wrapped


def unwrapped_nodes(lines: list[str]) -> list[str]:
    """The filled lines of a text written a node to a line whose nodes kept their wrap, a node a
    line: a line goes on the one before where that one ends no clause and either was full (the
    next line's first word would have overrun the wrap width, the 90th percentile of its
    longer lines) or is
    a lower-case line that closes its node (it ends a clause, or a capital line follows: a
    heading's last word, "thuis?"). A lower-case line followed by another is a table's cell or an
    item ("veteranenziekte" over "longontsteking met …"), a node of its own. Blank lines go."""
    filled = [" ".join(line.split()) for line in lines if line.strip()]
    lengths = sorted(len(line) for line in filled if len(line) >= PROSE_LETTERS)
    width = lengths[int(0.9 * (len(lengths) - 1))] if lengths else 0
    nodes: list[str] = []
    last = ""  # the last line joined, whose length tells whether it was full
    for index, line in enumerate(filled):
        following = filled[index + 1] if index + 1 < len(filled) else ""
        full = MIN_FULL_SHARE * width <= len(last) <= width < len(last) + 1 + len(line.split()[0]) + OPENING_TAG
        closes = bool(_CLAUSE_END.search(line)) or not following or following[0].isupper()
        if nodes and not _CLAUSE_END.search(last) and (full or line[0].islower() and closes):
            nodes[-1] += " " + line
        else:
            nodes.append(line)
        last = line
    return nodes


def is_unbroken(lines: list[str]) -> bool:
    """Whether no blank line stands between a text's first filled line and its last."""
    filled = [index for index, line in enumerate(lines) if line.strip()]
    return not filled or filled[-1] - filled[0] + 1 == len(filled)


def as_paragraphs(lines: list[str]) -> list[str]:
    """The lines with a blank line after each: a line a paragraph. Line `i` is line `2 * i`."""
    return [part for line in lines for part in (line, "")]


@dataclass(frozen=True)
class PageTitle:
    """The two halves of a page's `<title>` line: the page's own title and the site's name."""

    title: str
    site: str


def title_halves(line: str) -> list[str]:
    """A `<title>` line cut at its separators ("Page | Site", "Page – Site"), each part with
    its spaces made single; one part where it has none."""
    return [" ".join(half.split()) for half in TITLE_SEPARATOR.split(line.strip())]


def title_and_site(line: str, below: list[str]) -> PageTitle | None:
    """The halves of a `<title>` line of two ("Page - Site", "Site | Page") where one of them is
    a line of its own `below` it (the page's heading repeats its title), else None.

    A heading wrapped over two lines shows its half too (red team 48, a narrow column). Where
    both halves show, the site's name is the one shown first (its masthead) and the page's title
    the one its heading shows after it."""
    halves = title_halves(line)
    if len(halves) != 2 or not all(halves):
        return None
    filled = [" ".join(text.split()).casefold() for text in below if text.strip()]
    shown = set(filled)
    for page, site in (halves, halves[::-1]):
        if page.casefold() in shown and site.casefold() not in shown and not _wrapped_at(site, filled):
            return PageTitle(page, site)
    where = [filled.index(half.casefold()) if half.casefold() in shown else _wrapped_at(half, filled)
             for half in halves]
    if None in where or where[0] == where[1]:
        return None
    return PageTitle(halves[0], halves[1]) if where[0] > where[1] else PageTitle(halves[1], halves[0])


def _wrapped_at(half: str, filled: list[str]) -> int | None:
    """Where a title's half stands wrapped over two lines of `filled` (casefolded), else None."""
    wanted = half.casefold()
    return next((index for index, (upper, lower) in enumerate(zip(filled, filled[1:]))
                 if f"{upper} {lower}" == wanted), None)


def titled_page(before: str, after: str) -> PageTitle | None:
    """The halves of the page's `<title>` line (`title_and_site`) where a page's chrome went
    from `before` to `after` and took its first line with it: a scraper writes the `<title>`
    first, over the masthead; a leaflet's own first line that stays is its title or cover."""
    first = next((index for index, line in enumerate(before.split("\n")) if line.strip()), None)
    kept = after.split("\n")
    if first is None or first >= len(kept) or kept[first].strip():
        return None
    return title_and_site(before.split("\n")[first], [line for line in kept if line.strip()])
