"""A unified diff (`diff -u`, `git diff` without colour) read as the new version it shows.

A unified diff names the two files (`--- old`, `+++ new`, after git's `diff --git` and `index`
lines), then gives hunks: an `@@ -a,b +c,d @@` line and the lines it covers, each behind a sign:
a space for a line both versions have, `-` for one only the old has, `+` for one only the new
has (`\\ No newline at end of file` notes a last line). The new version is the context and `+`
lines without their sign; the `-` lines and the headers are none of it. Hunks apart in the file
(less context than the whole) are read as the parts they are, a blank line between them.

A text is taken for a diff only where it is one throughout (`new_lines`): each file's `---` and
`+++` lines before its first hunk, each hunk holding exactly the lines its header counts, and
nothing outside the hunks but the header lines git and diff write (and, before the first file,
the commit or mail header of `git show` or `git format-patch`). No leaflet's lines are that.

`new_lines` takes and gives lines, so that a reader of a diff shown another way (a page of
`git diff`, its colours turned to HTML) can read its text with it.
"""

from __future__ import annotations

import re

_HUNK = re.compile(r"@@ -\d+(?:,(?P<old>\d+))? \+\d+(?:,(?P<new>\d+))? @@(?: .*)?")
# The lines git and diff write around a file's hunks
_HEADER = re.compile(r"(?:diff |index |--- |\+\+\+ |new file mode |deleted file mode |old mode |new mode "
                     r"|similarity index |dissimilarity index |rename from |rename to |copy from |copy to "
                     r"|Binary files |Only in |\\ )")
_PREAMBLE = re.compile(r"(?:commit|From) [0-9a-f]{7,40}\b")  # `git show`'s commit, `git format-patch`'s mail


def is_diff_header(line: str) -> bool:
    """Whether a line is one that git or diff writes around a file's hunks (`diff --git`,
    `index`, `---`, `+++`, modes, renames): no line of either version."""
    return bool(_HEADER.match(line))


def read_unified_diff(text: str) -> str | None:
    """The new version of a unified diff as text; None where `text` is no such diff."""
    lines = new_lines(text.rstrip("\n").split("\n"))
    return None if lines is None else "\n".join(lines) + "\n"


def new_lines(lines: list[str]) -> list[str] | None:
    """The new version's lines in a unified diff's `lines`; None where they are no unified diff."""
    start = _first_file(lines)
    if start is None:
        return None
    kept: list[str] = []
    named = False  # the file's "---" and "+++" lines seen, its hunks may follow
    hunks = 0
    at = start
    while at < len(lines):
        line = lines[at]
        hunk = _HUNK.fullmatch(line)
        if hunk:
            if not named:
                return None
            body = _hunk_lines(lines, at + 1, int(hunk["old"] or 1), int(hunk["new"] or 1))
            if body is None:
                return None
            at, new = body
            kept += ([""] if kept and kept[-1] else []) + new if hunks else new
            hunks += 1
            continue
        if line.startswith("--- ") and at + 1 < len(lines) and lines[at + 1].startswith("+++ "):
            named = True
            at += 2
            continue
        if line.startswith("diff "):
            named = False
        elif line.strip() and not is_diff_header(line):
            return None
        at += 1
    return kept if hunks else None


def _first_file(lines: list[str]) -> int | None:
    """Where the first file's header lines start: the first line, or the first after the
    commit's or mail's header that opens the text."""
    if lines and _PREAMBLE.match(lines[0]):
        for index, line in enumerate(lines):
            if line.startswith(("diff ", "--- ")):
                return index
        return None
    return 0 if lines and lines[0].startswith(("diff ", "--- ")) else None


def _hunk_lines(lines: list[str], at: int, old: int, new: int) -> tuple[int, list[str]] | None:
    """The hunk's new lines from `at` on, with where it ends; None where its lines do not
    add up to the counts its header gives."""
    kept: list[str] = []
    while old > 0 or new > 0:
        if at >= len(lines):
            return None
        line = lines[at]
        sign = line[:1]
        if sign in (" ", ""):  # a context line (a blank one with its space trimmed by an editor)
            old, new = old - 1, new - 1
            kept.append(line[1:])
        elif sign == "-":
            old -= 1
        elif sign == "+":
            new -= 1
            kept.append(line[1:])
        elif sign != "\\":
            return None
        if old < 0 or new < 0:
            return None
        at += 1
    while at < len(lines) and lines[at].startswith("\\ "):
        at += 1
    return at, kept
