"""A flashcard deck's notes exported as text (Anki's "Notes in Plain Text", genanki's deck
read back with ankipandas) read as the web page its HTML fields make.

A practice sets a leaflet in a deck, a section a note: the front the section's name, the back
its text as Anki stores it, HTML (`<p>`, `<ul><li>`, `<table>`). The export writes a note a
line, front TAB back, the back's own line breaks kept (ankipandas) or the field quoted as CSV
does (Anki's own export, which opens with `#separator:tab`, `#html:true`, `#tags column:3`
header lines). Read as plain text, the first front and the back's first tag were the title
("Uw kunstgebit verzorgen <p>…</p>"), the other fronts ran into the text before them, and every
tag stood in the passages. Here each note's front is a heading over its back, the first note's
the title (its back holds the sender and date lines, as a leaflet's cover does), and the HTML
reader reads the backs as it reads any page.

A text is a note export only where its first line (after Anki's header lines) opens a note, a
front with no markup before a TAB, and its notes' backs carry HTML's block tags in quantity
(`MIN_BLOCK_TAGS` or more, in most of the backs): a leaflet that quotes a tag in its prose
("de <p>-tag") or a spreadsheet's tab-separated rows show neither.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass

# Anki's header lines ("#separator:tab", "#html:true", "#tags column:3"), and no other "#word:" line
_HEADER = re.compile(r"#(?P<key>separator|html|columns|notetype|deck|tags|(?:guid|notetype|deck|tags) column)"
                     r":(?P<value>.*)")
_FRONT = re.compile(r"(?P<front>[^\t<>]{1,200})\t(?P<back>.*)")  # a front with no markup, then a TAB
_BLOCK_TAG = re.compile(r"<(?:p|li|tr|table|ul|ol|div|br|h[1-6]|blockquote|dl|dt|dd)\b[^<>]*>", re.IGNORECASE)
MIN_BLOCK_TAGS = 4  # a file of HTML fields, not a line that shows a tag or two
MIN_TAGGED_SHARE = 0.5  # the share of the notes whose back holds a block tag


@dataclass(frozen=True)
class Note:
    """One note of a deck: its front (a field's HTML) and its back (the other fields' HTML)."""

    front: str
    back: str


def is_note_export(text: str) -> bool:
    """Whether `text` is a deck's notes exported as text with their HTML (see the module)."""
    notes = read_notes(text)
    tagged = [note for note in notes if _BLOCK_TAG.search(note.back)]
    return bool(notes) and len(tagged) >= MIN_TAGGED_SHARE * len(notes) \
        and sum(len(_BLOCK_TAG.findall(note.back)) for note in notes) >= MIN_BLOCK_TAGS


def read_notes(text: str) -> list[Note]:
    """The notes of a note export, in order; none where the text's first line opens no note."""
    lines = text.lstrip("\ufeff").splitlines(keepends=True)
    headers: dict[str, str] = {}
    while lines and (header := _HEADER.fullmatch(lines[0].strip())):
        headers[header["key"].strip()] = header["value"].strip()
        lines.pop(0)
    while lines and not lines[0].strip():
        lines.pop(0)
    if headers:
        return _quoted_notes(lines, headers)
    return _line_notes([line.rstrip("\r\n") for line in lines])


def notes_as_html(notes: list[Note]) -> str:
    """The page the notes make: each front a heading over its back, the first an `<h1>`."""
    parts = []
    for number, note in enumerate(notes):
        level = 1 if number == 0 else 2
        parts.append(f"<h{level}>{note.front.strip()}</h{level}>\n{note.back}")
    return "<html><body>\n" + "\n".join(parts) + "\n</body></html>\n"


def _line_notes(lines: list[str]) -> list[Note]:
    """ankipandas's shape: a note opens a line with its front and a TAB; a line that opens no
    note goes on with the back of the note before it."""
    if not lines or _opening(lines[0]) is None:
        return []
    fronts: list[str] = []
    backs: list[list[str]] = []
    for line in lines:
        opening = _opening(line)
        if opening is not None:
            fronts.append(opening["front"])
            backs.append(opening["back"].split("\t"))
        else:
            backs[-1].append(line)
    return [Note(front, "\n".join(back)) for front, back in zip(fronts, backs)]


def _opening(line: str) -> re.Match[str] | None:
    opening = _FRONT.fullmatch(line)
    return opening if opening and opening["front"].strip() else None


def _quoted_notes(lines: list[str], headers: dict[str, str]) -> list[Note]:
    """Anki's own export: its fields quoted as CSV does where they hold a line break, some
    columns (named in the header) a note's id, type, deck or tags."""
    if headers.get("separator", "tab").lower() != "tab":
        return []
    skipped = {int(value) - 1 for key, value in headers.items() if key.endswith(" column") and value.isdigit()}
    notes = []
    try:
        for row in csv.reader(lines, delimiter="\t"):
            fields = [field for index, field in enumerate(row) if index not in skipped]
            if len(fields) >= 2 and fields[0].strip():
                notes.append(Note(fields[0], "\n".join(fields[1:])))
            elif any(field.strip() for field in fields):
                return []  # a row of one field: no deck's note
    except csv.Error:  # a NUL byte, a field past csv's limit: no export Anki writes
        return []
    return notes
