"""The page's headings: which elements are headings, where they stand and what they head.

Several steps make headings of what the page did not mark as one (collapsible sections'
titles, `<details>` questions, blocks styled as headings) and need the heading before an
element, the level below it, the words a heading heads first, and whether a line can be a
heading at all. Those walks are read in page order, once per page, since the XPath axes
that would answer them are quadratic on a large page.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator

from lxml import etree
from lxml.html import HtmlElement

from ingest.node_lines import TITLE_SEPARATOR, title_halves
from ingest.structure import MAX_HEADING_WORDS


# The headings of a page, and the step that picks them on an axis (".//*" + it).
HEADING_TAGS = "[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6]"
HEADINGS = "//*" + HEADING_TAGS
HEADING_NAMES = {"h1", "h2", "h3", "h4", "h5", "h6"}
# The space XPath's normalize-space() takes away: a text of nothing else holds no words.
_XML_SPACE = " \t\r\n"

# Where a block styled as a heading heads nothing of the page's own: a cell of a table, a list
# item, a control, a link, a heading, or page furniture.
NO_HEADING_HERE = ("ancestor::*[self::td or self::th or self::li or self::dt or self::dd or self::a"
                   " or self::button or self::summary or self::label or self::caption or self::figcaption"
                   " or self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6]")


def first_words_after(element: HtmlElement) -> HtmlElement | None:
    """The element that holds the first words after an element, outside it (what a heading
    heads first), or None; words in a script or style are none. Read text by text in page
    order: XPath's `following::text()[...][1]` gathers all the rest of the page first."""
    for text, holder in _texts_after(element):
        if text and text.strip(_XML_SPACE) and holder is not None \
                and not any(box.tag in {"script", "style"} for box in [holder, *holder.iterancestors()]):
            return holder
    return None


def _texts_after(element: HtmlElement) -> Iterator[tuple[str | None, HtmlElement | None]]:
    """The texts of the page after an element, outside it, in page order (XPath's
    `following::text()`), each with the element that holds it: the words after an element
    (its tail) are its parent's."""
    for node in [element, *element.iterancestors()]:
        yield node.tail, node.getparent()
        for sibling in node.itersiblings():
            if not isinstance(sibling.tag, str):  # a comment: only the words after it are text
                yield sibling.tail, node.getparent()
                continue
            for event, inner in etree.iterwalk(sibling, events=("start", "end", "comment", "pi")):
                yield (inner.text, inner) if event == "start" else (inner.tail, inner.getparent())


def level_below(heading: HtmlElement | None) -> int:
    """One level below a heading: the level of what it heads (h2 under no heading)."""
    return min(int(heading.tag[1]) + 1, 6) if heading is not None else 2


def headings_before(elements: Collection[HtmlElement], panels: Collection[HtmlElement],
                    *, held: bool = True, as_headings: bool = False) -> dict[HtmlElement, HtmlElement | None]:
    """The heading before each of the elements: the last one that ends before the element
    starts (an XPath `preceding::` heading), or None. A heading inside one of the panels is
    not before an element the panel does not hold (with `held`) or before any (without): it
    heads part of another question's answer, not the questions after it. The elements are
    no headings for one another; with `as_headings` they are, in place of what they hold (a
    `<summary>` that becomes a heading and loses its markup).

    One walk over the page in page order, not an XPath `preceding::` query for each element
    (which is quadratic); an element taken out of the page (a heading inside a heading that
    lost its markup) has the headings before it in the part taken out."""
    elements, panels = set(elements), set(panels)
    before: dict[HtmlElement, HtmlElement | None] = {}
    for root in {_outermost(element) for element in elements}:
        _walk_headings(root, elements, panels, before, held=held, as_headings=as_headings)
    return before


