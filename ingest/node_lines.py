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
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MIN_NODE_LINES = 12  # a page's text: a few menu items, a title, headings and paragraphs
# A line this long is a paragraph on one line: no text browser or editor wraps at this width.
MIN_UNWRAPPED_CHARS = 120
# What stands between a page's title and the site's name in its `<title>`: "Page - Site", "Page | Site".
_TITLE_SEPARATOR = re.compile(r"\s+[|·•–—-]\s+")


def is_node_per_line(lines: list[str]) -> bool:
    """Whether a text is written a node to a line: many filled lines, no blank line between the
    first and the last, and a line too long to have been wrapped (a paragraph on one line)."""
    filled = [index for index, line in enumerate(lines) if line.strip()]
    if len(filled) < MIN_NODE_LINES or filled[-1] - filled[0] + 1 != len(filled):
        return False
    return any(len(lines[index].strip()) >= MIN_UNWRAPPED_CHARS for index in filled)


def as_paragraphs(lines: list[str]) -> list[str]:
    """The lines with a blank line after each: a line a paragraph. Line `i` is line `2 * i`."""
    return [part for line in lines for part in (line, "")]


@dataclass(frozen=True)
class PageTitle:
    """The two halves of a page's `<title>` line: the page's own title and the site's name."""

    title: str
    site: str


def title_and_site(line: str, below: list[str]) -> PageTitle | None:
    """The halves of a `<title>` line of two ("Page - Site", "Site | Page") where one of them is
    a line of its own `below` it (the page's heading repeats its title), else None."""
    halves = [" ".join(half.split()) for half in _TITLE_SEPARATOR.split(line.strip())]
    if len(halves) != 2 or not all(halves):
        return None
    shown = {" ".join(text.split()).casefold() for text in below}
    for page, site in (halves, halves[::-1]):
        if page.casefold() in shown and site.casefold() not in shown:
            return PageTitle(page, site)
    return None


def titled_page(before: str, after: str) -> PageTitle | None:
    """The halves of the page's `<title>` line (`title_and_site`) where a page's chrome went
    from `before` to `after` and took its first line with it: a scraper writes the `<title>`
    first, over the masthead; a leaflet's own first line that stays is its title or cover."""
    first = next((index for index, line in enumerate(before.split("\n")) if line.strip()), None)
    kept = after.split("\n")
    if first is None or first >= len(kept) or kept[first].strip():
        return None
    return title_and_site(before.split("\n")[first], [line for line in kept if line.strip()])
