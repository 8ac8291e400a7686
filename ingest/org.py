"""Org-mode leaflets (Emacs), read as the Markdown they correspond to.

An Org file (`.org`, or one kept as `.txt`) marks its title, date, sections, tables and
boxes with signs that the plain-text reader took for words (red team 23): "#+TITLE:
Middenoorontsteking bij kinderen" opened the first passage, "* Behandeling" became a bullet,
a `:PROPERTIES:` drawer and a table's `|---+---|` rule stood as text, the leaflet had no
title, date or heading, and an editor's task ("* TODO Nakijken ... :redactie:" with "[ ]
dosering ibuprofen toevoegen?") was cited as the leaflet's answer.

Org's line syntax maps onto Markdown's one for one, so the file is rewritten as Markdown
and read by the Markdown reader: `#+TITLE:` is the title heading, `#+DATE:` front matter,
"*" headings one level under it, tables, lists, links and emphasis as Markdown writes
them, and a block's body (`#+BEGIN_WARNING`) as its text. What Org itself does not export
goes: comments, drawers, planning lines, a `COMMENT` or `:noexport:` subtree, and a task
(a heading with a TODO keyword): an editor's to-do list, not what the leaflet tells a patient.

A `.txt` is taken for Org only on several of its signs together (`MIN_SIGNS`), as for
reStructuredText (ingest/rst.py).
"""

from __future__ import annotations

import re
from pathlib import Path

ORG_SUFFIXES = frozenset({".org"})
# The signs of Org, each a kind of its own; plain text shows at most one by chance.
_KEYWORD = re.compile(r"^#\+(?P<key>[A-Za-z_]+):[ \t]*(?P<value>.*?)[ \t]*$", re.MULTILINE)
_KNOWN_KEYWORDS = frozenset({"title", "subtitle", "author", "date", "email", "language", "options",
                             "startup", "description", "keywords", "setupfile", "filetags", "todo",
                             "seq_todo", "typ_todo", "property", "caption", "name", "include"})
_BLOCK = re.compile(r"^[ \t]*#\+begin_(\w+)", re.MULTILINE | re.IGNORECASE)
_DRAWER = re.compile(r"^[ \t]*:(?:PROPERTIES|LOGBOOK):[ \t]*$", re.MULTILINE)
_TABLE_RULE = re.compile(r"^[ \t]*\|-+(?:\+-+)+\|?[ \t]*$", re.MULTILINE)  # "|----+----|", not Markdown's "|---|---|"
_RULE_ROW = re.compile(r"^[ \t]*\|-[-+|]*[ \t]*$")  # any table rule, one column too, when reading
_ORG_LINK = re.compile(r"\[\[(?P<target>[^\[\]\n]{1,2000})\](?:\[(?P<label>[^\[\]\n]{1,1000})\])?\]")
_SUBHEADING = re.compile(r"^\*\*+ \S", re.MULTILINE)
MIN_SIGNS = 2

