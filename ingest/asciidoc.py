"""AsciiDoc leaflets kept as `.txt`, read as the Markdown they correspond to.

A leaflet written in AsciiDoc (by hand, or by pandoc's AsciiDoc writer) and saved as `.txt`
went through the plain-text path (red team 26): its title was the file's name though the file
opens "= Altitude sickness", "== Prevention" stood as the last line of the passage above it,
a table's `[cols=",",options="header",]` and `|===` fences were words, and an ordered list
("[arabic]" over ". Do not go any higher.") ran into one line.

AsciiDoc's line syntax maps onto Markdown's, so the file is rewritten as Markdown and read by
the Markdown reader: "= Title" is the title heading, "== ..." sections by their level, `|===`
tables as pipe tables (their header row where `options="header"` or the first line stands
alone), "*" and "." lists, links and emphasis as Markdown writes them, an admonition's label
("NOTE:") kept as text. What a rendered page never shows goes: comments, attribute entries
(`:toc:`), block attribute lines (`[arabic]`) and anchors.

A `.txt` is taken for AsciiDoc only on several kinds of its signs together, its title or
sections among them (`is_asciidoc`), as Org and MediaWiki are (ingest/org.py, ingest/mediawiki.py).
AsciiDoc's headings have no closing "=", which tells them from MediaWiki's and DokuWiki's.
"""

from __future__ import annotations

import re

# The signs of AsciiDoc, each a kind of its own; plain text shows at most one by chance.
_SECTION = re.compile(r"^(?P<marks>={1,6})[ \t]+(?P<text>\S(?:.*\S)?)[ \t]*$")
_TABLE_FENCE = re.compile(r"^[|,:!]===[ \t]*$")
_STYLES = ("arabic|loweralpha|upperalpha|lowerroman|upperroman|decimal|NOTE|TIP|IMPORTANT|WARNING|CAUTION"
           "|source|listing|literal|quote|verse|sidebar|example|horizontal|qanda|glossary|bibliography"
           "|appendix|abstract|partintro|discrete|float|cols|options|format|frame|grid|width|start|%\\w+")
_BLOCK_ATTRIBUTES = re.compile(r"^\[(?:(?:" + _STYLES + r")\b[^\]]*|[\w-]+=[^\]]*|[#.][\w-][^\]]*)\][ \t]*$")
_ANCHOR_LINE = re.compile(r"^\[\[[\w:.-]+(?:,[^\]]*)?\]\][ \t]*$")
_ATTRIBUTE_ENTRY = re.compile(r"^:(?P<name>[a-z0-9_][\w-]*)!?:(?:[ \t]+(?P<value>.*?))?[ \t]*$")
_ADMONITION = re.compile(r"^(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION):[ \t]+\S", re.MULTILINE)
_LINK_MACRO = re.compile(r"(?:\blink:|\b(?:https?|mailto):)[^\s\[\]]{1,2000}\[[^\]\n]{0,1000}\]")
_DOT_ITEM = re.compile(r"^\.{1,5}[ \t]+\S", re.MULTILINE)
MIN_SIGNS = 2

# What the conversion reads.
_VERSION = re.compile(r"^v\d")
_REVISION = re.compile(r"^(?:v\d[\w.]*,[ \t]*)?(?P<date>[^:]*?)(?::[ \t].*)?$")
_COMMENT_FENCE = re.compile(r"^/{4,}[ \t]*$")
_COMMENT = re.compile(r"^//(?!/)")
_FENCES = {"-": "listing", ".": "literal", "=": "example", "*": "sidebar", "_": "quote", "+": "pass"}
_FENCE = re.compile(r"^(?:-{4,}|\.{4,}|={4,}|\*{4,}|_{4,}|\+{4,}|--)[ \t]*$")
_VERBATIM = frozenset({"listing", "literal"})
_BLOCK_TITLE = re.compile(r"^\.(?P<text>[^\s.].*)$")
_LIST = re.compile(r"^[ \t]*(?P<marks>\*{1,5}|-|\.{1,5}|\d+\.|[a-zA-Z]\.|[ivxIVX]+\))[ \t]+(?P<text>\S.*)$")
_DESCRIPTION = re.compile(r"^(?P<term>\S.*?)(?::{2,4}|;;)(?:[ \t]+(?P<text>.*))?$")
_BREAK = re.compile(r"^(?:'{3,}|<<<)[ \t]*$")
_IMAGE_BLOCK = re.compile(r"^image::(?P<target>[^\[\s]+)\[(?P<alt>[^,\]]*)[^\]]*\][ \t]*$")
_HEADER_OPTION = re.compile(r"options=\"?[^\"\]]*\bheader\b|%header\b")
_COLS = re.compile(r"cols=\"?(?P<spec>[^\"\]]*)")
_CELL_SPEC = re.compile(r"(?:(?<=\s)|^)(?:\d+(?:\.\d+)?[+*]|\.\d+\+)?[<^>]?(?:\.[<^>])?[adehlmsv]?$")

