"""A text cut into a speech engine's chunks, one a line, its sentences joined back.

A text-to-speech client (gTTS's tokenizer, as gtts-cli sends text to the speech service) cuts a
text at every comma, colon and sentence end and at about 100 characters, drops the signs it cut
at, and the chunks, written one a line, leave no blank line. Read as a text, each chunk was a line
of its own: a fragment ("U komt een paar keer naar") stood as a heading over its sentence's
rest, a word alone ("In") as a paragraph. Such a text is known by its shape: no blank lines, most
lines ending in no sign, and many opening in lower case, as no line of print that starts a
sentence or a heading does. There, a line that opens in lower case goes on with the line
before it, and is joined to it; the signs the engine dropped cannot be told back.
"""

from __future__ import annotations

import re

MIN_LINES = 20  # enough lines to judge the shape
MIN_WORDS = 200  # enough words to miss their commas
MAX_COMMAS = 1 / 300  # commas after a word, a share of the words: print has one in 20 words or so
MAX_BLANK_LINES = 0.02  # the share of blank lines: a chunk list has none
MIN_UNSIGNED_ENDS = 0.6  # the share of lines ending in no sign (a full stop, a colon, a comma)
MIN_LOWER_STARTS = 0.15  # the share of lines opening in lower case: a sentence's rest
_ITEM = re.compile(r"[ \t]*(?:[-*•+][ \t]|\d{1,2}[.)][ \t])")  # a list's item opens its own line
_LOWER_START = re.compile(r"[ \t]*[^\W\d_]")
_TABLE_GAP = re.compile(r"\S {3,}\S")  # between a plain-text table's cells
_WORD_COMMA = re.compile(r"[^\W\d_],[ \t]")


def is_chunked(text: str) -> bool:
    """Whether a text is a speech engine's chunks, one a line (see the module)."""
    lines = text.strip("\n").split("\n")
    filled = [line.strip() for line in lines if line.strip()]
    words = len(text.split())
    if len(filled) < MIN_LINES or len(lines) - len(filled) > MAX_BLANK_LINES * len(lines) or words < MIN_WORDS \
            or len(_WORD_COMMA.findall(text)) > MAX_COMMAS * words:
        return False
    unsigned = sum(line[-1].isalnum() for line in filled)
    lower = sum(_opens_lower(line) for line in filled)
    return unsigned >= MIN_UNSIGNED_ENDS * len(filled) and lower >= MIN_LOWER_STARTS * len(filled)


def joined_chunks(text: str) -> str:
    """A chunked text (`is_chunked`) with each line that goes on with the sentence of the line
    before it joined to that line (`_goes_on`); any other text as it is."""
    if not is_chunked(text):
        return text
    lines = text.split("\n")
    joined: list[list[str]] = []  # each line's chunks, joined once at the end (linear in the text)
    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else ""
        # the line before stands for the joined line it ends: a row's gap in any line stops all joining at it
        if joined and _goes_on(lines[index - 1], line, following):
            joined[-1].append(line.strip())
        else:
            joined.append([line])
    return "\n".join(" ".join([chunks[0].rstrip(), *chunks[1:]]) if len(chunks) > 1 else chunks[0]
                     for chunks in joined)


def _goes_on(before: str, line: str, following: str) -> bool:
    """Whether a chunk goes on with the sentence of the line before it: it opens in lower case,
    or it is one word ("CI", "In") between a line that ends in no sign and one that opens in lower
    case. A table's row (cells set apart by wide gaps) wraps a cell, not a sentence: it is no chunk."""
    if not before.strip() or any(_TABLE_GAP.search(_ITEM.sub("", text).strip()) for text in (before, line)):
        return False
    one_word = len(line.split()) == 1 and before.rstrip()[-1:].isalnum() and _opens_lower(following)
    return _opens_lower(line) or one_word


def _opens_lower(line: str) -> bool:
    """Whether a line opens with a letter in lower case, no list item's sign before it."""
    return not _ITEM.match(line) and _LOWER_START.match(line) is not None and line.lstrip()[:1].islower()
