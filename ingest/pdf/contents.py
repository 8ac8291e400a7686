"""A table of contents, dropped with its heading (`without_contents`).

Left in, it would be a passage of its own that names every subject of the leaflet, and
so would answer every question.
"""

from __future__ import annotations

import re

from ingest.clean.lines import ends_sentence
from ingest.pdf.geometry import PdfLine

CONTENTS_HEADINGS = frozenset({"inhoud", "inhoudsopgave", "inhoudstafel", "contents", "table of contents"})
MAX_WRAPPED_LINES = 2  # lines of one contents entry above the line with its page number
MIN_LEADER_DOTS = 4
MIN_ENTRIES = 2
_PAGE_AT_END = re.compile(r"(?<!\d)\d{1,3}$")


def contents_page(text: str) -> int | None:
    """The page number of a table-of-contents line, or None: words, a leader of four or
    more dots, spaced or not ("Voorbereiding ....... 3", "2.1 Na de operatie . . . . 7"),
    and a page number. Three dots are an ellipsis ("tot tien... 10"), not a leader."""
    entry = _contents_entry(text)
    return entry[1] if entry else None


def _contents_entry(text: str) -> tuple[str, int] | None:
    """(words, page number) of a table-of-contents line, or None (see `contents_page`)."""
    text = text.replace("…", "...").strip()
    page = _PAGE_AT_END.search(text)
    if page is None:
        return None
    before = text[:page.start()].rstrip()
    words = before.rstrip(". \t")
    leader_dots = before[len(words):].count(".")
    return (words, int(page.group())) if leader_dots >= MIN_LEADER_DOTS and re.search(r"[^\W\d_]", words) else None


def without_contents(pages: list[list[PdfLine]], last_page: int) -> list[list[PdfLine]]:
    """The pages without their table of contents, and without its heading.

    A table of contents would be a passage of its own that names every subject of
    the leaflet, and so would answer every question. It has two or more entries that
    end in a dot leader and a page number; the pages never go down and never pass the
    document's last page ("Spoedeisende hulp ..... 112" in a four-page leaflet is no
    page). Since a dosing schedule can be set the same way ("Week 1 ........ 2"), the
    entries must also stand under an "Inhoud" heading, or at least half of them must
    name a line further on (the sections they point to). The first lines of an entry
    that wraps go with it, and so does the heading.
    """
    flat = [line for lines in pages for line in lines]
    numbers = [contents_page(line.text) for line in flat]
    dropped: set[int] = set()
    index = 0
    while index < len(flat):
        if numbers[index] is None:
            index += 1
            continue
        first, last = index, _last_entry(flat, numbers, index)
        entries = [number for number in numbers[first:last + 1] if number is not None]
        start = _contents_start(flat, first)
        if len(entries) >= MIN_ENTRIES and entries[-1] <= last_page \
                and all(a <= b for a, b in zip(entries, entries[1:])) \
                and (_is_contents_heading(flat[start].text) or _names_later_lines(flat, start, last)):
            dropped.update(range(start, last + 1))
        index = last + 1
    dropped |= _leaderless_contents(flat, last_page)
    kept: list[list[PdfLine]] = []
    at = 0
    for lines in pages:
        kept.append([line for number, line in enumerate(lines, start=at) if number not in dropped])
        at += len(lines)
    return kept


_SECTION_NUMBER = re.compile(r"^\d+(?:\.\d+)*\.?\s+")


MAX_ENTRY_WORDS = 12  # a contents entry names a section as its heading does: a few words


def _leaderless_entry(text: str) -> tuple[str, int] | None:
    """(words, page number) of a contents line set without a dot leader, or None: a few words
    and a page number after a space or in a cell of its own ("What is earwax?  1", "3.1 Let op
    3"), not a sentence ("Bel dan 112." ends in a full stop, not a number)."""
    text = text.strip()
    page = _PAGE_AT_END.search(text)
    if page is None or page.start() == 0 or not text[page.start() - 1].isspace():
        return None
    words = text[:page.start()].strip()
    if not re.search(r"[^\W\d_]", words) or len(words.split()) > MAX_ENTRY_WORDS or words.endswith((".", ",", ":", ";")):
        return None
    return words, int(page.group())


def _leaderless_contents(flat: list[PdfLine], last_page: int) -> set[int]:
    """The lines of a table of contents set without dot leaders (rst2pdf's `.. contents::`,
    ConTeXt's `\\placecontent`): `MIN_ENTRIES` or more lines in a row that each end in a page
    number, pages that never go down nor pass the last page, and every entry naming a line
    further on, the heading it points to; with their "Inhoud" heading. A list or a schedule
    whose lines end in a number ("Week 1  2") names no later line."""
    entries = [_leaderless_entry(line.text) for line in flat]
    dropped: set[int] = set()
    index = 0
    while index < len(flat):
        if entries[index] is None:
            index += 1
            continue
        last = index
        while last + 1 < len(flat) and entries[last + 1] is not None:
            last += 1
        run = [entry for entry in entries[index:last + 1] if entry is not None]
        pages = [page for _, page in run]
        if len(run) >= MIN_ENTRIES and pages[-1] <= last_page and all(a <= b for a, b in zip(pages, pages[1:])) \
                and _names_later_lines(flat, index, last, _leaderless_entry, share=1.0):
            start = index - 1 if index and _is_contents_heading(flat[index - 1].text) else index
            dropped.update(range(start, last + 1))
        index = last + 1
    return dropped


def _names_later_lines(flat: list[PdfLine], start: int, last: int, read=None, share: float = 0.5) -> bool:
    """Whether at least a `share` of the entries from `start` to `last` (as `read`, by default
    `_contents_entry`, reads them) name a line after them (a section heading, perhaps wrapped:
    the line may be the start of a longer entry)."""
    def plain(text: str) -> str:
        return " ".join(_SECTION_NUMBER.sub("", text.strip()).casefold().split())

    read = read or _contents_entry
    later = {plain(line.text) for line in flat[last + 1:]} - {""}
    titles, wrapped = [], []
    for line in flat[start:last + 1]:
        entry = read(line.text)
        if entry is None:
            wrapped.append(line.text)
            continue
        titles.append(plain(" ".join([*wrapped, entry[0]])))
        wrapped = []
    named = sum(title in later or any(len(text) >= 10 and title.startswith(text) for text in later)
                for title in titles)
    return bool(titles) and named >= share * len(titles)


def _last_entry(flat: list[PdfLine], numbers: list[int | None], index: int) -> int:
    """The last entry of the table of contents that has an entry at `index`: entries
    follow each other, or have the wrapped first lines of the next between them."""
    while True:
        ahead = range(index + 1, min(index + 2 + MAX_WRAPPED_LINES, len(flat)))
        following = next((number for number in ahead if numbers[number] is not None), None)
        if following is None or any(ends_sentence(flat[n].text.strip()) for n in range(index + 1, following)):
            return index
        index = following


def _contents_start(flat: list[PdfLine], first: int) -> int:
    """Where the table of contents whose first entry is at `first` begins: at its heading
    ("Inhoud"), with the wrapped lines of the first entry, or at the entry itself."""
    for number in range(first - 1, max(first - 2 - MAX_WRAPPED_LINES, -1), -1):
        text = flat[number].text.strip()
        if _is_contents_heading(text):
            return number
        if ends_sentence(text):
            break
    return first


def _is_contents_heading(text: str) -> bool:
    return text.strip().rstrip(":").strip().casefold() in CONTENTS_HEADINGS
