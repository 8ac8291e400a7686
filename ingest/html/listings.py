"""Listings (`<pre>`): every line of one, as the reader sees it.

trafilatura keeps a `<pre>`'s text only up to its first inline element: a syntax
highlighter's `<span>`, or the callout marks Asciidoctor sets in a listing
(`reinigen <i class="conum" data-value="1"></i><b>(1)</b>`), cut the listing after its
first line. Before extraction each listing becomes the plain text it shows, its callout
marks kept as "(1)" for the callout list after it. A listing of code (`<pre><code>`, as
Asciidoctor, pandoc and Markdown write one) keeps its `<code>`, and `xml_markdown` keeps
its lines one per line (unless it is prose hard-wrapped into a `<code>`,
`xml_markdown._is_listing`); a bare `<pre>` may be a whole text file shown as a page, whose
lines were wrapped: it stays text whose lines clean joins.
"""

from __future__ import annotations

from lxml.html import HtmlElement


def plain_listings(tree: HtmlElement) -> None:
    """Each `<pre>` of the page that holds markup as the plain text it shows, in one
    `<code>` where it was a listing of code (see above)."""
    for listing in tree.xpath("//pre[* and not(ancestor::pre)]"):
        text = listing.text_content()
        coded = bool(listing.xpath(".//code"))
        for child in list(listing):
            listing.remove(child)
        listing.text = None if coded else text
        if coded:
            code = listing.makeelement("code")
            code.text = text
            listing.append(code)
