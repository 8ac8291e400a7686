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

A listing of a program's code is none either: a `<pre>` whose class (or its `<code>`'s, or
the class of the box a highlighter wraps it in) names a programming language
(`ingest.code_blocks.is_code_class`: "language-python", pandoc's "sourceCode r", Sphinx's
"highlight-python") goes, as its fence does in Markdown; one named "text", or not named, stays.

A notebook's code cells are no listing of the leaflet: a leaflet written as a Jupyter notebook
and saved as HTML (nbconvert, Jupyter Book, nbsphinx, Quarto) shows the code that made its
tables and formatting ("import pandas as pd") over their output, and only the markdown cells
and the outputs are the leaflet. The input area of a code cell goes, known by the class each
tool gives it and by the `<pre>` of code it holds.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from ingest.code_blocks import is_code_class, is_program_language

# The class of a code cell's input area: JupyterLab's nbconvert (its editor), the classic
# notebook's and nbsphinx's, Jupyter Book's (MyST-NB), Quarto's.
_CODE_INPUTS = ("jp-InputArea-editor", "input_area", "nbinput", "cell_input", "cell-code")
# A cell's prompt ("In [1]:", "Out[2]:"), in a box whose class names a prompt.
_PROMPT = re.compile(r"(?:In|Out)\s*\[\s*\d*\s*\]\s*:?")


def plain_listings(tree: HtmlElement) -> None:
    """Each `<pre>` of the page that holds markup as the plain text it shows, in one
    `<code>` where it was a listing of code, a notebook's code cells and listings of a program's
    code gone (see above)."""
    drop_notebook_code(tree)
    drop_program_code(tree)
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


def drop_notebook_code(tree: HtmlElement) -> None:
    """Remove the input area of each code cell of a notebook saved as HTML (see above): a box
    of one of `_CODE_INPUTS`'s classes that holds a `<pre>`, and the cells' prompts."""
    named = " or ".join(f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')" for name in _CODE_INPUTS)
    for box in tree.xpath(f"//body//*[({named}) and descendant::pre]"):
        if box.getparent() is not None:
            box.drop_tree()
    for prompt in tree.xpath("//body//*[contains(@class, 'prompt') or contains(@class, 'Prompt')]"):
        if prompt.getparent() is not None and _PROMPT.fullmatch(" ".join(prompt.text_content().split())):
            prompt.drop_tree()


# How far up a listing's language may be named: Sphinx wraps `<pre>` in `<div class="highlight">`
# inside `<div class="highlight-python">`.
_NAMING_BOXES = 2


def drop_program_code(tree: HtmlElement) -> None:
    """Remove each `<pre>` that its markup names a listing of a program's code (see above): by the
    class of the `<pre>`, of a `<code>` in it or of the boxes that wrap it alone, or by a
    `data-lang`. A box that holds more than the listing is the page's own ("highlight-red", a
    coloured box), whatever its class says."""
    for listing in tree.xpath("//body//pre[not(ancestor::pre)]"):
        wrappers, inner = [], listing
        for box in list(listing.iterancestors())[:_NAMING_BOXES]:
            if len(box) != 1 or (box.text or "").strip() or (inner.tail or "").strip():
                break
            wrappers.append(box)
            inner = box
        boxes = [listing, *listing.iterdescendants("code"), *wrappers]
        if listing.getparent() is not None and any(
                is_code_class(box.get("class", "")) or is_program_language(box.get("data-lang", "")) for box in boxes):
            listing.drop_tree()
