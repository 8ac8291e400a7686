"""A leaflet kept as an app's or a site's localisation file, read as the text its values make.

An app or a web site keeps its texts for translators in files of key and value: an iOS
`Localizable.strings` (`"a.s1.p1" = "…";`, often UTF-16), a Java `.properties` file (`a.s1.p1=…`
with `\\uXXXX` and `\\:` escapes, a `#timestamp` comment on top), a Fluent `.ftl` resource
(`a-s1-p1 = …`, `###` comments, indented continuation lines), a Rails YAML locale (`nl:` /
`  a:` / `    s1:` / `      p1: …`, values folded over indented lines) and an i18next JSON file
(flat `"a.s1.p1": "…"` keys or nested objects). Read as plain text, the keys, escapes and quotes
stood in the passages, the entries ran together or, `"key" = "value";` lines, left no text at
all; read as a JSON document's strings, a heading and its table under it were plain lines.

The values, in order, are the leaflet; keys, ids, comments and escapes are no text. A key says
what its value is where its last words name it in the usual words: a title at the top of the
key tree is the leaflet's title, deeper a section's heading (as is a "heading" or "header"); a
"sender", "publisher" or "organisation" the publisher's line, an "updated" or "date" the date's
line; an "item" (or a number under "items", "list", "steps") a list item; a pair of numbered
row and cell words at a key's end ("r2.c1", "row2-col1") a table's cell, the cells of a table
set out in rows. The leaflet is written as Markdown with those parts. Where no key says
anything (opaque ids), the values are paragraphs of a plain text, read as any text is.

A file is taken for one of these formats only where its shape is the format's throughout: the
`.strings` entries and comments alone; most non-blank lines of a `.properties` or `.ftl` file
its entries (a leaflet with a few "Dosis = 5 mg" lines is no such file); a YAML file that is
one mapping of keys to text; a JSON object of strings alone under keys without spaces. And its
values must hold prose (a configuration's values are names and numbers).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import yaml

from ingest.json_value import json_value
from ingest.keyed_document import KeyedDocument
from ingest.markdown_escape import escaped_line_start
from ingest.markup_parts import pipe_table

MIN_ENTRIES = 3
MIN_ENTRY_SHARE = 0.8  # of a line format's non-blank lines, entries, continuations and comments
MIN_PROSE_WORDS = 20  # the values hold a text, not a configuration's names and numbers
MIN_SENTENCE_WORDS = 5  # one value at least reads as a sentence
MAX_HEADING_LEVEL = 4


@dataclass(frozen=True)
class Entry:
    """One key and its value; `path` is the key cut into its levels ("s1", "heading")."""

    path: tuple[str, ...]
    value: str
    listed: bool = False  # an item of an array (YAML's "- " lines, JSON's "[…]"): a list's item


def read_locale_keys(text: str) -> KeyedDocument | None:
    """The leaflet a localisation file's values make (see the module), or None where `text`
    is no such file or its values hold no prose."""
    text = text.lstrip("\ufeff")
    for read in (_strings_entries, _json_entries, _yaml_entries, _line_entries):
        entries = read(text)
        if entries is not None:
            break
    else:
        return None
    if sum(1 for entry in entries if entry.path) < MIN_ENTRIES or not _holds_prose(entries):
        return None
    return entries_document(entries, keyed_json=read is _json_entries)


def _holds_prose(entries: list[Entry]) -> bool:
    words = [len(entry.value.split()) for entry in entries]
    return sum(words) >= MIN_PROSE_WORDS and max(words) >= MIN_SENTENCE_WORDS


# --- the formats -----------------------------------------------------------------------------

# iOS `.strings`: `"key" = "value";` (a key may stand unquoted), `/* … */` and `//` comments.
_QUOTED = r'"((?:[^"\\]|\\.)*)"'
_STRINGS_ENTRY = re.compile(rf'\s*(?:{_QUOTED}|([\w.\-]+))\s*=\s*{_QUOTED}\s*;', re.DOTALL)
_STRINGS_GAP = re.compile(r"(?:\s+|/\*.*?\*/|//[^\n]*)*", re.DOTALL)
_STRINGS_ESCAPE = re.compile(r'\\(U[0-9a-fA-F]{4}|u[0-9a-fA-F]{4}|.)', re.DOTALL)
_STRINGS_CHARS = {"n": "\n", "t": "\t", "r": "\r", "0": ""}


def _strings_entries(text: str) -> list[Entry] | None:
    """An Apple `.strings` file's entries; None unless the text is its entries and comments
    alone."""
    entries, position = [], 0
    while True:
        position = _STRINGS_GAP.match(text, position).end()
        if position == len(text):
            return entries or None
        match = _STRINGS_ENTRY.match(text, position)
        if match is None:
            return None
        key = match[1] if match[1] is not None else match[2]
        entries.append(Entry(key_words(_unescape_strings(key)), _unescape_strings(match[3]).strip()))
        position = match.end()


def _unescape_strings(value: str) -> str:
    def character(match: re.Match[str]) -> str:
        code = match[1]
        if len(code) == 5:
            return chr(int(code[1:], 16))
        return _STRINGS_CHARS.get(code, code)
    return _STRINGS_ESCAPE.sub(character, value) if "\\" in value else value


def _json_entries(text: str) -> list[Entry] | None:
    """An i18next JSON file's entries: an object of strings (nested objects and arrays of
    strings allowed) under keys without spaces; None for any other JSON or text."""
    stripped = text.strip()
    if not stripped.startswith("{"):
        return None
    return _tree_entries(json_value(stripped))


def _tree_entries(tree: object) -> list[Entry] | None:
    """The leaves of a mapping of strings (YAML's or JSON's), each under the words of its keys,
    in order, walked without recursion; None where a leaf is no string or a key holds a space."""
    if not isinstance(tree, dict):
        return None
    entries: list[Entry] = []
    stack: list[tuple[tuple[str, ...], object, bool]] = [((), tree, False)]
    while stack:
        path, node, listed = stack.pop()
        if isinstance(node, str):
            entries.append(Entry(path, node.strip(), listed))
            continue
        if isinstance(node, dict):
            children = list(node.items())
        elif isinstance(node, list) and path:
            children = [(str(index), item) for index, item in enumerate(node)]
        else:
            return None
        if any(not isinstance(key, str) or not key or any(ch.isspace() for ch in key) for key, _ in children):
            return None
        stack.extend(reversed([(_under(path, key), child, isinstance(node, list)) for key, child in children]))
    return entries


def _under(path: tuple[str, ...], key: str) -> tuple[str, ...]:
    """The levels of a key under `path`; an array's index is its name's number ("items0")."""
    if key.isdigit() and path and not path[-1][-1:].isdigit():
        return (*path[:-1], path[-1] + key)
    return (*path, *key_words(key))


# A YAML line of the locale's shape: a key and its value (or nothing: a mapping follows), a
# sequence's item, a comment; any other line must continue a value over more indented lines.
_YAML_KEY = re.compile(r"(?P<indent> *)(?:- +)?(?:[\w.\-]+|'[^'\n]*'|\"[^\"\n]*\"):(?: +(?P<value>\S.*))?")
_YAML_ITEM = re.compile(r"(?P<indent> *)- +\S")
_YAML_OTHER = re.compile(r" *#|---$|\.\.\.$")


def _yaml_entries(text: str) -> list[Entry] | None:
    """A YAML locale's entries (Rails', po2yaml's): a nested mapping of keys whose leaves are
    text (a language's or an app's key over the rest); None unless every line is a key's, an item's, a comment or a value's continuation, and
    the text parses to such a mapping (PyYAML's base loader: every scalar a string)."""
    lines = [line for line in text.split("\n") if line.strip()]
    if not lines or not _YAML_KEY.fullmatch(lines[0].rstrip()) or lines[0].startswith(" "):
        return None
    keys, indent = 0, 0
    for line in lines:
        line = line.rstrip()
        key = _YAML_KEY.fullmatch(line)
        if key or _YAML_ITEM.match(line):
            keys += 1
            indent = len(line) - len(line.lstrip(" "))
        elif not _YAML_OTHER.match(line) and len(line) - len(line.lstrip(" ")) <= indent:
            return None  # a line at a key's indent that is no key: prose, not YAML's shape
    if keys < MIN_ENTRIES:
        return None
    try:
        tree = yaml.load(text, Loader=yaml.BaseLoader)  # noqa: S506 (the base loader builds strings alone)
    except (yaml.YAMLError, RecursionError):
        return None
    if not isinstance(tree, dict) or not any(isinstance(node, (dict, list)) for node in tree.values()):
        return None  # flat "Label: value" lines are a record's fields, not a locale's key tree
    return _tree_entries(tree)


# `.properties` and Fluent: `key = value` a line. A Fluent message's id is a word with "-" and
# "_" (a term's opens with "-"; an attribute's line is indented, ".name = …"); a property's key
# may hold dots and slashes and escapes, and stand before ":" too where it is a dotted path.
_PROPERTY = re.compile(r"(?P<key>[A-Za-z_](?:[\w.\-/\[\]]|\\.)*)\s*(?P<sep>[=:])\s*(?P<value>.*)")
_FLUENT = re.compile(r"(?P<key>-?[A-Za-z][\w-]*)\s*=\s*(?P<value>.*)")
_FLUENT_ATTRIBUTE = re.compile(r"\s+\.(?P<key>[A-Za-z][\w-]*)\s*=\s*(?P<value>.*)")
_COMMENT = re.compile(r"\s*[#!]")
_FLUENT_COMMENT = re.compile(r"#{1,3}(?: |$)")
_PROPERTY_ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|.)")
_PROPERTY_CHARS = {"n": "\n", "t": "\t", "r": "\r", "f": "\f"}
_PLACEABLE = re.compile(r'\{\s*(?:"(?P<literal>(?:[^"\\]|\\.)*)"|(?P<term>-[A-Za-z][\w-]*))\s*\}')


