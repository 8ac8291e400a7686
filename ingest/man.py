"""A manual page as `man` renders it to text (`man -P cat`, `groff -man -Tutf8 | col -b`).

man frames the page with a header of three fields, the page's name and section at both ends
("SPANNINGSHOOFDPIJN(7)   Patiëntenfolders   SPANNINGSHOOFDPIJN(7)"), and a footer that ends
with it (its source, its date, the name: "Neurologie, Zorggroep Amstelland  3 juli 2025
SPANNINGSHOOFDPIJN(7)"). Neither is text: the header stood as the leaflet's title, the footer
as the end of its last passage, its date unread. Both go to the furniture, where a date is
read as a running footer's. The page's first section (NAME, in any language: "NAAM") holds one
line, "name - what it is" ("spanningshoofdpijn - een drukkende band om het hoofd"): the
page's title, so it stands as the title line plain text opens with.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# "LS(1)", "SPANNINGSHOOFDPIJN(7)", "git-commit(1)", "printf(3p)".
_PAGE = r"[^\s()]+\([0-9][a-z]{0,3}\)|[^\s()]+\([a-z]\)"
_HEADER = re.compile(rf"[ \t]*(?P<page>{_PAGE})(?:[ \t]{{2,}}(?P<manual>\S.*?))?[ \t]{{2,}}(?P=page)[ \t]*",
                     re.IGNORECASE)
_WIDE_GAP = re.compile(r"[ \t]{2,}")
# The NAME line: the page's names, a dash, what it is about ("ls - list directory contents").
_NAME_LINE = re.compile(r"(?P<names>\S.*?)\s+[-–—‐]\s+(?P<about>\S.*)")


@dataclass(frozen=True)
class ManPage:
    """A rendered manual page: its text without the frame, and the frame's fields, a line each."""

    text: str
    furniture: tuple[str, ...]


def read_man_page(text: str) -> ManPage | None:
    """The page without its header and footer, its NAME section as its title line; None where
    the text does not open with man's header."""
    lines = text.split("\n")
    first = next((index for index, line in enumerate(lines) if line.strip()), None)
    header = _HEADER.fullmatch(lines[first]) if first is not None else None
    if header is None:
        return None
    ending = "[ \t]{2,}" + re.escape(header["page"]) + "[ \t]*"
    frame = {index for index, line in enumerate(lines)
             if line.strip() == lines[first].strip() or re.search(r"\S" + ending + "$", line)}
    furniture = tuple(field for index in sorted(frame) for field in _WIDE_GAP.split(lines[index].strip())
                      if field and field != header["page"])
    body = [line for index, line in enumerate(lines) if index not in frame]
    return ManPage("\n".join(_titled(body, header["page"])), tuple(dict.fromkeys(furniture)))


def _titled(lines: list[str], page: str) -> list[str]:
    """The page with its first section, a heading over one indented "name - what it is", as the
    title line "Name – what it is"; where that section holds anything else, the page's name
    from the header ("SPANNINGSHOOFDPIJN(7)": "Spanningshoofdpijn") over the text as its
    title line, or the first section's heading would stand as the title."""
    named = [_capitalised(page.split("(")[0].lower()), ""]
    start = next((index for index, line in enumerate(lines) if line.strip()), None)
    if start is None or lines[start][:1].isspace():
        return named + lines
    end = next((index for index in range(start + 1, len(lines)) if not lines[index].strip()), len(lines))
    indented = lines[start + 1:end]
    title = name_title(" ".join(indented)) if indented and all(line[:1].isspace() for line in indented) else ""
    if not title:
        return named + lines
    return lines[:start] + [title] + lines[end:]


def name_title(line: str) -> str:
    """The title a page's NAME line gives ("ls - list directory contents": "Ls – list directory
    contents"; what it is alone where it opens with the name), or "" where the line is not
    "names - what it is"."""
    name = _NAME_LINE.fullmatch(" ".join(line.split()))
    if not name:
        return ""
    if _names_itself(name["names"], name["about"]):
        return _capitalised(name["about"])
    return f"{_capitalised(name['names'])} – {name['about']}"


def _names_itself(names: str, about: str) -> bool:
    """Whether what the page is about opens with its name ("impingement - Impingement van de
    schouder"): the name before it would only say it twice."""
    words = about.split()
    return bool(words) and words[0].casefold().strip(",:") == names.casefold()


def _capitalised(words: str) -> str:
    return words[:1].upper() + words[1:]
