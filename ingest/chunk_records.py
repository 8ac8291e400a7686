"""A document cut into a RAG pipeline's chunks, dumped as JSON records, read back as the document.

A chunker or document loader writes its output as a JSON array, or JSON Lines, of records, one
per chunk: the chunk's text in one long string field, beside ids, counts, offsets and a metadata
object (chonkie's `{"id", "text", "start_index", "end_index", "token_count", "metadata"}`,
semantic-text-splitter's `{"id", "text"}`, LangChain's `{"page_content", "metadata"}`,
LlamaIndex's nodes `{"text", "metadata", "start_char_idx", …}`, Haystack's `{"content", "meta"}`,
unstructured's elements `{"type": "Title", "text", "metadata"}`). Read as plain text, the field
names, escapes and ids stood in the passages and the file name was the title; read as a JSON
document's strings (`ingest.json_text`), a splitter's header metadata followed each section as
text.

Such records are known by their shape, not their field names: every record an object, one field
(the same in all) holding the text, no other field of a record a sentence. Their texts are the
document in order: where records carry offsets (two whole-number fields whose difference is the
text's length) the overlap of one chunk with the last is taken once. Where a record's metadata
names its headings (keys numbered by level: LangChain's "Header 1", "Header 2") or its kind names
a heading, list item or page furniture (unstructured's "Title", "ListItem", "Footer"; docling's
"section_header", "page_footer"), the document is written as Markdown with those headings, and a
chunk that only repeats its heading is that heading; a chunk outside every section (a page's
cookie bar, menu and breadcrumb before the first heading, its footer after the last) is left out
where the readers' furniture rules call each of its lines interface or a link's label, and kept
where it holds a line of text. Otherwise the texts joined are the text, in
whatever markup they are written, read as any text is (its running headers, menus and title
found by the readers' own rules).
"""

from __future__ import annotations

import json
import re

from ingest.clean.furniture import is_cookie_bar, is_ui_line
from ingest.clean.lines import ends_sentence
from ingest.code_blocks import is_program_line
from ingest.dates import is_date_line
from ingest.json_text import MAX_HEADING_WORDS, MIN_PROSE_WORDS, MIN_SENTENCE_WORDS, is_code, is_html_fragment
from ingest.json_value import json_value
from ingest.keyed_document import KeyedDocument
from ingest.web_dump import MAX_ITEM_WORDS, is_site_footer_line

# A metadata key that names a heading by its level: "Header 1", "h2", "header_3", "Heading4".
_LEVEL_KEY = re.compile(r"[^\W\d]+[ _-]?(?P<level>[1-6])")
_WORD = re.compile(r"[^\W_][\w'’-]*")  # a word, not a mark between a breadcrumb's steps (">")
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")  # a template's slot: "{metadata_str}\n\n{content}"
MIN_RECORDS = 2  # one object is a record of its own, read by `ingest.json_text`
_KIND_VALUE = re.compile(r"[A-Za-z][A-Za-z_-]*")  # an element's kind: "Title", "NarrativeText", "list_item"
# Element kinds (unstructured, docling) that say more than "text", their names folded to lower
# case without "_" or "-": a heading, a list's item, and a page's header, footer or break.
_HEADING_KINDS = frozenset({"title", "heading", "sectionheader"})
_ITEM_KINDS = frozenset({"listitem"})
_FURNITURE_KINDS = frozenset({"header", "footer", "pageheader", "pagefooter", "pagebreak", "pagenumber"})


def read_chunk_records(text: str) -> KeyedDocument | None:
    """The document a chunker's JSON records hold (see the module), or None where `text` is no
    array or JSON Lines of objects, or no one field of theirs holds the prose (a data record, a
    configuration, a JSON document of strings left to `ingest.json_text`)."""
    records = _records(text)
    key = _text_key(records) if records else None
    if key is None:
        return None
    texts = [record.get(key) or "" for record in records]
    if sum(len(chunk.split()) for chunk in texts) < MIN_PROSE_WORDS \
            or not any(len(chunk.split()) >= MIN_SENTENCE_WORDS for chunk in texts) \
            or any(is_html_fragment(chunk) for chunk in texts):
        return None
    paths = [_heading_path(record) for record in records]
    kinds = _kinds(records, key)
    if any(paths) or any(kind in _HEADING_KINDS for kind in kinds):
        return _as_markdown(texts, paths, kinds)
    return KeyedDocument(_joined(texts, _starts(records, texts)), False)


