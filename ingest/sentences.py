"""Where the sentences of a paragraph begin and end.

Its own module, beside `split`, because search needs it too (the highlighted sentence of a
passage): a search must not import the whole reading pipeline (pypdf, the cleaning steps)
to find a full stop.
"""

from __future__ import annotations

import re

_SENTENCE_GAP = re.compile(r"[.!?…][\"'”’)\]]*\s+")
_SENTENCE_OPENER = re.compile(r"[A-ZÀ-ÞĀ-Ž0-9‘“\"'(•]")
_ABBREVIATION_END = re.compile(
    r"(?:\b(?:[A-Za-z]\.){2,}|\b(?:bijv|bv|ca|evt|resp|zgn|incl|excl|nr|etc|vs|dr|mr|mw|prof|"
    r"max|min|ong|e\.g|i\.e|St)\.)[\"'”’)\]]*\s+$"
)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) spans of the sentences of one paragraph, whitespace excluded.

    A sentence ends at ".", "!", "?" or "…" (closing quotes and brackets included)
    followed by space and a capital, digit, quote or bracket; "bijv." and "o.a."
    do not end one.
    """
    spans, start = [], 0
    for gap in _SENTENCE_GAP.finditer(text):
        following = text[gap.end():gap.end() + 1]
        if not _SENTENCE_OPENER.match(following) or _ABBREVIATION_END.search(text[:gap.end()]):
            continue
        end = gap.end() - len(gap.group(0)) + len(gap.group(0).rstrip())
        if end > start:
            spans.append((start, end))
        start = gap.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans
