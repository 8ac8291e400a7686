"""Emacs Muse (and Amusewiki) leaflets kept as `.txt`, read as the Markdown they correspond to.

A leaflet written in Muse (or by pandoc's muse writer) and saved as `.txt` went through the
plain-text path (red team 27): its title was the file's name, "* Preventing carbon monoxide
poisoning", Muse's top heading, became a list item, "** Symptoms" stayed as text and opened no
section, and the writer's "<verbatim></verbatim>" stood in a list item's words.

Muse's lines map onto Markdown's, so the file is rewritten as Markdown and read by the Markdown
reader: the "#title" and "#date" directives as title heading and front matter, "*" headings by
their number of stars (one level under a "#title"), indented "-" and "1." items as lists, a
" || " / " | " table as a pipe table, `<example>` as code, `<quote>` as a quote, links and
footnotes as Markdown's. What Muse never shows goes: comments ("; "), anchors ("#name"),
`<comment>` and `<literal>` (raw markup for one output format) blocks.

Muse shares "*" headings and "[[url][text]]" links with Org, so a `.txt` is taken for Muse
only on several kinds of its signs together, a Muse-only one or its indented lists under its
headings among them, and never when it shows markup only Org writes (`is_muse`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.org import org_signs

# The signs of Muse, each a kind of its own.
_DIRECTIVE = re.compile(r"^#(?P<key>title|subtitle|author|date|pubdate|desc|lang|keywords|source|cover"
                        r"|teaser|notes|summary)[ \t]+(?P<value>\S.*?)[ \t]*$")
# A Muse tag's opening; the pair is complete where its closing tag follows (`_has_tag_pair`).
_TAG_OPEN = re.compile(r"<(verbatim|example|literal|quote|verse|comment|src|center|right)\b[^>\n]{0,200}>")
_HEADING = re.compile(r"^(?P<stars>\*{1,5})[ \t]+(?P<text>\S.*?)[ \t]*$")
_LIST = re.compile(r"^(?P<indent>[ \t]+)(?P<mark>-|\d+\.|[a-zA-Z]\.)(?:[ \t]+(?P<text>.*)|$)")
_TABLE_ROW = re.compile(r"^[ \t]*\S.*?[ \t]\|{1,3}[ \t].*$|^[ \t]*\|\+.*\+\|[ \t]*$")
_HEADER_ROW = re.compile(r"^[ \t]*\S.*?[ \t]\|\|[ \t]", re.MULTILINE)
_LINK = re.compile(r"\[\[(?P<target>[^\[\]\n]+)\](?:\[(?P<label>[^\[\]\n]+)\])?\]")
_MUSE_ONLY = frozenset({"directive", "tag", "table"})
_ORG_ONLY = frozenset({"keyword", "block", "drawer", "table rule"})
MIN_SIGNS = 2
MIN_HEADINGS = 2  # one "* " line may be a Markdown bullet

# What the conversion reads.
_COMMENT = re.compile(r"^;(?:[ \t].*)?$")
_ANCHOR = re.compile(r"^#[\w-]+[ \t]*$")
_DROPPED_OPEN = re.compile(r"<(comment|literal)\b[^>\n]{0,200}>")
_BLOCK_START = re.compile(r"^[ \t]*<(?P<tag>example|src|quote|verse|center|right)\b[^>]*>[ \t]*$")
_RULE = re.compile(r"^[ \t]*-{4,}[ \t]*$")
_DEFINITION = re.compile(r"^[ \t]*(?P<term>\S.*?)[ \t]+::[ \t]+(?P<text>.*)$")
_FOOTNOTE = re.compile(r"^\[(?P<number>\d+)\][ \t]+")
_CODE = re.compile(r"(?<![\w=])=(?=\S)([^=\n]+?)(?<=\S)=(?![\w=])")
_INLINE_TAGS = re.compile(r"</?(?:verbatim|em|strong|sup|sub|del|strike|u|center|right)\b[^>]*>")
_IMAGE = re.compile(r"\.(?:png|jpe?g|gif|svg|webp)$", re.IGNORECASE)


@dataclass
class _Page:
    """The Markdown written so far and the list items it is inside: (indent, width of the mark)."""

    out: list[str] = field(default_factory=list)
    lists: list[tuple[int, int]] = field(default_factory=list)
    shift: int = 0  # one level down under a "#title" directive


def is_muse(text: str) -> bool:
    """Whether a text file's `text` is Muse: `MIN_SIGNS` kinds of its signs (see `muse_signs`),
    a Muse-only one (a directive, a tag, a " || " table) or its headings with indented lists
    among them, and no markup only Org writes ("#+TITLE:", "#+BEGIN_", a drawer, "|--+--|")."""
    signs = muse_signs(text)
    if len(signs) < MIN_SIGNS or org_signs(text) & _ORG_ONLY:
        return False
    return bool(signs & _MUSE_ONLY) or {"headings", "list"} <= signs


def muse_signs(text: str) -> set[str]:
    """The kinds of Muse markup `text` shows: a directive at its top ("#title"), a Muse tag
    pair (`<verbatim>`, `<example>`), "*" headings (one of level two or more), list items
    indented as Muse wants them, a table's " || " header row, a "[[...][...]]" link."""
    lines = text.split("\n")
    signs = set()
    head = [line for line in lines[:20] if line.strip()][:1]
    if head and _DIRECTIVE.match(head[0]):
        signs.add("directive")
    if _has_tag_pair(text):
        signs.add("tag")
    stars = [len(match.group("stars")) for line in lines if (match := _HEADING.match(line))]
    if len(stars) >= MIN_HEADINGS and max(stars) >= 2:
        signs.add("headings")
    if any(_LIST.match(line) for line in lines) and not any(re.match(r"-[ \t]", line) for line in lines):
        signs.add("list")
    if _HEADER_ROW.search(text):
        signs.add("table")
    if _LINK.search(text) and "][" in text:
        signs.add("link")
    return signs


