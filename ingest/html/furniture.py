"""Page furniture that goes, and text that only looks like furniture and stays.

Readers' comments, small button widgets ("Was deze informatie nuttig? Ja Nee", in a box or
ending a paragraph), share bars, "download as PDF" links and a menu of links to the page's
own sections ("In deze folder") are not the leaflet, and go, with a heading that heads them
alone ("Deel deze pagina" over a share bar). An `<aside>` in the body of the
text (a tip box) is text, one beside it (related pages) is not; a paragraph classed as
metadata that holds a sentence besides its date is text.
"""

from __future__ import annotations

import re

from lxml import etree
from lxml.html import HtmlElement

from ingest.dates import find_updated
from ingest.html.controls import control_kind, in_control, is_sharing
from ingest.html.headings import HEADING_NAMES, HEADING_TAGS, first_words_after
from ingest.html.layout_tables import TABLE_PARTS
from ingest.html.page_dates import ELSEWHERE, META_FIELD_GAP, OTHER_SITE, SENTENCE_END
from ingest.html.page_parts import FURNITURE, LINE_BLOCKS, PAGE_BOXES, REGEXP
from ingest.pdf.contents import CONTENTS_HEADINGS
from ingest.pdf.furniture import PHONE


# Boxes a widget never reaches: the page itself, table cells (a table keeps its columns),
# paragraphs and list items (their text is the leaflet's, whatever buttons sit in it).
_KEPT_BOXES = {"html", "body", "main", "article", "td", "th", "p", "li"}

# A box around buttons with at most this many words of its own is a widget, not text.
MAX_WIDGET_WORDS = 12

# The ids and classes of a box of readers' comments in Dutch ("reacties", one "reactie", the
# form "plaats-een-reactie"): trafilatura drops only English ones ("comments"), by the same
# kind of names. A section about reactions to a medicine ("allergische-reacties") is text.
_COMMENT_NAME = re.compile(r"reacties?|reacties[-_][\w-]+|reactie[-_](?:lijst|list|formulier|form|item|\d+)"
                           r"|(?:plaats|geef|schrijf)[-_]een[-_]reactie|reageer|reageren"
                           r"|(?:post|artikel|article)[-_]reacties")
# The boxes that may hold them, as one `descendant` step: libxml2 answers the same `//*[...]`
# in time quadratic in the page's boxes (1.2 s for 24,000 of them).
_COMMENT_BOXES = ("/descendant::*[self::div or self::section or self::article or self::aside or self::form or self::ol"
                  " or self::ul or self::details][not(.//h1)]")


def drop_comments(tree: HtmlElement) -> None:
    """Remove the boxes of readers' comments named in Dutch (by an id or a class of theirs,
    `_COMMENT_NAME`), which trafilatura keeps as text; a box holding the page's `<h1>` stays.
    So does a section named only "reacties" that has a heading of its own and neither
    comments nor a form inside: "Reacties na de prik" is text about the vaccine."""
    for box in tree.xpath(_COMMENT_BOXES):
        names = [name.strip().lower() for name in (box.get("id", ""), *box.get("class", "").split())]
        named = [name for name in names if _COMMENT_NAME.fullmatch(name)]
        if not named or box.getparent() is None:
            continue
        if set(named) <= {"reactie", "reacties"} and box.xpath(".//h2|.//h3|.//h4|.//h5|.//h6") \
                and not box.xpath(".//form|.//textarea|.//*[contains(@class, 'reactie')]"):
            continue
        box.drop_tree()


# A share bar's own words ("Deel deze folder via:") are at most this many.
MAX_SHARE_WORDS = 4


def drop_share_bars(tree: HtmlElement) -> None:
    """Remove share bars: links and buttons that share the page ("Delen op Facebook", a link
    to facebook.com/sharer) or print it, with at most a few words of their own, none a
    number (a box that gives a phone number is contact information). Links read as text
    once extracted, so trafilatura keeps a bar that is a plain paragraph."""
    bars = {_share_bar(link) for link in tree.xpath("//a") if control_kind(link) == "share"} - {None}
    for bar in bars:
        _drop_with_title(bar)


