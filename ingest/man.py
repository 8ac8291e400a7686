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

from ingest.title_frame import unshouted

MAX_SECTION_CHARACTERS = 12  # "7", "3p", "1ssl"; a word a converter took for the section ("aan")
# "LS(1)", "SPANNINGSHOOFDPIJN(7)", "git-commit(1)", "printf(3p)"; and a section of a word
# ("Slijmbeursontsteking(aan)": go-md2man makes `.TH` of a `# title`'s words, the second its
# section: red team 35). Only the same name and section at both ends of a line make a header.
_PAGE = rf"[^\s()]+\([^\s()]{{1,{MAX_SECTION_CHARACTERS}}}\)"
_HEADER = re.compile(rf"[ \t]*(?P<page>{_PAGE})(?:[ \t]{{2,}}(?P<manual>\S.*?))?[ \t]{{2,}}(?P=page)[ \t]*",
                     re.IGNORECASE)
# The same header typeset (pdfroff, `groff -Tpdf`): a PDF's text sets its fields one space apart.
_TYPESET_HEADER = re.compile(rf"\s*(?P<page>{_PAGE})(?:\s+(?P<manual>\S.*?))?\s+(?P=page)\s*", re.IGNORECASE)
_WIDE_GAP = re.compile(r"[ \t]{2,}")
_LETTERS = re.compile(r"[^\W\d_]+")
# The NAME line: the page's names, a dash, what it is about ("ls - list directory contents").
_NAME_LINE = re.compile(r"(?P<names>\S.*?)\s+[-–—‐]\s+(?P<about>\S.*)")
# A name that is a file's slug: lower-case words joined by "-" or "_" ("wond-lijmen", as
# txt2man names a page after its file), never a word a reader calls the subject by.
_SLUG = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)+")


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


def typeset_header(line: str) -> str:
    """The page's name and section ("trommelvliesperforatie(7)") where a line of a typeset page
    is man's header, the same name and section at both ends; else ""."""
    header = _TYPESET_HEADER.fullmatch(line)
    return header["page"] if header else ""


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
    contents"; what it is alone where it opens with the name or the name is a file's slug:
    "wond-lijmen - Een wond gelijmd: wat nu?"), or "" where the line is not "names - what it is"."""
    name = _NAME_LINE.fullmatch(" ".join(line.split()))
    if not name:
        return ""
    if _names_itself(name["names"], name["about"]) or _SLUG.fullmatch(name["names"]) and len(name["about"].split()) > 1:
        return _capitalised(name["about"])
    return f"{_capitalised(name['names'])} – {name['about']}"


def _names_itself(names: str, about: str) -> bool:
    """Whether what the page is about opens with its name ("impingement - Impingement van de
    schouder"): the name before it would only say it twice."""
    words = about.split()
    return bool(words) and words[0].casefold().strip(",:") == names.casefold()


def _capitalised(words: str) -> str:
    return words[:1].upper() + words[1:]


def unshouted_heading(heading: str, text: str) -> str:
    """A section heading in capitals, as man sets them all, in sentence case: `unshouted` keeps
    a short word the text never writes in small letters in capitals ("Wat MERKT u?"), which on a
    man page is only an abbreviation where the text writes it in capitals too ("COPD"). A
    heading not in capitals comes back as it is."""
    if heading.upper() != heading:
        return heading
    cased = _LETTERS.sub(lambda word: word[0].lower() if word[0].isupper() and not _in_capitals(word[0], text)
                         else word[0], unshouted(heading, text))
    return f"{cased[:1].upper()}{cased[1:]}"


def _in_capitals(word: str, text: str) -> bool:
    """Whether the text writes a word in capitals, as a word of its own ("COPD")."""
    return bool(re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text))
