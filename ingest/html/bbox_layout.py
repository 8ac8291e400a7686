"""A PDF's text as poppler's `pdftotext -bbox-layout` writes it, read as the PDF's pages.

That XHTML is no web page: `<doc><page><flow><block><line><word xMin=… yMin=…>` give
each word its box, and the words' order, lines and blocks are poppler's reading of the
page. Read as a web page it was one run of words: every heading in the text, the page's
running header and number between two sentences, line-end hyphens kept ("pierc- ing").
It is turned into the text plain `pdftotext` writes of the same PDF (a line a line, a
blank line between blocks, a form feed between pages), which the plain-text reader
already reads as a PDF's: headings by their shape, hyphens re-joined, running headers,
footers and page numbers dropped page by page (`ingest.text.split_pages`).
A header that only one page shows (ms and most house styles print none over page 1, so a
two-page leaflet's header stands once) no repetition finds; it is found by its place
(`lone_headers`): the top row of a later page, above where the first page's text begins
and set off from the text under it by more than two lines' height.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from statistics import median

from lxml.html import HtmlElement

from ingest.source import SourceText


def is_bbox_layout(tree: HtmlElement) -> bool:
    """Whether the parsed page is `pdftotext -bbox-layout`'s: its body a `<doc>` of pages
    whose words carry their boxes (attribute names come lower-cased from the HTML parser)."""
    return bool(tree.xpath("boolean(//body/doc/page//word[@xmin and @ymax])"))


def load_bbox_layout(tree: HtmlElement, path: str | Path) -> SourceText:
    """The leaflet in the PDF whose words the page boxes, read as that PDF's plain text."""
    # Imported here: ingest.text reads a page's <meta> names from ingest.html, which imports this.
    from ingest.text import load_text
    headers = lone_headers(tree)
    source = load_text(bbox_layout_text(tree, headers).encode("utf-8"), path, "plain")
    furniture = [" ".join(_words(line)) for line in headers]
    return replace(source, furniture="\n".join(line for line in (*furniture, source.furniture) if line))


def bbox_layout_text(tree: HtmlElement, left_out: frozenset[HtmlElement] = frozenset()) -> str:
    """The pages' text as plain `pdftotext` writes it: each `<line>` a line of its words,
    a blank line after each `<block>`, a form feed after each page; the lines `left_out` go."""
    pages = []
    for page in tree.xpath("//body/doc/page"):
        blocks = []
        for block in page.iter("block"):
            lines = [" ".join(_words(line)) for line in block.iter("line") if line not in left_out]
            blocks.append("\n".join(line for line in lines if line))
        pages.append("\n\n".join(block for block in blocks if block))
    return "".join(f"{page}\n\f" for page in pages)


def lone_headers(tree: HtmlElement) -> frozenset[HtmlElement]:
    """The `<line>`s of a running header over a later page: its top row, where it stands
    above the first page's text and more than two line heights over the line under it."""
    pages = [_boxed_lines(page) for page in tree.xpath("//body/doc/page")]
    heights = [bottom - top for page in pages for _, top, bottom in page]
    if len(pages) < 2 or not pages[0] or not heights:
        return frozenset()
    first_top, gap = min(top for _, top, _ in pages[0]), 2 * median(heights)
    found: set[HtmlElement] = set()
    for page in pages[1:]:
        rows = sorted(page, key=lambda boxed: boxed[1])
        if not rows:
            continue
        row = [boxed for boxed in rows if boxed[1] - rows[0][1] < SAME_ROW]
        under = rows[len(row):]
        bottom = max(boxed[2] for boxed in row)
        if bottom < first_top and under and under[0][1] - bottom > gap:
            found.update(line for line, _, _ in row)
    return frozenset(found)


SAME_ROW = 2.0  # points: the pieces of one header row (left, centre, right) share their top


def _boxed_lines(page: HtmlElement) -> list[tuple[HtmlElement, float, float]]:
    """The page's lines with words, each with its top and bottom (poppler's y grows downwards)."""
    boxed = []
    for line in page.iter("line"):
        try:
            top, bottom = float(line.get("ymin", "")), float(line.get("ymax", ""))
        except ValueError:
            continue  # a line without its box cannot be placed: it stays in the text
        if _words(line):
            boxed.append((line, top, bottom))
    return boxed


def _words(line: HtmlElement) -> list[str]:
    return [" ".join(word.text_content().split()) for word in line.iter("word") if word.text_content().strip()]
