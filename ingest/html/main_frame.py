"""Tell trafilatura where the text is: one frame around it, sibling articles as one page.

A page with no `<main>` or `<article>` gets a `<main>` around the box that holds its text
(in place of a layout table whose other cells are the menu; a few short lines beside that
box do not widen it to the whole body; text straight in the body gets one around it
there): without a frame, trafilatura gathers loose paragraphs and drops every heading and
list. Sections written as sibling `<article>`s are read as one page.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from ingest.html.controls import control_kind
from ingest.html.headings import HEADING_NAMES
from ingest.html.layout_tables import LAYOUT, TABLES_AROUND, TABLE_PARTS, table_cells
from ingest.html.page_parts import FURNITURE, MAX_TEASER_WORDS, REGEXP


# Landmarks that tell trafilatura where the text is: with one, the page needs no `<main>` from us.
_LANDMARKS = "//main | //article | //*[@role='main' or @role='article']"
# What locates the text: its paragraphs and headings.
_TEXT_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6"}
# Them on the page, in page order: one step, not a union of one per tag (libxml2 merges unions slowly).
_TEXT_ELEMENTS = "//body//*[" + " or ".join(f"self::{tag}" for tag in sorted(_TEXT_TAGS)) + "]"


def mark_main(tree: HtmlElement) -> None:
    """Wrap the content of the box that holds all the page's paragraphs and headings in a
    `<main>`, on a page with no landmark (`<main>`, `<article>`, `role="main"`). Without one
    and without a content class it knows (`class="content"`), trafilatura finds no frame and
    falls back to gathering loose paragraphs: every heading and list is lost. Paragraphs in
    menus, headers, footers, sidebars and cookie bars do not count; when the text has no
    box below `<body>` the page is left as it is.

    A box in a table (the text in a `<td>` beside a menu cell) gets no `<main>` inside the
    cell: trafilatura then gives the text twice, once with its headings and once as the whole
    row on one line. The `<main>` takes the place of the outermost table instead (or of the
    layout table `unwrap_layout_tables` read as boxes), with the box's content, when all the
    table holds beside the box is links, separators and page furniture (`_only_links`). A
    box that is a table or a row of one stands for its only cell with more than links; where
    it has several (a table of data) or other words stand beside the box, a table of data is
    left as it is, and a layout gets the `<main>` around all of it."""
    if tree.xpath(_LANDMARKS):
        return
    texts = [element for element in tree.xpath(_TEXT_ELEMENTS)
             if element.text_content().strip() and not element.xpath(FURNITURE, namespaces=REGEXP)]
    box = _common_box(texts)
    if box is not None and box.tag in {"html", "body"}:
        inner = _box_beside_loose_lines(texts)
        box = inner if inner is not None else box
    if box is not None and box.tag in _TEXT_TAGS:
        box = box.getparent()
    if box is not None and box.tag == "body":
        _frame_body(box, texts)
        return
    if box is None or box.tag == "html":
        return
    tables = box.xpath(TABLES_AROUND)  # in document order: the outermost first
    if box.tag in TABLE_PARTS or box.get(LAYOUT) in {"table", "row"}:
        cells = [cell for cell in table_cells(box) if not _only_links(cell)]
        if len(cells) == 1:
            box = cells[0]
        elif box.tag in TABLE_PARTS:
            return  # a table of data: trafilatura reads it as rows
    if tables and not _only_links(tables[0], beside=box):
        if tables[0].tag == "table":
            return
        box, tables = tables[0], []  # the words beside the text in a layout are the page's too
    if box.get(LAYOUT) in {"table", "row"}:  # text in several cells of a layout
        for cell in table_cells(box):
            if _only_links(cell) and cell.getparent() is not None:
                cell.drop_tree()  # a menu, a banner: the page's furniture, as where the table goes
    main = box.makeelement("main", {})
    main.text, box.text = box.text, None
    for child in list(box):
        main.append(child)  # moves the child, its tail with it
    if tables:
        tables[0].addprevious(main)
        tables[0].drop_tree()  # the menu cells beside the box go; the table's tail stays
    else:
        box.append(main)


def _frame_body(body: HtmlElement, texts: list[HtmlElement]) -> None:
    """Put a `<main>` around the part of the `<body>` that holds the page's text, where the
    text stands in the body itself (a word processor's web page: paragraphs, headings and
    lists straight under `<body>`): without a frame trafilatura gathers the paragraphs and
    drops every heading and list. A banner or menu before the first text and a footer after
    the last stay outside it; what stands between goes in, as trafilatura drops a `<nav>`
    or `<footer>` inside a `<main>` too."""
    children = [child for child in body if isinstance(child.tag, str)]
    tops = {next((box for box in [text, *text.iterancestors()] if box.getparent() is body), None)
            for text in texts}  # the children of the body that hold text
    holding = [index for index, child in enumerate(children) if child in tops]
    if not holding:
        return
    main = body.makeelement("main", {})
    children[holding[0]].addprevious(main)
    for child in children[holding[0]:holding[-1] + 1]:
        main.append(child)  # moves the child, its tail with it


# A paragraph of at most this many words outside the box of a page's text is a loose line
# ("Afgedrukt van www.ziekenhuis.nl", a feedback question), and such lines hold at most this
# share of the words of the text.
MAX_LOOSE_WORDS = 12
MAX_LOOSE_SHARE = 0.1


def _box_beside_loose_lines(texts: list[HtmlElement]) -> HtmlElement | None:
    """The box of a page's text when a few short lines outside it made the whole body the
    box of all its paragraphs: the box that holds every heading and every longer paragraph,
    below `<body>`, where the paragraphs outside it are loose lines (`MAX_LOOSE_WORDS`,
    `MAX_LOOSE_SHARE`). Without it the page gets no frame, and trafilatura drops every list
    and heading of the text for a line beside it. None where there is no such box."""
    words = {text: len(text.text_content().split()) for text in texts}
    held = [text for text in texts if text.tag in HEADING_NAMES or words[text] > MAX_LOOSE_WORDS]
    box = _common_box(held)
    if box is None or box.tag in {"html", "body"}:
        return None
    inside = sum(count for text, count in words.items() if text is box or box in text.iterancestors())
    outside = sum(words.values()) - inside
    return box if outside <= MAX_LOOSE_SHARE * inside else None


def _only_links(element: HtmlElement, beside: HtmlElement | None = None) -> bool:
    """Whether every word of `element` (outside the box `beside`) is the text of a link, stands
    in page furniture (`FURNITURE`) or is a separator ("|", "·"): the site's menu in the
    cells of a layout table, which the text loses nothing by leaving."""
    for text in element.xpath(".//text()[not(ancestor::script or ancestor::style)]"):
        holder = text.getparent().getparent() if text.is_tail else text.getparent()
        if holder is beside or (beside is not None and beside in holder.iterancestors()) \
                or not re.search(r"\w", text):
            continue
        if not holder.xpath("ancestor-or-self::a") and not holder.xpath(FURNITURE, namespaces=REGEXP):
            return False
    return True


def _common_box(elements: list[HtmlElement]) -> HtmlElement | None:
    """The smallest element that holds all the given ones (or is one of them)."""
    box = elements[0] if elements else None
    for element in elements[1:]:
        while box is not None and box is not element and box not in element.iterancestors():
            box = box.getparent()
    return box


def join_articles(tree: HtmlElement) -> None:
    """Unwrap `<article>`s that stand side by side as the sections of one leaflet, its title
    before them or inside the first: trafilatura would read only the first one's heading.
    One article, a later article with an `<h1>` of its own, or a group with a teaser among
    them (a short card linking to another page: "Artrose … Lees meer") are left as they
    are: those are other pages beside the leaflet, not its sections."""
    for box in {article.getparent() for article in tree.iter("article")} - {None}:
        articles = box.findall("article")
        if len(articles) >= 2 and not any(article.find(".//h1") is not None for article in articles[1:]) \
                and not any(_is_teaser(article) for article in articles):
            for article in articles:
                article.drop_tag()


def _is_teaser(article: HtmlElement) -> bool:
    """Whether an article is a card pointing to another page: a link (not one that shares
    or prints this page), and little else. The article that holds the page's `<h1>` is the
    page itself, however short."""
    return (article.find(".//h1") is None and len(article.text_content().split()) <= MAX_TEASER_WORDS
            and any(control_kind(link) is None for link in article.iterfind(".//a[@href]")))