def _drop_with_title(furniture: HtmlElement) -> None:
    """Remove furniture, and the heading right over it where that heading then heads nothing
    (the next words are the next section's, under a heading of its level or higher, or there
    are none): such a heading ("Deel deze pagina" over a share bar) titles the furniture
    alone, and left standing empty it read as the parent of the section after it."""
    heading = furniture.getprevious()
    if heading is None or heading.tag not in HEADING_NAMES or (heading.tail or "").strip():
        heading = None
    furniture.drop_tree()
    if heading is not None and _heads_nothing(heading):
        heading.drop_tree()


def _heads_nothing(heading: HtmlElement) -> bool:
    """Whether no words stand under a heading: the first words after it are in a heading of
    its level or higher, or the page has none."""
    holder = first_words_after(heading)
    following = next((box for box in [holder, *holder.iterancestors()] if box.tag in HEADING_NAMES), None) \
        if holder is not None else None
    return holder is None or (following is not None and following.tag <= heading.tag)


def _share_bar(link: HtmlElement) -> HtmlElement | None:
    """The share bar a share link stands in: the smallest box that holds another link too,
    or else, for a link that can only be for sharing, the box around the link alone."""
    for box in (_link_box(link), link.getparent() if is_sharing(link) else None):
        if box is not None and box.getparent() is not None and box.tag not in _KEPT_BOXES - {"p", "li"} \
                and _is_share_bar(box):
            return box
    return None


def _link_box(link: HtmlElement) -> HtmlElement | None:
    """The smallest box around a link that holds another link too."""
    box = link.getparent()
    while box is not None and len(box.xpath(".//a")) < 2:
        box = box.getparent()
    return box


def _is_share_bar(box: HtmlElement) -> bool:
    """Whether a box is nothing but a share bar: every link in it shares or prints the page,
    and a link named only after a service ("Facebook") has another share link beside it
    (alone, it may lead to the hospital's own page: "Volg ons op Facebook"); besides its
    links and buttons it holds no heading and at most a few words, none a number."""
    links = box.xpath(".//a")
    kinds = [control_kind(link) for link in links]
    sharing = [link for link, kind in zip(links, kinds) if kind == "share"]
    if None in kinds or not sharing or (len(sharing) == 1 and not is_sharing(sharing[0])) \
            or box.xpath(".//h1|.//h2|.//h3|.//h4|.//h5|.//h6"):
        return False
    own = " ".join(text for text in box.xpath(".//text()[not(ancestor::a)]") if not in_control(text))
    words = [word for word in own.split() if any(char.isalnum() for char in word)]  # not "|"
    return len(words) <= MAX_SHARE_WORDS and not any(char.isdigit() for char in own)


# A link to a file rather than a page: the leaflet as a PDF, a Word version, an attached picture.
_FILE_LINK = re.compile(r"\.(?:pdf|docx?|odt|rtf|xlsx?|pptx?|zip|png|jpe?g|gif)(?:[?#].*)?$", re.IGNORECASE)
# What may stand beside such links in their paragraph: a note of each one's format or size.
_FILE_NOTES = re.compile(r"(?:\s*\([^()]{0,30}\))*\s*")


def drop_file_links(tree: HtmlElement) -> None:
    """Remove a paragraph that is nothing but links to files ("Download deze folder als pdf",
    "(245 kB)" beside each at most): an offer to fetch a document, or a list of a wiki
    page's attachments (Confluence's "oefeningen.pdf (application/pdf)<br>wondjes.png
    (image/png)"), not text of the leaflet. A list item that is a link stays (it may be one
    of the things a list names)."""
    for link in tree.xpath("//a[@href or @download]"):
        box = link.getparent()
        if box is None or box.tag not in {"p", "div"} or box.getparent() is None or not _is_file_link(link):
            continue
        links = box.xpath(".//a")
        beside = "".join(box.xpath(".//text()[not(ancestor::a)]"))
        if all(_is_file_link(other) for other in links) and _FILE_NOTES.fullmatch(beside) \
                and beside.count("(") <= len(links):
            _drop_with_title(box)


def _is_file_link(link: HtmlElement) -> bool:
    """Whether a link fetches a document (by its address, or a `download` attribute)."""
    return bool(_FILE_LINK.search(link.get("href", "").strip())) or link.get("download") is not None


