"""Find pages whose text is unreadable OCR: most of their words are no words of the language.

A phone photo run through OCR (pdfsandwich, tesseract) gives a text layer all the same, but
one of misread letters ("Ranie hantis sen besmettelijke ziekte die wordt vernarraabt des"):
indexed as it is, its words are found by no question, and nothing tells the editor, as it
does for a page that is only an image. This measures, per page (or for a text without
pages, the whole file), the share of its words of three letters or more that `wordfreq`
knows in the leaflet's language or in English; a page below `MIN_KNOWN_SHARE` is named in a
warning. Its passages are kept: the editor decides.

Measured (ingest 2026-12, all committed leaflets, sources/ and tests/data/*leaflets, every
page with at least `MIN_WORDS` such words): the lowest share on a readable page was
THRESHOLD_NOTE; rode-hond.pdf's photographed pages (pdfsandwich) measure RODE_HOND_NOTE.
"""

from __future__ import annotations

import re

from ingest.source import SourceText

MIN_KNOWN_SHARE = 0.6  # below this share of known words a page is taken for unreadable OCR
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
