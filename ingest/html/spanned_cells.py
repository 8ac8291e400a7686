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

MAX_SPAN = 50  # rows or columns; a span beyond this is a page's markup error ("rowspan=999"), no shared value
MAX_WORDS = 25  # a value a row shares; more is a text of its own


def fill_spanned_cells(tree: HtmlElement) -> None:
    """Repeat each short spanned cell of a data table in the rows and columns it covers."""
    for table in tree.iter("table"):
        if table.xpath(".//td[@rowspan or @colspan] | .//th[@rowspan or @colspan]") \
                and not is_layout_table(table):
            for group in _row_groups(table):
                _fill(group)


def _row_groups(table: HtmlElement) -> list[list[HtmlElement]]:
    """The table's rows by group: a `<thead>`, `<tbody>` or `<tfoot>`, or the rows right under
    the table; a span ends with its group, as a browser draws it."""
    groups: list[list[HtmlElement]] = []
    loose: list[HtmlElement] = []
    for child in table:
        if child.tag == "tr":
            loose.append(child)
        elif child.tag in ("thead", "tbody", "tfoot"):
            groups.append([row for row in child if row.tag == "tr"])
    return [group for group in (loose, *groups) if group]


def _fill(rows: list[HtmlElement]) -> None:
    cells_of = [table_cells(row) for row in rows]
    width = max((sum(_span(cell, "colspan") for cell in cells) for cells in cells_of), default=0)
    # column -> (the cell over it, whether it is repeated, rows it still covers)
    below: dict[int, tuple[HtmlElement, bool, int]] = {}
    for row, cells in zip(rows, cells_of):
        if any(cell.getparent() is not row for cell in cells):
            below.clear()  # a cell wrapped in another box (`<tr><form><td>`): the row is read as it is
            continue
        laid: list[HtmlElement] = []
        column = 0
        for cell in cells:
            column = _covered(below, column, laid)
            across = _span(cell, "colspan")
            shared = _shared(cell)
            lone = across >= width and len(cells) == 1  # a row of one cell across the table
            laid += [cell] + [_copy(cell) if shared else cell.makeelement(cell.tag)
                              for _ in range(0 if lone else across - 1)]
            down = _span(cell, "rowspan")
            for covered in range(column, column + across):  # a span from above it overlaps ends here
                below.pop(covered, None)
                if down > 1:
                    below[covered] = (cell, shared, down - 1)
            column += across
            cell.attrib.pop("rowspan", None)
            if not lone:
                cell.attrib.pop("colspan", None)
        while any(covered >= column for covered in below):  # a short row: the cells over its end
            column = _covered(below, column, laid)
            if column not in below and any(covered > column for covered in below):
                laid.append(row.makeelement("td"))  # an empty place before a cell that covers a later one
                column += 1
        if len(laid) != len(cells):
            for cell in cells:
                row.remove(cell)
            for cell in laid:
                row.append(cell)


def _covered(below: dict[int, tuple[HtmlElement, bool, int]], column: int, laid: list[HtmlElement]) -> int:
    """The columns from `column` on that cells of rows above cover: a copy of each shared one
    laid, an empty cell for any other (a long text, an empty cell: its column stays its own),
    each counted down one row; the next free column."""
    while column in below:
        cell, shared, left = below[column]
        if left > 1:
            below[column] = (cell, shared, left - 1)
        else:
            del below[column]
        laid.append(_copy(cell) if shared else cell.makeelement(cell.tag))
        column += 1
    return column


def _copy(cell: HtmlElement) -> HtmlElement:
    copied = deepcopy(cell)
    copied.attrib.pop("rowspan", None)
    copied.attrib.pop("colspan", None)
    copied.attrib.pop("id", None)
    copied.tail = None
    return copied


def _span(cell: HtmlElement, attribute: str) -> int:
    """How many rows or columns a cell spans: 1 for a value that is none or over `MAX_SPAN`."""
    try:
        span = int(cell.get(attribute, "1").strip() or 1)
    except ValueError:
        return 1
    return span if 1 <= span <= MAX_SPAN else 1


def _shared(cell: HtmlElement) -> bool:
    """Whether a cell holds a short value, one that reads the same beside every row it spans."""
    words = cell.text_content().split()
    return 0 < len(words) <= MAX_WORDS and not cell.xpath(".//table | .//ul | .//ol")
