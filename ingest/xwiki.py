"""XWiki leaflets kept as `.txt`, read as the Markdown they correspond to.

A leaflet written in XWiki 2.x syntax (an XWiki page, or pandoc's XWiki writer) and saved as
`.txt` was taken for MediaWiki (red team 30): both write "= Title =" and "== Section ==", but
MediaWiki knows no "|=" table, so the rows ran into one line with their marks, the "*." items
read "• . ...", and every "1." item stayed "1." where XWiki numbers them on.

XWiki maps onto Markdown line by line, as Creole does (ingest/creole.py), whose markup it grew
from: "=" headings by their level (a closing "=" run and "{{id .../}}" anchors dropped), "*",
"**", "*." lists and "1.", "11.", "1*." numbered ones, "; term" and ": definition" lines,
"|=head|cell" rows (one row a line, "!=" and "!!" too) as a pipe table, "{{{ ... }}}" and
"{{code}} ... {{/code}}" blocks as code, "----" as a rule, ">" quotations as Markdown's (the
other marks Markdown reads at a line's start escaped), "(% ... %)" parameters dropped, the
other "{{macro}}" lines dropped or (a box, a note) kept as their words, and inline marks as
Markdown's: "**bold**", "//italic//", "##mono##", "__underline__", "--strike--", "[[label>>url]]"
links as their words, "~" escapes.

A `.txt` is taken for XWiki only on markup no other reader's language writes ("[[label>>url]]"
links, "{{macro/}}" or "{{macro}}...{{/macro}}" macros, "(% ... %)" parameters, "*." item
marks) with its headings or "|=" header cells; it is asked before Creole and MediaWiki, which
share those (`is_xwiki`).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ingest.markdown_escape import escaped_line_start
from ingest.markup_parts import LIST_LINE, list_item, pipe_table

# Signs only XWiki writes, each a kind of its own.
_XWIKI_ONLY = {
    "link": re.compile(r"\[\[[^\[\]\n]*>>[^\[\]\n]+\]\]"),
    "macro": re.compile(r"\{\{(?P<name>[a-zA-Z][\w-]*)(?:[ \t][^{}\n]*)?/\}\}"
                        r"|\{\{(?P<open>[a-zA-Z][\w-]*)(?:[ \t][^{}\n]*)?\}\}.{0,5000}?\{\{/(?P=open)\}\}", re.DOTALL),
    "parameters": re.compile(r"\(%[ \t]*[\w-]+=[\"'][^\"'\n]*[\"'][^%\n]*%\)"),
    "item marks": re.compile(r"^[ \t]*(?:[*1]*\*[*1]*\.|1*\*+1[*1]*\.)[ \t]+\S", re.MULTILINE),
}
_SHARED = {
    "headings": re.compile(r"^={1,6}[ \t]*[^=\s].*?=+[ \t]*$", re.MULTILINE),
    "header cells": re.compile(r"^[ \t]*(?:\(%[^%\n]*%\))?(?:\|=|!=)(?!=)", re.MULTILINE),
}

# What the conversion reads.
_HEADING = re.compile(r"^[ \t]*(?P<marks>={1,6})(?!=)[ \t]*(?P<text>[^=\s].*?)[ \t]*=*[ \t]*$")
_LIST = re.compile(r"^[ \t]*(?P<marks>[*1]+\.|\*+)[ \t]+(?P<text>\S.*)$")
_DEFINITION = re.compile(r"^[ \t]*(?P<mark>[;:])[ \t]+(?P<text>\S.*)$")
_ROW = re.compile(r"^[ \t]*(?:\(%[^%\n]*%\)[ \t]*)?(?:\||!=|!!)")
_RULE = re.compile(r"^[ \t]*-{4,}[ \t]*$")
_VERBATIM_OPEN = re.compile(r"^[ \t]*\{\{\{[ \t]*$")
_VERBATIM_CLOSE = re.compile(r"^[ \t]*\}\}\}[ \t]*$")
_CODE_OPEN = re.compile(r"^[ \t]*\{\{code\b[^{}\n]*\}\}[ \t]*$")
_CODE_CLOSE = re.compile(r"^[ \t]*\{\{/code\}\}[ \t]*$")
_MACRO_TAG = re.compile(r"\{\{/?[a-zA-Z][\w-]*(?:[ \t][^{}\n]*)?/?\}\}")
_PARAMETERS = re.compile(r"\(%[^%\n]*%\)")
_INLINE_VERBATIM = re.compile(r"\{\{\{(?P<text>.{0,300}?\}*)\}\}\}")
_INLINE_CODE = re.compile(r"\{\{code\b[^{}\n]*\}\}(?P<text>.{0,300}?)\{\{/code\}\}")
_ESCAPE = re.compile(r"~(?P<char>\S)")
_LINK = re.compile(r"\[\[(?:(?P<label>[^\[\]\n]*?)>>)?(?P<target>[^\[\]\n|]*?)(?:\|\|[^\[\]\n]*)?\]\]")
_ITALIC = re.compile(r"(?<![:\w/~])//(?=[^\s/])(?P<text>(?:[^\n/]|/(?!/)){1,1000}?)(?<=[^\s:/~])//(?!\w)")
_MARKED = re.compile(r"(?<![\w,^#_-])(?P<mark>__|##|--|\^\^|,,)(?=\S)(?P<text>.{1,300}?)(?<=\S)(?P=mark)(?![\w,^#_-])")
_LINE_BREAK = re.compile(r"[ \t]*(?<!~)\\\\[ \t]*")
_QUOTE = re.compile(r"^[ \t]*(?P<marks>>+)[ \t]*(?P<text>.*)$")
_KEPT = "\x00{}\x00"  # a placeholder for text already in its Markdown form
_KEPT_BACK = re.compile(r"\x00(\d+)\x00")


def is_xwiki(text: str) -> bool:
    """Whether a text file's `text` is XWiki 2.x: a kind of markup only XWiki writes, with its
    "=" headings or "|=" header cells (see `xwiki_signs`)."""
    signs = xwiki_signs(text)
    return bool(signs & set(_XWIKI_ONLY)) and bool(signs & set(_SHARED))


def xwiki_signs(text: str) -> set[str]:
    """The kinds of XWiki markup `text` shows: "[[label>>url]]" links, "{{macro/}}" macros,
    "(% ... %)" parameters, "*." item marks, "= ... =" headings and "|=" header cells."""
    return {name for name, pattern in (_XWIKI_ONLY | _SHARED).items() if pattern.search(text)}


def xwiki_as_markdown(text: str) -> str:
    """`text`, an XWiki page, as the Markdown of what it shows: headings, paragraphs, lists,
    definitions, tables, code blocks and rules."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    out: list[str] = []
    numbers: dict[str, int] = {}
    index = 0
    while index < len(lines):
        line = lines[index]
        if (end := _block_end(lines, index)) is not None:
            out += ["", "```"] + lines[index + 1:end] + ["```", ""]
            index = end + 1
            continue
        if item := _LIST.match(line):
            if out and out[-1].strip() and not LIST_LINE.match(out[-1]):
                out.append("")
            marks = item.group("marks").rstrip(".").replace("1", "#")
            out.append(list_item(marks, _inline(item.group("text")), numbers))
            index += 1
            continue
        numbers.clear()
        if _ROW.match(line):
            index = _table(lines, index, out)
            continue
        out += _line(line)
        index += 1
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip("\n") + "\n"


