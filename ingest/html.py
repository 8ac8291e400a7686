"""Load web-page leaflets: the main content only, headings kept as headings.

Menus, cookie banners, footers and scripts are not the leaflet. trafilatura (a
maintained main-content extractor) finds the article; its XML output keeps
headings (h1-h6), paragraphs and lists apart, and is turned here into Markdown
so that the rest of ingest reads it like any Markdown leaflet.

Before extraction the page is made to say what a reader sees: the titles of
collapsible sections (a heading holding a toggle button, which trafilatura drops
as page interface, or a toggle button that names the panel after it) and the questions
of `<details>` become plain headings under the heading before them (an FAQ's group
heading), their collapsed panels are shown,
sections written as sibling `<article>`s are read as one page, dates in `<time>`
and the numbers of `<ol>` items stay in the text, and small button widgets ("Was
deze informatie nuttig? Ja Nee", in a box or ending a paragraph), share bars and
"download as PDF" links go. A short block whose class names a heading (`<div class="h3">`,
`<p class="kop">`) and that heads body text is a heading; an `<aside>` in the body of the
text (a tip box) is text, one beside it (related pages) is not; a paragraph classed as
metadata that holds a sentence besides its date is text. A word processor's web page (a
Google Docs or Word export) marks its headings only by font size, in its `<style>` rules or
inline: short lines larger than the text are headings ranked by size, the largest the
title; its typed bullets ("●" paragraphs) are list items, and table columns empty in every
row (spacers) go.
Superscripts keep their meaning ("10⁹/l", "m²") and a definition list keeps each
term with its definition. A "Laatst gewijzigd: ..." line that trafilatura drops as
page metadata still dates the leaflet, unless it stands in a menu, footer, sidebar,
comment or a card about another page (a list of related links beside it in a side
column makes no card). A page whose date has a label in another language dates it by its
markup: a `<time datetime>` at the top of the text or named as the page's date, or its
JSON-LD's `dateModified` (`datePublished` last). A page with no `<main>` or `<article>`
gets a `<main>` around the box that holds its text (in place of a layout table whose other
cells are the menu; a few short lines beside that box do not widen it to the whole body;
text straight in the body gets one around it there): without a frame,
trafilatura gathers loose paragraphs and drops every heading and list. A table that lays
out the page (cells holding headings, lists or other tables, or `role="presentation"`) is
read as the boxes its cells are, in page order, its banner and copyright rows as the page's
header and footer: trafilatura reads a table as rows of one-line cells, dropping lists and
moving inner tables to the end. A table of data stays rows of cells in its place, one row
per line, its caption a line before it, and a menu of links to the page's own sections
("In deze folder") is navigation, not text. A page whose text is a cookie notice and next
to nothing else (a consent wall saved in place of the leaflet) is refused.
The page is read to its end or refused: its `data:` URIs (inline images and fonts, megabytes
in a page saved whole) are cut before parsing, and libxml2 reads it with its size limits
lifted, since past them it silently hands back only the page up to there.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Collection, Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import NamedTuple

import lxml.html
import trafilatura
from lxml import etree
from lxml.html import HtmlElement
from trafilatura.utils import repair_faulty_html

from ingest.dates import find_updated, is_date_line
from ingest.document import IngestError
from ingest.source import SourceText
from ingest.structure import MAX_HEADING_WORDS


# <meta> names and properties that state when a page was last changed, or who publishes it.
_MODIFIED = {"article:modified_time", "og:updated_time", "dcterms.modified", "last-modified",
             "date.modified", "dc.date.modified"}
_PUBLISHER = {"og:site_name", "dcterms.publisher", "dc.publisher", "publisher"}


class _PageFacts(HTMLParser):
    """The canonical URL, og:url, <title>, publisher and last-modified date of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.canonical = ""
        self.og_url = ""
        self.title = ""
        self.modified = ""
        self.publisher = ""
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {key.lower(): (value or "") for key, value in attrs}
        if tag == "link" and "canonical" in values.get("rel", "").lower().split():
            self.canonical = self.canonical or values.get("href", "").strip()
        elif tag == "meta":
            name = (values.get("property") or values.get("name") or values.get("http-equiv") or "").lower()
            content = " ".join(values.get("content", "").split())
            if name == "og:url":
                self.og_url = self.og_url or content
            elif name in _MODIFIED:
                self.modified = self.modified or content
            elif name in _PUBLISHER:
                self.publisher = self.publisher or content
        elif tag == "title" and not self.title:
            self._in_title = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data


def page_facts(html: str) -> _PageFacts:
    """What the page's head says about itself."""
    facts = _PageFacts()
    try:
        facts.feed(html)
        facts.close()
    except Exception:  # a broken head loses its facts, not the leaflet
        pass
    return facts


def load_html(html: str, path: str | Path) -> SourceText:
    """A web page's main content as Markdown, with its URL, title and date."""
    html = without_data_uris(html)
    try:
        tree = parse_page(html, path)
        notice = _notice_words(tree) if tree is not None else set()
        stated = _page_date(tree) if tree is not None else ""
        extracted = trafilatura.extract(
            _reader_view(tree) if tree is not None else html, output_format="xml",
            include_formatting=True, include_links=False, include_images=False,
            include_comments=False, include_tables=True,
        )
        metadata = _metadata(html, path)
    except IngestError:
        raise
    except Exception as error:  # trafilatura and lxml raise many kinds of errors
        raise IngestError(path, f"the HTML could not be read ({error.__class__.__name__})") from None
    if not extracted:
        raise IngestError(path, "no main text found in the HTML page")
    text = xml_to_markdown(extracted, path)
    if _only_cookie_notice(text, notice):
        raise IngestError(path, "the page holds no leaflet text, only a cookie notice "
                                "(is it a consent wall saved instead of the page?)")
    facts = page_facts(html)
    title = (metadata.title if metadata and metadata.title else "") or " ".join(facts.title.split())
    url = facts.canonical or facts.og_url
    publisher = facts.publisher or (metadata.sitename if metadata and metadata.sitename else "")
    return SourceText(text, "markdown", title=title, url=url,
                      updated=stated.labelled or facts.modified or stated.unlabelled, publisher=publisher)


# A `data:` URI in an attribute (`<img src="data:image/png;base64,...">`) or in a style's
# `url(...)` (an inlined font): a file inside the page, no words of it, and megabytes long in
# a page saved whole. It is cut to `data:,` before the page is parsed, so that the parser and
# the extractor read what the page says, not the pictures.
_DATA_URI_ATTRIBUTE = re.compile(r"""(=\s*)(["'])data:[^"'<>]*\2""", re.IGNORECASE)
_DATA_URI_STYLE = re.compile(r"""url\(\s*(["']?)data:[^"'()<>]*\1\s*\)""", re.IGNORECASE)


def without_data_uris(html: str) -> str:
    """The page with every `data:` URI in its attributes and styles cut to `data:,`."""
    html = _DATA_URI_ATTRIBUTE.sub(r"\1\2data:,\2", html)
    return _DATA_URI_STYLE.sub("url(data:,)", html)


def parse_page(html: str, path: str | Path = "") -> HtmlElement | None:
    """The page as an lxml tree, read to its end, or an IngestError that says why not.

    libxml2 stops at a text, attribute or script of more than 10 MB, or at boxes nested more
    than 256 deep, and hands back the page up to there without a word: all the text after
    the point is lost. The page is read with those limits lifted (`huge_tree`); where it
    still cannot be read to its end (boxes nested more than 2,048 deep) it is refused.
    trafilatura's own repairs of a page (a faulty doctype or `<html/>` line) are kept."""
    beginning = html[:50].lower()
    html = repair_faulty_html(html, beginning)
    parser = lxml.html.HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8",
                                  remove_comments=True, remove_pis=True, huge_tree=True)
    try:
        tree = lxml.html.fromstring(html.encode("utf-8", "surrogatepass"), parser=parser)
    except etree.ParserError:  # "Document is empty"
        return None
    stopped = [error.message.strip() for error in parser.error_log if error.level_name == "FATAL"]
    if stopped:
        raise IngestError(path, f"the HTML page cannot be read to its end ({stopped[0]}), so part "
                                f"of its text would be lost")
    if tree is not None and "html" not in beginning and len(tree) < 2:
        return None  # not a page (trafilatura's test of a page)
    return tree


def _metadata(html: str, path: str | Path) -> trafilatura.settings.Document:
    """What trafilatura reads of a page's title and site name. Its scripts and styles go
    first (not its JSON-LD), and its date is not looked for: htmldate searches the whole page
    with regular expressions, which took seconds on a page with a large script, and the
    page's date is read here (`_page_date`)."""
    tree = parse_page(html, path)
    if tree is None:
        return trafilatura.settings.Document()
    for unread in tree.xpath("//script[not(@type='application/ld+json')] | //style"):
        unread.drop_tree()
    return trafilatura.extract_metadata(tree, extensive=False)


# The ids, classes and labels of a cookie notice: "cookie-banner", "cookiewall",
# "CybotCookiebotDialog", "onetrust-consent-sdk", "gdpr-popup".
_NOTICE_NAME = "re:test(concat(@id, ' ', @class, ' ', @aria-label), 'cookie|consent|gdpr', 'i')"
_COOKIE_WORD = re.compile(r"cookie", re.IGNORECASE)
# The name of a cookie notice's button: "Akkoord", "Alle cookies accepteren", "Weigeren", "OK".
_CONSENT_BUTTON = re.compile(r"\b(?:akkoord|accept\w*|weiger\w*|reject\w*|toestaan|sta toe|agree|allow|ok|oké"
                             r"|begrepen|prima|sluit\w*|close|instellingen|settings|voorkeuren|preferences)\b",
                             re.IGNORECASE)
# A cookie notice says at most this much: a box that holds more holds the page.
MAX_NOTICE_WORDS = 300
# Beside a cookie notice, fewer words than this are no leaflet: a page title, a "Laden..." line.
MIN_LEAFLET_WORDS = 20
# Boxes that hold the page, never its cookie notice alone.
_PAGE_BOXES = {"html", "body", "main", "article"}
_WORD = re.compile(r"\w+")
# The words a reader reads on a page: not scripts, links or the names of buttons.
_PROSE = (".//text()[not(ancestor::script or ancestor::style or ancestor::noscript or ancestor::template"
          " or ancestor::a or ancestor::button or ancestor::label or ancestor::option)]")


def _notice_words(tree: HtmlElement) -> set[str]:
    """The words of a page's cookie notices, in lower case, read before the reader view
    drops their buttons."""
    return {word for box in _cookie_notices(tree) for word in _WORD.findall(box.text_content().lower())}


def _only_cookie_notice(text: str, notice: set[str]) -> bool:
    """Whether the text read from a page is its cookie notice with next to nothing beside
    it (a page title, "Laden..."): a consent wall saved in place of the leaflet. A leaflet
    with a cookie banner has plenty of words of its own."""
    return bool(notice) and len([word for word in _WORD.findall(text.lower()) if word not in notice]) \
        < MIN_LEAFLET_WORDS


