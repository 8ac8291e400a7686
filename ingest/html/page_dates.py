"""The dates a page states of itself, read before extraction.

A "Laatst gewijzigd: ..." line that trafilatura drops as page metadata still dates the
leaflet, unless it stands in a menu, footer, sidebar, comment or a card about another page
(a list of related links beside it in a side column makes no card). A page whose date has a
label in another language dates it by its markup: a `<time datetime>` at the top of the
text or named as the page's date, or its JSON-LD's `dateModified` (`datePublished` last).
"""

from __future__ import annotations

import json
import re
from typing import NamedTuple

from lxml import etree
from lxml.html import HtmlElement

from ingest.dates import find_updated, is_date_line
from ingest.html.headings import HEADING_TAGS
from ingest.html.page_parts import FURNITURE_NAMED, FURNITURE_SELF, LINE_BLOCKS, MAX_TEASER_WORDS, REGEXP
from ingest.structure import dated_sender


class _Dates(NamedTuple):
    """The dates a page states of itself, read before extraction: `labelled` by a "last
    updated" line the date finder reads, `unlabelled` by its markup only (JSON-LD, a
    `<time>` under the title or named as the page's date), in any language. The page's
    `<meta>` modification date ranks between them. `footer` is a labelled line in the page's
    furniture (a site generator's "Last updated 2026-12-03 19:42:10 UTC" in `div#footer`):
    often when the page was built, not written, so the last fallback."""

    labelled: str
    unlabelled: str
    footer: str = ""


def page_date(tree: HtmlElement) -> _Dates:
    """The dates a page states of itself (see `_Dates`): a labelled `<time>` or date line
    first, or a later one named as the page's change (`_named_update`); else the JSON-LD's
    `dateModified`, a `<time>` where a page's date stands (`_placed_time`), a block named as
    the page's change, the JSON-LD's `datePublished`, in that order."""
    modified, published = _json_ld_dates(tree)
    labelled, named = _stated_update(tree) or _labelled_update(tree), _named_update(tree)
    return _Dates(max(labelled, named) if labelled else "",  # a later change than a labelled publication
                  modified or _placed_time(tree) or named or published,
                  _labelled_update(tree, in_furniture=True))


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
# ... and of the `<time>` of its last change, which a page's first publication gives way to.
_MODIFIED_NAME = re.compile(r"datemodified|updat|modif|revis|review|gewijzigd|bijgewerkt|herzien", re.IGNORECASE)
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

# The end of a sentence: a stop, and the closing quotes or bracket after it.
SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")


def _placed_time(tree: HtmlElement) -> str:
    """The date of the first `<time datetime>` that stands where a page's own date does,
    whatever the language of its label (which the date finder may not know: "آخر تحديث:"):
    named as the page's date (`_DATE_NAME` on it or a box around it, `itemprop`), or at the
    top of the text in a short line of facts (`MAX_TOP_WORDS`, `MAX_FACTS_LINE_WORDS`). A
    `<time>` in a menu, footer, sidebar, comment or a card about another page dates
    something else; so does one in a sentence of the text (an appointment). One named as the
    page's change (Joomla's `itemprop="dateModified"` after its `datePublished`) comes first,
    as the JSON-LD's `dateModified` does."""
    first = ""
    linking: dict[HtmlElement, bool] = {}
    for time in tree.iter("time"):
        machine = _DATETIME.match(time.get("datetime", "").strip())
        if machine is None or time.xpath(ELSEWHERE, namespaces=REGEXP) or _dates_another_page(time, linking):
            continue
        boxes = [time, *list(time.iterancestors())[:MAX_LABEL_DEPTH]]
        names = [" ".join(box.get(name, "") for name in ("itemprop", "id", "class")) for box in boxes]
        if any(_OTHER_DATE_NAME.search(name) for name in names):
            continue  # an event's, an appointment's date: not the page's
        if any(_MODIFIED_NAME.search(name) for name in names):
            return machine.group(0)
        if not first and (any(_DATE_NAME.search(name) for name in names) or _at_top(time)):
            first = machine.group(0)
    return first


# A block that states its date alone has at most this many words ("9 april 2026", "April 9, 2026").
MAX_DATE_WORDS = 4


