"""Tables that lay out a page, read as the boxes their cells are; captions as lines.

A table that lays out the page (cells holding headings, lists or other tables, or
`role="presentation"`) is read as the boxes its cells are, in page order, its banner and
copyright rows as the page's header and footer: trafilatura reads a table as rows of
one-line cells, dropping lists and moving inner tables to the end. A table of data stays
rows of cells in its place, its caption a line before it, and text a converter wrote into
its last row after it.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement


# The parts of a table around its cells.
TABLE_PARTS = {"table", "thead", "tbody", "tfoot", "tr"}
# Marks the boxes a layout table became (`unwrap_layout_tables`): "table", "row" or "cell".
LAYOUT = "data-layout"
# The tables around a box, and the boxes layout tables became.
TABLES_AROUND = f"ancestor-or-self::*[self::table or @{LAYOUT}='table']"
# `role` values that declare a table mere layout.
_LAYOUT_ROLES = {"presentation", "none"}
# What a cell of a data table never holds, and a box of the page does: a heading, a table, a
# definition list.
_PAGE_BLOCKS = ".//*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6 or self::table or self::dl]"
# Blocks of text that hold no other: a data cell may wrap its value in one
# (`<td><div><p>8 - 12 uur</p></div></td>`), a box of the page holds several.
_BLOCK = "self::p or self::div or self::blockquote or self::section or self::pre"
_TEXT_BLOCKS = f"./descendant-or-self::*[{_BLOCK}][not(descendant::*[{_BLOCK}])]"
# A table of at most this many rows whose cell holds a list or several blocks of text is a
# page's layout (a text cell beside a menu cell); a longer one is data with lists in its cells.
MAX_LAYOUT_ROWS = 3
# A row of a page's layout table above its text, with at most this many words and no block,
# is the page's banner ("Koorts bij kinderen · Informatie voor ouders"); one below it that
# states a copyright is the page's footer.
MAX_BANNER_WORDS = 25
_COPYRIGHT = re.compile(r"©|\(c\)\s*\d{4}|\bcopyright\b", re.IGNORECASE)
# The boxes that say where a page's text is: a layout table inside one is not the page's frame.
_LANDMARK_AROUND = "ancestor::main | ancestor::article | ancestor::*[@role='main' or @role='article']"


def unwrap_layout_tables(tree: HtmlElement) -> None:
    """Read each table that lays out the page (`is_layout_table`) as the boxes its cells
    are, in page order: a `<div>` for the table, each row and each cell. trafilatura reads a
    table as rows of cells, each cell a line: it drops the lists and definition lists in a
    cell, runs its headings into the text and moves the tables inside a cell to the end of
    the page. In a table that frames the page (in no `<main>` or `<article>`), a short row
    without blocks above the first row with them is the page's banner and becomes a
    `<header>`, and one below the last that states a copyright ("© 2024 ...") its `<footer>`:
    furniture, as those of other pages. A table of data, inside a layout or not, stays a table."""
    layouts = [table for table in tree.iter("table") if is_layout_table(table)]  # all, before any changes
    for table in layouts:
        rows = _rows(table)
        cells = table_cells(table)
        blocked = [index for index, row in enumerate(rows) if _holds_blocks(row)]
        frame = bool(blocked) and not table.xpath(_LANDMARK_AROUND)
        for index, row in enumerate(rows):
            words = " ".join(row.text_content().split())
            short = frame and len(words.split()) <= MAX_BANNER_WORDS
            row.tag = "header" if short and index < blocked[0] else \
                "footer" if short and index > blocked[-1] and _COPYRIGHT.search(words) else "div"
            row.set(LAYOUT, "row")
        for cell in cells:
            cell.tag = "div"
            cell.set(LAYOUT, "cell")
        for part in table.xpath("./thead | ./tbody | ./tfoot"):
            part.drop_tag()
        table.tag = "div"
        table.set(LAYOUT, "table")


def is_layout_table(table: HtmlElement) -> bool:
    """Whether a table lays out a page rather than holding data: it says so
    (`role="presentation"`), a cell holds a heading, a table or a definition list, or it has
    few rows, no header row of labels, and a cell holding a list or several blocks of text. A
    data table is rows of short cells, often under a header row."""
    if table.get("role", "").strip().lower() in _LAYOUT_ROLES:
        return True
    cells = table_cells(table)
    if any(cell.xpath(_PAGE_BLOCKS) for cell in cells):
        return True
    rows = _rows(table)
    headed = table.find("thead") is not None or (rows and all(cell.tag == "th" for cell in table_cells(rows[0])))
    return len(rows) <= MAX_LAYOUT_ROWS and not headed and any(_holds_blocks(cell) for cell in cells)


def _holds_blocks(box: HtmlElement) -> bool:
    """Whether a cell (or a row) of a table holds what a page holds, not a value: a heading,
    a table, a list or more than one block of text."""
    cells = table_cells(box) if box.tag == "tr" else [box]
    return any(cell.xpath(_PAGE_BLOCKS) or cell.xpath(".//ul | .//ol") or len(cell.xpath(_TEXT_BLOCKS)) > 1
               for cell in cells)


def _rows(table: HtmlElement) -> list[HtmlElement]:
    """A table's own rows, in order: not those of a table inside a cell."""
    return table.xpath("./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr")


