"""Creole leaflets kept as `.txt`, read as the Markdown they correspond to.

A leaflet written in Creole 1.0 (a wiki page, or python-creole's html2creole) and saved as
`.txt` was taken for AsciiDoc (red team 29): both write "= Title" and "== Section" lines, and
AsciiDoc passed a Creole table ("|= Middel |= Hoe vaak |" over "| Cipro | 2 keer |") through
as text, so its rows and the paragraph under it ran into one line with their "|=" marks.

Creole maps onto Markdown line by line, as DokuWiki does (ingest/dokuwiki.py): "=" headings by
their level (a closing "=" run dropped), "*" and "#" lists, "|"-rows as a pipe table whose
first row is its header ("|=" cells), "{{{ ... }}}" blocks as code, "----" as a rule, and
inline marks as Markdown's: "//italic//", "**bold**", "[[target|label]]" links as their words,
pictures ("{{src|alt}}") as their alt text, "\\\\" line breaks, "~" escapes.

A `.txt` is taken for Creole only on markup no other reader's language writes: "|=" header
cells or a "{{{" block, with another kind of its signs, or "= Title"-style open headings with
two of its inline signs; and never when it shows markup only AsciiDoc writes (an attribute
entry, a "[source]" line, a "|===" table, a "----" listing block), as the two share headings.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ingest.asciidoc import asciidoc_signs
from ingest.markdown_escape import escaped_line_start
from ingest.markup_parts import list_item, pipe_table

# The signs of Creole, each a kind of its own.
_HEADING = re.compile(r"^[ \t]*(?P<marks>={1,6})(?!=)[ \t]*(?P<text>[^=\s](?:.*?[^=\s])?)[ \t]*(?P<close>=*)[ \t]*$")
_HEADER_CELLS = re.compile(r"^[ \t]*\|=(?!=)", re.MULTILINE)
_NOWIKI_OPEN = re.compile(r"^\{\{\{[ \t]*$")
_NOWIKI_CLOSE = re.compile(r"^\}\}\}[ \t]*$")
_ITALIC = re.compile(r"(?<![:\w/~])//(?=[^\s/])(?P<text>(?:[^\n/]|/(?!/)){1,1000}?)(?<=[^\s:/~])//(?!\w)")
_PIPED_LINK = re.compile(r"\[\[[^\[\]|\n]+\|[^\[\]\n]*\]\]")
_LINE_BREAK = re.compile(r"(?<![\\~])\\\\(?=[ \t]|$)", re.MULTILINE)
_LIST = re.compile(r"^[ \t]*(?P<marks>[*#]{1,6})[ \t]+(?P<text>\S.*)$")
_STRONG_SIGNS = frozenset({"header cells", "nowiki block"})
_INLINE_SIGNS = frozenset({"italic", "piped link", "line break"})
# AsciiDoc's own signs; its "= Title" and "== Section" are Creole's headings too.
_ASCIIDOC_SHARED = frozenset({"title", "sections"})
_ASCIIDOC_BLOCK = re.compile(r"^(?P<fence>-{4,}|\.{4,})[ \t]*\n(?:[ \t]*\S[^\n]*\n)+?(?P=fence)[ \t]*$", re.MULTILINE)

# What the conversion reads.
_ROW = re.compile(r"^[ \t]*\|")
_RULE = re.compile(r"^[ \t]*-{4,}[ \t]*$")
_INLINE_NOWIKI = re.compile(r"\{\{\{(?P<text>.{0,300}?\}*)\}\}\}")
_ESCAPE = re.compile(r"~(?P<char>[^\s~]|~)")
_LINK = re.compile(r"\[\[(?P<target>[^\[\]|\n]+)(?:\|(?P<label>[^\[\]\n]*))?\]\]")
_IMAGE = re.compile(r"\{\{(?P<target>[^{}|\n]+)(?:\|(?P<alt>[^{}\n]*))?\}\}")
_MARKED = re.compile(r"(?P<mark>__|\^\^|,,|##)(?=\S)(?P<text>.{1,300}?)(?<=\S)(?P=mark)")
_URL = re.compile(r"^(?:https?|ftp|mailto):|^[\w.+-]+@[\w-]+\.[\w.]+$")
_KEPT = "\x00{}\x00"  # a placeholder for text already in its Markdown form
_KEPT_BACK = re.compile(r"\x00(\d+)\x00")


def is_creole(text: str) -> bool:
    """Whether a text file's `text` is Creole: "|=" header cells or a "{{{" block with another
    kind of its signs, or open "=" headings with two of its inline signs (see `creole_signs`),
    and no markup only AsciiDoc writes."""
    signs = creole_signs(text)
    strong = bool(signs & _STRONG_SIGNS) and len(signs) >= 2
    inline = "open headings" in signs and len(signs & _INLINE_SIGNS) >= 2
    return (strong or inline) and not _asciidoc_only(text)


def creole_signs(text: str) -> set[str]:
    """The kinds of Creole markup `text` shows: "|=" header cells, a "{{{ ... }}}" block, "="
    headings with no closing run ("open headings"), "//italic//", "[[target|label]]" links,
    "\\\\" line breaks and "*"/"#" lists."""
    lines = text.replace("\r\n", "\n").split("\n")
    signs = set()
    if _HEADER_CELLS.search(text):
        signs.add("header cells")
    opened = next((index for index, line in enumerate(lines) if _NOWIKI_OPEN.match(line)), None)
    if opened is not None and any(_NOWIKI_CLOSE.match(line) for line in lines[opened + 1:]):
        signs.add("nowiki block")
    if any((heading := _HEADING.match(line)) and not heading.group("close") for line in lines):
        signs.add("open headings")
    for name, pattern in (("italic", _ITALIC), ("piped link", _PIPED_LINK), ("line break", _LINE_BREAK)):
        if pattern.search(text):
            signs.add(name)
    if any(_LIST.match(line) for line in lines):
        signs.add("list")
    return signs


def _asciidoc_only(text: str) -> bool:
    """Whether `text` shows markup AsciiDoc writes and Creole never does: an attribute entry,
    a block attribute line, a "|===" table, an admonition, a link macro, a "----" block."""
    return bool(asciidoc_signs(text) - _ASCIIDOC_SHARED) or bool(_ASCIIDOC_BLOCK.search(text))


def creole_as_markdown(text: str) -> str:
    """`text`, a Creole page, as the Markdown of what it shows: headings, paragraphs, lists,
    tables, code blocks and rules."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    out: list[str] = []
    numbers: dict[str, int] = {}
    closes = [index for index, line in enumerate(lines) if _NOWIKI_CLOSE.match(line)]
    index = 0
    while index < len(lines):
        line = lines[index]
        if _NOWIKI_OPEN.match(line) and (end := _nowiki_end(closes, index)):
            out += ["", "```"] + [_unescape_close(body) for body in lines[index + 1:end]] + ["```", ""]
            index = end + 1
            continue
        if item := _LIST.match(line):
            out.append(list_item(item.group("marks"), _inline(item.group("text")), numbers))
            index += 1
            continue
        numbers.clear()
        if _ROW.match(line):
            index = _table(lines, index, out)
            continue
        out += _line(line)
        index += 1
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip("\n") + "\n"


