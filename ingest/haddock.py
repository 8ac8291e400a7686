"""Haddock leaflets kept as `.txt`, read as the Markdown they correspond to.

A leaflet written in Haddock markup (pandoc's Haddock writer, or a Haskell package's own docs)
and saved as `.txt` was taken for AsciiDoc (red team 30): both write "= Title" and "== Section"
lines, and AsciiDoc kept the "#what-is-fifth-disease#" anchor line under every heading as the
first words of its passage and ran a grid table's "+---+" rules and rows into one line.

Haddock maps onto Markdown line by line: "=" headings by their level, "#anchor#" lines and
inline anchors dropped (a page never shows them), "*"/"-" bullets and "(1)"/"1." numbered
items, "[term]" definitions, "@ ... @" blocks, "> " bird tracks and ">>> " examples as code,
grid tables ("+---+" rules, a "+===+" header rule) kept for the Markdown reader, which reads
pandoc's grid tables, and inline marks as Markdown's: "/emphasis/", "__bold__", "@code@",
"<url label>" links as their labels, "\"Module\"" and "'identifier'" references as their
names, "\\" escapes as the character, and "<<picture>>"s dropped, as the Markdown reader
drops a picture.

A `.txt` is taken for Haddock only with open "=" headings and anchor lines standing alone, or
two kinds of its inline signs, and never when it shows markup only AsciiDoc writes (an
attribute entry such as ":toc:", a "[source]" line, a "|===" table, a "----" or "====" block);
it is asked before AsciiDoc, whose headings it shares, and after Creole, whose "//" it is not.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from ingest.asciidoc import asciidoc_signs
from ingest.markdown_escape import escaped_line_start

# The signs of Haddock, each a kind of its own.
_HEADING = re.compile(r"^(?P<marks>={1,6})[ \t]+(?P<text>\S(?:.*\S)?)[ \t]*$")
_ANCHOR_LINE = re.compile(r"^[ \t]*#[^\s#]+#[ \t]*$")
_EMPHASIS = re.compile(r"(?<![\w/\\:])/(?=[^\s/])(?P<text>(?:[^/\n\\]|\\.){1,300}?)(?<=[^\s\\])/(?![\w/])")
_LABELLED_LINK = re.compile(r"(?<!\\)<(?:https?://|ftp://|mailto:)[^\s<>]+[ \t]+[^<>\n]+>")
_CODE = re.compile(r"(?<![\w\\])@(?=\S)(?P<text>(?:[^@\\\n]|\\.){1,300}?)(?<=\S)(?<!\\)@(?!\w)")
_ESCAPE_SIGN = re.compile(r"\\[/@'\"<]")
_PICTURE = re.compile(r"<<(?P<target>[^\s<>]+)(?:[ \t]+(?P<alt>[^<>\n]*))?>>")
_EXAMPLE = re.compile(r"^>>>[ \t]", re.MULTILINE)
_INLINE_SIGNS = {"emphasis": _EMPHASIS, "labelled link": _LABELLED_LINK, "code": _CODE, "escapes": _ESCAPE_SIGN,
                 "picture": _PICTURE, "example": _EXAMPLE}
MIN_INLINE_SIGNS = 2
# AsciiDoc's headings and admonition lines ("NOTE: ") are a Haddock text's too.
_ASCIIDOC_SHARED = frozenset({"title", "sections", "admonition"})
_ASCIIDOC_FENCE = re.compile(r"^(?:-{4,}|={4,}|\.{4,})$")

# What the conversion reads.
_CODE_FENCE = re.compile(r"^[ \t]*@[ \t]*$")
_BIRD_TRACK = re.compile(r"^>(?:[ \t]|$)")
_EXAMPLE_LINE = re.compile(r"^[ \t]*(?:>>>|prop>)[ \t]")
_GRID_RULE = re.compile(r"^[ \t]*\+(?:[-=:]+\+)+[ \t]*$")
_GRID_ROW = re.compile(r"^[ \t]*[|+]")
_RULE = re.compile(r"^[ \t]*(?:_{3,}|-{3,}|\*{3,})[ \t]*$")
_ITEM = re.compile(r"^(?P<indent>[ \t]*)(?P<mark>[*-]|\(\d{1,9}\)|\d{1,9}[.)])[ \t]+(?P<text>\S.*)$")
_DEFINITION = re.compile(r"^\[(?P<term>[^\[\]\n]+)\]:?(?:[ \t]+(?P<text>\S.*))?$")
_MATH = re.compile(r"\\\((?P<inline>.{1,300}?)\\\)|\\\[(?P<display>.{1,300}?)\\\]")
_ESCAPE = re.compile(r"\\(?P<char>[^\s\w])")
_CHARACTER = re.compile(r"&#(?:x(?P<hex>[0-9a-fA-F]{1,6})|(?P<decimal>\d{1,7}));")
_LINK = re.compile(r"<(?P<target>[^\s<>]+)(?:[ \t]+(?P<label>[^<>\n]+))?>")
_ANCHOR = re.compile(r"(?<![\w\\])#[^\s#]+#(?![\w#])")
_MODULE = re.compile(r"(?<![\w\\])\"(?P<name>[A-Z][\w']*(?:\.[A-Z][\w']*)*)(?:#[^\s\"]*)?\"(?!\w)")
_IDENTIFIER = re.compile(r"(?<![\w\\'])['`](?P<name>[A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)*)'(?!\w)")
_BOLD = re.compile(r"(?<!\\)__(?=\S)(?P<text>.{1,300}?)(?<=\S)__")
_MARKDOWN_MARKS = frozenset("\\`*_{}[]()#+-.!>")  # the characters a Markdown escape keeps
_KEPT = "\x00{}\x00"  # a placeholder for text already in its Markdown form
_KEPT_BACK = re.compile(r"\x00(\d+)\x00")


def is_haddock(text: str) -> bool:
    """Whether a text file's `text` is Haddock: open "=" headings with anchor lines standing
    alone or `MIN_INLINE_SIGNS` kinds of its inline signs (see `haddock_signs`), and no markup
    only AsciiDoc writes."""
    signs = haddock_signs(text)
    marked = "anchor lines" in signs or len(signs & _INLINE_SIGNS.keys()) >= MIN_INLINE_SIGNS
    return "headings" in signs and marked and not _asciidoc_only(text)


def haddock_signs(text: str) -> set[str]:
    """The kinds of Haddock markup `text` shows: "=" headings with no closing run, "#anchor#"
    lines standing alone, "/emphasis/", "<url label>" links, "@code@", "\\/"-style escapes,
    "<<picture>>" and ">>> " examples."""
    lines = text.replace("\r\n", "\n").split("\n")
    signs = set()
    if any(_HEADING.match(line) and not line.rstrip().endswith("=") for line in lines):
        signs.add("headings")
    if any(_ANCHOR_LINE.match(line) for line in lines):
        signs.add("anchor lines")
    signs |= {name for name, pattern in _INLINE_SIGNS.items() if pattern.search(text)}
    return signs


def _asciidoc_only(text: str) -> bool:
    """Whether `text` shows markup AsciiDoc writes and Haddock never does: an attribute entry,
    a block attribute line, a "|===" table, a link macro, a ". " item, a delimited block."""
    fences = Counter(line.strip() for line in text.split("\n") if _ASCIIDOC_FENCE.match(line.strip()))
    return bool(asciidoc_signs(text) - _ASCIIDOC_SHARED) or any(count >= 2 for count in fences.values())


def haddock_as_markdown(text: str) -> str:
    """`text`, a Haddock document, as the Markdown of what it shows: headings, paragraphs,
    lists, definitions, code, grid tables and rules."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    out: list[str] = []
    nested = False  # whether an indented line carries on a list item (else it is a paragraph's)
    index = 0
    while index < len(lines):
        line = lines[index]
        block = _code_block(lines, index) or _grid_table(lines, index)
        if block:
            out += ["", *block[0], ""]
            index = block[1]
            continue
        index += 1
        if _ANCHOR_LINE.match(line):
            continue
        if item := _ITEM.match(line):
            nested = True
            out.append(f"{item.group('indent')}{_item_mark(item.group('mark'))} {_inline(item.group('text'))}")
            continue
        if line.strip() and not line[0].isspace():
            nested = False
        out += _line(line if nested else line.strip())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip("\n") + "\n"


