"""A document's strings dumped as JSON (a FHIR query tool's output, a CMS's JSON export) read
as the text they make.

Such a dump holds a leaflet as a JSON array or object of strings: its title, its date, its
author, and per section a title and the section's narrative, often an HTML or XHTML fragment
(`"<div xmlns=\\"http://www.w3.org/1999/xhtml\\"><p>…</p><ul><li>…</li></ul></div>"`). A
command-line tool may print the expression it ran on the line before it (fhirpath's
`fhirpath(Bundle.entry…) =>`). Read as plain text, the file name was the title, no section
had a heading and the quotes, escapes and tags stood in the passages.

Here the strings are read in order (nested arrays and objects walked in order; an object's
keys name fields, they are no text): the first the title, a string that is a whole ISO date
the leaflet's date (metadata, no text), a short string over an HTML fragment that fragment's
heading, the fragments read as the HTML reader reads any page (lists and tables kept), other
strings paragraphs. A field whose key names the record's metadata, not its text (`_METADATA_KEY`:
its copyright or licence, its keywords and tags, its summary, the links, images and videos found
on the page, as unfluff writes them beside its `text`), is left out: its copyright line headed
every passage as a section's title (red team 57). Where no string is HTML, the strings are read as a text of their own (a
paragraph each), in whatever markup they are written. Identifiers, codes and links a data
record carries beside its text ("final", "urn:uuid:…", "https://…") are no text.

A JSON text whose strings hold no prose (a configuration, a data record) is no document:
`read_json_document` gives None and the file is read as it always was.
"""

from __future__ import annotations

import html
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from ingest.json_value import json_value