# A colophon that names the tool which made the page: "This document was translated from LaTeX
# by HEVEA", "Generated by Docutils", "Gemaakt met Plone" (not who wrote it: "Deze folder is
# gemaakt door de NVK" credits its authors). It says at most this many words.
MAX_COLOPHON_WORDS = 15
_MADE_WITH = re.compile(r"\b(?:(?:generated|translated|converted|powered|typeset|built|rendered)\s+(?:\S+\s+){0,6}?"
                        r"(?:by|with|using)|(?:created|made)\s+(?:\S+\s+){0,3}?(?:with|using)"
                        r"|(?:gemaakt|gebouwd|opgemaakt)\s+met|(?:gegenereerd|omgezet)\s+(?:\S+\s+){0,3}?(?:door|met))\b",
                        re.IGNORECASE)
# Words that credit people or an organisation, not a tool: "gemaakt met medewerking van de
# Nierpatiëntenvereniging", "in samenwerking met", "made with the help of".
_CREDITS = re.compile(r"\b(?:medewerking|samenwerking|hulp|steun|ondersteuning|bijdrage|dank|subsidie|financiering"
                      r"|help|support|assistance|cooperation|collaboration|contributions?|funding|thanks)\b",
                      re.IGNORECASE)
# What a line about the page's making never holds: a question, an e-mail address, a phone number.
_CONTACT = re.compile(rf"\?|[\w.+-]+@[\w-]+\.\w|{PHONE.pattern}")
# The text that follows a box in the page, scripts and styles aside.
_TEXT_AFTER = "following::text()[normalize-space()][not(ancestor::script or ancestor::style)]"


# The lines a closing section about the page's making may hold after its colophon: the
# command that made it, and when (LaTeX2HTML's "About this document ...").
MAX_CLOSING_LINES = 3


def drop_colophon(tree: HtmlElement) -> None:
    """Remove the colophon that ends a page: a short box, the last text of the page, that says
    a tool made it and links to that tool's site (HEVEA's footer, a `<blockquote>` under a
    rule: "This document was translated from LaTeX by HEVEA."). Where no footer box holds it,
    it was kept as the last words of the leaflet's contact section. A closing section around
    it that says nothing else (`_closing_section`) goes whole, its heading with it."""
    for link in tree.xpath("//body//a[@href]"):
        box = next((holder for holder in link.iterancestors() if holder.tag in LINE_BLOCKS), None)
        if box is None or box.getparent() is None or box.tag in PAGE_BOXES \
                or not OTHER_SITE.match(link.get("href", "")):
            continue
        words = " ".join(box.itertext())  # "by</em><a>HEVEA</a>": words apart
        if len(box.text_content().split()) > MAX_COLOPHON_WORDS or not _MADE_WITH.search(words) \
                or _CREDITS.search(words) or _says_more(words):
            continue
        closing = _closing_section(box)
        if closing or not box.xpath(_TEXT_AFTER):
            for element in closing or [box]:
                element.tail = None  # the words between them are the section's; none follow it
                element.drop_tree()
            return


def _closing_section(colophon: HtmlElement) -> list[HtmlElement]:
    """The heading over a colophon and the boxes from it to the page's end, where they are a
    section that only says how the page was made, or []: under the heading, before the
    colophon, nothing or the document's title again; after it, at most `MAX_CLOSING_LINES`
    short lines (the command that made the page, when) and no heading, none of them a question,
    a contact or the leaflet's date (`_says_more`); after the section, nothing. LaTeX2HTML
    ends a page so ("About this document ...": "This document was generated using the
    LaTeX2HTML translator ...", "The command line arguments were: ...", "The translation was
    initiated on ..."), and it was the leaflet's last passage."""
    parent = colophon.getparent()
    before = list(colophon.itersiblings(preceding=True))  # the nearest first
    at = next((index for index, sibling in enumerate(before) if sibling.tag in HEADING_NAMES), None)
    if at is None or parent.xpath(_TEXT_AFTER):
        return []
    heading, between = before[at], before[:at]
    said = " ".join(" ".join([heading.tail or "", *(_text_and_tail(box) for box in between)]).split())
    if said and said.casefold() not in _titles(colophon):
        return []
    after = list(colophon.itersiblings())
    pieces = [colophon.tail or "", *(piece for box in after for piece in (box.text_content(), box.tail or ""))]
    lines = [line for line in pieces if line.split()]
    if len(lines) > MAX_CLOSING_LINES or any(len(line.split()) > MAX_COLOPHON_WORDS or _says_more(line)
                                             for line in lines) \
            or any(box.tag in HEADING_NAMES or box.xpath(".//*" + HEADING_TAGS) for box in after):
        return []
    return [heading, *between, colophon, *after]


