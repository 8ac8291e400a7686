"""An invisible OCR layer's misread words put right.

An OCR layer (text render mode 3, laid over a scan) has its misread words put right
where the reading is a word and the OCR's is none (`ocr_corrected`: "p1ek", "naarn",
"3O"); what is a word, `wordfreq` says, loaded on the first OCR page.
"""

from __future__ import annotations

import functools
import re

# Glyphs an OCR engine takes for each other: what it read, and what may have stood there.
_CONFUSED = (("rn", "m"), ("1", "l"), ("0", "o"), ("I", "l"), ("l", "I"), ("|", "l"))
MAX_CONFUSED = 4  # places in one word tried, each read as it stands or as its twin
_DIGIT_O = re.compile(r"(?<=\d)O")
_GLUED_LINE = re.compile(r"(?<!\S)_+(?=[^\W\d_])")


def ocr_corrected(text: str) -> str:
    """Text of an OCR layer with the misreadings put right that turn a word into none:
    "p1ek" (a digit among letters) is "plek", "naarn" is "naam", "Iangzaam" is "langzaam",
    "3O" (a letter O among digits) is "30", and "be schadigt" (a word cut in two, one half
    no word) is "beschadigt". A word is changed only where it is no word (`wordfreq`, Dutch
    or English) and its reading is one; a word that is already a word stays as it is.
    Underscores glued to a word's start are a speck or a bullet's edge read as a line
    ("• __Shockwavetherapie"): they go; a fill-in line ("Naam: ______") stays."""
    text = _GLUED_LINE.sub("", text)

    def word(match: re.Match) -> str:
        token = match.group()
        if any(ch.isdigit() for ch in token) and not any(ch.isalpha() and ch != "O" for ch in token):
            return _DIGIT_O.sub("0", token)  # "3O graden"
        return _reading(token)

    pieces = re.sub(r"[^\W_]+(?:\|[^\W_]+)*", word, text).split(" ")
    out: list[str] = []
    for piece in pieces:
        if out and _split_word(out[-1], piece):
            out[-1] += piece
        else:
            out.append(piece)
    return " ".join(out)


def _split_word(first: str, second: str) -> bool:
    """Whether two words are one cut in two: one half is no word (nor two words written as
    one, as "nierfilters" is), the whole is ("be schadigt"); "bij nierfilters" stays two."""
    if not (first.isalpha() and re.fullmatch(r"[^\W\d_]+[.,;:!?)]?", second)) or len(first) < 2 \
            or second[:1].isupper():
        return False
    letters = second.rstrip(".,;:!?)")
    return len(letters) >= 2 and not (_is_word(first) and _is_word(letters)) and _is_word(first + letters)


def _reading(token: str) -> str:
    """The word an OCR engine misread as `token`, or `token` (see `ocr_corrected`)."""
    if len(token) < 3 or not any(ch.isalpha() for ch in token) or _zipf(token) > 0 or _compound(token):
        return token
    places = [(at, seen, meant) for seen, meant in _CONFUSED for at in _find_all(token, seen)
              if seen not in "Il" or _confusable_letter(token, at, seen)]
    if not places or len(places) > MAX_CONFUSED:
        return token
    best, best_zipf = token, 0.0
    for mask in range(1, 1 << len(places)):
        chosen = [place for bit, place in enumerate(places) if mask >> bit & 1]
        spans = sorted((at, at + len(seen)) for at, seen, _ in chosen)
        if any(a_end > b_start for (_, a_end), (b_start, _) in zip(spans, spans[1:])):
            continue  # two readings of one glyph
        reading = token
        for at, seen, meant in sorted(chosen, reverse=True):
            reading = reading[:at] + meant + reading[at + len(seen):]
        if any(ch.isdigit() for ch in reading):
            continue
        zipf = _zipf(reading) if _zipf(reading) >= EVERYDAY_ZIPF else (EVERYDAY_ZIPF if _compound(reading) else 0.0)
        if zipf > best_zipf:
            best, best_zipf = reading, zipf
    return best


def _find_all(token: str, seen: str) -> list[int]:
    return [at for at in range(len(token)) if token.startswith(seen, at)]


def _confusable_letter(token: str, at: int, seen: str) -> bool:
    """Whether an "I" may be an "l" (before a small letter: "Iangzaam", "Iigt") or an "l" an
    "I" (a word's first letter before an n, m or k, which no Dutch or English word starts
    with after an l, and many after an I: "lnformatie", "lk")."""
    if seen == "I":
        return token[at + 1:at + 2].islower()
    return at == 0 and len(token) > 1 and token[1].islower() and token[1] in "nmk"


EVERYDAY_ZIPF = 2.0  # wordfreq's scale: a word met at least once per ten million words
MIN_PART = 3  # letters of each word a compound is made of ("druk" + "plek")


def _is_word(word: str) -> bool:
    return _zipf(word) >= EVERYDAY_ZIPF or _compound(word)


def _compound(word: str) -> bool:
    """Whether a word is two everyday words written as one, as Dutch writes compounds."""
    word = word.lower()
    return any(_zipf(word[:cut]) >= EVERYDAY_ZIPF and _zipf(word[cut:]) >= EVERYDAY_ZIPF
               for cut in range(MIN_PART, len(word) - MIN_PART + 1))


@functools.lru_cache(maxsize=65536)
def _zipf(word: str) -> float:
    """How common a word is in Dutch or English (`wordfreq`, loaded on the first OCR page)."""
    from wordfreq import zipf_frequency

    word = word.lower()
    return max(zipf_frequency(word, language) for language in ("nl", "en"))