_ATTRIBUTE_REFERENCE = re.compile(r"\{(?P<name>[\w-]+)\}")
_BUILTIN_ATTRIBUTES = {"nbsp": " ", "sp": " ", "empty": "", "amp": "&", "lt": "<", "gt": ">", "quot": '"',
                       "apos": "'", "deg": "°", "plus": "+", "vbar": "|", "startsb": "[", "endsb": "]"}
_URL_MACRO = re.compile(r"(?:\blink:(?P<target>[^\s\[\]]+)|(?P<url>\b(?:https?|mailto):[^\s\[\]]+))"
                        r"\[(?P<label>[^\]\n]*)\]")
_XREF = re.compile(r"<<(?P<id>[^,>\n]+)(?:,[ \t]*(?P<label>[^>\n]+))?>>|\bxref:[^\s\[]+\[(?P<xlabel>[^\]\n]*)\]")
_IMAGE = re.compile(r"\bimage:(?P<target>[^\s\[]+)\[(?P<alt>[^,\]\n]*)[^\]\n]*\]")
_FOOTNOTE = re.compile(r"\bfootnote(?:ref)?:[\w-]*\[(?P<text>[^\]\n]*)\]")
_PASS = re.compile(r"\bpass:[a-z,]*\[(?P<text>[^\]\n]*)\]")
_INLINE_ANCHOR = re.compile(r"\[\[[\w:.-]+(?:,[^\]]*)?\]\]|\banchor:[\w:.-]+\[[^\]\n]*\]|\[#[\w-]+(?:\.[\w-]+)*\]"
                            r"(?=#)|\[\.[\w-]+(?:\.[\w-]+)*\](?=#)")
_INDEX_TERM = re.compile(r"\(\(\((?:[^()\n]+)\)\)\)|\(\((?P<term>[^()\n]+)\)\)")
_PRE, _POST = r"(?:^|(?<=[\s(\[{'\"]))", r"(?=[\s.,;:!?)\]}'\"-]|$)"
_STRONG = re.compile(r"\*\*(?P<body>[^*\n]+?)\*\*|" + _PRE + r"\*(?P<one>[^\s*](?:[^*\n]*?[^\s*])?)\*" + _POST)
_EMPHASIS = re.compile(r"__(?P<body>[^_\n]+?)__|" + _PRE + r"_(?P<one>[^\s_](?:[^_\n]*?[^\s_])?)_" + _POST)
_PLAIN_MARKS = re.compile(r"\+\+(?P<a>[^+\n]+?)\+\+|" + _PRE + r"\+(?P<b>[^\s+](?:[^+\n]*?[^\s+])?)\+" + _POST
                          + r"|##(?P<c>[^#\n]+?)##|" + _PRE + r"#(?P<d>[^\s#](?:[^#\n]*?[^\s#])?)#" + _POST)


def is_asciidoc(text: str) -> bool:
    """Whether a text file's `text` is AsciiDoc: `MIN_SIGNS` kinds of its signs (see
    `asciidoc_signs`), its "= Title" or its sections among them."""
    signs = asciidoc_signs(text)
    return len(signs) >= MIN_SIGNS and bool(signs & {"title", "sections"})


