"""Punctuation whose UTF-8 a PostScript printer read as Latin-1 and lost a byte of, restored.

Perl's HTML::FormatPS (then ps2pdf) reads a UTF-8 page as Latin-1 and draws each byte in
PostScript's ISOLatin1Encoding. An en dash (E2 80 93) became "â", a byte the font has no glyph
for (pypdf: "□") and the circumflex accent "ˆ" that 0x93 names there: "Versie 2.3 â□ˆ december
2025". ftfy cannot repair it (the middle byte is gone), so the date was not read, and neither was
the publisher after "Spoedeisende Hulp Kinderen – " (red team 36). The middle byte of
punctuation from the General Punctuation block (U+2010 to U+203A) is always 0x80, so the last
byte's glyph says which character it was. Only that one triple ("â", a glyph-less mark, the
accent or sign of a punctuation character's last byte) is read so: a real "â" ("tête-à-tête",
"pâté") is followed by a letter, never by a missing glyph.
"""

from __future__ import annotations

import re


# The glyph ISOLatin1Encoding (0x90 to 0x9F) or Latin-1 (from 0xA0) draws for the last byte of
# a punctuation character's UTF-8, and that character: 0x93 is "circumflex", so "ˆ" was "–".
_LAST_BYTE_GLYPHS = {
    "\u0131": "\u2010",  # dotlessi: hyphen
    "`": "\u2011",  # grave: non-breaking hyphen
    "\u00b4": "\u2012",  # acute: figure dash
    "\u02c6": "\u2013",  # circumflex: en dash
    "\u02dc": "\u2014",  # tilde: em dash
    "\u00af": "\u2015",  # macron: horizontal bar
    "\u00a8": "\u2018",  # dieresis: left single quote
    "\u02da": "\u201a",  # ring: low single quote
    "\u00b8": "\u201b",  # cedilla: reversed single quote
    "\u02dd": "\u201d",  # hungarumlaut: right double quote
    "\u02db": "\u201e",  # ogonek: low double quote
    "\u02c7": "\u201f",  # caron: reversed double quote
    "\u00a2": "\u2022",  # cent: bullet
    "\u00a6": "\u2026",  # broken bar: ellipsis
    "\u00b0": "\u2030",  # degree: per mille
    "\u00b9": "\u2039",  # superscript one: single angle quote
    "\u00ba": "\u203a",  # ordinal: single angle quote
}
# What a reader hands over for a byte the font draws no glyph for: pypdf's "□" (.notdef) or
# the replacement character.
_LOST = "\u25a1\ufffd"
# 0x99 (’) and 0x9C (“) are glyph-less in ISOLatin1Encoding too: "â□□" is one of the two.
_TRIPLE = re.compile(f"\u00e2[{_LOST}]([{re.escape(''.join(_LAST_BYTE_GLYPHS))}]|[{_LOST}])")
# An apostrophe that opens a Dutch word ("’s nachts", "’t") rather than a quotation.
_ELIDED = re.compile(r"[st]\b")


def restore_lost_byte_punctuation(text: str) -> str:
    """Each "â" + glyph-less mark + last-byte glyph read as the punctuation it was.

    "â□□" is a right single quote (an apostrophe) after a letter or digit or before "s" or "t"
    that make a word ("’s nachts"), and a left double quote elsewhere (“ before a word)."""
    if "\u00e2" not in text:
        return text
    return _TRIPLE.sub(lambda found: _restored(found, text), text)


def _restored(found: re.Match, text: str) -> str:
    glyph = found.group(1)
    if glyph not in _LOST:
        return _LAST_BYTE_GLYPHS[glyph]
    before = text[found.start() - 1] if found.start() else " "
    if before.isalnum() or _ELIDED.match(text, found.end()):
        return "\u2019"
    return "\u201c"
