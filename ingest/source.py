"""What a loader hands to cleaning: the text of one file plus what its format says.

Loaders know file formats; everything after them works on this one shape, so a
new format is one new loader and nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
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
    # The file showed a change between two versions (a diff, a redline, tracked changes):
    # its reader kept the new version's text and left the deleted text and change marks out.
    review_copy: bool = False


def without_line_runs(source: SourceText, runs: list[tuple[int, int]]) -> SourceText:
    """`source` without the runs of lines `runs` ((first, last) line numbers, 0-based, in order,
    not overlapping): what a reader of a record's or a letter's head leaves out, its page and
    heading offsets shifted to match, so that pages and headings still start where they did."""
    lines = source.text.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    cuts = [(starts[first], starts[last + 1]) for first, last in runs]
    text = "".join(source.text[end:next_start] for (_, end), (next_start, _) in
                   zip([(0, 0), *cuts], [*cuts, (len(source.text), 0)]))
    return replace(source, text=text,
                   page_starts=tuple(_shifted(offset, cuts) for offset in source.page_starts),
                   heading_at={_shifted(offset, cuts): level for offset, level in source.heading_at.items()})


def _shifted(offset: int, cuts: list[tuple[int, int]]) -> int:
    """Where `offset` lands once the spans `cuts` are taken out of the text."""
    return offset - sum(min(end, offset) - start for start, end in cuts if start < offset)
