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
import re
from collections.abc import Sequence

from index.lexical import fold, word_zipf

MIN_LETTERS = 5  # shorter words have too many near neighbours ("plas", "plak", "pols")
CUTOFF = 0.85  # difflib ratio: one slip in a word of seven letters or more
MAX_ZIPF = 1.0  # rarer than this, a word is taken for a slip ("nierbiopsie" itself is 1.1)
_WORD = re.compile(r"[^\W\d_]+")


def corrected(query: str, vocabulary: Sequence[str], known: set[str], language: str) -> str | None:
    """The query with each unknown word replaced by the closest word the leaflets use, or
    None when no word needed or found a replacement. `vocabulary` holds the leaflets'
    folded words, `known` the same as a set."""
    changed = False

    def fix(match: re.Match[str]) -> str:
        nonlocal changed
        word = fold(match.group())
        if len(word) < MIN_LETTERS or word in known or word_zipf(word, language) >= MAX_ZIPF:
            return match.group()
        close = closest_word(word, vocabulary)
        if close is None:
            return match.group()
        changed = True
        return close

    fixed = _WORD.sub(fix, query)
    return fixed if changed else None


def closest_word(word: str, vocabulary: Sequence[str]) -> str | None:
    """The leaflets' word that a folded word of MIN_LETTERS or more most likely misspells,
    or None."""
    if len(word) < MIN_LETTERS:
        return None
    close = difflib.get_close_matches(word, vocabulary, n=1, cutoff=CUTOFF)
    return close[0] if close else None