def _says_more(line: str) -> bool:
    """Whether a line says more than how the page was made: it asks something, gives a phone
    number or an e-mail address, or states the leaflet's date ("Laatst herzien: 12 maart 2024");
    the day a program ran ("The translation was initiated on ...") dates no leaflet."""
    return bool(_CONTACT.search(line) or find_updated(line))


def _text_and_tail(box: HtmlElement) -> str:
    """A box's words and those right after it."""
    return f"{box.text_content()} {box.tail or ''}"


def _titles(element: HtmlElement) -> set[str]:
    """The page's title and its `<h1>`s, spaced once and case-folded."""
    root = element.getroottree().getroot()
    return {" ".join(title.split()).casefold() for title in [*root.xpath("//title//text()"),
                                                               *(h1.text_content() for h1 in root.iter("h1"))]}


def drop_widgets(tree: HtmlElement) -> None:
    """Remove a widget: the smallest box holding two or more plain buttons and at most a few
    words of its own, such as a feedback question with its answers ("Was deze informatie
    nuttig? Ja Nee") or a "Lees voor | Print" bar. A single button is left to trafilatura,
    which drops the button and keeps the text around it ("Bel bij koorts direct de
    afdeling <button>Bellen</button>" is advice); list items, table cells and section toggles
    are never taken for widgets, and a paragraph only where it asks a question or names a
    label before its buttons (`_is_widget_line`)."""
    buttons = tree.xpath("//button[not(@aria-expanded or @aria-controls or @data-toggle or "
                         "@data-bs-toggle)] | //input[@type='button' or @type='submit' or @type='reset']")
    plain = set(buttons)
    for button in buttons:
        box = button.getparent()
        while box is not None and box.tag not in _KEPT_BOXES and not _own_words(box):
            box = box.getparent()
        if (box is not None and box.tag not in _KEPT_BOXES and box.getparent() is not None
                and _own_words(box) <= MAX_WIDGET_WORDS
                and sum(1 for inner in box.iterdescendants() if inner in plain) >= 2):  # those left in it
            _drop_with_title(box)
        elif box is not None and box.tag == "p" and box.getparent() is not None and _is_widget_line(box, plain):
            _drop_with_title(box)


MAX_LABEL_WORDS_BEFORE_BUTTONS = 3  # "Deel deze pagina" before its buttons: a label


def _is_widget_line(paragraph: HtmlElement, plain: set[HtmlElement]) -> bool:
    """Whether a paragraph is a widget: a question or a label ending in two or more plain
    buttons, with nothing but separators between and after them ("Was deze informatie
    nuttig?" and the buttons "Ja" and "Nee"). Buttons inside a sentence ("Bel bij [koorts]
    of [pijn] de afdeling") are words of it, and advice before them ("Bij koorts: bel de
    afdeling." [Bellen] [Mailen]) keeps the paragraph."""
    if _own_words(paragraph) > MAX_WIDGET_WORDS or sum(1 for inner in paragraph.iterdescendants()
                                                       if inner in plain) < 2:
        return False
    pressed = False  # a button met: words after it are no question's
    before: list[str] = []  # the words before the first button: a question or a label
    for text in paragraph.xpath(".//text()"):
        holder = text.getparent()
        pressed = pressed or (text.is_tail and holder in plain)  # the words after a button
        if _within(holder.getparent() if text.is_tail else holder, plain, paragraph):
            pressed = True
        elif pressed and re.search(r"\w", text):
            return False
        elif not pressed:
            before.append(text)
    asked = " ".join("".join(before).split())
    return pressed and (asked.endswith(("?", ":")) or len(asked.split()) <= MAX_LABEL_WORDS_BEFORE_BUTTONS)


def _within(element: HtmlElement | None, boxes: set[HtmlElement], stop: HtmlElement) -> bool:
    """Whether an element is, or stands in, one of the boxes inside `stop`."""
    for box in [element, *element.iterancestors()] if element is not None else []:
        if box is stop:
            return False
        if box in boxes:
            return True
    return False


def _own_words(box: HtmlElement) -> int:
    """How many words a box holds outside its buttons, labels and scripts."""
    texts = box.xpath(".//text()[not(ancestor::button or ancestor::label or ancestor::option"
                      " or ancestor::script or ancestor::style)]")
    return len(" ".join(texts).split())