def _named_update(tree: HtmlElement) -> str:
    """The date a block named as the page's last change states alone, whatever the language
    of its label: Quarto sets `<p class="date-modified">9 april 2026</p>` under a label of
    its own ("Gewijzigd", "Modified", "Geändert") in the title block, beside the publication
    date its `<meta name="dcterms.date">` gives; that earlier date dated the page."""
    linking: dict[HtmlElement, bool] = {}
    for box in tree.xpath("//body//*[@class or @id or @itemprop][not(self::time)]"):
        names = " ".join(box.get(name, "") for name in ("itemprop", "id", "class"))
        text = " ".join(box.text_content().split())
        if not _MODIFIED_NAME.search(names) or _OTHER_DATE_NAME.search(names) \
                or not 0 < len(text.split()) <= MAX_DATE_WORDS \
                or box.xpath(ELSEWHERE, namespaces=REGEXP) or box.xpath(FURNITURE_NAMED, namespaces=REGEXP) \
                or _dates_another_page(box, linking):
            continue
        stated = find_updated(text, unlabelled=True)
        if stated:
            return stated
    return ""


def _at_top(time: HtmlElement) -> bool:
    """Whether a `<time>` stands at the top of the page's text in a short line of facts."""
    line = next((box for box in time.iterancestors() if box.tag not in _INLINE), None)
    words = " ".join(line.text_content().split()) if line is not None else ""
    landmark = next((box for box in time.iterancestors() if box.tag in _TEXT_LANDMARKS
                     or box.get("role") in {"main", "article"}), None)
    return len(words.split()) <= MAX_FACTS_LINE_WORDS and not SENTENCE_END.search(words) \
        and landmark is not None and _words_before(landmark, time, MAX_TOP_WORDS) <= MAX_TOP_WORDS


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
                    or (element is not box and element.xpath(FURNITURE_SELF, namespaces=REGEXP)):
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
# sidebars, news, related pages and readers' comments (by their tags, ids and classes). A
# `<footer>` inside an `<article>` is the article's own, where HTML puts who wrote it and when
# (Pelican's "Published: ... Updated: 18 March 2026" box), as a `<header>` inside it is, and so
# is a `<header>` that holds the document's title, an `<h1>` that links nowhere (txt2tags sets
# title, department and "Last reviewed: 3 December 2025" in one over the text); a site's
# header links its name to the home page.
ELSEWHERE = ("ancestor-or-self::*[self::nav or self::footer[not(ancestor::article)] or self::aside or self::form"
             " or self::script"
             " or self::style or self::header[not(ancestor::main or ancestor::article"
             " or .//h1[normalize-space() and not(.//a[@href])])]"
             " or re:test(concat(@id, ' ', @class), 'comment|reactie|reply|sidebar|related|gerelateerd"
             "|news|nieuws', 'i')]")
# A date line ("Laatst gewijzigd: 14 januari 2025") has at most this many words, and one that
# names who made and who changed the page ("Created by ..., last modified by ... on ...") this many.
MAX_DATE_LINE_WORDS = 12
MAX_OWN_LINE_WORDS = 24
# What separates the fields of a meta line: "Afdeling KNO · Laatst gewijzigd: 9 januari 2025".
META_FIELD_GAP = re.compile(r"\s+[·•|]\s+")


def _labelled_update(tree: HtmlElement, in_furniture: bool = False) -> str:
    """The date a short labelled line of the page states ("Laatst gewijzigd: 14 januari
    2025"), alone or as one field of a meta line ("Afdeling KNO · Laatst gewijzigd: ..."),
    read before extraction: trafilatura drops such a line beside or inside the article (a
    `class="page-meta"` box, a `class="meta"` paragraph). The text's own date still comes
    first (the pipeline reads it); lines in menus, footers, sidebars and comments, or in a
    list item that links to another page, date something else. A box's lines are those its
    `<br>`s set apart (Asciidoctor's "Polikliniek Dermatologie<br>version 2.1, 14 oktober
    2025"); a box longer than a line gives its own lines (`_own_lines`). Lines in a box whose id or class names furniture (`div#footer`) count only with
    `in_furniture`, and then only they; a `<header>` inside `<main>` or `<article>` is the
    article's own (its "Laatst gewijzigd" line under the title), not furniture, so its lines
    rank first, before the CMS's `<meta>` date."""
    lines = []
    linking: dict[HtmlElement, bool] = {}  # `_dates_another_page`'s outer boxes, read once
    for box in tree.iter():
        if not isinstance(box.tag, str):
            continue  # an HTML comment
        short = len(box.text_content().split()) <= MAX_DATE_LINE_WORDS
        own = _box_lines(box) if short else _own_lines(box)
        dated = [field for line in [*own, *_term_line(box)] for field in _date_fields(line)]
        if dated and not box.xpath(ELSEWHERE, namespaces=REGEXP) and not _dates_another_page(box, linking) \
                and bool(box.xpath(FURNITURE_NAMED, namespaces=REGEXP)) == in_furniture:
            lines += dated
    return find_updated("\n".join(lines))


