"""A diff tool's HTML page of two versions of a leaflet, read as the new version (red team 53).

diff2html (`diff2html -s side|line -f html`, of a `git diff`) and diffoscope (`--html`) set
a change out in a table: the old lines beside or above the new ones, line numbers, hunk
headers ("@@ -1,48 +1,52 @@", "Offset 15, 19 lines modified") and, inside a changed line,
the old words in `<del>` and the new in `<ins>`. Read as a web page it was the leaflet twice,
its old column cut into word pieces and its Markdown marks or diffoscope's visible spaces
("Gonorroe·wordt") left in, titled "Diff to HTML by rtfpessoa" or by diffoscope's command line.

Each tool's own classes say which cell holds which side: diff2html's `d2h-file-side-diff`
columns (the second is the new file) or `d2h-del`/`d2h-ins`/`d2h-cntx` rows, diffoscope's
`diffpresent` cells from the table's third column on. `new_side` keeps the new file's lines
only, its `<ins>` words as text and its `<del>` words out, turns diffoscope's signs back into
what they stand for (`·` a space, `»` a tab, `\\xc` a form feed), and reads what is left as
the file the tool compared read: Markdown for a `.md` file, a page for `.html`, else plain text
(a PDF's text from pdftotext is plain). The leaflet is marked a review copy, so that the
pipeline warns that what the older version said was left out. diffoscope shows only the hunks
around each change: the lines between them are not in the page and cannot be read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath
from typing import Literal

from lxml.html import HtmlElement

from ingest.source import SourceText

# How the file a diff compared reads: its text is read by the reader of that kind.
ComparedMarkup = Literal["plain", "markdown", "html"]

# A page a tool wrote, by its own markup: diff2html's file boxes, diffoscope's body class.
_DIFF2HTML_FILES = "//div[contains(concat(' ', normalize-space(@class), ' '), ' d2h-file-wrapper ')]"
_DIFFOSCOPE_BODY = "//body[contains(concat(' ', normalize-space(@class), ' '), ' diffoscope ')]"
_MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd", ".mkdn"})
_PAGE_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
# diffoscope's escape of a control character, `<em>\xc</em>` for a form feed.
_CONTROL_ESCAPE = re.compile(r"\\x([0-9a-fA-F]{1,2})")
# A section of a diffoscope report that holds a command's view of each file ("pdftotext {} -",
# "odt2txt {}", "html2text {}"): the file's text, where the other sections hold its metadata.
_COMMAND_SOURCE = re.compile(r"\{\}")


@dataclass(frozen=True)
class DiffSide:
    """The new version's text as a diff page shows it, and how the compared file reads
    ("html" for a page: it is read as a page again)."""

    text: str
    markup: ComparedMarkup


def is_diff_page(html: str) -> bool:
    """Whether a page may be a diff tool's (a cheap look at the text before any parse)."""
    return "d2h-file-wrapper" in html or "diffoscope" in html


def new_side(tree: HtmlElement, path: str | Path) -> SourceText | None:
    """The new version of the leaflet a diff page compares, read as its file reads and marked a
    review copy; None where the page is no diff2html or diffoscope page, or shows no new text."""
    side = _diff2html_side(tree) if tree.xpath(_DIFF2HTML_FILES) else None
    if side is None and tree.xpath(_DIFFOSCOPE_BODY):
        side = _diffoscope_side(tree)
    if side is None or not side.text.strip():
        return None
    if side.markup == "html":
        from ingest.html.load import load_html  # here: the page reader calls this module
        source = load_html(side.text, path)
    else:
        from ingest.text import load_text  # here: the text reader imports what the page reader does
        source = load_text(side.text.encode("utf-8"), path, "markdown" if side.markup == "markdown" else "plain")
    return replace(source, review_copy=True)


def _markup_of(name: str) -> ComparedMarkup:
    """How a compared file reads, by its name's suffix: Markdown, a page, else plain text."""
    suffix = PurePosixPath(name.strip().split()[-1] if name.strip() else "").suffix.lower()
    if suffix in _MARKDOWN_SUFFIXES:
        return "markdown"
    return "html" if suffix in _PAGE_SUFFIXES else "plain"


def _classes(element: HtmlElement) -> set[str]:
    return set(element.get("class", "").split())


def _line_text(cell: HtmlElement) -> str:
    """A diff cell's line as the new file has it: its `<del>` words out, its `<ins>` words in,
    diffoscope's visible-whitespace signs turned back (`_shown_sign`)."""
    parts = [cell.text or ""]
    for child in cell:
        if not isinstance(child.tag, str) or child.tag == "del":
            parts.append(child.tail or "")
            continue
        sign = _shown_sign(child)
        tail = child.tail or ""
        if sign is None:
            parts.append(_line_text(child))
        else:
            parts.append(sign)
            tail = tail.lstrip("\xa0") if sign == "\t" else tail  # a tab's padding to its stop
        parts.append(tail)
    return "".join(parts)