# A menu of links to the page's own sections says at most this many words of its own, before
# its first link: a label ("In deze folder", "Op deze pagina").
MAX_MENU_LABEL_WORDS = 4
# What may stand between the links of such a menu: space and separators, not words or commas.
_MENU_GAP = re.compile(r"(?:[\s|·•/>»–-]|\d{1,2}[.)])*")
# Boxes never taken for a menu: the page itself, and the cells of a table of data.
_NOT_MENUS = PAGE_BOXES | TABLE_PARTS | {"td", "th"}


# The links into the page that a menu is found from; and those that are a heading's words
# (Yodl's contents: `<dl><dt><h3><a href="#l1">1: Wat is ...</a></h3></dt>`).
_PAGE_LINKS = "//a[starts-with(normalize-space(@href), '#')]"
_HEADING_LINKS = "//*" + HEADING_TAGS + "//a[starts-with(normalize-space(@href), '#')]"


def drop_page_menus(tree: HtmlElement, links: str = _PAGE_LINKS) -> None:
    """Remove menus of links to the page's own sections ("In deze folder: Wat is koorts? ·
    Temperatuur meten · ..."): navigation, not text, and each entry a heading's words once
    more. A menu is the largest box around such links (`links`, an XPath) that holds two or
    more of them, no other link, and besides them a short label before the first and
    separators between them (`_is_page_menu`); a sentence that links to two sections ("zie
    Dosering en Bijwerkingen") is text. A heading right above a menu that names it a contents
    ("Table of Contents") goes with it: it headed nothing else, and the sections after it
    were read as its own."""
    verdicts: dict[HtmlElement, bool | None] = {}
    menus = set()
    for link in tree.xpath(links):
        menu, box = None, link.getparent()
        while box is not None and box.tag not in _NOT_MENUS and box.getparent() is not None:
            if box not in verdicts:
                verdicts[box] = _is_page_menu(box)
            if verdicts[box]:
                menu = box
            elif verdicts[box] is False:  # no box around it is a menu either
                break
            box = box.getparent()
        if menu is not None:
            menus.add(menu)
    for menu in menus:
        if not any(outer in menus for outer in menu.iterancestors()):
            heading = menu.getprevious()
            if heading is not None and heading.tag in HEADING_NAMES and not (heading.tail or "").strip() \
                    and " ".join(heading.text_content().split()).strip(":").casefold() in CONTENTS_HEADINGS:
                heading.drop_tree()
            menu.drop_tree()


def drop_heading_menus(tree: HtmlElement) -> None:
    """Remove a menu whose entries are headings that link into the page (Yodl sets its
    contents as `<h3>` links in a definition list), before a heading's in-page link is read
    as the toggle of a collapsible section and flattened to its words: a menu of plain
    headings is no longer known as one, and its heading outranked every section."""
    drop_page_menus(tree, _HEADING_LINKS)


def _is_page_menu(box: HtmlElement) -> bool | None:
    """Whether a box is a menu of links to the page's own sections (see `drop_page_menus`):
    True, False when no box around it can be one either (it holds another link, or words
    after its first link or too many before it), or None when it holds one such link only.
    The walk stops at the first word that rules the box out: a box around a menu may be the
    whole page."""
    label = 0  # words before the first link
    links, depth = 0, 0  # the links met, and how many links the walk is inside
    for event, element in etree.iterwalk(box, events=("start", "end", "comment", "pi")):
        linked = element.tag == "a" and element.get("href") is not None
        words = ""
        if event == "start" and linked:
            href = element.get("href", "").strip()
            if len(href) < 2 or not href.startswith("#"):
                return False  # a link to another page: a site menu or text, not this page's contents
            links, depth = links + (depth == 0), depth + 1
        elif event == "start" and not depth and element.tag not in {"script", "style"}:
            words = element.text or ""
        if event == "end" and linked:
            depth -= 1
        if event != "start" and element is not box and not depth:
            words = element.tail or ""
        if links and not _MENU_GAP.fullmatch(words):
            return False
        label += 0 if links else len(words.split())
        if label > MAX_MENU_LABEL_WORDS:
            return False
    return True if links >= 2 else None


# The names of an `<aside>` that is page furniture even inside the article: related pages, a
# share bar, a newsletter, an advertisement, a menu.
_ASIDE_FURNITURE = re.compile(r"sidebar|related|gerelateerd|lees[-_ ]ook|share|social|delen|newsletter"
                              r"|nieuwsbrief|comment|reactie|advert|promo|banner|nav|menu", re.IGNORECASE)
