"""Open a web page: read it to its end or refuse it, and read what its head says of itself.

The page is read to its end or refused: its `data:` URIs (inline images and fonts, megabytes
in a page saved whole) are cut before parsing, and libxml2 reads it with its size limits
lifted, since past them it silently hands back only the page up to there. The head gives
the canonical URL, title, publisher and last-modified date; trafilatura's metadata the
title and site name where the head has none.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import lxml.html
import trafilatura
from lxml import etree
from lxml.html import HtmlElement
from trafilatura.utils import repair_faulty_html

from ingest.document import IngestError
from ingest.html.headings import drop_heading_anchors, subtitles_below
from ingest.html.table_titles import table_titles_as_sections
from ingest.html.page_parts import NAVIGATION_HEADINGS, REGEXP
from ingest.html.tracked_changes import drop_deletions
from ingest.html.word_documents import drop_empty_contents_headings
from ingest.pdf.title import is_placeholder_title


# <meta> names and properties that state when a page was last changed, or who publishes it.
MODIFIED_META = {"article:modified_time", "og:updated_time", "dcterms.modified", "last-modified",
             "date.modified", "dc.date.modified"}
PUBLISHER_META = {"og:site_name", "dcterms.publisher", "dc.publisher", "publisher"}
# ... and that date a document without saying what happened then (pandoc writes its `date:` so),
# or by its first publication (Nikola's, WordPress's `article:published_time`): the last resort,
# as any later date overrules it.
_DATED = {"dcterms.date", "dc.date", "date", "article:published_time", "dcterms.issued", "dcterms.created"}


class _PageFacts(HTMLParser):
    """The canonical URL, og:url, <title>, publisher and last-modified date of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.canonical = ""
        self.og_url = ""
        self.title = ""
        self.modified = ""
        self.dated = ""
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
            elif name in MODIFIED_META:
                self.modified = self.modified or content
            elif name in _DATED:
                self.dated = self.dated or content
            elif name in PUBLISHER_META:
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
    if is_placeholder_title(facts.title):  # "Untitled Document", "No Title": the page names nothing
        facts.title = ""
    return facts


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
    trafilatura's own repairs of a page (a faulty doctype or `<html/>` line) are kept.
    A fragment without `<html>` is read as a document too (`_as_document`)."""
    beginning = html[:50].lower()
    html = _spaced_attributes(repair_faulty_html(html, beginning))
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
    return _as_document(tree) if tree is not None else None


# A table tag glued to its first attribute (`<thwidth="33%">`): mwcomposerfromhell writes a
# wikitext cell's attributes so. Any parser reads an unknown element "thwidth" that no `</th>`
# closes, and the table's header row was lost (red team 47). Only a table tag followed by an
# attribute HTML gives table parts, and `=`, is taken for one.
_GLUED_ATTRIBUTE = re.compile(
    r"<(table|tr|th|td)(width|height|align|valign|style|class|id|colspan|rowspan|scope|bgcolor"
    r"|border|cellpadding|cellspacing)(\s*=)", re.IGNORECASE)


def _spaced_attributes(html: str) -> str:
    """The page with a space between a table tag and the attribute glued to it."""
    return _GLUED_ATTRIBUTE.sub(r"<\1 \2\3", html)


def _as_document(tree: HtmlElement) -> HtmlElement:
    """The whole document of a page parsed by `lxml.html.fromstring`. For a fragment (what
    cmark-gfm, Python-Markdown or pandoc without `-s` write: no `<html>`, no `<body>`) lxml
    hands back its body renamed to a wrapper `<div>`, or the fragment's one element; read
    from there, the reader view and trafilatura lost every heading. The wrapper is the body
    again, and the page its `<html>`."""
    root = tree.getroottree().getroot()
    if tree is not root and tree.getparent() is root:
        tree.tag = "body"
    return root


def page_metadata(html: str, path: str | Path) -> trafilatura.settings.Document:
    """What trafilatura reads of a page's title and site name. Its scripts and styles go
    first (not its JSON-LD), and its date is not looked for: htmldate searches the whole page
    with regular expressions, which took seconds on a page with a large script, and the
    page's date is read in `page_dates` (`page_date`). A heading's permalink mark ("¶") is no
    word of the title trafilatura may take from the `<h1>`, nor is a subtitle the title
    heading sets under a line break, where the `<title>` holds it too (`subtitles_below`). Nor
    is a heading in the page's navigation (`NAVIGATION_HEADINGS`), which trafilatura takes by
    its id: slack-export-viewer's sidebar `<h3 id="channel-title">Public Channels</h3>` titled a
    channel's messages (red team 49). Nor is a table's own `<h1>` (`table_titles_as_sections`):
    its class names a "title", and trafilatura took it for the page's (red team 58)."""
    tree = parse_page(html, path)
    if tree is None:
        return trafilatura.settings.Document()
    drop_deletions(tree)
    drop_empty_contents_headings(tree)
    drop_heading_anchors(tree)
    table_titles_as_sections(tree)
    subtitles = subtitles_below(tree)
    for unread in tree.xpath("//script[not(@type='application/ld+json')] | //style"):
        unread.drop_tree()
    for menu_heading in tree.xpath(NAVIGATION_HEADINGS, namespaces=REGEXP):
        menu_heading.drop_tree()
    metadata = trafilatura.extract_metadata(tree, extensive=False)
    if metadata is not None and metadata.title:
        metadata.title = "" if is_placeholder_title(metadata.title) else _without_subtitle(metadata.title, subtitles)
    return metadata


def _without_subtitle(title: str, subtitles: list[str]) -> str:
    """A title without the subtitle that ends it, where a title remains."""
    title = " ".join(title.split())
    for subtitle in subtitles:
        if title.endswith(f" {subtitle}"):
            return title[:-len(subtitle)].rstrip(" -–—:|·")
    return title
