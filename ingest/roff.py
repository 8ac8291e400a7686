"""A manual page's roff source (the `man` macros) kept as `.txt`, read as the Markdown of the
page `man` renders from it.

Red team 29 found Docutils' rst2man output saved as a leaflet: the plain-text path read every
request as text ("'\\" t .\\" Man page generated … .de1 rstReportMargin"), no heading opened a
section, the title was the file's name and the `.TH` date went unread, while the same page
rendered by `man` was read right (ingest/man.py). rst2man, pandoc, help2man, ronn and
hand-written pages all write the same few macros, so the source maps onto Markdown line by line
without groff: `.TH` gives the date (its third argument) and, with the NAME section's "name \\-
what it is" line, the title; `.SH`/`.SS` the headings; `.IP`/`.TP` list items; `.PP`/`.sp`/a
blank line paragraph breaks; `.nf`/`.fi` and `.EX`/`.EE` kept lines; a `tbl` table (`.TS` …
`.TE`, `T{ … T}` cells) a pipe table. Escapes become their characters; requests that only set
out the page (`.de … ..`, `.nr`, `.in`, `.ad`, comments, unknown macros) are dropped.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from ingest.man import name_title, unshouted_heading
from ingest.markup_parts import pipe_table

# A control line of the man macros or of roff itself; comments (`.\"`, `'\" t`) count too.
_MAN_REQUEST = re.compile(r"^[.'][ \t]*(?:\\\"|(?:TH|SH|SS|PP|LP|P|IP|TP|HP|RS|RE|B|I|BR|BI|IB|IR|RB|RI|SM|SB"
                          r"|nf|fi|sp|br|TS|TE|EX|EE|UR|UE|ad|na|nh|de|de1|nr|ds|in|ti|ft|ne|if|ie|el)(?=[ \t]|$))",
                          re.MULTILINE)
_STRUCTURE = re.compile(r"^[.'][ \t]*(?:\\\"|TH|SH|SS)(?=[ \t]|$)", re.MULTILINE)
MIN_REQUESTS = 3  # one line that opens with a dot ("...", ".B") is a plain text's own

# Escapes, in one pass so that "\\" is read before what follows it.
_ESCAPE = re.compile(r"""\\(?:
      \((?P<two>..)
    | \[(?P<name>[^\]\n]*)\]
    | \*(?:\((?P<string2>..)|\[(?P<stringn>[^\]\n]*)\]|(?P<string1>.))
    | N'(?P<code>\d+)'
    | [fFmMgnkz](?:\(..|\[[^\]\n]*\]|[+-]?.)
    | s[+-]?(?:\(\d\d|\[[^\]\n]*\]|\d)
    | [hvwlLbDoxXRZSHCV]'[^'\n]*'
    | "(?P<comment>.*)
    | \#.*
    | (?P<one>.)
    )""", re.VERBOSE)
_ONE = {"-": "-", "e": "\\", "\\": "\\", " ": " ", "~": " ", "0": " ", "t": " ", "`": "`", "'": "'", ".": "."}
_NAMED = {"bu": "•", "em": "—", "en": "–", "hy": "-", "aq": "'", "dq": '"', "lq": "“", "rq": "”", "oq": "‘",
          "cq": "’", "co": "©", "rg": "®", "tm": "™", "de": "°", "mu": "×", "di": "÷", "+-": "±", ">=": "≥",
          "<=": "≤", "!=": "≠", "->": "→", "<-": "←", "ti": "~", "ha": "^", "rs": "\\", "sl": "/", "ba": "|",
          "pc": "·", "Fo": "«", "Fc": "»", "fo": "‹", "fc": "›", "Eu": "€", "eu": "€", "ss": "ß", "mc": "µ",
          "12": "½", "14": "¼", "34": "¾", "S1": "¹", "S2": "²", "S3": "³", "ga": "`", "aa": "´", "dg": "†",
          "ae": "æ", "AE": "Æ", "o/": "ø", "O/": "Ø", "ci": "○", "sq": "□", "OK": "✓", "lA": "⇐", "rA": "⇒",
          "lh": "☜", "rh": "☞", "ct": "¢", "Po": "£", "Ye": "¥", "r!": "¡", "r?": "¿", "nm": "#"}
_ACCENTS = {"'": "\u0301", "`": "\u0300", ":": "\u0308", "^": "\u0302", "~": "\u0303", ",": "\u0327",
            "v": "\u030c", "o": "\u030a"}
_STRINGS = {"lq": "“", "rq": "”", "R": "®", "Tm": "™"}
_GLUE = "\x00"  # a line that ends in "\c" runs on into the next without a space

_BULLET = re.compile(r"[•·\-*o–—▪■◦+]")
_NUMBER = re.compile(r"\(?(?P<number>\d+)[.)]?")
_TEXT_ENDS = re.compile(r"[.:;,!?]$")
# `.TH`'s source that names who publishes the page ("Spoedeisende Hulp Isala Zwolle", as txt2man's
# `-r` sets it): a few words, the first capitalised, no number. A version ("2", "GNU coreutils
# 8.32") names a release, not a publisher.
_SOURCE_NAME = re.compile(r"[A-ZÀ-Þ][^\d\n:]*")
MAX_SOURCE_WORDS = 8

MAX_CASE_TEXT = 100_000  # characters of a page's text a heading's case is judged on


def is_roff(text: str) -> bool:
    """Whether a text file's `text` is a manual page's roff source: `MIN_REQUESTS` lines that are
    the man macros' or roff's requests, one of them a `.TH`, `.SH`/`.SS` or a `.\\"` comment."""
    return len(_MAN_REQUEST.findall(text)) >= MIN_REQUESTS and bool(_STRUCTURE.search(text))


@dataclass
class _Page:
    """The page as read so far: its blocks as Markdown, and the paragraph being filled."""

    blocks: list[tuple[str, str]] = field(default_factory=list)  # (kind, Markdown): "h", "p", "li", "pre", "table"
    words: list[str] = field(default_factory=list)
    lead: str = ""  # the filled paragraph's list mark ("- ", "2. ") or ""
    kept: bool = False  # between .nf and .fi: each line as it stands
    waiting: str = ""  # "SH"/"SS" or "TP": the next text line is the heading or the item's tag
    title: str = ""
    date: str = ""
    source: str = ""  # `.TH`'s fourth argument: who the page comes from
    link: str = ""
    strings: dict[str, str] = field(default_factory=lambda: dict(_STRINGS))


def roff_as_markdown(text: str) -> str:
    """The page as Markdown: front matter with the `.TH` date, the title as its top heading, then
    its sections, paragraphs, list items, kept lines and tables."""
    page = _Page()
    lines = re.sub(r"(?<!\\)((?:\\\\)*)\\\n", r"\1", text.replace("\r\n", "\n")).split("\n")
    index = 0
    while index < len(lines):
        index = _read_line(page, lines, index)
    _flush(page)
    return _markdown(page)


def _read_line(page: _Page, lines: list[str], index: int) -> int:
    """Read the line at `lines[index]` (with what it opens: a table, a macro definition) into
    `page`, and return the index after it."""
    line = lines[index]
    if not line[:1] in {".", "'"}:
        _text_line(page, line)
        return index + 1
    name, rest = _request(line[1:])
    if name in {"de", "de1", "am", "ig"}:
        end = ".." if name == "ig" or len(rest.split()) < 2 else "." + rest.split()[1]
        return next((at + 1 for at in range(index + 1, len(lines)) if lines[at].strip() == end), len(lines))
    if name in {"if", "ie", "el"} and "\\{" in line:
        return next((at + 1 for at in range(index, len(lines)) if "\\}" in lines[at]), len(lines))
    if name == "TS":
        end = next((at for at in range(index + 1, len(lines)) if _request(lines[at][1:])[0] == "TE"
                    and lines[at][:1] in {".", "'"}), len(lines))
        _flush(page)
        rows = _table_rows(page, lines[index + 1:end])
        if rows:
            page.blocks.append(("table", "\n".join(pipe_table(rows)).strip("\n")))
        return end + 1
    _macro(page, name, _arguments(rest))
    if name == "ds":
        key, _, value = rest.strip().partition(" ")
        page.strings[key] = _plain(value.lstrip('"'), page)
    return index + 1


def _request(line: str) -> tuple[str, str]:
    """A control line's request name and the rest (after the "." or "'")."""
    line = line.lstrip(" \t")
    if line.startswith('\\"'):
        return '\\"', ""
    match = re.match(r"(\S*?)(?=[ \t]|\\\"|$)(.*)", line)
    return (match.group(1), match.group(2)) if match else ("", "")