def _line_entries(text: str) -> list[Entry] | None:
    """A Fluent resource's or a `.properties` file's entries, by which one its lines are: Fluent
    where no key holds a dot or an escape and the file shows Fluent's own signs (indented
    continuations or attributes, "##" comments, placeables), else `.properties`."""
    lines = text.split("\n")
    if _is_fluent(lines):
        return _fluent_entries(lines)
    return _property_entries(lines)


def _is_fluent(lines: list[str]) -> bool:
    signs = False
    for line in lines:
        if not line.strip() or _COMMENT.match(line):
            signs = signs or line.startswith("##")
            continue
        if line[0].isspace():
            signs = True
            continue
        key = _PROPERTY.match(line)
        if key and ("." in key["key"] or "\\" in key["key"] or key["sep"] == ":"):
            return False
        signs = signs or "{" in line
    return signs


def _property_entries(lines: list[str]) -> list[Entry] | None:
    """A `.properties` file's entries, logical lines joined (a line ending in an odd run of
    backslashes goes on under it) and their escapes read; None unless most non-blank lines are
    its entries and comments. A line of none is kept as a value of its own (no words lost)."""
    entries, shaped, counted = [], 0, 0
    logical = ""
    for line in lines:
        if not logical and (not line.strip() or _COMMENT.match(line)):
            shaped += bool(line.strip())
            counted += bool(line.strip())
            continue
        part = line.lstrip() if logical else line
        continued = (len(part) - len(part.rstrip("\\"))) % 2 == 1
        logical += part[:-1] if continued else part
        counted += 1
        if continued:
            shaped += 1
            continue
        entry = _PROPERTY.fullmatch(logical.strip())
        if entry and _is_property_key(entry["key"], entry["sep"]):
            shaped += 1
            entries.append(Entry(key_words(_unescape_property(entry["key"])), _unescape_property(entry["value"]).strip()))
        else:
            entries.append(Entry((), _unescape_property(logical.strip())))
        logical = ""
    if logical:
        entries.append(Entry((), logical.strip()))
    if not counted or shaped < MIN_ENTRY_SHARE * counted:
        return None
    return entries


