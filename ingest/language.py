"""Tell which language a leaflet is written in.

The lexical index stems and drops stop words in the language most of its
leaflets are written in; a wrong guess costs recall, so this says "nl" or "en"
only when the text plainly is one of them. A leaflet in neither (a Turkish or
Arabic translation that a hospital hands out beside the Dutch one) is named by
`py3langid` when it is sure; otherwise this says nothing ("").
"""

from __future__ import annotations

import functools
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
    if english >= 0.15 and english > 1.5 * dutch:
        return "en"
    return "" if dutch + english >= 0.1 else _identified(text)


SURE = 0.99  # py3langid's probability for a language, over a leaflet's text


def _identified(text: str) -> str:
    """The language py3langid is sure of for a text with few Dutch or English stop words
    (a byte n-gram model: it needs no word list of the language); "" when unsure."""
    language, probability = _identifier().classify(text[:20000])
    return language if probability >= SURE and language not in ("nl", "en") else ""


@functools.cache
def _identifier():
    """The model, loaded once (about 0.4 s) and only for a leaflet in neither language."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
