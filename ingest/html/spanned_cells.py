"""A data table's cell that spans rows or columns, read in every row and column it covers.

A page writes a value that several rows share once (`<td rowspan="2">08.30 – 17.00 uur</td>`,
the phone hours of Monday to Thursday and of Friday) and a browser draws it beside each of
them; Word's merged cells come the same way out of mammoth. Read row by row, the rows it covers
ended in an empty cell, like Saturday's that truly holds nothing, and the search said the
pharmacy could not be phoned on Friday (red team 64). Each row and column the cell covers
gets its text, as a reader sees it beside them. Only in a table of data, and only short values:
a layout table's cell that spans rows holds a whole column of the page, and a row of one cell
across the table is a caption of the rows under it, said once.
"""

from __future__ import annotations

from copy import deepcopy

from lxml.html import HtmlElement

from ingest.html.layout_tables import is_layout_table, table_cells

MAX_SPAN = 50  # a span beyond this is a page's markup error ("rowspan=999"), not a shared value
MAX_WORDS = 25  # a value a row shares; more is a text of its own


def fill_spanned_cells(tree: HtmlElement) -> None:
    """Repeat each short spanned cell of a data table in the rows and columns it covers."""
    for table in tree.iter("table"):
        if table.xpath(".//td[@rowspan or @colspan] | .//th[@rowspan or @colspan]") \
                and not is_layout_table(table):
            _fill(table)


def _fill(table: HtmlElement) -> None:
    rows = table.xpath("./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr")
    width = max((sum(_span(cell, "colspan") for cell in table_cells(row)) for row in rows), default=0)
    below: dict[int, tuple[HtmlElement, int]] = {}  # column -> (cell over it, rows still covered)
    for row in rows:
        cells = table_cells(row)
        laid: list[HtmlElement] = []
        for cell in cells:
            while len(laid) in below:
                laid.append(_covered(below, len(laid)))
            across = _span(cell, "colspan")
            shared = _shared(cell)
            lone = across >= width and len(cells) == 1  # a row of one cell across the table
            copies = across - 1 if shared and not lone else 0
            start = len(laid)
            laid += [cell] + [_copy(cell) for _ in range(copies)]
            down = _span(cell, "rowspan")
            if shared and down > 1:
                for column in range(start, len(laid)):
                    below[column] = (cell, down - 1)
            if shared:
                cell.attrib.pop("rowspan", None)
                if copies:
                    cell.attrib.pop("colspan", None)
        while len(laid) in below:
            laid.append(_covered(below, len(laid)))
        if len(laid) != len(cells):
            for cell in cells:
                row.remove(cell)
            for cell in laid:
                row.append(cell)


def _covered(below: dict[int, tuple[HtmlElement, int]], column: int) -> HtmlElement:
    """A copy of the cell over `column`, one row fewer left to cover."""
    cell, left = below[column]
    if left > 1:
        below[column] = (cell, left - 1)
    else:
        del below[column]
    return _copy(cell)


def _copy(cell: HtmlElement) -> HtmlElement:
    copied = deepcopy(cell)
    copied.attrib.pop("rowspan", None)
    copied.attrib.pop("colspan", None)
    copied.attrib.pop("id", None)
    copied.tail = None
    return copied


def _span(cell: HtmlElement, attribute: str) -> int:
    try:
        return min(max(int(cell.get(attribute, "1").strip() or 1), 1), MAX_SPAN)
    except ValueError:
        return 1


def _shared(cell: HtmlElement) -> bool:
    """Whether a cell holds a short value, one that reads the same beside every row it spans."""
    words = cell.text_content().split()
    return 0 < len(words) <= MAX_WORDS and not cell.xpath(".//table | .//ul | .//ol")
