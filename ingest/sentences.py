"""Where the sentences of a paragraph begin and end.

Its own module, beside `split`, because search needs it too (the highlighted sentence of a
passage): a search must not import the whole reading pipeline (pypdf, the cleaning steps)
to find a full stop.
"""

from __future__ import annotations

import re

_SENTENCE_GAP = re.compile(r"[.!?…][\"'”’)\]]*\s+")
_SENTENCE_OPENER = re.compile(r"[A-ZÀ-ÞĀ-Ž0-9‘“\"'(•]")
# A word shortened with a point, after which a sentence goes on ("bijv. een", "o.a. de", "mevr.
# Jansen"): letters each with a point ("o.a.", "d.w.z.", "e.g."), or one of these words. The one
# list for the sentence splitter here, the line joiner (`ingest.clean.joining`) and the sentence
# starts of a text typed in lower case (`ingest.lower_case_text`); match it ignoring case.
ABBREVIATED = (r"(?:\b(?:[^\W\d_]\.){2,}|\b(?:bijv|bv|ca|evt|enz|etc|resp|zgn|incl|excl|nr|dr|mr|mw|"
               r"mevr|dhr|prof|max|min|ong|vs|st|tel|zie)\.)")
MAX_ABBREVIATION = 12  # characters of the longest word shortened with points ("d.w.z.", "mevr.")
_ABBREVIATION_END = re.compile(ABBREVIATED + r"[\"'”’)\]]*\s+$", re.IGNORECASE)
# "enz." and "etc." close a list, often at a sentence's end: before a capital they end it
# ("peren enz. Daarna rust u."), where "mevr." or "dr." before a capital opens a name.
_LIST_END = re.compile(r"\b(?:enz|etc)\.[\"'”’)\]]*\s+$", re.IGNORECASE)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) spans of the sentences of one paragraph, whitespace excluded.

    A sentence ends at ".", "!", "?" or "…" (closing quotes and brackets included)
    followed by space and a capital, digit, quote or bracket; "bijv." and "o.a."
    do not end one.
    """
    spans, start = [], 0
    for gap in _SENTENCE_GAP.finditer(text):
        following = text[gap.end():gap.end() + 1]
        if not _SENTENCE_OPENER.match(following) or _shortened_before(text, gap) and not (
                following.isupper() and _ends_list(text, gap)):
            continue
        end = gap.end() - len(gap.group(0)) + len(gap.group(0).rstrip())
        if end > start:
            spans.append((start, end))
        start = gap.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


def _shortened_before(text: str, gap: re.Match[str]) -> bool:
    """Whether the point that opens `gap` ends a word shortened with a point ("bijv. ", "o.a. "):
    asked of the few characters before it, not of the whole text before (a paragraph of many
    sentences was read again at each one)."""
    return _ABBREVIATION_END.search(text, max(0, gap.start() + 1 - MAX_ABBREVIATION), gap.end()) is not None


def _ends_list(text: str, gap: re.Match[str]) -> bool:
    """Whether the point that opens `gap` closes a list ("enz. ", "etc. ")."""
    return _LIST_END.search(text, max(0, gap.start() + 1 - MAX_ABBREVIATION), gap.end()) is not None