# A fragment of HTML or XHTML: it opens with a tag and closes with one.
_HTML_FRAGMENT = re.compile(r"\s*<[a-zA-Z][\w:.-]*(?:\s[^<>]*)?/?>.*</?[a-zA-Z][\w:.-]*\s*/?>\s*", re.DOTALL)
# A date that is the whole string, as JSON writes one: ISO 8601, perhaps with a time and zone.
_ISO_DATE = re.compile(r"(?P<date>\d{4}-\d{2}(?:-\d{2})?)"
                       r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?")
# What a data record carries beside its text: a link or URN, a path, an identifier or code
# without spaces ("final", "urn:uuid:…", "https://…", "text/html", "en-GB", "a1b2-c3d4").
_LINK = re.compile(r"[a-zA-Z][\w+.-]*:\S+|\S*/\S*")
_CODE = re.compile(r"[\w.+-]+")
# Keys of a record's metadata rather than its text (lower case, without "_" and "-"): its rights
# ("copyright", "license", "licence", "accessRights", "copyrightHolder"), what labels it ("keywords",
# "tags", "categories"), its summary for a search engine ("description", "summary", "excerpt"),
# a shorter copy of its title ("softTitle", "shortTitle"), and the links, images and videos of the
# page it came from (their texts repeat the text's own words).
_METADATA_KEY = re.compile(r"copyright\w*|licen[cs]e\w*|\w*rights|keywords?|tags|categories|description|summary"
                           r"|excerpt|(?:soft|short)title|links|images?|videos?|favicon")
MAX_HEADING_WORDS = 20  # a section's title, not a sentence of its text
MAX_TITLE_WORDS = 30
MIN_PROSE_WORDS = 20  # a document's strings, not a record's names and codes
MIN_SENTENCE_WORDS = 5  # one string at least reads as a sentence (or is HTML)


@dataclass(frozen=True)
class JsonDocument:
    """A document read from its JSON dump: its title (or ""), its latest date (YYYY-MM-DD,
    YYYY-MM or ""), and its text: an HTML page (`is_html`) or a text of paragraphs."""

    title: str
    updated: str
    text: str
    is_html: bool


def read_json_document(text: str) -> JsonDocument | None:
    """The document a JSON dump of its strings holds (see the module), or None where `text`
    is no JSON (after at most one leading line, a command's echo) or its strings hold no prose."""
    value = _parsed(text)
    if value is None:
        return None
    strings = [string.strip() for string in _strings(value)]
    strings = [string for string in strings if string and not is_code(string)]
    dates = [match["date"] for string in strings if (match := _ISO_DATE.fullmatch(string))]
    texts = [string for string in strings if not _ISO_DATE.fullmatch(string)]
    fragments = [is_html_fragment(string) for string in texts]
    cover = _cover(strings)
    words = sum(len(_words(string)) for string in texts)
    if words < MIN_PROSE_WORDS or not any(
            fragment or len(string.split()) >= MIN_SENTENCE_WORDS for string, fragment in zip(texts, fragments)):
        return None
    title = texts[0] if not fragments[0] and "\n" not in texts[0] and len(texts[0].split()) <= MAX_TITLE_WORDS \
        else ""
    updated = max(dates, default="")
    if any(fragments):
        return JsonDocument(title, updated, _as_page(texts, fragments, title, cover), True)
    return JsonDocument(title, updated, "\n\n".join(texts) + "\n", False)


def _parsed(text: str) -> object | None:
    """The JSON value `text` holds, itself or after its first line; None where it holds none."""
    text = text.lstrip("\ufeff").strip()
    candidates = [text]
    first, _, rest = text.partition("\n")
    if rest.strip() and not text.startswith(("[", "{")):
        candidates.append(rest.strip())
    for candidate in candidates:
        if not candidate.startswith(("[", "{")):
            continue
        value = json_value(candidate)
        if isinstance(value, (list, dict)):
            return value
    return None


def _strings(value: object) -> Iterator[str]:
    """The strings of a JSON value, in order: an array's items, an object's values (not its
    keys, nor the fields of its metadata: `_text_fields`), walked depth first without recursion
    (a deep file must not exhaust the stack)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            yield item
        elif isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            stack.extend(reversed(_text_fields(item)))


def _text_fields(record: dict) -> list[object]:
    """An object's fields without those of its metadata (`is_metadata_key`), where another of its
    strings holds more words: unfluff's "copyright" beside its "text" goes, but a CMS export whose
    body stands under "description" keeps it."""
    longest = max((len(field.split()) for key, field in record.items()
                   if isinstance(field, str) and not is_metadata_key(key)), default=0)
    return [field for key, field in record.items()
            if not is_metadata_key(key) or isinstance(field, str) and len(field.split()) > longest]


def is_metadata_key(key: str) -> bool:
    """Whether an object's key names a field of the record's metadata (`_METADATA_KEY`), its
    namespace ("dc:rights", "og:description") and case ("softTitle", "Copyright") aside."""
    name = key.rsplit(":", 1)[-1].replace("_", "").replace("-", "").lower()
    return bool(_METADATA_KEY.fullmatch(name))


def is_code(string: str) -> bool:
    """Whether a string is a record's link, identifier or code rather than text: one token
    that is a link or a path, or has no letter (an ISO date excepted), or is a code of letters,
    digits and marks that reads as no word ("final", "en-GB", "griepprik-2025", "a1b2c3"); a
    capitalised word ("Melatonine") may be a one-word title and stays."""
    if any(ch.isspace() for ch in string):
        return False
    if _LINK.fullmatch(string) or not any(ch.isalpha() for ch in string):
        return not _ISO_DATE.fullmatch(string)
    return bool(_CODE.fullmatch(string)) and not _is_word(string)


def _is_word(token: str) -> bool:
    """Whether a token without spaces reads as a word of text (a one-word title, a name):
    letters with a capital first and no capital, digit or mark after a lower-case letter."""
    return token[0].isupper() and not re.search(r"[a-z][A-Z0-9_.+]|_", token)


def is_html_fragment(string: str) -> bool:
    """Whether a string is a fragment of HTML or XHTML (`_HTML_FRAGMENT`)."""
    return bool(_HTML_FRAGMENT.fullmatch(string))


def _words(string: str) -> list[str]:
    return re.sub(r"<[^<>]*>", " ", string).split() if is_html_fragment(string) else string.split()


def _cover(strings: list[str]) -> int:
    """How many of the text strings (dates left out) make the document's cover: where the
    strings before the first HTML fragment are the title, a date and one string more (a
    document's metadata: title, date, author), that string is the byline, and the fragment
    after it the text under the title, which no byline heads. A second string after the date
    is the first section's title over its fragment."""
    before = list(itertools.takewhile(lambda string: not is_html_fragment(string), strings))
    dated = next((index for index, string in enumerate(before) if index and _ISO_DATE.fullmatch(string)), None)
    if dated is None or sum(1 for string in before[dated:] if not _ISO_DATE.fullmatch(string)) != 1:
        return 0
    return sum(1 for string in before if not _ISO_DATE.fullmatch(string))


def _as_page(texts: list[str], fragments: list[bool], title: str, cover: int) -> str:
    """The web page the strings make: the title an `<h1>`, a short string over a fragment
    its `<h2>` (not on the cover), a fragment as it is, any other string a paragraph."""
    parts = []
    for index, (string, fragment) in enumerate(zip(texts, fragments)):
        if fragment:
            parts.append(string)
        elif index == 0 and title:
            parts.append(f"<h1>{html.escape(string)}</h1>")
        elif index >= cover and _is_heading(string) and index + 1 < len(texts) and fragments[index + 1]:
            parts.append(f"<h2>{html.escape(string)}</h2>")
        else:
            parts.append("<p>" + html.escape(string).replace("\n", "<br>\n") + "</p>")
    page_title = f"<title>{html.escape(title)}</title>" if title else ""
    return f"<html><head>{page_title}</head><body>\n" + "\n".join(parts) + "\n</body></html>\n"


def _is_heading(string: str) -> bool:
    """Whether a string is a section's title: one short line that ends as no sentence does
    (a question counts: leaflets ask their headings)."""
    return "\n" not in string and len(string.split()) <= MAX_HEADING_WORDS \
        and not string.rstrip().endswith((".", ",", ";", ":", "!"))
