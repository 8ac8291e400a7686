"""Links that move the reader between the parts of a document, which are not its text.

Two kinds escape the menu finder in `furniture` (a box of in-page links and separators):
the node navigation of a manual ("Next: Dosering, Previous: Inleiding, Up: Top [Contents]",
Texinfo's `makeinfo --html` above every node), whose links the markup itself names with
`rel="next"`, `rel="prev"` and `rel="up"`, and a table of contents set as loose links
straight in the page (groff's `-Thtml`: one `<a href="#…">` per line, ended by `<br>`, in
`<body>`), which no box holds.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from ingest.html.headings import HEADINGS
from ingest.html.page_parts import LINE_BLOCKS, PAGE_BOXES

# The link types (HTML's `rel`) of a link to the next, previous or enclosing part of a
# document, and those that may stand beside them in the same bar (its contents, its index).
_STEP_RELS = {"next", "prev", "previous", "up"}
_BAR_RELS = _STEP_RELS | {"contents", "toc", "index", "start", "first", "last", "top", "home", "help"}
# A navigation bar says at most this many words of its own per link: a label ("Volgende:",
# "Previous:"), never a sentence.
MAX_LABEL_WORDS_PER_LINK = 2


def drop_node_navigation(tree: HtmlElement) -> None:
    """Remove the bars of links to the next, previous and enclosing part of a document: each
    link in it typed by `rel` as such a step (or as the contents or the index), at least one
    of them a step, and no more words besides than a short label per link. Texinfo repeats
    the bar above every node, so every passage ended in the next node's bar. A sentence that
    links to the next page ("Lees verder op de volgende pagina") says more than labels."""
    bars = {_bar(link) for link in tree.xpath("//body//a[@rel]") if _rels(link) & _STEP_RELS} - {None}
    for bar in bars:
        if bar.getparent() is not None and not any(outer in bars for outer in bar.iterancestors()):
            bar.drop_tree()


def _rels(link: HtmlElement) -> set[str]:
    """The link types a link names in its `rel`, in lower case."""
    return set(link.get("rel", "").lower().split())


def _bar(link: HtmlElement) -> HtmlElement | None:
    """The navigation bar a step link stands in: the line block around it, widened to the
    boxes around that which hold nothing else (Texinfo's `<div class="header">` around its
    `<p>`), or None where that block is not a bar."""
    box = next((holder for holder in link.iterancestors() if holder.tag in LINE_BLOCKS), None)
    if box is None or box.tag in PAGE_BOXES or box.tag.startswith("h") and box.tag[1:].isdigit() \
            or not _is_bar(box):
        return None
    words = box.text_content().split()
    while (outer := box.getparent()) is not None and outer.tag not in PAGE_BOXES \
            and outer.getparent() is not None and outer.text_content().split() == words:
        box = outer
    return box


def _is_bar(box: HtmlElement) -> bool:
    """Whether every link in a box is typed as a step, the contents or the index, and the box
    says no more of its own than a label per link."""
    links = box.xpath(".//a[@href]")
    if not links or any(not _rels(link) & _BAR_RELS for link in links):
        return False
    own = " ".join(box.xpath(".//text()[not(ancestor::a)]"))
    words = [word for word in own.split() if any(char.isalnum() for char in word)]  # not "[" or "|"
    return len(words) <= MAX_LABEL_WORDS_PER_LINK * len(links)


# What may stand between the lines of a loose table of contents: space, line breaks and
# separators, not words.
_LINE_GAP = re.compile(r"[\s|·•]*")


def drop_heading_link_runs(tree: HtmlElement) -> None:
    """Remove a run of two or more links to the page's own sections whose words are the
    page's headings, with nothing but line breaks and separators between them, wherever the
    run stands: groff sets its table of contents as loose `<a href="#…">` lines in `<body>`,
    which no box holds, so the menu finder (`drop_page_menus`) never met it and the contents
    became the first passage. A link in a sentence has words beside it and stays."""
    headings = {_words(heading) for heading in tree.xpath(HEADINGS)} - {""}
    runs: list[list[HtmlElement]] = []
    for link in tree.xpath("//body//a[starts-with(normalize-space(@href), '#')]"):
        if _words(link) not in headings:
            continue
        previous = runs[-1][-1] if runs else None
        if previous is not None and _next_link(previous) is link:
            runs[-1].append(link)
        else:
            runs.append([link])
    for run in runs:
        if len(run) >= 2:
            _drop_run(run)


def _words(element: HtmlElement) -> str:
    """An element's words, spaced once and case-folded, for comparing a link with a heading."""
    return " ".join(element.text_content().split()).casefold()


def _next_link(link: HtmlElement) -> HtmlElement | None:
    """The sibling link right after a link, where only line breaks and separators stand
    between them."""
    gap = link.tail or ""
    for sibling in link.itersiblings():
        if sibling.tag == "a":
            return sibling if _LINE_GAP.fullmatch(gap) else None
        if sibling.tag != "br":
            return None
        gap += sibling.tail or ""
    return None


def _drop_run(run: list[HtmlElement]) -> None:
    """Remove the links of a run and the line breaks between and right after them, keeping
    the text that follows the run."""
    gone, element = [], run[0]
    while element is not None and (element in run or element.tag == "br") \
            and (element is run[0] or _LINE_GAP.fullmatch(gone[-1].tail or "")):
        gone.append(element)
        element = element.getnext()
    for element in gone:
        if element is not gone[-1]:
            element.tail = ""  # space and separators only
        element.drop_tree()  # the last one's tail stays: the words after the run
