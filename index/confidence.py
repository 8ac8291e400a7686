"""Does any leaflet answer the query? A calibrated confidence in [0, 1].

Two signals, both measured on the development set's uncovered questions:
- the cosine between the query and the closest sentence among the candidates:
  an answered question finds a sentence that says what it asks, an unanswered
  one only finds sentences on the same general subject;
- how many of the query's content words that sentence's leaflet never uses
  ("alcohol", "uitkering", "tandarts" in a leaflet that never mentions them):
  each lowers the evidence a little. In a question of more than six content
  words each counts less, in proportion: a long question tells its story
  ("mijn zoontje van 7 heeft net de diagnose gekregen …"), and the words of the
  story are missing from a leaflet that answers the question all the same.
  The leaflet, not the whole collection,
  is asked, so the signal does not weaken as leaflets on other subjects join.
  Words of the second language ("kidney" asked of Dutch leaflets) do not
  count: their absence says nothing.
The search takes the best evidence among its candidates (index/search.py). A
question that names a leaflet's subject ("Kan ik met Enbrel naar de sauna?")
finds close sentences through that name alone, since every sentence of the
leaflet names it too; so the evidence is measured again for the question
without the words of the closest candidate's leaflet title ("Kan ik met naar
de sauna?"), and half of what it loses there is taken off. A logistic curve maps
the evidence to a confidence; its midpoint is the coverage threshold
(confidence 0.5), chosen on the development set.
"""

from __future__ import annotations

import math

MIDPOINT = 0.848  # benchmarks/calibrate_coverage.py: Youden-optimal on the tuning half of the dev set
SCALE = 0.01
UNKNOWN_WORD_PENALTY = 0.01
STORY_WORDS = 6  # in a longer question each unknown word counts STORY_WORDS / content words
SUBJECT_SHARE = 0.5  # of the evidence lost without the subject's words (docs/quality.md)


def evidence(sentence_cosine: float, unknown_terms: int, content_words: int) -> float:
    """One candidate's evidence: its closest sentence, less a penalty per word of the
    question that its leaflet never uses (less per word in a long question)."""
    weight = min(1.0, STORY_WORDS / content_words) if content_words else 1.0
    return sentence_cosine - UNKNOWN_WORD_PENALTY * unknown_terms * weight


def without_subject(value: float, subject_value: float) -> float:
    """The evidence lowered by part of what it loses when the question leaves out the
    leaflets' subject: what only the subject's name carried is not an answer."""
    return value - SUBJECT_SHARE * max(0.0, value - subject_value)


def coverage_confidence(value: float) -> float:
    """Confidence that the leaflets answer the query, from the best evidence; 0.5 is the
    coverage threshold."""
    x = (value - MIDPOINT) / SCALE
    return 1.0 / (1.0 + math.exp(-max(min(x, 60.0), -60.0)))
