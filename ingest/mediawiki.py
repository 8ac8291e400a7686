"""MediaWiki leaflets kept as `.txt`, read as the Markdown they correspond to.

A leaflet written in a wiki (an intranet's MediaWiki, or pandoc's MediaWiki writer) and
saved as `.txt` went through the plain-text path (red team 25): its title was the file's
name, "== Klachten ==" stood as text and opened no section, a "{{Folderkop|...}}" template,
"__TOC__", `<span id>` anchors, "''cursief''" and "[[Categorie:...]]" were words of the
passages, and a "{| ... |}" table's header cells were split from its rows.

Wiki markup maps onto Markdown line by line, so the file is rewritten as Markdown and read
by the Markdown reader: "= ... =" headings by their level (a top "=" one is the title), "*"
and "#" lists, bold and italic, links as their words, a table as a pipe table with its header
row, `<ref>` notes as footnotes. What a wiki page never shows as text goes: templates, magic
words ("__TOC__"), category, file and language links, anchors and comments.

A `.txt` is taken for MediaWiki only on several kinds of its signs together, one of them its
headings or a table (`is_mediawiki`), as Org is (ingest/org.py).
"""

from __future__ import annotations

import re

from ingest.markup_parts import LIST_LINE

# The signs of MediaWiki, each a kind of its own; plain text shows at most one by chance.
_HEADING = re.compile(r"^(?P<marks>={1,6})[ \t]*(?P<text>[^=\s](?:.*?[^=\s])?)[ \t]*(?P=marks)[ \t]*$")
_TABLE_START = re.compile(r"^[ \t]*\{\|", re.MULTILINE)
_TABLE_END = re.compile(r"^[ \t]*\|\}[ \t]*$", re.MULTILINE)
_WIKI_LINK = re.compile(r"\[\[(?P<target>[^\[\]|\n]+)(?:\|(?P<label>[^\[\]\n]*))?\]\](?P<trail>\w*)")
_ONE_LINE_TEMPLATE = re.compile(r"\{\{[^{}\n]+\}\}")
_QUOTES = re.compile(r"(?<!')'{2,3}(?=[^'\s])[^'\n]+?(?<=[^'\s])'{2,3}(?!')")
_MAGIC_WORD = re.compile(r"__(?:NO)?(?:TOC|FORCETOC|EDITSECTION|NEWSECTIONLINK|INDEX|NOGALLERY|TITLECONVERT"
                         r"|CONTENTCONVERT|STATICREDIRECT|HIDDENCAT|NOTITLECONVERT|NOCONTENTCONVERT)__")
MIN_HEADINGS = 2  # one "= ... =" line may be a plain text's own mark
HEADING_LINE = _HEADING  # a "== ... ==" line, for plain text that keeps a wiki's heading marks (ingest/wiki_headings.py)
MIN_SIGNS = 2

# What the conversion reads.
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_TEMPLATE = re.compile(r"\{\{(?:(?!\{\{|\}\})[\s\S])*\}\}")  # an innermost one: nested ones go from inside out
_REF = re.compile(r"<ref(?P<attrs>(?:\s[^>]*?)?)(?:/>|>(?P<body>.{0,5000}?)</ref\s*>)", re.DOTALL | re.IGNORECASE)
_REF_NAME = re.compile(r"name\s*=\s*[\"']?(?P<name>[^\"'/>]+?)[\"']?\s*$", re.IGNORECASE)
_REFERENCES = re.compile(r"<references\s*/>|<references\b.*?</references>", re.DOTALL | re.IGNORECASE)
_ANCHOR = re.compile(r"<(?P<tag>span|div)\s+id=[\"'][^\"']*[\"']\s*>\s*</(?P=tag)>|<span\s+id=[\"'][^\"']*[\"']\s*/>",
                     re.IGNORECASE)
