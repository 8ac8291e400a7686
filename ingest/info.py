"""GNU Info files (makeinfo's output) kept as `.txt`, read as the page an Info reader shows.

A leaflet written in Texinfo (by hand, or by pandoc's Texinfo writer) and run through
`makeinfo --no-split` is plain UTF-8 text with Info's own furniture (red team 27): a preamble
("This is X.info, produced by makeinfo ..."), a node separator (U+001F) and a node line
("File: X.info,  Node: Klachten,  Next: ...,  Prev: ...,  Up: Top") before every node, a
"* Menu:" of the nodes below, and a trailer: the Tag Table (node names with DEL marks and byte
offsets) and "Local Variables:". `info` and Emacs show none of it as the node's text; they show
the node's body, which makeinfo has already set as plain text (filled paragraphs, indented
lists, tables aligned by spaces), so the body is read by the plain-text reader.

Headings are what makeinfo underlines with a line of one mark as wide as the title: "*" for
a chapter, "=" a section, "-" a subsection, "." a subsubsection. The Top node's "*" title is
the document's title; the underlines go and the plain reader is told each heading's level.
A cross-reference ("zie *note Klachten::") reads as its words ("zie Klachten"): Emacs hides
Info's "*note" too, and an English "see" would not fit a Dutch leaflet.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path

from ingest.source import SourceText
from ingest.text import load_text

_SEPARATOR = re.compile(r"^\x1f\f?[ \t]*$")
_NODE_LINE = re.compile(r"^File:[ \t]*[^,\n]+,[ \t]+Node:[ \t]*(?P<node>[^,\t\n]+)")
_TRAILER = re.compile(r"^(?:Tag Table:|End Tag Table|Local Variables:|Indirect:)")
_MENU = re.compile(r"^\* Menu:")
_FOOTNOTES = re.compile(r"^[ \t]*-{5,} Footnotes -{5,}[ \t]*$")  # makeinfo sets a node's notes below its menu
_UNDERLINE = re.compile(r"^(?P<mark>[*=.-])(?P=mark)*[ \t]*$")
_LEVELS = {"*": 2, "=": 3, "-": 4, ".": 5}
_TOP_LEVEL = 1
_COLUMN_GAP = re.compile(r"\S {2,}\S")  # a table row's cells, never a title's words
# "*Note Klachten::", "*note Onderzoek: Onderzoek.", "*Note label: (file)node," across a line break.
_NOTE = re.compile(r"\*[Nn]ote[ \t\n]+(?P<label>[^:*]+?)(?:::|:[ \t\n]+(?:\([^)\n]*\))?[^.,:\n]*(?P<end>[.,]))")


@dataclass(frozen=True)
class InfoPage:
    """What an Info reader shows of a file: the nodes' bodies in order (`text`, plain text,
    headings without their underlines), the Top node's title, each heading's level, and
    the preamble no reader shows (where a copyright line may date the leaflet)."""

    text: str
    title: str
    headings: dict[str, int]
    preamble: str


def is_info(text: str) -> bool:
    """Whether `text` is an Info file: a node line ("File: X.info,  Node: Top, ...") right
    after a node separator, or (the separators lost) two node lines or more."""
    lines = text.replace("\r\n", "\n").split("\n")
    after_separator = any(_SEPARATOR.match(line) and _NODE_LINE.match(below)
                          for line, below in zip(lines, lines[1:]))
    return after_separator or sum(1 for line in lines if _NODE_LINE.match(line)) >= 2


def load_info(text: str, path: str | Path) -> SourceText:
    """An Info file as a plain-text source of what its reader shows (`read_info`)."""
    page = read_info(text)
    source = load_text(page.text.encode("utf-8"), path, "plain")
    furniture = "\n".join(part for part in (source.furniture, page.preamble) if part)
    return replace(source, title=source.title or page.title, heading_hints={**page.headings, **source.heading_hints},
                   furniture=furniture)


def read_info(text: str) -> InfoPage:
    """The nodes of an Info file as its reader shows them, furniture left out."""
    blocks = _blocks(text.replace("\r\n", "\n").split("\n"))
    preamble = "\n".join(blocks[0]).strip() if blocks and not _NODE_LINE.match(_first(blocks[0])) else ""
    title, headings, bodies = "", {}, []
    for block in blocks:
        first = _first(block)
        node = _NODE_LINE.match(first)
        if not node:
            continue  # the preamble, the Tag Table, Local Variables
        body, found = _node_body(block[block.index(first) + 1:], node.group("node").strip() == "Top")
        bodies.append(body)
        for heading, level in found:
            headings.setdefault(heading, level)
            title = title or (heading if level == _TOP_LEVEL else "")
    text = _NOTE.sub(lambda note: " ".join(note.group("label").split()) + (note.group("end") or ""),
                     "\n\n".join(bodies))
    return InfoPage(text.strip("\n") + "\n", title, headings, preamble)


def _blocks(lines: list[str]) -> list[list[str]]:
    """The file cut at its node separators, or (where a tool lost them) before each node line
    and each part of the trailer."""
    separated = any(_SEPARATOR.match(line) for line in lines)
    blocks: list[list[str]] = [[]]
    for line in lines:
        if _SEPARATOR.match(line):
            blocks.append([])
            continue
        if not separated and (_NODE_LINE.match(line) or _TRAILER.match(line)):
            blocks.append([])
        blocks[-1].append(line)
    return blocks


def _first(block: list[str]) -> str:
    """A block's first line with words."""
    return next((line for line in block if line.strip()), "")


def _node_body(lines: list[str], top: bool) -> tuple[str, list[tuple[str, int]]]:
    """A node's lines without its menu (a list of the nodes below, at its end, above its
    footnotes) and its headings' underlines, with each heading and its level."""
    menu = next((index for index, line in enumerate(lines) if _MENU.match(line)), len(lines))
    notes = next((index for index, line in enumerate(lines) if index > menu and _FOOTNOTES.match(line)), len(lines))
    lines = lines[:menu] + [""] + lines[notes + 1:]  # the notes without their rule
    out: list[str] = []
    headings: list[tuple[str, int]] = []
    underline = -1
    for index, line in enumerate(lines):
        if index == underline:
            continue
        below = lines[index + 1] if index + 1 < len(lines) else ""
        if _underlines(line, below):
            mark, underline = below.strip()[0], index + 1
            headings.append((line.strip(), _TOP_LEVEL if top and mark == "*" else _LEVELS[mark]))
        out.append(line)
    return "\n".join(out).strip("\n"), headings


def _underlines(title: str, line: str) -> bool:
    """Whether `line` is makeinfo's underline of `title`: one mark, as wide as the title (in
    columns, or in bytes as makeinfo 4 counted them), under a title that starts the line and
    is no table row."""
    match = _UNDERLINE.match(line)
    if not match or not title.strip() or title[0].isspace() or _COLUMN_GAP.search(title.rstrip()):
        return False
    width = len(line.rstrip())
    return width in {_columns(title.rstrip()), len(title.rstrip().encode("utf-8"))}


def _columns(text: str) -> int:
    """How many columns `text` takes on a terminal: wide characters two, combining marks none."""
    return sum(0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1
               for ch in text)