def _has_tag_pair(text: str) -> bool:
    """Whether a Muse tag opens and, further on, closes: each tag's first opening is looked at
    once, so a line of openers that never close ("<verbatim>" repeated) costs one pass."""
    asked: set[str] = set()
    for opening in _TAG_OPEN.finditer(text):
        tag = opening.group(1)
        if tag not in asked:
            asked.add(tag)
            if text.find(f"</{tag}>", opening.end()) >= 0:
                return True
    return False


def _without_dropped(text: str) -> str:
    """`text` without its `<comment>` and `<literal>` blocks, which Muse never shows; an
    opening with no closing after it stays, and so do the later openings of its tag."""
    out, at, unclosed = [], 0, set()
    for opening in _DROPPED_OPEN.finditer(text):
        tag = opening.group(1)
        if opening.start() < at or tag in unclosed:  # inside a block dropped, or never closed
            continue
        end = text.find(f"</{tag}>", opening.end())
        if end < 0:
            unclosed.add(tag)
            continue
        out.append(text[at:opening.start()])
        at = end + len(f"</{tag}>")
    return "".join(out) + text[at:]


def muse_as_markdown(text: str) -> str:
    """`text`, a Muse document, as the Markdown its export would show: front matter with its
    date, its title as the top heading, then its sections, lists, tables and notes."""
    text = _without_dropped(text.replace("\r\n", "\n"))
    lines = text.split("\n")
    directives: dict[str, str] = {}
    while lines and (not lines[0].strip() or _DIRECTIVE.match(lines[0])):
        if match := _DIRECTIVE.match(lines.pop(0)):
            directives[match.group("key")] = match.group("value")
    page = _Page()
    if directives.get("date"):
        page.out += ["---", f"date: {directives['date']}", "---", ""]
    if directives.get("title"):
        page.out += [f"# {_inline(directives['title'])}", ""]
        page.shift = 1
    notes = {match.group("number") for line in lines if (match := _FOOTNOTE.match(line))}
    _blocks(lines, page, notes)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(page.out)).strip("\n") + "\n"


def _blocks(lines: list[str], page: _Page, notes: set[str]) -> None:
    """The document's lines as Markdown in `page.out`: blocks, tables, lists and paragraphs."""
    index = 0
    while index < len(lines):
        line = lines[index]
        if block := _BLOCK_START.match(line):
            index = _block(lines, index, block.group("tag"), page.out)
            page.lists.clear()
        elif _TABLE_ROW.match(line) and _is_table(lines, index):
            index = _table(lines, index, page.out)
            page.lists.clear()
        else:
            _line(line, page, notes)
            index += 1


def _line(line: str, page: _Page, notes: set[str]) -> None:
    """One line that is no block or table: a heading, a rule, a list item, a definition,
    a footnote, a paragraph's line; comments and anchors go."""
    if _COMMENT.match(line) or _ANCHOR.match(line):
        return
    if heading := _HEADING.match(line):
        page.lists.clear()
        level = min(6, len(heading.group("stars")) + page.shift)
        page.out += ["", "#" * level + " " + _inline(heading.group("text"), notes), ""]
    elif _RULE.match(line):
        page.lists.clear()
        page.out += ["", "* * *", ""]
    elif (item := _LIST.match(line)) and not _DEFINITION.match(line):
        _list_item(item, page, notes)
    elif definition := _DEFINITION.match(line):
        page.lists.clear()
        term, words = _inline(definition.group("term"), notes), _inline(definition.group("text"), notes)
        page.out += ["", f"**{term}**: {words}", ""]
    else:
        if not line.strip():
            page.lists.clear()
        elif not page.lists:
            line = _FOOTNOTE.sub(lambda match: f"[^{match.group('number')}]: ", line.strip())
        words = _inline(line.strip(), notes)
        page.out.append("\\" + words if words.startswith("#") else words)


