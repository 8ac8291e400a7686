"""Braille-ready text (BRF): a leaflet transcribed for an embosser, not print.

A braille translator (brltty-ctb, liblouis, Duxbury) writes each braille cell as one ASCII sign:
letters in one case only, contractions as signs no print word holds ("onderz{k" for "onderzoek",
"vo?t" for "vocht" in Dutch braille; "?e" for "the" in English), lines of an embosser's width
(40 cells at most as a rule). Read as print, its words match no question: the leaflet is
indexed but cannot be found. Translating it back takes a braille table library (liblouis), which
the product does not carry; the editor is told to add the print edition instead.
"""

from __future__ import annotations

import re

MIN_WORDS = 60  # enough words to judge; a short note may lack capitals by chance
MAX_BRAILLE_LINE = 42  # an embosser's line: 40 cells as a rule, a few more on wide paper
SHORT_LINES = 0.95  # the share of text lines no longer than that
MIN_SIGN_WORDS = 0.03  # the share of words with a braille sign inside (print has none, URLs aside)
# A braille cell's ASCII sign inside a word: none of them stands between letters in print.
_SIGN_IN_WORD = re.compile(r"[^\W\d_][{}\[\]\\|@^_?!&%$#*+=<>]|[{}\[\]\\|@^_?!&%$#*+=<>][^\W\d_]")
# An address opens a word; its parts hold no "@" or space, so a long word is scanned once, not once a sign.
# A hashtag or a handle ("#handenwassen", "@stjansdal": a poster's campaign, the hospital's account) is
# print's too: its sign opens a word of letters alone.
_URL = re.compile(r"(?:https?://|www\.|(?<!\S)[^\s@]+@[^\s@]+\.)\S*|(?<!\S)[#@][^\W\d_]+[.,;:!?]*(?!\S)", re.IGNORECASE)


def is_braille_ready(text: str) -> bool:
    """Whether a text is braille-ready ASCII (see the module): its letters all in one case,
    its lines an embosser's width, and a braille sign inside a fair share of its words."""
    lines = [line for line in text.splitlines() if line.strip()]
    words = _URL.sub(" ", text).split()
    if len(words) < MIN_WORDS:
        return False
    letters = [char for char in text if char.isalpha()]
    one_case = all(not char.isupper() for char in letters) or all(not char.islower() for char in letters)
    short = sum(len(line.rstrip()) <= MAX_BRAILLE_LINE for line in lines) >= SHORT_LINES * len(lines)
    signed = sum(_SIGN_IN_WORD.search(word.rstrip(".,;:!?)\"'")) is not None for word in words)
    return one_case and short and signed >= MIN_SIGN_WORDS * len(words)
