"""What a loader hands to cleaning: the text of one file plus what its format says.

Loaders know file formats; everything after them works on this one shape, so a
new format is one new loader and nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Markup = Literal["plain", "markdown"]


@dataclass(frozen=True)
class SourceText:
    """The text of a source file before cleaning.

    `markup` says how to read line breaks and headings: "plain" text is hard-wrapped
    and its headings must be guessed from their shape; "markdown" marks headings with
    `#` and paragraphs with blank lines (HTML is converted to it). `page_starts` holds
    the offset in `text` where each page begins (PDF only; page numbers are 1-based
    positions in this tuple). `heading_hints` maps a line's text to a heading level
    for lines the format itself marks as headings; `heading_at` does the same by the
    offset in `text` where the line starts (PDF layout, where the same words can be
    a heading in one place and a table-of-contents line in another). `first_page`
    is the page number cited for the first page (a part of a longer PDF keeps its
    pages' real numbers). `publisher` is what the document says publishes it.
    `furniture` holds the running headers and footers left out of `text` (a PDF's, or those
    of a word processor's web page), a line each: no passage, but where a leaflet may state
    its date.
    """

    text: str
    markup: Markup = "plain"
    page_starts: tuple[int, ...] = ()
    title: str = ""
    url: str = ""
    updated: str = ""
    heading_hints: dict[str, int] = field(default_factory=dict)
    heading_at: dict[int, int] = field(default_factory=dict)
    first_page: int = 1
    publisher: str = ""
    # Pages (0-based positions among this text's pages) that show only a large image, a
    # scan among pages with text: their words, if any, no search can find.
    scanned_pages: tuple[int, ...] = ()
    # Pages (0-based positions, as above) of a file cut short that could not be read: left
    # empty, so that the others keep their numbers.
    lost_pages: tuple[int, ...] = ()
    # Pages (0-based positions, as above) whose text layer gives glyph codes, not words (a
    # font without ToUnicode): left empty, their words cannot be found until OCR is done.
    unread_pages: tuple[int, ...] = ()
    furniture: str = ""
