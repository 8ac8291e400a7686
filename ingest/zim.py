"""Zim Desktop Wiki pages kept as `.txt`, read as the Markdown they correspond to.

A leaflet written in Zim (or by pandoc's zimwiki writer) and saved as `.txt` went through the
plain-text path (red team 27): its title was the file's name, Zim's header ("Content-Type:
text/x-zim-wiki", "Wiki-Format: zim 0.4") opened the first passage as words, "====== Muisarm
======" stood as text and opened no section, and a table kept its "|---|" rule and pipes.

Zim's markup is DokuWiki's near kin, yet the DokuWiki reader does not fit it: Zim's "* " items
stand at the line's start (DokuWiki's are indented), its tables are pipe tables with a rule row
(DokuWiki's have "^" header cells), and its heading levels are fixed: six "=" is level one, two
is level five. So the page is rewritten as Markdown by its own lines here and read by the
Markdown reader: headings by their level, lists (tabs nest them, check boxes go), tables with
their header row, "'''" blocks as code, links as their words, pictures dropped.

A `.txt` is taken for Zim by its header, which Zim writes on every page, or without one on
several kinds of its signs together, a Zim-only one (a list at the line's start, a pipe table)
among them (`is_zim`).
"""

from __future__ import annotations

import re

from ingest.dokuwiki import dokuwiki_signs
from ingest.markup_parts import LIST_LINE

_HEADER = re.compile(r"^Content-Type:[ \t]*text/x-zim-wiki[ \t]*$", re.IGNORECASE)
_HEADER_FIELD = re.compile(r"^[A-Z][\w-]*:[ \t].*$")  # "Wiki-Format: zim 0.4", "Creation-Date: ..."
_HEADING = re.compile(r"^(?P<marks>={2,6})[ \t]*(?P<text>[^=\s](?:.*?[^=\s])?)[ \t]*={2,6}[ \t]*$")
_LIST = re.compile(r"^(?P<indent>\t*)(?P<mark>\*|\d+\.|[a-zA-Z]\.)[ \t]+(?P<text>.*)$")
_BOX = re.compile(r"^(?:\[[ *x><]\]|[☐☑☒])[ \t]+")  # a check box, Zim's or pandoc's
_TABLE_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$")
_TABLE_RULE = re.compile(r"^[ \t]*\|(?:[ \t]*:?-+:?[ \t]*\|)+[ \t]*$")
_LINK = re.compile(r"\[\[(?P<target>[^\[\]|\n]+)(?:\|(?P<label>[^\[\]\n]*))?\]\]")
_EMPHASIS = re.compile(r"(?<![:\w/])//(?=[^\s/])(?:[^\n/]|/(?!/)){1,1000}?(?<=[^\s:/])//(?!\w)|''(?=\S)[^'\n]+?''")
_VERBATIM = re.compile(r"^[ \t]*'''[ \t]*$")
_RULE = re.compile(r"^[ \t]*-{4,}[ \t]*$")
_IMAGE = re.compile(r"\{\{[^{}\n]*\}\}")
_URL = re.compile(r"^(?:https?|ftp|mailto|file):|^[\w.+-]+@[\w-]+\.[\w.]+$")
MIN_SIGNS = 3  # without the header: headings, top level first, and a Zim-only sign
_ZIM_ONLY = frozenset({"list", "table"})
_DOKUWIKI_ONLY = frozenset({"table", "code"})  # DokuWiki's "^" table, <code>
_DOKUWIKI_LIST = re.compile(r"^ {2,}[*-][ \t]", re.MULTILINE)  # Zim nests its items with tabs


def is_zim(text: str) -> bool:
    """Whether a text file's `text` is a Zim page: by its header, or by `MIN_SIGNS` kinds of
    its signs (see `zim_signs`), its top heading first and a Zim-only sign among them, and no
    sign that only DokuWiki writes (a space-indented list, a "^" table, `<code>`)."""
    if _has_header(text):
        return True
    signs = zim_signs(text)
    return (len(signs) >= MIN_SIGNS and "top level first" in signs and bool(signs & _ZIM_ONLY)
            and not dokuwiki_signs(text) & _DOKUWIKI_ONLY and not _DOKUWIKI_LIST.search(text))


def _has_header(text: str) -> bool:
    """Whether `text` opens with Zim's "Content-Type: text/x-zim-wiki" header line."""
    first = text.lstrip("\ufeff\r\n \t").split("\n", 1)[0].strip()
    return bool(_HEADER.match(first))


def zim_signs(text: str) -> set[str]:
    """The kinds of Zim markup `text` shows: "= ... =" headings, the first one the top level
    (six "="), a "* " list at the line's start, a pipe table with its rule row, a "[[...]]"
    link, "//" or "''" emphasis."""
    lines = text.split("\n")
    fences = [len(match.group("marks")) for line in lines if (match := _HEADING.match(line))]
    signs = set()
    if len(fences) >= 2:
        signs.add("headings")
        if fences[0] == 6 and min(fences) < 6:
            signs.add("top level first")
    if any(line.startswith("* ") or line.startswith("\t* ") for line in lines):
        signs.add("list")
    if any(_TABLE_ROW.match(line) for line in lines) and any(_TABLE_RULE.match(line) for line in lines):
        signs.add("table")
    for name, pattern in (("link", _LINK), ("emphasis", _EMPHASIS)):
        if pattern.search(text):
            signs.add(name)
    return signs


