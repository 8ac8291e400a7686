"""What a PDF page is read into: the pieces of text pypdf draws (`Fragment`), the lines
they make (`PdfLine`) and the stretches read one after the other (`Region`).

pypdf gives where each piece of text sits, not lines nor reading order, so these carry
positions, sizes and weights from step to step; a bordered table's cells are told apart
by the vertical rules the page draws between them, however close they stand (`Fragment.rule`);
text set in a box the page draws (a filled or bordered frame: "Let op!") knows its box (`Fragment.box`).
Where the page draws anything is found by multiplying its matrices (`multiplied`).
"""

from __future__ import annotations

from dataclasses import dataclass

CHAR_WIDTH = 0.45  # average glyph width in ems, to guess where a piece of text ends


@dataclass(frozen=True)
class Fragment:
    """A piece of text as pypdf draws it: its baseline origin, size and weight."""

    text: str
    x: float
    y: float
    size: float
    bold: bool
    rule: float = float("-inf")  # the x of the vertical rule nearest left of it (a cell's border)
    ocr: bool = False  # drawn invisibly over a scan: an OCR layer's word
    box: tuple[float, float, float, float] | None = None  # the drawn box around it (left, bottom, right, top)

    @property
    def end(self) -> float:
        """Where the piece probably ends (glyph widths are estimated, not measured)."""
        return self.x + CHAR_WIDTH * self.size * len(self.text.rstrip())


@dataclass(frozen=True)
class PdfLine:
    """One visual line: its text, left edge, baseline, font size and weight.

    `region` numbers the column band the line was read in; lines of one region
    follow each other on the page, a new region starts a new column or band.
    `table` marks a line of a table read row by row (two columns split by a gutter,
    or three or more); `cells` counts the pieces of a line set apart by wide gaps,
    as a table row's cells are, and `starts` says where each of them begins.
    `aside` marks a line of a box set beside the text (a sidebar, see `find_gutter`).
    `half` says which of the two pages a sheet sets side by side the line is read on (0 the
    left one, or the page itself; 1 the right one, see `ingest.pdf.reader.sheet_fold`).
    """

    text: str
    x: float
    y: float
    size: float
    bold: bool
    region: int = 0
    cells: int = 1
    table: bool = False
    starts: tuple[float, ...] = ()
    aside: bool = False
    ruled: bool = False  # its cells stand apart by vertical rules: a bordered table's row
    ocr: bool = False  # read from an OCR layer, whose sizes are its lines' heights (see `scanned_headings`)
    box: tuple[float, float, float, float] | None = None  # the drawn box it stands in (left, bottom, right, top)
    tabbed: bool = False  # a list item's text stands a tab from its label: the item wraps under its text
    half: int = 0  # 1 on the right-hand page of a sheet of two pages side by side (`sheet_fold`)
    open_cell: bool = False  # a two-column table's row whose second cell is empty (`aligned_two_cell_rows`)


def multiplied(a: list[float], b: list[float]) -> list[float]:
    """The matrix product a × b of two PDF matrices [a b c d e f]."""
    return [a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3],
            a[2] * b[0] + a[3] * b[2], a[2] * b[1] + a[3] * b[3],
            a[4] * b[0] + a[5] * b[2] + b[4], a[4] * b[1] + a[5] * b[3] + b[5]]


@dataclass(frozen=True)
class Region:
    """Fragments read one after the other: a column, a band, or a whole page; `table`
    when it is a table whose two columns are read row by row."""

    fragments: list[Fragment]
    table: bool = False
    aside: bool = False