def _cookie_notices(tree: HtmlElement) -> set[HtmlElement]:
    """The boxes of a page's cookie notices: a box named so (`class="cookie-banner"`), or the
    smallest box around a consent button ("Akkoord") whose own words speak of cookies. A box
    around another notice is the page's wrapper (`<div class="has-cookie-bar">`), not one."""
    boxes = _NoticeBoxes()
    found = set(tree.xpath(f"//body//*[{_NOTICE_NAME}]", namespaces=_REGEXP))
    for control in tree.xpath("//body//button | //body//a | //body//input[@type='button' or @type='submit']"):
        if not _CONSENT_BUTTON.search(_control_name(control) or control.get("value", "")):
            continue
        box = control.getparent()
        while box is not None and box.tag not in _PAGE_BOXES and boxes.fits(box) \
                and not boxes.speaks_of_cookies(box):
            box = box.getparent()  # past a box too big for a notice, every box holds more still
        found.add(box)
    notices = {box for box in found - {None} if box.tag not in _PAGE_BOXES and boxes.fits(box)
               and boxes.speaks_of_cookies(box)}
    wrappers = {outer for box in notices for outer in box.iterancestors()}
    return notices - wrappers


class _NoticeBoxes:
    """What `_cookie_notices` asks of a box, read once per box: the consent buttons of a
    page climb through the same boxes, and reading a big box's words for each is quadratic."""

    def __init__(self) -> None:
        self._fits: dict[HtmlElement, bool] = {}
        self._cookies: dict[HtmlElement, bool] = {}

    def fits(self, box: HtmlElement) -> bool:
        """Whether a box says little enough to be a cookie notice (`MAX_NOTICE_WORDS`)."""
        if box not in self._fits:
            self._fits[box] = len(box.text_content().split()) <= MAX_NOTICE_WORDS
        return self._fits[box]

    def speaks_of_cookies(self, box: HtmlElement) -> bool:
        """Whether a box's words, not the names of its links and buttons, name cookies."""
        if box not in self._cookies:
            self._cookies[box] = bool(_COOKIE_WORD.search(" ".join(box.xpath(_PROSE))))
        return self._cookies[box]


class _Dates(NamedTuple):
    """The dates a page states of itself, read before extraction: `labelled` by a "last
    updated" line the date finder reads, `unlabelled` by its markup only (JSON-LD, a
    `<time>` under the title or named as the page's date), in any language. The page's
    `<meta>` modification date ranks between them."""

    labelled: str
    unlabelled: str


def _page_date(tree: HtmlElement) -> _Dates:
    """The dates a page states of itself (see `_Dates`): a labelled `<time>` or date line
    first; else the JSON-LD's `dateModified`, a `<time>` where a page's date stands
    (`_placed_time`), the JSON-LD's `datePublished`, in that order."""
    modified, published = _json_ld_dates(tree)
    return _Dates(_stated_update(tree) or _labelled_update(tree), modified or _placed_time(tree) or published)


# The script that holds a page's schema.org description of itself.
_JSON_LD = "//script[translate(normalize-space(@type), 'LDJSON', 'ldjson')='application/ld+json']"


def _json_ld_dates(tree: HtmlElement) -> tuple[str, str]:
    """The `dateModified` and `datePublished` a page's JSON-LD gives (YYYY-MM-DD, or ""):
    those of the outermost object that has them (the page, not a comment inside it)."""
    found = {"dateModified": "", "datePublished": ""}
    level = []  # the objects at one depth of the descriptions, the outermost first
    for script in tree.xpath(_JSON_LD):
        try:
            level.append(json.loads(script.text_content() or "null", strict=False))
        except (ValueError, RecursionError):
            continue  # a broken description (or one nested past Python's limit) says nothing
    while level and not all(found.values()):
        for item in level:
            for key in found if isinstance(item, dict) else ():
                value = item.get(key)
                machine = _DATETIME.match(value.strip()) if isinstance(value, str) else None
                if machine and not found[key]:
                    found[key] = machine.group(0)
        level = [inner for item in level
                 for inner in (item.values() if isinstance(item, dict) else item if isinstance(item, list) else ())
                 if isinstance(inner, (dict, list))]
    return found["dateModified"], found["datePublished"]


# The names a page gives the `<time>` of its own date: `itemprop="dateModified"`,
# `class="updated"`, `class="entry-date"`, `id="laatst-gewijzigd"`.
# (not a bare "date": an event's or an appointment's date is named so too)
_DATE_NAME = re.compile(r"date(?:modified|published)|updat|modif|revis|review|publish|posted|gewijzigd|bijgewerkt"
                        r"|herzien", re.IGNORECASE)
_OTHER_DATE_NAME = re.compile(r"event|agenda|afspraak|appointment|spreekuur|bijeenkomst|activiteit|startdate|enddate",
                              re.IGNORECASE)
# A `<time>` with at most this many words of the page's text before it stands at its top
# (under its title, in a line as "Afdeling Chirurgie – <time>"), and its line has at most
# this many words and ends like no sentence: a line of facts about the page, not text.
MAX_TOP_WORDS = 40
MAX_FACTS_LINE_WORDS = 20
# The landmark that holds a page's text, the innermost first.
_TEXT_LANDMARKS = {"main", "article", "body"}
# Tags that stand inside a line: the box of a `<time>`'s line is the first one around it that is none.
_INLINE = {"span", "a", "b", "strong", "em", "i", "small", "time", "abbr", "mark", "sup", "sub", "font", "bdi", "bdo"}


def _placed_time(tree: HtmlElement) -> str:
    """The date of the first `<time datetime>` that stands where a page's own date does,
    whatever the language of its label (which the date finder may not know: "آخر تحديث:"):
    named as the page's date (`_DATE_NAME` on it or a box around it, `itemprop`), or at the
    top of the text in a short line of facts (`MAX_TOP_WORDS`, `MAX_FACTS_LINE_WORDS`). A
    `<time>` in a menu, footer, sidebar, comment or a card about another page dates
    something else; so does one in a sentence of the text (an appointment)."""
    for time in tree.iter("time"):
        machine = _DATETIME.match(time.get("datetime", "").strip())
        if machine is None or time.xpath(_ELSEWHERE, namespaces=_REGEXP) or _dates_another_page(time):
            continue
        boxes = [time, *list(time.iterancestors())[:MAX_LABEL_DEPTH]]
        names = [" ".join(box.get(name, "") for name in ("itemprop", "id", "class")) for box in boxes]
        if any(_OTHER_DATE_NAME.search(name) for name in names):
            continue  # an event's, an appointment's date: not the page's
        if any(_DATE_NAME.search(name) for name in names):
            return machine.group(0)
        line = next((box for box in time.iterancestors() if box.tag not in _INLINE), None)
        words = " ".join(line.text_content().split()) if line is not None else ""
        landmark = next((box for box in time.iterancestors() if box.tag in _TEXT_LANDMARKS
                         or box.get("role") in {"main", "article"}), None)
        if len(words.split()) <= MAX_FACTS_LINE_WORDS and not _SENTENCE_END.search(words) \
                and landmark is not None and _words_before(landmark, time, MAX_TOP_WORDS) <= MAX_TOP_WORDS:
            return machine.group(0)
    return ""


def _words_before(box: HtmlElement, stop: HtmlElement, limit: int) -> int:
    """How many words of the page's text stand in `box` before `stop` (not those of scripts,
    styles or page furniture), counted up to `limit + 1` at most."""
    count = 0
    walk = etree.iterwalk(box, events=("start", "end"))
    for event, element in walk:
        if event == "start" and element is stop:
            return count
        if event == "start":
            if not isinstance(element.tag, str) or element.tag in {"script", "style", "noscript", "template"} \
                    or (element is not box and element.xpath(_FURNITURE_SELF, namespaces=_REGEXP)):
                walk.skip_subtree()
            elif element.text:
                count += len(element.text.split())
        elif element is not box and element.tail:
            count += len(element.tail.split())
        if count > limit:
            break
    return count


# The start of a machine-readable date in <time datetime="2024-05-14T09:00">.
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}")
# How many boxes up from a <time> its label ("Laatst bijgewerkt:") is looked for, and how
# many of the words before it can be that label ("Deze folder is voor het laatst herzien op").
MAX_LABEL_DEPTH = 3
MAX_LABEL_WORDS = 10


def _stated_update(tree: HtmlElement) -> str:
    """The date a visible "last updated" line gives in a <time> element, read before
    extraction: trafilatura may drop the whole line as page metadata (a `class="meta"`
    paragraph), and the datetime attribute is exact where the text may not be."""
    for time in tree.iter("time"):
        label, box = "", time.getparent()
        for _ in range(MAX_LABEL_DEPTH):
            if box is None or label:
                break
            label, box = _text_before(box, time), box.getparent()
        label = " ".join(label.split()[-MAX_LABEL_WORDS:])
        machine = _DATETIME.match(time.get("datetime", "").strip())
        stated = find_updated(f"{label} {machine.group(0) if machine else time.text_content()}")
        if stated and (machine is None or stated == machine.group(0)):  # the date of this <time>
            return stated
    return ""


# Parts of a page whose dates are not the leaflet's: menus, the site's header and footer,
# sidebars, news, related pages and readers' comments (by their tags, ids and classes).
_ELSEWHERE = ("ancestor-or-self::*[self::nav or self::footer or self::aside or self::form or self::script"
              " or self::style or self::header[not(ancestor::main or ancestor::article)]"
              " or re:test(concat(@id, ' ', @class), 'comment|reactie|reply|sidebar|related|gerelateerd"
              "|news|nieuws', 'i')]")
# A date line ("Laatst gewijzigd: 14 januari 2025") has at most this many words.
MAX_DATE_LINE_WORDS = 12
# What separates the fields of a meta line: "Afdeling KNO · Laatst gewijzigd: 9 januari 2025".
_META_FIELD_GAP = re.compile(r"\s+[·•|]\s+")


def _labelled_update(tree: HtmlElement) -> str:
    """The date a short labelled line of the page states ("Laatst gewijzigd: 14 januari
    2025"), alone or as one field of a meta line ("Afdeling KNO · Laatst gewijzigd: ..."),
    read before extraction: trafilatura drops such a line beside or inside the article (a
    `class="page-meta"` box, a `class="meta"` paragraph). The text's own date still comes
    first (the pipeline reads it); lines in menus, footers, sidebars and comments, or in a
    list item that links to another page, date something else."""
    lines = []
    for box in tree.iter():
        if not isinstance(box.tag, str) or len(box.text_content().split()) > MAX_DATE_LINE_WORDS:
            continue  # an HTML comment, or more than a line
        line = " ".join(" ".join(box.xpath(".//text()[not(ancestor::script or ancestor::style)]")).split())
        dated = _date_fields(line)
        if len(line.split()) <= MAX_DATE_LINE_WORDS and dated \
                and not box.xpath(_ELSEWHERE, namespaces=_REGEXP) and not _dates_another_page(box):
            lines += dated
    return find_updated("\n".join(lines))


def _date_fields(line: str) -> list[str]:
    """The line if it only states a date, else the fields of it that do, where it is a meta
    line of several ("Afdeling KNO · Laatst gewijzigd: 9 januari 2025")."""
    if is_date_line(line):
        return [line]
    return [field for field in _META_FIELD_GAP.split(line) if is_date_line(field)]


