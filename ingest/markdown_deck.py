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

pptx2md writes a slide's notes after a `---` line of their own, a blank line between
(`---`, blank, the notes' lines), and with `--enable-slides` parts the slides by a `---` line
with two blank lines under it: notes run to that part line (or the file's end), without it to
the next blank line or heading (`without_pptx2md_notes`). A `---` line is a thematic break in any
Markdown, so such notes go only in pptx2md's output, known by its shape: its coloured runs
(`<span style="color:#00857c">`) or its escaped commas ("Het Spoor\\,": its escape pattern's
range "+-." takes in the comma), or its part lines under which every notes block ends.
"""

from __future__ import annotations

import re

_NOTES_HEADING = re.compile(r" {0,3}### Notes:[ \t]*")
_HEADING = re.compile(r" {0,3}#{1,6}[ \t]+\S")
_SLIDE_TITLE = re.compile(r"^ {0,3}#[ \t]+\S", re.MULTILINE)
_ITEM = re.compile(r" *[*+-][ \t]+\S")
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


_RULE = "---"
_COLOURED_RUN = re.compile(r'<span style="color:#[0-9A-Fa-f]{6}">')
_ESCAPED_COMMA = re.compile(r"\\,")
MIN_SIGNS = 2  # coloured runs or escaped commas that make a file pptx2md's


def without_pptx2md_notes(text: str) -> str:
    """`text` (Markdown) without the speaker notes pptx2md wrote under each slide (see the module)."""
    lines = text.split("\n")
    parts = {index for index in range(len(lines)) if _is_part_line(lines, index)}
    notes = [index for index in range(len(lines)) if index not in parts and _opens_notes(lines, index)]
    if not notes or not _is_pptx2md(text, lines, notes, parts):
        return text
    dropped: set[int] = set()
    for start in notes:
        end = start + 2
        while end < len(lines) and end not in parts and not (
                not parts and (not lines[end].strip() or _HEADING.match(lines[end]))):
            end += 1
        dropped.update(range(start, end))
    return "\n".join(line for index, line in enumerate(lines) if index not in dropped)


def _is_part_line(lines: list[str], index: int) -> bool:
    """Whether line `index` parts two slides (`--enable-slides`): "---" between a blank line
    and two blank ones."""
    return lines[index] == _RULE and index > 0 and not lines[index - 1].strip() \
        and index + 2 < len(lines) and not lines[index + 1].strip() and not lines[index + 2].strip()


def _opens_notes(lines: list[str], index: int) -> bool:
    """Whether line `index` opens a slide's notes: "---" after a blank line (or a list's last
    item, which pptx2md ends with no blank line), one blank line, then the notes' first line."""
    return lines[index] == _RULE and index > 0 and (not lines[index - 1].strip() or _ITEM.match(lines[index - 1])) \
        and index + 2 < len(lines) and not lines[index + 1].strip() and bool(lines[index + 2].strip()) \
        and not _HEADING.match(lines[index + 2])


def _is_pptx2md(text: str, lines: list[str], notes: list[int], parts: set[int]) -> bool:
    """Whether the Markdown is pptx2md's: its coloured runs or escaped commas, or part lines
    under which every notes block closes (each notes block's next rule a part line)."""
    if len(_COLOURED_RUN.findall(text)) >= MIN_SIGNS or len(_ESCAPED_COMMA.findall(text)) >= MIN_SIGNS:
        return True
    if len(notes) < MIN_SIGNS or len(parts) < MIN_SIGNS:
        return False
    rules = sorted([*notes, *parts])
    following = dict(zip(rules, rules[1:]))
    return all(following.get(start, -1) in parts or start == rules[-1] for start in notes)
