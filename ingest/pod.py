"""Perl's POD (Plain Old Documentation) kept as a `.txt`, read as the Markdown it stands for.

OpenOffice::OODoc's `odf2pod` writes a word processor's document as POD: "=head1\tNAME" over
the title, each heading an "=head1" command ("=head1\t1\tWat is dry needling?", its number a
field of its own), the paragraphs indented, lists as "=over"/"=item"/"=back" or as lines set
further in, and "=cut" at the end. Read as plain text (red team 46), the commands were words of
the passages, no section had a heading and the leaflet was titled by its file's name.

No POD reader on PyPI is kept up (and Perl's `pod2text` and `pod2markdown` are not there at run
time), so this module reads what perlpod defines, as a leaflet needs it: "=headN" lines as
headings, the NAME section's text as the title (as the man-page reader takes NAME), "=item"s as
list items, "=pod", "=cut", "=encoding", "=for" and "=begin"/"=end" blocks of another format
as no text, formatting codes ("B<...>", "I<< ... >>", "E<gt>", "L<text|target>") as their text,
and an indented paragraph as text: odf2pod indents every paragraph, so indenting marks no code
here, and a line set further in than its paragraph is an item whose mark the tool dropped.

A `.txt` is taken for POD where it holds `MIN_COMMANDS` heading or "=pod" commands at a line's
start and opens with a command or ends with "=cut", as only POD writes them.
"""

from __future__ import annotations

import html
import re
from collections import Counter

from ingest.pdf.contents import CONTENTS_HEADINGS

_COMMAND = re.compile(r"^=(?P<name>[a-zA-Z]\w*)(?:[ \t]+(?P<text>.*?))?[ \t]*$")
_HEADING_OR_POD = re.compile(r"^=(?:head[1-6]|pod)\b", re.MULTILINE)
MIN_COMMANDS = 2
# A formatting code: its letter and its text, in single ("B<text>") or doubled ("B<< text >>") brackets.
_CODE = re.compile(r"(?P<letter>[A-Z])(?:<<+\s(?P<wide>.*?)\s>>+|<(?P<text>[^<>]*)>)", re.DOTALL)
_ESCAPES = {"lt": "<", "gt": ">", "verbar": "|", "sol": "/", "amp": "&", "quot": '"', "apos": "'", "nbsp": " "}
_ITEM_MARK = re.compile(r"^(?:\*|[-•]|\d+[.)]?)(?:[ \t]+|$)")
_NAME_HEADINGS = frozenset({"name", "naam", "nom", "name:"})
_TEXT_FORMATS = frozenset({"text", "plain", "markdown"})


def is_pod(text: str) -> bool:
    """Whether `text` is POD: several heading (or "=pod") commands at lines' starts, the text
    opening with a command or closing with "=cut"."""
    filled = [line for line in text.split("\n") if line.strip()]
    if len(_HEADING_OR_POD.findall(text)) < MIN_COMMANDS or not filled:
        return False
    return bool(_COMMAND.match(filled[0])) or filled[-1].strip() == "=cut"


def pod_as_markdown(text: str) -> str:
    """The Markdown a POD document stands for (see the module's docstring)."""
    out: list[str] = []
    title = ""
    in_name = False
    item_follows = False  # an "=item *" alone: its text is the paragraph after it
    skipping = ""  # the format of a "=begin" block not written as text
    paragraphs = _paragraphs(text)
    base = _text_indent(paragraphs)
    for paragraph in paragraphs:
        first = paragraph[0]
        command = _COMMAND.match(first) if first.startswith("=") else None
        if skipping:
            if command and command.group("name") == "end":
                skipping = ""
            continue
        if command:
            name, rest = command.group("name"), " ".join([command.group("text") or "", *paragraph[1:]])
            rest = " ".join(_inline(rest).split())
            in_name = item_follows = False
            if name.startswith("head") and name[4:].isdigit():
                if rest.casefold() in _NAME_HEADINGS and not title:
                    in_name = True
                elif not title or rest.casefold() != title.casefold():
                    out.append("#" * min(int(name[4:]) + 1, 6) + " " + rest)
            elif name == "item":
                item = _ITEM_MARK.sub("", rest, count=1)
                item_follows = not item
                if item:
                    out.append("- " + item)
            elif name == "begin" and rest.split()[:1] and rest.split()[0].lower().lstrip(":") not in _TEXT_FORMATS:
                skipping = rest.split()[0]
            continue  # =pod, =cut, =over, =back, =encoding, =for, =end: no text
        if in_name and not title:
            title = " ".join(_inline(" ".join(line.strip() for line in paragraph)).split())
            out.insert(0, "# " + _without_names(title))
            continue
        block = _text_paragraph(paragraph, base)
        if item_follows:
            block, item_follows = "- " + block.removeprefix("- "), False
        if title and (_is_contents_title(block) or block.casefold() == title.casefold()):
            continue  # the title again under NAME's, or an empty table of contents' title
        out.append(block)
    return "\n\n".join(out) + "\n"