def _dates_another_page(box: HtmlElement) -> bool:
    """Whether a box stands in a card or list item about another page: the smallest box
    around it that links to another page says little else ("Leven met COPD · Laatst
    gewijzigd: 4 maart 2025"). Links in a box of their own that dates nothing (a list of
    related pages beside the date in a side column) are not the date's card."""
    for holder in [box, *box.iterancestors()]:
        if any(not link.xpath(_ELSEWHERE, namespaces=_REGEXP)
               for link in holder.xpath(".//a[@href and not(starts-with(normalize-space(@href), '#'))]")):
            return len(holder.text_content().split()) <= MAX_TEASER_WORDS
    return False


def _text_before(box: HtmlElement, stop: HtmlElement) -> str:
    """The text of `box` that comes before `stop`, one of its descendants."""
    pieces = [box.text or ""]
    for child in box:
        if child is stop:
            break
        if stop in child.iterdescendants():
            pieces.append(_text_before(child, stop))
            break
        pieces += [child.text_content(), child.tail or ""]
    return " ".join("".join(pieces).split())


# The headings of a page, and the step that picks them on an axis (".//*" + it).
_HEADING_TAGS = "[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6]"
_HEADINGS = "//*" + _HEADING_TAGS
_HEADING_NAMES = {"h1", "h2", "h3", "h4", "h5", "h6"}
# The space XPath's normalize-space() takes away: a text of nothing else holds no words.
_XML_SPACE = " \t\r\n"
# A heading that opens or closes a collapsible section holds one of these.
_TOGGLES = (".//button | descendant-or-self::*[@aria-expanded or @aria-controls or @data-toggle"
            " or @data-bs-toggle or @role='button'] | .//a[starts-with(normalize-space(@href), '#')]")
# Class words of a collapsible section's title (on the heading or the box around it).
_SECTION_CLASS = re.compile(r"accordion|collaps|toggle", re.IGNORECASE)
# Text only screen readers get ("uitklappen") or icons, inside such a heading.
_UNSEEN = (".//*[@aria-hidden='true' or re:test(@class, '(^|\\s)(sr-only|visually-hidden|"
           "screen-reader-text)(\\s|$)')]")
_REGEXP = {"re": "http://exslt.org/regular-expressions"}
# Classes that hide a collapsed panel ("hidden", "is-hidden", "hide").
_HIDING_CLASS = re.compile(r"^(?:is-)?hid(?:e|den)$")
# A box around buttons with at most this many words of its own is a widget, not text.
MAX_WIDGET_WORDS = 12
# Boxes a widget never reaches: the page itself, table cells (a table keeps its columns),
# paragraphs and list items (their text is the leaflet's, whatever buttons sit in it).
_KEPT_BOXES = {"html", "body", "main", "article", "td", "th", "p", "li"}


def _reader_view(tree: HtmlElement) -> HtmlElement:
    """The parsed page as a reader sees it: collapsible sections opened, sibling articles
    read as one page, dates and list numbers kept, readers' comments, button widgets, share
    bars and download links gone."""
    _drop_comments(tree)
    _keep_tip_boxes(tree)
    _keep_meta_sentences(tree)
    _bullet_paragraphs(tree)
    _styled_headings(tree)
    _class_headings(tree)
    headed = []  # collapsible sections: a heading and the panel after it
    sections = []  # the same, with every panel a heading opens
    ids = _ids(tree)
    for heading in tree.xpath(_HEADINGS):
        toggles = heading.xpath(_TOGGLES)
        if toggles or _SECTION_CLASS.search(_classes(heading)):
            shown = _show_panel(heading, toggles, ids)
            sections.append((heading, shown))
            headed += [(heading, panel) for panel in shown if panel is heading.getnext()]
        if toggles:
            _flatten(heading)
    _nest_under_group(sections)
    _unlist(headed)
    _open_details(tree)
    _open_loose_toggles(tree)
    _join_articles(tree)
    _drop_widgets(tree)
    _drop_share_bars(tree)
    _drop_file_links(tree)
    for button in tree.xpath("//p//button | //li//button"):
        button.drop_tag()  # a term inside a sentence ("bij <button>koorts</button>") is a word of it
    for time in tree.xpath("//time"):
        time.drop_tag()  # trafilatura drops <time> with its words ("Laatst bijgewerkt: <time>")
    _unwrap_layout_tables(tree)
    _caption_lines(tree)
    _drop_page_menus(tree)  # before the items of an <ol> menu get their numbers as words
    for numbered in tree.xpath("//ol"):
        _number_items(numbered)
    _mark_main(tree)
    return tree


# The class of a block that a content system styles as a heading: "h3", "kop2", "tussenkop",
# "heading", "c-heading--3", "section-title", "accordion__title" (a level where it names one).
_HEADING_CLASS = re.compile(r"(?:^|[-_])(?:h([1-6])|(?:sub)?heading|title|(?:tussen)?kop(?:je)?)"
                            r"(?:[-_]*h?([1-6]))?(?=$|[-_])", re.IGNORECASE)
# What a heading never holds: blocks of text, lists, tables.
_BLOCKS_INSIDE = ("./descendant::*[self::p or self::div or self::section or self::article or self::aside"
                  " or self::blockquote or self::ul or self::ol or self::li or self::dl or self::table"
                  " or self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6]")
# Where a block styled as a heading heads nothing of the page's own: a cell of a table, a list
# item, a control, a link, a heading, or page furniture.
_NO_HEADING_HERE = ("ancestor::*[self::td or self::th or self::li or self::dt or self::dd or self::a"
                    " or self::button or self::summary or self::label or self::caption or self::figcaption"
                    " or self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6]")


def _class_headings(tree: HtmlElement) -> None:
    """Make a short block whose class names a heading (`<div class="h3">Bewaren</div>`,
    `<p class="kop">`) a heading of the level the class names, or one level below the heading
    before it, where body text follows it: trafilatura reads only `<h1>`-`<h6>` as headings,
    so the block became a line of the text before it and its text was filed under the heading
    before. A block of links (a card's title), a line that reads as a sentence, and a block
    followed by another heading are not headings; nor is one in a table cell, a list item or
    page furniture."""
    found: dict[HtmlElement, int] = {}
    for block in tree.xpath("//body//*[self::div or self::p][@class]"):
        named = [match for name in block.get("class", "").split() if (match := _HEADING_CLASS.search(name))]
        text = " ".join(block.text_content().split())
        if not named or not _heading_like(text) or block.xpath(_BLOCKS_INSIDE) \
                or block.xpath(_NO_HEADING_HERE) or block.xpath(_FURNITURE, namespaces=_REGEXP) \
                or not "".join(block.xpath(".//text()[not(ancestor::a)]")).strip():
            continue
        found[block] = next((int(match.group(1) or match.group(2)) for match in named
                             if match.group(1) or match.group(2)), 0)
    headed = {block: level for block, level in found.items() if _heads_text(block, set(found))}
    before = _headings_before([block for block, level in headed.items() if not level], set())
    for block, level in headed.items():
        block.attrib.pop("class")
        block.tag = f"h{level or _level_below(before[block])}"


def _heads_text(block: HtmlElement, blocks: set[HtmlElement]) -> bool:
    """Whether the first words after a block are body text: not a heading, nor another block
    styled as one."""
    holder = _first_words_after(block)
    return holder is not None and not any(
        box in blocks or (isinstance(box.tag, str) and box.tag in _HEADING_NAMES)
        for box in [holder, *holder.iterancestors()])


# ---------------------------------------------------------------- headings set by font size

# A declaration of a font size, alone or in the `font` shorthand ("font: bold 20px Arial").
_FONT_SIZE = re.compile(r"(?:^|[;{\s])font-size\s*:\s*([^;}]+)", re.IGNORECASE)
_FONT = re.compile(r"(?:^|[;{\s])font\s*:\s*([^;}]+)", re.IGNORECASE)
_LENGTH = re.compile(r"(?<![\w.-])(\d*\.?\d+)(px|pt|pc|in|cm|mm|em|rem|%)(?![\w%])", re.IGNORECASE)
# Sizes in CSS pixels: absolute units, the keywords, and the browser's own sizes of headings
# and text (16px, an `<h2>` 1.5 times the size around it).
_PIXELS = {"px": 1.0, "pt": 4 / 3, "pc": 16.0, "in": 96.0, "cm": 96 / 2.54, "mm": 96 / 25.4}
_SIZE_WORDS = {"xx-small": 9.0, "x-small": 10.0, "small": 13.0, "medium": 16.0, "large": 18.0,
               "x-large": 24.0, "xx-large": 32.0, "xxx-large": 48.0}
_RELATIVE_WORDS = {"smaller": 1 / 1.2, "larger": 1.2}
_BROWSER_EMS = {"h1": 2.0, "h2": 1.5, "h3": 1.17, "h4": 1.0, "h5": 0.83, "h6": 0.67, "small": 1 / 1.2, "big": 1.2}
BROWSER_SIZE = 16.0
# A style rule this module reads: a tag, classes and an id, no more ("p.c4", ".c2", "#kop").
_SIMPLE_SELECTOR = re.compile(r"([a-zA-Z][\w-]*)?((?:[.#][\w-]+)*)")
_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_CSS_RULE = re.compile(r"([^{}@;]+)\{([^{}]*)\}")
# A line at least this much larger than the text is set as a heading; sizes this close are one.
MIN_HEADING_RATIO = 1.08
SAME_SIZE_PIXELS = 0.5
# The blocks that hold a line of text, and those that hold lines of their own.
_LINE_BLOCKS = {"p", "div", "li", "td", "th", "dt", "dd", "blockquote", "pre", "caption", "figcaption",
                "h1", "h2", "h3", "h4", "h5", "h6"}


class _StyleRules:
    """The font sizes a page's `<style>` blocks give by tag, class and id (rules with other
    selectors are not read), and a lookup of the rule that sets an element's size."""

    def __init__(self, tree: HtmlElement) -> None:
        # by one name each rule needs (an id, a class, a tag): its rank (specificity, then
        # order), its tag, classes and id, and the size it sets
        self.rules: dict[str, list[tuple[tuple[int, ...], str | None, frozenset[str], str | None, str]]] = {}
        order = 0
        for style in tree.iter("style"):
            css = _CSS_COMMENT.sub("", style.text_content() or "")
            for selectors, declarations in _CSS_RULE.findall(css):
                size = _declared_size(declarations)
                if size is None:
                    continue
                for selector in selectors.split(","):
                    parsed = _simple_selector(selector.strip())
                    if parsed is not None:
                        order += 1
                        tag, classes, ident = parsed
                        key = f"#{ident}" if ident else f".{min(classes)}" if classes else tag or "*"
                        specificity = (1 if ident else 0, len(classes), 1 if tag else 0)
                        self.rules.setdefault(key, []).append(((*specificity, order), tag, classes, ident, size))

    def size(self, element: HtmlElement) -> str | None:
        """The font size the rules give an element (as the page writes it), or None."""
        if not self.rules:
            return None
        classes = frozenset(element.get("class", "").split())
        ident = element.get("id")
        keys = [element.tag, "*", *(f".{name}" for name in classes), *([f"#{ident}"] if ident else [])]
        best = None
        for key in keys:
            for rank, tag, needed, rule_id, size in self.rules.get(key, ()):
                if (tag is None or tag == element.tag) and needed <= classes and (rule_id is None or rule_id == ident) \
                        and (best is None or rank > best[0]):
                    best = (rank, size)
        return best[1] if best else None


