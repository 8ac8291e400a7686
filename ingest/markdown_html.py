"""HTML written inside a Markdown leaflet, read as the Markdown it stands for.

Markdown lets an author drop into HTML: a `<table>` with a header row, a tip in a
`<div class="tip">`, a `<br>` inside a paragraph, `<strong>` for a warning. A reader of the
rendered page sees text; a search must too, or tags reach the passages ("<td>Thuis</td>"),
the highlights and the citations. So before the text is cleaned:
- an HTML block (a line that opens with a block tag such as `<div>`, `<table>` or `<p>`,
  up to the next blank line, as CommonMark reads it) becomes Markdown: headings, paragraphs,
  lists and pipe-table rows, so that the cleaner treats it as it treats Markdown;
- inline tags in Markdown lines become Markdown emphasis or go (`<span>`, `<a>`), a `<br>`
  a space, images nothing;
- entities (`&nbsp;`, `&eacute;`) become the characters they stand for.
Fenced code keeps its text as it is.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

import lxml.html
from lxml.etree import ParserError

from ingest.fences import fenced_lines

# CommonMark's block tags (an HTML block of type 6 opens with one of them).
_BLOCK_TAGS = frozenset(
    "address article aside blockquote body caption center dd details dialog dir div dl dt fieldset"
    " figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr html li main menu nav ol p"
    " section summary table tbody td tfoot th thead tr ul".split()
)
_BLOCK_START = re.compile(r" {0,3}</?(?P<tag>[a-zA-Z][a-zA-Z0-9]*)(?:[\s/>]|$)")
# What a reader never sees as text: scripts, styles, pictures, controls, menus.
_UNSEEN = frozenset("script style template svg img picture video audio iframe object button input"
                    " select textarea noscript nav form".split())
_STRONG = frozenset({"strong", "b"})
_EMPHASIS = frozenset({"em", "i"})
_HEADINGS = {f"h{level}": level for level in range(1, 7)}
# Inline tags in a Markdown line: emphasis written in HTML, and tags that only style or link.
_INLINE_TAG = re.compile(
    r"<(?P<close>/?)(?P<tag>strong|b|em|i|span|a|abbr|u|small|mark|kbd|font|cite|q|sup|sub|ins|del|s|code|time"
    r"|img|br|wbr|p|div)"  # a tag with its attributes as HTML writes them, not "a<b en c>d"
    r"(?:\s+[\w:.-]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'<>=`]+))?)*\s*/?>",
    re.IGNORECASE,
)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")


def html_as_markdown(text: str) -> str:
    """`text` (Markdown) with its HTML blocks, inline tags and entities read as Markdown."""
    return rewrite_outside_code(text, _html_step)


def _html_step(lines: list[str], index: int, out: list[str]) -> int:
    line = lines[index]
    start = _BLOCK_START.match(line)
    if start and start.group("tag").lower() in _BLOCK_TAGS:
        end = _block_end(lines, index, start.group("tag").lower())
        block = block_markdown("\n".join(lines[index:end]))
        out.extend(block.split("\n") if block else [])
        return end
    out.append(_inline_line(line))
    return index + 1


Step = Callable[[list[str], int, list[str]], int]


def rewrite_outside_code(text: str, step: Step) -> str:
    """Markdown rewritten line by line, fenced code kept as it is: `step(lines, index, out)`
    appends to `out` what line `index` becomes, with any lines after it that belong to it (an
    HTML block, an admonition's body), and returns the number of the next line to read."""
    lines = text.split("\n")
    fenced = fenced_lines(lines)
    out: list[str] = []
    index = 0
    while index < len(lines):
        if index in fenced:
            out.append(lines[index])
            index += 1
        else:
            index = step(lines, index, out)
    return "\n".join(out)


def _block_end(lines: list[str], index: int, tag: str) -> int:
    """Where an HTML block that starts at `index` ends: at a blank line, as CommonMark reads
    it, but a table runs on to its closing tag, blank lines between its rows or not."""
    end = index
    while end < len(lines) and lines[end].strip():
        end += 1
    if tag == "table" and "</table" not in "\n".join(lines[index:end]).lower():
        closing = next((i for i in range(end, len(lines)) if "</table" in lines[i].lower()), None)
        if closing is not None:
            end = closing + 1
    return end


def _inline_line(line: str) -> str:
    """A Markdown line with its inline tags read as Markdown, code spans left as written."""
    parts = re.split(r"(`+[^`]*`+)", line)
    return "".join(part if part.startswith("`") else _ENTITY.sub(_unescaped, _INLINE_TAG.sub(_inline_markdown, part))
                   for part in parts)


def block_markdown(fragment: str) -> str:
    """An HTML block as Markdown: blocks apart by blank lines, tables as pipe rows."""
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ParserError, ValueError):
        return _ENTITY.sub(_unescaped, re.sub(r"<[^<>]*>", " ", fragment))
    writer = _Writer()
    writer.block(root)
    writer.flush()
    return "\n\n".join(writer.blocks)


