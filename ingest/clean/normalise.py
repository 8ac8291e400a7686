"""Unicode put in one form before anything reads the text.

Loaders hand text over as the file held it: composed or not, no-break and zero-width
spaces, soft hyphens, ligatures, Windows line ends, letters a PDF tool wrote byte-swapped,
UTF-8 that a tool read as Latin-1 or Windows-1252 ("Ã©Ã©n" for "één").
None of it shows to a reader, but each makes one word two for search and for the rules
that re-join lines, so it goes first, page by page so that page offsets stay right.
"""

from __future__ import annotations

import re
import unicodedata

import ftfy

from ingest.clean.lost_byte import restore_lost_byte_punctuation
from ingest.clean.rtf_fallback import without_unicode_fallbacks


_ODD_SPACE = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\v]")
_INVISIBLE = re.compile(r"[\u00ad\u200b\u2060\ufeff]")
# A soft hyphen shows only where a line breaks, so one at a line end is where the
# typesetter broke a word: it becomes a hyphen that joining re-joins ("och-" + "tend").
_LINE_END_SOFT_HYPHEN = re.compile(r"\u00ad+(?=[^\S\n]*(?:\n|\Z))")
# Typesetters that hyphenate (WeasyPrint's `hyphens: auto`) draw the break as U+2010 HYPHEN
# (or U+2011, the non-breaking one), not "-": at a line end it is read as "-", so that
# joining decides for it as for any hyphen ("rus‐" + "tig", "gluten‐" + "vrij").
_LINE_END_HYPHEN = re.compile(r"[\u2010\u2011](?=[^\S\n]*(?:\n|\Z))")
# Typesetting ligatures ("ﬁ", "ﬂ", "ﬀ"...) as their letters: they look the same, and exact
# search, which does not decompose them, must find "fles" in a PDF that printed "ﬂes".
# Arabic and Hebrew presentation forms (a letter's shape at a word's start, middle or end,
# "ﻋﺎﻣًﺎ" for "عامًا") likewise: PDF fonts draw and name the shaped glyph, a question types the letter.
_FOLDED = (*range(0xFB00, 0xFB07), *range(0xFB1D, 0xFDD0), *range(0xFDF0, 0xFE00), *range(0xFE70, 0xFEFF))
_LIGATURES = str.maketrans({c: unicodedata.normalize("NFKC", chr(c)) for c in _FOLDED
                            if unicodedata.normalize("NFKC", chr(c)) != chr(c)}
                           # Word's bullets in the Symbol and Wingdings fonts, as a PDF's text copied
                           # or pdftotext hands them over: private-use code points no font shows
                           | {0xF0B7: "•", 0xF0A7: "▪", 0xF0D8: "➢"})


def normalise_unicode(text: str, keep_tabs: bool = False) -> str:
    """NFC, one kind of space, no invisible characters, Unix line ends.

    Curly quotes, dashes and diacritics stay as they are: users see the text as
    the leaflet wrote it. Only what no reader can see (soft hyphens, zero-width
    spaces, the difference between a space and a no-break space, a ligature
    and its letters) goes. A soft hyphen at the end of a line (or of the text, a
    line that a PDF reader hands over alone) was shown there: it becomes "-", and so does a
    typographic hyphen (U+2010, U+2011) there, where a typesetter broke a word. With
    `keep_tabs`, tabs stay for `split_lines` to find the columns they separate. A form
    feed (where a typed text starts a page) breaks the line. Mojibake is repaired first
    (`ftfy.fix_encoding`): txt2html read a UTF-8 text as Latin-1 and wrote "één" as
    `&Atilde;&copy;&Atilde;&copy;n`, and an exact search for "één" missed the word. ftfy
    changes only a sequence that reads as UTF-8 decoded wrongly; "één", "ideeën" and "€" stay.
    Punctuation whose middle byte a PostScript printer lost ("â□ˆ" for "–") is restored after it
    (`restore_lost_byte_punctuation`, red team 36), and the fallbacks an RTF reader printed
    after Unicode characters ("vó?ó?r") are taken out (`without_unicode_fallbacks`, red team 46).
    What normalising makes of a text may read as mojibake again ("Â" and a vertical tab becomes
    "Â" and a space, which ftfy reads as a no-break space): repair and normalise go on until
    neither changes the text, so that normalising twice gives what normalising once gave.
    """
    text = without_unicode_fallbacks(_normalised(restore_lost_byte_punctuation(ftfy.fix_encoding(text)), keep_tabs))
    for _ in range(MAX_REPAIRS):
        repaired = ftfy.fix_encoding(text)
        if repaired == text:
            break
        text = _normalised(repaired, keep_tabs)
    return text


