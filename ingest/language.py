"""Tell whether a leaflet is written in Dutch or in English.

The lexical index stems and drops stop words in the language most of its
leaflets are written in; a wrong guess costs recall, so this says "nl" or "en"
only when the text plainly is one of them and otherwise says nothing ("").
"""

from __future__ import annotations

import re

DUTCH_STOP_WORDS = frozenset(
    "de het een en van in is op te dat die niet met voor zijn er bij ook je wordt kan of als dan "
    "maar door om naar aan uit worden heeft hebben deze dit wat hoe zo nog geen veel wel meer "
    "kunnen u uw ze zich na tot over".split()
)
ENGLISH_STOP_WORDS = frozenset(
    "the and of to in is that it for on with as are be this by or not an at from have can your "
    "you which was will if has may their".split()
)


def guess_language(text: str) -> str:
    """ "nl" or "en" when that language's stop words make up a clear share of the words
    (and clearly more than the other's), else ""."""
    words = re.findall(r"[^\W\d_]+", text.lower())[:5000]
    if len(words) < 5:
        return ""
    dutch = sum(word in DUTCH_STOP_WORDS for word in words) / len(words)
    english = sum(word in ENGLISH_STOP_WORDS for word in words) / len(words)
    if dutch >= 0.15 and dutch > 1.5 * english:
        return "nl"
    return "en" if english >= 0.15 and english > 1.5 * dutch else ""
