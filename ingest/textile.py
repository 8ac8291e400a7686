"""Textile leaflets kept as `.txt`, read as the Markdown they correspond to.

A leaflet written in Textile (a Redmine or Textpattern page, or pandoc's Textile writer) and
saved as `.txt` went through the plain-text path (red team 27): its title was the file's name,
"h2(#wat-helpt). Wat helpt?" stood as text and opened no section, and a table kept its marks
("|_. Tand|_. Leeftijd|"), one row per passage.

Textile maps onto Markdown block by block, as MediaWiki does (ingest/mediawiki.py): "hN." heading
lines by their level (attributes such as "(#id)" dropped), "p." / "bq." / "bc." / "fnN."
blocks as paragraphs, quotes, code and footnotes, "*" / "#" lists, "|...|" tables with their
"_." header cells as the header row, and inline marks (*strong*, _em_, @code@, "text":url links,
character entities) as Markdown's. Jira's wiki markup grew out of Textile and shares its
headings, lists and rows; both write them with ingest/markup_parts.py.

A `.txt` is taken for Textile only on its "hN." headings with another kind of its signs, and
never when it shows Jira's own markup (`is_textile`).
"""

from __future__ import annotations

import html
import re

from ingest.jira import jira_only_signs
from ingest.markup_parts import LIST_LINE, list_item, pipe_table

# A block's signature: "h2(#id).", "p.", "bq.", "bc..", "fn1.", with optional attributes.
_ATTRIBUTES = r"(?:\([^()\n]*\)|\{[^{}\n]*\}|\[[a-zA-Z-]+\]|<>|[<>=()])*"
_BLOCK = re.compile(r"^(?P<tag>h[1-6]|p|bq|bc|pre|fn\d+|notextile)(?P<attrs>" + _ATTRIBUTES
                    + r")(?P<dots>\.\.?)(?:[ \t]+(?P<text>.*))?$")
_HEADING = re.compile(r"^h[1-6]" + _ATTRIBUTES + r"\.[ \t]+\S", re.MULTILINE)
MIN_HEADINGS = 2  # one "h1. " line may be a plain text's own mark

# The signs of Textile, each a kind of its own.
_TEXTILE_ONLY = {
    "attributes": re.compile(r"^(?:h[1-6]|p|bq|bc|table)(?:\([^()\n]*\)|\{[^{}\n]*\}|\[[a-zA-Z-]+\])+\.",
                             re.MULTILINE),
    "header cell": re.compile(r"^\|(?:[^|\n]*\|)*?_\.[ \t]", re.MULTILINE),
    "link": re.compile(r"\"[^\"\n]+\":(?:https?://|mailto:|/|#)\S"),
    "block": re.compile(r"^(?:p|bc|pre|fn\d+|notextile)" + _ATTRIBUTES + r"\.\.?(?:[ \t]|$)", re.MULTILINE),
    "entity": re.compile(r"&#\d+;"),
}
_SHARED = {
    "list": re.compile(r"^[*#]+[ \t]+\S", re.MULTILINE),
    "quote": re.compile(r"^bq\.[ \t]+\S", re.MULTILINE),
    "table": re.compile(r"^\|.*\|[ \t]*$", re.MULTILINE),
}

# What the conversion reads.
_LIST = re.compile(r"^(?P<marks>[*#]+)[ \t]+(?P<text>.*)$")
_ROW = re.compile(r"^(?:" + _ATTRIBUTES + r"\.[ \t]*)?\|.*\|[ \t]*$")
_TABLE_ATTRIBUTES = re.compile(r"^table" + _ATTRIBUTES + r"\.[ \t]*$")
_CELL_MARKS = re.compile(r"^(?P<marks>(?:_|\\\d+|/\d+|[<>=^~]|<>|\([^()]*\)|\{[^{}]*\}|\[[^\[\]]*\])+)\.[ \t]")
_TAG = re.compile(r"</?(?:notextile|dl|dt|dd|span|div|br|p|hr)\b[^>]*>", re.IGNORECASE)
_RULE = re.compile(r"^[ \t]*(?:<hr\s*/?>|-{3,}|\*{3,})[ \t]*$", re.IGNORECASE)
_LINK = re.compile(r"\[?\"(?P<label>[^\"\n]+?)(?:\([^()\"\n]*\))?\":(?P<url>[^\s\]]*[\w/#=])\]?")
_IMAGE = re.compile(r"!(?:[<>=]|\([^()\n]*\))*[^\s!]+?(?:\([^()\n]*\))?!(?::\S+)?")
_FOOTNOTE_MARK = re.compile(r"(?<=[\w.,;:!?)])\[(?P<number>\d+)\]")
# -deleted-, +inserted+, ^superscript^, ~subscript~, ??citation??: a span stops at the next mark
_PHRASE = re.compile(r"(?<!\w)(?P<mark>[-+^~]|\?\?)(?=\S)(?P<text>(?:(?!(?P=mark))[^\n]){1,1000}?)"
                     r"(?<=\S)(?P=mark)(?!\w)")


def is_textile(text: str) -> bool:
    """Whether a text file's `text` is Textile: `MIN_HEADINGS` "hN." heading lines with another
    kind of its signs (see `textile_signs`), and none of the markup only Jira writes."""
    signs = textile_signs(text)
    return "headings" in signs and len(signs) >= 2 and not jira_only_signs(text)


