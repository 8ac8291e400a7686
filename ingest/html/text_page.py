"""A page that only shows a text file: its one `<pre>`, read as the text it holds.

Some tools make a page of a text by wrapping it whole in `<pre>` (qti-package-maker's
human-readable quiz, red team 62; text viewers and "save as HTML" of a .txt). Read as a page, its
lines ran into one another ("2. FastingFasting means …", a tabulate grid as one line of box
characters) and it had no title or sections; read as the plain text it is, the text reader
finds its title, headings, lists and table. A page with any words outside its `<pre>`, more than
one `<pre>`, a listing of code (`<code>` in it, a class naming a program's language), or marks
in it other than a link's, a stress's or a break's is a page.
"""

from __future__ import annotations

from dataclasses import dataclass

import lxml.html
from lxml.etree import ParserError

from ingest.code_blocks import is_code_class

_UNSHOWN = ("script", "style", "noscript", "template", "head")
# What a text shown as a page may mark in it: a link, a stress, a break. Coloured runs (ansi2html's
# `<span>`s of a diff, red team 53) or insertions make another page, with its own reader.
_TEXT_MARKS = frozenset({"a", "b", "strong", "i", "em", "u", "br"})


@dataclass(frozen=True)
class TextPage:
    """The text a page of one `<pre>` shows, and the page's `<title>` ("" where it has none)."""

    text: str
    title: str = ""


def preformatted_text(page: str) -> TextPage | None:
    """The text of a page whose body shows one `<pre>` and nothing else (see above), or None."""
    if "<pre" not in page.lower():
        return None
    try:
        tree = lxml.html.document_fromstring(page)
    except (ParserError, ValueError):
        return None
    body = tree.find("body")
    listings = body.xpath(".//pre") if body is not None else []
    if len(listings) != 1 or is_code_class(listings[0].get("class", "")) \
            or any(mark.tag not in _TEXT_MARKS for mark in listings[0].iterdescendants()):
        return None
    text = listings[0].text_content()
    listings[0].drop_tree()
    for unshown in body.xpath(" | ".join(f".//{tag}" for tag in _UNSHOWN)):
        unshown.drop_tree()
    if not text.strip() or body.text_content().strip():
        return None
    title = tree.find(".//title")
    return TextPage(text, " ".join(title.text_content().split()) if title is not None else "")
