"""Red team 36's PDF paths, as a review found them: a man page's footer on a catalog part's
pages, character spacing kept with the graphics state, and ms's title under a heading's size."""

from __future__ import annotations

import pypdf
from pdf_factory import Placed

from ingest.pdf.fragments import _Drawing
from ingest.pdf.geometry import PdfLine
from ingest.pdf.man_page import man_page_lines
from ingest.pdf.title import _slightly_larger_line

BODY = "Dit is een gewone zin over de behandeling die u thuis kunt volgen als het nodig is."
PART_FIRST_PAGE = 3


def _man_page(number: int) -> list[PdfLine]:
    return [PdfLine("LS(1) User Commands LS(1)", 72, 780, 10, False), PdfLine("NAME", 72, 750, 10, True),
            PdfLine("ls - list directory contents", 90, 735, 10, False), PdfLine("SYNOPSIS", 72, 710, 10, True),
            PdfLine("ls [OPTION]... [FILE]...", 90, 695, 10, False),
            PdfLine(f"GNU coreutils 9.4 March 2024 {number}", 72, 40, 10, False)]


def test_a_man_footer_numbered_as_a_parts_page_is_frame():
    manual = man_page_lines([_man_page(PART_FIRST_PAGE)], PART_FIRST_PAGE)
    assert manual and 5 in manual.frame[0]


def _respaces(*operations: tuple[list, bytes]) -> bool:
    drawing = _Drawing([])
    for operands, operator in [([pypdf.generic.NameObject("/F1"), 10], b"Tf"), *operations]:
        drawing.visit(operator, operands, [1, 0, 0, 1, 0, 0], [1, 0, 0, 1, 0, 0])
    return drawing.respace


def test_character_spacing_is_restored_with_the_graphics_state():
    assert not _respaces(([], b"q"), ([5], b"Tc"), ([], b"Q"), ([b"ab"], b"Tj"))


def test_character_spacing_set_by_the_quote_operator_counts():
    assert _respaces(([0, 5, b"ab"], b'"'))


def _page(lines: list[tuple[str, float, bool]]) -> list[Placed]:
    return [Placed(text, 72, 760 - 16 * n, size, bold) for n, (text, size, bold) in enumerate(lines)]


def test_a_bold_line_a_headings_size_over_the_body_is_no_ms_title():
    page = _page([("Ziekenhuis Rivierenland, Tiel", 10, False), ("Mazelen", 12, True)] + [(BODY, 10, False)] * 6)
    lines = tuple(PdfLine(line.text, line.x, line.y, line.size, line.bold) for line in page)
    assert _slightly_larger_line((lines,)) is None

