"""A word diff (GNU wdiff, dwdiff, `git diff --word-diff=plain`'s lines) read as its new version.

Both tools print the two versions' words once, in order, the deleted ones between `[-` and `-]`
and the inserted ones between `{+` and `+}` (their default marks), a mark spanning line ends where
the change does. Read as plain text, the marks and the withdrawn words stayed in the passages and
a changed date line gave no date (red team 53). The new version is the text without the deleted
runs and without the marks around the inserted ones.

The whitespace around a deleted run comes from both versions: before it the old one's, after it
the new one's (wdiff), or the other way round (dwdiff, after a paragraph break). Of the two, the
one with more line ends stands in for the run, so that a paragraph break on either side stays one.

A text is a word diff where its marks are many and balanced (`is_word_diff`): at least
`MIN_MARKS`, or a deletion and an insertion both, every opening mark closed, no mark inside
another and no stray one left; a leaflet's own "[-" or "{+" is never all of that.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MARK = re.compile(r"\[-(?P<deleted>.*?)-\]|\{\+(?P<inserted>.*?)\+\}", re.DOTALL)
_SIGNS = ("[-", "-]", "{+", "+}")
MIN_MARKS = 3


@dataclass(frozen=True)
class _Change:
    """One marked run: where it stands in the text, and whether it was deleted."""

    start: int
    end: int
    words: str
    deleted: bool


def is_word_diff(text: str) -> bool:
    """Whether `text` is a word diff with default marks (see the module)."""
    changes = _changes(text)
    if changes is None:
        return False
    kinds = {change.deleted for change in changes}
    return len(changes) >= MIN_MARKS or (len(changes) >= 2 and len(kinds) == 2)


def read_word_diff(text: str) -> str | None:
    """The new version of a word diff: deleted runs out, inserted ones as plain words; None where
    `text` is no word diff."""
    if not is_word_diff(text):
        return None
    out: list[str] = []
    at = 0
    pending_space: str | None = None  # the whitespace after a deleted run, still to be weighed
    for change in _changes(text) or ():
        between = text[at:change.start]
        if pending_space is not None:
            between = _stronger(_leading_space(between), pending_space) + between.lstrip(" \t\n")
            pending_space = None
        if change.deleted:
            kept = between.rstrip(" \t\n")
            before = between[len(kept):]
            out.append(kept)
            after = _leading_space(text[change.end:])
            pending_space = _stronger(before, after)
            at = change.end + len(after)
        else:
            out.append(between + change.words)
            at = change.end
    rest = text[at:]
    if pending_space is not None:
        rest = _stronger(_leading_space(rest), pending_space) + rest.lstrip(" \t\n")
    out.append(rest)
    return "".join(out)


def _changes(text: str) -> list[_Change] | None:
    """The marked runs of `text` in order, or None where a mark is unbalanced, nested or stray."""
    changes: list[_Change] = []
    at = 0
    for found in _MARK.finditer(text):
        words = found["deleted"] if found["deleted"] is not None else found["inserted"]
        if _has_sign(text[at:found.start()]) or _has_sign(words):
            return None
        changes.append(_Change(found.start(), found.end(), words, found["deleted"] is not None))
        at = found.end()
    return None if _has_sign(text[at:]) or not changes else changes


def _has_sign(text: str) -> bool:
    return any(sign in text for sign in _SIGNS)


def _leading_space(text: str) -> str:
    return text[:len(text) - len(text.lstrip(" \t\n"))]


def _stronger(before: str, after: str) -> str:
    """The whitespace that stands for a deleted run: the one with more line ends, else `after`
    (the new version's, in wdiff's output)."""
    return before if before.count("\n") > after.count("\n") else after