def asciidoc_signs(text: str) -> set[str]:
    """The kinds of AsciiDoc markup `text` shows: a "= Title" first line, "== ..." sections
    (no closing "=": those are MediaWiki's and DokuWiki's), a `|===` table, a block attribute
    line (`[arabic]`), an attribute entry (`:toc:`), an admonition ("NOTE: "), a link macro
    (`link:url[text]`), a ". " list item."""
    lines = text.replace("\r\n", "\n").split("\n")
    signs = set()
    first = next((line for line in lines if line.strip() and not _COMMENT.match(line)
                  and not _ATTRIBUTE_ENTRY.match(line)), "")
    if (title := _SECTION.match(first)) and title.group("marks") == "=" and not first.rstrip().endswith("="):
        signs.add("title")
    if any((match := _SECTION.match(line)) and len(match.group("marks")) > 1 and not line.rstrip().endswith("=")
           for line in lines):
        signs.add("sections")
    if sum(1 for line in lines if _TABLE_FENCE.match(line)) >= 2:
        signs.add("table")
    for name, pattern in (("block attributes", _BLOCK_ATTRIBUTES), ("attribute entry", _ATTRIBUTE_ENTRY)):
        if any(pattern.match(line) for line in lines):
            signs.add(name)
    for name, pattern in (("admonition", _ADMONITION), ("link", _LINK_MACRO), ("dot list", _DOT_ITEM)):
        if pattern.search(text):
            signs.add(name)
    return signs


def asciidoc_as_markdown(text: str) -> str:
    """`text`, an AsciiDoc document, as the Markdown of what its rendered page shows."""
    lines = text.replace("\r\n", "\n").split("\n")
    attributes = {match.group("name"): match.group("value") or ""
                  for line in lines if (match := _ATTRIBUTE_ENTRY.match(line))}
    notes: list[str] = []
    date, at = _revision(lines)
    lines = lines[:at] + lines[at + 1:] if date else lines  # its date goes to the front matter
    date = attributes.get("revdate") or date
    out = ["---", f"date: {date}", "---", ""] if date else []
    out += _blocks(lines, attributes, notes)
    out += [""] + [f"[^{number}]: {note}" for number, note in enumerate(notes, 1)]
    return "\n".join(out).strip("\n") + "\n"


def _revision(lines: list[str]) -> tuple[str, int]:
    """The date of the header's revision line ("v2.1, 14 April 2026: remark"), the line under the
    author's below the "= Title" (pandoc writes the date there), and the line's index; ("", 0) if none."""
    start = next((at for at, line in enumerate(lines) if _SECTION.match(line)), None)
    if start is None or _SECTION.match(lines[start]).group("marks") != "=":
        return "", 0
    header: list[int] = []
    for at in range(start + 1, len(lines)):
        if not lines[at].strip():
            break
        if not (_ATTRIBUTE_ENTRY.match(lines[at]) or _COMMENT.match(lines[at])):
            header.append(at)
    at = header[1] if len(header) > 1 else header[0] if header and _VERSION.match(lines[header[0]]) else None
    match = _REVISION.match(lines[at].strip()) if at is not None else None
    if not match or not re.search(r"\d", match.group("date")):
        return "", 0
    return match.group("date").strip(), at


def _blocks(lines: list[str], attributes: dict[str, str], notes: list[str]) -> list[str]:
    """The document's lines as Markdown lines, block by block."""
    out: list[str] = []
    pending = ""  # the block attribute line over the next block, or ""
    numbers: dict[int, int] = {}  # the last number of the ordered list at each depth
    index = 0
    while index < len(lines):
        line = lines[index].rstrip()
        index += 1
        if _COMMENT_FENCE.match(line):
            index = _end_of(lines, index, line)
        elif _COMMENT.match(line) or _ATTRIBUTE_ENTRY.match(line) or _ANCHOR_LINE.match(line):
            continue
        elif _BLOCK_ATTRIBUTES.match(line):
            pending = line
            continue
        elif _TABLE_FENCE.match(line):
            end = _end_of(lines, index, line)
            out += ["", *_table(lines[index:end - 1], pending, line[0], attributes, notes), ""]
            index = end
        elif _FENCE.match(line):
            kind = _FENCES.get(line[0], "open")
            if kind in _VERBATIM or pending.startswith(("[source", "[listing", "[literal")):
                end = _end_of(lines, index, line)
                out += ["", "```", *lines[index:end - 1], "```", ""]
                index = end
            else:  # the fence goes, its body is read as blocks; an admonition's label stays
                label = re.match(r"\[(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\b", pending)
                out += ["", f"{label.group(1)}:"] if label else [""]
        elif _SECTION.match(line):
            match = _SECTION.match(line)
            out += ["", "#" * len(match.group("marks")) + " " + _inline(match.group("text"), attributes, notes), ""]
        else:
            if item := _LIST.match(line):
                numbers = _numbered(numbers, item.group("marks"), pending)
                out.append(_item(item.group("marks"), _inline(item.group("text"), attributes, notes), numbers))
                pending = ""
                continue
            if line.strip() and not line.startswith(" ") and (not out or not out[-1].strip()):
                numbers = {}  # a paragraph, not a list item's continuation, ends the lists
            out.append(_line(line, attributes, notes))
        pending = ""
    return out