def _block_end(lines: list[str], start: int) -> int | None:
    """The index of the line closing the "{{{" or "{{code}}" block that `lines[start]` opens,
    None where it opens none (or none closes it: the mark is then text)."""
    for opening, closing in ((_VERBATIM_OPEN, _VERBATIM_CLOSE), (_CODE_OPEN, _CODE_CLOSE)):
        if opening.match(lines[start]):
            closes = [index for index, line in enumerate(lines) if closing.match(line)]
            at = bisect_right(closes, start)
            return closes[at] if at < len(closes) else None
    return None


def _line(line: str) -> list[str]:
    """One line that is no list, table or code: a heading, a rule, a quotation, a definition,
    a line of macro tags only (dropped), or a paragraph's line."""
    if heading := _HEADING.match(line):
        return ["", "#" * len(heading.group("marks")) + " " + _inline(heading.group("text")), ""]
    if _RULE.match(line):
        return ["", "* * *", ""]
    if quote := _QUOTE.match(line):
        return [f"{quote.group('marks')} {escaped_line_start(_inline(quote.group('text')))}".rstrip()]
    if definition := _DEFINITION.match(line):
        words = _inline(definition.group("text"))
        return ["", f"**{words}**" if definition.group("mark") == ";" else words, ""]
    words = _inline(line.strip())
    if not words and line.strip():
        return [""]  # a macro's opening or closing tag: its words, if any, stand on lines of their own
    return [escaped_line_start(words)]


