"""A web page whose body is an HL7 C-CDA `ClinicalDocument` (a health-record system's export of
a leaflet, as ccda-processor writes it) read as the document: its title, sender, date and sections.

ccda-processor puts the raw XML in `<body>` and the patient's name in the page's `<title>`. Read
as a page, the patient's name titled every card, the document's own title, sender and date were
lost, and a section's `<title>` ran into its first sentence, a list's items into each other, as
the HTML reader knows no CDA tags (red team 61, finding 2.4).

So where a page holds `<ClinicalDocument xmlns="urn:hl7-org:v3">`, that part alone is parsed with
the standard library's XML parser and rebuilt as a plain page: the document's `<title>` its
title, each `<section>`'s `<title>` a heading (a nested section's a level down), the narrative
block's `<paragraph>`s, `<list>`s and `<table>`s as their HTML counterparts. The sender is the
author's organisation, else the custodian's, else the author's own name; the date the
document's `effectiveTime`. The patient (`recordTarget`), the page's `<title>` and every
coded entry are never read. HTML's named entities (`&nbsp;`) are read as their characters; a
`nonXMLBody`'s text as paragraphs. A part that does not parse (or declares entities) is left to
the HTML reader, but only without its `recordTarget`s' text and the page's `<title>`
(`without_patient`): what the HTML reader reads, the patient is never part of.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass

_NAMESPACE = "urn:hl7-org:v3"
# The document's opening tag, prefixed (`<cda:ClinicalDocument xmlns:cda="urn:hl7-org:v3">`) or not.
_DOCUMENT_OPEN = re.compile(r"<([A-Za-z_][\w.-]*:)?ClinicalDocument\b[^<>]*>")
_RECORD_TARGET_OPEN = re.compile(r"<(?:[A-Za-z_][\w.-]*:)?recordTarget\b[^<>]*>")
_RECORD_TARGET_CLOSE = re.compile(r"</(?:[A-Za-z_][\w.-]*:)?recordTarget\s*>")
_PAGE_TITLE_OPEN = re.compile(r"<title\b[^<>]*>", re.IGNORECASE)
_PAGE_TITLE_CLOSE = re.compile(r"</title\s*>", re.IGNORECASE)
# A named entity; HTML's (`&nbsp;`, `&eacute;`) are unknown to XML's parser.
_HTML_ENTITY = re.compile(r"&([A-Za-z][A-Za-z0-9]{0,31});")
_XML_ENTITIES = frozenset({"amp", "lt", "gt", "quot", "apos"})
# The narrative block's elements that have an HTML counterpart; any other (`content`,
# `linkHtml`, `footnote`) gives its text inline, `renderMultiMedia` nothing.
_AS_HTML = {"paragraph": "p", "item": "p", "table": "table", "thead": "thead", "tbody": "tbody", "tfoot": "tfoot",
            "tr": "tr", "th": "th", "td": "td", "caption": "caption", "sub": "sub", "sup": "sup"}
_UNSHOWN = {"renderMultiMedia", "footnoteRef"}


@dataclass(frozen=True)
class ClinicalPage:
    """A clinical document rebuilt as a web page, with what its header says."""

    html: str
    title: str
    publisher: str
    updated: str  # YYYY-MM-DD, YYYY-MM, YYYY or ""


def holds_clinical_document(page: str) -> bool:
    """Whether `page` opens a `ClinicalDocument` in HL7's namespace (its tag prefixed or not)."""
    return _document_start(page) is not None


def clinical_document_page(page: str) -> ClinicalPage | None:
    """The page the `ClinicalDocument` inside `page` makes; None where `page` holds none, or
    one that does not parse, or one with no section text."""
    found = _document_start(page)
    if found is None:
        return None
    start, prefix = found
    close = f"</{prefix}ClinicalDocument>"
    end = page.rfind(close)
    if end < start:
        return None
    xml = page[start:end + len(close)]
    if "<!ENTITY" in xml:  # no entity is expanded, however the parser is built
        return None
    try:
        root = ET.fromstring(_HTML_ENTITY.sub(_entity_character, xml))
    except ET.ParseError:
        return None
    parts: list[str] = []
    try:
        for body in _children(root, "component"):
            for structured in _children(body, "structuredBody"):
                _sections_html(structured, 2, parts)
            for unstructured in _children(body, "nonXMLBody"):
                parts.extend(_unstructured_html(_child(unstructured, "text")))
    except RecursionError:  # nested deeper than Python recurses: no document's shape, read as a page
        return None
    if not parts:
        return None
    title = _text(_child(root, "title"))
    heading = f"<h1>{html.escape(title)}</h1>" if title else ""
    page_html = (f"<!DOCTYPE html><html><head><title>{html.escape(title)}</title></head>"
                 f"<body><article>{heading}{''.join(parts)}</article></body></html>")
    return ClinicalPage(page_html, title, _publisher(root), _date(_child(root, "effectiveTime")))


def without_patient(page: str) -> str:
    """`page` without the text of any `recordTarget` element and without its `<title>`s before
    the clinical document: the patient's name, id and birth date, for a page whose
    `ClinicalDocument` could not be read and goes to the HTML reader as it is."""
    found = _document_start(page)
    head_end = found[0] if found is not None else len(page)
    head = _without_elements(page[:head_end], _PAGE_TITLE_OPEN, _PAGE_TITLE_CLOSE)
    return head + _without_elements(page[head_end:], _RECORD_TARGET_OPEN, _RECORD_TARGET_CLOSE)


