"""Read a PDF converted to HTML page by page, each line block set at its place on the page.

A PDF to HTML converter (poppler's `pdftohtml -s -noframes`) writes each page as a box
(`<div id="page2-div">`) of blocks set by position (`<p style="position:absolute;top:1000px;
left:330px">`): the blocks say nothing of what they are, only where they stand. Read as a web
page, the running header and footer printed on every page were passages of the text (and
stood inside the table that crossed the page break), and a table's cells, each a block of its
own, came one per line. `drop_page_furniture` drops a line that stands at the top or bottom
of every page; `rows_as_tables` rebuilds the rows of cells that stand side by side into a
table; `bold_leads_apart` sets a block's bold first line (a heading over its paragraph, which
the converter merged into one block) apart from the lines after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml.html import HtmlElement

# A page's box, and a block set at its place on the page.
_PAGES = "//body//div[re:test(@id, '^page[0-9]+-div$')]"
_REGEXP = {"re": "http://exslt.org/regular-expressions"}
_TOP = re.compile(r"(?:^|;)\s*top:\s*(-?[\d.]+)px")
_LEFT = re.compile(r"(?:^|;)\s*left:\s*(-?[\d.]+)px")
# A line is page furniture where it stands among the page's first or last this many lines.
EDGE_LINES = 2
# A table's cell holds at most this many lines; longer blocks side by side are columns of text.
MAX_CELL_LINES = 3
# Blocks whose tops differ by at most this many pixels stand on one line (a cell's baseline).
SAME_LINE_PX = 4.0
# A line's height when the page's style does not say it (a body text's 16px font).
LINE_PX = 20.0


@dataclass(frozen=True)
class _Block:
    """A block set at its place on the page, and the height of its lines."""
    element: HtmlElement
    top: float
    left: float
    lines: int
    line_px: float

    @property
    def middle(self) -> float:
        return self.top + self.lines * self.line_px / 2


def positioned_pages(tree: HtmlElement) -> list[HtmlElement]:
    """The page boxes of a page converted from a PDF, in order; none for any other page."""
    return [page for page in tree.xpath(_PAGES, namespaces=_REGEXP) if _blocks(page, {})]


def drop_page_furniture(tree: HtmlElement) -> list[str]:
    """Drop each line that stands at the top or bottom of every page (a running header, a
    footer with the leaflet's code and name or its page number), and give back its words:
    a date stated only there still dates the leaflet. A page number counts as one line
    whatever its number ("Pagina 1 van 2", "Pagina 2 van 2")."""
    pages = positioned_pages(tree)
    if len(pages) < 2:
        return []
    edges = [_edge_lines(page) for page in pages]
    repeated = set.intersection(*[set(lines) for lines in edges])
    dropped: list[str] = []
    for lines in edges:
        for key, element in lines.items():
            if key in repeated:
                dropped.append(" ".join(element.text_content().split()))
                element.drop_tree()
    return list(dict.fromkeys(dropped))


def _edge_lines(page: HtmlElement) -> dict[str, HtmlElement]:
    """The one-line blocks among a page's first and last lines, above or below all of its
    text (its blocks of several lines: a heading between two paragraphs is no edge, however
    short the page), by their words with any number masked."""
    blocks = _blocks(page, {})
    text = [block.top for block in blocks if block.lines > 1]
    tops = sorted({block.top for block in blocks})
    edge = {top for top in tops[:EDGE_LINES] if not text or top < min(text)} \
        | {top for top in tops[-EDGE_LINES:] if not text or top > max(text)}
    return {_masked(block.element): block.element for block in blocks
            if block.lines == 1 and block.top in edge and _masked(block.element)}


def _masked(element: HtmlElement) -> str:
    """A line's words, each number as "#"."""
    return re.sub(r"\d+", "#", " ".join(element.text_content().split()))


def rows_as_tables(tree: HtmlElement) -> None:
    """Make each run of two or more rows of short blocks side by side, their cells at the same
    left edges, a `<table>` in their place: one row per line, its cells in order of their left
    edge, as every other table is read."""
    line_heights = _line_heights(tree)
    for page in positioned_pages(tree):
        rows = _rows(_blocks(page, line_heights))
        for run in _table_runs(rows):
            _as_table(run)


def _rows(blocks: list[_Block]) -> list[list[_Block]]:
    """The page's blocks in rows: a block whose line runs beside the row before it (their
    middles within a line of each other) and stands right of its cells joins that row."""
    rows: list[list[_Block]] = []
    for block in blocks:
        row = rows[-1] if rows else []
        if row and block.left > max(cell.left for cell in row) and _beside(row, block):
            row.append(block)
        else:
            rows.append([block])
    return rows


def _beside(row: list[_Block], block: _Block) -> bool:
    """Whether a block stands on the row's line: its middle within half a line of a cell's,
    or its top on a cell's top."""
    return any(abs(cell.middle - block.middle) <= max(cell.line_px, block.line_px) / 2
               or abs(cell.top - block.top) <= SAME_LINE_PX for cell in row)


def _table_runs(rows: list[list[_Block]]) -> list[list[list[_Block]]]:
    """Runs of two or more rows in a row of two or more short cells each, at one set of left
    edges: a table. Blocks side by side that are longer are columns of text."""
    runs: list[list[list[_Block]]] = []
    for row in rows:
        cells = len(row) > 1 and all(cell.lines <= MAX_CELL_LINES for cell in row)
        if cells and runs and runs[-1][-1] is not None and _lefts(runs[-1][-1]) == _lefts(row):
            runs[-1].append(row)
        else:
            runs.append([row] if cells else [None])
    return [run for run in runs if run[0] is not None and len(run) > 1]


def _lefts(row: list[_Block]) -> tuple[int, ...]:
    """A row's left edges, to the nearest ten pixels."""
    return tuple(round(cell.left / 10) for cell in row)


def _as_table(rows: list[list[_Block]]) -> None:
    """A `<table>` in the place of the rows' blocks, each block's words in a cell."""
    first = rows[0][0].element
    table = first.makeelement("table", {})
    first.addprevious(table)
    for row in rows:
        line = table.makeelement("tr", {})
        table.append(line)
        for cell in sorted(row, key=lambda cell: cell.left):
            cell.element.tag = "td"
            for name in ("style", "class"):
                cell.element.attrib.pop(name, None)
            cell.element.tail = None
            line.append(cell.element)


def bold_leads_apart(tree: HtmlElement) -> None:
    """Set a block's bold first line, ended by a `<br>` and followed by lines that are not
    bold, in a block of its own before them: the converter merges a heading with its
    paragraph, and the block's style is the heading's (its size made the whole block a
    title: "Droge huid bij ouderen Polikliniek Dermatologie")."""
    for page in positioned_pages(tree):
        for block in _blocks(page, {}):
            _lead_apart(block.element)


_BOLD = {"b", "strong"}


def _lead_apart(element: HtmlElement) -> None:
    """The block split after its bold first line, where it opens with one."""
    if (element.text or "").strip() or len(element) < 2:
        return
    lead, brk = element[0], element[1]
    after = element[2] if len(element) > 2 else None
    if lead.tag not in _BOLD or brk.tag != "br" or (lead.tail or "").strip():
        return
    if not (brk.tail or "").strip() and (after is None or after.tag in _BOLD):
        return  # nothing after the line, or a bold line again: a heading of two lines
    rest = element.makeelement("p", {"style": element.get("style", "")})
    rest.text = brk.tail
    rest.extend(list(element)[2:])
    element.remove(brk)
    rest.tail, element.tail = element.tail, None
    element.addnext(rest)


def _blocks(page: HtmlElement, line_heights: dict[str, float]) -> list[_Block]:
    """The blocks of a page set at their place on it, in the page's order."""
    blocks = []
    for element in page.iterchildren("p"):
        style = element.get("style", "")
        top, left = _TOP.search(style), _LEFT.search(style)
        if top and left and "absolute" in style:
            lines = 1 + len(element.xpath(".//br"))
            line_px = line_heights.get(element.get("class", ""), LINE_PX)
            blocks.append(_Block(element, float(top.group(1)), float(left.group(1)), lines, line_px))
    return blocks


_RULE = re.compile(r"\.([\w-]+)\s*\{([^}]*)\}")
_SIZE = re.compile(r"(?:^|;)\s*(line-height|font-size):\s*([\d.]+)px")


def _line_heights(tree: HtmlElement) -> dict[str, float]:
    """The height of a line in each class the page's style rules set (`.ft110{font-size:15px;
    line-height:25px}`): its line height, or a little more than its font's size."""
    heights: dict[str, float] = {}
    for style in tree.xpath("//style/text()"):
        for name, declarations in _RULE.findall(style):
            sizes = dict(_SIZE.findall(declarations))
            if "line-height" in sizes:
                heights[name] = float(sizes["line-height"])
            elif "font-size" in sizes:
                heights[name] = float(sizes["font-size"]) * 1.25
    return heights
