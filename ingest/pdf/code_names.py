"""Glyphs named by their code, renamed for the characters they are (`name_codes`).

A simple font without ToUnicode is read through the glyph names of its /Encoding's
/Differences. Some tools name a glyph by nothing but its code: dvipdfmx embeds TeX's PK
bitmap fonts (LaTeX with `[T1]{fontenc}` and no cm-super) as Type 3 fonts whose glyphs are
/x41, /x1B, /xF6; Ghostscript names the bitmap glyphs of dvips' output /a65. pypdf knows no
such name and gave them as the text ("/x4F/x72/x74/x68..." for "Orthopedie"), so the
leaflet was refused as unreadable. A name whose number (hex or decimal, after a letter or
two) is the very code it stands at says only "the glyph of this code", and the code is
read through the encoding such fonts use: TeX's T1 (Cork): ASCII, the ligatures ff, fi, fl,
ffi, ffl at 0x1B-0x1F, Latin letters with their accents from 0x80. A font that draws no
letter is TeX's text companion (TS1): its bullet (0x88), degree, euro. The names are
rewritten in the reader's objects, in memory, before any page is read.
"""

from __future__ import annotations

import pypdf
from pypdf.generic import ArrayObject, DictionaryObject, NameObject, NumberObject

try:  # pypdf's table of standard glyph names (not public; without it no name counts as standard)
    from pypdf._codecs import adobe_glyphs
except ImportError:  # pragma: no cover - another pypdf
    adobe_glyphs = {}

# T1 (Cork), after texlive's ec.enc: codes 0x00-0x1F and 0x7F-0xFF; 0x20-0x7E are ASCII but
# for T1's quotes at 0x27 and 0x60. The compound word mark (0x17) shows nothing.
_T1_LOW = "`´ˆ˜¨˝˚ˇ˘¯˙¸˛‚‹›“”„«»–—\u200b0ıȷ\ufb00\ufb01\ufb02\ufb03\ufb04"
_T1_HIGH = ("-ĂĄĆČĎĚĘĞĹĽŁŃŇŊŐŔŘŚŠŞŤŢŰŮŸŹŽŻĲİđ§ăąćčďěęğĺľłńňŋőŕřśšşťţűůÿźžżĳ¡¿£"
            "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖŒØÙÚÛÜÝÞẞàáâãäåæçèéêëìíîïðñòóôõöœøùúûüýþß")
T1 = {**dict(enumerate(_T1_LOW)), **{code: chr(code) for code in range(0x20, 0x7F)},
      0x27: "’", 0x60: "‘", **dict(enumerate(_T1_HIGH, start=0x7F))}
# TS1 (textcomp), after texlive's q-ts1-uni.enc: its symbols that Unicode has, its old-style
# digits as digits.
TS1 = {0x24: "$", 0x2A: "∗", 0x2C: ",", 0x2E: ".", 0x2F: "⁄", 0x3D: "−", 0x84: "†", 0x85: "‡",
       0x86: "‖", 0x87: "‰", 0x88: "•", 0x89: "℃", 0x8C: "ƒ", 0x97: "™", 0x9E: "◦", 0xB8: "※",
       0xBB: "√", 0xBF: "€", 0xD6: "×", 0xF6: "÷",
       **{code: chr(code) for code in range(0x30, 0x3A)},
       **{code: chr(code) for code in (*range(0xA2, 0xA8), 0xA9, 0xAA, 0xAC, 0xAE, *range(0xB0, 0xB4),
                                       *range(0xB5, 0xB8), 0xB9, 0xBA, 0xBC, 0xBD, 0xBE)}}

_HEX = frozenset("0123456789abcdefABCDEF")


def name_codes(reader: pypdf.PdfReader) -> None:
    """Renames, in the reader's objects, the glyphs that every page's simple fonts without
    ToUnicode name by their codes alone (`code_names`). A page whose fonts cannot be read
    (a file cut short) is left to the reading of its pages, which knows what to do with it."""
    seen: set[int] = set()
    for number in range(len(reader.pages)):
        try:
            fonts = (reader.pages[number].get("/Resources") or {}).get("/Font")
            for font in (fonts.get_object().values() if fonts else ()):
                _rename(font.get_object(), seen)
        except Exception:  # pypdf raises many kinds of errors on damaged objects
            continue


def _rename(font: object, seen: set[int]) -> None:
    """Renames the glyphs of `font` where it names them by their codes; `seen`: the ids of the
    encodings done already (pages share their fonts)."""
    encoding = font.get("/Encoding") if isinstance(font, DictionaryObject) else None
    encoding = encoding.get_object() if encoding is not None else None
    if id(encoding) in seen or "/ToUnicode" in font or not isinstance(encoding, DictionaryObject):
        return
    seen.add(id(encoding))
    named = code_names(encoding.get("/Differences"))
    if named is not None:
        encoding[NameObject("/Differences")] = named


def code_names(differences: object) -> ArrayObject | None:
    """`differences` with each glyph named for its character, or None where some glyph has a
    name of its own: a font names its glyphs by their codes in full or not at all (Zapf
    Dingbats' /a1 ... stand at other codes). A code its table lacks becomes U+FFFD."""
    codes = _codes(differences.get_object() if differences is not None else None)
    if not codes or not all(_is_code_name(name, code) for code, name in codes):
        return None
    table = T1 if any(chr(code).isalpha() for code, _ in codes if code < 0x80 or code >= 0xC0) else TS1
    out = ArrayObject()
    for code, _ in codes:
        out.extend([NumberObject(code), NameObject(f"/uni{ord(table.get(code) or chr(0xFFFD)):04X}")])
    return out


def _codes(differences: object) -> list[tuple[int, str]]:
    """The (code, glyph name) pairs of a /Differences array."""
    if not isinstance(differences, ArrayObject):
        return []
    out, code = [], 0
    for item in differences:
        if isinstance(item, int):
            code = int(item)
        else:
            out.append((code, str(item)))
            code += 1
    return out


def _is_code_name(name: str, code: int) -> bool:
    """Whether glyph `name` spells `code` after a letter or two at most, in hex (/x1B, /G1B,
    /1B) or decimal (/a27, /c27); a prefix may end in what reads as a hex digit (/aF6). A
    glyph's own name of letters alone (/ff at 0xFF, /A at 0x0A) is its own name."""
    if name in adobe_glyphs and not any(ch.isdigit() for ch in name):
        return False
    for start in range(1, 4):
        prefix, digits = name[1:start], name[start:]
        if not prefix.isalpha() and prefix or not 0 < len(digits) <= 3:
            continue
        if all(ch in _HEX for ch in digits) and int(digits, 16) == code \
                or digits.isdigit() and int(digits) == code:
            return True
    return False
