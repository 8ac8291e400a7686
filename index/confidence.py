"""Does any leaflet answer the query? A calibrated confidence in [0, 1].

The signal is the cosine of the best dense match: questions the leaflets answer
find a passage that is close in meaning; uncovered questions only find passages
on the same general subject. The logistic curve below maps that cosine to a
confidence; its midpoint is the coverage threshold chosen on the dev set.
"""

from __future__ import annotations

import math

MIDPOINT = 0.82
SCALE = 0.02


def coverage_confidence(query, dense, lexical, terms, store) -> tuple[float, dict[str, float]]:
    """(confidence, the signals it came from)."""
    top_cosine = dense[0][1] if dense else 0.0
    confidence = 1.0 / (1.0 + math.exp(-(top_cosine - MIDPOINT) / SCALE)) if dense else 0.0
    return confidence, {"top_cosine": top_cosine}
