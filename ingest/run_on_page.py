"""A web page's text run into one line: its title read off the breadcrumb that opens it
(`titled_by_breadcrumb`), and a wiki's page actions cut from its end (`without_page_actions`).

A stripper that joins a page's text nodes with spaces (gazpacho's `strip()`, red team 47)
writes the whole page as one line: the breadcrumb first ("Start / Gezond werken / Goed
slapen als u in ploegendienst werkt"), then the page's heading, which repeats the trail's
last step ("Goed slapen als u in ploegendienst werkt Goed slapen …"), and at the end the
wiki's page meta, its tags and its actions ("Laatst bewerkt door J. de Groot 04-03-2026 Tags:
slaap nachtdienst Bewerken Geschiedenis Bron bekijken"). No line tells the title or the
chrome (`ingest.web_dump` reads them a line at a time); the repeat does: the words that a
trail's last step and the heading both are, twice in a row after the trail's separators, are
the title, and the trail goes. The page's actions, two or more at the very end, go with the
tags right before them; the edit line before those, whose date may date the page, is furniture.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.clean.lines import ends_sentence

MAX_STEP_WORDS = 5  # a trail's step names a page: a few words
MIN_STEPS = 2  # steps before the page's own: "Start / Gezond werken / …"; one "a / b" may be prose
MAX_TITLE_WORDS = 15
_STEP_GAP = re.compile(r"[ \t]+[›»>→/][ \t]+")
# The page's heading right after the trail: two words or more, said twice in a row.
_REPEATED = re.compile(r"(?P<title>[^\W\d_]\S*(?:[ \t]+\S+){1,%d}?)" % (MAX_TITLE_WORDS - 1) + r"[ \t]+(?P=title)")


@dataclass(frozen=True)
class BreadcrumbTitle:
    """The text with its opening trail and the heading's repeat taken out (the title on a line
    of its own), and the title ("" where the text opens with no such trail)."""

    text: str
    title: str = ""


def titled_by_breadcrumb(text: str) -> BreadcrumbTitle:
    """`text` whose first line opens with a breadcrumb of `MIN_STEPS` or more short steps
    before the page's own, the page's heading right after it repeating that last step (see
    the module's docstring): the title on a line of its own over the rest of the line."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    line = text[start:end]
    step_start = 0
    for count, gap in enumerate(_STEP_GAP.finditer(line), 1):
        if not _is_step(line[step_start:gap.start()]):  # the words since the gap before
            break
        step_start = gap.end()
        repeated = _REPEATED.match(line, gap.end())
        if count >= MIN_STEPS and repeated and len(repeated["title"].split()) <= MAX_TITLE_WORDS \
                and not ends_sentence(repeated["title"]):
            title = " ".join(repeated["title"].split())
            after = line[repeated.end():].lstrip(" \t")
            return BreadcrumbTitle(f"{text[:start]}{title}\n\n{after}{text[end:]}", title)
    return BreadcrumbTitle(text)


def _is_step(step: str) -> bool:
    words = step.split()
    return 0 < len(words) <= MAX_STEP_WORDS and not ends_sentence(step.strip())


# A wiki's page actions ("Bewerken", "Geschiedenis", "Bron bekijken"; "Edit", "History", "View source").
_ACTION = (r"(?:bewerken|brontekst\s+bewerken|bron\s+bewerken|bron\s+bekijken|geschiedenis|"
           r"geschiedenis\s+bekijken|edit|edit\s+source|view\s+source|history|view\s+history)")
MAX_ACTIONS_CHARS = 200  # a page's actions at its end: a few words
_ACTIONS_AT_END = re.compile(rf"(?:[ \t]+{_ACTION}){{2,}}[ \t]*$", re.IGNORECASE)
_TAGS_AT_END = re.compile(r"[ \t]+(?:tags|trefwoorden|labels)[ \t]*:[ \t]*[^\W\d_][^.:;!?]{0,80}$", re.IGNORECASE)
# The page's last edit before its tags ("Laatst bewerkt door J. de Groot, bedrijfsarts 04-03-2026").
_EDITED_AT_END = re.compile(
    r"[ \t]+(?i:laatst\s+(?:bewerkt|gewijzigd)|last\s+(?:edited|modified))(?i:\s+(?:door|by|op|on)\s)?"
    r"(?:[^.!?]|(?<=\b[A-Z])\.){0,80}?\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$")


def without_page_actions(text: str) -> tuple[str, list[str]]:
    """`text` without the page actions that close its last line (two or more, nothing after
    them), the tags right before them and the page's edit line before those; the edit line
    comes back as furniture. The actions alone prove the page's end: a sentence ends in a mark."""
    body = text.rstrip()
    tail = max(0, len(body) - MAX_ACTIONS_CHARS)  # from every word of a long text, the search was quadratic
    actions = _ACTIONS_AT_END.search(body, tail)
    if not actions or actions.start() == 0 or body[actions.start() - 1] == "\n":
        return text, []
    body = body[:actions.start()]
    tags = _TAGS_AT_END.search(body)
    body = body[:tags.start()] if tags else body
    edited = _EDITED_AT_END.search(body)
    furniture = [" ".join(edited.group().split())] if edited else []
    body = body[:edited.start()] if edited else body
    return body + "\n", furniture
