"""Jira (Confluence wiki) leaflets kept as `.txt`, read as the Markdown they correspond to.

A leaflet written in Jira's wiki markup (an issue tracker's or an old Confluence page, or
pandoc's Jira writer) and saved as `.txt` went through the plain-text path (red team 27): its
title was the file's name, "h2. {anchor:klachten}Klachten" stood as text and opened no section,
and pandoc's escapes ("\\(werkdagen ...)") were words of the passages.

Jira's markup maps onto Markdown line by line: "hN." heading lines by their level (`{anchor}`
macros dropped), "*" / "#" / "-" lists, "||head||" and "|cell|" rows as a pipe table with its
header row, "bq." and `{quote}` as quotes, `{noformat}` / `{code}` as code, the boxes
(`{panel}`, `{note}`, `{warning}`, `{info}`, `{tip}`) as their title in bold and their text,
and inline marks (*strong*, _emphasis_, {{monospace}}, [label|url] links, "\\" escapes) as
Markdown's. The list and table helpers are Textile's (ingest/textile.py), whose markup Jira's
grew out of.

A `.txt` is taken for Jira only on its "hN." headings with one kind of the markup only Jira
writes (`is_jira`): Textile shares the headings, lists and rows.
"""

from __future__ import annotations

import re

from ingest.markup_parts import LIST_LINE, list_item, pipe_table

# The markup only Jira writes, each a kind of its own.
_JIRA_ONLY = {
    "anchor": re.compile(r"\{anchor:[^{}\n]*\}"),
    "box": re.compile(r"^[ \t]*\{(?:panel|note|warning|info|tip|quote|noformat|code|expand)(?::[^{}\n]*)?\}",
                      re.MULTILINE),
    "header row": re.compile(r"^[ \t]*\|\|.*\|\|[ \t]*$", re.MULTILINE),
    "link": re.compile(r"(?<!\[)\[(?:[^\[\]|\n]+\|)?(?:(?:https?://|mailto:|#)[^\[\]\n]*|~[\w.@-]+)\](?!\])"),
    "monospace": re.compile(r"(?<!\{)\{\{(?!\{)[^{}\n]+\}\}(?!\})"),
    "escape": re.compile(r"\\[(){}\[\]*_+\-^~|!]"),
}
_HEADING = re.compile(r"^h(?P<level>[1-6])\.[ \t]+(?P<text>\S.*)$")
MIN_HEADINGS = 2  # one "h1. " line may be a plain text's own mark

# What the conversion reads.
_BOX = re.compile(r"^[ \t]*\{(?P<name>panel|note|warning|info|tip|quote|noformat|code|expand)"
                  r"(?::(?P<params>[^{}\n]*))?\}(?P<rest>.*)$")
_BOX_END = re.compile(r"\{(?P<name>panel|note|warning|info|tip|quote|noformat|code|expand)\}[ \t]*$")
_TITLE = re.compile(r"(?:^|\|)title=(?P<title>[^|]*)")
_LIST = re.compile(r"^[ \t]*(?P<marks>[*#-]*[*#]|-)[ \t]+(?P<text>\S.*)$")
_ROW_START = re.compile(r"^[ \t]*\|")
MAX_ROW_LINES = 50  # a cell's lines run on to the row's closing "|" (pandoc writes a list in a cell so)
_RULE = re.compile(r"^[ \t]*-{4,}[ \t]*$")
_ANCHOR = re.compile(r"\{anchor:[^{}\n]*\}")
_COLOR = re.compile(r"\{color(?::[^{}\n]*)?\}")
_LINK = re.compile(r"\[(?:(?P<label>[^\[\]|\n]*)\|)?(?P<target>[^\[\]|\n]+)\]")
_IMAGE = re.compile(r"(?<![\w!])![^\s!|][^!\n]*?(?:\|[^!\n]*)?!(?!\w)")
# -deleted-, +inserted+, ^superscript^, ~subscript~, ??citation??: a span stops at the next mark
_PHRASE = re.compile(r"(?<![\w\\])(?P<mark>[-+^~]|\?\?)(?=\S)(?P<text>(?:(?!(?P=mark))[^\n]){1,1000}?)"
                     r"(?<=[^\s\\])(?P=mark)(?!\w)")


def is_jira(text: str) -> bool:
    """Whether a text file's `text` is Jira's wiki markup: `MIN_HEADINGS` "hN." heading lines
    and a kind of the markup only Jira writes (see `jira_only_signs`)."""
    headings = sum(1 for line in text.split("\n") if _HEADING.match(line))
    return headings >= MIN_HEADINGS and bool(jira_only_signs(text))


def jira_only_signs(text: str) -> set[str]:
    """The kinds of markup `text` shows that only Jira writes: `{anchor}` macros, boxes
    (`{panel}`, `{noformat}` ...), "||head||" rows, [label|url] links, {{monospace}}, "\\(" escapes."""
    return {name for name, pattern in _JIRA_ONLY.items() if pattern.search(text)}