class _Writer:
    """Walks an element tree and writes Markdown blocks."""

    def __init__(self) -> None:
        self.blocks: list[str] = []
        self.words: list[str] = []

    def flush(self) -> None:
        text = " ".join("".join(self.words).split())
        if text:
            self.blocks.append(text)
        self.words = []

    def block(self, element) -> None:
        """An element whose children may be blocks: each block child ends a paragraph."""
        self.words.append(element.text or "")
        for child in element:
            tag = child.tag.lower() if isinstance(child.tag, str) else ""
            if tag in _UNSEEN or not tag:
                pass
            elif tag in _HEADINGS:
                self.flush()
                self.blocks.append("#" * _HEADINGS[tag] + " " + _inline(child))
            elif tag == "table":
                self.flush()
                self.blocks.append(_table(child))
            elif tag in ("ul", "ol"):
                self.flush()
                self.blocks.append("\n".join(_list(child, 0)))
            elif tag == "hr":
                self.flush()
            elif tag in _BLOCK_TAGS:
                self.flush()
                self.block(child)
                self.flush()
            else:
                self.words.append(_inline(child))
            self.words.append(child.tail or "")


def _inline(element) -> str:
    """An element's text as one line of Markdown, emphasis kept, tags gone."""
    tag = element.tag.lower() if isinstance(element.tag, str) else ""
    if tag in _UNSEEN or not tag:
        return ""
    if tag == "br":
        return " "
    inner = (element.text or "") + "".join(_spaced(child, _inline(child)) + (child.tail or "") for child in element)
    inner = " ".join(inner.split()) if tag not in _STRONG | _EMPHASIS else inner
    mark = "**" if tag in _STRONG else "*" if tag in _EMPHASIS else ""
    if mark and inner.strip():
        lead, core, trail = _split_space(inner)
        return f"{lead}{mark}{core}{mark}{trail}"
    return inner


def _spaced(element, text: str) -> str:
    """A block's text set apart by spaces inside a line ("<p>Koorts</p><p>Hoofdpijn</p>" in a
    list item or a cell reads "Koorts Hoofdpijn", not "KoortsHoofdpijn")."""
    tag = element.tag.lower() if isinstance(element.tag, str) else ""
    return f" {text} " if tag in _BLOCK_TAGS else text


def _split_space(text: str) -> tuple[str, str, str]:
    core = text.strip()
    start = text.index(core[0])
    return text[:start], core, text[start + len(core):]


def _list(element, depth: int) -> list[str]:
    """A list's items as Markdown items, nested lists indented under theirs."""
    lines: list[str] = []
    number = int(element.get("start", "1")) if element.get("start", "1").isdigit() else 1
    for item in element:
        if not isinstance(item.tag, str) or item.tag.lower() != "li":
            continue
        nested = [child for child in item if isinstance(child.tag, str) and child.tag.lower() in ("ul", "ol")]
        text = (item.text or "") + "".join(
            ("" if child in nested else _spaced(child, _inline(child))) + (child.tail or "") for child in item)
        marker = f"{number}." if element.tag.lower() == "ol" else "-"
        lines.append("  " * depth + f"{marker} {' '.join(text.split())}")
        number += 1
        for child in nested:
            lines += _list(child, depth + 1)
    return lines


def _table(element) -> str:
    """A table as Markdown pipe rows, its first row the header."""
    rows = []
    own = [row for row in element.iter("tr") if next(row.iterancestors("table"), None) is element]
    for row in own:
        cells = [_inline(cell).replace("|", "/").strip() for cell in row if isinstance(cell.tag, str)
                 and cell.tag.lower() in ("td", "th")]
        if any(cells):
            rows.append("| " + " | ".join(cells) + " |")
    if not rows:  # no rows as HTML writes them: its words as a paragraph
        return " ".join(element.text_content().split())
    if rows:
        width = rows[0].count(" | ") + 1
        rows.insert(1, "|" + " --- |" * width)
    caption = element.find("caption")
    title = _inline(caption).strip() if caption is not None else ""
    return "\n\n".join(part for part in (title, "\n".join(rows)) if part)


def _inline_markdown(match: re.Match[str]) -> str:
    tag = match.group("tag").lower()
    if tag in ("br", "wbr", "p", "div"):
        return "" if tag == "wbr" else " "
    if tag in _STRONG:
        return "**"
    if tag in _EMPHASIS:
        return "*"
    return ""


def _unescaped(match: re.Match[str]) -> str:
    character = html.unescape(match.group(0))
    return " " if character == "\xa0" else character
