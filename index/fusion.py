"""Fuse the evidence for each candidate passage into one score.

Hybrid scoring starts from the cosine between query and passage (the passage
read with its headings) and adds two bonuses, chosen on the development set and
checked on the RIVM FAQ set (docs/quality.md has the tables):
- half of what the passage's closest sentence (or own heading) beats the whole
  passage by: a long passage that answers in one sentence should not be
  diluted by the rest of it, while short generic sentences cannot pull a
  passage above its own cosine;
- BM25 divided by the query's best BM25, a small bonus for exact wording
  (rare terms, names, abbreviations) that dense vectors blur.
"""

from __future__ import annotations

from dataclasses import dataclass

W_SENTENCE = 0.5
W_LEXICAL = 0.02


@dataclass(frozen=True)
class Evidence:
    """What the retrievers know about one candidate passage."""

    cosine: float
    sentence_cosine: float
    bm25: float = 0.0


def hybrid_score(evidence: Evidence, best_bm25: float) -> float:
    lexical = evidence.bm25 / best_bm25 if best_bm25 > 0 else 0.0
    sentence_gain = max(0.0, evidence.sentence_cosine - evidence.cosine)
    return evidence.cosine + W_SENTENCE * sentence_gain + W_LEXICAL * lexical


def rank(candidates: dict[int, Evidence]) -> list[tuple[int, float]]:
    """(row id, fused score), best first."""
    best_bm25 = max((e.bm25 for e in candidates.values()), default=0.0)
    scored = [(rowid, hybrid_score(e, best_bm25)) for rowid, e in candidates.items()]
    return sorted(scored, key=lambda item: -item[1])
