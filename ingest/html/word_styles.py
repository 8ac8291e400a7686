"""Headings a Word file's paragraph styles name on the page's boxes (`<div name="Heading 1">`).

wvWare's `wvHtml` (a Word 97 `.doc` to HTML) writes each paragraph in a `<div>` whose `name`
is the paragraph's Word style ("Title", "Heading 1", "Text Body", "Header") and sets its look
inline: no `<h1>`-`<h6>` at all. Numbered headings come inside one-item lists
(`<ul><li value="3"><div name="Heading 1">`), and a list before a table is closed only in the
table's first cell, so the parser holds the rest of the document inside that list. Read so,
every heading was a bullet and the sections after the table had none (red team 33). The
style names say what each box is: the Title is the leaflet's title, "Heading N" its
headings, and the page's running header and footer are print furniture (ingest/html/footnotes.py).
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from ingest.html.headings import heading_like

# Word's built-in heading styles, in English and Dutch ("Kop 1").
_HEADING_STYLE = re.compile(r"(?:heading|kop)\s*([1-6])")
_TITLE_STYLES = frozenset({"title", "titel"})


def style_headings(tree: HtmlElement) -> None:
    """Make the boxes a Word style names as a heading or the title `<h1>`-`<h6>`: the Title
    `<h1>` and "Heading N" one level below it (or `<hN>` where no Title is styled), and lift
    a heading out of the one-item list Word's heading numbering put it in. A box in a table
    is no heading, nor one that reads as a sentence."""
    found: dict[HtmlElement, int] = {}
    for box in tree.xpath("//body//div[@name]"):
        style = " ".join(box.get("name", "").split()).lower()
        heading = _HEADING_STYLE.fullmatch(style)
        level = 0 if style in _TITLE_STYLES else int(heading.group(1)) if heading else None
        text = " ".join(box.text_content().split())
        if level is None or not text or not heading_like(text) or box.xpath("ancestor::td | ancestor::th"):
            continue
        found[box] = level
    titled = 1 if 0 in found.values() else 0
    for box, level in found.items():
        text = " ".join(box.text_content().split())
        for child in list(box):
            box.remove(child)
        box.attrib.clear()
        box.tag, box.text = f"h{min(6, level + titled) or 1}", text
    _out_of_lists(list(found))


def _out_of_lists(headings: list[HtmlElement]) -> None:
    """Unwrap the list items that hold nothing but a heading, and the lists left without
    items: a numbered heading is no list item, and the text after it is no part of a list."""
    lists = []
    for heading in headings:
        item = heading.getparent()
        if item is None or item.tag != "li" or (item.text or "").strip() or any(
                child is not heading and (child.text_content().strip() or (child.tail or "").strip())
                for child in item if isinstance(child.tag, str)):
            continue
        listed = item.getparent()
        item.drop_tag()
        if listed is not None and listed.tag in {"ul", "ol"}:
            lists.append(listed)
    for listed in reversed(lists):  # the innermost first: a list may hold the next one
        if listed.getparent() is not None and not listed.xpath("./li"):
            listed.drop_tag()