def dated_line_sender(tree: HtmlElement) -> str:
    """The organisation a short line of the page names before its date ("GGZ Rivierduinen,
    Centrum Eetstoornissen Ursula | Laatst bijgewerkt: maart 2026", a newsletter's `<p
    class="meta">` under its title, red team 58): trafilatura drops the line as the page's
    metadata, its date read here before (`_labelled_update`), its sender lost with it, though
    a plain text's cover line gives it (`ingest.structure.dated_sender`). Only the lines whose
    date would date the page count: not those in menus, footers, sidebars, comments or cards
    about other pages; and a line is a box's own, which a `<br>` or a block inside it ends
    (the sender in one block over the date in the next is two lines, for the text to judge)."""
    linking: dict[HtmlElement, bool] = {}
    for box in tree.iter():
        if not isinstance(box.tag, str) or len(box.text_content().split()) > MAX_DATE_LINE_WORDS:
            continue
        lines = (" ".join(line.split()) for line in _own_text(box).split("\n"))  # a block's lines its own
        named = next((name for line in lines if (name := dated_sender(line))), "")
        if named and not box.xpath(ELSEWHERE, namespaces=REGEXP) and not _dates_another_page(box, linking) \
                and not box.xpath(FURNITURE_NAMED, namespaces=REGEXP):
            return named
    return ""


def _term_line(box: HtmlElement) -> list[str]:
    """A `<dt>` label and its `<dd>` value as the one line a reader sees ("Laatst herzien: 21
    januari 2026"): a field list's label and date stand in elements of their own (docutils'
    docinfo, a CMS's metadata list), and neither alone was read as a labelled date."""
    value = box.getnext()
    if box.tag != "dt" or value is None or value.tag != "dd":
        return []
    return [" ".join(f"{box.text_content()} {value.text_content()}".split())]


def _own_lines(box: HtmlElement) -> list[str]:
    """The lines of a box longer than a line that are its own, not those of the blocks inside
    it: a `<br>` or a block ends one. AsciiDoc sets the revision line ("version 1.2, 20 oktober
    2025") between `<br>`s in the header box that also holds the title and the table of
    contents; read only as a whole box, it went unread, and the footer's build stamp dated the
    page. Confluence's metadata line names two people ("Created by Jan de Vries, last modified
    by Anne Bakker on Feb 17, 2026"), longer than `MAX_DATE_LINE_WORDS`; whether such a line
    only states a date is for `_date_fields` to say (a paragraph of prose is longer)."""
    lines = (" ".join(line.split()) for line in _own_text(box).split("\n"))
    return [line for line in lines if len(line.split()) <= MAX_OWN_LINE_WORDS and any(c.isdigit() for c in line)]


def _own_text(box: HtmlElement) -> str:
    """A box's text with each `<br>` and each block inside it (whose words are its own) as a
    line break."""
    pieces = [_spaced(box.text)]
    for child in box:
        if child.tag == "br" or (isinstance(child.tag, str) and child.tag not in _INLINE):
            pieces.append("\n")
        elif isinstance(child.tag, str):
            pieces.append(_own_text(child))
        pieces.append(_spaced(child.tail))
    return "".join(pieces)


def _box_lines(box: HtmlElement) -> list[str]:
    """The lines of a box's text (not its scripts' or styles'), split where a `<br>` stands."""
    return [" ".join(line.split()) for line in _br_text(box).split("\n") if line.strip()]


def _br_text(box: HtmlElement) -> str:
    """A box's text with its whitespace as spaces and each `<br>` as a line break."""
    pieces = [_spaced(box.text)]
    for child in box:
        if child.tag == "br":
            pieces.append("\n")
        elif isinstance(child.tag, str) and child.tag not in {"script", "style"}:
            pieces.append(_br_text(child))
        pieces.append(_spaced(child.tail))
    return "".join(pieces)


def _spaced(text: str | None) -> str:
    """Text with each run of whitespace (line breaks of the source too) as one space."""
    return re.sub(r"\s+", " ", text or "")


def _date_fields(line: str) -> list[str]:
    """The line if it only states a date, else the fields of it that do, where it is a meta
    line of several ("Afdeling KNO · Laatst gewijzigd: 9 januari 2025")."""
    if is_date_line(line):
        return [line]
    return [field for field in META_FIELD_GAP.split(line) if is_date_line(field)]


# A link to another page: not one within this page, nor an e-mail address or a phone number.
_PAGE_LINK = (".//a[@href and not(starts-with(normalize-space(@href), '#')"
              " or starts-with(translate(normalize-space(@href), 'MAILTOEL', 'mailtoel'), 'mailto:')"
              " or starts-with(translate(normalize-space(@href), 'MAILTOEL', 'mailtoel'), 'tel:'))]")


