"""Review copies in text form, read as the new version they show.

A review copy is a tool's view of the change from an older version of a leaflet to the current
one: a unified diff, a word diff, a side-by-side diff, a blame. Read as plain text, its marks and
deleted text stood in the passages, where a citation could state a withdrawn fact (red team 53).
Each module here knows one tool's syntax, takes it only where its shape is unmistakable, and gives
the new version's text; the loader reads that text as it reads any text file and warns that the
file was a review copy (`SourceText.review_copy`).
"""

from __future__ import annotations

from collections.abc import Callable

from ingest.review_copy.blame import read_blame
from ingest.review_copy.side_by_side import read_side_by_side
from ingest.review_copy.unified_diff import read_unified_diff
from ingest.review_copy.word_diff import read_word_diff

# Asked in this order: a diff's and a blame's line syntax is strictest; a word diff's marks may
# stand in any of them (`git diff --word-diff`), so they are asked last.
_READERS: tuple[Callable[[str], str | None], ...] = (read_unified_diff, read_blame, read_side_by_side, read_word_diff)


def read_review_copy(text: str) -> str | None:
    """The new version's text of a review copy in text form; None where `text` is none."""
    for read in _READERS:
        new = read(text)
        if new is not None and new.strip():
            return new
    return None
