"""A web page's text that an older converter left half-converted: HTML5's own tags still in it.

A converter written before HTML5 (unhtml 2.3.9, red team 38) strips the tags it knows (`<p>`,
`<h2>`, `<li>`, `<title>`) and leaves those it does not as they stand: `<header>`, `<nav>`,
`<main>`, `<article>`, `<aside>`, `<footer>`. Between them the page's text is plain: each block
on a line of its own, wrapped as the page's source wrapped it, and no tag left to tell a
heading from a paragraph. Read as HTML it was one paragraph; read as text its site boxes were
leaflet. `is_half_converted` knows such a text by those tags with none of a page's text tags
beside them; `as_plain_text` keeps what the page's `<main>` holds (all where it has none),
drops the boxes HTML5 names as the site's (header, nav, aside, footer: the HTML reader drops
the same) and the tags, and writes a block a line (`ingest.node_lines.unwrapped_nodes`), as
the plain reader reads a scraper's text.
"""

from __future__ import annotations

import re

from ingest.node_lines import unwrapped_nodes

# The elements HTML5 added for a page's parts, which an older converter does not know.
_SECTIONING = frozenset({"header", "nav", "main", "article", "aside", "footer", "section", "figure", "figcaption"})
# The tags of a page's text that every converter knows and strips: where one is left, the text is
# HTML still (or a text that quotes HTML), no converter's leftover.
_TEXT_TAGS = frozenset({"html", "head", "body", "title", "p", "br", "div", "span", "a", "h1", "h2", "h3", "h4", "h5",
                        "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr", "td", "th", "pre", "blockquote"})
MIN_SECTIONING_TAGS = 2  # `<main>` with `<article>`, `<header>` with `<footer>`: one may be a word in angle brackets
_TAG = re.compile(r"</?(?P<name>[a-zA-Z][a-zA-Z0-9]*)(?:\s[^<>]*)?/?>")
_DOCTYPE = re.compile(r"<!doctype\s+html[^<>]*>", re.IGNORECASE)
_MAIN = re.compile(r"<main(?:\s[^<>]*)?>(?P<inside>.*)</main\s*>", re.IGNORECASE | re.DOTALL)
_SITE_BOX = re.compile(r"<(?P<name>header|nav|aside|footer)(?:\s[^<>]*)?>.*?</(?P=name)\s*>", re.IGNORECASE | re.DOTALL)


def is_half_converted(text: str) -> bool:
    """Whether a text is a page's text with HTML5's sectioning tags left in it: two or more of
    them, and no tag of a page's text (a paragraph, a heading, an item) anywhere."""
    names = {match.group("name").lower() for match in _TAG.finditer(text)}
    return len(names & _SECTIONING) >= MIN_SECTIONING_TAGS and not names & _TEXT_TAGS


def as_plain_text(text: str) -> str:
    """The leaflet's text of a half-converted page (see the module's docstring), a block a line."""
    main = _MAIN.search(text)
    inside = main.group("inside") if main else text
    inside = _SITE_BOX.sub("\n", inside)
    inside = _TAG.sub(lambda tag: "\n" if tag.group("name").lower() in _SECTIONING else "", _DOCTYPE.sub("", inside))
    return "\n".join(unwrapped_nodes(inside.split("\n"))) + "\n"
