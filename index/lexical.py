"""Word matching that understands Dutch: the analyzer behind the lexical index.

Text and queries go through the same steps: Unicode folding, lower case,
diacritics removed ("heroïne" = "heroine"), stop words dropped, Snowball
stemming ("nierfilters" = "nierfilter"). The terms are stored in SQLite FTS5,
which scores them with BM25.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import Stemmer
from bm25s.stopwords import STOPWORDS_DUTCH, STOPWORDS_EN

_WORD = re.compile(r"[^\W_]+", re.UNICODE)

#: Snowball stemmer name for each ISO language code the leaflets may carry.
STEMMERS = {"nl": "dutch", "en": "english", "de": "german", "fr": "french"}


def fold(text: str) -> str:
    """Lower case without diacritics, so that spelling variants meet."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=None)
def _stop_words() -> frozenset[str]:
    # Dutch and English stop words both: leaflets are Dutch, some questions English.
    return frozenset(fold(w) for w in (*STOPWORDS_DUTCH, *STOPWORDS_EN))


@dataclass
class Analyzer:
    """Turns text into index terms for one language's stemmer."""

    language: str = "nl"
    _stemmer: Stemmer.Stemmer = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._stemmer = Stemmer.Stemmer(STEMMERS.get(self.language, "dutch"))

    def words(self, text: str) -> list[str]:
        """Folded words of the text, stop words included (for highlighting)."""
        return _WORD.findall(fold(text))

    def terms(self, text: str) -> list[str]:
        """Stemmed content words, in text order, repeats kept (for BM25)."""
        stops = _stop_words()
        return self._stemmer.stemWords([w for w in self.words(text) if w not in stops])


def exact_phrases(query: str) -> list[tuple[str, ...]]:
    """The phrases of an exact search: each "quoted phrase", and each other
    whitespace-separated token (a hyphenated "IgA-nefropathie" is one phrase of
    two words), as folded words. Nothing is stemmed or dropped."""
    phrases = []
    for quoted, bare in re.findall(r'"([^"]*)"?|(\S+)', query):
        words = tuple(_WORD.findall(fold(quoted or bare)))
        if words and words not in phrases:
            phrases.append(words)
    return phrases


def exact_fts_query(phrases: list[tuple[str, ...]]) -> str:
    """An FTS5 query requiring every phrase, words adjacent and in order."""
    return " AND ".join(f'"{" ".join(words)}"' for words in phrases)


def contains_phrase(words: list[str], phrase: tuple[str, ...]) -> bool:
    """Whether the folded word list holds the phrase, word for word."""
    n = len(phrase)
    return any(tuple(words[i:i + n]) == phrase for i in range(len(words) - n + 1))


def fts_query(terms: list[str]) -> str:
    """An FTS5 query matching any of the terms (BM25 ranks by how many and how rare)."""
    unique = dict.fromkeys(t for t in terms if t)
    return " OR ".join(f'"{t}"' for t in unique)