def _is_property_key(key: str, separator: str) -> bool:
    """Whether a key reads as a property's, not a label's ("Dosis" in "Dosis: 5 mg"): before ":"
    a key path only (a dot or "_" in it)."""
    return separator == "=" or "." in key or "_" in key


def _unescape_property(value: str) -> str:
    def character(match: re.Match[str]) -> str:
        code = match[1]
        return chr(int(code[1:], 16)) if len(code) == 5 else _PROPERTY_CHARS.get(code, code)
    return _PROPERTY_ESCAPE.sub(character, value) if "\\" in value else value


def _fluent_entries(lines: list[str]) -> list[Entry] | None:
    """A Fluent resource's messages (and their attributes) with their values, continuation
    lines joined, string literals and term references read; terms are no text of their own.
    None unless most non-blank lines are its entries, continuations and comments."""
    raw: list[tuple[tuple[str, ...], list[str]]] = []
    terms: dict[str, str] = {}
    shaped = counted = 0
    for line in lines:
        if not line.strip():
            continue
        counted += 1
        if _FLUENT_COMMENT.match(line):
            shaped += 1
            continue
        attribute = _FLUENT_ATTRIBUTE.fullmatch(line) if raw else None
        message = None if line[0].isspace() else _FLUENT.fullmatch(line)
        if attribute:
            raw.append(((*raw[-1][0], attribute["key"]), [attribute["value"]]))
        elif message:
            raw.append(((message["key"],), [message["value"]]))
        elif line[0].isspace() and raw and raw[-1][0]:  # a message's value going on
            raw[-1][1].append(line.strip())
        else:
            raw.append(((), [line.strip()]))
            continue
        shaped += 1
    if not counted or shaped < MIN_ENTRY_SHARE * counted:
        return None
    for path, parts in raw:
        if path and path[0].startswith("-"):
            terms[path[0]] = " ".join(part for part in parts if part)
    entries = []
    for path, parts in raw:
        if path and path[0].startswith("-"):
            continue
        value = "\n".join(part for part in parts if part)
        value = _PLACEABLE.sub(lambda match: match["literal"] if match["literal"] is not None
                               else terms.get(match["term"], match[0]), value)
        words = tuple(word for key in path for word in key_words(key))
        entries.append(Entry(words, value.strip()))
    return entries


