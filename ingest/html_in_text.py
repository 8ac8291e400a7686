"""HTML where a text file's reader does not expect it, and text where an HTML file's does not.

Tools that dump a mail or a page to text leave markup behind in three shapes:
- a mail dumper (mail-parser's `-b`) prints a message's two alternatives one after the other: the
  text/plain body, a separator line, then the text/html one as a whole HTML document. Read as
  text, the leaflet was indexed twice, the second time as its markup. The two say the same: the
  HTML copy is kept where the HTML reader reads it to the same words (it keeps the headings and
  tables the text lost), else the text part alone;
- a DOM-to-text library (node-html-parser) keeps the doctype glued to the first line's text
  (`<!DOCTYPE html>Title - Site`): that does not make the file a web page, and is no text;
- a JSON export's fields joined by jq give a title line in plain text over the body's HTML
  fragment: where the page names no title of its own (`<title>`, `<h1>`), that line is its title.
"""

from __future__ import annotations

import re
from itertools import islice

import lxml.html

_DOCUMENT_START = re.compile(r"^[ \t]*<(?:!doctype\s+html|html)\b", re.IGNORECASE | re.MULTILINE)
_DOCUMENT_END = re.compile(r"</html\s*>\s*\Z", re.IGNORECASE)
_TAG = re.compile(r"</?[a-zA-Z][\w-]*[^<>]*>")
_SEPARATOR = re.compile(r"[\W_]*(?:[\w-]*boundary[\w-]*|[\w-]*separator|[\w-]*alternative)?[\W_]*",
                        re.IGNORECASE)  # "--- mail_boundary ---", "-----", "=== alternative ==="
_WORD = re.compile(r"\w+")
MAX_OPENINGS = 3  # openings tried: a dump of two alternatives shows one; a file of many is no such dump
MIN_TAGS = 6  # a document, not a line that shows a tag or two
SAME_WORDS = 0.9  # the share of the text part's words the HTML copy must hold to be the same text
_STRAY_DOCTYPE = re.compile(r"^([ \t]*)<!doctype\s+html[^>]*>(?=[ \t]*[^\s<])", re.IGNORECASE | re.MULTILINE)
_TITLE_LINE = re.compile(r"\A[\ufeff \t\r\n]*(?P<line>[^<>\n]{1,200})\n[ \t\r\n]*<[a-zA-Z!]")
_OWN_TITLE = re.compile(r"<(?:title|h1)\b", re.IGNORECASE)


def appended_html(text: str) -> tuple[str, str] | None:
    """The text part and the HTML document of a text that ends in one after a text part
    saying the same (see the module), or None."""
    for start in islice(_DOCUMENT_START.finditer(text), MAX_OPENINGS):
        before, html = text[:start.start()], text[start.start():]
        if not before.strip() or not _DOCUMENT_END.search(html) or len(_TAG.findall(html)) < MIN_TAGS:
            continue
        plain = _without_separator(before)
        if share_of_words(plain, _markup_text(html)) >= SAME_WORDS:
            return plain, html
    return None


def share_of_words(text: str, other: str) -> float:
    """The share of `text`'s distinct words (case aside) that `other` holds too."""
    words = set(_WORD.findall(text.lower()))
    return len(words & set(_WORD.findall(other.lower()))) / len(words) if words else 0.0


def is_stray_doctype(data: bytes) -> bool:
    """Whether `data` opens with a doctype glued to a line of text, and shows no markup after it
    (a dump of a page's text that kept it), rather than opening a web page."""
    text = data[:65536].decode("utf-8", "replace").lstrip("\ufeff")
    glued = _STRAY_DOCTYPE.match(text)
    return glued is not None and len(_TAG.findall(text[glued.end():])) < MIN_TAGS // 2


def without_stray_doctype(text: str) -> str:
    """`text` without a doctype glued to the start of a line of text."""
    return _STRAY_DOCTYPE.sub(r"\1", text)


def with_title_line(html: str) -> str:
    """An HTML fragment whose first line is plain text before its markup, with that line as its
    `<h1>` where the page names no title of its own; any other page as it is."""
    line = _TITLE_LINE.match(html)
    if line is None or _OWN_TITLE.search(html) or not line["line"].strip():
        return html
    return html[:line.start("line")] + f"<h1>{line['line'].strip()}</h1>" + html[line.end("line"):]


def _without_separator(text: str) -> str:
    """The text part without the separator line a dumper writes between the alternatives."""
    lines = text.rstrip().splitlines()
    if lines and _SEPARATOR.fullmatch(lines[-1].strip()) and lines[-1].strip():
        lines.pop()
    return "\n".join(lines).rstrip() + "\n"


def _markup_text(html: str) -> str:
    try:
        return lxml.html.document_fromstring(html).text_content()
    except Exception:  # lxml raises several kinds of errors on broken markup
        return _TAG.sub(" ", html)