def zim_as_markdown(text: str) -> str:
    """`text`, a Zim page, as the Markdown of what Zim shows: its header gone, headings by
    their fixed levels, paragraphs, lists, tables and code."""
    lines = _without_header(text.replace("\r\n", "\n").split("\n"))
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if _VERBATIM.match(line):
            index = _verbatim(lines, index, out)
        elif _TABLE_ROW.match(line):
            index = _table(lines, index, out)
        else:
            out += _line(line, out)
            index += 1
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip("\n") + "\n"


def _without_header(lines: list[str]) -> list[str]:
    """The page's lines after its header ("Content-Type:", "Wiki-Format:", "Creation-Date:"),
    which Zim keeps for itself and never shows."""
    if not lines or not _HEADER.match(lines[0].lstrip("\ufeff").strip()):
        return lines
    index = 1
    while index < len(lines) and _HEADER_FIELD.match(lines[index]):
        index += 1
    return lines[index:]




def _line(line: str, out: list[str]) -> list[str]:
    """One line that is no table or code block as Markdown lines: a heading, a rule, a list
    item (a blank line before a list so Markdown keeps it apart), or a paragraph's line."""
    if heading := _HEADING.match(line):
        return ["", "#" * (7 - len(heading.group("marks"))) + " " + _inline(heading.group("text")), ""]
    if _RULE.match(line):
        return ["", "* * *", ""]
    if item := _LIST.match(line):
        before = [] if out and LIST_LINE.match(out[-1]) else [""]
        mark = _list_mark(item.group("mark"))
        words = _BOX.sub("", item.group("text"))
        return before + ["    " * len(item.group("indent")) + mark + _inline(words)]
    before = [""] if out and LIST_LINE.match(out[-1]) and line.strip() else []
    words = _inline(line.strip())
    return before + ["\\" + words if words.startswith("#") else words]


def _list_mark(mark: str) -> str:
    """A Zim list mark as Markdown's: "*" a bullet, "3." as itself, a letter ("c.") by its place."""
    if mark == "*":
        return "- "
    number = mark[:-1]
    return f"{number if number.isdigit() else ord(number.lower()) - ord('a') + 1}. "


def _verbatim(lines: list[str], start: int, out: list[str]) -> int:
    """The "'''" block that opens at `lines[start]` as a fenced code block, and the index after it."""
    index = start + 1
    body: list[str] = []
    while index < len(lines) and not _VERBATIM.match(lines[index]):
        body.append(lines[index])
        index += 1
    out += ["", "```"] + body + ["```", ""]
    return index + 1


def _table(lines: list[str], start: int, out: list[str]) -> int:
    """The table whose rows begin at `lines[start]` as a pipe table, its first row the header
    row (with its rule under it), and the index after it."""
    rows: list[list[str]] = []
    index = start
    while index < len(lines) and _TABLE_ROW.match(lines[index]):
        if not _TABLE_RULE.match(lines[index]):
            rows.append(_cells(lines[index]))
        index += 1
    width = max(len(row) for row in rows) if rows else 0
    table = ["| " + " | ".join(row + [""] * (width - len(row))) + " |" for row in rows]
    out += [""] + table[:1] + ["|" + "|".join(" --- " for _ in range(width)) + "|"] + table[1:] + [""]
    return index


def _cells(line: str) -> list[str]:
    """A table row's cells, each as a pipe table holds it ("|" inside a link kept out of the split)."""
    text = _LINK.sub(lambda match: match.group(0).replace("|", "\0"), line.strip())
    return [_inline(cell.replace("\0", "|")).replace("|", "\\|") for cell in text.split("|")[1:-1]]


def _inline(text: str) -> str:
    """Zim's inline marks as Markdown's: links as their words, pictures dropped, italic ("//")
    as "*", verbatim ("''") as code, highlight, sub- and superscript as their words."""
    text = _IMAGE.sub("", text)
    text = _LINK.sub(_link, text)
    text = re.sub(r"(?<![:\w/])//(?=[^\s/])((?:[^\n/]|/(?!/)){1,1000}?)(?<=[^\s:/])//(?!\w)", r"*\1*", text)
    # a span stops at the next pair of marks, so openers that never close cost one pass
    text = re.sub(r"''(?=\S)((?:[^'\n]|'(?!'))+?)(?<=\S)''", r"`\1`", text)
    text = re.sub(r"__(?=\S)((?:[^_\n]|_(?!_))+?)(?<=\S)__", r"\1", text)
    text = re.sub(r"[_^]\{([^{}\n]*)\}", r"\1", text)
    return text.strip()


def _link(match: re.Match[str]) -> str:
    """A link as the words it shows: a labelled address as a Markdown link, a bare address as
    itself, a link to another page as its label or the page's last name ("Gezondheid:Muisarm")."""
    target, label = match.group("target").strip(), (match.group("label") or "").strip()
    if _URL.match(target):
        return f"[{label}]({target})" if label else target
    return label or target.lstrip(":+").split(":")[-1].split("#")[0] or target.lstrip(":+#")
