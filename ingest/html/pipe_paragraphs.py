"""Pipe tables that a Markdown converter without tables left as text of `|` lines.

Markdown.pl, strict CommonMark (cmark) and Python-Markdown without its tables extension know
no pipe tables: the table's lines come out as one `<p>` ("| Leeftijd | Wat is normaal? |",
"|---|---|", "| 0 tot 3 jaar | voet lijkt helemaal plat |"). Read as a paragraph, its line
breaks fall away and the rows run into one line of pipes and dashes (red team 34). The
delimiter row under the header says it is a table: such lines become the `<table>` they stand
for, read as every other table is.

snarkdown writes no `<p>` at all: the table's lines stand loose in the page, after a heading,
one under the other or joined by `<br />` (red team 40). So a table is looked for in every run
of text between blocks, its lines parted by line breaks or `<br>`; lines joined into one
("| Wat | Wanneer | |---|---| | douchen | na 2 dagen |") are read by the delimiter row's width.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml.html import HtmlElement, fromstring

from ingest.clean.markdown import TABLE_RULE, table_cells

MIN_BODY_ROWS = 1
# elements that stand within a line of text: a table line that holds one is no plain text
_INLINE = frozenset({"a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "dfn", "em", "font", "i",
                     "img", "kbd", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup",
                     "time", "tt", "u", "var", "wbr"})
_CONTAINERS = ("//body/descendant-or-self::*[text()[contains(., '|')]]"
               "[not(ancestor-or-self::pre or ancestor-or-self::table or ancestor-or-self::code"
               " or ancestor-or-self::textarea or ancestor-or-self::script or ancestor-or-self::style)]")
_ONE_LINE_RULE = re.compile(r"\|(?:\s*:?-+:?\s*\|)+")  # "|---|---|" amid a line's rows
_MAX_TABLES = 50  # tables looked for in one element: each found one is taken out before the next


@dataclass(frozen=True)
class _TextLine:
    """A line of an element's own text: the node that holds it (the element's text, or the
    tail of its child `after`, None for the text) and where in that text it stands."""

    after: HtmlElement | None
    start: int
    end: int
    text: str


def pipe_paragraphs_as_tables(tree: HtmlElement) -> None:
    """Make each run of lines in an element's own text that is a pipe table as written (a
    header row, the delimiter row, one row or more, every line with a pipe) the `<table>` it
    stands for; a paragraph that holds it is parted around it. A paragraph that is one such
    table, its cells' words in links or bold or not, is the table as a whole."""
    for paragraph in tree.xpath("//body//p[contains(., '|')]"):
        rows = _pipe_rows(_broken_text(paragraph))
        if rows:
            table = _table(rows)
            table.tail = paragraph.tail
            paragraph.getparent().replace(paragraph, table)
    for container in tree.xpath(_CONTAINERS):
        if container.tag in _INLINE:
            continue
        for _ in range(_MAX_TABLES):
            if not _replace_first_table(container):
                break


def _broken_text(element: HtmlElement) -> str:
    """An element's words with each `<br>` a line break (`text_content` drops it: a line before
    the table and its header row would read as one)."""
    return "".join("\n" if isinstance(node, HtmlElement) else node for node in element.xpath(".//text() | .//br"))


def _replace_first_table(container: HtmlElement) -> bool:
    """Put a `<table>` in place of the first pipe table in `container`'s own text, its lines
    and the `<br>`s between them; False where there is none. A table is the line over a
    delimiter row and the lines with a pipe under it, or one line that holds them all."""
    lines = _text_lines(container)
    for at, line in enumerate(lines):
        if line is None or "|" not in line.text:
            continue
        rule = lines[at + 1] if at + 1 < len(lines) else None
        if rule is not None and "|" in rule.text and TABLE_RULE.fullmatch(rule.text):
            last = at + 1
            while last + 1 < len(lines) and lines[last + 1] is not None and "|" in lines[last + 1].text:
                last += 1
            rows = _pipe_rows("\n".join(below.text for below in lines[at:last + 1]))
            if rows:
                _put_table(container, line, lines[last], _table(rows))
                return True
        rows = _one_line_rows(line.text)
        if rows:
            _put_table(container, line, line, _table(rows))
            return True
    return False