def _walk_headings(root: HtmlElement, elements: set[HtmlElement], panels: set[HtmlElement],
                   before: dict[HtmlElement, HtmlElement | None], *, held: bool, as_headings: bool) -> None:
    """`headings_before` for the elements under `root`, written into `before`: a heading is
    kept in the list of the innermost panel around it and dropped with that list when the
    panel ends (no element after it is inside the panel); the heading before an element is
    the last one kept that does not hold the element."""
    kept: list[list[HtmlElement]] = [[]]  # the headings outside any panel, then those in each panel open
    inside: list[HtmlElement] = []  # the panels open, outermost first
    around: set[HtmlElement] = set()  # the elements open: they hold the walk's element, not before it
    walk = etree.iterwalk(root, events=("start", "end"))
    for event, element in walk:
        if event == "end":
            around.discard(element)
            if inside and element is inside[-1]:
                inside.pop()
                kept.pop()
            continue
        asked = element in elements
        if asked:
            before[element] = next((heading for headings in reversed(kept) for heading in reversed(headings)
                                    if heading not in around), None)
        if (asked and as_headings or not asked and element.tag in HEADING_NAMES) and (held or not inside):
            kept[-1].append(element)
        if asked and as_headings:
            walk.skip_subtree()
        elif element in panels:
            inside.append(element)
            kept.append([])
        around.add(element)


def _outermost(element: HtmlElement) -> HtmlElement:
    """The outermost element around an element (the page's root, unless it was taken out)."""
    top = element
    for top in element.iterancestors():
        pass
    return top


def heading_like(text: str) -> bool:
    """Short, and not ending like a sentence or a label: a line that can head text."""
    return 0 < len(text.split()) <= MAX_HEADING_WORDS and not text.endswith((".", ":", ";", ",", "!", "…"))


# An anchor's words that are only a mark: "¶" (Sphinx, MkDocs), "#" (Hugo, Jekyll), "§", "🔗",
# an arrow, or nothing at all (an icon drawn by CSS or an <svg>, a zero-width space).
_MARK_ONLY = re.compile(r"[^\w]*")
# The anchors a heading holds: in-page links and named anchors, never a link to another page.
_HEADING_ANCHORS = ("//*" + HEADING_TAGS + "//a[starts-with(normalize-space(@href), '#')"
                    " or not(@href) or normalize-space(@href) = '']")


def drop_heading_anchors(tree: HtmlElement) -> None:
    """Remove the permalink a site generator puts in each heading (`<a class="headerlink"
    href="#wat-is-bppv">¶</a>`, Hugo's "#", an empty `<a class="anchor">` with an icon): a
    mark to click, not a word, and left in, every title and heading read "Wat is BPPV?¶". An
    anchor in a heading goes when it links into the page (or nowhere) and its words are only
    a mark; its tail (the heading's words after it) stays. A link of words ("<a href='#x'>Wat
    is BPPV?</a>", a heading that is its own permalink) keeps its words."""
    for anchor in tree.xpath(_HEADING_ANCHORS):
        if anchor.getparent() is not None and _MARK_ONLY.fullmatch(anchor.text_content()):
            anchor.drop_tree()


def drop_repeated_headings(tree: HtmlElement) -> None:
    """Remove a heading that says again what the heading right before it says, no words between
    them; of two ranks, the higher one stays, where it stands: texi2any writes the manual's
    title as an `<h1>` and its Top node's as another, the node's navigation line between
    (dropped before), and a quiz tool (pygiftparser) a question's name as an `<h3>` over its
    text's own `<h2>` saying the same. Read twice, the title was two headings, so neither
    titled the page and its sender's line under them was a section of its own (red teams 36, 47)."""
    before: HtmlElement | None = None
    for heading in tree.xpath(HEADINGS):
        words = " ".join(heading.text_content().split())
        if before is not None and words \
                and words == " ".join(before.text_content().split()) and _nothing_between(before, heading):
            if heading.tag >= before.tag:  # "h3" >= "h2": the later heading ranks no higher
                heading.drop_tree()
                continue
            before.drop_tree()
        before = heading


def _nothing_between(first: HtmlElement, second: HtmlElement) -> bool:
    """Whether no words a reader sees stand between the end of `first` and `second`."""
    # the nearest such text: "[1]" on the reverse axis stops there, where "(…)[last()]" gathered
    # every text before `second` (quadratic in a page of many headings, a feed's thousand posts)
    seen = second.xpath("preceding::text()[normalize-space() and not(ancestor::script or ancestor::style)][1]")
    if not seen:
        return True
    text = seen[0]
    holder = text.getparent()
    inside = holder is first or holder is not None and first in holder.iterancestors()
    return inside and not (holder is first and text.is_tail)  # `first`'s own tail stands after it


