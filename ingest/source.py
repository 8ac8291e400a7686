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
    for lines the format itself marks as headings (PDF font sizes).
    """

    text: str
    markup: Markup = "plain"
    page_starts: tuple[int, ...] = ()
    title: str = ""
    url: str = ""
    updated: str = ""
    heading_hints: dict[str, int] = field(default_factory=dict)
