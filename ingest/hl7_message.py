"""An HL7 v2 message (a health-record system's ORU^R01 carrying a leaflet) read as the leaflet
its OBX segments hold, and HL7's escapes in a text that printed those values alone.

A record system sends a leaflet to a patient portal as one message: an `MSH` header, the
patient (`PID`), the order (`OBR`), then one `OBX` per line of the leaflet, its text in the
fifth field (OBX-5), an empty OBX for a blank line. Read as plain text, the header and the
patient's name, id and birth date opened the first passage and every line kept its segment
wrapper (`OBX|13|TX|PIL^…||- U neemt …||||||F`) (red team 61). HL7 libraries write the
segments apart by CR (the standard's), LF or CRLF, some with blank lines between and a `|`
closing each segment.

A text that opens with `MSH`, a field separator and the four (or, from v2.7, five) encoding
characters (or with a batch's `FHS`/`BHS` headers before that `MSH`) is read so: the separators
come from MSH itself; the text is the OBX-5 values, a line each, HL7's escapes decoded,
repetitions a line each; a message with no OBX text (the leaflet in NTE comments, an `ED`
observation's base64 document) is read as its NTE-3 comments instead; every other segment (MSH,
PID, PV1, OBR, ORC, TXA, ...) is no text, so no patient detail reaches a passage. A message is
never left to the plain reader, which would show its header and patient: where neither gives
text, the reader gives an empty text and the caller refuses the file. A field
separator with a space on each side inside OBX-5 is a table's cell mark a tool did not
escape (`Medicijn | Dosis`), kept as text, as no field of a message opens with a space.

python-hl7 printing OBX-5 values one a line leaves the escapes in the text (`…plek.\\.br\\2.
Knip …`, `Bijwerking \\F\\ Wat kunt u doen?`): a text that shows `\\.br\\` at least twice has
that shape, and its `\\.br\\` are read as line breaks and `\\F\\` as a cell's ` | `; any other
text with backslashes is left as it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# `MSH`, the field separator, 4 or 5 encoding characters (component, repetition, escape,
# subcomponent, v2.7's truncation), the separator again: nothing else opens so. MLLP's
# start byte (\x0b) and a byte-order mark may stand before it, and a batch's file and batch
# headers (`FHS|^~\&|…`, `BHS|^~\&|…`), a line each, before the first message's MSH.
_HEADER = re.compile(r"[\ufeff\x0b]?\s*"
                     r"(?:(?:FHS|BHS)[^\w\s][^\w\s]{4,5}[^\w\s][^\r\n]*[\r\n]+[\x0b\s]*){0,2}"
                     r"MSH([^\w\s])([^\w\s]{4,5})\1")
# How far into a text its header is looked for: two batch header lines and MSH's opening.
_HEADER_REACH = 4096
_SEGMENT_ID = re.compile(r"[A-Z][A-Z0-9]{2}")
_SEGMENT_BREAK = re.compile(r"\r\n|\r|\n")
# OBX-2 value types whose OBX-5 is a coded entry: its text is the second component.
_CODED = {"CE", "CWE", "CNE", "CF"}
# OBX-2 value type whose OBX-5 is encapsulated data (a base64 PDF, say): no text to read.
_ENCAPSULATED = "ED"
# python-hl7's printed values: the line-break escape, at least twice in the text.
_PRINTED_BREAK = "\\.br\\"


@dataclass(frozen=True)
class _Separators:
    """The message's own delimiters, from MSH-1 and MSH-2."""

    field: str
    component: str
    repetition: str
    escape: str
    subcomponent: str


def is_hl7_message(text: str) -> bool:
    """Whether `text` opens as an HL7 v2 message does: `MSH|^~\\&|` (any delimiters)."""
    return _HEADER.match(text[:_HEADER_REACH]) is not None


def read_hl7_message(text: str) -> str | None:
    """The leaflet an HL7 v2 message carries: its OBX-5 values a line each, escapes decoded,
    an empty value a blank line, else its NTE-3 comments so; None where `text` is no message,
    "" where it is one with neither (the caller refuses it: the plain reader would show the
    header and the patient)."""
    header = _HEADER.match(text[:_HEADER_REACH])
    if header is None:
        return None
    encoding = header.group(2)
    separators = _Separators(header.group(1), encoding[0], encoding[1], encoding[2], encoding[3])
    observations: list[str] = []
    notes: list[str] = []
    message = text[header.start(0):].lstrip("\ufeff\x0b \t").replace("\x1c", "")
    for segment in _segments(message, separators.field):
        if segment.startswith("OBX" + separators.field):
            observations.append(_observation_text(segment, separators))
        elif segment.startswith("NTE" + separators.field):
            notes.append(_note_text(segment, separators))
    for lines in (observations, notes):
        if any(line.strip() for line in lines):
            return "\n".join(lines).strip("\n") + "\n"
    return ""


