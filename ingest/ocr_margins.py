"""Noise an OCR of a photographed page reads in its margins, taken out of a plain text.

A phone photo shows the page's edge, a shadow, the table under it: OCR (tesseract,
tesseract.js) reads them as a few signs or letters, on lines of their own over the text
("}", "b", ";", "|") or glued before a line ("Rs * Do not rinse …", "= 2 * Only eat …"). Over
the text they were taken for its title or its first passage; before a list's bullet they hid
the bullet, and the list ran into its paragraph (red team 45). Only the plain shapes are
undone: lines of at most two signs before the first line of words, and one to three short
signs before a bullet where the lines around it are bullets so marked too.
"""

from __future__ import annotations

import re

MAX_NOISE_CHARS = 2  # "}", "b", ";", "|", "En": a line this short over the text is no title
# One or two short runs of signs (the photo's edge) before a list's bullet and its text.
_NOISY_BULLET = re.compile(r"(?P<noise>[^\s*•]{1,3}(?:[ \t]+[^\s*•]{1,3})?)[ \t]+(?P<item>[*•][ \t]+\S.*)")
_BULLET = re.compile(r"[ \t]*[*•][ \t]+\S")
MIN_LIST_ITEMS = 2  # bullets, with or without noise before them, in a run for noise to be read so


def without_margin_noise(text: str) -> str:
    """`text` without an OCR's margin noise (see the module's docstring)."""
    lines = text.split("\n")
    top = 0
    while top < len(lines) and len(lines[top].strip()) <= MAX_NOISE_CHARS:
        top += 1
    if top == len(lines):
        return text
    return "\n".join(_bullets_unglued(lines[top:]))


def _bullets_unglued(lines: list[str]) -> list[str]:
    """Lines with the noise before a bullet taken off, where a run of lines holds at least
    `MIN_LIST_ITEMS` bullets (a line that only goes on with the item above breaks no run)."""
    items = [bool(_BULLET.match(line) or _NOISY_BULLET.fullmatch(line)) for line in lines]
    out = list(lines)
    for index, line in enumerate(lines):
        match = _NOISY_BULLET.fullmatch(line)
        if match and _run_items(items, index) >= MIN_LIST_ITEMS and not _is_word(match.group("noise")):
            out[index] = match.group("item")
    return out


def _run_items(items: list[bool], index: int) -> int:
    """How many bullets stand within two lines of each other around `index`."""
    count, start = 0, index
    while start > 0 and any(items[max(0, start - 2):start]):
        start -= 1
    end = index
    while end + 1 < len(items) and any(items[end + 1:end + 3]):
        end += 1
    return sum(items[start:end + 1])


def _is_word(noise: str) -> bool:
    """Whether what stands before the bullet could be the line's own: a list's number or
    label ("1.", "a)", "Stap 1") is no noise of a photo's edge."""
    return bool(re.fullmatch(r"\d+[.)]|[A-Za-z][.)]", noise))
