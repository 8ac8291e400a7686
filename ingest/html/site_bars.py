"""A site's link bar and copyright line set as plain paragraphs, not in `<nav>` or `<footer>`.

A page that a static-site pipeline (unified's remark and rehype) or a hand-made template
writes may open with its menu or breadcrumb as one paragraph of links ("Home · Patiënten ·
Afdelingen · Contact") and end with its copyright line ("© 2026 Ziekenhuis De Vallei ·
Privacyverklaring · Cookiebeleid"), with no box that names them furniture. trafilatura kept
both: the bar was a passage of its own, ranked for questions that named none of its words,
and the copyright line was cited as the last words of the contact section (red team 33).
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from ingest.html.page_parts import FURNITURE, REGEXP
from ingest.web_dump import COPYRIGHT_LINE

MIN_BAR_LINKS = 3  # two links side by side may be a sentence's ("zie A of B")
MAX_BAR_ITEM_WORDS = 5  # "Voor patiënten en bezoekers"; longer, a link in a sentence
MAX_COPYRIGHT_WORDS = 40  # a copyright line with its links, not a paragraph
# What stands between a bar's links: space and separators, no words.
_BAR_GAP = re.compile(r"[\s|·•/>»›–—-]*")
_HEADINGS = "self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6"
# Words that a reader sees: not those of scripts and styles.
_SEEN_TEXT = "text()[normalize-space() and not(ancestor::script or ancestor::style)]"


def drop_site_bars(tree: HtmlElement) -> None:
    """Remove a paragraph of links alone (`MIN_BAR_LINKS` or more, short, separators
    between) before the page's first heading or after its last words, and a copyright line
    that ends the page. A bar inside the text, between headings, is left: it may be the
    leaflet's own list of related pages. Boxes that name themselves furniture (`<footer>`,
    `div.site-footer`) are trafilatura's to drop; their dates were read before
    (ingest/html/page_dates.py), and given back here as furniture a copyright year outranked
    the page's own "Laatst gewijzigd" date."""
    for block in tree.xpath("//body//p | //body//div[not(.//p or .//div)]"):
        words = " ".join(block.text_content().split())
        bar = _is_link_bar(block)
        if not bar and not (COPYRIGHT_LINE.match(words) and len(words.split()) <= MAX_COPYRIGHT_WORDS) \
                or block.getparent() is None or block.xpath(FURNITURE, namespaces=REGEXP):
            continue  # the cheap tests first: the page's axes are walked for a few blocks only
        if _ends_page(block) or bar and not block.xpath(f"preceding::*[{_HEADINGS}]"):
            block.drop_tree()


def _is_link_bar(block: HtmlElement) -> bool:
    """Whether a block holds nothing but short links and the separators between them."""
    links = block.xpath(".//a[@href]")
    return len(links) >= MIN_BAR_LINKS \
        and all(len(link.text_content().split()) <= MAX_BAR_ITEM_WORDS for link in links) \
        and _BAR_GAP.fullmatch("".join(block.xpath(".//text()[not(ancestor::a)]"))) is not None


def _ends_page(block: HtmlElement) -> bool:
    """Whether no words a reader sees follow the block."""
    return not block.xpath(f"following::{_SEEN_TEXT}")
