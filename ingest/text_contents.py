"""A plain text's table of contents, blanked out with its heading (`without_contents`), and its
revision history, carried apart as furniture (`without_revision_history`).

A PDF's text dump (pdfminer's `pdf2txt.py`, `pdftotext`) keeps the contents page the PDF
reader drops (`ingest/pdf/contents.py`): left in, it was a passage that names every
subject of the leaflet, its spaced leaders (". . .") read as a table's cells, and its
heading ran into the title.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ingest.dates import revision_tables
from ingest.pdf.contents import CONTENTS_HEADINGS, contents_page

MIN_ENTRIES = 3  # entries that name a later heading: two lines that repeat are no contents
_PAGE_NUMBER = re.compile(r"\d{1,3}")  # a page number alone, where the dump set it apart from its entry
_OUTLINE_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})*\.?")  # "4.1", the number split from its entry
_TRAILING_PAGE = re.compile(r"\s+\d{1,3}$")  # an entry's page number set apart by spaces only
# The dot after an entry's or heading's number: Org's contents list reads "1. Wat is ...", its
# heading "1 Wat is ...".
_NUMBER_DOT = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)\.(?=\s)")
# The heading's underline ("Table of Contents" over "_________________", Org's ASCII export).
_UNDERLINE = re.compile(r"[-_=~*]{3,}")


def without_contents(text: str) -> str:
    """The text with its table of contents blank: a heading that says so ("Inhoudsopgave")
    over a run of entries, at least `MIN_ENTRIES` of which name a line further on (the
    heading they point to) or end in a dot leader and a page number; with the page numbers
    the dump set apart on lines of their own on that page (pdfminer sets the column of
    numbers after the entries, even after the next heading). Blank lines keep each line's
    place on its page, which page furniture is judged by."""
    lines = text.split("\n")
    later = _last_places(lines)
    for index, line in enumerate(lines):
        if line.strip(" \t\f:").casefold() not in CONTENTS_HEADINGS:
            continue
        end, entries, pages = _contents_run(lines, index + 1, later)
        if entries >= MIN_ENTRIES:
            for at in [*range(index, end), *_page_numbers_after(lines, end, pages)]:
                lines[at] = "\f" * lines[at].count("\f")
            break
    return "\n".join(lines)


MIN_GLUED_ENTRIES = 3  # headings a line glues together: fewer may be a sentence that names two
GLUED_PREFIX = 4  # letters of an entry it is looked up by; a shorter line is no heading a contents lists


def without_glued_contents(text: str) -> str:
    """The text without a table of contents that a tag stripper glued into one line (strip-tags
    of Moodle's print view: "Inhoudsopgave1. Wat is mpox?2. De klachten3. …7. Contact"): a line
    that is, with or without a contents heading before it, nothing but `MIN_GLUED_ENTRIES` or
    more of the lines further on (the headings it lists), in their order; spaces between them or
    none. A line of prose never spells out three later lines whole, one after the other."""
    lines = text.split("\n")
    keys = [_glued_key(line) for line in lines]
    by_prefix: dict[str, list[int]] = {}
    for index, key in enumerate(keys):
        if len(key) >= GLUED_PREFIX:
            by_prefix.setdefault(key[:GLUED_PREFIX], []).append(index)
    for index, key in enumerate(keys):
        rest = next((key[len(heading):] for heading in _GLUED_HEADINGS if key.startswith(heading)), key)
        if len(rest) >= MIN_GLUED_ENTRIES * GLUED_PREFIX and _glued_entries(rest, index, keys, by_prefix):
            lines[index] = "\f" * lines[index].count("\f")
    return "\n".join(lines)


# The contents headings without spaces, longest first ("tableofcontents" before "contents").
_GLUED_HEADINGS = sorted(("".join(heading.split()) for heading in CONTENTS_HEADINGS), key=len, reverse=True)


def _glued_key(line: str) -> str:
    """A line's letters and marks without its spaces, case folded: a stripper may glue what a
    page set apart, or keep a space."""
    return "".join(line.split()).casefold()


def _glued_entries(rest: str, after: int, keys: list[str], by_prefix: dict[str, list[int]]) -> bool:
    """Whether lines after line `after`, each further on than the one before, make up `rest`
    whole, `MIN_GLUED_ENTRIES` or more of them."""
    count, at = 0, 0
    while at < len(rest):
        places = by_prefix.get(rest[at:at + GLUED_PREFIX], [])  # in order: the first after `after` by bisection
        found = next((places[place] for place in range(bisect_right(places, after), len(places))
                      if rest.startswith(keys[places[place]], at)), None)
        if found is None:
            return False
        count, at, after = count + 1, at + len(keys[found]), found
    return count >= MIN_GLUED_ENTRIES


def _key(line: str) -> str:
    """The line's words, without the dot after a leading number, so "1. Wat" names "1 Wat"."""
    return _NUMBER_DOT.sub(r"\1", " ".join(line.replace("\f", " ").split()).casefold())


def _last_places(lines: list[str]) -> dict[str, int]:
    """Where each line's words (`_key`) last stand."""
    return {_key(line): index for index, line in enumerate(lines) if line.strip()}


def _contents_run(lines: list[str], start: int, later: dict[str, int]) -> tuple[int, int, set[int]]:
    """(the end of the run of contents lines from `start`, how many entries it holds, the
    page numbers it gives): entries, their numbers alone and their page numbers alone, after
    the heading's underline, if any."""
    entries, pages, end = 0, set(), start
    for index in range(start, len(lines)):
        key = _key(lines[index])
        if not key:
            continue
        page = contents_page(key)
        if page is not None or later.get(_TRAILING_PAGE.sub("", key), -1) > index:
            entries += 1
            pages |= {page} if page is not None else set()
        elif _PAGE_NUMBER.fullmatch(key):
            pages.add(int(key))
        elif not (_OUTLINE_NUMBER.fullmatch(key) or (not entries and _UNDERLINE.fullmatch(key))):
            break
        end = index + 1
    return end, entries, pages


def _page_numbers_after(lines: list[str], start: int, pages: set[int]) -> list[int]:
    """The lines after a table of contents, on its page, that are one of its page numbers alone."""
    found = []
    for index in range(start, len(lines)):
        if "\f" in lines[index]:
            break
        if _key(lines[index]).isdigit() and int(_key(lines[index])) in pages:
            found.append(index)
    return found


def without_revision_history(text: str) -> tuple[str, list[str]]:
    """The text without its revision history (`revision_tables`: DocBook's "Wijzigingsgeschiedenis"
    over "Herziening 2   2025-06-30   MvdB" as xmlto's `txt` writes it), and the lines taken out,
    which date the leaflet as furniture does. Left in, its label ran into the title as a subtitle
    and its rows stood as the first passage. Only a paragraph that holds nothing but the table
    goes (its lines up to a blank line); blank lines keep each line's place on its page."""
    lines = text.split("\n")
    taken: list[str] = []
    for table in revision_tables(text):
        end = next((index for index in range(table[0], len(lines)) if not lines[index].strip()), len(lines))
        if set(range(table[0], end)) <= set(table):
            taken += [line.strip() for line in lines[table[0]:end]]
            lines[table[0]:end] = ["\f" * line.count("\f") for line in lines[table[0]:end]]
    return "\n".join(lines), taken