def jira_as_markdown(text: str) -> str:
    """`text`, a Jira page, as the Markdown of what it shows: headings, paragraphs, lists,
    tables, quotes, code and boxes."""
    lines = text.replace("\r\n", "\n").split("\n")
    out: list[str] = []
    numbers: dict[str, int] = {}
    index = 0
    while index < len(lines):
        line = _ANCHOR.sub("", lines[index])
        if (item := _LIST.match(line)) and not _RULE.match(line):
            if not out or not LIST_LINE.match(out[-1]):
                out.append("")
            marks = item.group("marks").replace("-", "*")
            out.append(list_item(marks, _inline(item.group("text")), numbers))
            index += 1
            continue
        numbers.clear()
        if (row := _row(lines, index)) is not None:
            rows = []
            while (row := _row(lines, index)) is not None:
                index, cells = row
                rows.append([_inline(cell) for cell in re.split(r"\|\|?", cells)[1:-1]])
            out += pipe_table(rows)
            continue
        index += 1
        if box := _BOX.match(line):
            out += _box_start(box, lines, index)
            if box.group("name") in {"noformat", "code"}:
                index = _skip_code(lines, index, box.group("rest"))
        elif heading := _HEADING.match(line):
            out += ["", "#" * int(heading.group("level")) + " " + _inline(heading.group("text")), ""]
        elif line.startswith("bq. "):
            out += ["", "> " + _inline(line[4:]), ""]
        elif _RULE.match(line):
            out += ["", "* * *", ""]
        else:
            if out and LIST_LINE.match(out[-1]) and line.strip():
                out.append("")
            out.append(_inline(_BOX_END.sub("", line).strip()))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip("\n") + "\n"


def _row(lines: list[str], start: int) -> tuple[int, str] | None:
    """The table row that opens at `lines[start]` as one line, and the index after it: a cell
    that holds several lines runs on to the line that closes the row with "|"; None where no
    row opens there."""
    if start >= len(lines) or not _ROW_START.match(lines[start]):
        return None
    for end in range(start, min(len(lines), start + MAX_ROW_LINES)):
        if end > start and (not lines[end].strip() or _ROW_START.match(lines[end])):
            break  # a blank line or a new row: this one never closes
        if lines[end].rstrip().endswith("|") and (end > start or len(lines[end].strip()) > 1):
            return end + 1, " ".join(line.strip() for line in lines[start:end + 1])
    return None


def _box_start(box: re.Match[str], lines: list[str], index: int) -> list[str]:
    """The Markdown a box's opening line stands for: a code box's lines fenced (up to its
    closing tag), another box's title in bold and the text after the opening on its line."""
    name, rest = box.group("name"), box.group("rest")
    if name in {"noformat", "code"}:
        body = [rest] if rest.strip() else []
        for line in ([] if _BOX_END.search(rest) else lines[index:]):
            body.append(line)
            if _BOX_END.search(line):
                break
        body = [_BOX_END.sub("", line) for line in body]
        while body and not body[-1].strip():
            body.pop()
        return ["", "```"] + body + ["```", ""]
    title = _TITLE.search(box.group("params") or "")
    head = [f"**{_inline(title.group('title').strip())}**", ""] if title and title.group("title").strip() else []
    rest = _inline(_BOX_END.sub("", rest).strip())
    return [""] + head + ([rest] if rest else [])


def _skip_code(lines: list[str], index: int, rest: str) -> int:
    """The index after the code box whose opening line came before `lines[index]`."""
    if _BOX_END.search(rest):
        return index
    while index < len(lines) and not _BOX_END.search(lines[index]):
        index += 1
    return index + 1


def _inline(text: str) -> str:
    """Jira's inline marks as Markdown's: links, pictures dropped, strong, emphasis,
    monospace, the other phrase marks as their words, escapes and "\\\\" line breaks undone."""
    text = _COLOR.sub("", _ANCHOR.sub("", text))
    text = _IMAGE.sub("", text)
    text = re.sub(r"\{\{([^{}\n]+)\}\}", r"`\1`", text)
    text = re.sub(r"(?<!\\)\[(?!\^)", "\0[", text)  # an escaped "\[" is no link
    text = re.sub(r"\0" + _LINK.pattern, _link, text).replace("\0", "")
    text = re.sub(r"(?<![\w*\\])\*(?=\S)([^*\n]+?)(?<=[^\s\\])\*(?![\w*])", r"**\1**", text)
    text = re.sub(r"(?<![\w_\\])_(?=\S)([^_\n]+?)(?<=[^\s\\])_(?![\w_])", r"*\1*", text)
    text = _PHRASE.sub(r"\g<text>", text)
    text = re.sub(r"[ \t]*(?<!\\)\\\\(?:[ \t]+|$)", " ", text)
    return re.sub(r"\\(?=[^\w\s])", "", text).strip()


def _link(match: re.Match[str]) -> str:
    """A link as Markdown's: "[label|url]" with its label, a bare "[url]" as the address, a
    link to a person, an anchor or an attachment as its words."""
    label, target = (match.group("label") or "").strip(), match.group("target").strip()
    if re.match(r"(?:https?|ftp)://|mailto:", target):
        return f"[{label}]({target})" if label else target.removeprefix("mailto:")
    if not label and target.isdigit():
        return f"[{target}]"  # a footnote's number, as pandoc writes it
    return label or target.lstrip("~#^")