def _simple_selector(selector: str) -> tuple[str | None, frozenset[str], str | None] | None:
    """A selector of a tag, classes and an id as its parts, or None for any other selector."""
    match = _SIMPLE_SELECTOR.fullmatch(selector)
    if not selector or match is None:
        return None
    parts = re.findall(r"[.#][\w-]+", match.group(2))
    ids = [part[1:] for part in parts if part[0] == "#"]
    if len(ids) > 1:
        return None
    tag = match.group(1).lower() if match.group(1) else None
    return tag, frozenset(part[1:] for part in parts if part[0] == "."), ids[0] if ids else None


def _declared_size(declarations: str) -> str | None:
    """The font size a block of declarations sets ("20pt", "1.5em", "large"), or None."""
    sizes = _FONT_SIZE.findall(declarations)
    if sizes:
        return sizes[-1].replace("!important", "").strip().lower()
    for shorthand in _FONT.findall(declarations):
        length = _LENGTH.search(shorthand.split("/")[0])
        if length:
            return length.group(0).lower()
    return None


def _pixels(size: str | None, parent: float, root: float) -> float | None:
    """A declared font size in CSS pixels, given the size around it and the root's, or None."""
    if size is None:
        return None
    if size in _SIZE_WORDS:
        return _SIZE_WORDS[size]
    if size in _RELATIVE_WORDS:
        return parent * _RELATIVE_WORDS[size]
    length = _LENGTH.fullmatch(size)
    if length is None:
        return None
    value, unit = float(length.group(1)), length.group(2).lower()
    if unit in _PIXELS:
        return value * _PIXELS[unit]
    return value * (parent if unit == "em" else root if unit == "rem" else parent / 100)


def _font_sizes(tree: HtmlElement) -> dict[HtmlElement, float]:
    """Each element's font size in CSS pixels, as a browser sets it: an inline style, else
    the page's style rules, else the browser's size of its tag (an `<h2>`), else the size of
    the box around it. Empty when the page sets no size at all: its text is one size."""
    rules = _StyleRules(tree)
    inline = tree.xpath("//*[@style][contains(translate(@style, 'FONT', 'font'), 'font')] | //font[@size]")
    if not rules.rules and not inline:
        return {}
    root = tree.getroottree().getroot()
    sizes: dict[HtmlElement, float] = {}
    top = _pixels(rules.size(root), BROWSER_SIZE, BROWSER_SIZE) or BROWSER_SIZE
    stack = [top]
    for event, element in etree.iterwalk(root, events=("start", "end")):
        if not isinstance(element.tag, str):
            continue
        if event == "end":
            stack.pop()
            continue
        parent = stack[-1]
        declared = _declared_size(element.get("style", "")) or rules.size(element)
        size = _pixels(declared, parent, top) if declared else _font_tag_size(element)
        if size is None and element.tag in _BROWSER_EMS:
            size = parent * _BROWSER_EMS[element.tag]
        sizes[element] = size or parent
        stack.append(sizes[element])
    return sizes


# The sizes of an old `<font size="1">` to `"7"` in CSS pixels ("+1" is one above 3).
_FONT_TAG_PIXELS = {1: 10.0, 2: 13.0, 3: 16.0, 4: 18.0, 5: 24.0, 6: 32.0, 7: 48.0}


def _font_tag_size(element: HtmlElement) -> float | None:
    """The size an old `<font size>` sets, in CSS pixels, or None."""
    value = element.get("size", "").strip() if element.tag == "font" else ""
    if not re.fullmatch(r"[+-]?[1-7]", value):
        return None
    number = int(value) + (3 if value[0] in "+-" else 0)
    return _FONT_TAG_PIXELS[min(max(number, 1), 7)]


def _line_size(block: HtmlElement, sizes: dict[HtmlElement, float]) -> tuple[float, int]:
    """The size most of a block's characters are set in, and how many characters it holds."""
    weights: dict[float, int] = {}
    for text in block.xpath(".//text()[not(ancestor::script or ancestor::style)]"):
        holder = text.getparent()
        if text.is_tail:
            holder = holder.getparent()
        size = round(sizes.get(holder, BROWSER_SIZE) / SAME_SIZE_PIXELS) * SAME_SIZE_PIXELS
        weights[size] = weights.get(size, 0) + len("".join(text.split()))
    if not weights:
        return BROWSER_SIZE, 0
    size = max(weights, key=lambda found: (weights[found], found))
    return size, sum(weights.values())


def _styled_headings(tree: HtmlElement) -> None:
    """Make the short lines a page sets in a larger font than its text headings, ranked by
    size: the way a word processor's web page (a Google Docs or Word export) marks them, with
    `<p class="c4"><span class="c5">` and a rule `.c5{font-size:14pt}` in its `<style>`, or an
    inline `font-size`. trafilatura sees no heading in them, and the title became the small
    line above it. The text's size is the one most of its characters have; a line at least
    `MIN_HEADING_RATIO` larger is a heading. The largest size is the title (an `<h1>`) when
    one line alone has it and it comes first; the other sizes rank below it. A page that
    marks its headings (`<h2>`) gets only its title by size (`_size_levels`). A line ending
    like a sentence, one in a table, list or link, one in page furniture, and one followed
    by a line as large or larger, or by nothing, are not headings."""
    sizes = _font_sizes(tree)
    if not sizes:
        return
    body = tree.find("body")
    furniture = set(tree.xpath(_FURNITURE.replace("ancestor-or-self::", "//", 1), namespaces=_REGEXP))
    blocks = [block for block in _line_blocks(body if body is not None else tree)
              if not any(box in furniture for box in [block, *block.iterancestors()])]
    measured = {block: _line_size(block, sizes) for block in blocks}
    weights: dict[float, int] = {}
    for size, count in measured.values():
        weights[size] = weights.get(size, 0) + count
    if not weights:
        return
    text_size = max(weights, key=lambda found: (weights[found], -found))
    lines = {block: size for block, (size, count) in measured.items()
             if block.tag in {"p", "div"} and size >= text_size * MIN_HEADING_RATIO and count
             and _heading_like(" ".join(block.text_content().split())) and not block.xpath(_NO_HEADING_HERE)
             and not _quoted(" ".join(block.text_content().split()))
             and "".join(block.xpath(".//text()[not(ancestor::a)]")).strip()}
    headings = {heading: round(sizes[heading] / SAME_SIZE_PIXELS) * SAME_SIZE_PIXELS
                for heading in tree.xpath(_HEADINGS) if heading in sizes
                and heading.text_content().strip() and not heading.xpath(_FURNITURE, namespaces=_REGEXP)}
    every = {**lines, **headings}
    lines = {block: size for block, size in lines.items() if _heads_smaller(block, size, every)}
    order = {element: index for index, element in enumerate(tree.iter())} if headings and lines else {}
    levels = _size_levels(lines, headings, order)
    for block, level in levels.items():
        for name in ("class", "style"):
            block.attrib.pop(name, None)
        block.tag = f"h{level}"


def _line_blocks(root: HtmlElement) -> list[HtmlElement]:
    """The blocks under `root` that hold lines of text and no other such block, in page
    order (marked from the inside out: asking each box for the blocks inside is quadratic)."""
    blocks = list(root.iter(*_LINE_BLOCKS))
    holding: set[HtmlElement] = set()
    for block in blocks:
        for box in block.iterancestors():
            if box in holding:
                break  # and every box around it
            holding.add(box)
    return [block for block in blocks if block not in holding]


def _heads_smaller(block: HtmlElement, size: float, headings: dict[HtmlElement, float]) -> bool:
    """Whether the first words after a line are text, or a heading of a smaller size."""
    holder = _first_words_after(block)
    if holder is None:
        return False
    above = next((box for box in [holder, *holder.iterancestors()] if box in headings), None)
    return above is None or headings[above] < size


def _size_levels(lines: dict[HtmlElement, float], headings: dict[HtmlElement, float],
                 order: dict[HtmlElement, int]) -> dict[HtmlElement, int]:
    """The heading level of each line by its size (see `_styled_headings`). Beside the
    page's own headings only the title is read by size: the first line, larger than all of
    them and all other lines, becomes the `<h1>` and the page's headings move one level
    down where one is an `<h1>` too; a page that marks its headings leaves its other lines
    (a subtitle, an introduction in a larger font) as text."""
    if not lines:
        return {}
    ranked = sorted(set(lines.values()), reverse=True)
    first = next(iter(lines))  # the lines are in page order
    largest = [block for block, size in lines.items() if size == ranked[0]]
    if not headings:
        start = 1 if largest == [first] else 2
        return {block: min(start + ranked.index(size), 6) for block, size in lines.items()}
    if largest != [first] or ranked[0] <= max(headings.values()) or any(
            order[heading] < order[first] for heading in headings):
        return {}
    if any(heading.tag == "h1" for heading in headings):
        for heading in headings:
            heading.tag = f"h{min(int(heading.tag[1]) + 1, 6)}"
    return {first: 1}


# A paragraph typed as a list item: a bullet ("●", "•", "-") and space before its words.
_BULLET = re.compile(r"^\s*[•●○◦▪▫■□◆◇►▸‣⁃∙·✓✔➢➤*–-](?:\s+|$)")


def _bullet_paragraphs(tree: HtmlElement) -> None:
    """Make paragraphs that start with a typed bullet ("●    60 jaar of ouder bent;", as a
    word processor's web page writes a list) the items of a list, those in a row one list:
    read as paragraphs, each item kept its bullet as a word and the heading above a list
    looked like a line of text. Two or more in a row with the same bullet make a list.
    Paragraphs in tables, lists and headings stay as they are."""
    run: list[HtmlElement] = []
    for paragraph in _bulleted(tree):
        if run and run[-1].getnext() is paragraph and not (run[-1].tail or "").strip() \
                and _marker(run[-1]) == _marker(paragraph):
            run.append(paragraph)
            continue
        _make_list(run if len(run) > 1 else [])
        run = [paragraph]
    _make_list(run if len(run) > 1 else [])


def _marker(paragraph: HtmlElement) -> str:
    """The typed bullet a paragraph starts with: a list's items share theirs, while a lone
    "* Vergoeding ..." (a footnote) or "– Dr. Jansen" (a signature) is no list."""
    return next((piece for piece in paragraph.itertext() if piece.strip()), " ").strip()[:1]


# The texts of a page that start with a bullet: where a typed list item may start.
_BULLETED_TEXTS = ("//body//text()[normalize-space(.) != '' and contains('•●○◦▪▫■□◆◇►▸‣⁃∙·✓✔➢➤*–-',"
                   " substring(normalize-space(.), 1, 1))]")


