"""A slide deck written out as Markdown, read as its slides show it.

A converter of presentations (Microsoft's markitdown) writes each slide after a comment that
numbers it (`<!-- Slide number: 3 -->`, gone with the other comments before this step), and
the presenter's notes under a heading of its fixed label, `### Notes:`, as one run of lines
(each of the notes' paragraphs on a line) before the next slide's blank line. Those notes are
the speaker's cues ("Welkom heten. Vraag wie er ...", "Laat de spuugzak zien."), never shown
to the audience: as passages, a patient would read them as the leaflet's words. They go, up to
the next blank line or heading; the slides' text stays. Only in a deck: a file whose every
slide's title is a `# ` heading (`MIN_SLIDES` or more), or with notes under two slides or more;
a leaflet's own "### Notes:" section ("Keep unopened pens in the fridge") stays.
"""

from __future__ import annotations

import re

_NOTES_HEADING = re.compile(r" {0,3}### Notes:[ \t]*")
_HEADING = re.compile(r" {0,3}#{1,6}[ \t]+\S")
_SLIDE_TITLE = re.compile(r"^ {0,3}#[ \t]+\S", re.MULTILINE)
MIN_SLIDES = 3


def without_speaker_notes(text: str) -> str:
    """`text` (Markdown) without a deck's speaker notes: a `### Notes:` heading and its lines."""
    notes_count = sum(1 for line in text.split("\n") if _NOTES_HEADING.fullmatch(line))
    if not notes_count or notes_count < 2 and len(_SLIDE_TITLE.findall(text)) < MIN_SLIDES:
        return text  # no deck: a leaflet's own "Notes:" section
    out: list[str] = []
    notes: list[str] | None = None  # the lines of the notes being read, if any
    for line in text.split("\n"):
        if _NOTES_HEADING.fullmatch(line):
            notes = []
            continue
        if notes is not None and (_HEADING.match(line) or not line.strip() and any(notes)):
            notes = None
        if notes is None:
            out.append(line)
        else:
            notes.append(line.strip())
    return "\n".join(out)
