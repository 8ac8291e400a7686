"""The fallback characters an RTF reader printed after each Unicode character, taken out.

RTF writes a character outside its code page as `\\uN` followed by a fallback for readers that
know no Unicode: "?" (Word, for a letter its code page lacks) or the nearest ASCII ("-" for an
en dash). A reader must skip the fallback; @iarna/rtf-to-html prints it as well: "patië?nten",
"vó?ó?r", "Sanquin Bloedbank –- Donorcentrum" (red team 46), and an exact search for
"vóór" missed the word. A "?" between a non-ASCII letter and a letter is no text's ("ë?n"):
it goes wherever it stands. A "?" after such a letter at a word's end ("café?" is a question)
and a "-" after a dash ("–-") go only where the text shows the fallbacks several times.
"""

from __future__ import annotations

import re


# A Latin letter with a diacritic, which a code page may lack ("ë", "ő", "ș").
_ACCENTED = "\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
# A "?" between such a letter and a Latin letter: no text writes one there (a text in a script
# without spaces, "吗?我", may: it is left alone).
_IN_WORD = re.compile(f"(?<=[{_ACCENTED}])\\?(?=[A-Za-z{_ACCENTED}])")
# A "?" after such a letter or after typographic punctuation, and a "-" after an en or em
# dash: a fallback where the text shows fallbacks, a question or a dash of its own where not.
_AFTER_NON_ASCII = re.compile(f"(?<=[{_ACCENTED}\u2013\u2014\u2018\u2019\u201c\u201d\u2022])\\?")
_AFTER_DASH = re.compile(r"(?<=[\u2013\u2014])-(?!-)")
MIN_FALLBACKS = 2  # fallbacks seen in the text before a doubtful one is read as one too


def without_unicode_fallbacks(text: str) -> str:
    """The text without the fallbacks an RTF reader printed after its Unicode characters."""
    if "?" not in text and "-" not in text:
        return text
    sure = len(_IN_WORD.findall(text))
    if sure + len(_AFTER_DASH.findall(text)) >= MIN_FALLBACKS and sure:
        return _AFTER_DASH.sub("", _AFTER_NON_ASCII.sub("", text))
    return _IN_WORD.sub("", text)
