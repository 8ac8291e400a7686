"""BBCode leaflets kept as `.txt`, read as the Markdown they correspond to.

A forum post's BBCode (pandoc's BBCode writers, or a post copied out of phpBB, XenForo,
vBulletin, SMF or Steam) saved as `.txt` went through the plain-text path (red team 28): its
title was the file's name, "[heading=2]Pijn[/heading]" stood as text and opened no section, a
table was read as "[tr][td]...[/td]" lines and passages ran over several sections.

BBCode is a stream of tags, read here tag by tag: headings ("[heading=N]" in XenForo,
"[hN]" in Steam and Hubzilla, and a line that is only bold, underlined or enlarged text, as
pandoc's default writer and phpBB posts write them), lists ("[list]", "[list=1]", "[ul]",
"[ol]", "[olist]" with "[*]" or "[li]" items), tables ("[table][tr][th]/[td]") as a pipe table,
"[code]" blocks fenced, links as their text, pictures and embedded media dropped, quotes,
spoilers and boxes as their text, and the other tags (sizes, colours, fonts, alignment,
emphasis) dropped. Only tag names BBCode knows are tags: "[1]" or "[sic]" stay text.

A `.txt` is taken for BBCode only on closing tags of several kinds (`is_bbcode`): no other
markup writes "[/b]" or "[/list]", and one kind may be a plain text quoting a tag.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from ingest.markup_parts import LIST_LINE, list_item, pipe_table

# A tag: "[name]", "[name=value]", "[name attr=...]" or "[/name]"; spans are bounded, so
# that a line of repeated openers is scanned once.
_TAG = re.compile(r"\[(?P<close>/?)(?P<name>\*|[a-zA-Z][a-zA-Z0-9]{0,11})"
                  r"(?:=(?P<value>[^\[\]\n]{0,300}))?(?:[ \t][^\[\]\n]{0,300})?\]")

_HEADINGS = {"heading", "h", "h1", "h2", "h3", "h4", "h5", "h6"}
_LISTS = {"list": "*", "ul": "*", "ol": "#", "olist": "#"}
_ITEMS = {"*", "li"}
_TABLE = {"table", "tr", "th", "td"}
_CODE = {"code", "php", "html", "sql", "pre"}  # their text is kept as written, tags and all
_DROPPED = {"img", "media", "video", "youtube", "attach", "audio", "flash", "gvideo", "previewyoutube",
            "previewimg", "embed"}  # a picture or a player: its address is no text
_BOXES = {"quote", "spoiler", "center", "left", "right", "justify", "align", "indent", "box", "hide",
          "blockquote", "dl"}  # blocks whose text is kept
_INLINE = {"b", "i", "u", "s", "strike", "del", "ins", "sup", "sub", "size", "color", "colour", "font",
           "highlight", "tt", "icode", "c", "abbr", "acronym", "ispoiler", "noparse", "plain", "url",
           "email", "anchor", "user", "mention", "em", "strong", "small", "big", "glow", "shadow", "mark"}
_BREAKS = {"hr", "br"}
_KNOWN = _HEADINGS | set(_LISTS) | _ITEMS | _TABLE | _CODE | _DROPPED | _BOXES | _INLINE | _BREAKS

# The kinds of closing tags `is_bbcode` counts.
_KINDS = {"heading": _HEADINGS, "list": set(_LISTS) | {"li"}, "table": _TABLE, "code": _CODE,
          "media": _DROPPED, "box": _BOXES, "link": {"url", "email"},
          "emphasis": {"b", "i", "u", "s", "strike"}, "style": {"size", "color", "colour", "font"}}
MIN_KINDS = 2
MAX_DEPTH = 6  # lists nested deeper are written at this depth

# A line that is only emphasised text is a heading (pandoc's default writer: [u][b] level 1,
# [b] level 2, [u] level 3; phpBB's "[size=150][b]...[/b][/size]").
_LINE_STYLES = {"b", "u", "i", "size", "color", "colour", "font", "center", "left", "strong"}
MAX_HEADING_WORDS = 14  # a longer bold line is a warning in the text, not a heading
_BIG_SIZE = {"%": 150, "": 5, "px": 20, "pt": 16, "em": 1.5}


def is_bbcode(text: str) -> bool:
    """Whether a text file's `text` is BBCode: closing tags of `MIN_KINDS` kinds (see `bbcode_signs`)."""
    return len(bbcode_signs(text)) >= MIN_KINDS


def bbcode_signs(text: str) -> set[str]:
    """The kinds of BBCode whose closing tags `text` shows: headings, lists, tables, code,
    media, boxes, links, emphasis and styles ("[/heading]", "[/list]", "[/td]", "[/size]" ...)."""
    closed = {match.group("name").lower() for match in _TAG.finditer(text) if match.group("close")}
    return {kind for kind, names in _KINDS.items() if closed & names}