def text_after_tables(tree: HtmlElement) -> None:
    """Put back after its table the text that a converter wrote into a table's last row: an
    RTF converter (unrtf) ends a table only at the next table row, so the paragraphs after
    the table became one cell of a last row, under rows of cells of data. Read as the
    table's row, the text after the table ran into one cell, headings and all. A last row
    is such text where it holds one cell with words, more words than any row above it,
    below rows of data (two or more cells with words each); the cell's content goes after
    the table, where it stood in the document."""
    for table in list(tree.iter("table")):
        rows = _rows(table)
        if len(rows) < 3 or is_layout_table(table):
            continue
        filled = [[cell for cell in table_cells(row) if cell.text_content().strip()] for row in rows]
        words = len(rows[-1].text_content().split())
        if len(filled[-1]) == 1 and all(len(cells) >= 2 for cells in filled[:-1]) \
                and words > max(len(row.text_content().split()) for row in rows[:-1]):
            _after_table(table, filled[-1][0])
            rows[-1].drop_tree()


def list_tables(tree: HtmlElement) -> None:
    """Read as a list a table that draws one: every row a cell holding only a bullet or an
    item's number ("•", "1."), then at most empty cells, then one cell of text, as groff's
    HTML sets indented paragraphs (`.IP \\(bu`). Read as rows, each item stood as "• | het
    gewricht ..."; a list's items are what the table holds."""
    for table in list(tree.iter("table")):
        rows = _rows(table)
        items = [_list_item(row) for row in rows]
        if not rows or not all(items):
            continue
        numbered = all(mark[:1].isdigit() for mark, _ in items)
        listing = table.makeelement("ol" if numbered else "ul", {})
        for _, cell in items:
            item = listing.makeelement("li", {})
            item.text = cell.text
            for child in list(cell):
                item.append(child)
            listing.append(item)
        listing.tail = table.tail
        table.getparent().replace(table, listing)


_ITEM_MARK = re.compile(r"[•·◦▪‣*–-]|\d{1,2}[.)]")


def _list_item(row: HtmlElement) -> tuple[str, HtmlElement] | None:
    """(mark, text cell) where a row is a list's item drawn as cells (see `list_tables`)."""
    cells = table_cells(row)
    filled = [cell for cell in cells if cell.text_content().strip()]
    if len(filled) != 2 or filled[0] is not cells[0] or cells.index(filled[1]) > 2:
        return None
    mark = " ".join(filled[0].text_content().split())
    return (mark, filled[1]) if _ITEM_MARK.fullmatch(mark) else None


def _after_table(table: HtmlElement, cell: HtmlElement) -> None:
    """A cell's words and elements moved out to stand right after its table."""
    parent, tail = table.getparent(), table.tail or ""
    index = parent.index(table)
    table.tail = cell.text
    children = list(cell)
    for offset, child in enumerate(children, start=1):
        parent.insert(index + offset, child)  # moves the child, its tail with it
    if children:
        children[-1].tail = (children[-1].tail or "") + tail
    else:
        table.tail = (table.tail or "") + tail


def caption_lines(tree: HtmlElement) -> None:
    """A table's caption as a line of its own before the table: trafilatura writes it as
    the table's first row, its cells empty but the first ("Overzicht: ... | | | |")."""
    for caption in tree.xpath("//table/caption"):
        table, words = caption.getparent(), " ".join(caption.text_content().split())
        if words:
            line = table.makeelement("p", {})
            line.text = words
            table.addprevious(line)
        caption.drop_tree()


def table_cells(box: HtmlElement) -> list[HtmlElement]:
    """The cells of a table, or of a part of one, in reading order; not those of a table
    inside a cell, which stay in their cell. The same for a layout read as boxes."""
    if box.get(LAYOUT) is not None:
        tables = f"*[@{LAYOUT}='table']"
        depth = len(box.xpath(f"ancestor-or-self::{tables}"))
        return [cell for cell in box.xpath(f".//*[@{LAYOUT}='cell']")
                if len(cell.xpath(f"ancestor::{tables}")) == depth]
    depth = len(box.xpath("ancestor-or-self::table"))
    return [cell for cell in box.xpath(".//td | .//th") if len(cell.xpath("ancestor::table")) == depth]
