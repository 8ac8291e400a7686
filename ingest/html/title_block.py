"""pandoc's title block: the author and the date a standalone page sets under its title.

`pandoc -s` writes a document's title, subtitle, author and date into `<header
id="title-block-header">` (`<p class="author">`, `<p class="date">`), and the date into `<meta
name="dcterms.date">` only where it can parse it: "14 januari 2026" it cannot. To every other
step a `<header>` is the site's, so the sender and the date went with it, and the leaflet cited
no sender and counted as undated (red team 64). The author names the publisher where it names
an organisation ("GGD Kennemer-Waterland, Jeugdgezondheidszorg"): a person who wrote the
leaflet is no publisher. The date dates the page as pandoc's `dcterms.date` would.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from ingest.dates import find_updated
from ingest.structure import organisation_in

_BLOCK = "//header[@id='title-block-header']"
_FIELD = "./p[contains(concat(' ', normalize-space(@class), ' '), ' {} ')]"


def title_block(tree: HtmlElement, language: str = "nl") -> tuple[str, str]:
    """(publisher, date as YYYY-MM-DD, YYYY-MM or YYYY) that pandoc's title block states,
    each "" where it states none."""
    for header in tree.xpath(_BLOCK):
        authors = [" ".join(field.text_content().split()) for field in header.xpath(_FIELD.format("author"))]
        dates = [" ".join(field.text_content().split()) for field in header.xpath(_FIELD.format("date"))]
        publisher = next((name for name in map(organisation_in, authors) if name), "")
        return publisher, find_updated(dates[0], language=language, unlabelled=True) if dates else ""
    return "", ""