def _records(text: str) -> list[dict] | None:
    """The objects of a JSON array of objects, or of JSON Lines (each line an object), two or
    more; None where `text` is neither."""
    text = text.lstrip("\ufeff").strip()
    if text.startswith("["):
        value = json_value(text)  # parsed once for every reader of the text
        return value if isinstance(value, list) and len(value) >= MIN_RECORDS \
            and all(isinstance(item, dict) for item in value) else None
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) < MIN_RECORDS or not all(line.lstrip().startswith("{") for line in lines):
        return None
    records = []
    for line in lines:
        try:
            value = json.loads(line)
        except (ValueError, RecursionError):
            return None
        if not isinstance(value, dict):
            return None
        records.append(value)
    return records


def _text_key(records: list[dict]) -> str | None:
    """The field that holds each record's text: of the fields that are a string (or empty) in
    every record, the one with the most characters, where every other field of the records is
    no text of the document (`_says_nothing`); None where there is none such (a data record's
    fields each say something: a section's title beside its text, a question beside its answer)."""
    totals: dict[str, int] = {}
    for record in records:
        for name, value in record.items():
            if isinstance(value, str):
                totals[name] = totals.get(name, 0) + len(value)
    candidates = [name for name in totals
                  if all(isinstance(record.get(name), (str, type(None))) for record in records)]
    if not candidates:
        return None
    key = max(candidates, key=lambda name: totals[name])
    kind = _kind_field(records, key)
    others = [name for name in totals if name not in (key, kind)]
    return key if all(_says_nothing([record.get(name) for record in records]) for name in others) else None


def _says_nothing(values: list[object]) -> bool:
    """Whether a field beside the text is none of the document's text: in every record an
    identifier, code or link (`is_code`), a template's slots, or not a string; or the same
    string in every record (a chunker's class name, the source's name)."""
    strings = [value.strip() for value in values if isinstance(value, str) and value.strip()]
    return len(set(strings)) <= 1 or all(is_code(string) or not _WORD.search(_PLACEHOLDER.sub("", string)) for string in strings)


def _metadata(record: dict) -> dict:
    """A record's metadata: its first field that is an object (LangChain's "metadata",
    Haystack's "meta"), or an empty one."""
    return next((value for value in record.values() if isinstance(value, dict)), {})


def _heading_path(record: dict) -> list[tuple[int, str]]:
    """The headings a record's metadata names by level ("Header 1": …, "Header 2": …), as
    (level, heading) from the top; empty where it names none."""
    path = []
    for name, value in _metadata(record).items():
        match = _LEVEL_KEY.fullmatch(name.strip())
        if match and isinstance(value, str) and value.strip() and "\n" not in value.strip() \
                and len(value.split()) <= MAX_HEADING_WORDS:
            path.append((int(match["level"]), " ".join(value.split())))
    return sorted(path)


def _kind_field(records: list[dict], key: str) -> str | None:
    """The field beside the text (`key`) that names each record's element kind: its values kind
    names in every record, one of them at least a heading's, an item's or furniture's."""
    for name in records[0]:
        values = [record.get(name) for record in records]
        if name == key or not all(isinstance(value, str) and _KIND_VALUE.fullmatch(value) for value in values):
            continue
        if any(_folded(value) in _HEADING_KINDS | _ITEM_KINDS | _FURNITURE_KINDS for value in values):
            return name
    return None


def _kinds(records: list[dict], key: str) -> list[str]:
    """Each record's element kind, folded ("sectionheader", "listitem"; `_kind_field`); "" for
    every record where no field names one."""
    name = _kind_field(records, key)
    return [_folded(record[name]) for record in records] if name else [""] * len(records)


