"""A leaflet's texts kept in a translation catalogue, read back as the leaflet.

A patient app or site hands its texts to translators in a catalogue of source texts, one unit a
text: a gettext PO or POT file (pybabel, xgettext, msginit: a header entry, `#:` locations, `#,`
flags, `msgctxt`, `msgid` strings wrapped over quoted lines, an empty `msgstr`), Qt Linguist's
`.ts` XML (`<message>` with `<source>`, `<comment>` and an unfinished `<translation>`), or
Translate Toolkit's CSV (`"location","source","target"`). Read as plain text, the keywords,
quotes, tags and locations stood in the passages and the file name was the title.

Such a file is known by its shape throughout (every line of a PO file a comment, a keyword with
its string or a string continued; a `.ts` file's root `<TS>`; the CSV's header naming its source
and target columns), never by a few quoted `msgid` lines in a text about translation. Its source
texts in order are the leaflet, C escapes decoded and wrapped pieces joined; the header entry,
comments, flags, locations and obsolete (`#~`) entries are no text. Where every unit is
translated, the translation is the document a reader of that language wants, and is read
instead; a catalogue half done is still the leaflet it was made from.

A unit's key (its `msgctxt`, location, `<comment>` or CSV location) is read as a localisation
file's key is (`ingest.locale_keys`): where it names what the unit is ("….title", "….sender",
"….updated", "….s2.heading", "….item3", "….table.r2.c1"), the leaflet is written as Markdown with
that title, section headings, list items and table rows, the sender and date its publisher's and
date's lines; otherwise (a source file's line, `leaflet.py:12`) the units are its paragraphs,
read as any text is.
"""

from __future__ import annotations

import csv
import re
import xml.etree.ElementTree as ET
from dataclasses import asdict, dataclass

from ingest.keyed_document import KeyedDocument
from ingest.locale_keys import Entry, entries_document, key_words

MIN_UNITS = 2  # one string is no catalogue of a leaflet's texts
# A PO line: a keyword and its quoted string ("msgstr[0] \"…\""), or a quoted string alone
# (a wrapped string's next piece); a string's escapes ("\\\"") are part of it.
_STRING = r'"(?P<string>[^"\\]*(?:\\.[^"\\]*)*)"'
_KEYWORD_LINE = re.compile(r"(?P<keyword>msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)[ \t]+" + _STRING + r"[ \t]*")
_STRING_LINE = re.compile(_STRING + r"[ \t]*")
_ESCAPE = re.compile(r"\\(?:(?P<octal>[0-7]{1,3})|x(?P<hex>[0-9A-Fa-f]{1,2})|(?P<char>.))", re.DOTALL)
_C_ESCAPES = {"n": "\n", "t": "\t", "r": "", "a": "", "b": "", "f": "", "v": "", '"': '"', "\\": "\\",
              "'": "'", "?": "?"}
# Translate Toolkit's CSV columns (po2csv); its header names the source and target at least.
_CSV_COLUMNS = frozenset({"location", "source", "target", "id", "fuzzy", "context",
                          "translator_comments", "developer_comments"})
_TS_DONE = frozenset({"obsolete", "vanished"})  # a message the program no longer shows


@dataclass(frozen=True)
class CatalogUnit:
    """One text of the catalogue: what names it (`key`: context, location or comment, or ""),
    its source text and its translation ("" where none is finished)."""

    key: str
    source: str
    target: str

    def entry(self, translated: bool) -> Entry:
        """The unit as a localisation file's entry: its key's levels, and its translation
        where the catalogue is `translated`, else its source text."""
        return Entry(key_words(self.key), (self.target if translated else self.source).strip())


@dataclass(frozen=True)
class CatalogDocument(KeyedDocument):
    """The leaflet a catalogue holds, and whether it is the catalogue's translation rather
    than its source texts."""

    translated: bool = False


def read_translation_catalog(text: str) -> CatalogDocument | None:
    """The leaflet a translation catalogue holds (see the module), or None where `text` is no
    PO/POT file, Qt Linguist `.ts` file or Translate Toolkit CSV throughout."""
    text = text.lstrip("\ufeff")
    units = po_units(text)
    if units is None:
        units = ts_units(text)
    if units is None:
        units = csv_units(text)
    if units is None:
        return None
    units = [unit for unit in units if unit.source.strip()]
    if len(units) < MIN_UNITS:
        return None
    translated = all(unit.target.strip() for unit in units)
    document = entries_document([unit.entry(translated) for unit in units])
    return None if document is None else CatalogDocument(**asdict(document), translated=translated)


