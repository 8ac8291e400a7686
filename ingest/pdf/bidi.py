"""Right-to-left text (Arabic, Hebrew) read in its logical order (`logical_text`, `rtl_fonts`).

A PDF draws a right-to-left line as it shows, left to right on the page: XeTeX draws an
Arabic paragraph's line as one `TJ`, its words set apart by kerns alone, the leftmost word
(the sentence's last) first. pypdf turns each run of right-to-left letters round, but reads
a whole `TJ` as one piece at its start and puts the space it reads for each kern after all
it read before: the words ran together, pieces of one line stood at wrong places and the
paragraph's second line came before its first. Such a `TJ` is cut at each word's kern
(`ingest.pdf.fragments._measured_jumps`), each word a piece at its own place; a line of
mostly right-to-left letters is read from its rightmost piece on (`logical_text`), a run of
left-to-right pieces in it (a number, a Latin name) kept in its own order.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

import pypdf

from ingest.pdf.geometry import Fragment

_STRONG_RTL = frozenset({"R", "AL"})


# The blocks of right-to-left scripts (Hebrew to Arabic Extended, their presentation forms, the
# historic scripts past U+10800): a quick first look, as most pages hold none.
_RTL_BLOCKS = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff]")


def right_to_left(text: str) -> bool:
    """Whether the text holds a right-to-left letter (Hebrew, Arabic, their presentation forms)."""
    return bool(_RTL_BLOCKS.search(text)) and any(unicodedata.bidirectional(char) in _STRONG_RTL for char in text)


def mostly_right_to_left(text: str) -> bool:
    """Whether more of the text's letters run right to left than left to right."""
    if not _RTL_BLOCKS.search(text):
        return False
    kinds = [unicodedata.bidirectional(char) for char in text]
    return sum(kind in _STRONG_RTL for kind in kinds) > sum(kind == "L" for kind in kinds)


def rtl_fonts(page: pypdf.PageObject) -> dict[str, Callable[[bytes], str]]:
    """For each of the page's fonts, by name, what a string it shows reads (pypdf's own
    encoding and Unicode map), to tell which `TJ` shows right-to-left text."""
    out: dict[str, Callable[[bytes], str]] = {}
    try:
        from pypdf.generic._font import Font  # noqa: PLC0415 (not public: another pypdf reads no font here)
        fonts = page["/Resources"].get_object()["/Font"].get_object()
    except (ImportError, KeyError, AttributeError, TypeError):
        return out
    for name, font in fonts.items():
        try:
            out[str(name)] = _decoder(Font.from_font_resource(font.get_object()))
        except Exception:  # a damaged font: its text is read as pypdf reads it
            continue
    return out


def _decoder(font) -> Callable[[bytes], str]:  # pypdf's Font
    def decode(raw: bytes) -> str:
        if isinstance(font.encoding, str):
            codes = raw.decode(font.encoding, "replace")
        else:
            codes = "".join(font.encoding.get(byte, chr(byte)) for byte in raw)
        return "".join(str(font.character_map.get(code, code)) for code in codes)
    return decode


def logical_text(row: list[Fragment]) -> str:
    """A line's pieces, drawn left to right, read right to left: the rightmost first, a space
    where a piece ends in one (the word's gap after it on the page); a run of pieces without
    right-to-left letters (a number, a Latin word) in its own order."""
    runs: list[list[Fragment]] = []
    for fragment in row:
        ltr = not right_to_left(fragment.text)
        if runs and ltr and not right_to_left("".join(f.text for f in runs[-1])):
            runs[-1].append(fragment)
        else:
            runs.append([fragment])
    text = ""
    for run in reversed(runs):
        text = _joined(text, "".join(fragment.text for fragment in run))
    return " ".join(text.split())


def _joined(text: str, part: str) -> str:
    """`part` read after `text`, a space between them where `part` ends in one on the page."""
    if not text:
        return part.strip()
    return text + (" " if part.endswith(" ") else "") + part.strip()
