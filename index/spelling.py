"""Spelling suggestions for typed questions: "nierbiobsie" → "Bedoelde u: nierbiopsie?".

Patients misspell medical words, and neither BM25 nor the model finds a word it has not
seen spelled that way. A query word that is no word of the language (wordfreq knows it
less than once per 100 million words) and that no leaflet uses, close to one they do
(difflib's ratio), is offered as a correction; a real word the leaflets happen not to use
("dikke" where they say "dikker", "beroerte") is left alone. The search itself never changes what was asked, and
`Searcher.suggest` offers a correction only when it finds an answer the query did not.
"""

from __future__ import annotations

import difflib
import math
import re
from collections.abc import Sequence

from index.lexical import fold, word_zipf

MIN_LETTERS = 5  # shorter words have too many near neighbours ("plas", "plak", "pols")
CUTOFF = 0.85  # difflib ratio: one slip in a word of seven letters or more
MAX_ZIPF = 1.0  # rarer than this, a word is taken for a slip ("nierbiopsie" itself is 1.1)
_WORD = re.compile(r"[^\W\d_]+")


class Vocabulary:
    """The leaflets' folded words, grouped by first letter and length: a slip is compared
    only with the words it can be close to. difflib over every word of a large collection
    (200,000 words) takes a tenth of a second; a slip in a word's first letter goes
    uncorrected."""

    def __init__(self, words: Sequence[str]):
        self.known = set(words)
        self._shapes: dict[tuple[str, int], list[str]] = {}
        for word in words:
            self._shapes.setdefault((word[:1], len(word)), []).append(word)

    def closest(self, word: str) -> str | None:
        """The leaflets' word that a folded word of MIN_LETTERS or more most likely misspells,
        or None. difflib's ratio, 2 × matches / both lengths, reaches CUTOFF only between
        lengths this close."""
        if len(word) < MIN_LETTERS:
            return None
        shortest = math.ceil(len(word) * CUTOFF / (2 - CUTOFF)) - 1  # a letter more either
        longest = math.floor(len(word) * (2 - CUTOFF) / CUTOFF) + 1  # side: ratios at the cutoff
        candidates = [other for length in range(shortest, longest + 1)
                      for other in self._shapes.get((word[0], length), ())]
        close = difflib.get_close_matches(word, candidates, n=1, cutoff=CUTOFF)
        return close[0] if close else None


def corrected(query: str, vocabulary: Vocabulary, language: str) -> str | None:
    """The query with each unknown word replaced by the closest word the leaflets use, or
    None when no word needed or found a replacement."""
    changed = False

    def fix(match: re.Match[str]) -> str:
        nonlocal changed
        word = fold(match.group())
        if len(word) < MIN_LETTERS or word in vocabulary.known or word_zipf(word, language) >= MAX_ZIPF:
            return match.group()
        close = vocabulary.closest(word)
        if close is None:
            return match.group()
        changed = True
        return close

    fixed = _WORD.sub(fix, query)
    return fixed if changed else None