MAX_REPAIRS = 4  # rounds of repairing what normalising made; one is the most any real text needed


def _normalised(text: str, keep_tabs: bool) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\f", "\n")
    text = _LINE_END_SOFT_HYPHEN.sub("-", unicodedata.normalize("NFC", text))
    text = _LINE_END_HYPHEN.sub("-", text)
    text = unswapped(_INVISIBLE.sub("", text)).translate(_LIGATURES)
    return _ODD_SPACE.sub(lambda space: space.group() if keep_tabs and space.group() == "\t" else " ", text)


# A minus sign that signs no number: after a letter, digit or bracket, or before no digits
# (one before a number's digits, after none of these, is its sign: "−5 °C").
_HYPHEN_MINUS = re.compile(r"(?<=[\w)\]])\u2212|\u2212(?![.,]?\d)")


def minus_as_hyphen(text: str) -> str:
    """A PDF's minus signs (U+2212) read as hyphens, but where one signs a number.

    a2ps draws the ASCII "-" of the text file it prints as a minus sign: "FT−031",
    "0592 − 32 55 80", "2 − 3" weeks, its list dashes and its rules of dashes. A phone number
    copied from a citation then held a character no keypad has, and an exact search for
    "FT-031" found nothing. Between words or digit groups, opening a list item or in a row of
    dashes a minus sign is a hyphen as any reader reads it; before a number that follows no
    letter or digit ("−5 °C", "een waarde van −1,5") it is the number's sign and stays."""
    return _HYPHEN_MINUS.sub("-", text) if "\u2212" in text else text


def unswapped(text: str) -> str:
    """Letters whose two bytes a PDF tool wrote the wrong way round, put back.

    Ghostscript's pdfwrite (10.0, rewriting a word processor's PDF) maps ligatures such as
    "ti", "ft" and "fi" to their letters with each UTF-16 unit's bytes swapped: "t" (0x0074)
    became 0x7400, the ideograph "琀", so "operatie" read "opera琀椀e", "fistel" "昀椀stel", and
    neither a reader nor a search could use the word. Such an ideograph is 0xNN00 with an ASCII
    letter NN; in a text that holds no other ideographs it is that letter. A Chinese text has
    many others and is left alone."""
    swapped = [c for c in set(text) if c in _SWAPPED_LETTERS]
    if not swapped:
        return text
    ideographs = sum(1 for c in text if "\u3400" <= c <= "\u9fff" and c not in _SWAPPED_LETTERS)
    found = sum(text.count(c) for c in swapped)
    return text.translate(_SWAPPED) if found > 10 * ideographs else text


_SWAPPED = {(ord(letter) << 8): letter for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"}
_SWAPPED_LETTERS = frozenset(map(chr, _SWAPPED))


def normalise_pages(text: str, page_starts: tuple[int, ...],
                    keep_tabs: bool = False) -> tuple[str, tuple[int, ...]]:
    """`normalise_unicode` page by page, so that page offsets stay right."""
    if not page_starts:
        return normalise_unicode(text, keep_tabs), ()
    bounds = [*page_starts, len(text)]
    pages = [normalise_unicode(text[a:b], keep_tabs) for a, b in zip(bounds, bounds[1:])]
    starts, at = [], 0
    for page in pages:
        starts.append(at)
        at += len(page)
    return "".join(pages), tuple(starts)


# A number an OCR engine read with letters for its digits: "I" or "l" for a 1 before digits
# ("I5 minuten", a number of two or three characters: "I131", "I123" name isotopes of iodine), before
# two O's or more ("IOOO milligram"), and "O" for a 0 among digits ("3O", "1O0"). No word or code is
# written so; "O2" (an O before the digits) and "CO2" stay. Possessive runs: no backtracking on a
# long run of O's.
_OCR_NUMBER = re.compile(r"(?<![\w./@-])(?:[Il]\d[\dO]?+|[Il]O{2,}+[\dO]*+|\d++O[\dO]*+)(?![\w/@])")
_AS_DIGITS = str.maketrans("IlO", "110")


def ocr_digits(text: str) -> str:
    """Text with OCR's letters in numbers read as digits (see `_OCR_NUMBER`): an OCR tool's
    plain text (ocrad, gocr) reaches ingest with no OCR layer to tell it by, and "I5 minuten"
    was found by no search for "15 minuten". Each reading keeps its length, so offsets stay."""
    return _OCR_NUMBER.sub(lambda number: number.group().translate(_AS_DIGITS), text)