def _shown_sign(element: HtmlElement) -> str | None:
    """What a diffoscope sign stands for: `<span class="dp">` `·` a space, `»` a tab, the `\\`
    after a line break nothing; `<em>\\xNN</em>` the control character, a form feed kept (a page
    break) and the others dropped; a `<br>` nothing. None for any other element."""
    if element.tag == "br":
        return ""
    if element.tag == "span" and "dp" in _classes(element):
        return {"·": " ", "»": "\t"}.get(element.text_content(), "")
    match = _CONTROL_ESCAPE.fullmatch(element.text_content()) if element.tag == "em" else None
    if match is None:
        return None
    return "\f" if int(match.group(1), 16) == ord("\f") else ""


def _diff2html_side(tree: HtmlElement) -> DiffSide | None:
    """The new file of each file box of a diff2html page, files apart by a blank line: from
    the side-by-side view's second column, or the line view's rows that no deletion marks."""
    files: list[str] = []
    markup: ComparedMarkup | None = None
    for box in tree.xpath(_DIFF2HTML_FILES):
        names = box.xpath(".//*[contains(concat(' ', @class, ' '), ' d2h-file-header ')]"
                          "//*[contains(concat(' ', @class, ' '), ' d2h-file-name ')]")
        name = names[0].text_content().split("→")[-1] if names else ""
        markup = markup or _markup_of(name)
        columns = box.xpath(".//div[contains(concat(' ', @class, ' '), ' d2h-file-side-diff ')]")
        table = columns[-1] if columns else box
        files.append("\n".join(_diff2html_lines(table)))
    return DiffSide("\n\n".join(files), markup or "plain") if files else None


def _diff2html_lines(table: HtmlElement) -> list[str]:
    """The new file's lines in one diff2html table: context and inserted lines in order,
    a blank line between hunks (the lines between them are not on the page)."""
    lines: list[str] = []
    for row in table.iter("tr"):
        cells = [cell for cell in row if cell.tag == "td" and not _is_number_cell(cell)]
        if not cells:
            continue
        classes = _classes(cells[-1])
        if "d2h-info" in classes:  # a hunk header: "@@ -1,48 +1,52 @@"
            if lines:
                lines.append("")
            continue
        if "d2h-del" in classes or "d2h-emptyplaceholder" in classes:
            continue
        content = cells[-1].xpath(".//*[contains(concat(' ', @class, ' '), ' d2h-code-line-ctn ')]")
        if content:
            lines.append(_line_text(content[0]).rstrip("\n"))
    return lines


def _is_number_cell(cell: HtmlElement) -> bool:
    classes = _classes(cell)
    return "d2h-code-side-linenumber" in classes or "d2h-code-linenumber" in classes


def _diffoscope_side(tree: HtmlElement) -> DiffSide | None:
    """The new file's lines of a diffoscope report: the text sections (a command's view of each
    file, where the report has one; else every table), hunks apart by a blank line."""
    tables = tree.xpath("//table[contains(concat(' ', @class, ' '), ' diff ')]")
    commanded = [table for table in tables if _COMMAND_SOURCE.search(_section_source(table))]
    chosen = commanded or tables
    if not chosen:
        return None
    sources = tree.xpath("//*[contains(concat(' ', @class, ' '), ' source ')]")
    compared = sources[1].text_content() if len(sources) > 1 else ""
    markup = "plain" if commanded else _markup_of(compared)
    parts = ["\n".join(_diffoscope_lines(table)) for table in chosen]
    return DiffSide("\n\n".join(part for part in parts if part), markup)


def _section_source(table: HtmlElement) -> str:
    """The name of the report section a table is in: its difference box's header's source."""
    box = table.getparent()
    header = box.xpath("./div[contains(concat(' ', @class, ' '), ' diffheader ')]") if box is not None else []
    sources = header[0].xpath(".//*[contains(concat(' ', @class, ' '), ' source ')]") if header else []
    return " ".join(source.text_content() for source in sources)


def _diffoscope_lines(table: HtmlElement) -> list[str]:
    """The new file's lines in one diffoscope table: the `diffpresent` cell that starts in the
    table's third column or later, in each row the new file has a line in (an empty line where it
    has none: diffoscope writes no cell of text for an empty line); a blank line for each hunk
    after the first."""
    lines: list[str] = []
    for row in table.iter("tr"):
        classes = _classes(row)
        if "diffhunk" in classes:  # "Offset 15, 19 lines modified": the lines before it are not shown
            if lines:
                lines.append("")
            continue
        if not classes & {"diffunmodified", "diffchanged", "diffadded", "diffdeleted"}:
            continue  # a hidden spacer, a "load more" or a size-limit row: no line of the file
        if "diffdeleted" in classes:
            continue  # the old file's line: the new one has none here
        column = 0
        shown = ""  # an empty line has no `diffpresent` cell, only a blank one
        for cell in row:
            if cell.tag != "td":
                continue
            if column >= 2 and "diffpresent" in _classes(cell):
                shown = _line_text(cell)
            span = cell.get("colspan", "1").strip()
            column += int(span) if span.isdigit() else 1
        lines.append(shown)
    return lines
