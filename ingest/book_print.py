"""A learning platform's print view of a book, its print furniture dropped (`without_book_print`).

Moodle's "Print book" page (booktool_print) sets over the book's chapters its print button
("Print this book", Dutch "Dit boek afdrukken"), the book's name, a table of the print's
details ("Site", "Course", "Book", "Printed by", "Date"; Dutch "Site", "Cursus", "Boek",
"Afgedrukt door", "Datum") and the book's description under its label ("Description",
"Beschrijving"). A tag stripper (strip-tags) glues each label to its value ("Boek:Mpox: …",
"Afgedrukt door:Gast"): read as text, the button's words were the title, the fields the first
passage, and the print's date might date the leaflet (red team 47). The details prove the
view: among three or more fields of its labels, one names the book and one who printed it.
The book's name is then the title; the lines over the table other than that name are the
print button, the table goes with the print's date and who printed it, and the site's name
is furniture (it may name the publisher). A description's label glued to its text is taken
off; the contents that follow (glued too) go with `ingest.text_contents`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from ingest.clean.lines import ends_sentence


class PrintField(Enum):
    """What a field of the print view's table holds."""

    SITE = "site"
    COURSE = "course"
    BOOK = "book"
    PRINTED_BY = "printed by"
    DATE = "date"


# The table's labels as Moodle's language packs write them, lower case.
_LABELS: dict[str, PrintField] = {
    "site": PrintField.SITE, "cursus": PrintField.COURSE, "course": PrintField.COURSE,
    "boek": PrintField.BOOK, "book": PrintField.BOOK,
    "afgedrukt door": PrintField.PRINTED_BY, "printed by": PrintField.PRINTED_BY,
    "datum": PrintField.DATE, "date": PrintField.DATE,
}
_FIELD = re.compile(r"[ \t]*(?P<label>[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+)?)[ \t]*:[ \t]*(?P<value>\S.*?)[ \t]*")
# The description's label glued to its text ("BeschrijvingInformatie voor …") or set before it.
_DESCRIPTION = re.compile(r"[ \t]*(?i:beschrijving|description)(?=[A-Z]|[ \t]*:[ \t]*\S)[ \t]*:?[ \t]*")
MIN_FIELDS = 3  # the book and who printed it, and one more: two labelled lines are any leaflet's
MAX_LINES_BEFORE = 3  # the print button and the book's name over the table
MAX_BUTTON_WORDS = 5  # "Print this book", "Dit boek afdrukken"
MAX_LINES_AFTER = 6  # the contents and the description under the table


@dataclass(frozen=True)
class BookPrint:
    """The text without the print view's furniture (blank lines where it stood), the book's
    name as the title ("" where the text is no print view) and the site's name as furniture."""

    text: str
    title: str = ""
    furniture: tuple[str, ...] = ()


def without_book_print(text: str) -> BookPrint:
    """`text` without a book's print furniture (see the module's docstring); a text whose
    opening lines hold no print view's table comes back as it is."""
    lines = text.split("\n")
    run = _details_run(lines)
    if run is None:
        return BookPrint(text)
    first, last, fields = run
    title = fields[PrintField.BOOK]
    kept = list(lines)
    for index in range(first):
        if _is_button(lines[index], title):
            kept[index] = ""
    for index in range(first, last + 1):
        kept[index] = ""
    for index in range(last + 1, min(len(lines), last + 1 + MAX_LINES_AFTER)):
        kept[index] = _DESCRIPTION.sub("", lines[index], count=1) if _DESCRIPTION.match(lines[index]) else lines[index]
    site = fields.get(PrintField.SITE, "")
    return BookPrint("\n".join(kept), title, (site,) if site else ())


def _details_run(lines: list[str]) -> tuple[int, int, dict[PrintField, str]] | None:
    """(first line, last line, the fields) of the print's details: a run of lines, each a field
    of the table's labels, at the text's top (`MAX_LINES_BEFORE` lines over it at most), that
    names the book and who printed it among `MIN_FIELDS` or more."""
    filled = [index for index, line in enumerate(lines) if line.strip(" \t\f")]
    for start in filled[:MAX_LINES_BEFORE + 1]:
        fields: dict[PrintField, str] = {}
        index = start
        while index < len(lines) and (field := _field(lines[index])) and field[0] not in fields:
            fields[field[0]] = field[1]
            index += 1
        if len(fields) >= MIN_FIELDS and {PrintField.BOOK, PrintField.PRINTED_BY} <= fields.keys():
            return start, index - 1, fields
    return None


def _field(line: str) -> tuple[PrintField, str] | None:
    match = _FIELD.fullmatch(line)
    if not match:
        return None
    kind = _LABELS.get(" ".join(match["label"].split()).casefold())
    return (kind, match["value"]) if kind else None


def _is_button(line: str, title: str) -> bool:
    """Whether a line over the table is the print button's text: a few words, no sentence and
    not the book's name."""
    words = line.split()
    return bool(words) and " ".join(words) != " ".join(title.split()) and len(words) <= MAX_BUTTON_WORDS \
        and not ends_sentence(line.strip())