def _without_names(title: str) -> str:
    """A NAME line's text: "module - what it does" as Perl's own POD writes it, else the title."""
    names, dash, about = title.partition(" - ")
    return about if dash and len(names.split()) == 1 and "::" in names else title


def _paragraphs(text: str) -> list[list[str]]:
    """The text's paragraphs (runs of filled lines), each as its lines."""
    paragraphs: list[list[str]] = []
    current: list[str] = []
    for line in text.replace("\r\n", "\n").split("\n"):
        if line.strip():
            current.append(line.rstrip())
        elif current:
            paragraphs.append(current)
            current = []
    return paragraphs + ([current] if current else [])


def _indent(line: str) -> int:
    return len(line.expandtabs(8)) - len(line.expandtabs(8).lstrip())


def _text_indent(paragraphs: list[list[str]]) -> int:
    """How far the text's paragraphs are set in: the indent most of their lines have."""
    indents = Counter(_indent(line) for paragraph in paragraphs if not paragraph[0].startswith("=")
                      for line in paragraph)
    return min(indents, key=lambda indent: (-indents[indent], indent)) if indents else 0


def _text_paragraph(paragraph: list[str], base: int) -> str:
    """An ordinary or indented paragraph as Markdown: its wrapped lines joined, a line set
    further in than the text's paragraphs (`base`) an item of its own, a run of lines with
    tabs (a table's rows) a pipe table set apart, all without the indent."""
    blocks: list[str] = []  # a line each: a paragraph's joined lines, an item, a table
    words: list[str] = []
    rows: list[list[str]] = []
    for line in [*paragraph, ""]:
        text = _inline(line.strip())
        if words and (not text or "\t" in text or _indent(line) > base):
            blocks.append(" ".join(words))
            words = []
        if rows and "\t" not in text:
            blocks.append(_pipe_table(rows))
            rows = []
        if not text:
            continue
        if "\t" in text:
            rows.append([cell.strip() for cell in text.split("\t")])
        elif _indent(line) > base:
            blocks.append("- " + text)
        else:
            words.append(text)
    out: list[str] = []
    for block in blocks:  # a table set apart by blank lines, as Markdown reads it
        if out and (block.startswith("|") or out[-1].startswith("|")):
            out.append("")
        out.append(block)
    return "\n".join(out)


def _pipe_table(rows: list[list[str]]) -> str:
    """Tab-separated rows as a Markdown pipe table, its first row the header; one row alone a line."""
    if len(rows) < 2:
        return " ".join(cell for cell in rows[0] if cell)
    width = max(len(row) for row in rows)
    lines = ["| " + " | ".join(row + [""] * (width - len(row))) + " |" for row in rows]
    return "\n".join([lines[0], "|" + "---|" * width, *lines[1:]])


def _is_contents_title(text: str) -> bool:
    """Whether a paragraph is only a table of contents' title, once or twice over as odf2pod
    writes the field's title ("InhoudInhoud"): the field's entries are not in the text."""
    word = text.strip().casefold()
    half = word[:len(word) // 2]
    return word in CONTENTS_HEADINGS or len(word) % 2 == 0 and half * 2 == word and half in CONTENTS_HEADINGS


def _inline(text: str) -> str:
    """Text with its formatting codes unwrapped, innermost first: B<bold> as "bold", E<gt> as
    ">", L<text|target> as "text", X<index> and Z<> as nothing."""
    while True:
        replaced = _CODE.sub(_code_text, text)
        if replaced == text:
            return replaced
        text = replaced


def _code_text(code: re.Match[str]) -> str:
    letter, body = code.group("letter"), code.group("wide") if code.group("wide") is not None else code.group("text")
    if letter in "XZ":
        return ""
    if letter == "E":
        name = body.strip()
        if name.isdigit() or name.lower().startswith("0x"):
            try:
                return chr(int(name, 0))
            except (ValueError, OverflowError):
                return ""
        return _ESCAPES.get(name.lower(), _html_entity(name))
    if letter == "L":
        label, bar, target = body.partition("|")
        return label if bar else body
    return body


def _html_entity(name: str) -> str:
    found = html.unescape(f"&{name};")
    return found if found != f"&{name};" else ""