def _bulleted(tree: HtmlElement) -> list[HtmlElement]:
    """The paragraphs (`<p>`, `<div>`) of a page that start with a typed bullet and a space
    and say more after it, and hold no other block, in page order; none in a table, list,
    heading or link. Found from the texts that start with a bullet: asking each box of a
    deeply nested page for its text is quadratic."""
    found: dict[HtmlElement, None] = {}  # in page order, each once
    for text in tree.xpath(_BULLETED_TEXTS):
        holder = text.getparent().getparent() if text.is_tail else text.getparent()
        block = next((box for box in [holder, *holder.iterancestors()] if box.tag in _LINE_BLOCKS), None)
        if block is None or block.tag not in {"p", "div"} or block in found:
            continue
        first = next((piece for piece in block.itertext() if piece.strip()), "")
        if first.strip() == text.strip() and _BULLET.match(text) \
                and not any(True for _ in block.iterdescendants(*_LINE_BLOCKS)) \
                and _BULLET.sub("", block.text_content(), count=1).strip() and not block.xpath(_NO_HEADING_HERE):
            found[block] = None
    return list(found)


def _make_list(paragraphs: list[HtmlElement]) -> None:
    """Paragraphs side by side as the items of one `<ul>` in their place, bullets taken off."""
    if not paragraphs:
        return
    listed = paragraphs[0].makeelement("ul", {})
    paragraphs[0].addprevious(listed)
    for paragraph in paragraphs:
        listed.append(paragraph)  # moves it, its tail with it
        paragraph.tag = "li"
        for name in ("class", "style"):
            paragraph.attrib.pop(name, None)
        for text in paragraph.xpath(".//text()"):
            if text.strip():
                holder, unbulleted = text.getparent(), _BULLET.sub("", str(text), count=1)
                if text.is_tail:
                    holder.tail = unbulleted
                else:
                    holder.text = unbulleted
                break


# The names of an `<aside>` that is page furniture even inside the article: related pages, a
# share bar, a newsletter, an advertisement, a menu.
_ASIDE_FURNITURE = re.compile(r"sidebar|related|gerelateerd|lees[-_ ]ook|share|social|delen|newsletter"
                              r"|nieuwsbrief|comment|reactie|advert|promo|banner|nav|menu", re.IGNORECASE)
# The words of an aside besides its links and headings: none in a box of links ("Lees ook").
_ASIDE_PROSE = (".//text()[not(ancestor::a or ancestor::h1 or ancestor::h2 or ancestor::h3 or ancestor::h4"
                " or ancestor::h5 or ancestor::h6 or ancestor::svg or ancestor::script or ancestor::style"
                " or ancestor::button)]")


def _keep_tip_boxes(tree: HtmlElement) -> None:
    """Read an `<aside>` in the body of the text (a tip box: "Tip: bloed in de urine is
    meestal onschuldig", a list "Wat kunt u zelf doen?") as a box of the text: trafilatura
    drops every `<aside>`. An aside is in the body when it stands in an `<article>`, or in a
    `<main>` with the main's text going on after it; an aside beside the article (related
    pages), one named as furniture, and one of nothing but links stay asides."""
    for aside in tree.xpath("//body//aside"):
        landmark = next((box for box in aside.iterancestors()
                         if box.tag in {"article", "main"} or box.get("role") in {"article", "main"}), None)
        if landmark is None:
            continue
        names = " ".join(aside.get(name, "") for name in ("id", "class", "aria-label"))
        if _ASIDE_FURNITURE.search(names) or not re.search(r"\w", "".join(aside.xpath(_ASIDE_PROSE))):
            continue
        if landmark.tag == "main" or landmark.get("role") == "main":
            holder = _first_words_after(aside)
            if holder is None or landmark not in holder.iterancestors() \
                    or holder.xpath(_FURNITURE, namespaces=_REGEXP):
                continue
        aside.tag = "div"


# The class names trafilatura drops a box by as page metadata ("meta", "entry-meta", "leaflet__meta").
_META_CLASS = re.compile(r"meta", re.IGNORECASE)
# A sentence of this many words or more in a metadata paragraph, that states no date, is text
# of the leaflet.
MIN_META_SENTENCE_WORDS = 6
_SENTENCE_GAP = re.compile(r"(?<=[.!?])\s+")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")


def _keep_meta_sentences(tree: HtmlElement) -> None:
    """Keep a paragraph classed as metadata (`<p class="meta">`) that says more than its date
    and fields ("Updated on 15 January 2025. This is the English version of our Dutch leaflet
    ..."): trafilatura drops it whole, with the sentence and the date the text would give. A
    meta line of fields ("Bijgewerkt op 15 januari 2025 · Leestijd 5 minuten", "Afdeling
    Interne Geneeskunde Laatst gewijzigd: 12 mei 2025") stays metadata: a sentence of text
    ends like one and states no date."""
    for paragraph in tree.xpath("//body//p[@class]"):
        names = paragraph.get("class", "").split()
        if not any(_META_CLASS.search(name) for name in names) or paragraph.xpath(_ELSEWHERE, namespaces=_REGEXP):
            continue
        line = " ".join(paragraph.text_content().split())
        sentences = [sentence for field in _META_FIELD_GAP.split(line) for sentence in _SENTENCE_GAP.split(field)]
        if any(len(sentence.split()) >= MIN_META_SENTENCE_WORDS and _SENTENCE_END.search(sentence)
               and not find_updated(sentence) for sentence in sentences):
            paragraph.set("class", " ".join(name for name in names if not _META_CLASS.search(name)))


# Landmarks that tell trafilatura where the text is: with one, the page needs no `<main>` from us.
_LANDMARKS = "//main | //article | //*[@role='main' or @role='article']"
# What locates the text: its paragraphs and headings.
_TEXT_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6"}
# Them on the page, in page order: one step, not a union of one per tag (libxml2 merges unions slowly).
_TEXT_ELEMENTS = "//body//*[" + " or ".join(f"self::{tag}" for tag in sorted(_TEXT_TAGS)) + "]"
# Page furniture, by tag or by an id or class word ("site-footer", "sidebar-left", "topmenu"):
# its paragraphs say nothing about where the leaflet stands.
_FURNITURE = ("ancestor-or-self::*[self::nav or self::header or self::footer or self::aside or self::form"
              " or re:test(concat(' ', @id, ' ', @class, ' '), '[\\s_-](?:top)?(?:footer|sidebar|menu|nav|"
              "navbar|navigation|breadcrumbs?|cookies?|banner|widgets?|aside|related|gerelateerd|comments?|reacties?)"
              "[\\s_-]', 'i')]")


# The same for an element alone, not the boxes around it.
_FURNITURE_SELF = _FURNITURE.replace("ancestor-or-self::", "self::", 1)


def _mark_main(tree: HtmlElement) -> None:
    """Wrap the content of the box that holds all the page's paragraphs and headings in a
    `<main>`, on a page with no landmark (`<main>`, `<article>`, `role="main"`). Without one
    and without a content class it knows (`class="content"`), trafilatura finds no frame and
    falls back to gathering loose paragraphs: every heading and list is lost. Paragraphs in
    menus, headers, footers, sidebars and cookie bars do not count; when the text has no
    box below `<body>` the page is left as it is.

    A box in a table (the text in a `<td>` beside a menu cell) gets no `<main>` inside the
    cell: trafilatura then gives the text twice, once with its headings and once as the whole
    row on one line. The `<main>` takes the place of the outermost table instead (or of the
    layout table `_unwrap_layout_tables` read as boxes), with the box's content, when all the
    table holds beside the box is links, separators and page furniture (`_only_links`). A
    box that is a table or a row of one stands for its only cell with more than links; where
    it has several (a table of data) or other words stand beside the box, a table of data is
    left as it is, and a layout gets the `<main>` around all of it."""
    if tree.xpath(_LANDMARKS):
        return
    texts = [element for element in tree.xpath(_TEXT_ELEMENTS)
             if element.text_content().strip() and not element.xpath(_FURNITURE, namespaces=_REGEXP)]
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
    tables = box.xpath(_TABLES_AROUND)  # in document order: the outermost first
    if box.tag in _TABLE_PARTS or box.get(_LAYOUT) in {"table", "row"}:
        cells = [cell for cell in _cells(box) if not _only_links(cell)]
        if len(cells) == 1:
            box = cells[0]
        elif box.tag in _TABLE_PARTS:
            return  # a table of data: trafilatura reads it as rows
    if tables and not _only_links(tables[0], beside=box):
        if tables[0].tag == "table":
            return
        box, tables = tables[0], []  # the words beside the text in a layout are the page's too
    if box.get(_LAYOUT) in {"table", "row"}:  # text in several cells of a layout
        for cell in _cells(box):
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
    held = [text for text in texts if text.tag in _HEADING_NAMES or words[text] > MAX_LOOSE_WORDS]
    box = _common_box(held)
    if box is None or box.tag in {"html", "body"}:
        return None
    inside = sum(count for text, count in words.items() if text is box or box in text.iterancestors())
    outside = sum(words.values()) - inside
    return box if outside <= MAX_LOOSE_SHARE * inside else None


# The parts of a table around its cells.
_TABLE_PARTS = {"table", "thead", "tbody", "tfoot", "tr"}
# Marks the boxes a layout table became (`_unwrap_layout_tables`): "table", "row" or "cell".
_LAYOUT = "data-layout"
# The tables around a box, and the boxes layout tables became.
_TABLES_AROUND = f"ancestor-or-self::*[self::table or @{_LAYOUT}='table']"
# `role` values that declare a table mere layout.
_LAYOUT_ROLES = {"presentation", "none"}
# What a cell of a data table never holds, and a box of the page does: a heading, a table, a
# definition list.
_PAGE_BLOCKS = ".//*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6 or self::table or self::dl]"
# Blocks of text that hold no other: a data cell may wrap its value in one
# (`<td><div><p>8 - 12 uur</p></div></td>`), a box of the page holds several.
_BLOCK = "self::p or self::div or self::blockquote or self::section or self::pre"
_TEXT_BLOCKS = f"./descendant-or-self::*[{_BLOCK}][not(descendant::*[{_BLOCK}])]"
# A table of at most this many rows whose cell holds a list or several blocks of text is a
# page's layout (a text cell beside a menu cell); a longer one is data with lists in its cells.
MAX_LAYOUT_ROWS = 3
# A row of a page's layout table above its text, with at most this many words and no block,
# is the page's banner ("Koorts bij kinderen · Informatie voor ouders"); one below it that
# states a copyright is the page's footer.
MAX_BANNER_WORDS = 25
_COPYRIGHT = re.compile(r"©|\(c\)\s*\d{4}|\bcopyright\b", re.IGNORECASE)
# The boxes that say where a page's text is: a layout table inside one is not the page's frame.
_LANDMARK_AROUND = "ancestor::main | ancestor::article | ancestor::*[@role='main' or @role='article']"


def _unwrap_layout_tables(tree: HtmlElement) -> None:
    """Read each table that lays out the page (`_is_layout_table`) as the boxes its cells
    are, in page order: a `<div>` for the table, each row and each cell. trafilatura reads a
    table as rows of cells, each cell a line: it drops the lists and definition lists in a
    cell, runs its headings into the text and moves the tables inside a cell to the end of
    the page. In a table that frames the page (in no `<main>` or `<article>`), a short row
    without blocks above the first row with them is the page's banner and becomes a
    `<header>`, and one below the last that states a copyright ("© 2024 ...") its `<footer>`:
    furniture, as those of other pages. A table of data, inside a layout or not, stays a table."""
    layouts = [table for table in tree.iter("table") if _is_layout_table(table)]  # all, before any changes
    for table in layouts:
        rows = _rows(table)
        cells = _cells(table)
        blocked = [index for index, row in enumerate(rows) if _holds_blocks(row)]
        frame = bool(blocked) and not table.xpath(_LANDMARK_AROUND)
        for index, row in enumerate(rows):
            words = " ".join(row.text_content().split())
            short = frame and len(words.split()) <= MAX_BANNER_WORDS
            row.tag = "header" if short and index < blocked[0] else \
                "footer" if short and index > blocked[-1] and _COPYRIGHT.search(words) else "div"
            row.set(_LAYOUT, "row")
        for cell in cells:
            cell.tag = "div"
            cell.set(_LAYOUT, "cell")
        for part in table.xpath("./thead | ./tbody | ./tfoot"):
            part.drop_tag()
        table.tag = "div"
        table.set(_LAYOUT, "table")