# The number LaTeXML sets before a section's words, in a tag it classes as a section's
# (`<span class="ltx_tag ltx_tag_section">1 </span>Wat is ...`, `ltx_tag_subsection`).
_TAGS_IN_HEADINGS = "//*" + HEADING_TAGS + "//span[contains(concat(' ', normalize-space(@class), ' '), ' ltx_tag ')]"
_SECTION_TAG = re.compile(r"ltx_tag_(?:sub)*section")


def drop_section_tags(tree: HtmlElement) -> None:
    """Remove the section number LaTeXML writes in a tag of its own inside a heading: the
    markup says it is a number, not a word of the heading, and every heading and card read
    "1 Wat is de vijfde ziekte?". A number the heading's text holds stays: it may be the
    heading's own."""
    for tag in tree.xpath(_TAGS_IN_HEADINGS):
        if tag.getparent() is not None and any(_SECTION_TAG.fullmatch(name) for name in tag.get("class", "").split()):
            tag.drop_tree()  # its tail, the heading's words, stays


# An element a heading holds that its class names its subtitle (Org mode's `<h1 class="title">
# Mammografie<br><span class="subtitle">Röntgenfoto van de borsten</span></h1>`), or that ends
# it after a `<br>` in a size of its own (HEVEA's `<h1>Pseudokroep (valse kroep)<br><span
# style="font-size:large">Blafhoest bij jonge kinderen</span></h1>`).
_SUBTITLES = ("//*" + HEADING_TAGS + "//*[contains(concat(' ', normalize-space(@class), ' '), ' subtitle ')"
              " or contains(concat(' ', normalize-space(@class), ' '), '-subtitle ')"
              " or (preceding-sibling::*[1][self::br] and not(following-sibling::node()[normalize-space()])"
              " and not(preceding-sibling::node()[1][self::text()][normalize-space()])"
              " and (self::small or self::big or self::font[@size]"
              " or contains(translate(@style, 'FONTSIZE', 'fontsize'), 'font-size')))]")


def subtitles_below(tree: HtmlElement) -> list[str]:
    """Move a subtitle that stands inside its heading (after a `<br>`) out of it, as a
    paragraph right under it: in the heading, its words were read as the title's
    ("Mammografie in het ziekenhuis Röntgenfoto van de borsten ..."), a title no reader
    gave it; under it, they are the subtitle every other page sets there. Returns the
    subtitles moved, for a title read elsewhere (the `<title>`) that still holds one."""
    moved = []
    for subtitle in tree.xpath(_SUBTITLES):
        heading = next((box for box in subtitle.iterancestors() if box.tag in HEADING_NAMES), None)
        if heading is None or subtitle.getparent() is None or not subtitle.text_content().strip():
            continue
        moved.append(_set_below(heading, " ".join(subtitle.text_content().split())))
        subtitle.drop_tree()  # its tail stays in the heading
    title_line = _title_line_below(tree)
    return moved + ([title_line] if title_line else [])


def _set_below(heading: HtmlElement, subtitle: str) -> str:
    """The heading without its line breaks, and a paragraph of the subtitle right under it."""
    for line_break in heading.xpath(".//br"):
        if line_break.getparent() is not None:
            line_break.drop_tag()
    paragraph = etree.SubElement(heading.getparent(), "p")
    paragraph.text = subtitle
    heading.addnext(paragraph)
    paragraph.tail, heading.tail = heading.tail, None
    return subtitle


def _title_line_below(tree: HtmlElement) -> str:
    """Move the second line of the page's title heading (its first heading, `<h1>` or `<h2>`)
    out of it as its subtitle, where a `<br>` sets a line of its own in plain words after the
    title: one that opens with a capital, and that the page's `<title>` does not run on
    from the title in one line (tex4ht sets LaTeX's `\\title{Gekneusde of gebroken rib
    \\\\ Informatie van de Spoedeisende Hulp}` so, with the same line break in the
    `<title>`). A title wrapped over two lines goes on in lower case ("Wat te doen bij<br>een
    gebroken rib") or runs on in the `<title>`. Returns the line moved, or ""."""
    found = tree.xpath("(//body//*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6])[1]")
    heading = found[0] if found and found[0].tag in {"h1", "h2"} else None
    breaks = heading.findall("br") if heading is not None else []
    if len(breaks) != 1 or breaks[0].getnext() is not None or heading.getparent() is None:
        return ""
    tail = breaks[0].tail or ""
    line = " ".join(tail.split())
    before = " ".join(heading.text_content()[:len(heading.text_content()) - len(tail)].split())
    if not line or not before or not line[0].isupper() or title_holds(tree, f"{before} {line}"):
        return ""
    breaks[0].tail = None
    return _set_below(heading, line)