# --- what the keys say -----------------------------------------------------------------------

_SEGMENT = re.compile(r"[^\W_]+")
_WORD = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+|[^\W\d_]+")
_TITLE_WORDS = frozenset({"title"})
_HEADING_WORDS = frozenset({"heading", "header", "headline", "subheading"})
_SENDER_WORDS = frozenset({"sender", "publisher", "organisation", "organization", "org", "issuer", "author"})
_UPDATED_WORDS = frozenset({"updated", "update", "date", "modified", "revised", "reviewed", "lastmod"})
_ITEM_WORDS = frozenset({"item", "items", "li", "bullet", "bullets", "point", "points", "step", "steps",
                         "list", "ul", "ol", "listitem"})
_ROW_WORDS = frozenset({"r", "row", "rows", "tr"})
_CELL_WORDS = frozenset({"c", "col", "cols", "cell", "cells", "column", "columns", "td", "th"})
# A key's last word that names no part but the form of its value ("publisherName", "updated_at",
# "heading.text"): the word before it says what the value is.
_FORM_WORDS = frozenset({"name", "text", "label", "value", "string", "str", "txt", "content", "at", "on"})


def key_words(key: str) -> tuple[str, ...]:
    """A key cut into its levels ("s1", "pageTitle"): at dots, dashes, underscores, slashes and
    colons; a number standing alone after a level is that level's ("items", "0" → "items0")."""
    segments: list[str] = []
    for segment in _SEGMENT.findall(key):
        if segment.isdigit() and segments and not segments[-1][-1:].isdigit():
            segments[-1] += segment
        else:
            segments.append(segment)
    return tuple(segments)


def _words(path: tuple[str, ...]) -> list[str]:
    """A key's words, lower case, each with its number: its levels cut at camel case too
    ("pageTitle" → "page", "title"; "r1c2" → "r1", "c2")."""
    words: list[str] = []
    for segment in path:
        for word in _WORD.findall(segment):
            if word.isdigit() and words and not words[-1][-1:].isdigit():
                words[-1] += word
            else:
                words.append(word.lower())
    return words


def _numbered(word: str) -> tuple[str, str]:
    """A key's word and the number it ends with ("item12" → "item", "12"; "title" → "title", "")."""
    bare = word.rstrip("0123456789")
    return bare, word[len(bare):]


def _bare(word: str) -> str:
    return _numbered(word)[0]


def _role(entry: Entry) -> str:
    """What the key says its value is: "title", "heading", "sender", "updated", "item", "cell",
    or "" (a paragraph). A string in an array is a list's item whatever its key."""
    words = _words(entry.path)
    if entry.listed:
        return "cell" if len(words) >= 2 and _is_cell(words[-2], words[-1]) else "item"
    if len(words) >= 2 and _bare(words[-1]) in _FORM_WORDS:
        words = words[:-1]
    if not words:
        return ""
    last = _bare(words[-1])
    if len(words) >= 2 and _is_cell(words[-2], words[-1]):
        return "cell"
    if last in _TITLE_WORDS:
        return "title"
    if last in _HEADING_WORDS:
        return "heading"
    if last in _SENDER_WORDS:
        return "sender"
    if last in _UPDATED_WORDS:
        return "updated"
    if last in _ITEM_WORDS:
        return "item"
    return ""


def _is_cell(row_word: str, cell_word: str) -> bool:
    (row, row_number), (cell, cell_number) = _numbered(row_word), _numbered(cell_word)
    return bool(row_number and cell_number and row in _ROW_WORDS and cell in _CELL_WORDS)