def po_units(text: str) -> list[CatalogUnit] | None:
    """The entries of a gettext PO or POT file, header and obsolete entries left out, or None
    where a line of `text` is none of the grammar's (a comment, a keyword with its string, a
    string continued) or an entry lacks its msgid or msgstr."""
    units: list[CatalogUnit] = []
    entry: dict[str, list[str]] = {}
    locations: list[str] = []
    fuzzy = False
    keyword = ""
    entries = 0

    def close() -> bool:
        """Ends the entry read so far; False where it is no whole entry."""
        nonlocal entry, locations, fuzzy, keyword, entries
        if entry:
            if "msgid" not in entry or not any(name.startswith("msgstr") for name in entry):
                return False
            target = "" if fuzzy else "".join(entry.get("msgstr", entry.get("msgstr[0]", [])))
            key = "".join(entry["msgctxt"]) if "msgctxt" in entry else (locations[0] if locations else "")
            units.append(CatalogUnit(_unescaped(key), _unescaped("".join(entry["msgid"])), _unescaped(target)))
            entries += 1
        entry, locations, fuzzy, keyword = {}, [], False, ""
        return True

    for line in text.split("\n"):
        line = line.strip()
        if not line:
            if not close():
                return None
            continue
        if line.startswith("#"):
            if keyword.startswith("msgstr") and not close():  # the next entry's comments
                return None
            if line.startswith("#:"):
                locations.extend(line[2:].split())
            elif line.startswith("#,"):
                fuzzy = fuzzy or "fuzzy" in (flag.strip() for flag in line[2:].split(","))
            continue
        keyed = _KEYWORD_LINE.fullmatch(line)
        if keyed is not None:
            name = keyed.group("keyword")
            if name in {"msgctxt", "msgid"} and keyword.startswith("msgstr") and not close():
                return None
            if name in entry:
                return None
            entry[name] = [keyed.group("string")]
            keyword = name
            continue
        piece = _STRING_LINE.fullmatch(line)
        if piece is None or not keyword:
            return None
        entry[keyword].append(piece.group("string"))
    if not close() or entries < MIN_UNITS:
        return None
    return [unit for unit in units if unit.source]  # the header entry's msgid is ""


def ts_units(text: str) -> list[CatalogUnit] | None:
    """The messages of a Qt Linguist `.ts` file, obsolete ones left out, or None where `text`
    is no XML document whose root is `<TS>` holding contexts of messages with a `<source>`."""
    head = text.lstrip()[:512]
    if not (head.startswith("<?xml") or head.startswith("<!DOCTYPE TS") or head.startswith("<TS")) \
            or "<TS" not in head:
        return None
    try:
        root = ET.fromstring(text)
    except (ET.ParseError, ValueError):
        return None
    if root.tag != "TS" or any(child.tag not in {"context", "dependencies"} for child in root):
        return None
    units: list[CatalogUnit] = []
    for message in root.iter("message"):
        source = message.find("source")
        if source is None:
            return None
        translation = message.find("translation")
        kind = translation.get("type", "") if translation is not None else ""
        if kind in _TS_DONE:
            continue
        units.append(CatalogUnit(message.findtext("comment") or "", source.text or "",
                                 "" if kind == "unfinished" else _ts_translation(translation)))
    return units if len(units) >= MIN_UNITS else None


def csv_units(text: str) -> list[CatalogUnit] | None:
    """The rows of Translate Toolkit's CSV (po2csv), or None where `text`'s first row is no
    header of its columns naming the source and target, or a row has another number of cells."""
    first = text.split("\n", 1)[0].lower()
    if "source" not in first or "target" not in first:
        return None
    try:
        rows = list(csv.reader(text.splitlines()))
    except csv.Error:
        return None
    header = [name.strip().lower() for name in rows[0]]
    if not {"source", "target"} <= set(header) or not set(header) <= _CSV_COLUMNS:
        return None
    rows = [row for row in rows[1:] if row]
    if len(rows) < MIN_UNITS or any(len(row) != len(header) for row in rows):
        return None
    column = {name: index for index, name in enumerate(header)}
    key_column = next((column[name] for name in ("location", "context", "id") if name in column), None)
    units = []
    for row in rows:
        fuzzy = "fuzzy" in column and row[column["fuzzy"]].strip().lower() in {"true", "1", "yes"}
        units.append(CatalogUnit("" if key_column is None else row[key_column], row[column["source"]],
                                 "" if fuzzy else row[column["target"]]))
    return units


def _ts_translation(translation: ET.Element | None) -> str:
    """A finished `<translation>`'s text, its first plural form where it has them."""
    if translation is None:
        return ""
    form = translation.find("numerusform")
    return (form.text or "") if form is not None else (translation.text or "")


def _unescaped(string: str) -> str:
    """A PO string's C escapes decoded: "\\n" a line break, "\\\"" a quote, "\\\\" a backslash."""
    if "\\" not in string:
        return string

    def decoded(match: re.Match[str]) -> str:
        if match.group("octal"):
            return chr(int(match.group("octal"), 8))
        if match.group("hex"):
            return chr(int(match.group("hex"), 16))
        char = match.group("char")
        return _C_ESCAPES.get(char, char)

    return _ESCAPE.sub(decoded, string)
