"""A leaflet typed all in lower case, read as the same text in sentence case.

Some people type without capitals, and some tools lower-case a whole text. The reader tells a
title, a heading and a paragraph's first line by their capital (`ingest.clean` joins a line that
opens in lower case to the line above it; `ingest.structure` takes no lower-case line for a
title or a heading), so such a leaflet lost its title to its file name and read as one run of
lines. Where no sentence of the text opens with a capital, each sentence's first letter is
written as a capital, as the author would have: the first line, a line after a blank line or
after a sentence's end, a line after a short line that ends in no punctuation (a heading over
its text), and a word after a sentence's end inside a line. A list's items and what follows a
colon keep their case, as normal text writes them. Every letter keeps its place (a capital of
one character or none), so the source's page offsets still hold.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.braille_text import is_braille_ready
from ingest.sentences import ABBREVIATED, MAX_ABBREVIATION
from ingest.source import SourceText

MIN_SENTENCE_STARTS = 5  # enough sentences to judge: a short note may open in lower case by chance
SHORT_LINE = 0.6  # of the text's full line: a line shorter than this that ends in no mark was ended by its author
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")
# A sentence's end inside a line, and the first letter of the next one (after quotes or brackets).
_NEXT_SENTENCE = re.compile(r"(?<=[^\W\d_][.!?]) +[\"'“‘(]?([^\W\d_])")
# Words shortened with a point, after which a sentence goes on ("bijv. een", "o.a. de").
_ABBREVIATED = re.compile(ABBREVIATED + "$", re.IGNORECASE)
# A list item's mark, a number or a label's colon: what follows it keeps its case.
_ITEM_MARK = re.compile(r"\s*(?:[-*•–·]|\d{1,2}[.)]|[a-z][.)])\s")
_FIRST_LETTER = re.compile(r"[^\W\d_]")


def sentence_cased(source: SourceText) -> SourceText:
    """`source` with its sentences opening in capitals where it is typed all in lower case (see
    the module); any other source as it is. A format's marked headings (`heading_hints`, by
    their words) and braille-ready text (one case by design, `ingest.braille_text`) stay as
    they are."""
    if source.heading_hints or not is_lower_cased(source.text) or is_braille_ready(source.text):
        return source
    return replace(source, text=_with_capitals(source.text))


def is_lower_cased(text: str) -> bool:
    """Whether no sentence of `text` opens with a capital, of enough sentences to judge."""
    starts = [text[at] for at in _sentence_starts(text)]
    return len(starts) >= MIN_SENTENCE_STARTS and not any(letter.isupper() for letter in starts)


def _with_capitals(text: str) -> str:
    """`text` with a capital at each sentence's first letter, every other letter in place."""
    letters = list(text)
    for at in _sentence_starts(text):
        letters[at] = _capital(letters[at])
        if text[at:at + 2] == "ij":  # Dutch writes the digraph as one letter: "IJsbeer"
            letters[at + 1] = "J"
    return "".join(letters)


def _capital(letter: str) -> str:
    """The letter's capital where it is one character ("ß" has none of its own), else the letter."""
    upper = letter.upper()
    return upper if len(upper) == 1 else letter


def _sentence_starts(text: str) -> list[int]:
    """The offsets of the letters that open a sentence (see the module), in order."""
    lines = text.split("\n")
    full = _full_line(lines)
    starts: list[int] = []
    offset = 0
    previous = ""
    for line in lines:
        stripped = line.strip()
        if stripped and _opens_sentence(previous, full) and not _ITEM_MARK.match(line):
            letter = _FIRST_LETTER.search(line)
            if letter is not None and letter.start() == len(line) - len(line.lstrip()):
                starts.append(offset + letter.start())
        for match in _NEXT_SENTENCE.finditer(line):
            if not _abbreviated(line, match.start()):
                starts.append(offset + match.start(1))
        previous = stripped
        offset += len(line) + 1
    return sorted(starts)


def _opens_sentence(previous: str, full: int) -> bool:
    """Whether a line after `previous` (stripped; "" for none or a blank line) opens a sentence."""
    if not previous or _SENTENCE_END.search(previous):
        return not _abbreviated(previous, len(previous))
    return not previous.endswith((":", ",", ";", "-")) and len(previous) < SHORT_LINE * full


def _abbreviated(line: str, end: int) -> bool:
    """Whether the point before `end` shortens a word; only the last word is read, so that a
    line of many sentences is read once, not once a sentence."""
    return _ABBREVIATED.search(line, max(0, end - MAX_ABBREVIATION), end) is not None


def _full_line(lines: list[str]) -> int:
    """The length of the text's full line: its 90th percentile, as `ingest.clean` measures it."""
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    return lengths[int(0.9 * (len(lengths) - 1))] if lengths else 0
