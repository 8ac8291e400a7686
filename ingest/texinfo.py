"""Texinfo sources kept as `.txt`, read as the document they are written to be.

A leaflet written in Texinfo (by hand, or by a converter such as docbook2x-texi from DocBook)
and saved as its `.texi` source went through the plain-text path (red team 50): its title was
the file's name, the preamble ("\\input texinfo", "@setfilename ...", the menu) a passage,
"@chapter" lines words of the text, and a list's last item with its "@end itemize" the heading
of the rest. Info, Texinfo's output, is read by ingest/info.py; this is its source.

No Texinfo reader on PyPI is kept up (texi2any is Perl, and not there at run time), so this
module reads the Texinfo manual's commands as a leaflet needs them, into Markdown:
- the title is `@settitle`'s (else the title page's `@title`, else `@top`'s), the Top node's
  heading level 1, `@chapter` / `@unnumbered` / `@appendix` and their section levels below;
- `@itemize` and `@enumerate` are lists, `@table` a list of "term: text" items, `@multitable`
  a pipe table, `@quotation` a quote, `@example` and `@verbatim` code;
- what an Info reader does not show is no text: `@node` lines, `@menu`, `@direntry`, index
  entries, settings, comments, `@ignore`, blocks for another output (`@iftex`, `@html`),
  `@ifset`/`@ifclear` by the flags `@set` gives;
- the title page (printed only) gives the title and its `@author`, the publisher; its other
  lines and the `@copying` text are furniture, where a date may be found, as a flag
  `@set UPDATED` (automake's version.texi) gives the date;
- inline commands are read by ingest/texinfo_inline.py.

A `.txt` is taken for Texinfo where its first line is "\\input texinfo", or where
`MIN_COMMANDS` lines of two kinds or more (a node, a sectioning command, a block's "@end") open
with its structure commands.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable

from ingest.markdown_escape import escaped_line_start
from ingest.markup_parts import pipe_table
from ingest.source import SourceText
from ingest.texinfo_inline import MAX_NESTING, InlineReader
from ingest.text import load_text

_INPUT = re.compile(r"^\\input[ \t]+texinfo\b")
# A structure command opening a line: a node, a sectioning or setting command, or a block's end
# ("@end itemize"; a fragment meant for "@include" has no nodes, but its blocks end so).
_STRUCTURE = re.compile(r"^@(?P<name>node|top|chapter|section|subsection|subsubsection|unnumbered\w*|appendix\w*"
                        r"|setfilename|settitle|bye|menu|end[ \t]+[a-z]+)[ \t]*(?=[ \t,]|$)")
MIN_COMMANDS = 3
_LINE_COMMAND = re.compile(r"^[ \t]*@(?P<name>[A-Za-z]+)(?=[ \t]|$)[ \t]*(?P<args>.*?)[ \t]*$")
_END = re.compile(r"^@end[ \t]+(?P<name>[A-Za-z]+)")
_COMMENT = re.compile(r"(?:^|(?<=[^@]))@c(?:omment)?(?=[ \t]|$).*$")
_FLAG = re.compile(r"^@(?P<op>set|clear)[ \t]+(?P<name>[^\s]+)(?:[ \t]+(?P<value>.*?))?[ \t]*$")
_TAB = re.compile(r"@tab(?![A-Za-z])")
_HEADINGS = {
    "top": 1, "chapter": 2, "unnumbered": 2, "appendix": 2, "majorheading": 2, "chapheading": 2, "centerchap": 2,
    "part": 2, "section": 3, "unnumberedsec": 3, "appendixsec": 3, "appendixsection": 3, "heading": 3,
    "subsection": 4, "unnumberedsubsec": 4, "appendixsubsec": 4, "subheading": 4, "subsubsection": 5,
    "unnumberedsubsubsec": 5, "appendixsubsubsec": 5, "subsubheading": 5,
}
# Blocks whose lines an Info reader never shows (raw text for another output, menus, macros).
_HIDDEN = frozenset({"ignore", "tex", "html", "docbook", "xml", "latex", "macro", "rmacro", "linemacro", "direntry",
                     "menu", "detailmenu", "documentdescription", "iftex", "ifhtml", "ifdocbook", "ifxml", "iflatex",
                     "ifplaintext", "ifnotinfo", "displaymath", "nodedescriptionblock"})
_SET_ASIDE = frozenset({"copying", "titlepage"})  # printed only: read for the title, publisher and date
_RAW = frozenset({"verbatim", "ignore", "tex", "html", "docbook", "xml", "latex", "macro", "rmacro", "linemacro"})
_CODE_BLOCKS = frozenset({"example", "smallexample", "lisp", "smalllisp", "verbatim"})
_LISTS = frozenset({"itemize", "enumerate"})
_TERM_LISTS = frozenset({"table", "ftable", "vtable"})
_QUOTES = frozenset({"quotation", "smallquotation"})
# Line commands that print nothing: settings, node lines, index entries, page layout.
_SETTINGS = frozenset({
    "setfilename", "settitle", "documentencoding", "documentlanguage", "node", "printindex", "contents",
    "shortcontents", "summarycontents", "page", "sp", "vskip", "need", "noindent", "indent", "refill",
    "setchapternewpage", "headings", "footnotestyle", "paragraphindent", "firstparagraphindent", "exampleindent",
    "frenchspacing", "allowcodebreaks", "kbdinputstyle", "codequoteundirected", "codequotebacktick",
    "deftypefnnewline", "xrefautomaticsectiontitle", "urefbreakstyle", "everyheading", "everyfooting",
    "evenheading", "evenfooting", "oddheading", "oddfooting", "everyheadingmarks", "everyfootingmarks",
    "evenheadingmarks", "oddheadingmarks", "evenfootingmarks", "oddfootingmarks", "smallbook", "afourpaper",
    "afivepaper", "afourlatex", "afourwide", "bsixpaper", "pagesizes", "cropmarks", "finalout",
    "setcontentsaftertitlepage", "setshortcontentsaftertitlepage", "syncodeindex", "synindex", "defindex",
    "defcodeindex", "include", "alias", "definfoenclose", "insertcopying", "listoffloats", "dircategory",
    "clickstyle", "novalidate", "microtype", "fonttextsize", "smallfonts", "set", "clear", "bye", "shorttitlepage",
    "title", "subtitle", "nodedescription", "hyphenation",
})
# The flags automake's version.texi (and authors after it) set to the manual's date.
_DATE_FLAGS = ("UPDATED", "UPDATED-MONTH", "DATE")


@dataclass(frozen=True)
class TexinfoDocument:
    """A Texinfo source as the Markdown of what its Info reader shows, with its title, its
    title page's author (the publisher), the date its flags give, and the printed-only lines
    (the title page's, the copying text) no reader shows as text."""

    markdown: str
    title: str
    author: str
    updated: str
    furniture: tuple[str, ...]


def is_texinfo(text: str) -> bool:
    """Whether `text` is a Texinfo source: "\\input texinfo" first, or `MIN_COMMANDS` structure
    commands (of two kinds or more) opening lines."""
    lines = text.replace("\r\n", "\n").split("\n")
    first = next((line for line in lines if line.strip()), "")
    if _INPUT.match(first.lstrip("\ufeff")):
        return True
    found = [" ".join(match.group("name").split()) for line in lines if (match := _STRUCTURE.match(line))]
    return len(found) >= MIN_COMMANDS and len(set(found)) >= 2


def load_texinfo(text: str, path: str | Path) -> SourceText:
    """A Texinfo source as a Markdown source of what it shows (`read_texinfo`)."""
    document = read_texinfo(text)
    source = load_text(document.markdown.encode("utf-8"), path, "markdown")
    furniture = "\n".join(line for line in (source.furniture, *document.furniture) if line)
    return replace(source, title=source.title or document.title, publisher=source.publisher or document.author,
                   updated=source.updated or document.updated, furniture=furniture)


def read_texinfo(text: str) -> TexinfoDocument:
    """The document a Texinfo source is (see the module's docstring)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    first = next((at for at, line in enumerate(lines) if line.strip()), 0)
    if lines and _INPUT.match(lines[first].lstrip("\ufeff")):
        lines = lines[first + 1:]
    flags: dict[str, str] = {}
    aside: dict[str, list[str]] = {"copying": [], "titlepage": []}
    shown = _shown_lines(lines, flags, aside)
    reader = InlineReader(flags)
    settitle = next((match.group("args") for line in shown
                     if (match := _LINE_COMMAND.match(line)) and match.group("name") == "settitle"), "")
    page = _title_page(aside["titlepage"], reader)
    blocks = _Blocks(shown, reader)
    body = blocks.read(0, lambda line: False)[0]
    title = reader.markdown(settitle).strip() or page.get("title", "")
    body = _titled(body) if not title else body
    top = next((line[2:] for line in body if line.startswith("# ")), "")
    if title and not top:
        body = [f"# {title}", ""] + body
    title = title or top
    body += [""] + [f"[^{number}]: {note}" for number, note in enumerate(reader.notes, 1)]
    markdown = re.sub(r"\n{3,}", "\n\n", "\n".join(body)).strip("\n") + "\n"
    copying = [line for line in _paragraph_lines(aside["copying"], reader) if line]
    furniture = tuple(page.get("lines", "").split("\n")) + tuple(copying)
    updated = next((flags[name] for name in _DATE_FLAGS if flags.get(name)), "")
    return TexinfoDocument(markdown, title.replace("\\*", "*"), page.get("author", ""), updated,
                           tuple(line for line in furniture if line))


def _titled(body: list[str]) -> list[str]:
    """`body` with its title a level-1 heading: where the Top node has none, a first heading
    that opens the text and no other at its level follows (pandoc's one chapter over the leaflet's
    sections) is it."""
    levels = [len(line) - len(line.lstrip("#")) for line in body if re.match(r"^#{1,6} ", line)]
    if not levels or 1 in levels or levels.count(min(levels)) > 1 or levels[0] != min(levels):
        return body
    first = next(at for at, line in enumerate(body) if re.match(r"^#{1,6} ", line))
    if any(line.strip() for line in body[:first]):
        return body  # words before it: it heads a part, not the leaflet
    return body[:first] + ["# " + body[first].lstrip("#").strip()] + body[first + 1:]


def _shown_lines(lines: list[str], flags: dict[str, str], aside: dict[str, list[str]]) -> list[str]:
    """The lines an Info reader reads, in order: comments, hidden blocks, conditionals whose
    condition fails and everything after "@bye" gone, the copying text and the title page set
    aside into `aside`, the flags "@set" gives into `flags` (as they stand where they are read)."""
    shown: list[str] = []
    stack: list[tuple[str, bool, str]] = []  # each open block: its name, whether shown, where set aside
    open_names: Counter[str] = Counter()
    for line in lines:
        stripped = line.strip()
        raw = stack[-1][0] if stack and stack[-1][0] in _RAW else ""
        end = _END.match(stripped)
        if raw:
            if end and end.group("name") == raw:
                name, visible, target = stack.pop()
                open_names[name] -= 1
                if visible and name == "verbatim":
                    _place(line, target, shown, aside)
            elif stack[-1][1]:
                _place(line, stack[-1][2], shown, aside)
            continue
        kept = _COMMENT.sub("", line).rstrip()
        if line.strip() and not kept.strip():
            continue  # a comment's line: gone, and with it no paragraph ends
        command = _LINE_COMMAND.match(kept)
        name = command.group("name") if command else ""
        if end and open_names[end.group("name")] > 0:
            while (closed := stack.pop()[0]) != end.group("name"):
                open_names[closed] -= 1  # a block left open inside it (a slip of the author's) ends with it
            open_names[closed] -= 1
            continue
        visible = stack[-1][1] if stack else True  # an open block is shown only inside shown ones
        target = stack[-1][2] if stack else ""
        if name == "bye" and visible:
            break
        if name in _HIDDEN or name in _SET_ASIDE or name in _CONDITIONALS or name in _RAW:
            opens = visible and _condition_holds(name, command.group("args"), flags)
            stack.append((name, opens, name if name in _SET_ASIDE else target))
            open_names[name] += 1
            if opens and name == "verbatim":
                _place(kept, target, shown, aside)
            continue
        if not visible:
            continue
        flag = _FLAG.match(kept.strip())
        if flag and flag.group("op") == "set":
            flags[flag.group("name")] = flag.group("value") or ""
        elif flag:
            flags.pop(flag.group("name"), None)
        _place(kept, target, shown, aside)
    return shown


# Conditionals: each shows its lines or not, in the Info reading this module gives.
_CONDITIONALS = frozenset({"ifinfo", "ifnottex", "ifnothtml", "ifnotdocbook", "ifnotxml", "ifnotlatex",
                           "ifnotplaintext", "ifset", "ifclear", "ifcommanddefined", "ifcommandnotdefined"})


def _condition_holds(name: str, argument: str, flags: dict[str, str]) -> bool:
    """Whether a block opened by the command `name` shows its lines."""
    if name in _HIDDEN or name in _RAW and name != "verbatim":
        return False
    if name == "ifset":
        return argument.strip() in flags
    if name == "ifclear":
        return argument.strip() not in flags
    return name != "ifcommandnotdefined"


def _place(line: str, target: str, shown: list[str], aside: dict[str, list[str]]) -> None:
    (aside[target] if target in aside else shown).append(line)


def _title_page(lines: list[str], reader: InlineReader) -> dict[str, str]:
    """The title page's title ("@title", or an old page's "@center @titlefont{...}"), its first
    author, and its other lines (subtitles, more authors, a copyright line), one a line."""
    found: dict[str, str] = {}
    rest: list[str] = []
    for line in lines:
        command = _LINE_COMMAND.match(line)
        name, args = (command.group("name"), command.group("args")) if command else ("", line)
        words = " ".join(reader.markdown(args).split())
        if not words:
            continue
        if name in {"title", "author"} and name not in found or name == "center" and "@titlefont{" in args \
                and "title" not in found:
            found["author" if name == "author" else "title"] = words
        elif name in {"author", "subtitle", "center", ""}:
            rest.append(words)
    found["lines"] = "\n".join(rest)
    return found


def _paragraph_lines(lines: list[str], reader: InlineReader) -> list[str]:
    """Lines of plain paragraphs (a copying text) as their words, a paragraph a line."""
    paragraphs = "\n".join(line for line in lines if not _LINE_COMMAND.match(line) or
                           _LINE_COMMAND.match(line).group("name") not in _SETTINGS).split("\n\n")
    return [" ".join(reader.markdown(paragraph).split()) for paragraph in paragraphs]


class _Blocks:
    """Reads the shown lines of a Texinfo source as Markdown lines, block by block."""

    def __init__(self, lines: list[str], reader: InlineReader) -> None:
        self.lines = lines
        self.reader = reader
        self.shift = 0  # "@raisesections" and "@lowersections" move the levels below them
        self.depth = 0  # how many blocks deep the reading is

    def read(self, index: int, stop: Callable[[str], bool]) -> tuple[list[str], int]:
        """Markdown lines from `lines[index]` up to the first line `stop` takes (not read), and
        the index of that line."""
        self.depth += 1
        try:
            return self._read(index, stop)
        finally:
            self.depth -= 1

    def _read(self, index: int, stop: Callable[[str], bool]) -> tuple[list[str], int]:
        out: list[str] = []
        paragraph: list[str] = []
        while index < len(self.lines):
            line = self.lines[index]
            if stop(line):
                break
            command = _LINE_COMMAND.match(line)
            if not line.strip() or command:
                out += self._paragraph(paragraph)
                paragraph = []
            if not command:
                if line.strip():
                    paragraph.append(line)
                index += 1
                continue
            out, index = self._command(command, index, out)
        return out + self._paragraph(paragraph), index

    def _command(self, command: re.Match[str], index: int, out: list[str]) -> tuple[list[str], int]:
        """`out` with the block or line the command at `lines[index]` opens, and the index after it."""
        name, args = command.group("name"), command.group("args")
        if self.depth >= MAX_NESTING and (name in _LISTS or name in _TERM_LISTS or name in _QUOTES):
            return out, index + 1  # nested deeper than any document: its lines read as they stand
        if name in _HEADINGS:
            return out + self._heading(name, args), index + 1
        if name in _LISTS or name in _TERM_LISTS:
            items, index = self._list(name, args, index + 1)
            return out + [""] + items + [""], index
        if name == "multitable":
            return out + self._table(index + 1), self._after_end(name, index + 1)
        if name in _CODE_BLOCKS:
            return out + self._code(name, index + 1), self._after_end(name, index + 1)
        if name in _QUOTES:
            body, end = self.read(index + 1, _ends(name))
            body = _opened_by(self.reader.markdown(args).strip(), body)
            return out + [""] + [f"> {line}".rstrip() for line in body] + [""], self._skip_end(end)
        if name in {"raisesections", "lowersections"}:
            self.shift += -1 if name == "raisesections" else 1
            return out, index + 1
        if name.endswith("index") or name in _SETTINGS:
            return out, index + 1
        if name in _DEFINITIONS or name.endswith("x") and name[:-1] in _DEFINITIONS:
            words = self.reader.markdown(args).strip()
            return out + ([f"**{words}**", ""] if words else []), index + 1
        if name == "end":
            return out, index + 1  # the end of a block read as its lines (a group, a display)
        words = self.reader.markdown(args).strip() if name not in _TRANSPARENT else ""
        return out + ([escaped_line_start(words), ""] if words else []), index + 1

    def _heading(self, name: str, args: str) -> list[str]:
        words = " ".join(self.reader.markdown(args).split())
        if not words:
            return []
        if name == "top" and words.casefold() == "top":
            return []  # a node's name where its writer had no title (pandoc's "@top Top")
        level = 1 if name == "top" else min(6, max(2, _HEADINGS[name] + self.shift))
        return ["", "#" * level + " " + words, ""]

    def _paragraph(self, lines: list[str]) -> list[str]:
        """A paragraph's lines as one Markdown line (a "@*" break kept as a line's end)."""
        if not lines:
            return []
        words = self.reader.markdown(" ".join(line.strip() for line in lines))
        broken = [" ".join(part.split()) for part in words.split("\n")]
        return [escaped_line_start(part) for part in broken if part] + [""]

    def _list(self, name: str, args: str, index: int) -> tuple[list[str], int]:
        """The items of a list (or a table of terms) up to its "@end", as Markdown list items
        (a term's text after it: "term: text"), and the index after the "@end"."""
        out: list[str] = []
        number, letter = _first_number(args) if name == "enumerate" else (1, "")
        term_format = args.strip() if name in _TERM_LISTS and args.strip() not in {"", "@asis"} else ""
        stop = _item_or_end(name)
        while index < len(self.lines):
            command = _LINE_COMMAND.match(self.lines[index])
            item_name = command.group("name") if command else ""
            if _ends(name)(self.lines[index]):
                return out, index + 1
            if item_name not in {"item", "itemx"}:
                index += 1  # words before the first item: none in a list
                continue
            terms = [command.group("args")]
            index += 1
            if name in _TERM_LISTS:
                while index < len(self.lines) and (more := _LINE_COMMAND.match(self.lines[index])) \
                        and more.group("name") == "itemx":
                    terms.append(more.group("args"))
                    index += 1
                body, index = self.read(index, stop)
                term = ", ".join(self.reader.markdown(f"{term_format}{{{term}}}" if term_format else term).strip()
                                 for term in terms if term.strip())
                out += _item("- ", body, term)
                continue
            self.lines[index - 1] = terms[0]  # an item's words on its "@item" line open its text
            body, index = self.read(index - 1, stop)
            if name == "enumerate":
                mark = f"{number}. " if not letter else f"- {letter}. "
                number, letter = number + 1, chr(ord(letter) + 1) if letter else ""
            else:
                mark = "- "
            out += _item(mark, body, "")
        return out, index

    def _table(self, index: int) -> list[str]:
        """A multitable's rows ("@headitem" or "@item", cells after "@tab") as a pipe table, its
        header rows first (else its first row the header)."""
        rows: list[tuple[bool, str]] = []
        while index < len(self.lines) and not _ends("multitable")(self.lines[index]):
            line = self.lines[index]
            command = _LINE_COMMAND.match(line)
            name = command.group("name") if command else ""
            if name in {"item", "headitem"}:
                rows.append((name == "headitem", command.group("args")))
            elif rows and line.strip():
                rows[-1] = (rows[-1][0], f"{rows[-1][1]} {line.strip()}")
            index += 1
        cells = [[" ".join(self.reader.markdown(cell).split()) for cell in _TAB.split(row)] for _, row in rows]
        ordered = [row for (head, _), row in zip(rows, cells) if head] + [row for (head, _), row in zip(rows, cells)
                                                                           if not head]
        ordered = [row for row in ordered if any(row)]
        return pipe_table(ordered) if ordered else []

    def _code(self, name: str, index: int) -> list[str]:
        """A code block's lines as a fenced block (inline commands read, but in "@verbatim")."""
        body: list[str] = []
        while index < len(self.lines) and not _ends(name)(self.lines[index]):
            line = self.lines[index]
            body.append(line if name == "verbatim" else self.reader.markdown(line, code=True).replace("\\*", "*"))
            index += 1
        while body and not body[-1].strip():
            body.pop()
        return ["", "```", *body, "```", ""] if body else []

    def _after_end(self, name: str, index: int) -> int:
        """The index after the "@end" of the block `name` that is open at `lines[index]`."""
        while index < len(self.lines) and not _ends(name)(self.lines[index]):
            index += 1
        return index + 1

    def _skip_end(self, index: int) -> int:
        return index + 1 if index < len(self.lines) else index


# Definition commands (`@deffn Category name args`): their line is a bold one.
_DEFINITIONS = frozenset({"deffn", "defun", "defmac", "defspec", "defvr", "defvar", "defopt", "deftypefn",
                          "deftypefun", "deftypevr", "deftypevar", "defcv", "defivar", "deftypeivar", "defop",
                          "defmethod", "deftypeop", "deftypemethod", "deftp", "deftypecv", "defline",
                          "deftypeline"})
# Blocks whose lines are read as they stand, the opening line printing nothing itself.
_TRANSPARENT = frozenset({"cartouche", "group", "display", "smalldisplay", "format", "smallformat", "flushleft",
                          "flushright", "raggedright", "indentedblock", "smallindentedblock", "float",
                          "nodedescription"} | _CONDITIONALS)


def _opened_by(label: str, body: list[str]) -> list[str]:
    """A quotation's lines opened by its label ("@quotation Let op": "Let op: Neem ..."), blank
    lines at its ends gone."""
    while body and not body[0].strip():
        body = body[1:]
    while body and not body[-1].strip():
        body = body[:-1]
    if not label:
        return body
    label = label if label.endswith((":", ".", "!", "?")) else f"{label}:"
    if body and not re.match(r"^(?:[-*>|`]|\d+\.)", body[0]):
        return [f"{label} {body[0]}"] + body[1:]
    return [label, ""] + body


def _ends(name: str) -> Callable[[str], bool]:
    return lambda line: bool((end := _END.match(line.strip())) and end.group("name") == name)


def _item_or_end(name: str) -> Callable[[str], bool]:
    """Whether a line ends a list item: the list's next "@item" or its "@end"."""
    ends = _ends(name)
    return lambda line: ends(line) or bool(re.match(r"^@itemx?(?=[ \t]|$)", line.strip()))


def _first_number(args: str) -> tuple[int, str]:
    """An "@enumerate"'s first number, or its first letter ("@enumerate a")."""
    start = args.strip()
    if start.isdigit():
        return int(start), ""
    return (1, start) if len(start) == 1 and start.isalpha() else (1, "")


def _item(mark: str, body: list[str], term: str) -> list[str]:
    """A list item: its mark before its first line (a term before it, "term: text"), its other
    lines set in under it."""
    while body and not body[0].strip():
        body = body[1:]
    while body and not body[-1].strip():
        body = body[:-1]
    if term:
        joins = body and not re.match(r"^(?:[-*>|`]|\d+\.)", body[0])
        body = [f"{term}: {body[0]}"] + body[1:] if joins else [term] + body
    if not body:
        return []
    indent = " " * len(mark)
    return [mark + body[0]] + [indent + line if line.strip() else "" for line in body[1:]]
