"""The sentence(s) of a passage that best match the query.

Support staff quote one line, and patients see at a glance why a passage was
returned. Sentences are scored by the query terms they share, rare terms counting
more; a passage that shares no term with the query gets no highlight rather than
a guessed one.
"""

from __future__ import annotations

import re

from index.lexical import Analyzer

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'‘“(]?[A-ZÀ-Ý0-9])|\n+")


def sentences(text: str) -> list[str]:
    """Sentences and list items of a passage, as they stand in its text."""
    return [s.strip() for s in _SENTENCE_END.split(text) if s and s.strip()]


def best_sentences(text: str, query: str, analyzer: Analyzer, limit: int = 1) -> tuple[str, ...]:
    """Up to `limit` sentences sharing the most query terms, in passage order."""
    wanted = set(analyzer.terms(query))
    if not wanted:
        return ()
    scored = []
    for position, sentence in enumerate(sentences(text)):
        shared = wanted & set(analyzer.terms(sentence))
        if shared:
            weight = sum(len(term) for term in shared)  # longer stems are rarer, more telling
            scored.append((weight, -position, sentence))
    best = sorted(scored, reverse=True)[:limit]
    return tuple(s for _, _, s in sorted(best, key=lambda item: -item[1]))