def _is_layout_table(table: HtmlElement) -> bool:
    """Whether a table lays out a page rather than holding data: it says so
    (`role="presentation"`), a cell holds a heading, a table or a definition list, or it has
    few rows, no header row of labels, and a cell holding a list or several blocks of text. A
    data table is rows of short cells, often under a header row."""
    if table.get("role", "").strip().lower() in _LAYOUT_ROLES:
        return True
    cells = _cells(table)
    if any(cell.xpath(_PAGE_BLOCKS) for cell in cells):
        return True
    rows = _rows(table)
    headed = table.find("thead") is not None or (rows and all(cell.tag == "th" for cell in _cells(rows[0])))
    return len(rows) <= MAX_LAYOUT_ROWS and not headed and any(_holds_blocks(cell) for cell in cells)


def _holds_blocks(box: HtmlElement) -> bool:
    """Whether a cell (or a row) of a table holds what a page holds, not a value: a heading,
    a table, a list or more than one block of text."""
    cells = _cells(box) if box.tag == "tr" else [box]
    return any(cell.xpath(_PAGE_BLOCKS) or cell.xpath(".//ul | .//ol") or len(cell.xpath(_TEXT_BLOCKS)) > 1
               for cell in cells)


def _rows(table: HtmlElement) -> list[HtmlElement]:
    """A table's own rows, in order: not those of a table inside a cell."""
    return table.xpath("./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr")


def _caption_lines(tree: HtmlElement) -> None:
    """A table's caption as a line of its own before the table: trafilatura writes it as
    the table's first row, its cells empty but the first ("Overzicht: ... | | | |")."""
    for caption in tree.xpath("//table/caption"):
        table, words = caption.getparent(), " ".join(caption.text_content().split())
        if words:
            line = table.makeelement("p", {})
            line.text = words
            table.addprevious(line)
        caption.drop_tree()


# A menu of links to the page's own sections says at most this many words of its own, before
# its first link: a label ("In deze folder", "Op deze pagina").
MAX_MENU_LABEL_WORDS = 4
# What may stand between the links of such a menu: space and separators, not words or commas.
_MENU_GAP = re.compile(r"(?:[\s|·•/>»–-]|\d{1,2}[.)])*")
# Boxes never taken for a menu: the page itself, and the cells of a table of data.
_NOT_MENUS = _PAGE_BOXES | _TABLE_PARTS | {"td", "th"}


def _drop_page_menus(tree: HtmlElement) -> None:
    """Remove menus of links to the page's own sections ("In deze folder: Wat is koorts? ·
    Temperatuur meten · ..."): navigation, not text, and each entry a heading's words once
    more. A menu is the largest box around such links that holds two or more of them, no
    other link, and besides them a short label before the first and separators between them
    (`_is_page_menu`); a sentence that links to two sections ("zie Dosering en Bijwerkingen")
    is text."""
    verdicts: dict[HtmlElement, bool | None] = {}
    menus = set()
    for link in tree.xpath("//a[starts-with(normalize-space(@href), '#')]"):
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
            menu.drop_tree()