def title_holds(tree: HtmlElement, words: str) -> bool:
    """Whether a line of the page's `<title>` holds the words, in one line."""
    return any(words in " ".join(line.split()) for line in (tree.findtext(".//head/title") or "").splitlines())


def named_half(title: str, page_title: str, text: str) -> str:
    """Of a `<title>` in two halves ("Nieuwsbrief Dermatologie – Hidradenitis suppurativa"),
    the one that names the page, where `title` (trafilatura's) is one of them: the half the
    page's text names more often, word for word; trafilatura's where they tie. It takes the
    half before the dash for the page's subject and the other for the site's name, but a
    newsletter or a blog names its series first, and its subject is what the text is about."""
    halves = title_halves(page_title)
    if len(halves) != 2 or title not in halves:
        return title
    other = halves[1 - halves.index(title)]

    def named(half: str) -> int:
        return len(re.findall(rf"(?<!\w){re.escape(half)}(?!\w)", text, re.IGNORECASE)) if half else 0

    return other if named(other) > named(title) else title


def other_half(title: str, page_title: str) -> str:
    """Of a `<title>` in two halves, the one that is not `title` ("Tergooi MC" of "Een gebroken
    teen | Tergooi MC"), or "" where the `<title>` is not two halves, one of them `title`."""
    halves = title_halves(page_title)
    return halves[1 - halves.index(title)] if len(halves) == 2 and title in halves else ""


# The first link of a page's breadcrumb trail: the site's, or a wiki space's, home.
_TRAIL_ROOT = ("(//*[contains(translate(concat(@id, ' ', @class), 'BREADCRUMB', 'breadcrumb'), 'breadcrumb')]"
               "//a[normalize-space()])[1]")
# What stands between the site's name and the page's in a title: "Orthopedie : Kijkoperatie".
_AFTER_SITE = re.compile(r"\s*:\s+|\s+[|·•–—-]\s+")


def trail_root(tree: HtmlElement) -> str:
    """The words of the first link of the page's breadcrumb trail, or ""."""
    found = tree.xpath(_TRAIL_ROOT)
    return " ".join(found[0].text_content().split()) if found else ""


# A box in the page's header that holds the site's, or a documentation project's, name:
# Doxygen's `#projectname`, a WordPress or Hugo theme's `.site-title`, Bootstrap's `.navbar-brand`.
_SITE_BOX = ("(//body//*[" + " or ".join(
    f"contains(translate(concat(' ', @id, ' ', @class, ' '), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', "
    f"'abcdefghijklmnopqrstuvwxyz'), ' {name} ')"
    for name in ("projectname", "site-title", "site-name", "sitename", "navbar-brand")) + "][normalize-space()])[1]")


def site_name(tree: HtmlElement) -> str:
    """The site's name as the page shows it: the first link of its breadcrumb trail
    (`trail_root`), or else the words of the box that names the site (`_SITE_BOX`): Doxygen
    titles a page "Project: Page" in its `<title>`, and shows the project's name over it.
    The box's own words go first, not a version number Doxygen sets in a `<span>` beside them."""
    root = trail_root(tree)
    if root:
        return root
    found = tree.xpath(_SITE_BOX)
    if not found:
        return ""
    return " ".join("".join(found[0].xpath("text()")).split()) or " ".join(found[0].text_content().split())