_NOWIKI = re.compile(r"<nowiki>(?P<text>.*?)</nowiki>|<nowiki\s*/>", re.IGNORECASE)
_EXTERNAL_LINK = re.compile(r"\[(?P<url>(?:https?|ftp|mailto):[^\s\]]+)(?:[ \t]+(?P<label>[^\]\n]+))?\]")
# Links that show nothing on the page: a category, a picture, the page in another language.
_HIDDEN_NAMESPACES = frozenset({"category", "categorie", "kategorie", "catégorie", "categoría", "categoria",
                                "kategori", "file", "image", "bestand", "afbeelding", "datei", "bild",
                                "fichier", "media"})
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(?:-[a-z]+)?")
_LIST = re.compile(r"^(?P<marks>[*#:;]+)[ \t]*(?P<text>.*)$")
_RULE = re.compile(r"^-{4,}[ \t]*$")
_CELL_ATTRIBUTES = re.compile(r"^[ \t]*(?:[\w-]+[ \t]*=[ \t]*(?:\"[^\"]*\"|'[^']*'|[^\s|]+)[ \t]*)+\|(?!\|)")


def is_mediawiki(text: str) -> bool:
    """Whether a text file's `text` is MediaWiki: `MIN_SIGNS` kinds of its signs (see
    `mediawiki_signs`), its headings or a table among them, as no other text writes those."""
    signs = mediawiki_signs(text)
    return len(signs) >= MIN_SIGNS and bool(signs & {"headings", "table"})


def mediawiki_signs(text: str) -> set[str]:
    """The kinds of MediaWiki markup `text` shows: "= ... =" headings, a "{| ... |}" table,
    a "[[...]]" link, a "{{...}}" template, "''" emphasis, a magic word ("__TOC__")."""
    signs = set()
    if sum(1 for line in text.split("\n") if _HEADING.match(line)) >= MIN_HEADINGS:
        signs.add("headings")
    if (start := _TABLE_START.search(text)) and _TABLE_END.search(text, start.end()):
        signs.add("table")
    for name, pattern in (("link", _WIKI_LINK), ("template", _ONE_LINE_TEMPLATE),
                          ("emphasis", _QUOTES), ("magic word", _MAGIC_WORD)):
        if pattern.search(text):
            signs.add(name)
    return signs


def mediawiki_as_markdown(text: str) -> str:
    """`text`, a MediaWiki page, as the Markdown of what the page shows: its headings,
    paragraphs, lists and tables, its notes as footnotes at the end."""
    text = _without_hidden(text.replace("\r\n", "\n"))
    notes: dict[str, str] = {}
    text = _REF.sub(lambda match: _note(match, notes), text)
    out = _blocks(text.split("\n"))
    out += [""] + [f"[^{label}]: {body}" for label, body in notes.items() if body]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip("\n") + "\n"


def _without_hidden(text: str) -> str:
    """`text` without what a wiki page does not show: comments, templates, magic words,
    anchors and the list of notes (the notes become footnotes)."""
    text = _COMMENT.sub("", text)
    while (fewer := _TEMPLATE.sub("", text)) != text:
        text = fewer
    text = _MAGIC_WORD.sub("", _REFERENCES.sub("", text))
    return _ANCHOR.sub("", text)


def _note(match: re.Match[str], notes: dict[str, str]) -> str:
    """A `<ref>` as a footnote mark, its text kept in `notes` under its label (a named note
    used again, `<ref name="x" />`, has the text it had first)."""
    name_match = _REF_NAME.search(match.group("attrs") or "")
    name = re.sub(r"\W+", "-", name_match.group("name")).strip("-") if name_match else ""
    label = name or f"ref{len(notes) + 1}"
    body = _inline(" ".join((match.group("body") or "").split()))
    if not notes.get(label):
        notes[label] = body
    return f"[^{label}]"


def _blocks(lines: list[str]) -> list[str]:
    """The page's lines as Markdown: headings, tables, lists and paragraphs, a blank line
    where a list or a table begins and ends so Markdown keeps them apart."""
    out: list[str] = []
    numbers: dict[str, int] = {}
    index = 0
    while index < len(lines):
        line = lines[index]
        if _TABLE_START.match(line):
            index, table = _table(lines, index)
            out += [""] + table + [""]
            continue
        index += 1
        if heading := _HEADING.match(line):
            level = len(heading.group("marks"))
            out += ["", "#" * level + " " + _inline(heading.group("text")), ""]
        elif _RULE.match(line):
            out += ["", "* * *", ""]
        elif item := _LIST.match(line):
            if not out or not LIST_LINE.match(out[-1]):
                out.append("")
            out += _list_item(item.group("marks"), item.group("text"), numbers)
            continue
        else:
            if out and LIST_LINE.match(out[-1]) and line.strip():
                out.append("")
            out.append(_inline(line.strip()))
        numbers.clear()
    return out