def _arguments(rest: str) -> list[str]:
    """A request's arguments: split at spaces, a quoted one ("…", "" a quote in it) whole, an
    escape ("\\ ") never split; a comment ends them."""
    arguments: list[str] = []
    index, rest = 0, rest.strip()
    while index < len(rest):
        if rest[index] in " \t":
            index += 1
            continue
        quoted = rest[index] == '"'
        index += quoted
        word = []
        while index < len(rest):
            char = rest[index]
            if char == "\\" and index + 1 < len(rest):
                if rest[index + 1] == '"':
                    return arguments + (["".join(word)] if word else [])
                word.append(rest[index:index + 2])
                index += 2
                continue
            if quoted and char == '"':
                if rest[index + 1:index + 2] == '"':
                    word.append('"')
                    index += 2
                    continue
                index += 1
                break
            if not quoted and char in " \t":
                break
            word.append(char)
            index += 1
        arguments.append("".join(word))
    return arguments


def _macro(page: _Page, name: str, arguments: list[str]) -> None:
    """What one man macro does to the page; requests that only set it out do nothing."""
    if name == "TH":
        page.title = _plain(arguments[0], page) if arguments else ""
        page.date = _plain(arguments[2], page) if len(arguments) > 2 else ""
        page.source = _plain(arguments[3], page).strip() if len(arguments) > 3 else ""
    elif name in {"SH", "SS", "NH"}:
        _flush(page)
        heading = " ".join(_plain(argument, page) for argument in arguments)
        if heading and name != "NH":
            page.blocks.append(("h", ("## " if name == "SH" else "### ") + heading))
        else:
            page.waiting = "SS" if name == "NH" else name
    elif name in {"PP", "LP", "P", "sp", "br", "HP", "IP", "TP", "nf", "fi", "EX", "EE"}:
        _flush(page)
        if name == "IP" and arguments and arguments[0].strip():
            _item(page, _plain(arguments[0], page).strip())
        page.waiting = "TP" if name == "TP" else ""
        page.kept = name in {"nf", "EX"} or page.kept and name not in {"fi", "EE"}
    elif name in {"B", "I", "SM", "SB"} and arguments:
        _text_line(page, " ".join(arguments), escaped=True)
    elif name in {"BR", "BI", "IB", "IR", "RB", "RI"} and arguments:
        _text_line(page, "".join(arguments), escaped=True)
    elif name in {"UR", "MT"}:
        page.link = _plain(arguments[0], page) if arguments else ""
    elif name in {"UE", "ME"}:
        if page.link and page.link not in " ".join(page.words):
            page.words.append(f"({page.link})")
        if arguments:
            page.words.append(_GLUE + _plain("".join(arguments), page))
        page.link = ""


