"""The text of a web page's bytes, read in the encoding the page declares where it must be.

A page says its encoding in a byte-order mark, an XML declaration
(`<?xml version="1.0" encoding="windows-1251"?>`) or a `<meta charset>`; poppler's
`pdftotext -bbox-layout` and many converters say nothing. The order, as a browser's:
a BOM wins; bytes that read as UTF-8 are UTF-8 (a page is rarely anything else, and a
declaration copied from a template is often wrong); else the declared encoding, where
it reads the bytes; else the single-byte guess every text file gets (`decode_text`).
A Western declaration (Latin-1, Windows-1252, Latin-9, ASCII) leaves the choice to that
guess, which tells those apart by the bytes themselves; an encoding for other scripts
(Windows-1251, ISO-8859-2, Shift_JIS) was read as Windows-1252 and every word was mojibake.
UTF-16 without a BOM is known by its first character, `<` beside a NUL (XML 1.0, appendix F).
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from ingest.text import decode_text

# Where a page declares its encoding: an XML declaration at its start, or a `<meta>` in its
# head (`charset="..."`, or `content="text/html; charset=..."`), read in its first bytes as
# a browser's prescan reads them.
_XML_DECLARATION = re.compile(rb"""\A\s*<\?xml[^>]*?\bencoding\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)
_PRESCAN = 4096  # bytes; a browser looks at the first 1,024, converters put a long head first
# Encodings whose bytes the single-byte guess reads as well or better (it tells Windows-1252,
# Latin-9 and Mac Roman apart by the bytes); a declaration of one of them changes nothing. Nor
# does UTF-16 or UTF-32 declared in bytes that are ASCII: the declaration is wrong.
_WESTERN = frozenset({"ascii", "iso8859_1", "cp1252", "iso8859_15", "utf_8"})
_UTF16_WITHOUT_BOM = {b"<\x00": "utf-16-le", b"\x00<": "utf-16-be"}


def decode_page(data: bytes, path: str | Path) -> str:
    """The page's text: by its BOM, as UTF-8 where the bytes are UTF-8, else in its declared
    encoding where that reads them, else as `decode_text` guesses any text file."""
    utf16 = _UTF16_WITHOUT_BOM.get(data[:2])
    if utf16 and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return decode_text(data.decode(utf16).encode("utf-8"), path)  # its binary-data checks
        except UnicodeDecodeError:
            pass  # not UTF-16 after all: refused below as binary data
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")) or _is_utf8(data):
        return decode_text(data, path)
    declared = declared_encoding(data)
    if declared and declared not in _WESTERN and not declared.startswith(("utf_16", "utf_32")):
        try:
            return decode_text(data.decode(declared).encode("utf-8"), path)  # its binary-data checks
        except (UnicodeError, LookupError):  # LookupError: a codec of bytes ("base64"), no text's
            pass  # the declaration is wrong: guess as for any text
    return decode_text(data, path)


def declared_encoding(data: bytes) -> str:
    """The Python codec of the encoding the page declares in its XML declaration or a
    `<meta>` (the first one Python knows), or "" where it declares none."""
    head = data[:_PRESCAN]
    for pattern in (_XML_DECLARATION, _META_CHARSET):
        for found in pattern.finditer(head):
            try:
                return codecs.lookup(found.group(1).decode("ascii")).name.replace("-", "_")
            except LookupError:
                continue  # "x-user-defined", a typing error: the next declaration may say
    return ""


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