def _list_item(marks: str, text: str, numbers: dict[str, int]) -> list[str]:
    """One "*", "#", ":" or ";" line as a Markdown list item (numbered on from the one
    before it at its depth), or a term in bold and an indented line as paragraphs."""
    indent = "".join("   " if mark == "#" else "  " for mark in marks[:-1] if mark in "*#")
    for deeper in [key for key in numbers if len(key) > len(marks)]:
        del numbers[deeper]
    last = marks[-1]
    if last == "*":
        return [f"{indent}- {_inline(text)}"]
    if last == "#":
        numbers[marks] = numbers.get(marks, 0) + 1
        return [f"{indent}{numbers[marks]}. {_inline(text)}"]
    if last == ";":
        term, _, definition = text.partition(" : ")
        return ["", f"**{_inline(term.strip())}**", "", _inline(definition.strip()), ""]
    return ["", _inline(text), ""]


def _table(lines: list[str], start: int) -> tuple[int, list[str]]:
    """The wiki table that opens at `lines[start]` as a pipe table, and the index after it:
    its caption above it, its first row (the header cells, "!") as the header row."""
    rows: list[list[str]] = [[]]
    caption = ""
    index = start + 1
    while index < len(lines):
        line = lines[index].strip()
        index += 1
        if line.startswith("|}"):
            break
        if line.startswith("|+"):
            caption = _cell(line[2:])
        elif line.startswith("|-"):
            rows.append([])
        elif line.startswith("!"):
            rows[-1] += [_cell(cell) for cell in re.split(r"!!|\|\|", line[1:])]
        elif line.startswith("|"):
            rows[-1] += [_cell(cell) for cell in line[1:].split("||")]
        elif line and rows[-1]:
            rows[-1][-1] = (rows[-1][-1] + " " + _inline(_LIST.sub(r"\g<text>", line))).strip()
    return index, ([caption, ""] if caption else []) + _pipe_table([row for row in rows if row])


def _cell(text: str) -> str:
    """A cell's words, without its attributes (`width="33%" |`), as a pipe table holds them."""
    return _inline(_CELL_ATTRIBUTES.sub("", text).strip()).replace("|", "\\|")


def _pipe_table(rows: list[list[str]]) -> list[str]:
    """Rows as a Markdown pipe table, the first one its header, short rows filled out."""
    if not rows:
        return []
    width = max(len(row) for row in rows)
    lines = ["| " + " | ".join(row + [""] * (width - len(row))) + " |" for row in rows]
    return lines[:1] + ["|" + "|".join(" --- " for _ in range(width)) + "|"] + lines[1:]


def _inline(text: str) -> str:
    """Wiki inline marks as Markdown's: links, bold and italic, `<nowiki>`."""
    text = _NOWIKI.sub(lambda match: match.group("text") or "", text)
    text = _WIKI_LINK.sub(_wiki_link, text)
    text = _EXTERNAL_LINK.sub(_external_link, text)
    text = re.sub(r"'''''(.+?)'''''", r"***\1***", text)
    text = re.sub(r"'''(.+?)'''", r"**\1**", text)
    return re.sub(r"''(.+?)''", r"*\1*", text)


def _external_link(match: re.Match[str]) -> str:
    """"[https://... Thuisarts]" as a Markdown link, a bare "[https://...]" as its address."""
    label, url = match.group("label"), match.group("url")
    return f"[{label}]({url})" if label else url


def _wiki_link(match: re.Match[str]) -> str:
    """A link to a wiki page as the words it shows (its label, else the page's name, and a
    word's rest after it: "[[huisarts]]en"); a category, picture or language link as nothing."""
    target, label, trail = match.group("target").strip(), match.group("label"), match.group("trail")
    if not target.startswith(":") and ":" in target:
        space = target.split(":", 1)[0].strip()
        if space.lower() in _HIDDEN_NAMESPACES or _LANGUAGE_CODE.fullmatch(space):
            return ""
    shown = label.strip() if label and label.strip() else target.lstrip(":").split("#")[0] or target.lstrip(":#")
    return shown + trail