def textile_signs(text: str) -> set[str]:
    """The kinds of Textile markup `text` shows: "hN." headings, block attributes ("h2(#id)."),
    "_." header cells, "text":url links, "p."/"bc."/"fnN." blocks, character entities, lists,
    "bq." quotes and "|...|" rows."""
    signs = {name for name, pattern in (_TEXTILE_ONLY | _SHARED).items() if pattern.search(text)}
    if len(_HEADING.findall(text)) >= MIN_HEADINGS:
        signs.add("headings")
    return signs


def textile_as_markdown(text: str) -> str:
    """`text`, a Textile page, as the Markdown of what it shows: headings, paragraphs, quotes,
    code, lists and tables, its notes as footnotes at the end."""
    lines = text.replace("\r\n", "\n").split("\n")
    notes = {match.group(1) for line in lines if (match := re.match(r"^fn(\d+)", line))}
    out: list[str] = []
    numbers: dict[str, int] = {}
    index = 0
    while index < len(lines):
        line = lines[index]
        if item := _LIST.match(line):
            if not out or not LIST_LINE.match(out[-1]):
                out.append("")
            out.append(list_item(item.group("marks"), _inline(item.group("text"), notes), numbers))
            index += 1
            continue
        numbers.clear()
        if _ROW.match(line) or (_TABLE_ATTRIBUTES.match(line) and index + 1 < len(lines)
                                and _ROW.match(lines[index + 1])):
            index = _table(lines, index, out, notes)
        elif block := _BLOCK.match(line):
            index = _block(block, lines, index, out, notes)
        else:
            out += ["", "* * *", ""] if _RULE.match(line) else [_inline(line.strip(), notes)]
            index += 1
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip("\n") + "\n"


def _block(block: re.Match[str], lines: list[str], start: int, out: list[str], notes: set[str]) -> int:
    """The block whose signature opens `lines[start]` in Markdown, and the index after it: its
    first line's text and the lines up to a blank one (for an extended "bc.." block, up to the
    next signature)."""
    body = [block.group("text") or ""]
    index = start + 1
    extended = block.group("dots") == ".."
    while index < len(lines) and (lines[index].strip() or extended) and not _BLOCK.match(lines[index]):
        body.append(lines[index])
        index += 1
    tag = block.group("tag")
    if tag in {"bc", "pre"}:
        while body and not body[-1].strip():
            body.pop()
        out += ["", "```"] + body + ["```", ""]
        return index
    words = " ".join(" ".join(body).split())
    words = words if tag == "notextile" else _inline(words, notes)
    if tag.startswith("h"):
        out += ["", "#" * int(tag[1]) + " " + words, ""]
    elif tag == "bq":
        out += ["", "> " + words, ""]
    elif tag.startswith("fn"):
        out += ["", f"[^{tag[2:]}]: {words}", ""]
    else:
        out += ["", words, ""]
    return index


def _table(lines: list[str], start: int, out: list[str], notes: set[str]) -> int:
    """The table whose rows begin at `lines[start]` (after its "table." attributes line, if
    any) as a pipe table, and the index after it."""
    index = start + 1 if _TABLE_ATTRIBUTES.match(lines[start]) else start
    rows: list[list[str]] = []
    while index < len(lines) and _ROW.match(lines[index]):
        row = lines[index].strip()
        row = row[row.index("|"):]
        rows.append([_inline(_CELL_MARKS.sub("", cell.strip() + " ").strip(), notes) for cell in row.split("|")[1:-1]])
        index += 1
    out += pipe_table(rows)
    return index


def _inline(text: str, notes: set[str]) -> str:
    """Textile inline marks as Markdown's: links, pictures dropped, strong, emphasis, code,
    footnote marks, and the other phrase marks and entities as their words."""
    text = _TAG.sub("", text)
    text = _IMAGE.sub("", text)
    text = _LINK.sub(lambda match: match.group("url") if match.group("label") == "$"
                     else f"[{match.group('label')}]({match.group('url')})", text)
    text = re.sub(r"\[(?P<mark>[\^~])(.+?)(?P=mark)\]", r"\2", text)
    text = re.sub(r"(?<![\w*])\*\*?(?=\S)([^*\n]+?)(?<=\S)\*\*?(?![\w*])", r"**\1**", text)
    text = re.sub(r"(?<![\w_])__?(?=\S)([^_\n]+?)(?<=\S)__?(?![\w_])", r"*\1*", text)
    text = re.sub(r"(?<![\w@])@(?=\S)([^@\n]+?)(?<=\S)@(?!\w)", r"`\1`", text)
    text = re.sub(r"(?<![\w%])%(?:\{[^{}]*\}|\([^()]*\))*(?=\S)([^%\n]+?)(?<=\S)%(?!\w)", r"\1", text)
    text = _PHRASE.sub(r"\g<text>", text)
    text = re.sub(r"==(.+?)==", r"\1", text)
    text = _FOOTNOTE_MARK.sub(lambda match: f"[^{match.group('number')}]" if match.group("number") in notes
                              else match.group(0), text)
    return html.unescape(text).strip()
