"""A journal app's Markdown export read without its calendar frame (`without_journal_frame`).

jrnl's `--format markdown` (and journal tools that copy it) files each entry under a heading
for its year and one for its month, and heads the entry with its time stamp and first line:
`# 2026` / `## December` / `### 2026-12-07 06:25:01 AM # Sporten in de hitte: …`. The entry's
own headings are pushed under that frame (`## Eerste hulp` becomes `##### Eerste hulp`). Read as
Markdown, the year was the leaflet's title, the month and the stamped line headed every passage,
and the sender line under the entry's title stood as a passage of its own (red team 57).

Here the frame is no text: the year and month headings go, an entry's stamped heading is its
title's (`# Sporten in de hitte: …`, the entry's own "#" marks and the stamp left out), and the
entry's headings come back up so that the highest is a section under that title (`##`).

Only a file that opens with the whole frame is read so: a year alone on a first-level heading,
then a month's name alone on a second-level one, then a third-level heading that opens with a
date and a clock time before its words. A leaflet headed "2026" or with a section
"December: de griepprik" has no such run of three.
"""

from __future__ import annotations

import re

from ingest.dates import CLOCK_TIME, MONTHS, written_date
from ingest.fences import fenced_lines

_ATX = re.compile(r" {0,3}(?P<marks>#{1,6})[ \t]+(?P<text>\S.*)")  # on a line without its closing marks
_YEAR = re.compile(r"(?:19|20)\d{2}")
# an entry's stamp: a date, a clock time, then the entry's first line (its own "#" marks kept by jrnl)
_STAMP = re.compile(rf"(?:{written_date()})[ \tT]+{CLOCK_TIME}[ \t]+(?:#+[ \t]+)?(?P<title>\S.*)", re.IGNORECASE)
YEAR_LEVEL, MONTH_LEVEL, ENTRY_LEVEL = 1, 2, 3
SECTION_LEVEL = 2  # an entry's highest heading, under its title


def without_journal_frame(text: str) -> str:
    """`text` without a journal export's year and month headings, each entry's stamped heading
    its title's (`# Title`) and the entries' headings raised to `SECTION_LEVEL` at the highest;
    any other text comes back as it is."""
    lines = text.split("\n")
    opening = [line for line in lines if line.strip()][:3]
    if [_frame_kind(match) if (match := _ATX.fullmatch(_unclosed(line))) else None for line in opening] \
            != ["year", "month", "entry"]:
        return text  # the first three lines with words: a year's, a month's and an entry's heading
    fenced = fenced_lines(lines)  # a code block's "#" comments are no headings
    headings = {index: match for index, line in enumerate(lines)
                if index not in fenced and (match := _ATX.fullmatch(_unclosed(line)))}
    kinds = {index: _frame_kind(match) for index, match in headings.items()}
    own_levels = [len(match["marks"]) for index, match in headings.items() if kinds[index] is None]
    raise_by = max(0, min(own_levels, default=SECTION_LEVEL) - SECTION_LEVEL)
    for index, match in headings.items():
        kind = kinds[index]
        if kind == "entry":
            lines[index] = "# " + _stamped_title(match["text"])
        elif kind is not None:
            lines[index] = ""
        else:
            level = max(SECTION_LEVEL, len(match["marks"]) - raise_by)
            lines[index] = "#" * level + " " + match["text"]
    return "\n".join(lines)


def _unclosed(line: str) -> str:
    """A line without the "#" marks that may close an ATX heading after a blank, nor blanks at its end."""
    line = line.rstrip()
    bare = line.rstrip("#")
    return bare.rstrip() if bare != line and bare[-1:] in (" ", "\t") else line


def _frame_kind(heading: re.Match[str]) -> str | None:
    """"year", "month" or "entry" where a heading is one of the frame's at its level; else None."""
    level, words = len(heading["marks"]), heading["text"]
    if level == YEAR_LEVEL and _YEAR.fullmatch(words):
        return "year"
    if level == MONTH_LEVEL and words.lower() in MONTHS:
        return "month"
    if level == ENTRY_LEVEL and _STAMP.fullmatch(words):
        return "entry"
    return None


def _stamped_title(words: str) -> str:
    """The entry's title in its stamped heading: the words after the date, the time and the
    entry's own "#" marks."""
    stamp = _STAMP.fullmatch(words)
    return stamp["title"] if stamp else words