def bbcode_as_markdown(text: str) -> str:
    """`text`, a BBCode post, as the Markdown of what it shows: headings, paragraphs, lists,
    tables and code."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    source = "\n".join(_headings_outside_code(lines))
    tokens = _tokens(source)
    writer = _Writer(tokens)
    writer.run()
    return re.sub(r"\n{3,}", "\n\n", "\n".join(writer.out)).strip("\n") + "\n"


@dataclass(frozen=True)
class _Token:
    """A piece of the post: its text, or the tag it is (`name` lowercased, "" for text)."""

    raw: str
    name: str = ""
    close: bool = False
    value: str = ""


def _tokens(text: str) -> list[_Token]:
    """`text` cut into text and the tags BBCode knows; an unknown "[word]" stays text."""
    tokens: list[_Token] = []
    start = 0
    for match in _TAG.finditer(text):
        name = match.group("name").lower()
        if name not in _KNOWN:
            continue
        if match.start() > start:
            tokens.append(_Token(text[start:match.start()]))
        tokens.append(_Token(match.group(0), name, bool(match.group("close")), (match.group("value") or "").strip()))
        start = match.end()
    if start < len(text):
        tokens.append(_Token(text[start:]))
    return tokens


def _headings_outside_code(lines: list[str]) -> list[str]:
    """`lines` with each line of emphasised words outside a code block as a heading (`_line_heading`)."""
    out, in_code = [], False
    for line in lines:
        out.append(line if in_code else _line_heading(line))
        for match in _TAG.finditer(line):
            if match.group("name").lower() in _CODE:
                in_code = not match.group("close")
    return out


def _line_heading(line: str) -> str:
    """`line` as a "[heading=N]" line where it is only bold, underlined or enlarged words (see
    `_LINE_STYLES`), else as it is."""
    start, end, opened, closed = len(line) - len(line.lstrip()), len(line.rstrip()), {}, set()
    while (match := _TAG.match(line, start, end)) and not match.group("close") \
            and match.group("name").lower() in _LINE_STYLES:
        opened[match.group("name").lower()] = (match.group("value") or "").strip()
        start = match.end()
    while line.endswith("]", start, end) and (tail := line.rfind("[/", start, end)) >= 0 \
            and (match := _TAG.fullmatch(line, tail, end)):
        closed.add(match.group("name").lower())
        end = tail
    words = line[start:end].strip()
    if (not opened or set(opened) != closed or not set(opened) & {"b", "u", "size", "strong"}
            or not words or len(words.split()) > MAX_HEADING_WORDS or words[-1] in ".,;"
            or any(match.group("name").lower() in _KNOWN for match in _TAG.finditer(words))):
        return line
    return f"[heading={_style_level(opened)}]{words}[/heading]"


def _style_level(styles: dict[str, str]) -> int:
    """The heading level a line's styles stand for: bold and underlined, or much enlarged, 1;
    bold or enlarged 2; underlined only 3."""
    if ("b" in styles or "strong" in styles) and "u" in styles or _big(styles.get("size", "")):
        return 1
    return 2 if {"b", "strong", "size"} & set(styles) else 3


def _big(size: str) -> bool:
    """Whether a "[size=...]" value enlarges text much: 150 (percent, phpBB), 5 (of 7,
    vBulletin), 20px, 16pt or 1.5em."""
    match = re.fullmatch(r"[\"']?(?P<number>\d+(?:\.\d+)?)[ \t]*(?P<unit>%|px|pt|em)?[\"']?", size.strip())
    if not match:
        return False
    unit = match.group("unit") or ""
    number = float(match.group("number"))
    if not unit and number > 7:
        unit = "%"  # phpBB writes percents without the sign
    return number >= _BIG_SIZE[unit]


@dataclass
class _Writer:
    """Walks a post's tokens and writes its Markdown lines (`out`)."""

    tokens: list[_Token]
    out: list[str] = field(default_factory=list)
    line: list[str] = field(default_factory=list)  # the words of the line being read
    heading: int = 0  # the level of the heading that line is, 0 where it is none
    item: str = ""  # the marks of the list item that line is ("*", "#", "*#"), "" where it is none
    lists: list[str] = field(default_factory=list)  # the marks of the lists it is in, "*" or "#"
    numbers: dict[str, int] = field(default_factory=dict)
    rows: list[list[str]] | None = None  # the table being read
    cell: list[str] | None = None  # the words of the table cell being read
    closes: dict[str, list[int]] = field(default_factory=dict)  # each name's closing tags, by place

    def run(self) -> None:
        """Write all tokens."""
        for index, token in enumerate(self.tokens):
            if token.name and token.close:
                self.closes.setdefault(token.name, []).append(index)
        index = 0
        while index < len(self.tokens):
            index = self._token(index)
        self._end_table()
        self._end_line()

    def _closing(self, name: str, index: int) -> int | None:
        """The place of the first "[/name]" after `index`, None where there is none."""
        places = self.closes.get(name, [])
        at = bisect_right(places, index)
        return places[at] if at < len(places) else None

    def _token(self, index: int) -> int:
        """Write the token at `index`; the index of the next one to read."""
        token = self.tokens[index]
        if not token.name:
            self._text(token.raw)
        elif token.name in _CODE | _DROPPED and not token.close and (end := self._closing(token.name, index)):
            if token.name in _CODE:
                self._code("".join(inner.raw for inner in self.tokens[index + 1:end]))
            return end + 1
        elif self.cell is not None and token.name not in _TABLE:
            self.cell.append(" ")
        elif token.name in _TABLE:
            self._table_tag(token)
        elif token.name in _HEADINGS:
            self._end_line()
            if not token.close:
                self.heading = _heading_level(token)
            else:
                self.out.append("")
        elif token.name in _LISTS:
            self._list_tag(token)
        elif token.name in _ITEMS and not token.close:
            self._end_line()
            self.item = "".join(self.lists[-MAX_DEPTH:]) or "*"
        elif token.name in _BOXES or token.name in _BREAKS or token.name in _CODE:
            self._end_line()
            if token.name != "br":
                self._paragraph_break("* * *" if token.name == "hr" else "")
        return index + 1

    def _text(self, text: str) -> None:
        """Words of the post: in a table cell joined by spaces, else each line break ending a
        line and a blank line a paragraph."""
        if self.cell is not None:
            self.cell.append(" ".join(text.split("\n")))
            return
        if self.rows is not None and not text.strip():
            return
        self._end_table()
        parts = text.split("\n")
        self.line.append(parts[0])
        for part in parts[1:]:
            if not "".join(self.line).strip() and not self.heading and not self.item:
                self._paragraph_break("")
            self._end_line()
            self.line.append(part)

    def _end_line(self) -> None:
        """Write the line being read: a heading, a list item or a paragraph's line."""
        words = " ".join("".join(self.line).split())
        self.line = []
        heading, item, self.heading, self.item = self.heading, self.item, 0, ""
        if heading:
            if words:
                self.out += ["", "#" * heading + " " + words, ""]
        elif item:
            if words:
                if not self.out or not LIST_LINE.match(self.out[-1]):
                    self.out.append("")
                self.out.append(list_item(item, words, self.numbers))
        elif words:
            if self.out and LIST_LINE.match(self.out[-1]) and not self.lists:
                self.out.append("")
            self.out.append(words)

    def _paragraph_break(self, mark: str) -> None:
        """End the paragraph (with a rule where `mark` is one)."""
        self.out += ["", mark, ""] if mark else [""]

    def _list_tag(self, token: _Token) -> None:
        """A list's opening or closing tag: the depth and kind of the items after it."""
        self._end_line()
        if token.close:
            if self.lists:
                self.lists.pop()
            if not self.lists:
                self.numbers.clear()
                self.out.append("")
            return
        numbered = _LISTS[token.name] == "#" or bool(token.value)
        self.lists.append("#" if numbered else "*")

    def _table_tag(self, token: _Token) -> None:
        """A table's tag: a table, row or cell opened or closed."""
        if token.name == "table":
            if token.close:
                self._end_table()
            else:
                self._end_line()
                self._end_table()
                self.rows = []
            return
        if self.rows is None:
            self._end_line()
            self.rows = []  # a row with no "[table]" before it
        if token.name == "tr":
            self._end_cell()
            if not token.close:
                self.rows.append([])
        elif token.close:
            self._end_cell()
        else:
            self._end_cell()
            self.cell = []

    def _end_cell(self) -> None:
        """Put the cell being read into the table's last row."""
        if self.cell is None or self.rows is None:
            return
        if not self.rows:
            self.rows.append([])
        self.rows[-1].append(" ".join("".join(self.cell).split()))
        self.cell = None

    def _end_table(self) -> None:
        """Write the table being read as a pipe table."""
        self._end_cell()
        rows, self.rows = [row for row in self.rows or [] if any(row)], None
        if rows:
            self.out += pipe_table(rows)

    def _code(self, text: str) -> None:
        """A code block's text, fenced as written."""
        self._end_line()
        lines = text.strip("\n").split("\n")
        self.out += ["", "```"] + lines + ["```", ""]


def _heading_level(token: _Token) -> int:
    """A heading tag's level: "[heading=2]", "[h2]", a bare "[h]" level 2."""
    digits = token.value if token.name in {"heading", "h"} else token.name[1:]
    return min(6, max(1, int(digits))) if digits.isdigit() else 2