def _folded(kind: str) -> str:
    return re.sub(r"[_-]", "", kind).lower()


def _starts(records: list[dict], texts: list[str]) -> list[int] | None:
    """Where each chunk starts in the document, from the two whole-number fields (the record's
    own or its metadata's) whose difference is every chunk's length, never going back; None
    where the records carry no such offsets."""
    fields = [{**{name: value for name, value in _metadata(record).items()}, **record} for record in records]
    numbers = [name for name, value in fields[0].items() if isinstance(value, int) and not isinstance(value, bool)]
    for start in numbers:
        for end in numbers:
            if start == end or not all(isinstance(field.get(start), int) and isinstance(field.get(end), int)
                                       for field in fields):
                continue
            if all(field[end] - field[start] == len(chunk) for field, chunk in zip(fields, texts)):
                starts = [field[start] for field in fields]
                if all(before <= after for before, after in zip(starts, starts[1:])):
                    return starts
    return None


def _joined(texts: list[str], starts: list[int] | None) -> str:
    """The chunks' texts as the one text they were cut from: where offsets say a chunk begins
    before the last one ended (and its text there repeats that one's end), that overlap once;
    elsewhere a line break where neither side of the seam kept its white space (a splitter trims
    each chunk)."""
    parts: list[str] = []
    end = None
    for index, chunk in enumerate(texts):
        if not chunk:
            continue
        if starts is not None and end is not None and starts[index] < end:
            overlap = min(end - starts[index], len(chunk))
            if parts and parts[-1].endswith(chunk[:overlap]):
                chunk = chunk[overlap:]
        if parts and chunk and not (parts[-1][-1:].isspace() or chunk[:1].isspace()) \
                and not (starts is not None and end is not None and starts[index] <= end):
            parts.append("\n")
        parts.append(chunk)
        end = starts[index] + len(texts[index]) if starts is not None else None
    return "".join(parts)


def _as_markdown(texts: list[str], paths: list[list[tuple[int, str]]], kinds: list[str]) -> KeyedDocument:
    """The Markdown the records make: a heading line where a record's heading path changes (at
    its level) or its kind is a heading, list items bulleted, furniture left out, and no chunk
    that only repeats its own heading. The title is the first top-level heading."""
    blocks: list[str] = []
    furniture: list[str] = []
    current: list[tuple[int, str]] = []
    title = ""
    headed = False
    for chunk, path, kind in zip(texts, paths, kinds):
        chunk = chunk.strip()
        if kind in _FURNITURE_KINDS:
            continue
        if path != current:
            common = next((index for index, (old, new) in enumerate(zip(current, path)) if old != new),
                          min(len(current), len(path)))
            for level, heading in path[common:]:
                blocks.append("#" * level + " " + heading)
                title = title or (heading if level == 1 else "")
            current = path
        if kind in _HEADING_KINDS and chunk and "\n" not in chunk:
            blocks.append(("##" if headed else "#") + " " + chunk)
            title = title or ("" if headed else chunk)
            headed = True
            continue
        if not path and not kind and _is_page_furniture(chunk):
            furniture.extend(line.strip() for line in chunk.split("\n") if line.strip())
            continue
        if not chunk or (path and chunk == path[-1][1]):
            continue
        blocks.append("- " + chunk if kind in _ITEM_KINDS else chunk)
    return KeyedDocument("\n\n".join(blocks) + "\n", True, title, furniture=tuple(furniture))


def _is_page_furniture(chunk: str) -> bool:
    """Whether a chunk outside every section is only a page's furniture: each line interface
    (a cookie bar, a button, a script's statement, a footer's line of fields or links) or a
    label of a few words that ends no sentence (a menu's item, a breadcrumb's step), and none a
    date line, which dates the leaflet."""
    lines = [line.strip() for line in chunk.split("\n") if line.strip()]
    return bool(lines) and all(
        is_ui_line(line) or is_cookie_bar(line) or is_program_line(line) or is_site_footer_line(line)
        or (len(_WORD.findall(line)) <= MAX_ITEM_WORDS and not ends_sentence(line) and not is_date_line(line))
        for line in lines)