_HEADING = re.compile(r"^(?P<stars>\*+)[ \t]+(?P<text>.*?)[ \t]*$")
_TAGS = re.compile(r"[ \t]+(:[\w@#%]+)+:$")
_PRIORITY = re.compile(r"^\[#[A-Z0-9]\][ \t]*")
_DEFAULT_TODO = ("TODO", "DONE")
_PLANNING = re.compile(r"^[ \t]*(?:(?:SCHEDULED|DEADLINE|CLOSED):[ \t]*[<\[][^>\]]*[>\]][ \t]*)+$")
_DRAWER_START = re.compile(r"^[ \t]*:[\w-]+:[ \t]*$")
_DRAWER_END = re.compile(r"^[ \t]*:END:[ \t]*$", re.IGNORECASE)
_COMMENT = re.compile(r"^[ \t]*#(?:[ \t].*)?$")  # "# een opmerking", a lone "#"
_BEGIN = re.compile(r"^[ \t]*#\+begin_(?P<kind>\w+)(?P<rest>.*)$", re.IGNORECASE)
_END = re.compile(r"^[ \t]*#\+end_(?P<kind>\w+)[ \t]*$", re.IGNORECASE)
_DROPPED_BLOCKS = frozenset({"comment", "export"})  # no text on the exported page
_VERBATIM_BLOCKS = frozenset({"src", "example"})
_RULE = re.compile(r"^[ \t]*-{5,}[ \t]*$")
_CHECKBOX = re.compile(r"^(?P<lead>[ \t]*(?:[-+]|\d+[.)])[ \t]+)\[(?P<mark>[ Xx-])\][ \t]+")
_TIMESTAMP = re.compile(r"[<\[](?P<date>\d{4}-\d{2}-\d{2})(?:[ \t]+[^>\]\d][^>\]]*?)?(?:[ \t]+\d{1,2}:\d{2}[^>\]]*)?[>\]]")
_FOOTNOTE_DEFINITION = re.compile(r"^\[fn:(?P<name>[\w-]+)\][ \t]*")
_FOOTNOTE_MARK = re.compile(r"\[fn:(?P<name>[\w-]+)\]")
# Org's emphasis: the marks hug the words, after a space or an opening mark, before a space
# or punctuation ("*Bel direct*", "/niet/"); a slash in "en/of" or a URL is none.
_PRE, _POST = r"(?:^|(?<=[\s('\"{-]))", r"(?=[\s\-.,:!?;'\")}\[]|$)"
_EMPHASIS = re.compile(_PRE + r"(?P<mark>[*/_=~+])(?P<body>[^\s*/_=~+](?:[^\n]{0,1000}?[^\s])?)(?P=mark)" + _POST)


def is_org(text: str, path: str | Path) -> bool:
    """Whether `text` (a file named `path`) is Org: always for `.org`, else by at least
    `MIN_SIGNS` kinds of its signs (see `org_signs`)."""
    return Path(path).suffix.lower() in ORG_SUFFIXES or len(org_signs(text)) >= MIN_SIGNS


def org_signs(text: str) -> set[str]:
    """The kinds of Org markup `text` shows: an export keyword ("#+TITLE:"), a block, a
    drawer, a table's rule row, a link in double brackets, a heading of level two or more."""
    signs = set()
    if any(match.group("key").lower() in _KNOWN_KEYWORDS for match in _KEYWORD.finditer(text)):
        signs.add("keyword")
    for name, pattern in (("block", _BLOCK), ("drawer", _DRAWER), ("table rule", _TABLE_RULE),
                          ("link", _ORG_LINK), ("subheading", _SUBHEADING)):
        if pattern.search(text):
            signs.add(name)
    return signs


def org_as_markdown(text: str) -> str:
    """`text`, an Org document, as the Markdown its export would show: front matter with
    its date, its title as the top heading, then its sections."""
    settings = {match.group("key").lower(): match.group("value") for match in _KEYWORD.finditer(text)}
    tasks = _todo_keywords(settings)
    out: list[str] = []
    date = _TIMESTAMP.sub(lambda match: match.group("date"), settings.get("date", "")).strip()
    if date:
        out += ["---", f"date: {date}", "---", ""]
    if settings.get("title"):
        out += [f"# {_inline(settings['title'])}", ""]
        if settings.get("subtitle"):
            out += [_inline(settings["subtitle"]), ""]
    out += _body(text.split("\n"), tasks)
    return "\n".join(out).strip("\n") + "\n"


def _todo_keywords(settings: dict[str, str]) -> set[str]:
    """The words that make a heading a task: Org's TODO and DONE, and those the file names
    (`#+TODO: TODO NAKIJKEN | KLAAR`)."""
    words = set(_DEFAULT_TODO)
    for key in ("todo", "seq_todo", "typ_todo"):
        words.update(word.split("(")[0] for word in settings.get(key, "").split() if word != "|")
    return words


