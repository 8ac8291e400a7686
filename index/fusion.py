"""Fuse the evidence for each candidate passage into one score.

Hybrid scoring starts from the cosine between query and passage (the passage
read with its headings) and adds two bonuses, chosen on the development set and
checked on the RIVM FAQ set (docs/quality.md has the tables):
- half of what the passage's closest sentence (or own heading) beats the whole
  passage by: a long passage that answers in one sentence should not be
  diluted by the rest of it, while short generic sentences cannot pull a
  passage above its own cosine;
- BM25 divided by the query's best BM25, a small bonus for exact wording
  (rare terms, names, abbreviations) that dense vectors blur; twice that for a
  query of one word, which is a lookup of that word ("Tresiba"): the vectors of
  a lone rare name say least about it.
In a collection with leaflets in two languages, a query in the leaflets' own language
ranks second-language passages `W_LANGUAGE` lower, and a query in the second language ranks
them `W_ASKED_LANGUAGE` lower (index/search.py `_in_query_language`).
"""

from __future__ import annotations

from dataclasses import dataclass

W_SENTENCE = 0.5
W_LEXICAL = 0.02
W_LOOKUP = 0.04  # one-word queries: 1 of the 26 in the question sets moves (docs/quality.md)
W_LANGUAGE = 0.02  # a translation below its original for the original's readers (0.01-0.03 alike)
# What the vectors add to a passage for sharing the question's language, taken off again for a
# question in a translation's language ("When can I drive again after a stroke?" beside an
# English leaflet on bladder infections): a passage in the question's language scores 0.03-0.06
# higher than the same text in the original's (docs/quality.md), so an English passage on another
# subject ranked above the Dutch one that answers. Below that bias, a translation that answers
# still stands above its original.
W_ASKED_LANGUAGE = 0.03


@dataclass(frozen=True)
class Evidence:
    """What the retrievers know about one candidate passage."""

    cosine: float
    sentence_cosine: float
    bm25: float = 0.0


def hybrid_score(evidence: Evidence, best_bm25: float, lexical_weight: float = W_LEXICAL) -> float:
    lexical = evidence.bm25 / best_bm25 if best_bm25 > 0 else 0.0
    sentence_gain = max(0.0, evidence.sentence_cosine - evidence.cosine)
    return evidence.cosine + W_SENTENCE * sentence_gain + lexical_weight * lexical


def rank(candidates: dict[int, Evidence], *, lookup: bool = False) -> list[tuple[int, float]]:
    """(row id, fused score), best first; `lookup` for a query of one word."""
    best_bm25 = max((e.bm25 for e in candidates.values()), default=0.0)
    weight = W_LOOKUP if lookup else W_LEXICAL
    scored = [(rowid, hybrid_score(e, best_bm25, weight)) for rowid, e in candidates.items()]
    return sorted(scored, key=lambda item: -item[1])