def _segments(message: str, field: str) -> list[str]:
    """The message's segments, whatever breaks them apart (CR, LF, CRLF, blank lines between); a
    line that opens no segment continues the one before (a value whose line break a tool
    wrote bare). A segment opens with its id and the message's own field separator, so a
    value's line such as `LET OP: bel bij koorts.` continues its segment."""
    segments: list[list[str]] = []
    for line in _SEGMENT_BREAK.split(message):
        if _SEGMENT_ID.match(line) and line[3:4] == field:
            segments.append([line])
        elif line.strip() and segments:
            segments[-1].append(line)
    return ["\n".join(lines) for lines in segments]


def _observation_text(segment: str, separators: _Separators) -> str:
    """OBX-5 of one OBX segment as text: repetitions a line each, components joined by a space (a
    coded value's text component alone), escapes decoded."""
    fields = segment.split(separators.field)
    if len(fields) < 6 or fields[2].strip().upper() == _ENCAPSULATED:
        return ""
    end = 5
    while end + 1 < len(fields) and fields[end][-1:].isspace() and fields[end + 1][:1].isspace():
        end += 1  # a table's " | " a tool left unescaped: one value, not several fields
    value = separators.field.join(fields[5:end + 1])
    return _value_text(value, separators, coded=fields[2].strip().upper() in _CODED)


def _note_text(segment: str, separators: _Separators) -> str:
    """NTE-3 (the comment) of one NTE segment as text, read as an OBX value is: some systems send
    a leaflet as notes, one a line, with no observation at all."""
    fields = segment.split(separators.field)
    if len(fields) < 4:
        return ""
    return _value_text(fields[3], separators, coded=False)


def _value_text(value: str, separators: _Separators, *, coded: bool) -> str:
    """One field's value as text: repetitions a line each, components joined by a space (a coded
    value's text component alone), escapes decoded."""
    lines = []
    for repetition in value.split(separators.repetition):
        components = repetition.split(separators.component)
        if coded and len(components) > 1:
            components = [components[1]]
        lines.append(" ".join(_decoded(part, separators) for part in components if part))
    return "\n".join(lines)


def _decoded(value: str, separators: _Separators) -> str:
    """`value` with HL7's escapes read: the delimiters' (`\\F\\`, `\\S\\`, `\\T\\`, `\\R\\`, `\\E\\`),
    `\\.br\\` a line break, hex `\\Xhh..\\` its characters; formatting and character-set escapes
    (`\\H\\`, `\\N\\`, `\\.sp\\`, `\\Z..\\`, `\\C..\\`, `\\M..\\`) dropped."""
    escape = separators.escape
    if escape not in value:
        return value
    pattern = re.escape(escape) + r"([^" + re.escape(escape) + r"\r\n]{1,40})" + re.escape(escape)
    named = {"F": separators.field, "S": separators.component, "T": separators.subcomponent,
             "R": separators.repetition, "E": escape, ".br": "\n"}

    def read(found: re.Match[str]) -> str:
        code = found.group(1)
        if code in named:
            return named[code]
        if code[0] == "X" and re.fullmatch(r"X(?:[0-9A-Fa-f]{2})+", code):
            raw = bytes.fromhex(code[1:])
            try:
                return raw.decode("utf-8")
            except UnicodeDecodeError:
                return raw.decode("latin-1")
        if code in {"H", "N"} or code[0] in "ZCM" or re.fullmatch(r"\.(?:sp|in|ti|fi|nf|ce|sk)[+-]?\d*", code):
            return ""
        return found.group(0)

    return re.sub(pattern, read, value)


def has_printed_escapes(text: str) -> bool:
    """Whether `text` shows OBX-5 values printed with their HL7 escapes (python-hl7's): `\\.br\\`
    at least twice, and no message of its own."""
    return text.count(_PRINTED_BREAK) >= 2 and not is_hl7_message(text)


def without_printed_escapes(text: str) -> str:
    """`text` with printed HL7 escapes read, where it shows them (`has_printed_escapes`): `\\.br\\`
    a line break, `\\F\\` a table's ` | ` (the cell's own spaces kept, not doubled), `\\E\\` a
    backslash; else `text` as it is."""
    if not has_printed_escapes(text):
        return text
    text = text.replace(_PRINTED_BREAK, "\n")
    text = re.sub(r" ?\\F\\ ?", " | ", text)
    return text.replace("\\E\\", "\\")
