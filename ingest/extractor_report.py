"""A text extractor's report around a document's text: the frame, the metadata, no leaflet text.

Apache POI's `CommandLineTextExtractor` (the one command line its jar offers for .doc, .docx and
the other Office formats) prints, for each file, a rule of "=", the file's path, a rule, the
document's metadata a "key = value" line each ("PID_TITLE = Papegaaienziekte (psittacose)",
"PID_TEMPLATE = Normal.dotm", "AppVersion = 12.0000"), a rule, the document's text, a rule and
"Had 324 characters of metadata and 2672 characters of text". Read as a plain text, the rules
framed the path as the leaflet's title and the metadata was its first passage (red team 46).
Apache Tika's `--metadata` writes the same kind of block as "key: value" lines ("Content-Type:
application/msword", "dc:title: ...", "X-TIKA:Parsed-By: ..."), which a pipeline may set over
the text it extracted.

The frame, the path and the count line are furniture, and the metadata goes: its dates are the
file's (saved, printed, converted), no date the leaflet states of itself. The metadata's title is the
title the file names itself by (`SourceText.title`), which a title the text itself sets out
still outranks (`ingest.pipeline`). Inside POI's frame the text is known to open with the page
header's story and close with the page footer's, as its Word extractors write them: a footer
line that ends in a page label ("GGD Hollands Noorden – pagina 2"), alone at the end, is
furniture, and so is a header line alone at the top that opens with the footer's words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.clean.furniture import is_page_number
from ingest.clean.lines import filled_spans

_RULE = re.compile(r"[ \t]*={5,}[ \t]*")
_COUNT_LINE = re.compile(r"Had \d+ characters of metadata and \d+ characters of text[ \t]*")
# A metadata field: an identifier (a namespace before it allowed: "dc:title", "X-TIKA:Parsed-By",
# "PID_TITLE", "1" for a property POI has no name for) and its value, after "=" or ":".
_FIELD = re.compile(r"(?P<key>[A-Za-z0-9][\w.-]*(?::[A-Za-z][\w.-]*)*)[ \t]*(?:=|:(?!//))[ \t]?(?P<value>.*)")
_TITLE_KEYS = frozenset({"pid_title", "title", "dc:title", "dcterms:title"})
# The keys that only a document's metadata writes: a namespace of Dublin Core, Office or XMP, POI's
# property ids, Tika's own. A mail's or a form's "Onderwerp:" or "Datum:" is none of them.
_METADATA_KEY = re.compile(r"(?:dc|dcterms|cp|meta|extended-properties|custom|xmp\w*|pdf|X-TIKA|Office):[\w.-]+"
                           r"|PID_\w+|X-Parsed-By|Content-Type", re.IGNORECASE)
MIN_HEADER_FIELDS = 3  # a block of metadata, not a line of text that has a colon
MIN_METADATA_KEYS = 2  # of them, keys that only metadata writes
MAX_FRAME_LINE_WORDS = 12  # a page header or footer's few words, no paragraph
_FIELD_SEPARATOR = re.compile(r"\s+[–—|-]\s+")  # "GGD Hollands Noorden – pagina 2"


@dataclass(frozen=True)
class ExtractorReport:
    """A document's text without its extractor's report, the title its metadata gives and the
    report's lines that may still say who sent it (the file's path, the count, the page furniture)."""

    text: str
    title: str
    furniture: tuple[str, ...]


def read_extractor_report(text: str) -> ExtractorReport | None:
    """The document inside POI's report frame (`_poi_report`), else under a Tika-style metadata
    header (`_metadata_header`); None where the text has neither."""
    return _poi_report(text) or _metadata_header(text)


def _poi_report(text: str) -> ExtractorReport | None:
    """POI's frame: rule, path, rule, metadata, rule, text, rule, count line; one such block to
    each file the command was given, their texts read one after the other."""
    lines = text.split("\n")
    texts: list[str] = []
    furniture: list[str] = []
    title = ""
    index = _next_filled(lines, 0)
    while index < len(lines):
        block = _poi_block(lines, index)
        if block is None:
            return None
        body, meta, end = block
        furniture += [lines[index + 1].strip(), lines[end - 1].strip()]
        title = title or _title(meta)
        body_text, page_lines = _without_page_stories(body)
        texts.append(body_text)
        furniture += page_lines
        index = _next_filled(lines, end)
    if not texts:
        return None
    return ExtractorReport("\n\n".join(texts), title, tuple(furniture))


def _poi_block(lines: list[str], start: int) -> tuple[list[str], list[str], int] | None:
    """One file's block from `start`: its text's lines, its metadata lines and where it ends."""
    if start + 2 >= len(lines) or not _RULE.fullmatch(lines[start]) or not lines[start + 1].strip() \
            or not _RULE.fullmatch(lines[start + 2]):
        return None
    meta_end = next((index for index in range(start + 3, len(lines)) if _RULE.fullmatch(lines[index])), None)
    if meta_end is None:
        return None
    count = next((index for index in range(meta_end + 1, len(lines)) if _COUNT_LINE.fullmatch(lines[index])), None)
    if count is None or not _RULE.fullmatch(lines[count - 1]) or count - 1 <= meta_end:
        return None
    meta = [line for line in lines[start + 3:meta_end] if line.strip()]
    if meta and not any(_FIELD.fullmatch(line.strip()) for line in meta):
        return None
    return lines[meta_end + 1:count - 1], meta, count + 1


def _next_filled(lines: list[str], index: int) -> int:
    while index < len(lines) and not lines[index].strip():
        index += 1
    return index


def _title(meta: list[str]) -> str:
    """The title a metadata block gives, "" where it gives none."""
    for line in meta:
        field = _FIELD.fullmatch(line.strip())
        if field and field.group("key").lower() in _TITLE_KEYS and field.group("value").strip():
            return field.group("value").strip()
    return ""


def _without_page_stories(lines: list[str]) -> tuple[str, list[str]]:
    """The text without a footer line alone at its end that ends in a page label ("… – pagina
    2"), and a header line alone at its top that opens with the same words ("GGD Hollands
    Noorden – Papegaaienziekte"), as POI sets the page header's and footer's stories there."""
    runs = filled_spans(lines)
    if len(runs) < 3:
        return "\n".join(lines), []
    (first, first_end), (last, last_end) = runs[0], runs[-1]
    footer = lines[last].strip() if last_end - last == 1 else ""
    fields = _FIELD_SEPARATOR.split(footer)
    if len(fields) < 2 or not is_page_number(fields[-1]) or len(footer.split()) > MAX_FRAME_LINE_WORDS:
        return "\n".join(lines), []
    dropped, kept = [footer], lines[:last]
    header = lines[first].strip() if first_end - first == 1 else ""
    if header and _FIELD_SEPARATOR.split(header)[0] == fields[0] and len(header.split()) <= MAX_FRAME_LINE_WORDS:
        dropped.insert(0, header)
        kept = kept[first_end:]
    return "\n".join(kept), dropped


def _metadata_header(text: str) -> ExtractorReport | None:
    """A block of metadata fields atop the text (Tika's `--metadata` "key: value" lines), a blank
    line under it and text after: at least `MIN_HEADER_FIELDS` fields, every line of the block
    one, `MIN_METADATA_KEYS` of their keys only metadata writes."""
    lines = text.split("\n")
    start = _next_filled(lines, 0)
    end = start
    while end < len(lines) and lines[end].strip():
        end += 1
    block = [line.strip() for line in lines[start:end]]
    fields = [_FIELD.fullmatch(line) for line in block]
    if len(block) < MIN_HEADER_FIELDS or not all(fields) or _next_filled(lines, end) >= len(lines):
        return None
    if sum(bool(_METADATA_KEY.fullmatch(field.group("key"))) for field in fields if field) < MIN_METADATA_KEYS:
        return None
    return ExtractorReport("\n" * end + "\n".join(lines[end:]), _title(block), ())