def without_site_name(title: str, site: str) -> str:
    """A title without the site's name that opens it (`trail_root`), where the page's own title
    follows a separator: Confluence titles a page "Space : Page" ("Patiënteninformatie
    Orthopedie : Kijkoperatie van de knie (artroscopie)") in its `<title>` and its `<h1>`;
    and without the name of the site's section for leaflets after a separator (`_SECTION_NAME`)."""
    rest = title[len(site):] if site and title.startswith(site) else ""
    separator = _AFTER_SITE.match(rest)
    return without_byline(without_section_name(rest[separator.end():].strip()
                                               if separator and rest[separator.end():].strip() else title))


# Who wrote the page, in brackets after its title: Emacs Muse titles a page "Acute bronchitis
# (by Longgeneeskunde, Spaarne Gasthuis Haarlem)" in its `<title>` and `<h1>`. A name follows
# "by"/"door" with a capital; "(door middel van een keizersnede)", "(by mouth)" say how.
_BYLINE_AFTER = re.compile(r"\s*\((?i:by|door)\s+(?:(?:dr|prof|drs|mr)\.\s*)?[A-ZÀ-Þ][^()]*\)\s*$")


def without_byline(title: str) -> str:
    """A title without the author named in brackets after it (`_BYLINE_AFTER`): a byline
    names who wrote the leaflet, not what it is about."""
    return _BYLINE_AFTER.sub("", title) or title


def bylines_off_titles(tree: HtmlElement) -> None:
    """Take the author named in brackets off the end of each `<h1>` (`without_byline`), in
    place: the page's `<h1>` becomes the leaflet's title and first heading."""
    for h1 in tree.xpath("//body//h1"):
        if len(h1) and h1[-1].tail:
            h1[-1].tail = without_byline(h1[-1].tail)
        elif not len(h1) and h1.text:
            h1.text = without_byline(h1.text)


# The name of a site's section of leaflets, which a page's title may end in after a separator
# ("Tongue-tie in babies | Patient information", "Tongriem | Patiënteninformatie"): it names
# every leaflet of the site, never one's subject. Only these generic names go: the half after a
# separator may be the subject's part ("Diabetes | Voeding").
_SECTION_NAME = re.compile(
    r"(?:patients?|patiënt(?:en)?)[\s-]*(?:information|informatie|info|voorlichting)(?:\s+leaflets?)?"
    r"|(?:patients?|patiënt(?:en)?)[\s-]*(?:leaflets?|folders?|brochures?)"
    r"|(?:informatie|information)\s+(?:voor|for)\s+(?:patiënten|patients)", re.IGNORECASE)


def is_section_name(words: str) -> bool:
    """Whether words are a generic name of a site's leaflet section (`_SECTION_NAME`)."""
    return bool(_SECTION_NAME.fullmatch(words.strip()))


def without_section_name(title: str) -> str:
    """A title without a generic name of the site's leaflet section after its last separator
    (`_SECTION_NAME`): Readability cut the site's name from "Tongue-tie in babies | Patient
    information | <site>" and left the section's, the title a reader never gave the leaflet."""
    *before, last = TITLE_SEPARATOR.split(title)
    kept = title[:title.rfind(last)].rstrip(" \t|·•–—-")
    return kept if before and kept and _SECTION_NAME.fullmatch(last.strip()) else title


# An `<h1>` that links to another page: a site's name set as a logo that links home.
_LOGO_H1 = ".//a[@href and not(starts-with(normalize-space(@href), '#'))]"


def document_title(tree: HtmlElement, page_title: str) -> str:
    """The words of the page's one `<h1>` that links nowhere where it is the document's title:
    its words are those of the page's `<title>` (perhaps with the site's name after a
    separator). A site's name set as an `<h1>` logo links home and is no candidate: Hexo's
    theme sets one over the post's own `<h1>`, and with two `<h1>`s the post's title was
    lost with its subtitle taken for the first passage (red team 22). trafilatura drops such
    an `<h1>` where it stands in a header box over the text (Asciidoctor's `div#header`, with
    the author and revision line), and the first section's heading was then read as the title."""
    found = [h1 for h1 in tree.xpath("//body//h1") if not h1.xpath(_LOGO_H1)]
    if len(found) != 1:
        return ""
    words = " ".join(found[0].text_content().split())
    page = " ".join(page_title.split())
    return words if words and (page == words or TITLE_SEPARATOR.split(page)[0] == words) else ""
