"""The entry point, `clean`: one loaded source through every step, in order.

Normalise the text, split it into lines, drop the lines that are no leaflet text, re-join
the rest by Markdown's rules or plain text's, tidy the spaces joining left, and group the
result into blocks.
"""

from __future__ import annotations

from dataclasses import replace

from ingest.clean.blocks import CleanText, group_blocks, render
from ingest.clean.furniture import is_figure_label, is_page_label, is_placeholder, is_speck, is_ui_line
from ingest.clean.lines import SPACES, Logical, split_lines
from ingest.clean.markdown import drop_setext_underlines, join_markdown_lines, strip_inline_markdown
from ingest.clean.normalise import normalise_pages, normalise_unicode, ocr_digits
from ingest.clean.plain import join_plain_lines
from ingest.source import SourceText


def clean(source: SourceText) -> CleanText:
    """The cleaned text of a loaded source: normalised (OCR's letters in numbers read as digits
    too), re-joined, grouped."""
    text, page_starts = normalise_pages(source.text, source.page_starts, keep_tabs=True)
    text = ocr_digits(text)
    hints = {ocr_digits(normalise_unicode(k)).strip(): v for k, v in source.heading_hints.items()}  # as the text reads
    hints = {" ".join(k.split()): v for k, v in hints.items()}
    lines = split_lines(text, hints, source.heading_at)
    markdown = source.markup == "markdown"
    lines = [ln for index, ln in enumerate(lines)
             if not (ln.text and _is_furniture(strip_inline_markdown(ln.text) if markdown else ln.text))
             and not (is_speck(ln.text) and (index == 0 or not lines[index - 1].text.strip()))]
    if source.markup == "markdown":
        logical = join_markdown_lines(lines)
    else:
        logical = join_plain_lines(drop_setext_underlines(lines), proportional=is_typeset(source))
    logical = [_tidy(item) for item in logical]
    logical = [item for item in logical if item.text.strip()]
    return render(group_blocks(logical), page_starts, source.first_page)


def _is_furniture(text: str) -> bool:
    """Whether a line, as the reader sees it (a Markdown link's words, not its address: "[Print
    deze folder](javascript:...)"), is interface, a figure's label, a page number or an unfilled
    template placeholder (`is_placeholder`). An OCR speck
    (`is_speck`) goes where it opens a paragraph; under a line, it is the end of that line's
    sentence that the margin wrapped ("... niet gevaarlijk" over ".")."""
    return is_ui_line(text) or is_figure_label(text) or is_page_label(text) or is_placeholder(text)


def is_typeset(source: SourceText) -> bool:
    """Whether a source is set in proportional type, where counting characters measures a
    line only roughly: a PDF's pages. Text that marks its pages with form feeds (as
    `pdftotext -layout` or a printer's file) was typed, a character a column."""
    return bool(source.page_starts) and "\f" not in source.text


def _tidy(item: Logical) -> Logical:
    """Collapse doubled spaces that joining may leave, and trim the ends."""
    pieces, previous_space = [], True
    for text, start in item.pieces:
        collapsed = SPACES.sub(" ", text)
        if previous_space and collapsed.startswith(" "):
            collapsed, start = collapsed[1:], start + 1
        if collapsed:
            pieces.append((collapsed, start))
            previous_space = collapsed.endswith(" ")
    if pieces and pieces[-1][0].endswith(" "):
        pieces[-1] = (pieces[-1][0].rstrip(" "), pieces[-1][1])
    pieces = [(t, s) for t, s in pieces if t]
    return replace(item, pieces=pieces)