def _code_block(lines: list[str], start: int) -> tuple[list[str], int] | None:
    """The code block at `lines[start]` as fenced Markdown lines and the index after it: an
    "@" ... "@" block, "> " bird tracks, or ">>> " examples with their result lines; None
    where no code block starts there."""
    line = lines[start]
    if _CODE_FENCE.match(line):
        end = next((at for at in range(start + 1, len(lines)) if _CODE_FENCE.match(lines[at])), None)
        if end is None:
            return None
        return ["```", *(_unescaped(body) for body in lines[start + 1:end]), "```"], end + 1
    if _BIRD_TRACK.match(line):
        end = _run_end(lines, start, lambda body: bool(_BIRD_TRACK.match(body)))
        return ["```", *(body[2:] for body in lines[start:end]), "```"], end
    if _EXAMPLE_LINE.match(line):
        end = _run_end(lines, start, lambda body: bool(body.strip()))
        return ["```", *(body.strip() for body in lines[start:end]), "```"], end
    return None


def _grid_table(lines: list[str], start: int) -> tuple[list[str], int] | None:
    """The grid table whose top rule is `lines[start]`, its cells' marks read and each cell
    kept at its width so the Markdown reader finds its columns, and the index after it."""
    if not _GRID_RULE.match(lines[start]):
        return None
    end = _run_end(lines, start, lambda body: bool(_GRID_ROW.match(body)))
    rows = [line if _GRID_RULE.match(line) else _grid_row(line) for line in lines[start:end]]
    return rows, end


