"""Bullets a PDF's reader writes on the line after their item's first line, put before that line.

pdf-text-reader (pdf.js) sorts a page's text by where it stands, and a bullet set a little
lower than its item's first line comes out on a line of its own right under that line:
"… trek de balzak iets omhoog." / "•" / "Houd de spanning …" / "•" / …, and a wrapped item
reads "… minder drinken maakt de urine geconcentreerd en prikkelt" / "•" / "de blaas.".
Read as bullets before their items (as most readers write a lone bullet), the first item
ran into the paragraph above, every other item carried the bullet of the one before, and
a wrapped item's last words stood as an item of their own (red team 56).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.clean.joining import Layout, measure_layout
from ingest.clean.lines import Line, ends_sentence, starts_lower


LONE_BULLET = re.compile(r"[•●▪◦·‣∙○■□➢►–*\-+]")


def attach_trailing_bullets(lines: list[Line], proportional: bool = False) -> list[Line]:
    """The lines, each bullet that trails its item's first line put before that line, where the
    text shows it writes its bullets so (`_trailing_bullets`); every other line as it was."""
    runs = _bullet_runs(lines)
    bullets = _trailing_bullets(lines, runs, measure_layout(lines, proportional)) if runs else set()
    if not bullets:
        return lines
    out: list[Line] = []
    for index, line in enumerate(lines):
        if index in bullets:
            item = out[-1]
            out[-1] = replace(item, text=f"{line.text} {item.text}", parts=(), cells=(), gap_cells=())
            continue
        out.append(line)
    return out


def _trailing_bullets(lines: list[Line], runs: list[list[int]], layout: Layout) -> set[int]:
    """The lone bullets that belong to the line above them: those of every list whose lone
    bullets each stand between two lines of text and whose first bullet stands under an item's
    line (`_opens_with_item`), where at least one such list shows an item wrapped across its
    bullet (`_wraps_across`): that shape is the reader's, and it writes all its lists so. `runs`:
    the lists' lone bullets (`_bullet_runs`)."""
    runs = [run for run in runs if _opens_with_item(lines[run[0] - 1], layout)]
    if not any(_wraps_across(lines, at, layout) for run in runs for at in run):
        return set()
    return {at for run in runs for at in run}


def _bullet_runs(lines: list[Line]) -> list[list[int]]:
    """The runs of lone bullets that each stand alone between two lines of text, with lines of
    text and no blank line between one bullet and the next: one list each."""
    runs: list[list[int]] = []
    open_run = False  # whether the lines since the run's last bullet were all text
    for index, line in enumerate(lines):
        if not line.text:
            open_run = False
            continue
        if not _alone(lines, index):
            open_run = open_run and not LONE_BULLET.fullmatch(line.text)
            continue
        if open_run and runs:
            runs[-1].append(index)
        else:
            runs.append([index])
        open_run = True
    return runs


def _alone(lines: list[Line], index: int) -> bool:
    """Whether line `index` is a lone bullet right between two lines of text that are no bullets."""
    if not (0 < index < len(lines) - 1) or not LONE_BULLET.fullmatch(lines[index].text):
        return False
    above, below = lines[index - 1], lines[index + 1]
    return bool(above.text and below.text) and not below.after_blank and not lines[index].after_blank \
        and not LONE_BULLET.fullmatch(above.text) and not LONE_BULLET.fullmatch(below.text)


def _opens_with_item(line: Line, layout: Layout) -> bool:
    """Whether the line over a list's first bullet may be its first item's first line: a full
    line (its item wraps) or a sentence, no heading and no lead line ending in ":". A list whose
    bullets stand before their items has its lead line, its heading or a blank line there."""
    text = line.text
    return not line.heading_level and not text.endswith(":") and (ends_sentence(text) or layout.is_full(text))


def _wraps_across(lines: list[Line], index: int, layout: Layout) -> bool:
    """Whether the bullet at `index` stands inside a wrapped item: the line above filled the margin
    (the next line's first word had no room on it) and ends no sentence and no clause, and the line
    below goes on in lower case and is not an item of its own (no lone bullet right under it)."""
    above, below = lines[index - 1], lines[index + 1]
    under = lines[index + 2] if index + 2 < len(lines) else None
    return layout.is_full(above.text) and not layout.had_room(above.text, below.text) \
        and not ends_sentence(above.text) and not above.text.endswith((":", ";")) and starts_lower(below.text) \
        and not (under is not None and under.text and LONE_BULLET.fullmatch(under.text))