def _text_line(page: _Page, line: str, escaped: bool = False) -> None:
    """A line of text: in a kept block as it stands, else a heading or an item's tag that a
    macro waits for, else words of the paragraph being filled (a blank line ends it)."""
    words = _plain(line, page)
    if page.kept:
        if words.strip():
            page.blocks.append(("pre", words.rstrip() + "  "))
        return
    if not words.strip():
        if not escaped:
            _flush(page)
        return
    if page.waiting in {"SH", "SS"}:
        page.blocks.append(("h", ("## " if page.waiting == "SH" else "### ") + words.strip()))
    elif page.waiting == "TP":
        _item(page, words.strip())
    else:
        if line[:1] in " \t" and not escaped:
            _flush(page)
        page.words.append(words.strip())
    page.waiting = ""


def _item(page: _Page, tag: str) -> None:
    """Open a list item under its tag (`.IP`'s argument, the line after `.TP`): a bullet as
    "- ", a number as "N. ", and a word ("Kammen", "a.") as "- " with the word opening its text."""
    number = _NUMBER.fullmatch(tag)
    page.lead = f"{number['number']}. " if number else "- "
    if not number and not _BULLET.fullmatch(tag):
        page.words.append(tag if _TEXT_ENDS.search(tag) else tag + ":")


def _flush(page: _Page) -> None:
    """End the paragraph being filled: a paragraph, or a list item under its mark."""
    text = " ".join(page.words).replace(" " + _GLUE, "").replace(_GLUE, "").strip()
    if text:
        page.blocks.append(("li" if page.lead else "p", page.lead + text))
    page.words, page.lead = [], ""


def _plain(text: str, page: _Page) -> str:
    """`text` with its escapes as the characters they stand for, font and size changes and
    comments dropped; a "\\c" at its end glues it to what follows."""
    glued = text.rstrip().endswith("\\c") and not text.rstrip().endswith("\\\\c")
    plain = _ESCAPE.sub(lambda match: _escaped(match, page), text)
    return plain + (_GLUE if glued else "")


def _escaped(match: re.Match[str], page: _Page) -> str:
    if match["two"] is not None:
        return _character(match["two"])
    if match["name"] is not None:
        return _character(match["name"])
    if match["code"] is not None:
        return chr(int(match["code"]))
    string = match["string2"] or match["stringn"] or match["string1"]
    if string is not None:
        return page.strings.get(string, "")
    return _ONE.get(match["one"], "") if match["one"] is not None else ""