def _cell_place(path: tuple[str, ...]) -> tuple[tuple[str, ...], int, int]:
    """A cell's table (the words of its key before its row and cell words), row and column."""
    words = _words(path)
    if _bare(words[-1]) in _FORM_WORDS and not _is_cell(words[-2], words[-1]):
        words = words[:-1]
    return tuple(words[:-2]), int(_numbered(words[-2])[1]), int(_numbered(words[-1])[1])


def _title_at(entries: list[Entry], roles: list[str]) -> int | None:
    """Which entry is the leaflet's title: of the "title" keys outside every numbered section
    (no numbered level under the levels all keys share), the one nearest the top of the key
    tree, where it alone is that near or is the first title or heading of all; None where none."""
    top = len(_common_prefix([entry.path[:-1] for entry in entries if entry.path]))
    candidates = [index for index, (entry, role) in enumerate(zip(entries, roles))
                  if role == "title" and not any(_numbered(segment)[1] for segment in entry.path[top:-1])]
    if not candidates:
        return None
    depth = min(len(entries[index].path) for index in candidates)
    nearest = [index for index in candidates if len(entries[index].path) == depth]
    first_heading = next(index for index, role in enumerate(roles) if role in {"title", "heading"})
    return nearest[0] if len(nearest) == 1 or nearest[0] == first_heading else None


def entries_document(entries: list[Entry], keyed_json: bool = False) -> KeyedDocument | None:
    """The leaflet the entries make: Markdown of the parts their keys name, else paragraphs
    (None for a JSON file whose keys name nothing: `ingest.json_text` reads its strings). One
    writer for every keyed source (a localisation file, a translation catalogue), so a key
    names the same part in each."""
    entries = [entry for entry in entries if entry.value]
    roles = [_role(entry) for entry in entries]
    if not any(role in {"title", "heading", "item", "cell"} for role in roles):
        if keyed_json:
            return None
        return KeyedDocument("\n\n".join(entry.value for entry in entries) + "\n", headed=False)
    title_at = _title_at(entries, roles)
    heading_depth = min((len(entry.path) for index, (entry, role) in enumerate(zip(entries, roles))
                         if role in {"title", "heading"} and index != title_at), default=0)
    title = sender = updated = ""
    lines: list[str] = []
    for index, table_rows, entry, role in _grouped(entries, roles):
        if table_rows is not None:
            lines += pipe_table(table_rows)
            continue
        value = _one_line(entry.value)
        if index == title_at:
            title = value
            lines += [f"# {value}", ""]
        elif role in {"title", "heading"}:
            level = min(MAX_HEADING_LEVEL, 2 + max(0, len(entry.path) - heading_depth))
            lines += ["", "#" * level + " " + value, ""]
        elif role == "item":
            lines.append("- " + value)
        else:
            sender = sender or (value if role == "sender" else "")
            updated = updated or (value if role == "updated" else "")
            lines += ["", *(escaped_line_start(line.strip()) for line in entry.value.split("\n")), ""]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"
    return KeyedDocument(text, headed=True, title=title, sender=sender, updated=updated)


def _grouped(entries: list[Entry], roles: list[str]
             ) -> Iterator[tuple[int, list[list[str]] | None, Entry, str]]:
    """The entries in order (each with its position), a table's cells (one table key,
    adjacent) as its rows of cells in row and column order, each other entry on its own."""
    index = 0
    while index < len(entries):
        if roles[index] != "cell":
            yield index, None, entries[index], roles[index]
            index += 1
            continue
        first, table = index, _cell_place(entries[index].path)[0]
        cells: dict[tuple[int, int], str] = {}
        while index < len(entries) and roles[index] == "cell" and _cell_place(entries[index].path)[0] == table:
            _, row, column = _cell_place(entries[index].path)
            cells[(row, column)] = _one_line(entries[index].value)
            index += 1
        rows = sorted({row for row, _ in cells})
        columns = sorted({column for _, column in cells})
        yield first, [[cells.get((row, column), "") for column in columns] for row in rows], entries[first], "cell"


def _one_line(value: str) -> str:
    return " ".join(value.split())


def _common_prefix(paths: list[tuple[str, ...]]) -> tuple[str, ...]:
    if not paths:
        return ()
    shortest, longest = min(paths), max(paths)
    for index, word in enumerate(shortest):
        if index >= len(longest) or longest[index] != word:
            return shortest[:index]
    return shortest