def _dates_another_page(box: HtmlElement, linking: dict[HtmlElement, bool] | None = None) -> bool:
    """Whether a box stands in a card or list item about another page: the smallest box
    around it that links to another page says little else ("Leven met COPD · Laatst
    gewijzigd: 4 maart 2025"). Links in a box of their own that dates nothing (a list of
    related pages beside the date in a side column) are not the date's card, and neither
    are a link within the page, an e-mail address or a phone number (an author's line), a
    labelled field's link ("Categorie: Voorlichting", `_field_link`), nor the links of an
    article's own header or footer (its author's page, its category and tags beside
    "Updated: 18 March 2026"), in an article longer than a card, whether they stand in the
    header itself or in its meta line (`_byline`: WordPress's `entry-meta` box, "Laatst
    bijgewerkt: 4 november 2025 Geplaatst in <a>Informatie</a>", red team 52).

    `linking` remembers, for the boxes asked, whether they link to another page: the dated
    boxes of a page share their outer boxes, which were read again for each dated box (4,000
    dated paragraphs in one `<main>`: 9 s)."""
    linking = {} if linking is None else linking
    for holder in [box, *box.iterancestors()]:
        if holder.tag in {"header", "footer"} and _heads_long_article(holder):
            return False
        if holder not in linking:
            linking[holder] = any(not link.xpath(ELSEWHERE, namespaces=REGEXP) and not _colophon_link(link, holder)
                                  and not _field_link(link, holder) for link in holder.xpath(_PAGE_LINK))
        if linking[holder]:
            return len(holder.text_content().split()) <= MAX_TEASER_WORDS and not _byline(holder)
    return False


def _byline(box: HtmlElement) -> bool:
    """Whether a box is a meta line in the header or footer of an article longer than a card:
    no heading and no list item in it (a card's title, a list of related pages), and a
    header or footer around it that heads the article."""
    if box.xpath("descendant-or-self::*[self::li or self::h1 or self::h2 or self::h3 or self::h4 or self::h5"
                 " or self::h6]"):
        return False
    return any(holder.tag in {"header", "footer"} and _heads_long_article(holder) for holder in box.iterancestors())


OTHER_SITE = re.compile(r"\s*(?:https?:)?//", re.IGNORECASE)


def _colophon_link(link: HtmlElement, holder: HtmlElement) -> bool:
    """Whether a link is one of the colophon under a page, not a card's link to another of its
    pages: a full address (another site: a validator, a licence, the tool that made the page)
    alone on a line of its own, in a box with no heading. Org mode's postamble sets its
    "Validate" link under the document's "Datum: 2025-09-30", and the date was taken for a
    teaser's."""
    if not OTHER_SITE.match(link.get("href", "")) or holder.xpath("descendant-or-self::*" + HEADING_TAGS):
        return False
    line = next((box for box in link.iterancestors() if box is holder or box.tag in LINE_BLOCKS), holder)
    return line is not holder and line.text_content().split() == link.text_content().split()


# A field's label before its links ("Categorie:", "Tags:", "Geschreven door:") has at most this
# many words, and what stands between the links is a separator ("voeten, diabetes").
MAX_FIELD_LABEL_WORDS = 3
_FIELD_GAP = re.compile(r"[\s,;·•|/]*")


def _field_link(link: HtmlElement, holder: HtmlElement) -> bool:
    """Whether a link is the value of a labelled field in a page's facts ("Categorie:
    <a>Voorlichting</a>", "Tags: <a>voeten</a>, <a>diabetes</a>"), not a card's link to
    another page: its line holds a short label ending in ":" and then links alone. A card
    links with its title; Joomla's article info box sets its category link beside
    "Laatst gewijzigd op 27 januari 2026", and the page's own date was taken for a card's."""
    line = next((box for box in link.iterancestors() if box is holder or box.tag in LINE_BLOCKS), holder)
    label = _text_before(line, line.xpath(".//a")[0])
    unlinked = " ".join(" ".join(line.xpath(".//text()[not(ancestor::a)]")).split())
    return label.endswith(":") and len(label.split()) <= MAX_FIELD_LABEL_WORDS \
        and unlinked.startswith(label) and bool(_FIELD_GAP.fullmatch(unlinked[len(label):]))


def _heads_long_article(box: HtmlElement) -> bool:
    """Whether a header or footer is that of an article, more words than a card about another
    page holds."""
    article = next((holder for holder in box.iterancestors() if holder.tag == "article"), None)
    return article is not None and len(article.text_content().split()) > MAX_TEASER_WORDS


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
