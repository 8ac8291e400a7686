"""A leaflet kept as a question-and-answer knowledge base in JSON, read as the FAQ it is.

Chatbots and help centres export their knowledge base as JSON records, one per question: a short
question (or title, or a list of a question's phrasings) beside its longer answer, among
bookkeeping fields (ids, slugs, votes, time stamps, flags, a `source: "custom editorial"` that
every record repeats, a `metadata` or `context` object). QnA Maker's `qnaList`, Django's
`dumpdata` (`{"model", "pk", "fields": {…}}`, a help desk's category before its items),
ChatterBot's `conversations` (`[question, answer]` pairs), a client-side search index's stored
documents (MiniSearch's `storedFields`, FlexSearch's export, whose values are JSON texts of
their own: token maps beside a `[[id, {record}], …]` store). Read as a JSON document's strings
(`ingest.json_text`), each question headed the NEXT answer where the answer came first in its
record, a repeated field stood after every section, the greeting was the title and a token map
was the title and ten passages (red team 60).

Such records are known by their shape, not their field names: a collection (an array, or an
object of records) at any depth of two or more records of one shape, where one field (the same
in all) holds the answer, the longest text, and one or two others a short line each (or a list
of short lines): the question. Fields whose values are codes, dates, numbers, flags or the same
string in every record are bookkeeping, no text. Each question heads its own answer (Markdown,
its lists and tables read as such); a question written twice (a title and a question alike)
once. Outside the collection one short line at most may stand (a name over the records, the
title where they give none), no sentence (else the JSON is a document of its own, left to the
other readers).

The cover: a record of another shape before the items (a help desk's category) gives the title
(its value under the key that heads the items) and its other texts are cover lines (sender,
date). Else a first record whose answer is a few lines that end no sentence (a sender, a date)
is the cover: its question the title. Else a first record whose short answer states the
leaflet's date is the bot's greeting: no section; its one quoted name is the title, and its text
is furniture (where the date is read).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace

from ingest.clean.lines import ends_sentence
from ingest.dates import find_updated
from ingest.json_value import json_value
from ingest.keyed_document import KeyedDocument
from ingest.json_text import MAX_HEADING_WORDS, MIN_PROSE_WORDS, MIN_SENTENCE_WORDS, is_code, is_html_fragment
from ingest.flat_markdown import unflattened

MIN_RECORDS = 2
MIN_REPEATED = 3  # records that must share a value before it is taken for bookkeeping
MAX_HEAD_FIELDS = 2  # a title and a question; more short fields make a data record
MAX_COVER_LINES = 4
MAX_GREETING_WORDS = 45
# A date as JSON writes it, the whole string (a record's time stamp).
_ISO_DATE = re.compile(r"\d{4}-\d{2}(?:-\d{2})?(?:[T ][\d:.,]+(?:Z|[+-]\d{2}:?\d{2})?)?")
# A name in quotes: "Gips bij een gebroken enkel", 'A cast for a broken ankle', “…”.
_QUOTED = re.compile(r"""(?<!\w)(?:"([^"\n]+)"|'([^'\n]+)'|“([^”\n]+)”|‘([^’\n]+)’)(?!\w)""")


@dataclass(frozen=True)
class _Collection:
    records: list[dict]  # each a record's fields, unwrapped
    words: int  # the words of its strings
    outside_prose: bool  # whether a string outside it reads as a sentence


def read_faq_records(text: str) -> KeyedDocument | None:
    """The FAQ a JSON knowledge base holds (see the module), or None where `text` is no JSON or
    holds no collection of question-and-answer records."""
    value = _parsed(text)
    if value is None:
        return None
    value = _expanded(value)
    best = None
    for records in _collections(value):
        faq = _faq(records)
        if faq is not None and (best is None or faq[1] > best[1]):
            best = faq
    if best is None:
        return None
    outside = _texts_outside(value, best[2])
    if outside is None:
        return None
    document = best[0]
    if outside and not document.title:  # the name over the records titles them
        return replace(document, text=f"# {outside[0]}\n\n{document.text}", title=outside[0])
    return document


def _parsed(text: str) -> object | None:
    text = text.lstrip("\ufeff").strip()
    if not text.startswith(("[", "{")):
        return None
    value = json_value(text)  # parsed once for every reader of the text
    return value if isinstance(value, (list, dict)) else None


def _parsed_inner(text: str) -> object | None:
    """A JSON text held in a value (not the file's own text: not worth the shared cache)."""
    text = text.strip()
    if not text.startswith(("[", "{")):
        return None
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        return None
    return value if isinstance(value, (list, dict)) else None


def _expanded(value: object) -> object:
    """An object whose values are JSON texts themselves (FlexSearch's export: `"1.doc":
    "[[0,{…}],…]"`) with those values parsed; any other value as it is."""
    if not isinstance(value, dict) or not value or not all(isinstance(item, str) for item in value.values()):
        return value
    parsed = {key: _parsed_inner(item) for key, item in value.items()}
    if not all(item is not None for item in parsed.values()):
        return value
    return parsed


