"""Pipe tables that a Markdown converter without tables left as one paragraph of `|` lines.

Markdown.pl, strict CommonMark (cmark) and Python-Markdown without its tables extension know
no pipe tables: the table's lines come out as one `<p>` ("| Leeftijd | Wat is normaal? |",
"|---|---|", "| 0 tot 3 jaar | voet lijkt helemaal plat |"). Read as a paragraph, its line
breaks fall away and the rows run into one line of pipes and dashes (red team 34). The
delimiter row under the header says it is a table: such a paragraph becomes the `<table>` it
stands for, read as every other table is.
"""

from __future__ import annotations

from lxml.html import HtmlElement, fromstring

from ingest.clean.markdown import TABLE_RULE, table_cells

MIN_BODY_ROWS = 1


def pipe_paragraphs_as_tables(tree: HtmlElement) -> None:
    """Make each paragraph that is a pipe table as written (a header row, the delimiter row,
    one row or more, every line with a pipe) the `<table>` it stands for."""
    for paragraph in tree.xpath("//body//p[contains(., '|')]"):
        rows = _pipe_rows(paragraph.text_content())
        if rows:
            table = _table(rows)
            table.tail = paragraph.tail
            paragraph.getparent().replace(paragraph, table)


def _pipe_rows(text: str) -> list[list[str]] | None:
    """The cells of each row of a pipe table written as `text`, the header first and the
    delimiter row left out; None where the text is no such table."""
    lines = [line.strip() for line in text.strip().split("\n")]
    if len(lines) < 2 + MIN_BODY_ROWS or "|" not in lines[1] or not TABLE_RULE.fullmatch(lines[1]):
        return None
    if not all("|" in line for line in lines):
        return None
    rows = [[" ".join(cell.split()) for cell in table_cells(line)] for line in lines[:1] + lines[2:]]
    width = len(rows[0])
    if width < 2 or any(len(row) > width for row in rows):
        return None
    return [row + [""] * (width - len(row)) for row in rows]


def _table(rows: list[list[str]]) -> HtmlElement:
    """A `<table>` of `rows`, the first a header row."""
    table = fromstring("<table><thead><tr></tr></thead><tbody></tbody></table>")
    header, body = table.find("thead/tr"), table.find("tbody")
    for text in rows[0]:
        cell = header.makeelement("th")
        cell.text = text
        header.append(cell)
    for cells in rows[1:]:
        row = body.makeelement("tr")
        for text in cells:
            cell = row.makeelement("td")
            cell.text = text
            row.append(cell)
        body.append(row)
    return table