def _nowiki_end(closes: list[int], start: int) -> int | None:
    """The index of the "}}}" line (among the `closes`) that closes the block opened at line
    `start`, None where none does (the "{{{" is then text)."""
    at = bisect_right(closes, start)
    return closes[at] if at < len(closes) else None


def _unescape_close(line: str) -> str:
    """A code block's line as shown: Creole writes a "}}}" inside a block with a space before it."""
    return line[1:] if re.match(r"^ +\}\}\}", line) else line


def _line(line: str) -> list[str]:
    """One line that is no list, table or code: a heading, a rule, or a paragraph's line
    (a list item's next line carries on that item, in Creole as in Markdown)."""
    if heading := _HEADING.match(line):
        return ["", "#" * len(heading.group("marks")) + " " + _inline(heading.group("text")), ""]
    if _RULE.match(line):
        return ["", "* * *", ""]
    words = _inline(line.strip())
    return [escaped_line_start(words)]


def _table(lines: list[str], start: int, out: list[str]) -> int:
    """The table whose rows begin at `lines[start]` as a pipe table, its first row the header
    row, and the index after it."""
    rows: list[list[str]] = []
    index = start
    while index < len(lines) and _ROW.match(lines[index]):
        rows.append(_cells(lines[index]))
        index += 1
    rows = [row for row in rows if any(row)]
    if rows:
        out += pipe_table(rows)
    return index


def _cells(line: str) -> list[str]:
    """A table row's cells in Markdown ("|" inside a link, picture, code or after "~" kept out
    of the split; a header cell's "=" dropped)."""
    hidden = re.sub(r"\{\{\{.{0,300}?\}*\}\}\}|\[\[[^\[\]\n]*\]\]|\{\{[^{}\n]*\}\}|~\|",
                    lambda match: match.group(0).replace("|", "\x01"), line.strip())
    cells = hidden.split("|")[1:]
    if cells and not cells[-1].strip():
        cells.pop()  # the row's closing "|"
    return [_inline(cell.replace("\x01", "|").strip().removeprefix("=").strip()) for cell in cells]


def _inline(text: str) -> str:
    """Creole inline marks as Markdown's: "{{{code}}}" as code, "~" escapes as the character,
    links as their words, pictures as their alt text, "//" italic as "*", "**" kept, underline,
    super- and subscript as their words, "\\\\" line breaks as a space."""
    kept: list[str] = []

    def keep(markdown: str) -> str:
        kept.append(markdown)
        return _KEPT.format(len(kept) - 1)

    text = _INLINE_NOWIKI.sub(lambda match: keep(f"`{match.group('text')}`"), text)
    text = _ESCAPE.sub(lambda match: keep(_escaped(match.group("char"))), text)
    text = _IMAGE.sub(lambda match: (match.group("alt") or "").strip(), text)
    text = _LINK.sub(_link, text)
    text = _ITALIC.sub(lambda match: f"*{match.group('text')}*", text)
    text = _MARKED.sub(lambda match: f"`{match.group('text')}`" if match.group("mark") == "##"
                       else match.group("text"), text)
    text = re.sub(r"(?<![ \t])[ \t]*(?<!\\)\\\\(?:[ \t]+|$)", " ", text).strip()
    return _KEPT_BACK.sub(lambda match: kept[int(match.group(1))], text)


def _escaped(char: str) -> str:
    """A character Creole's "~" keeps from being markup, as Markdown keeps it."""
    return "\\" + char if re.match(r"[!-/:-@\[-`{-~]", char) else char


def _link(match: re.Match[str]) -> str:
    """A link as the words it shows: its label, else the address or the page's name."""
    target, label = match.group("target").strip(), (match.group("label") or "").strip()
    if label:
        return label
    return target if _URL.match(target) else target.split("#")[0].replace("_", " ") or target
