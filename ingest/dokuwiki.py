"""DokuWiki leaflets kept as `.txt`, read as the Markdown they correspond to.

A leaflet written in DokuWiki (or by pandoc's DokuWiki writer) and saved as `.txt` went
through the plain-text path (red team 26): its title was the file's name, "====== Bof ======"
stood as text and opened no section, and a "^ ... ^" / "| ... |" table's cells lost their rows.

DokuWiki maps onto Markdown line by line, as MediaWiki does (ingest/mediawiki.py), so the file
is rewritten as Markdown and read by the Markdown reader. Its heading levels run the other way:
six "=" is the top level, two the lowest, so a heading's level counts down from the page's
longest fence (that one is the title). Tables keep their header row, two-space-indented "*" and
"-" items become lists, `<code>`/`<file>` blocks code, links their words, `((notes))`
footnotes; pictures (`{{...}}`) and `~~NOTOC~~`-like macros go.

A `.txt` is taken for DokuWiki only on several kinds of its signs together, its headings or a
table among them (`is_dokuwiki`), and never when it shows markup only MediaWiki writes (a
"{| ... |}" table, a magic word): the two share "= ... =" headings and "[[links]]".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.markup_parts import LIST_LINE
from ingest.mediawiki import mediawiki_signs

# The signs of DokuWiki, each a kind of its own.
_HEADING = re.compile(r"^[ \t]*(?P<marks>={2,6})[ \t]*(?P<text>[^=\s](?:.*?[^=\s])?)[ \t]*={2,6}[ \t]*$")
_TABLE_ROW = re.compile(r"^[ \t]*[\^|].*[\^|][ \t]*$")
_HEADER_ROW = re.compile(r"^[ \t]*\^.*[\^|][ \t]*$", re.MULTILINE)
_LINK = re.compile(r"\[\[(?P<target>[^\[\]|\n]+)(?:\|(?P<label>[^\[\]\n]*))?\]\]")
_EMPHASIS = re.compile(r"\*\*(?=\S)[^*\n]+?(?<=\S)\*\*|(?<![:\w/])//(?=[^\s/])(?:[^\n/]|/(?!/)){1,1000}?(?<=[^\s:/])//(?!\w)")
_LIST = re.compile(r"^(?P<indent> {2,}|\t+)(?P<mark>[*-])[ \t]+(?P<text>.*)$")
_CODE = re.compile(r"^[ \t]*<(?P<tag>code|file)\b[^>]*>", re.IGNORECASE | re.MULTILINE)
MIN_HEADINGS = 2  # one "= ... =" line may be a plain text's own mark
MIN_SIGNS = 3  # "= ... =" headings and an indented list alone a plain text may show
TOP_FENCE = 5  # a DokuWiki page opens with its top levels, "======" or "====="
_MEDIAWIKI_ONLY = frozenset({"table", "magic word"})

# What the conversion reads.
_CODE_END = re.compile(r"</(?:code|file)>", re.IGNORECASE)
_NOTE = re.compile(r"\(\((?P<body>.{1,5000}?)\)\)", re.DOTALL)
_MEDIA = re.compile(r"\{\{[^{}\n]*\}\}")
_MACRO = re.compile(r"~~[A-Z]+(?::[^~\n]*)?~~")
_NOWIKI = re.compile(r"%%(?P<text>.*?)%%|<nowiki>(?P<tag_text>.*?)</nowiki>", re.IGNORECASE)
_PLAIN_TAGS = re.compile(r"</?(?:del|sub|sup|wrap|WRAP)\b[^>]*>")
_RULE = re.compile(r"^[ \t]*-{4,}[ \t]*$")
_URL = re.compile(r"^(?:https?|ftp|mailto):|^[\w.+-]+@[\w-]+\.[\w.]+$")


@dataclass
class _Page:
    """The Markdown written so far and what the list being written nests in."""

    out: list[str] = field(default_factory=list)
    lists: list[tuple[int, str, int]] = field(default_factory=list)  # (depth, mark, items so far)
    top: int = 6


def is_dokuwiki(text: str) -> bool:
    """Whether a text file's `text` is DokuWiki: `MIN_SIGNS` kinds of its signs (see
    `dokuwiki_signs`), its headings or a table among them, and no markup only MediaWiki writes."""
    signs = dokuwiki_signs(text)
    return (len(signs) >= MIN_SIGNS and bool(signs & {"headings", "table"})
            and not mediawiki_signs(text) & _MEDIAWIKI_ONLY)


def dokuwiki_signs(text: str) -> set[str]:
    """The kinds of DokuWiki markup `text` shows: "= ... =" headings, the page opening with
    its longest fence (DokuWiki's top level), a "^"-headed table, a "[[...]]" link, "**" or
    "//" emphasis, a two-space-indented list, a `<code>`/`<file>` block."""
    fences = [len(match.group("marks")) for line in text.split("\n") if (match := _HEADING.match(line))]
    signs = set()
    if len(fences) >= MIN_HEADINGS:
        signs.add("headings")
        if fences[0] >= TOP_FENCE and fences[0] == max(fences) > min(fences):
            signs.add("top level first")
    if (header := _HEADER_ROW.search(text)) and _TABLE_ROW.match(text[header.end():].lstrip("\n").split("\n")[0]):
        signs.add("table")
    for name, pattern in (("link", _LINK), ("emphasis", _EMPHASIS), ("code", _CODE)):
        if pattern.search(text):
            signs.add(name)
    if any(_LIST.match(line) for line in text.split("\n")):
        signs.add("list")
    return signs


def dokuwiki_as_markdown(text: str) -> str:
    """`text`, a DokuWiki page, as the Markdown of what it shows: headings counted down from
    the longest fence, paragraphs, lists, tables and code, its notes as footnotes at the end."""
    text = _MACRO.sub("", text.replace("\r\n", "\n"))
    notes: list[str] = []
    text = _NOTE.sub(lambda match: _note(match, notes), text)
    lines = text.split("\n")
    fences = [len(match.group("marks")) for line in lines if (match := _HEADING.match(line))]
    page = _Page(top=max(fences, default=6))
    _blocks(lines, page)
    page.out += [""] + [f"[^n{number}]: {body}" for number, body in enumerate(notes, 1)]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(page.out)).strip("\n") + "\n"


def _note(match: re.Match[str], notes: list[str]) -> str:
    """A `((note))` as a footnote mark, its words kept in `notes`."""
    notes.append(_inline(" ".join(match.group("body").split())))
    return f"[^n{len(notes)}]"


def _blocks(lines: list[str], page: _Page) -> None:
    """The page's lines as Markdown in `page.out`: headings, code, tables, lists and
    paragraphs, a blank line around each block so Markdown keeps them apart."""
    index = 0
    while index < len(lines):
        line = lines[index]
        if item := _LIST.match(line):
            _list_item(item, page)
            index += 1
            continue
        page.lists.clear()
        if _CODE.match(line):
            index = _code(lines, index, page.out)
        elif _TABLE_ROW.match(line):
            index = _table(lines, index, page.out)
        else:
            _line(line, page)
            index += 1


def _line(line: str, page: _Page) -> None:
    """One line that is no list, table or code: a heading, a rule, or a paragraph's line."""
    if page.out and LIST_LINE.match(page.out[-1]) and line.strip():
        page.out.append("")
    if heading := _HEADING.match(line):
        level = page.top - len(heading.group("marks")) + 1
        page.out += ["", "#" * level + " " + _inline(heading.group("text")), ""]
    elif _RULE.match(line):
        page.out += ["", "* * *", ""]
    else:
        page.out.append(_inline(line.strip()))




def _list_item(item: re.Match[str], page: _Page) -> None:
    """A "  *" or "  -" line as a Markdown list item, indented under the items it nests in
    ("-" items numbered on from the one before them at their depth)."""
    indent = item.group("indent")
    depth = len(indent) if indent.startswith("\t") else len(indent) // 2
    while page.lists and page.lists[-1][0] > depth:
        page.lists.pop()
    mark = item.group("mark")
    count = page.lists.pop()[2] if page.lists and page.lists[-1][:2] == (depth, mark) else 0
    if page.lists and page.lists[-1][0] == depth:
        page.lists.pop()  # the other kind of list at the same depth begins
    if not page.lists and (not page.out or not LIST_LINE.match(page.out[-1])):
        page.out.append("")
    prefix = "".join("   " if outer == "-" else "  " for _, outer, _ in page.lists)
    page.lists.append((depth, mark, count + 1))
    bullet = f"{count + 1}. " if mark == "-" else "- "
    page.out.append(prefix + bullet + _inline(item.group("text").strip()))


def _code(lines: list[str], start: int, out: list[str]) -> int:
    """The `<code>`/`<file>` block that opens at `lines[start]` as a fenced code block, and
    the index after it."""
    first = _CODE.sub("", lines[start], count=1)
    body: list[str] = []
    index = start
    rest = first
    while True:
        end = _CODE_END.search(rest)
        if end:
            body.append(rest[:end.start()])
            break
        body.append(rest)
        index += 1
        if index >= len(lines):
            break
        rest = lines[index]
    while body and not body[0].strip():
        body.pop(0)
    while body and not body[-1].strip():
        body.pop()
    out += ["", "```"] + body + ["```", ""]
    return index + 1


def _table(lines: list[str], start: int, out: list[str]) -> int:
    """The table whose rows begin at `lines[start]` as a pipe table, its first row the header
    row, and the index after it."""
    rows: list[list[str]] = []
    index = start
    while index < len(lines) and _TABLE_ROW.match(lines[index]):
        rows.append(_cells(lines[index]))
        index += 1
    width = max(len(row) for row in rows)
    table = ["| " + " | ".join(row + [""] * (width - len(row))) + " |" for row in rows]
    out += [""] + table[:1] + ["|" + "|".join(" --- " for _ in range(width)) + "|"] + table[1:] + [""]
    return index


def _cells(line: str) -> list[str]:
    """A table row's cells, each as a pipe table holds it ("|" inside a link kept out of the
    split; a ":::" cell, the one above running on, empty)."""
    text = _LINK.sub(lambda match: match.group(0).replace("|", "\0"), line.strip())
    cells = [_inline(cell.replace("\0", "|")) for cell in re.split(r"[\^|]", text)[1:-1]]
    return ["" if cell == ":::" else cell.replace("|", "\\|") for cell in cells]


def _inline(text: str) -> str:
    """DokuWiki inline marks as Markdown's: links as their words, pictures dropped, italic
    ("//") as "*", monospace ("''") as code, underline and `<del>`-like tags as their words."""
    text = _NOWIKI.sub(lambda match: match.group("text") or match.group("tag_text") or "", text)
    text = _MEDIA.sub("", text)
    text = _LINK.sub(_link, text)
    text = re.sub(r"(?<![:\w/])//(?=[^\s/])((?:[^\n/]|/(?!/)){1,1000}?)(?<=[^\s:/])//(?!\w)", r"*\1*", text)
    text = re.sub(r"''(?=\S)(.+?)(?<=\S)''", r"`\1`", text)
    text = re.sub(r"__(?=\S)(.+?)(?<=\S)__", r"\1", text)
    text = _PLAIN_TAGS.sub("", text)
    return re.sub(r"[ \t]*\\\\(?:[ \t]+|$)", " ", text).strip()


def _link(match: re.Match[str]) -> str:
    """A link as the words it shows: its label, else a page's name or the address."""
    target, label = match.group("target").strip(), (match.group("label") or "").strip()
    if label:
        return label
    if _URL.match(target):
        return target
    return target.split("#")[0].split(":")[-1].replace("_", " ") or target.lstrip("#")
