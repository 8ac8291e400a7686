"""Which language a question is asked in, when it is not the leaflets' own.

Patients sometimes ask in their own language ("neden ayak bileklerim şişiyor"). The
multilingual model still finds passages across languages, but less surely (MRR@10 0.42-0.73
against 0.82-0.86 for the same questions in Dutch, docs/quality.md), and the coverage
signal cannot check such a question's words against the leaflets, so the search says which
language it saw and the app tells the reader plainly.

`py3langid` (langid.py's maintained fork, a naive Bayes model over byte n-grams) does the
identifying. Its choice is limited to the languages `wordfreq` lists (about forty widely
written ones, the leaflets' own included): over all of its 97, short Dutch or Polish
questions scatter over Frisian, Afrikaans or Luxembourgish. A language counts when it is
the likeliest, with at least a fifth of the probability and twice that of the leaflets'
own language: a short question spreads its probability over many languages ("gants
Raynaud" is French 0.24, Dutch 0.03), so a fixed share such as one half misses many.
Search terms shared by many languages ("prednison FSGS") can come out as anything, which
is why the search only asks about questions whose words the leaflets do not all use
(index/search.py); through the search, no Dutch question of the project's four sets is
taken for another language.
"""

from __future__ import annotations

import threading
from typing import Any

MIN_PROBABILITY = 0.2
LEAD = 2.0  # times the probability of the leaflets' own language

_identifiers: dict[str, Any] = {}  # one model per process and leaflet language
_lock = threading.Lock()


def question_language(question: str, leaflet_language: str) -> str:
    """The ISO 639-1 code of the language `question` is written in, or "" when that is the
    leaflets' own language or not clear (a name, a term shared by many languages)."""
    if not any(ch.isalpha() for ch in question):
        return ""
    ranked = dict(_identifier(leaflet_language).rank(question))
    language = max(ranked, key=ranked.get)
    if language == leaflet_language or ranked[language] < MIN_PROBABILITY \
            or ranked[language] < LEAD * ranked.get(leaflet_language, 0.0):
        return ""
    return language


def _identifier(leaflet_language: str) -> Any:
    """The model, loaded on first use (a 4.6 MB compressed table: ~0.4 s); the search asks
    only about questions the leaflets' own words do not make up (index/search.py)."""
    with _lock:
        identifier = _identifiers.get(leaflet_language)
        if identifier is None:
            identifier = _identifiers[leaflet_language] = _load(leaflet_language)
        return identifier


def _load(leaflet_language: str) -> Any:
    import wordfreq
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    wanted = set(wordfreq.available_languages()) | {leaflet_language}
    identifier.set_languages(sorted(wanted & set(identifier.nb_classes)))
    return identifier