def _without_elements(text: str, opening: re.Pattern[str], closing: re.Pattern[str]) -> str:
    """`text` without each element `opening` and `closing` bound, in one pass (each search goes
    on from where the last ended). One left unclosed takes the rest of the text with it: what
    it held never gets through."""
    kept: list[str] = []
    at = 0
    while True:
        opened = opening.search(text, at)
        if opened is None:
            kept.append(text[at:])
            break
        kept.append(text[at:opened.start()])
        if opened.group().endswith("/>"):  # an empty element: nothing to take
            at = opened.end()
            continue
        closed = closing.search(text, opened.end())
        if closed is None:
            break
        at = closed.end()
    return "".join(kept)


def _document_start(page: str) -> tuple[int, str] | None:
    """Where the page's `ClinicalDocument` in HL7's namespace opens, and its tag's prefix ("cda:"
    or ""); None where it holds none."""
    for found in _DOCUMENT_OPEN.finditer(page):
        if _NAMESPACE in found.group():
            return found.start(), found.group(1) or ""
    return None


def _entity_character(found: re.Match[str]) -> str:
    """An HTML named entity (`&nbsp;`) as its character, which the XML parser does not know; XML's
    own five, and a name HTML does not know, stay as they are."""
    if found.group(1) in _XML_ENTITIES:
        return found.group()
    character = html.unescape(found.group())
    return html.escape(character, quote=False) if character != found.group() else found.group()


def _unstructured_html(text: ET.Element | None) -> list[str]:
    """A `nonXMLBody`'s `<text>` as paragraphs, one to each block of lines; none where it is
    encoded (base64) rather than text."""
    if text is None or text.get("representation", "TXT").upper() == "B64":
        return []
    blocks = re.split(r"\n\s*\n", "".join(text.itertext()))
    return [f"<p>{html.escape(' '.join(block.split()))}</p>" for block in blocks if block.strip()]


def _local(element: ET.Element) -> str:
    """An element's name without its namespace."""
    return element.tag.rsplit("}", 1)[-1] if isinstance(element.tag, str) else ""


def _children(element: ET.Element | None, name: str) -> list[ET.Element]:
    return [child for child in element if _local(child) == name] if element is not None else []


def _child(element: ET.Element | None, *path: str) -> ET.Element | None:
    """The first element down `path` (local names), or None."""
    for name in path:
        found = _children(element, name)
        element = found[0] if found else None
    return element


def _text(element: ET.Element | None) -> str:
    return " ".join("".join(element.itertext()).split()) if element is not None else ""


def _publisher(root: ET.Element) -> str:
    """Who sends the document: the author's organisation, the custodian's, else the author."""
    for author in _children(root, "author"):
        named = _text(_child(author, "assignedAuthor", "representedOrganization", "name"))
        if named:
            return named
    custodian = _text(_child(root, "custodian", "assignedCustodian", "representedCustodianOrganization", "name"))
    if custodian:
        return custodian
    for author in _children(root, "author"):
        person = _child(author, "assignedAuthor", "assignedPerson", "name")
        if person is not None:
            return " ".join(_text(part) for part in person if _text(part)) or _text(person)
    return ""


def _date(element: ET.Element | None) -> str:
    """An HL7 timestamp (`20260315`, `202603151030+0100`) as ISO text, as far as it goes."""
    value = (element.get("value", "") if element is not None else "").strip()
    digits = value[:8] if value[:8].isdigit() else value[:6] if value[:6].isdigit() else value[:4]
    if not digits.isdigit() or len(digits) not in (4, 6, 8):
        return ""
    return "-".join(part for part in (digits[:4], digits[4:6], digits[6:8]) if part)


def _sections_html(parent: ET.Element, level: int, parts: list[str]) -> None:
    """The sections under `parent` (each in a `component`): a heading and the narrative each."""
    for component in _children(parent, "component"):
        for section in _children(component, "section"):
            title = _text(_child(section, "title"))
            if title:
                parts.append(f"<h{min(level, 6)}>{html.escape(title)}</h{min(level, 6)}>")
            text = _child(section, "text")
            if text is not None:
                parts.append(_narrative_html(text, block=True))
            _sections_html(section, level + 1, parts)


def _narrative_html(element: ET.Element, block: bool = False) -> str:
    """The narrative under `element` as HTML (`_AS_HTML`); in a section's `<text>` (`block`), a run
    of text and inline elements between its blocks is a paragraph of its own, whole."""
    pieces: list[tuple[bool, str]] = [(False, html.escape(element.text or ""))]
    for child in element:
        pieces.append(_child_html(child))
        pieces.append((False, html.escape(child.tail or "")))
    if not block:
        return "".join(piece for _, piece in pieces)
    out: list[str] = []
    run: list[str] = []
    for is_block, piece in [*pieces, (True, "")]:
        if not is_block:
            run.append(piece)
            continue
        inline = "".join(run).strip()
        if inline and inline != "<br>":
            out.append(f"<p>{inline}</p>")
        run = []
        out.append(piece)
    return "".join(out)


def _child_html(child: ET.Element) -> tuple[bool, str]:
    """One element of the narrative as HTML, and whether it is a block (a paragraph, list, table)."""
    name = _local(child)
    if name == "br":
        return False, "<br>"
    if name == "list":
        tag = "ol" if child.get("listType", "").lower() == "ordered" else "ul"
        caption = _child(child, "caption")
        lead = f"<p>{html.escape(_text(caption))}</p>" if caption is not None else ""
        items = "".join(f"<li>{_narrative_html(item)}</li>" for item in _children(child, "item"))
        return True, f"{lead}<{tag}>{items}</{tag}>"
    if name in _AS_HTML:
        tag = _AS_HTML[name]
        return tag not in {"sub", "sup"}, f"<{tag}>{_narrative_html(child)}</{tag}>"
    if name in _UNSHOWN:
        return False, ""
    return False, _narrative_html(child)
