"""The sentence(s) of a passage that best match the query.

Support staff quote one line, and patients see at a glance why a passage was
returned. With sentence vectors (hybrid and dense search) the sentence closest
in meaning wins; without them (lexical search) the one sharing the most query
terms, longer stems counting more. A passage sharing nothing with the query
gets no highlight rather than a guessed one.
"""

from __future__ import annotations

import numpy as np

from ingest.split import sentence_spans
from index.lexical import Analyzer


def sentences(text: str) -> list[str]:
    """Sentences and list items of a passage, as they stand in its text."""
    found = []
    for line in text.split("\n"):
        found.extend(line[start:end] for start, end in sentence_spans(line))
    return [s for s in (s.strip() for s in found) if s]


def closest_sentence(text: str, cosines: np.ndarray) -> tuple[str, ...]:
    """The sentence whose vector is closest to the query's."""
    parts = sentences(text)
    if not parts or len(cosines) != len(parts):
        return ()
    return (parts[int(np.argmax(cosines))],)


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
