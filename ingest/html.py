"""Load web-page leaflets: the main content only, headings kept as headings.

Menus, cookie banners, footers and scripts are not the leaflet. trafilatura (a
maintained main-content extractor) finds the article; its XML output keeps
headings (h1-h6), paragraphs and lists apart, and is turned here into Markdown
so that the rest of ingest reads it like any Markdown leaflet.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import trafilatura

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
            html, output_format="xml", include_formatting=True, include_links=False,
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
    bold = element[0]
    text = _inline(element)
    return (bold.tag == "hi" and "#b" in bold.get("rend", "") and not (bold.tail or "").strip()
            and 0 < len(text.split()) <= MAX_HEADING_WORDS and not text.endswith((".", ":", ";", ",", "!", "…")))


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
        return [_escape_block_start(_inline(element))]
    return [part for child in element for part in _element_markdown(child)] or [_inline(element)]


def _inline(element: ET.Element) -> str:
    """All text inside an element, on one line."""
    return " ".join("".join(element.itertext()).split())


def _escape_block_start(text: str) -> str:
    """A paragraph that happens to start like a heading or list item stays a paragraph."""
    if re.match(r"(?:#|[-*+]\s)", text):
        return "\\" + text
    return re.sub(r"^(\d{1,3})([.)]\s)", r"\1\\\2", text)