def _walk(value: object) -> Iterator[object]:
    """Every array and object in a JSON value, without recursion."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            yield item
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            yield item
            stack.extend(reversed(list(item.values())))


def _collections(value: object) -> Iterator[tuple[int, list[dict]]]:
    """The collections of records in a JSON value: (its identity, its records unwrapped)."""
    for item in _walk(value):
        members = item if isinstance(item, list) else list(item.values())
        if len(members) < MIN_RECORDS:
            continue
        records = [_record(member) for member in members]
        if all(record is not None for record in records):
            yield id(item), records


def _record(member: object) -> dict | None:
    """A member's fields: an object's own, or those of the one object it wraps beside codes and
    numbers (Django's `fields`, FlexSearch's `[id, {…}]`); a pair of strings as question and
    answer (ChatterBot's statements); None for anything else."""
    if isinstance(member, list):
        if len(member) == 2 and all(isinstance(part, str) for part in member):
            return {"0": member[0], "1": member[1]}
        inner = [part for part in member if isinstance(part, dict)]
        return inner[0] if len(inner) == 1 and all(_no_text(part) for part in member if part is not inner[0]) \
            else None
    if not isinstance(member, dict):
        return None
    inner = [part for part in member.values() if isinstance(part, dict)]
    if len(inner) == 1 and all(_no_text(part) for part in member.values() if part is not inner[0]) \
            and any(isinstance(part, str) for part in inner[0].values()):
        return {"\0model": _member_kind(member), **inner[0]}
    return member


def _member_kind(member: dict) -> str:
    """The kind a wrapped record names (Django's "model"), or "": what tells its shape."""
    return next((part for part in member.values() if isinstance(part, str)), "")


def _no_text(value: object) -> bool:
    """Whether a field is bookkeeping: no string, or a code, a date, an empty string (in a
    list, nested however deep, each of its items; walked without recursion)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict) or isinstance(item, str) and item.strip() and not is_code(item.strip()) \
                and not _ISO_DATE.fullmatch(item.strip()):
            return False
    return True


def _texts(value: object) -> list[str]:
    """A field's text: a string, or a list of strings; [] for anything else."""
    if isinstance(value, str):
        return [value.strip()] if value.strip() else []
    if isinstance(value, list) and value and all(isinstance(part, str) for part in value):
        return [part.strip() for part in value if part.strip()]
    return []


def _is_line(string: str) -> bool:
    return "\n" not in string and len(string.split()) <= MAX_HEADING_WORDS


def _faq(found: tuple[int, list[dict]]) -> tuple[KeyedDocument, int, int] | None:
    """The FAQ a collection's records make, its words and its identity; None where they are
    no questions and answers."""
    identity, records = found
    shapes = Counter(_shape(record) for record in records)
    shape, count = shapes.most_common(1)[0]
    items = [record for record in records if _shape(record) == shape]
    cover = records[0] if len(records) == len(items) + 1 and _shape(records[0]) != shape else None
    if len(items) < MIN_RECORDS or len(records) - len(items) > (1 if cover is not None else 0):
        return None
    fields = _fields(items)
    if fields is None:
        return None
    heads, body = fields
    words = sum(len(string.split()) for record in items for key in (*heads, body) for string in _texts(record.get(key)))
    if words < MIN_PROSE_WORDS:
        return None
    return _document(items, heads, body, cover), words, identity


def _shape(record: dict) -> tuple:
    """What tells a record's kind: a wrapped record's model, else its keys."""
    return (record["\0model"],) if "\0model" in record else tuple(sorted(record))


def _fields(items: list[dict]) -> tuple[list[str], str] | None:
    """The keys of the question (one or two) and of the answer, in the items' order; None where
    the items hold no answer (no sentence in the longest field), answers in HTML (`ingest.json_text`
    reads those), no question, or more short texts than a question's."""
    keys = [key for key in items[0] if key != "\0model"]
    text_keys = [key for key in keys if not _bookkeeping([record.get(key) for record in items])]
    if not text_keys:
        return None
    totals = {key: sum(len(string.split()) for record in items for string in _texts(record.get(key)))
              for key in text_keys}
    body = max(text_keys, key=lambda key: totals[key])
    answers = [string for record in items for string in _texts(record.get(body))]
    if not any(len(answer.split()) >= MIN_SENTENCE_WORDS for answer in answers) \
            or any(is_html_fragment(answer) for answer in answers):
        return None  # no answer; or HTML answers, which the JSON reader reads as the page they make
    heads = [key for key in text_keys if key != body]
    if not heads or len(heads) > MAX_HEAD_FIELDS:
        return None
    if not all(_is_line(string) for key in heads for record in items for string in _texts(record.get(key))):
        return None
    if not all(any(_texts(record.get(key)) for key in heads) for record in items):
        return None
    return heads, body


def _bookkeeping(values: list[object]) -> bool:
    """Whether a field is none of the text: in every record no string or a list of strings (a
    number, a flag, an object, a code, a date), or the same string in every record (a source
    every record names, a page every record sits on)."""
    if not any(_texts(value) for value in values) or all(_no_text(value) for value in values):
        return True
    if any(not _texts(value) and value not in (None, "", []) for value in values):
        return True  # a string in one record, an object in another: no text field
    strings = {" ".join(_texts(value)) for value in values}
    return len(values) >= MIN_REPEATED and len(strings) == 1


def _document(items: list[dict], heads: list[str], body: str, cover: dict | None) -> KeyedDocument:
    """The Markdown of the FAQ: the title, the cover's lines, each question over its answer."""
    sections = [(_questions(record, heads), "\n\n".join(unflattened(text) for text in _texts(record.get(body))))
                for record in items]
    title, lines, furniture = "", [], ()
    if cover is not None:
        title, lines = _cover(cover, heads)
    elif _is_cover_answer(sections[0][1]):
        title, lines = sections[0][0][0], sections[0][1].split("\n")
        sections = sections[1:]
    elif _is_greeting(sections[0][1]):
        title, furniture = _quoted_name(sections[0][1]), (sections[0][1],)
        sections = sections[1:]
    blocks = [f"# {title}"] if title else []
    blocks += [line.strip() for line in lines if line.strip()]
    for questions, answer in sections:
        blocks.append("## " + questions[0])
        blocks += questions[1:]
        if answer:
            blocks.append(answer)
    return KeyedDocument("\n\n".join(blocks) + "\n", headed=True, title=title, furniture=furniture)


def _questions(record: dict, heads: list[str]) -> list[str]:
    """A record's questions, each once, in order (a title and a question alike are one)."""
    seen: dict[str, None] = {}
    for key in heads:
        for string in _texts(record.get(key)):
            seen.setdefault(" ".join(string.split()), None)
    return list(seen)


def _cover(cover: dict, heads: list[str]) -> tuple[str, list[str]]:
    """The title and the cover lines of a record before the items: the title its value under a
    key that heads the items (a category's "title", not its internal "name"), else its first
    short text; its texts of more words, line by line, the cover lines."""
    strings = {key: texts[0] for key, value in cover.items()
               if key != "\0model" and len(texts := _texts(value)) == 1 and not _no_text(value)}
    title = next((strings[key] for key in heads if key in strings and _is_line(strings[key])), "") \
        or next((string for string in strings.values() if _is_line(string)), "")
    lines = [line for key, string in strings.items() if string != title and not _is_line(string)
             for line in string.split("\n")]
    return " ".join(title.split()), lines


def _is_cover_answer(answer: str) -> bool:
    """Whether a first record's answer is a cover's lines: a few, none of them a sentence."""
    lines = [line.strip() for line in answer.split("\n") if line.strip()]
    return 0 < len(lines) <= MAX_COVER_LINES and all(_is_line(line) and not ends_sentence(line) for line in lines)


def _is_greeting(answer: str) -> bool:
    """Whether a first record's answer is a bot's greeting: one short paragraph that states
    the leaflet's date ("… uit de folder "X" (Laatst bijgewerkt: februari 2026).")."""
    return "\n" not in answer and len(answer.split()) <= MAX_GREETING_WORDS \
        and bool(find_updated(answer) or find_updated(answer, language="en"))


def _quoted_name(greeting: str) -> str:
    """The one name a greeting quotes, of two words or more and a capital first (the
    leaflet's), or "" where it quotes none or several."""
    names = [next(group for group in found.groups() if group) for found in _QUOTED.finditer(greeting)]
    names = [name.strip() for name in names if len(name.split()) >= 2 and name.strip()[:1].isupper()]
    return names[0] if len(names) == 1 and _is_line(names[0]) else ""


def _texts_outside(value: object, identity: int) -> list[str] | None:
    """The texts outside the collection (codes and numbers aside): [] or one short line (a
    knowledge base's name, a document's title over its sections); None where there are more, a
    sentence or a date: a document the records are not all of, whose fields other readers name."""
    found: list[str] = []
    stack = [value]
    while stack:
        item = stack.pop()
        if id(item) == identity:
            continue
        if isinstance(item, str):
            if _ISO_DATE.fullmatch(item.strip()):
                return None  # a date beside the records: a document's metadata the other readers take
            if not _no_text(item):
                found.append(" ".join(item.split()))
                if len(found) > 1 or not _is_line(found[0]) or len(item.split()) >= MIN_SENTENCE_WORDS:
                    return None
        elif isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            stack.extend(item.values())
    return found
