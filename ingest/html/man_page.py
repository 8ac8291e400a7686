"""A manual page converted to HTML, read as `man` shows it (as `ingest.man` reads its text).

man2html (and mandoc's or groff's HTML) sets the page's name in capitals as its `<h1>`, then
its own header lines ("Section: … (7)", "Updated: …", an "Index" link), and the page's first
section, NAME in any language ("NAAM"), holds one line "name - what it is": the page's title
(`ingest.man.name_title`), as for a page `man` renders to text. Left as they stood, "ZWEEPSLAG"
was the leaflet's title, the NAME line a passage of its own and the header lines another.
Section headings are in capitals by the man convention, not for emphasis: each reads in
sentence case, its words in the case the text writes them in (`unshouted`); a word the text
never writes in capitals is no abbreviation and goes to small letters ("WAT MERKT U?": "Wat
merkt u?"), or the page's headings read half in capitals, half not. man2html ends the page
with an index, a heading over links to the page's own sections, and a note on how it made
the page ("This document was created by man2html ... Time: …"): neither is the page's text
(`drop_index`). mandoc frames the page with a table over it and one under it, which date it
and name its source (`drop_frame`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml.html import HtmlElement

from ingest.html.headings import HEADING_TAGS
from ingest.man import name_title, unshouted_heading

# What a converter of manual pages writes into the page: man2html's `<TITLE>Man page of X` and
# its closing "created by man2html" link, mandoc's `<div class="manual-text">`, groff's
# generator line, ronn's header and footer lists (`<ol class="man-decor man-head ...">`).
# Without one, a page that opens with "x - y" under a heading is a leaflet's own.
_CONVERTER = re.compile(r"<title>\s*man page of\s|>\s*man2html\s*</a>|class=[\"']manual-text[\"']"
                        r"|<meta\s+name=[\"']generator[\"']\s+content=[\"']groff\s"
                        r"|class=[\"']man-decor\s", re.IGNORECASE)
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
    title = name_title(_name_line(lines, start, end))
    header = lines[starts[0] + 1 if starts[0] < start else 0:start]
    prose = "\n".join(line for line in lines[end:] if not _HEADING.fullmatch(line))
    body = _under_title([_recased(line, prose) for line in lines[end:]])
    return ManPageMarkdown("\n".join([f"# {title}", "", *body]), title,
                           tuple(line.rstrip("\\").strip() for line in header if line.strip()))


def _under_title(lines: list[str]) -> list[str]:
    """The page's section headings a level under its title, where one is at the title's level:
    mandoc sets each section as an `<h1>` (man2html as an `<h2>`), and a second `#` right under
    the title was read as its subtitle ("Trigeminusneuralgie – ... – Uitgever")."""
    if not any(line.startswith("# ") for line in lines):
        return lines
    return [f"#{line}" if _HEADING.fullmatch(line) and not line.startswith("######") else line for line in lines]


def _is_name_section(lines: list[str], start: int, end: int) -> bool:
    """Whether the section from heading line `start` to `end` holds one NAME line alone
    ("zweepslag - Zweepslag in de kuit")."""
    return bool(name_title(_name_line(lines, start, end)))


def _name_line(lines: list[str], start: int, end: int) -> str:
    """The words of the section from heading line `start` to `end` as one line, where they are
    one paragraph: mandoc and ronn set the page's name in `<code>` and the line breaks after it
    ("trigeminusneuralgie" over "— aangezichtspijn, ..."), still the one NAME line. "" where
    the section holds more than one paragraph."""
    said = lines[start + 1:end]
    while said and not said[0].strip():
        said = said[1:]
    while said and not said[-1].strip():
        said = said[:-1]
    if any(not line.strip() for line in said):
        return ""
    return " ".join(_ESCAPED_START.sub("", line.strip()) for line in said)


# The backslash Markdown sets before a mark that opens a line, to keep it words: ronn breaks the
# NAME line before its dash, and the line "\\- what it is" is still "- what it is".
_ESCAPED_START = re.compile(r"^\\(?=[-+*>#])")


def _recased(line: str, text: str) -> str:
    """A heading line in capitals in sentence case (`ingest.man.unshouted_heading`); other lines as they are."""
    heading = _HEADING.fullmatch(line)
    if not heading or heading[2].upper() != heading[2]:
        return line
    return f"{heading[1]} {unshouted_heading(heading[2], text)}"


# mandoc's frame around the page: a table over it (the page's name and section at both ends,
# the manual's name between) and one under it (its date, `.Dd`, and its source, `.Os`); ronn
# sets the same fields as a list over the page and one under it (`ol.man-decor`), a cell each.
_FRAME = ("//body/table[contains(concat(' ', normalize-space(@class), ' '), ' head ')"
          " or contains(concat(' ', normalize-space(@class), ' '), ' foot ')]"
          " | //body//ol[contains(concat(' ', normalize-space(@class), ' '), ' man-decor ')]")


def drop_frame(tree: HtmlElement) -> list[str]:
    """Remove mandoc's header and footer tables, or ronn's lists (`_FRAME`), and return their
    cells' words, a line each: as for a page `man` renders to text (`ingest.man`) they are the page's frame, not its
    text, but the footer dates the page and names its source ("Ziekenhuis Oost-Achterhoek"),
    read where a running footer's lines are."""
    lines: list[str] = []
    for table in tree.xpath(_FRAME):
        lines += [" ".join(cell.text_content().split()) for cell in table.xpath(".//td | .//li")]
        table.drop_tree()
    return list(dict.fromkeys(line for line in lines if line))


def drop_index(tree: HtmlElement) -> None:
    """Remove a converted man page's index and what follows it: a heading with no heading after
    it, over a list of nothing but links to the page's own anchors. man2html sets it after the
    page's last section, and after it only its note on how it made the page."""
    anchors = {name for element in tree.iter() for name in (element.get("name"), element.get("id")) if name}
    for heading in tree.xpath("//body//*" + HEADING_TAGS):
        listing = heading.getnext()
        if listing is None or listing.tag not in {"dl", "ul", "ol"} or (heading.tail or "").strip() \
                or not _links_to_anchors(listing, anchors) or heading.xpath("following::*" + HEADING_TAGS):
            continue
        for element in [heading, *heading.itersiblings()]:
            element.getparent().remove(element)  # with its tail: the note's words are loose in the page
        return


def _links_to_anchors(listing: HtmlElement, anchors: set[str]) -> bool:
    """Whether a list holds links, each to one of the anchors, and no words outside them."""
    links = listing.xpath(".//a")
    loose = "".join(listing.xpath(".//text()[not(ancestor::a)]"))
    return bool(links) and not re.search(r"\w", loose) \
        and all(link.get("href", "").startswith("#") and link.get("href")[1:] in anchors for link in links)
