"""A site's link bar and copyright line set as plain paragraphs, not in `<nav>` or `<footer>`.

A page that a static-site pipeline (unified's remark and rehype) or a hand-made template
writes may open with its menu or breadcrumb as one paragraph of links ("Home · Patiënten ·
Afdelingen · Contact") and end with its copyright line ("© 2026 Ziekenhuis De Vallei ·
Privacyverklaring · Cookiebeleid"), with no box that names them furniture. trafilatura kept
both: the bar was a passage of its own, ranked for questions that named none of its words,
and the copyright line was cited as the last words of the contact section (red team 33). A
closing line need not say "©": a footer of the site's name, address and policy links
("Ziekenhuis Zeevang · Waterlandlaan 250 · Purmerend · Privacy") is one too. A template may also
set the site's name as an `<h1>` in a box of its own over the leaflet's `<h1>` (`drop_masthead`):
it was the leaflet's title, and the leaflet's own title its first section (red team 34).
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from ingest.clean.furniture import META_GAP
from ingest.html.page_parts import FURNITURE, REGEXP
from ingest.web_dump import COPYRIGHT_LINE, SITE_LINK

MIN_BAR_LINKS = 3  # two links side by side may be a sentence's ("zie A of B")
MAX_BAR_ITEM_WORDS = 5  # "Voor patiënten en bezoekers"; longer, a link in a sentence
MAX_COPYRIGHT_WORDS = 40  # a copyright line with its links, not a paragraph
MIN_CLOSING_ITEMS = 3  # name, address, a link: fewer is a sentence with a link in it
MAX_CLOSING_WORDS = 16  # a footer's items, not a paragraph of the leaflet's own
MAX_MASTHEAD_WORDS = 30  # the site's name with its address and phone line, no text
# What separates the site's name from the page's in a `<title>` ("De Kikker - Informatie").
_TITLE_PART = re.compile(r"\s+[|·•–—:-]\s+")
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
    _drop_closing_footer(tree)
    for block in tree.xpath("//body//p | //body//div[not(.//p or .//div)]"):
        words = " ".join(block.text_content().split())
        if _is_language_switch(block, words) and block.getparent() is not None:
            block.drop_tree()
            continue
        bar = _is_link_bar(block)
        if not bar and not (COPYRIGHT_LINE.match(words) and len(words.split()) <= MAX_COPYRIGHT_WORDS) \
                and not _is_closing_line(block, words) \
                or block.getparent() is None or block.xpath(FURNITURE, namespaces=REGEXP):
            continue  # the cheap tests first: the page's axes are walked for a few blocks only
        if _ends_page(block) or bar and not block.xpath(f"preceding::*[{_HEADINGS}]"):
            block.drop_tree()


# A language's own name, as a switch to the page in another language shows it, or its code.
_LANGUAGE_NAMES = frozenset(
    "nederlands english deutsch français francais español espanol italiano português portugues polski türkçe turkce "
    "العربية عربي українська русский فارسی frysk papiamentu tamazight somali tigrinya "
    "nl en de fr es it pt pl tr ar uk ru fa".split())
_SWITCH_GAP = re.compile(r"\s*[|·•/]\s*|\s+")


def _drop_closing_footer(tree: HtmlElement) -> None:
    """Remove the blocks that close the page as a site's footer set in plain paragraphs and
    lists, read back from the page's end while each is one: a copyright line, a list of links to
    the site's statements ("Privacyverklaring", "Disclaimer", "Sitemap") or a line of short
    fields with no sentence ("GGD Haaglanden · Westeinde 128 · 2512 HE Den Haag"). A copyright
    line or such a list must be among them, as a text dump's footer needs (`ingest.web_dump`):
    a leaflet may end with its address. The address alone, a link in none of its fields, stayed
    under the box of related pages before it (bleach's cleaned page, red team 38)."""
    run: list[HtmlElement] = []
    signed = False
    for block in reversed(tree.xpath("//body//p | //body//ul | //body//ol | //body//div[not(.//p or .//div)]")):
        if block.xpath(FURNITURE, namespaces=REGEXP) or any(block in kept.iterancestors() for kept in run):
            continue
        words = " ".join(block.text_content().split())
        if not words:
            continue
        if block.xpath(f"following::{_SEEN_TEXT}[not(ancestor::*[@data-closing])]"):
            break  # words of the leaflet's stand after it
        copyright_line = bool(COPYRIGHT_LINE.match(words)) and len(words.split()) <= MAX_COPYRIGHT_WORDS
        statements = block.tag in {"ul", "ol"} and _lists_statements(block)
        fields = len(words.split()) <= MAX_CLOSING_WORDS and len(META_GAP.split(words)) >= MIN_CLOSING_ITEMS \
            and not re.search(r"[.!?](?:\s|$)", words)
        if not (copyright_line or statements or fields):
            break
        signed = signed or copyright_line or statements
        block.set("data-closing", "")
        run.append(block)
    for block in run:
        if signed and block.getparent() is not None:
            block.drop_tree()
        elif block.getparent() is not None:
            del block.attrib["data-closing"]


def _lists_statements(block: HtmlElement) -> bool:
    """Whether a list's items are each a link to one of the site's statements ("Privacy", "Sitemap")."""
    items = block.xpath("./li")
    return bool(items) and all(SITE_LINK.fullmatch(" ".join(item.text_content().split())) and item.xpath(".//a[@href]")
                               for item in items)


def _is_language_switch(block: HtmlElement, words: str) -> bool:
    """Whether a block is a switch between the page's languages: two language names or more
    ("Nederlands | English"), one a link to the other version at least, nothing else. As text
    it opened the English leaflet's first passage, before its publisher's line (red team 35)."""
    names = [name for name in _SWITCH_GAP.split(words.casefold()) if name]
    return len(names) >= 2 and all(name in _LANGUAGE_NAMES for name in names) and bool(block.xpath(".//a[@href]"))


def _is_closing_line(block: HtmlElement, words: str) -> bool:
    """Whether a block reads as a site's footer line: short items between separators
    (`MIN_CLOSING_ITEMS` or more), one at least a link into the site (not a phone number or a
    mail address, which a leaflet's contact line links too), and no sentence."""
    links = [link for link in block.xpath(".//a[@href]") if not link.get("href", "").startswith(("mailto:", "tel:"))]
    return bool(links) and len(words.split()) <= MAX_CLOSING_WORDS \
        and len(META_GAP.split(words)) >= MIN_CLOSING_ITEMS and not re.search(r"[.!?](?:\s|$)", words)


def drop_masthead(tree: HtmlElement) -> str:
    """Remove the site's name set as the page's first `<h1>` over the leaflet's own: it is one
    half of the page's `<title>` ("Kinderfysiotherapie De Kikker - Informatie"), it stands in a
    box of its own (the template's header, with the site's address line), and an `<h1>` follows
    outside that box. A leaflet's own `<h1>` in the box that holds its text stays its title.
    The box goes where it holds no more than the name and a short line (`MAX_MASTHEAD_WORDS`).
    Returns the site's name, or "": the `<title>` then names the site, not the leaflet."""
    found = tree.xpath("//body//h1")
    title = " ".join("".join(tree.xpath("//head/title//text()")).split())
    if len(found) < 2 or not title:
        return ""
    first, box = found[0], found[0].getparent()
    words = " ".join(first.text_content().split())
    if not words or words == title or words not in _TITLE_PART.split(title) or box is None \
            or box.tag == "body" or box.xpath(f".//*[{_HEADINGS}]") != [first] or found[1] in box.iterdescendants():
        return ""
    if len(box.text_content().split()) <= MAX_MASTHEAD_WORDS and not box.xpath(".//a"):
        box.drop_tree()
    else:
        first.drop_tree()
    return words


def _is_link_bar(block: HtmlElement) -> bool:
    """Whether a block holds nothing but short links and the separators between them."""
    links = block.xpath(".//a[@href]")
    return len(links) >= MIN_BAR_LINKS \
        and all(len(link.text_content().split()) <= MAX_BAR_ITEM_WORDS for link in links) \
        and _BAR_GAP.fullmatch("".join(block.xpath(".//text()[not(ancestor::a)]"))) is not None


def _ends_page(block: HtmlElement) -> bool:
    """Whether no words a reader sees follow the block."""
    return not block.xpath(f"following::{_SEEN_TEXT}")