def _character(name: str) -> str:
    """A named character (`\\(bu`, `\\[em]`, `\\['e]`, `\\[u00E9]`, `\\[char233]`) as itself."""
    if name in _NAMED:
        return _NAMED[name]
    code = re.fullmatch(r"u([0-9A-Fa-f]{4,6}(?:_[0-9A-Fa-f]{4,6})*)", name)
    if code:
        return unicodedata.normalize("NFC", "".join(chr(int(part, 16)) for part in code.group(1).split("_")))
    if re.fullmatch(r"char\d+", name):
        return chr(int(name[4:]))
    if len(name) == 2 and name[0] in _ACCENTS and name[1].isalpha():
        return unicodedata.normalize("NFC", name[1] + _ACCENTS[name[0]])
    return ""


def _table_rows(page: _Page, lines: list[str]) -> list[list[str]]:
    """A `tbl` table's rows of cells: its options ("box center;", "tab(@);") and format lines
    (up to one ending in ".", again after ".T&") left out, "_"/"=" rules dropped, a `T{ … T}`
    cell read across its lines."""
    options = lines[0] if lines and lines[0].rstrip().endswith(";") else ""
    tab = re.search(r"tab\s*\((.)\)", options)
    separator = tab.group(1) if tab else "\t"
    index = 1 if options else 0
    rows: list[list[str]] = []
    while index < len(lines):
        line = lines[index]
        if index == (1 if options else 0) or line.strip() == ".T&":
            index = next((at + 1 for at in range(index + (line.strip() == ".T&"), len(lines))
                          if lines[at].rstrip().endswith(".")), len(lines))
            continue
        if line.strip() in {"_", "=", ""} or line[:1] in {".", "'"}:
            index += 1
            continue
        cells, index = _row(page, lines, index, separator)
        if any(cells):
            rows.append(cells)
    return rows


def _row(page: _Page, lines: list[str], index: int, separator: str) -> tuple[list[str], int]:
    """The cells of the row that begins at `lines[index]`, and the index after it."""
    cells: list[str] = []
    rest = lines[index]
    index += 1
    while True:
        parts = rest.split(separator)
        for part in parts[:-1]:
            cells.append(_cell(part, page))
        if parts[-1].strip() != "T{":
            cells.append(_cell(parts[-1], page))
            return cells, index
        block: list[str] = []
        while index < len(lines) and not lines[index].startswith("T}"):
            if lines[index][:1] not in {".", "'"}:
                block.append(_plain(lines[index], page).strip())
            index += 1
        cells.append(" ".join(word for word in block if word))
        if index >= len(lines):
            return cells, index
        rest = lines[index][2:]
        index += 1
        if not rest.startswith(separator):
            return cells, index
        rest = rest[len(separator):]


def _cell(text: str, page: _Page) -> str:
    """A cell's text; a rule ("_", "=") or a span mark ("\\^") holds none."""
    return "" if text.strip() in {"_", "=", "\\_", "\\^", "^"} else _plain(text, page).strip()


def _names_publisher(source: str) -> bool:
    """Whether `.TH`'s source field names who publishes the page rather than a release."""
    return bool(_SOURCE_NAME.fullmatch(source)) and len(source.split()) <= MAX_SOURCE_WORDS


def _markdown(page: _Page) -> str:
    """The blocks as Markdown, list items and kept lines each on their own line, other blocks
    set apart by a blank line; the title on top, the date in front matter."""
    blocks = list(page.blocks)
    title = ""
    first = next((index for index, (kind, _) in enumerate(blocks) if kind == "h"), len(blocks))
    if len(blocks) >= first + 2 and blocks[first + 1][0] == "p" \
            and (len(blocks) == first + 2 or blocks[first + 2][0] == "h"):
        title = name_title(blocks[first + 1][1])
        blocks = blocks[:first] + blocks[first + 2:] if title else blocks
    if not title and page.title:
        title = page.title.lower() if page.title.isupper() else page.title
        title = title[:1].upper() + title[1:]
    fields = [f"date: {page.date}"] if page.date else []
    fields += [f"publisher: {page.source}"] if _names_publisher(page.source) else []
    out = ["---", *fields, "---", ""] if fields else []
    out += [f"# {title}", ""] if title else []
    previous = ""
    # the text's first MAX_CASE_TEXT characters: each heading in capitals asks how the text
    # writes its words (`unshouted_heading`), and over a whole large page that asking grew with
    # headings × text
    text = "\n".join(markdown for kind, markdown in blocks if kind != "h")[:MAX_CASE_TEXT]
    for kind, markdown in blocks:
        if kind == "h":  # a heading in capitals, as man pages set .SH, in sentence case as `man` renders it
            marks, _, heading = markdown.partition(" ")
            markdown = f"{marks} {unshouted_heading(heading, text)}"
        if out and out[-1] and not (kind == previous and kind in {"li", "pre"}):
            out.append("")
        out.append(markdown)
        previous = kind
    return "\n".join(out) + "\n"
