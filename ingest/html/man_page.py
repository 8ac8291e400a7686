"""A manual page converted to HTML, read as `man` shows it (as `ingest.man` reads its text).

man2html (and mandoc's or groff's HTML) sets the page's name in capitals as its `<h1>`, then
its own header lines ("Section: … (7)", "Updated: …", an "Index" link), and the page's first
section, NAME in any language ("NAAM"), holds one line "name - what it is": the page's title
(`ingest.man.name_title`), as for a page `man` renders to text. Left as they stood, "ZWEEPSLAG"
was the leaflet's title, the NAME line a passage of its own and the header lines another.
Section headings are in capitals by the man convention, not for emphasis: they take the case
the text writes their words in (`unshouted`), as a title in capitals does, where it writes them all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.man import name_title
from ingest.title_frame import unshouted

# What a converter of manual pages writes into the page: man2html's `<TITLE>Man page of X` and
# its closing "created by man2html" link, mandoc's `<div class="manual-text">`, groff's
# generator line. Without one, a page that opens with "x - y" under a heading is a leaflet's own.
_CONVERTER = re.compile(r"<title>\s*man page of\s|>\s*man2html\s*</a>|class=[\"']manual-text[\"']"
                        r"|<meta\s+name=[\"']generator[\"']\s+content=[\"']groff\s", re.IGNORECASE)
_HEADING = re.compile(r"(#{1,6}) (.*)")


@dataclass(frozen=True)
class ManPageMarkdown:
    """A manual page's Markdown titled by its NAME line, and the converter's header lines."""

    text: str
    title: str
    furniture: tuple[str, ...]


def is_converted_man_page(html: str) -> bool:
    """Whether a web page is a manual page a converter wrote (`_CONVERTER`)."""
    return bool(_CONVERTER.search(html))


def read_man_page(markdown: str) -> ManPageMarkdown | None:
    """The page's Markdown with its NAME line as its `#` title, without the NAME section and
    the lines between the title and it (the converter's header), its section headings in the
    case the text writes their words in; None where the page's first section (after its `#`
    title, if any) is not one NAME line alone."""
    lines = markdown.split("\n")
    starts = [index for index, line in enumerate(lines) if _HEADING.fullmatch(line)]
    sections = list(zip(starts, [*starts[1:], len(lines)]))[:2]
    if sections and not _is_name_section(lines, *sections[0]) and lines[sections[0][0]].startswith("# "):
        sections = sections[1:]
    if not sections or not _is_name_section(lines, *sections[0]):
        return None
    start, end = sections[0]
    title = name_title(next(line for line in lines[start + 1:end] if line.strip()))
    header = lines[starts[0] + 1 if starts[0] < start else 0:start]
    prose = "\n".join(line for line in lines[end:] if not _HEADING.fullmatch(line))
    return ManPageMarkdown("\n".join([f"# {title}", "", *(_recased(line, prose) for line in lines[end:])]), title,
                           tuple(line.rstrip("\\").strip() for line in header if line.strip()))


def _is_name_section(lines: list[str], start: int, end: int) -> bool:
    """Whether the section from heading line `start` to `end` holds one NAME line alone
    ("zweepslag - Zweepslag in de kuit")."""
    said = [line for line in lines[start + 1:end] if line.strip()]
    return len(said) == 1 and bool(name_title(said[0]))


def _recased(line: str, text: str) -> str:
    """A heading line in capitals in the case `text` writes its words in, where it writes each
    (`unshouted` leaves a short word it never writes in capitals, and "WAT MERKT U?" would read
    "Wat MERKT u?"); other lines as they are."""
    heading = _HEADING.fullmatch(line)
    cased = unshouted(heading[2], text) if heading else ""
    if not heading or any(word.isupper() and not re.search(rf"\b{re.escape(word)}\b", text)
                          for word in re.findall(r"[^\W\d_]{2,}", cased)):
        return line
    return f"{heading[1]} {cased}"