def _depth(marks: str) -> int:
    """A list item's depth: the number of its marks ("**", ".."), 1 for "-" and "1."."""
    return len(marks) if marks[0] in "*." else 1


def _numbered(numbers: dict[int, int], marks: str, pending: str) -> dict[int, int]:
    """The list numbers after one more item with `marks`: deeper lists end; an ordered item
    counts on from the last at its depth, or from `[start=N]` or its own number ("3.")."""
    depth = _depth(marks)
    numbers = {level: number for level, number in numbers.items() if level < depth or
               (level == depth and marks[0] not in "*-")}
    if marks[0] not in "*-":
        start = re.search(r"start=\"?(\d+)", pending) or re.match(r"(\d+)\.", marks)
        numbers[depth] = int(start.group(1)) if start else numbers.get(depth, 0) + 1
    return numbers


def _end_of(lines: list[str], index: int, fence: str) -> int:
    """The index after the line that closes the block `fence` opened (the end if none does)."""
    for at in range(index, len(lines)):
        if lines[at].rstrip() == fence.rstrip():
            return at + 1
    return len(lines)


def _line(line: str, attributes: dict[str, str], notes: list[str]) -> str:
    """One body line as Markdown: a list item, a description, a block title, a break, an image."""
    if line.strip() == "+":  # a list continuation: what follows is read as its own block
        return ""
    if _BREAK.match(line):
        return "\n* * *\n" if line.startswith("'") else ""
    if image := _IMAGE_BLOCK.match(line):
        return f"![{image.group('alt')}]({image.group('target')})"
    if title := _BLOCK_TITLE.match(line):
        return f"**{_inline(title.group('text'), attributes, notes)}**\n"
    if (description := _DESCRIPTION.match(line)) and "://" not in description.group("term"):
        term, rest = _inline(description.group("term"), attributes, notes), description.group("text") or ""
        return f"- **{term}**" + (f": {_inline(rest, attributes, notes)}" if rest else "")
    return _inline(re.sub(r"[ \t]\+$", "", line), attributes, notes)


def _item(marks: str, text: str, numbers: dict[int, int]) -> str:
    """A list item as Markdown's, nested by its depth, an ordered one numbered."""
    depth = _depth(marks)
    bullet = "-" if marks[0] in "*-" else f"{numbers[depth]}."
    return "    " * (depth - 1) + f"{bullet} {text}"


def _table(body: list[str], attributes_line: str, separator: str,
           attributes: dict[str, str], notes: list[str]) -> list[str]:
    """A `|===` table's body as a pipe table: its header row where the block's options ask for
    one or its first line stands alone, rows as many cells wide as its `cols` (or its first line)."""
    mark = "|" if separator == "|" else "!" if separator == "!" else separator
    lines = [line.strip() for line in body]
    first = next((at for at, line in enumerate(lines) if line), None)
    if first is None:
        return []
    cells = _cells(" \n ".join(lines), mark)
    width = _width(attributes_line) or len(_cells(lines[first], mark)) or 1
    rows = [cells[at:at + width] for at in range(0, len(cells), width)]
    implicit = first + 1 < len(lines) and not lines[first + 1] and "%noheader" not in attributes_line
    header = bool(_HEADER_OPTION.search(attributes_line)) or implicit
    rows = [[_inline(cell, attributes, notes).replace("|", "\\|") for cell in row] for row in rows]
    head = rows.pop(0) if header else [""] * width
    return [_row(head, width), "|" + "|".join(" --- " for _ in range(width)) + "|", *(_row(row, width) for row in rows)]