def _table(lines: list[str], start: int, out: list[str]) -> int:
    """The table whose rows begin at `lines[start]`, one row a line, as a pipe table, its first
    row the header row, and the index after it."""
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
    """A table row's cells in Markdown: split at "|" and "!!" (not inside a link, macro or
    verbatim text, nor after "~"), a header cell's "=" and any "(% ... %)" dropped."""
    row = _PARAMETERS.sub("", line).strip()
    hidden = re.sub(r"\{\{\{.{0,300}?\}*\}\}\}|\[\[[^\[\]\n]*\]\]|\{\{[^{}\n]*\}\}|~[|!]",
                    lambda match: match.group(0).replace("|", "\x01").replace("!", "\x02"), row)
    cells = re.split(r"\||!!|!(?==)", hidden)[1:]
    if cells and not cells[-1].strip():
        cells.pop()  # a closing "|"
    return [_inline(cell.replace("\x01", "|").replace("\x02", "!").strip().removeprefix("=").strip())
            for cell in cells]


def _inline(text: str) -> str:
    """XWiki inline marks as Markdown's: verbatim and "{{code}}" text as code, "~" escapes as
    the character, links as their words, macro tags and parameters dropped, "//" italic as
    "*", "**" kept, "##" as code, underline, strike, super- and subscript as their words,
    "\\\\" line breaks as a space."""
    kept: list[str] = []

    def keep(markdown: str) -> str:
        kept.append(markdown)
        return _KEPT.format(len(kept) - 1)

    text = _INLINE_VERBATIM.sub(lambda match: keep(f"`{match.group('text')}`"), text)
    text = _INLINE_CODE.sub(lambda match: keep(f"`{match.group('text')}`"), text)
    text = _ESCAPE.sub(lambda match: keep(_escaped(match.group("char"))), text)
    text = _LINK.sub(lambda match: keep(_link(match)), text)
    text = _MACRO_TAG.sub("", _PARAMETERS.sub("", text))
    text = _ITALIC.sub(lambda match: f"*{match.group('text')}*", text)
    text = _MARKED.sub(lambda match: f"`{match.group('text')}`" if match.group("mark") == "##"
                       else match.group("text"), text)
    text = _LINE_BREAK.sub(" ", text).strip()
    return _KEPT_BACK.sub(lambda match: kept[int(match.group(1))], text)


def _escaped(char: str) -> str:
    """A character XWiki's "~" keeps from being markup, as Markdown keeps it."""
    return "\\" + char if re.match(r"[!-/:-@\[-`{-~]", char) else char


def _link(match: re.Match[str]) -> str:
    """A link as the words it shows: its label, else the address or the page's name (a picture,
    "image:...", shows none)."""
    label, target = (match.group("label") or "").strip(), match.group("target").strip()
    if label:
        return _inline(label)
    if target.lower().startswith(("image:", "attach:")):
        return ""
    return re.sub(r"^(?:url|doc|page|path):", "", target)