# The class of a box the author set in the text: a warning, a note, a tip.
_ADMONITION_CLASS = re.compile(r"\b(?:admonition|callout)\b", re.IGNORECASE)
# The words of an aside besides its links and headings: none in a box of links ("Lees ook").
_ASIDE_PROSE = (".//text()[not(ancestor::a or ancestor::h1 or ancestor::h2 or ancestor::h3 or ancestor::h4"
                " or ancestor::h5 or ancestor::h6 or ancestor::svg or ancestor::script or ancestor::style"
                " or ancestor::button)]")


def keep_tip_boxes(tree: HtmlElement) -> None:
    """Read an `<aside>` in the body of the text (a tip box: "Tip: bloed in de urine is
    meestal onschuldig", a list "Wat kunt u zelf doen?") as a box of the text: trafilatura
    drops every `<aside>`. An aside is in the body when it stands in an `<article>`, or in a
    `<main>` with the main's text going on after it; an aside beside the article (related
    pages), one named as furniture, and one of nothing but links stay asides. An aside whose
    class names it an admonition or callout (docutils writes a `.. warning::` as
    `<aside class="admonition warning">`) is text wherever it stands in the `<main>`, the
    warning that ends a leaflet included."""
    for aside in tree.xpath("//body//aside"):
        landmark = next((box for box in aside.iterancestors()
                         if box.tag in {"article", "main"} or box.get("role") in {"article", "main"}), None)
        if landmark is None:
            continue
        names = " ".join(aside.get(name, "") for name in ("id", "class", "aria-label"))
        if _ASIDE_FURNITURE.search(names) or not re.search(r"\w", "".join(aside.xpath(_ASIDE_PROSE))):
            continue
        if (landmark.tag == "main" or landmark.get("role") == "main") \
                and not _ADMONITION_CLASS.search(aside.get("class", "")):
            holder = first_words_after(aside)
            if holder is None or landmark not in holder.iterancestors() \
                    or holder.xpath(FURNITURE, namespaces=REGEXP):
                continue
        aside.tag = "div"
        _show_labelled_title(aside)


def _show_labelled_title(box: HtmlElement) -> None:
    """Keep a tip box's title that is hidden from screen readers only because the box's
    `aria-label` says it to them already: Starlight's `:::caution[Diabetes]` is an
    `<aside aria-label="Diabetes">` whose title line is `aria-hidden`, and trafilatura drops
    what is `aria-hidden`, so the box lost its visible title (red team 15)."""
    label = " ".join(box.get("aria-label", "").split()).casefold()
    for hidden in box.xpath(".//*[@aria-hidden='true']") if label else ():
        if " ".join(hidden.text_content().split()).casefold() == label:
            del hidden.attrib["aria-hidden"]


# The class names trafilatura drops a box by as page metadata ("meta", "entry-meta", "leaflet__meta").
_META_CLASS = re.compile(r"meta", re.IGNORECASE)
# A sentence of this many words or more in a metadata paragraph, that states no date, is text
# of the leaflet.
MIN_META_SENTENCE_WORDS = 6
_SENTENCE_GAP = re.compile(r"(?<=[.!?])\s+")


def keep_meta_sentences(tree: HtmlElement) -> None:
    """Keep a paragraph classed as metadata (`<p class="meta">`) that says more than its date
    and fields ("Updated on 15 January 2025. This is the English version of our Dutch leaflet
    ..."): trafilatura drops it whole, with the sentence and the date the text would give. A
    meta line of fields ("Bijgewerkt op 15 januari 2025 · Leestijd 5 minuten", "Afdeling
    Interne Geneeskunde Laatst gewijzigd: 12 mei 2025") stays metadata: a sentence of text
    ends like one and states no date."""
    for paragraph in tree.xpath("//body//p[@class]"):
        names = paragraph.get("class", "").split()
        if not any(_META_CLASS.search(name) for name in names) or paragraph.xpath(ELSEWHERE, namespaces=REGEXP):
            continue
        line = " ".join(paragraph.text_content().split())
        sentences = [sentence for field in META_FIELD_GAP.split(line) for sentence in _SENTENCE_GAP.split(field)]
        if any(len(sentence.split()) >= MIN_META_SENTENCE_WORDS and SENTENCE_END.search(sentence)
               and not find_updated(sentence) for sentence in sentences):
            paragraph.set("class", " ".join(name for name in names if not _META_CLASS.search(name)))
