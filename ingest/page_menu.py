"""A page's menu of its own sections, with no contents heading over it (`without_page_menu`).

A kiosk's tile menu or an in-page table of contents, dumped as text (html5lib's `itertext`,
red team 54), is a run of section titles between the page's title and its first section:
left in, it was a passage of nothing but headings that a question could land on. A contents
list under "Inhoud" goes with `without_contents`; this one has no such heading, so it is
known by what it repeats: every entry names, in order, a heading further on.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from ingest.pdf.contents import CONTENTS_HEADINGS

MIN_ENTRIES = 3  # two short lines that repeat later may be a sentence's subjects, not a menu
MAX_ENTRY_WORDS = 10  # a section's title, not a line of text
MAX_ENTRY_CHARS = 80
# The menu stands near the top, under the title and a kiosk's calls and buttons: only runs that
# start within this many filled lines are asked about (each start reads on to the first sentence,
# so a text of short lines and no sentence was read again from every line: 2,000 lines, 89 s).
MAX_MENU_START = 40
# A line that ends as prose does: a sentence, or an introduction ("In deze folder leest u:").
# A question ends many a heading ("Bang om iets verkeerd te doen?"), so it is no prose end here.
_PROSE_END = re.compile(r"[.!:;…][\"'”’)\]]*$")
# An entry's number ("1.", "2.3", "4)"), which the heading it names may write otherwise or not.
_COLUMN_GAP = re.compile(r"\t|\S {2,}\S")  # between a table row's cells
_NUMBERING = re.compile(r"^\d{1,2}(?:\.\d{1,2})*[.)]?\s+")


@dataclass(frozen=True)
class _Line:
    """A filled line of the text: where it stands and what it is compared by."""

    index: int
    text: str
    key: str


def without_page_menu(text: str) -> tuple[str, list[str]]:
    """The text without a menu of its own sections, and the menu's lines (furniture): a run
    of `MIN_ENTRIES` or more short lines, after the first line (the title) and before the text's
    first sentence, each naming a heading further on, in the same order (`_key`: case,
    punctuation, numbering and glyphs aside). The headings named must be (nearly) all the
    headings after it (`_names_the_sections`): a list of symptoms right under a heading names
    some later headings, never all of them. A run after an introduction ("In deze folder leest
    u:") is the text's own sentence and stays; a contents heading right over it goes with it
    (its entries written otherwise than the headings, "› 2. De AED", kept it from
    `without_contents`). Blank lines keep each line's place on its page."""
    lines = text.split("\n")
    filled = [_Line(index, line, _key(line)) for index, line in enumerate(lines) if line.strip()]
    first_prose = next((at for at, line in enumerate(filled) if _PROSE_END.search(line.text.strip())), len(filled))
    places: dict[str, list[int]] = {}
    for at, line in enumerate(filled):
        places.setdefault(line.key, []).append(at)
    entries = [_is_entry(line) for line in filled]
    headings: list[int] | None = None  # read once, where a run long enough asks for them
    for start in range(1, min(first_prose, MAX_MENU_START)):
        run = _menu_run(filled, entries, start, first_prose, places)
        if len(run) < MIN_ENTRIES:
            continue
        if headings is None:
            headings = [at for at in range(len(filled) - 1) if entries[at]
                        and not _COLUMN_GAP.search(filled[at].text.strip()) and _is_prose(filled[at + 1].text)]
        if _names_the_sections(headings, start + len(run), run):
            first = start - 1 if filled[start - 1].text.strip(" \t\f:").casefold() in CONTENTS_HEADINGS else start
            taken = [filled[at].text.strip() for at in range(first, start + len(run))]
            for at in range(first, start + len(run)):
                lines[filled[at].index] = "\f" * filled[at].text.count("\f")
            return "\n".join(lines), taken
    return text, []


def _key(line: str) -> str:
    """A line's words as a heading is compared by: case folded, without the entry's number and
    without its punctuation, arrows and other glyphs ("› 2. De AED" names "De AED")."""
    words = _NUMBERING.sub("", " ".join(line.replace("\f", " ").split()))
    kept = "".join(char if unicodedata.category(char)[0] in "LN" else " " for char in words.casefold())
    return " ".join(_NUMBERING.sub("", " ".join(kept.split())).split())


def _is_entry(line: _Line) -> bool:
    """Whether a line is short enough, and no prose, to be a menu's entry."""
    stripped = line.text.strip()
    return (bool(line.key) and len(stripped) <= MAX_ENTRY_CHARS and len(stripped.split()) <= MAX_ENTRY_WORDS
            and not _PROSE_END.search(stripped))


def _is_prose(line: str) -> bool:
    """Whether a line is the text's own: it ends as a sentence or an introduction, or is too
    long for a title."""
    stripped = line.strip()
    return bool(_PROSE_END.search(stripped)) or len(stripped.split()) > MAX_ENTRY_WORDS


def _menu_run(filled: list[_Line], entries: list[bool], start: int, end: int,
              places: dict[str, list[int]]) -> list[int]:
    """The places further on that the entries from `start` (up to `end`) name, each after the
    one before and after the run itself; the run stops at the first line that names none
    (`entries`: whether each filled line is entry-shaped, `_is_entry`)."""
    found: list[int] = []
    for at in range(start, end):
        if not entries[at]:
            break
        after = max(found[-1] if found else 0, at)
        candidates = places.get(filled[at].key, [])
        later = next((place for place in candidates[bisect_right(candidates, after):]), None)
        if later is None:
            break
        found.append(later)
    while found and found[0] < start + len(found):  # an entry named a line of the run itself
        found.pop()
    return found


def _names_the_sections(headings: list[int], after: int, named: list[int]) -> bool:
    """Whether the places named are (nearly) all the heading-shaped lines from `after` on
    (`headings`, in order: an entry-shaped line over prose, no table's row, cells set apart by a
    wide gap). A quarter may go unnamed (a short line of text over a sentence, a footer's links,
    read as one too)."""
    unnamed = len(set(headings[bisect_left(headings, after):]) - set(named))
    return unnamed * 4 <= len(named)
