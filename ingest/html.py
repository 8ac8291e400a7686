"""Load web-page leaflets: the main content only, headings kept as headings.

Menus, cookie banners, footers and scripts are not the leaflet. trafilatura (a
maintained main-content extractor) finds the article; its XML output keeps
headings (h1-h6), paragraphs and lists apart, and is turned here into Markdown
so that the rest of ingest reads it like any Markdown leaflet.

Before extraction the page is made to say what a reader sees: the titles of
collapsible sections (a heading holding a toggle button, which trafilatura drops
as page interface) become plain headings, their collapsed panels are shown, and
small button widgets ("Was deze informatie nuttig? Ja Nee") go.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import trafilatura
from lxml.html import HtmlElement

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
    """A web page's main content as Markdown, with its URL and title."""
    try:
        extracted = trafilatura.extract(
            _reader_view(html), output_format="xml", include_formatting=True, include_links=False,
            include_images=False, include_comments=False, include_tables=True,
        )
        metadata = trafilatura.extract_metadata(html)
    except Exception as error:  # trafilatura and lxml raise many kinds of errors
        raise IngestError(path, f"the HTML could not be read ({error.__class__.__name__})") from None
    if not extracted:
        raise IngestError(path, "no main text found in the HTML page")
    facts = page_facts(html)
    title = (metadata.title if metadata and metadata.title else "") or " ".join(facts.title.split())
    url = facts.canonical or facts.og_url
    publisher = facts.publisher or (metadata.sitename if metadata and metadata.sitename else "")
    return SourceText(xml_to_markdown(extracted, path), "markdown", title=title, url=url,
                      updated=facts.modified, publisher=publisher)


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


def _reader_view(html: str) -> HtmlElement | str:
    """The page parsed, with collapsible sections opened and button widgets gone; the
    page as it came when lxml cannot parse it (trafilatura then says why)."""
    tree = trafilatura.load_html(html)
    if tree is None:
        return html
    for heading in tree.xpath("//h1|//h2|//h3|//h4|//h5|//h6"):
        toggles = heading.xpath(_TOGGLES)
        if toggles or _SECTION_CLASS.search(_classes(heading)):
            _show_panel(heading, toggles)
        if toggles:
            _flatten(heading)
    _drop_widgets(tree)
    for button in tree.xpath("//p//button | //li//button"):
        button.drop_tag()  # a term inside a sentence ("bij <button>koorts</button>") is a word of it
    return tree


def _show_panel(heading: HtmlElement, toggles: list[HtmlElement]) -> None:
    """Show a collapsible section's panel: the one its toggles name (aria-controls,
    data-target, href), or else the element after the heading."""
    names = [name for toggle in toggles for name in _targets(toggle)]
    panels = [found for name in names for found in heading.xpath("//*[@id=$name]", name=name)]
    following = heading.getnext()
    for panel in panels or ([following] if following is not None else []):
        _show(panel)


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
    afdeling <button>Bellen</button>" is advice); paragraphs, list items, table cells and
    section toggles are never taken for widgets."""
    buttons = tree.xpath("//button[not(@aria-expanded or @aria-controls or @data-toggle or "
                         "@data-bs-toggle)] | //input[@type='button' or @type='submit' or @type='reset']")
    for button in buttons:
        box = button.getparent()
        while box is not None and box.tag not in _KEPT_BOXES and not _own_words(box):
            box = box.getparent()
        if (box is not None and box.tag not in _KEPT_BOXES and box.getparent() is not None
                and len([b for b in buttons if box in b.iterancestors()]) >= 2
                and _own_words(box) <= MAX_WIDGET_WORDS):
            box.drop_tree()


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
    for index, element in enumerate(elements):
        previous = elements[index - 1] if index else None
        following = elements[index + 1] if index + 1 < len(elements) else None
        if element.tag == "head":
            level = _head_level(element)
        elif _bold_heading(element) and following is not None and following.tag != "head" \
                and not any(_bold_heading(e) for e in (previous, following) if e is not None):
            parts.append(f"{'#' * min(level + 1, 6)} {_inline(element)}")
            continue
        elif _bold_lead(element):
            lines = _lines(element)
            parts += [f"{'#' * min(level + 1, 6)} {lines[0]}", _paragraph(lines[1:])]
            continue
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


def _heading_like(text: str) -> bool:
    """Short, and not ending like a sentence or a label: a line that can head text."""
    return 0 < len(text.split()) <= MAX_HEADING_WORDS and not text.endswith((".", ":", ";", ",", "!", "…"))


def _element_markdown(element: ET.Element) -> list[str]:
    tag = element.tag
    if tag == "head":
        return [f"{'#' * _head_level(element)} {_inline(element)}"]
    if tag == "list":
        items = [f"- {_inline(item)}" for item in element.iter("item") if _inline(item)]
        return ["\n".join(items)]
    if tag == "table":
        rows = [" | ".join(_inline(cell) for cell in row) for row in element.iter("row")]
        return [row for row in rows if row.strip(" |")]
    if tag in {"p", "quote", "code"}:
        return [_paragraph(_lines(element))]
    return [part for child in element for part in _element_markdown(child)] or [_inline(element)]


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
            pieces.append(_text(child))
        else:
            pieces += [_BREAK, _text(child), _BREAK]
        pieces.append(child.tail or "")
    return "".join(pieces)


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
