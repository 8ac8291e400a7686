"""Whether a page's text layer reads as text at all (`unread_pages`).

A PDF whose font carries no map from its glyphs to characters (a CID font, Identity-H,
without ToUnicode, as cups-filters' texttopdf embeds DejaVu) gives its glyph numbers as
the text: "(HQ\\x03VOLMPEHXUV\\x03LV\\x03HHQ" for "Een slijmbeurs is een". Such a page is a
cipher, not words; indexed, it made a leaflet of nonsense with a title of control
characters. Nothing here decodes it (the glyph order is the font's own); it is only known.

Text of any language reads by two measures that a cipher fails together: most of its words
are letters alone, each with a vowel (a script without Latin letters counts as read), and
a good share of its Latin letters are vowels. Over every page of the PDFs under tests/data
and sources/ the least were 0.78 of words (a page of 36) and 0.33 of letters; the
texttopdf cipher gives 0.42 and 0.16. A page whose characters are mostly control codes or
unknown glyphs (a subset font numbering its glyphs from 1) reads neither.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from ingest.pdf.geometry import PdfLine

MIN_WORDS = 20  # fewer words than this on a page: it is judged with the whole file's text
MIN_WORD_SHARE = 0.6  # of a page's words, those that are letters alone with a vowel
MIN_VOWEL_SHARE = 0.25  # of a page's Latin letters, the vowels
MIN_PRINTABLE = 0.5  # of a page's characters (spaces aside), those that are characters, not codes

_BREAK = re.compile(r"[\s\x00-\x1f\x7f]+")  # a cipher's space is often a control code (\x03)
_EDGES = ".,;:!?()[]{}\"'“”‘’«»•*/"
_JOINERS = str.maketrans("", "", "-'’.")


def unread_pages(pages: tuple[tuple[PdfLine, ...], ...]) -> tuple[int, ...]:
    """The 0-based pages whose text does not read as text in any language. A page of few
    words (a cover, a page of a table) tells too little alone: it is judged by its own
    words only where the whole file's text does not read."""
    texts = ["\n".join(line.text for line in lines) for lines in pages]
    whole = reads_as_text("\n".join(texts))
    out = []
    for number, text in enumerate(texts):
        verdict = reads_as_text(text)
        if verdict is None and whole is False:
            verdict = reads_as_text(text, min_words=1)
        if verdict is False:
            out.append(number)
    return tuple(out)


def reads_as_text(text: str, min_words: int = MIN_WORDS) -> bool | None:
    """Whether `text` reads as words; None where it holds fewer than `min_words` to tell.
    Characters are judged once each, however often they stand in the text (a 126-page
    file's text is read twice, a page at a time and whole)."""
    marks = {ch: count for ch, count in Counter(text).items() if not ch.isspace()}
    total = sum(marks.values())
    if not total:
        return None
    if sum(count for ch, count in marks.items() if _printable(ch)) < MIN_PRINTABLE * total:
        return False
    words = [word.strip(_EDGES) for word in _BREAK.split(text)]
    words = [word for word in words if any(ch.isalpha() for ch in word)]
    if len(words) < min_words:
        return None
    letters = {ch: count for ch, count in marks.items() if ch.isalpha() and _latin(ch)}
    latin = sum(letters.values())
    vowels = sum(count for ch, count in letters.items() if _vowel(ch)) / latin if latin else 1.0
    spoken = sum(_spoken(word) for word in words) / len(words)
    return spoken >= MIN_WORD_SHARE or vowels >= MIN_VOWEL_SHARE


def _spoken(word: str) -> bool:
    """A word of letters alone (joined by hyphens, apostrophes or dots) with a vowel, or in a
    script without Latin letters."""
    core = word.translate(_JOINERS)
    return core.isalpha() and (any(_vowel(ch) for ch in core) or not any(_latin(ch) for ch in core))


def _printable(ch: str) -> bool:
    return ch.isprintable() and ch != "\ufffd" and unicodedata.category(ch) not in ("Co", "Cn")


def _latin(ch: str) -> bool:
    return ch.isascii() or unicodedata.name(ch, "").startswith("LATIN")


def _vowel(ch: str) -> bool:
    return unicodedata.normalize("NFD", ch)[0].lower() in "aeiouy"
