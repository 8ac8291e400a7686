"""WikiExtractor's output: a wiki's articles as text, each in a `<doc …>` … `</doc>` wrapper.

WikiExtractor (a MediaWiki dump's text for corpora) writes each article between a line
`<doc id="118" url="?curid=118" title="Gevoelige tandhalzen">` and `</doc>`, its title repeated
as the first line, a paragraph a line, lists dropped; a section heading stands on its own line,
and one that has no end punctuation gets a "." ("Kosten.", "Contact."), as a sentence would
(red team 47). Read as plain text, the wrapper was the first passage's words, the file's name
its title and "Kosten." a sentence inside the section before.

The wrapper lines go, and the `title` attribute is the title; the text's entities ("&amp;", as
WikiExtractor 3 escapes a text by default) read as their characters. A file may hold several articles
(WikiExtractor fills a file with as many as fit): they stay in one leaflet, in their order, each
later one's title line heading its text, so that no article's words are lost. Every line is a
paragraph or a heading, never a wrapped line: a blank line parts each from the next, so that
short paragraphs are not joined as a hard-wrapped text's lines are. Only in such a
file is a short line ending in a lone "." between paragraphs a heading (`_dotted_heading`): in
any other text it is a sentence.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from ingest.clean.lines import ends_sentence

_DOC_OPEN = re.compile(r"[ \t]*<doc(?P<attributes>(?:\s+[\w:-]+=\"[^\"]*\")+)\s*>[ \t]*")
_DOC_CLOSE = re.compile(r"[ \t]*</doc>[ \t]*")
_ATTRIBUTE = re.compile(r"([\w:-]+)=\"([^\"]*)\"")
# A heading with WikiExtractor's "." added: a capital, words without other sentence marks, one ".".
_DOTTED = re.compile(r"(?P<words>[^\W\d_][^.!?:;…]*?[^\s.])\.")
MAX_HEADING_WORDS = 4
# Words of a clause, never of a section's name: a subject pronoun, a finite auxiliary or copula, an
# object pronoun ("Bel ons."). A short sentence standing alone ("Dat is normaal.") has one of them.
_CLAUSE_WORDS = frozenset(
    "ik je jij u hij zij ze wij we ons mij me hem is zijn was waren wordt worden werd kan kunt kunnen mag "
    "mogen moet moeten heeft hebt hebben zal zult zullen gaat "
    "i you he she it we they us me him them am are was were be been can could may might must will would "
    "shall should has have had does do did".split())


@dataclass(frozen=True)
class WikiArticles:
    """The text of a WikiExtractor file's articles without their wrappers, its headings
    without the "." WikiExtractor added, and the first article's title."""

    text: str
    title: str


def read_wikiextractor(text: str) -> WikiArticles | None:
    """The articles of `text` where it is WikiExtractor's output (its first line with words a
    `<doc …>` line with a title, a `</doc>` line after it), else None."""
    lines = text.split("\n")
    first = next((line for line in lines if line.strip()), "")
    opening = _DOC_OPEN.fullmatch(first)
    title = html.unescape(dict(_ATTRIBUTE.findall(opening.group("attributes"))).get("title", "")).strip() \
        if opening else ""
    if not title or not any(_DOC_CLOSE.fullmatch(line) for line in lines):
        return None
    out: list[str] = []
    for index, line in enumerate(lines):
        if _DOC_OPEN.fullmatch(line) or _DOC_CLOSE.fullmatch(line):
            out.append("")
        elif line.strip():  # a paragraph a line, as written: no wrapped lines to join
            out += [html.unescape(_dotted_heading(lines, index) or line), ""]
    return WikiArticles("\n".join(out).strip("\n") + "\n", title)


def _dotted_heading(lines: list[str], index: int) -> str:
    """The heading's words where line `index` is a section heading WikiExtractor ended with
    a ".": one to `MAX_HEADING_WORDS` words, a capital first, no clause word (`_CLAUSE_WORDS`),
    alone between the end of a paragraph (or a blank line) and a paragraph's text; else ""."""
    found = _DOTTED.fullmatch(lines[index].strip())
    if not found:
        return ""
    words = found.group("words").split()
    if len(words) > MAX_HEADING_WORDS or not words[0][0].isupper():
        return ""
    if any(word.lower().strip("(),'\"") in _CLAUSE_WORDS for word in words):
        return ""
    before = lines[index - 1].strip() if index else ""
    after = lines[index + 1].strip() if index + 1 < len(lines) else ""
    if before and not (ends_sentence(before) or _DOC_OPEN.fullmatch(before)):
        return ""
    if not after or _DOC_CLOSE.fullmatch(after):
        return ""
    return found.group("words")