def _cells(text: str, mark: str) -> list[str]:
    """A table's cells in order: split at each unescaped mark, without the cell specifier
    (`2+`, `^.^`, `a`) that stands before it; a colspan's cells filled out with empty ones."""
    if mark not in "|!":  # CSV or DSV data: one row a line
        return [cell.strip() for line in text.split("\n") if line.strip() for cell in line.split(mark)]
    parts = re.split(r"(?<!\\)" + re.escape(mark), text)
    cells: list[str] = []
    span = 1
    for at, part in enumerate(parts):
        spec = _cell_spec(part, first=at == 0) if at + 1 < len(parts) else ""
        if at:
            cells += [" ".join(part[:len(part.rstrip()) - len(spec)].split())] + [""] * (span - 1)
        span = int(spec.split("+")[0]) if re.match(r"\d+\+", spec) else 1
    return cells


def _cell_spec(part: str, first: bool) -> str:
    """The cell specifier that ends `part`, before the next cell's mark: one with a span or an
    alignment after a space, a lone style letter ("a") only at a line's start; else "". A cell's
    whole text right after a mark ("|a |b") is its words, not a specifier."""
    words = part.rstrip()
    spec = _CELL_SPEC.search(words)
    if not spec or not spec.group(0):
        return ""
    before = words[:spec.start()].rstrip(" \t")
    line_start = before.endswith("\n") or (first and not before)
    return spec.group(0) if re.search(r"[+*<^>]", spec.group(0)) or line_start else ""


def _width(attributes_line: str) -> int:
    """The number of columns a table's `cols` attribute names ("1,2", "3*", ",,"), or 0."""
    cols = _COLS.search(attributes_line)
    if not cols:
        return 0
    spec = cols.group("spec").strip()
    if re.fullmatch(r"\d+", spec):
        return int(spec)
    return sum(int(part.split("*")[0]) if re.match(r"\d+\*", part.strip()) else 1 for part in spec.split(","))


def _row(cells: list[str], width: int) -> str:
    """A pipe table's row, filled out to `width` cells."""
    return "| " + " | ".join(cells + [""] * (width - len(cells))) + " |"


def _inline(text: str, attributes: dict[str, str], notes: list[str]) -> str:
    """AsciiDoc's inline marks as Markdown's: attribute references, links, cross references,
    images, footnotes, anchors, index terms, bold, italic, and the marks that show plain words."""
    text = _ATTRIBUTE_REFERENCE.sub(lambda match: attributes.get(match.group("name"), _BUILTIN_ATTRIBUTES.get(
        match.group("name"), match.group(0))), text)
    text = _PASS.sub(lambda match: match.group("text"), text)
    text = _URL_MACRO.sub(_link, text)
    text = _XREF.sub(lambda match: (match.group("label") or match.group("xlabel")
                                    or match.group("id").strip().lstrip("_").replace("_", " ")), text)
    text = _IMAGE.sub(lambda match: f"![{match.group('alt')}]({match.group('target')})", text)
    text = _FOOTNOTE.sub(lambda match: _footnote(match.group("text"), notes), text)
    text = _INLINE_ANCHOR.sub("", text)
    text = _INDEX_TERM.sub(lambda match: match.group("term") or "", text)
    text = _STRONG.sub(lambda match: f"**{match.group('body') or match.group('one')}**", text)
    text = _EMPHASIS.sub(lambda match: f"*{match.group('body') or match.group('one')}*", text)
    return _PLAIN_MARKS.sub(lambda match: next(group for group in match.groups() if group is not None), text)


def _link(match: re.Match[str]) -> str:
    """`link:url[text]` or `https://...[text]` as a Markdown link, one without text as its address."""
    target = match.group("target") or match.group("url")
    label = match.group("label").split(",")[0].strip().strip('"')
    return f"[{label}]({target})" if label else target


def _footnote(text: str, notes: list[str]) -> str:
    """A footnote's mark, its text kept for the end; a repeated reference (`footnote:id[]`) shows nothing."""
    if not text:
        return ""
    notes.append(text)
    return f"[^{len(notes)}]"