def _list_item(item: re.Match[str], page: _Page, notes: set[str]) -> None:
    """An indented "-", "1." or "a." line as a Markdown list item, nested under the items
    less indented than it."""
    indent = len(item.group("indent").expandtabs(8))
    if not page.lists and page.out and page.out[-1].strip():
        page.out.append("")
    while page.lists and page.lists[-1][0] >= indent:
        page.lists.pop()
    mark = item.group("mark")
    if mark[0].isalpha():
        mark = f"{ord(mark[0].lower()) - ord('a') + 1}."
    prefix = "".join(" " * width for _, width in page.lists)
    bullet = "- " if mark == "-" else mark + " "
    page.lists.append((indent, len(bullet)))
    words = re.sub(r"^[☐☑☒][ \t]+", "", item.group("text") or "")
    page.out.append(prefix + bullet + _inline(words, notes))


def _block(lines: list[str], start: int, tag: str, out: list[str]) -> int:
    """The `<example>`/`<src>` (as code), `<quote>` (as a quote) or `<verse>`/`<center>`
    (as its lines) block that opens at `lines[start]`, and the index after it."""
    end = re.compile(rf"^[ \t]*</{tag}>[ \t]*$")
    index = start + 1
    body: list[str] = []
    while index < len(lines) and not end.match(lines[index]):
        body.append(lines[index])
        index += 1
    if tag in {"example", "src"}:
        out += ["", "```"] + body + ["```", ""]
    elif tag == "quote":
        out += [""] + ["> " + _inline(line.strip()) if line.strip() else ">" for line in body] + [""]
    else:
        out += [""] + [_inline(line.strip()) + "  " for line in body] + [""]
    return index + 1


def _is_table(lines: list[str], start: int) -> bool:
    """Whether the row at `lines[start]` opens a table: a header row (" || "), or two rows."""
    if "||" in lines[start]:
        return True
    return start + 1 < len(lines) and bool(_TABLE_ROW.match(lines[start + 1]))


def _table(lines: list[str], start: int, out: list[str]) -> int:
    """The table whose rows begin at `lines[start]` as a pipe table, its caption above it,
    its header row (or else its first row) first, and the index after it."""
    header: list[list[str]] = []
    rows: list[list[str]] = []
    caption = ""
    index = start
    while index < len(lines) and _TABLE_ROW.match(lines[index]):
        line = lines[index].strip()
        index += 1
        if line.startswith("|+"):
            caption = _inline(line[2:].rstrip("|").rstrip("+").strip())
            continue
        cells = [_inline(cell.strip()).replace("|", "\\|") for cell in re.split(r"[ \t]\|{1,3}(?:[ \t]|$)", line)]
        (header if "||" in line and "|||" not in line else rows).append(cells)
    rows = header + rows
    width = max((len(row) for row in rows), default=0)
    table = ["| " + " | ".join(row + [""] * (width - len(row))) + " |" for row in rows]
    out += [""] + ([caption, ""] if caption else [])
    out += table[:1] + ["|" + "|".join(" --- " for _ in range(width)) + "|"] + table[1:] + [""]
    return index


def _inline(text: str, notes: set[str] | frozenset[str] = frozenset()) -> str:
    """Muse's inline marks as Markdown's: links, footnote marks, "=code=", `<br>`, and the
    words of `<verbatim>`, `<em>`-like tags (emphasis "*"/"**" is Markdown's already)."""
    text = _LINK.sub(_link, text)
    text = re.sub(r"\[(\d+)\]", lambda match: f"[^{match.group(1)}]" if match.group(1) in notes else match.group(0),
                  text)
    text = _CODE.sub(r"`\1`", text)
    text = re.sub(r"<br\s*/?>", " ", text)
    text = re.sub(r"<code>(.*?)</code>", r"`\1`", text)
    return _INLINE_TAGS.sub("", text)


def _link(match: re.Match[str]) -> str:
    """A link as its words: a labelled one as a Markdown link, a bare address as itself,
    a picture as nothing."""
    target, label = match.group("target").strip(), (match.group("label") or "").strip()
    if _IMAGE.search(target) and not label:
        return ""
    return f"[{label}]({target})" if label else target
