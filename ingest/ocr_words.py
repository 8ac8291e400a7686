"""Find pages whose text is unreadable OCR: most of their words are no words of the language.

A phone photo run through OCR (pdfsandwich, tesseract) gives a text layer all the same, but
one of misread letters ("Ranie hantis sen besmettelijke ziekte die wordt vernarraabt des"):
indexed as it is, its words are found by no question, and nothing tells the editor, as it
does for a page that is only an image. This measures, per page (or for a text without
pages, the whole file), the share of its words of three letters or more that `wordfreq`
knows in the leaflet's language or in English; a page below `MIN_KNOWN_SHARE` is named in a
warning. Its passages are kept: the editor decides.

Measured on every page (or text) of the committed leaflets, sources/ and tests/data/*leaflets,
with at least `MIN_WORDS` such words (762): none is garbled; the lowest shares are 0.791,
0.814, 0.826 (enbrel-bijsluiters.pdf's pages of the makers' offices in every EU country: Greek,
Cyrillic, Slovene words), then 0.83-0.85 (a Turkish leaflet with Dutch in it, a slide deck);
Dutch and English leaflet pages are at 0.9 and above. Red team 45's rode-hond.pdf (a phone photo
through pdfsandwich) measures 0.709 on page 1 and 0.838 on page 2: page 2, half readable, is no
lower than those foreign-language pages, so it is not named; other measures (words of 4+
letters, Zipf >= 2, ASCII or lower-case words only, letters rather than words) left no wider
gap between the two. The threshold stands midway between 0.709 and 0.791.
"""

from __future__ import annotations

import re

from ingest.source import SourceText

MIN_KNOWN_SHARE = 0.75  # below this share of known words a page is taken for unreadable OCR
MIN_WORDS = 20  # a page with fewer words of 3+ letters is not judged (a cover, a contact page)
KNOWN_ZIPF = 1.0  # wordfreq's scale: a word seen about once in a hundred million words
_WORD = re.compile(r"[^\W\d_]{3,}")


def unreadable_pages(source: SourceText, language: str) -> tuple[int, ...] | None:
    """The pages (0-based positions) of `source` whose words are mostly not words of
    `language` (or English); for a text without pages, `(0,)` when the whole text is such,
    else `()`. None where `wordfreq` has no word list for the language (nothing to judge by)."""
    languages = _languages(language)
    if languages is None:
        return None
    return tuple(position for position, text in enumerate(page_texts(source))
                 if (share := known_share(text, languages)) is not None and share < MIN_KNOWN_SHARE)


def page_texts(source: SourceText) -> list[str]:
    """The text of each page of `source` (the whole text as one page where it has none)."""
    if not source.page_starts:
        return [source.text]
    ends = [*source.page_starts[1:], len(source.text)]
    return [source.text[start:end] for start, end in zip(source.page_starts, ends)]


def known_share(text: str, languages: tuple[str, ...]) -> float | None:
    """The share of `text`'s words of 3+ letters that are known words of one of `languages`;
    None for a text with fewer than `MIN_WORDS` of them."""
    words = _WORD.findall(text.lower())
    if len(words) < MIN_WORDS:
        return None
    return sum(_known(word, languages) for word in words) / len(words)


def _known(word: str, languages: tuple[str, ...]) -> bool:
    import wordfreq  # loaded only where a page is judged

    return any(wordfreq.zipf_frequency(word, language) >= KNOWN_ZIPF for language in languages)


def _languages(language: str) -> tuple[str, ...] | None:
    """The word lists to judge a leaflet's words by: its language's and English (Dutch for
    a leaflet whose language is not known); None where wordfreq has no list for it."""
    import wordfreq

    language = language or "nl"
    if language not in wordfreq.available_languages():
        return None
    return tuple(dict.fromkeys((language, "en")))