def _is_page_menu(box: HtmlElement) -> bool | None:
    """Whether a box is a menu of links to the page's own sections (see `_drop_page_menus`):
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


def _cells(box: HtmlElement) -> list[HtmlElement]:
    """The cells of a table, or of a part of one, in reading order; not those of a table
    inside a cell, which stay in their cell. The same for a layout read as boxes."""
    if box.get(_LAYOUT) is not None:
        tables = f"*[@{_LAYOUT}='table']"
        depth = len(box.xpath(f"ancestor-or-self::{tables}"))
        return [cell for cell in box.xpath(f".//*[@{_LAYOUT}='cell']")
                if len(cell.xpath(f"ancestor::{tables}")) == depth]
    depth = len(box.xpath("ancestor-or-self::table"))
    return [cell for cell in box.xpath(".//td | .//th") if len(cell.xpath("ancestor::table")) == depth]


def _only_links(element: HtmlElement, beside: HtmlElement | None = None) -> bool:
    """Whether every word of `element` (outside the box `beside`) is the text of a link, stands
    in page furniture (`_FURNITURE`) or is a separator ("|", "·"): the site's menu in the
    cells of a layout table, which the text loses nothing by leaving."""
    for text in element.xpath(".//text()[not(ancestor::script or ancestor::style)]"):
        holder = text.getparent().getparent() if text.is_tail else text.getparent()
        if holder is beside or (beside is not None and beside in holder.iterancestors()) \
                or not re.search(r"\w", text):
            continue
        if not holder.xpath("ancestor-or-self::a") and not holder.xpath(_FURNITURE, namespaces=_REGEXP):
            return False
    return True


def _common_box(elements: list[HtmlElement]) -> HtmlElement | None:
    """The smallest element that holds all the given ones (or is one of them)."""
    box = elements[0] if elements else None
    for element in elements[1:]:
        while box is not None and box is not element and box not in element.iterancestors():
            box = box.getparent()
    return box


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


def _drop_comments(tree: HtmlElement) -> None:
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


def _join_articles(tree: HtmlElement) -> None:
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


MAX_TEASER_WORDS = 30  # a card that links elsewhere says this much at most


def _is_teaser(article: HtmlElement) -> bool:
    """Whether an article is a card pointing to another page: a link (not one that shares
    or prints this page), and little else. The article that holds the page's `<h1>` is the
    page itself, however short."""
    return (article.find(".//h1") is None and len(article.text_content().split()) <= MAX_TEASER_WORDS
            and any(_control_kind(link) is None for link in article.iterfind(".//a[@href]")))


# Names of the services a share bar links to ("Deel via WhatsApp | Facebook | E-mail").
_SHARE_SERVICES = frozenset(
    "whatsapp facebook linkedin twitter x e-mail email mail pinterest messenger telegram "
    "bluesky threads instagram mastodon".split()
)
_SERVICE_NAMES = "|".join(sorted(map(re.escape, _SHARE_SERVICES), key=len, reverse=True))
# A link or button that can only be for sharing: "Deel", "Delen op Facebook", "Deel via
# WhatsApp", "Deel deze pagina", "Share on X", "Tweet", "Mail deze pagina".
_SHARE_NAME = re.compile(
    r"(?:deel|delen|share|tweet|(?:e-?)?mail|stuur door|doorsturen)"
    r"(?: (?:deze|dit|this) (?:pagina|page|folder|brochure|informatie|artikel|article|bericht|link))?"
    rf"(?: (?:via|op|met|per|on|to|naar) (?:{_SERVICE_NAMES}))?"
)
# A print button, the companion of share links in a bar: "Print", "Printen", "Pagina afdrukken".
_PRINT_NAME = re.compile(
    r"(?:print|printen|afdrukken)(?: (?:deze|dit|this) (?:pagina|page|folder|brochure|artikel|article))?"
    r"|(?:pagina|folder|brochure) (?:printen|afdrukken)"
)
# The address of a sharing service's "share this" page, whatever the link is called. A
# WhatsApp address with a phone number is a way to reach the hospital, not a share link.
_SHARER_ADDRESS = re.compile(
    r"(?:^|[/.])(?:facebook\.com/(?:sharer|share\.php|dialog/share)|(?:twitter|x)\.com/(?:intent|share)"
    r"|linkedin\.com/(?:sharearticle|sharing|cws/share)|wa\.me/\?|pinterest\.com/pin/create|t\.me/share)"
    r"|(?:(?:^|[/.])api\.whatsapp\.com/send|^whatsapp://send)(?![^#]*[?&]phone=[+\d])|^mailto:\?",
    re.IGNORECASE,
)
# A share bar's own words ("Deel deze folder via:") are at most this many.
MAX_SHARE_WORDS = 4


def _drop_share_bars(tree: HtmlElement) -> None:
    """Remove share bars: links and buttons that share the page ("Delen op Facebook", a link
    to facebook.com/sharer) or print it, with at most a few words of their own, none a
    number (a box that gives a phone number is contact information). Links read as text
    once extracted, so trafilatura keeps a bar that is a plain paragraph."""
    bars = {_share_bar(link) for link in tree.xpath("//a") if _control_kind(link) == "share"} - {None}
    for bar in bars:
        bar.drop_tree()


def _share_bar(link: HtmlElement) -> HtmlElement | None:
    """The share bar a share link stands in: the smallest box that holds another link too,
    or else, for a link that can only be for sharing, the box around the link alone."""
    for box in (_link_box(link), link.getparent() if _is_sharing(link) else None):
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
    kinds = [_control_kind(link) for link in links]
    sharing = [link for link, kind in zip(links, kinds) if kind == "share"]
    if None in kinds or not sharing or (len(sharing) == 1 and not _is_sharing(sharing[0])) \
            or box.xpath(".//h1|.//h2|.//h3|.//h4|.//h5|.//h6"):
        return False
    own = " ".join(text for text in box.xpath(".//text()[not(ancestor::a)]") if not _in_control(text))
    words = [word for word in own.split() if any(char.isalnum() for char in word)]  # not "|"
    return len(words) <= MAX_SHARE_WORDS and not any(char.isdigit() for char in own)


def _control_kind(control: HtmlElement) -> str | None:
    """"share" for a link or button that shares the page, "print" for one that prints it."""
    name = _control_name(control)
    if name in _SHARE_SERVICES or _is_sharing(control):
        return "share"
    return "print" if _PRINT_NAME.fullmatch(name) else None


def _is_sharing(control: HtmlElement) -> bool:
    """Whether a link or button can only be for sharing: by a name that says so ("Deel
    deze pagina", "Delen op Facebook"), or by the address of a sharing service."""
    name = _control_name(control)
    return (name not in _SHARE_SERVICES and bool(_SHARE_NAME.fullmatch(name))) \
        or bool(_SHARER_ADDRESS.search(control.get("href", "").strip()))


def _control_name(control: HtmlElement) -> str:
    """A link's or button's name in lower case: its text, or its label when it is an icon."""
    name = " ".join(control.text_content().split()) or control.get("aria-label", "") or control.get("title", "")
    return " ".join(name.lower().split()).rstrip(":")


def _in_control(text: str) -> bool:
    """Whether a text of the page (an lxml text result) stands in a share or print button."""
    holder = text.getparent()
    if text.is_tail and holder is not None:  # the words after an element are its parent's
        holder = holder.getparent()
    buttons = holder.xpath("ancestor-or-self::button") if holder is not None else []
    return any(_control_kind(button) for button in buttons)


# A link to a file rather than a page: the leaflet as a PDF, a Word version.
_FILE_LINK = re.compile(r"\.(?:pdf|docx?|odt|rtf)(?:[?#].*)?$", re.IGNORECASE)
# What may stand beside such a link in its paragraph: a note of its format or size.
_FILE_NOTE = re.compile(r"\s*(?:\([^()]{0,30}\))?\s*")


def _drop_file_links(tree: HtmlElement) -> None:
    """Remove a paragraph that is nothing but a link to a file ("Download deze folder als
    pdf", "(245 kB)" beside it at most): an offer to fetch a document, not text of the
    leaflet. A list item that is a link stays (it may be one of the things a list names)."""
    for link in tree.xpath("//a[@href or @download]"):
        box = link.getparent()
        if box is None or box.tag not in {"p", "div"} or box.getparent() is None or not _is_file_link(link):
            continue
        beside = "".join(box.xpath(".//text()[not(ancestor::a)]"))
        if len(box.xpath(".//a")) == 1 and _FILE_NOTE.fullmatch(beside):
            box.drop_tree()


def _is_file_link(link: HtmlElement) -> bool:
    """Whether a link fetches a document (by its address, or a `download` attribute)."""
    return bool(_FILE_LINK.search(link.get("href", "").strip())) or link.get("download") is not None


# `<ol type>` values numbered with digits; letters and Roman numerals stay bullets.
_DIGIT_TYPES = {"", "1"}
# An item that already starts with its number ("1. Eet ...", "2) Drink ...").
_NUMBERED_ITEM = re.compile(r"\s*\d{1,3}[.)]\s")


def _number_items(numbered: HtmlElement) -> None:
    """Write the numbers of an `<ol>`'s items into their text ("3. Drink ..."): steps are
    referred to by number ("Lukt stap 3 niet?"), and trafilatura keeps no `start` or
    `value`, so the numbers must travel as text."""
    items = numbered.findall("li")
    if numbered.get("type", "").strip() not in _DIGIT_TYPES or any(
            _NUMBERED_ITEM.match(item.text_content()) for item in items):
        return
    step = -1 if numbered.get("reversed") is not None else 1
    number = _int_attribute(numbered, "start", len(items) if step < 0 else 1)
    for item in items:
        number = _int_attribute(item, "value", number)
        item.text = f"{number}. {(item.text or '').lstrip()}"
        number += step


def _int_attribute(element: HtmlElement, name: str, default: int) -> int:
    value = element.get(name, "").strip()
    return int(value) if re.fullmatch(r"-?\d{1,6}", value) else default


def _ids(tree: HtmlElement) -> dict[str, list[HtmlElement]]:
    """The elements of a page by id, in page order (a page may give an id twice): looked
    up here once, not searched for on the whole page for each toggle."""
    found: dict[str, list[HtmlElement]] = {}
    for element in tree.xpath("//*[@id]"):
        found.setdefault(element.get("id"), []).append(element)
    return found


def _show_panel(heading: HtmlElement, toggles: list[HtmlElement], ids: dict[str, list[HtmlElement]]) \
        -> list[HtmlElement]:
    """Show a collapsible section's panel: the one its toggles name (aria-controls,
    data-target, href), or else the element after the heading. The panels shown. `ids` holds
    the page's elements by id as they were before the first section was opened; one that has
    left the page since (inside a heading that lost its markup) is no panel."""
    names = [name for toggle in toggles for name in _targets(toggle)]
    root = heading.getroottree().getroot()
    panels = [found for name in names for found in ids.get(name, ())
              if found is root or root in found.iterancestors()]
    following = heading.getnext()
    shown = panels or ([following] if following is not None else [])
    for panel in shown:
        _show(panel)
    return shown


# A toggle outside any heading ("<button aria-controls=faq1>Mag ik ...?</button>"): it opens
# the panel it names, and a plain link to "#id" is one only when it says it toggles.
_LOOSE_TOGGLES = ("//*[@aria-controls or @data-target or @data-bs-target or self::a[@href and"
                  " (@aria-expanded or @data-toggle or @data-bs-toggle or @role='button')]]"
                  "[not(ancestor::h1 or ancestor::h2 or ancestor::h3 or ancestor::h4 or ancestor::h5"
                  " or ancestor::h6 or ancestor-or-self::nav or ancestor::header or ancestor::footer"
                  " or ancestor::form)]")
# How many boxes up from a toggle its panel may follow ("<div class=card-header><button>").
MAX_TOGGLE_DEPTH = 2
# A toggle that only shows more of the text before it: "Lees meer", "Toon meer", "Read more".
_MORE = re.compile(r"(?:(?:lees|toon|bekijk|laat|read|show)\s+)?(?:meer|more)(?:\s+(?:lezen|tonen|zien))?"
                   r"|uitklappen|expand", re.IGNORECASE)


def _open_loose_toggles(tree: HtmlElement) -> None:
    """Open the panels of toggles that stand outside a heading, each toggle becoming the
    heading of its panel (one level below the heading before it), as a toggle inside a
    heading does; a "Lees meer" toggle only opens its panel. A toggle counts when the panel
    it names follows it and holds text (not a menu or a search form): a print or cookie
    button names no panel, a skip or contents link none that follows it."""
    opened = [(toggle, panel) for toggle in tree.xpath(_LOOSE_TOGGLES)
              if (panel := _following_panel(toggle)) is not None]
    before = _headings_before([toggle for toggle, _ in opened], {panel for _, panel in opened})
    levels = [_level_below(before[toggle]) for toggle, _ in opened]  # before any toggle is a heading
    _unlist(opened)
    for (toggle, panel), level in zip(opened, levels):
        _show(panel)
        holder = toggle.getparent()  # a paragraph that holds the toggle alone becomes the heading
        if holder.tag == "p" and holder.text_content().split() == toggle.text_content().split():
            toggle = holder
        if _MORE.fullmatch(_control_name(toggle)):
            toggle.drop_tree()
        else:
            toggle.attrib.clear()
            toggle.tag = f"h{level}"
            _flatten(toggle)


def _open_details(tree: HtmlElement) -> None:
    """Make the question of each `<details>` (its `<summary>`) a heading one level below the
    heading before it: trafilatura writes a summary as a heading with no level, read as an
    h2, so a question under an h2 group heading ("Onderhoud") took the group's place. Headings
    inside other questions' `<details>` are not before it (the question before is beside it,
    not above it); a "Lees meer" summary only opens its text."""
    summaries = tree.xpath("//details/summary")  # in page order: an outer question first
    questions, listed = [], set(summaries)
    for summary in summaries:
        if any(outer in listed for outer in summary.iterancestors()):
            continue  # goes with the summary it stands in, which loses its markup
        if _MORE.fullmatch(" ".join(summary.text_content().split())):
            summary.drop_tree()
        else:
            questions.append(summary)
    before = _headings_before(questions, set(tree.iter("details")), as_headings=True)
    for summary in questions:  # an outer question is a heading before the inner ones turn to it
        summary.attrib.clear()
        summary.tag = f"h{_level_below(before[summary])}"
        _flatten(summary)
    _unlist([(summary.getparent(), summary.getparent()) for summary in questions])


def _unlist(opened: list[tuple[HtmlElement, HtmlElement]]) -> None:
    """Unwrap a list whose items are each a toggle (or a heading) and its panel and nothing
    else (an FAQ set as `<ul><li><button>Vraag?</button><div>Antwoord</div></li>`): a
    heading inside a list item would be read as the item's words. A list with other items
    stays a list."""
    toggle_items = set()
    for toggle, panel in opened:
        item = panel.getparent()
        if item is not None and item.tag == "li" and not (item.text or "").strip() and all(
                child is panel or child is toggle or toggle in child.iterdescendants()
                for child in item if isinstance(child.tag, str)) \
                and not any((child.tail or "").strip() for child in item):
            toggle_items.add(item)
    for listed in {item.getparent() for item in toggle_items} - {None}:
        items = [child for child in listed if isinstance(child.tag, str)]
        if listed.tag in {"ul", "ol"} and listed.getparent() is not None and set(items) <= toggle_items:
            for item in items:
                item.drop_tag()
            listed.drop_tag()


def _following_panel(toggle: HtmlElement) -> HtmlElement | None:
    """The panel a toggle names when it follows the toggle (or a box around the toggle
    alone, not a row of tabs) and holds words of its own: text, not links, buttons or a form."""
    names, words = _targets(toggle), toggle.text_content().split()
    box = toggle
    for _ in range(MAX_TOGGLE_DEPTH + 1):
        panel = box.getnext()
        if panel is not None and panel.get("id") in names:
            prose = panel.xpath(".//text()[not(ancestor::a or ancestor::button or ancestor::label"
                                " or ancestor::option or ancestor::script or ancestor::style)]")
            unfit = panel.tag in {"nav", "form"} or panel.xpath(".//nav|.//form|.//input|.//select|.//textarea")
            return panel if " ".join(prose).strip() and not unfit else None
        box = box.getparent()
        if box is None or box.text_content().split() != words:
            return None
    return None


def _nest_under_group(sections: list[tuple[HtmlElement, list[HtmlElement]]]) -> None:
    """Put the titles of collapsible sections, and the headings in their panels, one level
    below a group heading of the same level or higher right before them (`<h2>Onderhoud</h2>`
    over Bootstrap's `<h2 class="accordion-header">` questions): as marked, each question took
    the group's place. The group heading is the one before a title outside the sections and
    their panels, and counts only when the first words after it are a title's: a heading with
    text of its own ("Inleiding") is a section beside them."""
    titles = {title for title, _ in sections}
    groups = _headings_before(titles, {panel for _, panels in sections for panel in panels}, held=False)
    firsts: dict[HtmlElement, HtmlElement | None] = {}  # what holds the first words after each group heading
    levels: dict[HtmlElement, int] = {}
    for title, panels in sections:
        group = groups[title]
        if group is None:
            continue
        if group not in firsts:
            firsts[group] = _first_words_after(group)
        if int(group.tag[1]) < int(title.tag[1]) or not _stands_in(firsts[group], titles):
            continue
        shift = int(group.tag[1]) + 1 - int(title.tag[1])
        for heading in [title, *(found for panel in panels for found in panel.xpath(".//*" + _HEADING_TAGS))]:
            levels[heading] = max(levels.get(heading, 0), min(int(heading.tag[1]) + shift, 6))
    for heading, level in levels.items():
        heading.tag = f"h{level}"


def _first_words_after(element: HtmlElement) -> HtmlElement | None:
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


def _stands_in(holder: HtmlElement | None, boxes: set[HtmlElement]) -> bool:
    """Whether an element is, or stands in, one of the boxes."""
    return holder is not None and (holder in boxes or any(box in boxes for box in holder.iterancestors()))


def _level_below(heading: HtmlElement | None) -> int:
    """One level below a heading: the level of what it heads (h2 under no heading)."""
    return min(int(heading.tag[1]) + 1, 6) if heading is not None else 2


def _headings_before(elements: Collection[HtmlElement], panels: Collection[HtmlElement],
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
    """`_headings_before` for the elements under `root`, written into `before`: a heading is
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
        if (asked and as_headings or not asked and element.tag in _HEADING_NAMES) and (held or not inside):
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


def _flatten(heading: HtmlElement) -> None:
    """A heading that holds a toggle as its plain text: trafilatura drops buttons whole."""
    for unseen in heading.xpath(_UNSEEN, namespaces=_REGEXP):
        if unseen.getparent() is not None:
            unseen.drop_tree()
    for br in heading.iter("br"):
        br.tail = " " + (br.tail or "")
    text = " ".join(heading.text_content().split())
    for child in list(heading):
        heading.remove(child)
    heading.text = text


def _classes(heading: HtmlElement) -> str:
    """The classes of a heading and of the element that holds it."""
    holder = heading.getparent()
    return f"{heading.get('class', '')} {holder.get('class', '') if holder is not None else ''}"


def _targets(toggle: HtmlElement) -> list[str]:
    """The ids of the panels a toggle opens."""
    names = (toggle.get("aria-controls") or "").split()
    for attribute in ("data-target", "data-bs-target", "href"):
        value = (toggle.get(attribute) or "").strip()
        if value.startswith("#") and len(value) > 1:
            names.append(value[1:])
    return names


def _show(panel: HtmlElement) -> None:
    """A collapsed panel as if opened: a closed section is still the leaflet's text."""
    for attribute in ("hidden", "aria-hidden"):
        panel.attrib.pop(attribute, None)
    if re.search(r"display\s*:\s*none|visibility\s*:\s*hidden", panel.get("style", "")):
        del panel.attrib["style"]
    classes = panel.get("class", "").split()
    if any(_HIDING_CLASS.match(name) for name in classes):
        panel.set("class", " ".join(name for name in classes if not _HIDING_CLASS.match(name)))


def _drop_widgets(tree: HtmlElement) -> None:
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
            box.drop_tree()
        elif box is not None and box.tag == "p" and box.getparent() is not None and _is_widget_line(box, plain):
            box.drop_tree()


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


def xml_to_markdown(xml: str, path: str | Path = "") -> str:
    """trafilatura's XML as Markdown: `#` headings, paragraphs, `- ` list items."""
    try:
        root = ET.fromstring(xml)
    except ET.ParseError:
        raise IngestError(path, "the extracted HTML content could not be parsed") from None
    main = root.find("main")
    parts: list[str] = []
    elements = list(main if main is not None else root)
    level = 1  # of the last heading the page marked as one
    bold = 0  # the level of the page's bold headings, until a heading above them comes
    for index, element in enumerate(elements):
        previous = elements[index - 1] if index else None
        following = elements[index + 1] if index + 1 < len(elements) else None
        if element.tag == "head":
            level = _head_level(element)
            bold = bold if level >= bold else 0
            parts.extend(_element_markdown(element))
            continue
        rank = bold or min(level + 1, 6)
        if _bold_heading(element) and following is not None \
                and (following.tag != "head" or _head_level(following) > rank) \
                and not any(_bold_heading(e) for e in (previous, following) if e is not None):
            parts.append(f"{'#' * rank} {_inline(element)}")
            bold = rank
        elif _bold_lead(element):
            lines = _lines(element)
            parts += [f"{'#' * rank} {lines[0]}", _paragraph(lines[1:])]
            bold = rank
        else:
            parts.extend(_element_markdown(element))
    return "\n\n".join(part for part in parts if part.strip())


def _head_level(element: ET.Element) -> int:
    rend = element.get("rend", "h2")
    return int(rend[1]) if len(rend) == 2 and rend[0] == "h" and rend[1].isdigit() else 2


def _bold_heading(element: ET.Element) -> bool:
    """A paragraph that is nothing but a short bold phrase not ending like a sentence: how
    many content systems write a heading (`<p><strong>Hoe ontstaat jicht?</strong></p>`). It
    becomes a heading one level below the page's last real heading when body text follows
    (bold lines in a row are an address or a list of names, not headings)."""
    if element.tag != "p" or (element.text or "").strip() or len(element) != 1:
        return False
    return _bold_run(element[0]) and _heading_like(_inline(element))


def _bold_lead(element: ET.Element) -> bool:
    """A paragraph that opens with a short bold phrase and a line break before its text
    (`<p><b>Behandeling</b><br>Bij een aanval…`): the phrase heads the text after it, unless
    the next line is bold too (an address or a list of names)."""
    if element.tag != "p" or (element.text or "").strip() or len(element) < 2:
        return False
    bold, brk = element[0], element[1]
    after = element[2] if len(element) > 2 and not (brk.tail or "").strip() else None
    return (_bold_run(bold) and brk.tag == "lb" and _heading_like(_inline(bold))
            and len(_lines(element)) > 1 and not (after is not None and _bold_run(after)))


def _bold_run(element: ET.Element) -> bool:
    """Bold text with nothing but space after it, and no line break inside."""
    return (element.tag == "hi" and "#b" in element.get("rend", "") and not (element.tail or "").strip()
            and element.find(".//lb") is None)


def _quoted(text: str) -> bool:
    """Whether a line is a quotation (a pull quote set large: "“Na drie weken kon ik weer
    fietsen”"): a patient's words, not a heading."""
    return len(text) > 2 and text[0] in "\"'“„‘«" and text[-1] in "\"'”’»"


def _heading_like(text: str) -> bool:
    """Short, and not ending like a sentence or a label: a line that can head text."""
    return 0 < len(text.split()) <= MAX_HEADING_WORDS and not text.endswith((".", ":", ";", ",", "!", "…"))


def _element_markdown(element: ET.Element) -> list[str]:
    tag = element.tag
    if tag == "head":
        return [f"{'#' * _head_level(element)} {_inline(element)}"]
    if tag == "list" and element.get("rend") == "dl":
        return ["\n".join(f"- {entry}" for entry in _definitions(element))]
    if tag == "list":
        return ["\n".join(_list_items(element))]
    if tag == "table":
        return _table(element)
    if tag in {"p", "quote", "code"}:
        return [_paragraph(_lines(element))]
    return [part for child in element for part in _element_markdown(child)] or [_inline(element)]


def _table(element: ET.Element) -> list[str]:
    """A table as a Markdown pipe table, one row per line (its first row over a rule, which
    clean drops): apart, each row was a paragraph of its own. A table of one cell per row is
    a column of paragraphs, and stays so."""
    rows = [[_inline(cell) for cell in row] for row in element.iter("row")]
    rows = _without_empty_columns([cells for cells in rows if any(cells)])
    if not rows or max(len(cells) for cells in rows) < 2:
        return [" | ".join(cells) for cells in rows]
    lines = ["| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |" for cells in rows]
    return ["\n".join([lines[0], "|" + "---|" * len(rows[0]), *lines[1:]])]


def _without_empty_columns(rows: list[list[str]]) -> list[list[str]]:
    """Rows without the columns that are empty in every row: a word processor spaces its
    columns with empty cells ("Datum | | Tijd | | Voor wie"). Rows of different lengths
    (merged cells) are left as they are: their columns do not line up."""
    if not rows or len({len(cells) for cells in rows}) > 1:
        return rows
    kept = [index for index in range(len(rows[0])) if any(cells[index] for cells in rows)]
    return [[cells[index] for index in kept] for cells in rows]


def _list_items(element: ET.Element) -> list[str]:
    """A list's items as Markdown items: "- " before each, but an `<ol>` item keeps the
    number `_number_items` wrote into it ("3. Drink ...")."""
    ordered = {id(item) for found in element.iter("list") if found.get("rend") == "ol"
               for item in found.findall("item")}
    items = []
    for item in element.iter("item"):
        text = _inline(item)
        if text:
            items.append(text if id(item) in ordered and _NUMBERED_ITEM.match(text) else f"- {text}")
    return items


def _definitions(element: ET.Element) -> list[str]:
    """A definition list (`<dl>`) as one line per term: "Poliep: Een uitstulping van ...".
    trafilatura writes terms and definitions as items in turn; read apart, a definition
    loses the word it defines."""
    entries: list[tuple[list[str], list[str]]] = []
    for item in element.findall("item"):
        text, term = _inline(item), item.get("rend", "").startswith("dt")
        if not text:
            continue
        if not entries or (term and entries[-1][1]):  # a term after a definition starts anew
            entries.append(([], []))
        entries[-1][0 if term else 1].append(text)
    return [_definition(terms, meanings) for terms, meanings in entries]


def _definition(terms: list[str], meanings: list[str]) -> str:
    """One term (or several) and what it means, as one line."""
    term, meaning = ", ".join(terms), " ".join(meanings)
    if not term or not meaning:
        return term or meaning
    return f"{term} {meaning}" if term.endswith((":", "?", "!", ".")) else f"{term}: {meaning}"


_BREAK = "\0"  # where trafilatura wrote <lb/> (a <br>); XML text cannot hold it
_INLINE_TAGS = {"hi", "ref", "del"}  # trafilatura's markup inside a line


def _text(element: ET.Element) -> str:
    """All text inside an element, each line break as `_BREAK`: a `<br>` (or a block such
    as a `<p>` inside a table cell) parts words even when no space stands beside it in
    the page ("Ziekenhuisweg 1<br>1234 AB")."""
    pieces = [element.text or ""]
    for child in element:
        if child.tag == "lb":
            pieces.append(_BREAK)
        elif child.tag in _INLINE_TAGS:
            pieces.append(_raised(child, _text(child)))
        else:
            pieces += [_BREAK, _text(child), _BREAK]
        pieces.append(child.tail or "")
    return "".join(pieces)


# Unicode's superscript and subscript forms of what a `<sup>` or `<sub>` usually holds.
_SUPERSCRIPTS = dict(zip("0123456789+-−=()", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾"))
_SUBSCRIPTS = dict(zip("0123456789+-−=()", "₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎"))


def _raised(element: ET.Element, text: str) -> str:
    """The text of a `<sup>` or `<sub>` in raised or lowered digits: flattened, "10<sup>9</sup>"
    would read "109" and "m<sup>2</sup>" "m2". Text Unicode has no such forms for ("1<sup>e</sup>",
    "HbA<sub>1c</sub>") stays as it is, as such words are written in plain text."""
    rend = element.get("rend", "") if element.tag == "hi" else ""
    forms = _SUPERSCRIPTS if "#sup" in rend else _SUBSCRIPTS if "#sub" in rend else None
    if forms is None or not text.strip() or not all(char in forms for char in text.strip()):
        return text
    return "".join(forms[char] for char in text.strip())


def _inline(element: ET.Element) -> str:
    """All text inside an element, on one line."""
    return " ".join(_text(element).replace(_BREAK, " ").split())


def _lines(element: ET.Element) -> list[str]:
    """The non-empty lines of an element as its `<br>`s break them."""
    lines = (" ".join(line.split()) for line in _text(element).split(_BREAK))
    return [line for line in lines if line]


def _paragraph(lines: list[str]) -> str:
    """Lines of one paragraph, kept as lines (clean joins them, and drops a line of page
    interface); none may start a heading, list item or quote in the Markdown."""
    return "\n".join(_escape_block_start(line) for line in lines)


def _escape_block_start(text: str) -> str:
    """A paragraph that happens to start like a heading, list item or quote stays a paragraph."""
    if re.match(r"(?:#|>|[-*+]\s)", text):
        return "\\" + text
    return re.sub(r"^(\d{1,3})([.)]\s)", r"\1\\\2", text)