def _body(lines: list[str], tasks: set[str]) -> list[str]:
    """The document's lines as Markdown, without what Org does not export; its headings
    one level under the title, which is `#+TITLE:`'s or, as Org exports it, the file's name."""
    out: list[str] = []
    skip_below = 0  # the level of a heading whose subtree is dropped, or 0
    block = ""  # the kind of the block we are in, or ""
    in_drawer = False
    for line in lines:
        heading = _HEADING.match(line)
        if heading and not block:
            level = len(heading.group("stars"))
            if skip_below and level > skip_below:
                continue
            skip_below, in_drawer = 0, False
            words, dropped = _heading_words(heading.group("text"), tasks)
            if dropped:
                skip_below = level
                continue
            out += ["", "#" * min(6, level + 1) + " " + _inline(words), ""]
            continue
        if skip_below:
            continue
        if block:
            if (end := _END.match(line)) and end.group("kind").lower() == block:
                out.append("```" if block in _VERBATIM_BLOCKS else "")
                block = ""
            elif block not in _DROPPED_BLOCKS:
                out.append(line if block in _VERBATIM_BLOCKS else _line(line))
            continue
        if in_drawer:
            in_drawer = not _DRAWER_END.match(line)
            continue
        if begin := _BEGIN.match(line):
            block = begin.group("kind").lower()
            out.append("```" if block in _VERBATIM_BLOCKS else "")
            continue
        if _DRAWER_START.match(line) and not _DRAWER_END.match(line):
            in_drawer = True
            continue
        if _KEYWORD.match(line) or _COMMENT.match(line) or _PLANNING.match(line):
            caption = _KEYWORD.match(line)
            if caption and caption.group("key").lower() == "caption":
                out.append(_inline(caption.group("value")))
            continue
        out.append(_line(line))
    return out


def _heading_words(text: str, tasks: set[str]) -> tuple[str, bool]:
    """A heading's words without its keyword, priority and tags, and whether its subtree
    is dropped: a task, a `COMMENT` heading, a `:noexport:` tag."""
    tags = _TAGS.search(text)
    names = tags.group(0).strip().strip(":").split(":") if tags else []
    words = text[:tags.start()] if tags else text
    first, _, rest = words.partition(" ")
    if first in tasks or first == "COMMENT" or "noexport" in names:
        return "", True
    return _PRIORITY.sub("", words).strip(), False


def _line(line: str) -> str:
    """One body line as Markdown: a table's rule, a rule, a footnote, a checkbox, its inline marks."""
    if _RULE_ROW.match(line):
        cells = line.strip().strip("|").split("+")
        return "|" + "|".join(" --- " for _ in cells) + "|"
    if _RULE.match(line):
        return "\n* * *\n"
    line = _FOOTNOTE_DEFINITION.sub(lambda match: f"[^{match.group('name')}]: ", line)
    line = _CHECKBOX.sub(lambda match: match.group("lead"), line)
    return _inline(line)


def _inline(text: str) -> str:
    """Org's inline marks as Markdown's: links, footnote marks, timestamps, emphasis."""
    text = _ORG_LINK.sub(_link, text)
    text = _FOOTNOTE_MARK.sub(lambda match: f"[^{match.group('name')}]", text)
    text = _TIMESTAMP.sub(lambda match: match.group("date"), text)
    return _EMPHASIS.sub(_emphasis, text)


def _link(match: re.Match[str]) -> str:
    """A link as its words: a labelled one as a Markdown link, a bare address as itself,
    a link inside the file (`[[#behandeling][hieronder]]`, `[[*Contact]]`) as its label."""
    target, label = match.group("target"), match.group("label")
    outside = re.match(r"(?:https?|mailto|file):|www\.", target)
    if label:
        return f"[{label}]({target})" if outside else label
    return target if outside else target.lstrip("*#")


def _emphasis(match: re.Match[str]) -> str:
    """Bold, italic as Markdown's; verbatim, code, underline and strike-through as plain words."""
    mark, body = match.group("mark"), match.group("body")
    return {"*": f"**{body}**", "/": f"*{body}*"}.get(mark, body)