def _text_lines(container: HtmlElement) -> list[_TextLine | None]:
    """The lines of `container`'s own text, blank ones left out, parted by line breaks, `<br>`s
    and blocks: None for a block (the runs of text on either side are apart) and for a line
    that holds an inline element (a link, a bold word: no table line as written)."""
    lines: list[_TextLine | None] = []
    pieces: list[_TextLine] = []  # the line being read
    marked = False  # whether it holds an inline element

    def line_end() -> None:
        nonlocal pieces, marked
        if marked:
            lines.append(None)
        elif pieces and pieces[0].text:
            lines.append(pieces[0])
        pieces, marked = [], False

    for after, text in [(None, container.text or "")] + [(child, child.tail or "") for child in container]:
        if after is not None:
            if after.tag == "br":
                line_end()
            elif isinstance(after.tag, str) and after.tag in _INLINE:
                marked = True
            else:
                line_end()
                lines.append(None)
        offset = 0
        for number, piece in enumerate(text.split("\n")):
            if number:
                line_end()
            if piece.strip():
                marked = marked or bool(pieces)
                pieces.append(_TextLine(after, offset, offset + len(piece), piece.strip()))
            offset += len(piece) + 1
    line_end()
    return lines


def _put_table(container: HtmlElement, first: _TextLine, last: _TextLine, table: HtmlElement) -> None:
    """Put `table` in place of the text from `first` to `last` and the elements between."""
    children = list(container)
    start = 0 if first.after is None else children.index(first.after) + 1
    stop = 0 if last.after is None else children.index(last.after) + 1
    table.tail = _text(container, last.after)[last.end:]
    _set_text(container, first.after, _text(container, first.after)[:first.start])
    for child in children[start:stop]:
        container.remove(child)
    container.insert(start, table)
    if container.tag == "p":
        _lift_out_of_paragraph(container, table)


def _text(container: HtmlElement, after: HtmlElement | None) -> str:
    return (container.text if after is None else after.tail) or ""


def _set_text(container: HtmlElement, after: HtmlElement | None, text: str) -> None:
    if after is None:
        container.text = text
    else:
        after.tail = text


def _lift_out_of_paragraph(paragraph: HtmlElement, table: HtmlElement) -> None:
    """Stand `table` beside `paragraph` instead of in it (no `<p>` holds a table): what goes
    before it stays in the paragraph, what comes after goes into a paragraph of its own, and
    a paragraph left empty goes."""
    rest = paragraph.makeelement("p", dict(paragraph.attrib))
    rest.text, table.tail = table.tail, None
    for sibling in list(table.itersiblings()):
        rest.append(sibling)
    paragraph.remove(table)
    rest.tail, paragraph.tail = paragraph.tail, None
    paragraph.addnext(rest)
    paragraph.addnext(table)
    if not len(rest) and not (rest.text or "").strip():
        table.tail = rest.tail
        rest.getparent().remove(rest)
    if not len(paragraph) and not (paragraph.text or "").strip():
        paragraph.getparent().remove(paragraph)


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


def _one_line_rows(text: str) -> list[list[str]] | None:
    """The rows of a pipe table whose lines were joined into one ("| Wat | Wanneer | |---|---|
    | douchen | na 2 dagen |"), the header first: the delimiter row says how many cells a row
    holds, and only blanks stand between one row's closing pipe and the next one's opening."""
    rule = _ONE_LINE_RULE.search(text)
    if not rule or "\\|" in text:
        return None
    width = rule.group().count("|") - 1
    header, body = text[:rule.start()].strip(), text[rule.end():].strip()
    if width < 2 or not header.startswith("|") or not header.endswith("|") or not body.startswith("|"):
        return None
    rows = _fixed_rows(header, width) + _fixed_rows(body, width)
    if len(rows) < 1 + MIN_BODY_ROWS or len(_fixed_rows(header, width)) != 1:
        return None
    return rows


def _fixed_rows(text: str, width: int) -> list[list[str]]:
    """`text`'s rows of `width` cells each, every row in outer pipes; none where it is not so."""
    parts = text.split("|")[1:]  # before the first pipe: nothing
    if len(parts) % (width + 1) or any(parts[at].strip() for at in range(width, len(parts), width + 1)):
        return []
    return [[" ".join(cell.split()) for cell in parts[at:at + width]] for at in range(0, len(parts), width + 1)]


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
