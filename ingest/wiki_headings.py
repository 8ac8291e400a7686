"""Wiki heading marks left in a plain text: "= Title =" and "== Section ==" lines.

A wiki page's text as a library extracts it keeps some of its heading marks: wtf_wikipedia's
`.text()` drops the "== ... ==" section headings but keeps pandoc's level-1 "= Title =" line
(red team 40), and a page whose markup is mostly gone shows too few of MediaWiki's signs to be
read as a wiki (ingest/mediawiki.py). Left in, the marks were words of the first passage and
the title was the file's name. A line wholly in balanced "=" marks is a heading in any text
(a rule of "=" has no words between), so its words stand alone, unmarked: one "=" the title
where it opens the text, more a section by their count. Told of headings, the reader takes
no other, so only a text with `MIN_WIKI_HEADINGS` or more hands them over as such; a lone
title line is left to the shape of lines, as its title. Marks around no word ("= 5 =", a page
number as some exports set it) make no heading: the line stays as it is.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ingest.mediawiki import HEADING_LINE

MIN_WIKI_HEADINGS = 2  # one section heading among unmarked ones must not make it the only heading
TITLE_LEVEL = 1


@dataclass(frozen=True)
class WikiHeadings:
    """A text with its wiki heading marks taken off, the title its first line marks, and the
    headings by level where the text marks enough of them."""

    text: str
    title: str = ""
    headings: dict[str, int] = field(default_factory=dict)


def wiki_headings(text: str) -> WikiHeadings:
    """`text` with each "= ... =" line as its words alone (`HEADING_LINE`), the title a level-1
    one gives where it is the first line with words, and the headings by their marks' count
    where `MIN_WIKI_HEADINGS` or more lines are marked (the title among them). A text without
    such lines comes back as it is."""
    lines = text.split("\n")
    found: dict[int, tuple[str, int]] = {}
    for index, line in enumerate(lines):
        marked = HEADING_LINE.match(line)
        if marked and any(character.isalpha() for character in marked.group("text")):
            found[index] = (" ".join(marked.group("text").split()), len(marked.group("marks")))
    if not found:
        return WikiHeadings(text)
    for index, (words, _) in found.items():
        lines[index] = words
    first = next((index for index, line in enumerate(lines) if line.strip()), None)
    title = found[first][0] if first in found and found[first][1] == TITLE_LEVEL else ""
    headings = {words: level for words, level in found.values()} if len(found) >= MIN_WIKI_HEADINGS else {}
    return WikiHeadings("\n".join(lines), title, headings)