def _grid_row(line: str) -> str:
    """A grid table's row line with each cell's Haddock marks as Markdown's, padded to the
    cell's width (what the marks took becomes spaces)."""
    cells = line.rstrip().split("|")
    inner = [" " + _inline(cell.strip()).ljust(len(cell) - 1) if cell.strip() else cell for cell in cells[1:-1]]
    return "|".join([cells[0], *inner, cells[-1]])


def _run_end(lines: list[str], start: int, belongs: Callable[[str], bool]) -> int:
    """The index of the first line from `start` on that does not `belong` to the run."""
    end = start
    while end < len(lines) and belongs(lines[end]):
        end += 1
    return end


def _item_mark(mark: str) -> str:
    """A Haddock list mark as Markdown's: a bullet, or the item's own number ("(2)" as "2.")."""
    return "-" if mark in "*-" else mark.strip("().") + "."


def _line(line: str) -> list[str]:
    """One line that is no list item, code block or table: a heading, a definition, a rule, or
    a paragraph's line."""
    if (heading := _HEADING.match(line)) and not line.rstrip().endswith("="):
        return ["", "#" * len(heading.group("marks")) + " " + _inline(heading.group("text")), ""]
    if definition := _DEFINITION.match(line):
        text = definition.group("text")
        return ["", f"**{_inline(definition.group('term'))}**", "", *([_inline(text)] if text else [])]
    if _RULE.match(line):
        return ["", "* * *", ""]
    indent = line[:len(line) - len(line.lstrip())]
    words = _inline(line.strip())
    return [indent + escaped_line_start(words)]


def _inline(text: str) -> str:
    """Haddock's inline marks as Markdown's: "@code@" as code, escapes as the character, math as
    its source, pictures dropped, links as their labels, anchors dropped, module and
    identifier references as their names, "__bold__" and "/emphasis/" as "**" and "*"."""
    kept: list[str] = []

    def keep(markdown: str) -> str:
        kept.append(markdown)
        return _KEPT.format(len(kept) - 1)

    text = _CODE.sub(lambda match: keep(_code_span(_unescaped(match.group("text")))), text)
    text = _MATH.sub(lambda match: keep(match.group("inline") or match.group("display")), text)
    text = _ESCAPE.sub(lambda match: keep(_escaped(match.group("char"))), text)
    text = _CHARACTER.sub(_character, text)
    text = _PICTURE.sub("", text)
    text = _LINK.sub(lambda match: (match.group("label") or match.group("target")).strip(), text)
    text = _ANCHOR.sub("", text)
    text = _MODULE.sub(lambda match: match.group("name"), text)
    text = _IDENTIFIER.sub(lambda match: match.group("name"), text)
    text = _BOLD.sub(lambda match: f"**{match.group('text')}**", text)
    text = _EMPHASIS.sub(lambda match: f"*{match.group('text')}*", text)
    text = re.sub(r"[ \t]{2,}", " ", text).strip()
    return _KEPT_BACK.sub(lambda match: kept[int(match.group(1))], text)


def _unescaped(text: str) -> str:
    """Text with Haddock's "\\" escapes resolved to the characters they keep."""
    return _ESCAPE.sub(lambda match: match.group("char"), text)


def _escaped(char: str) -> str:
    """A character Haddock's "\\" keeps from being markup, as Markdown keeps it: escaped where
    Markdown gives it a meaning, else as itself (the Markdown reader shows "\\@" as written)."""
    return "\\" + char if char in _MARKDOWN_MARKS else char


def _code_span(code: str) -> str:
    """Code as a Markdown code span, fenced with more backticks than it holds in a row."""
    fence = "`" * (max((len(run) for run in re.findall(r"`+", code)), default=0) + 1)
    return f"{fence}{code}{fence}" if fence == "`" else f"{fence} {code} {fence}"


def _character(match: re.Match[str]) -> str:
    """A numeric character reference ("&#x2019;", "&#8217;") as its character."""
    number = int(match.group("hex"), 16) if match.group("hex") else int(match.group("decimal"))
    return chr(number) if 0 < number < 0x110000 else match.group(0)
