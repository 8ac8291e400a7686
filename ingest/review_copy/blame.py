"""`git blame`'s output read as the file it annotates.

`git blame` prints every line of a file behind the commit that last changed it: the commit's
abbreviated hash (`^` before it where the line dates from the first commit), optionally the
file's name and the line's first number, then in brackets the author, the date (`--date=short`
or in full with the time and zone) and the line's number, then the line itself:
`d46121f5 (J. van Dijk  2026-01-15  5) Last updated: 15 January 2026`. Read as plain text, those
columns stood in every passage, before each line and so in mid-sentence, and were read as a table
(red team 53). The text is the lines without their columns.

Nothing was deleted in a blame: it is the current file. It is still an editor's working view of
the file's history rather than the leaflet as published, so it is read as a review copy and
warned about as one. The commits' dates stay out of the text: a line's date is its commit's, not
the leaflet's, which states its own.

A text is a blame where every line has the columns and their line numbers count on by one, as
no leaflet's lines do (`read_blame`). The porcelain (`-p`) and `-c` formats are others.
"""

from __future__ import annotations

import re

# hash, the file's name or the line's first number, "(author date … " (none with `-s`), "N) ", the line;
# the columns' widths bounded, so that a long line that is none is given up at once
_LINE = re.compile(r"\^?[0-9a-f]{4,40}(?: [^\n()]{0,300}?)?(?: \([^\n]{0,300}?)? +(?P<number>\d+)\)(?: (?P<text>.*))?")
MIN_LINES = 3


def read_blame(text: str) -> str | None:
    """The annotated file's text, its lines without blame's columns; None where `text` is no blame."""
    lines = text.rstrip("\n").split("\n")
    if len(lines) < MIN_LINES:
        return None
    kept: list[str] = []
    number: int | None = None
    for line in lines:
        found = _LINE.fullmatch(line)
        if found is None or (number is not None and int(found["number"]) != number + 1):
            return None
        number = int(found["number"])
        kept.append(found["text"] or "")
    return "\n".join(kept) + "\n"
