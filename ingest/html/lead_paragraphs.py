"""Read a content system's lead paragraph, set as a box of words alone, as a paragraph.

Plone writes a document's lead text in `<div class="documentDescription">`, Drupal its summary
in a `field--name-field-summary` box, WordPress themes an excerpt or lead in a `<div>`: words
straight in a box, no `<p>` around them. trafilatura reads a box of words alone only where its
frame holds little paragraph text; beside a leaflet's many `<p>`s it drops it, and the only
sentences that say what the condition is were lost (red team 52). A box whose id or class
names it the text's lead or summary, outside the page's furniture, whose words end like a
sentence, gets its words in a `<p>`: the box keeps its attributes, so a hidden box or one
trafilatura drops by name (a teaser) still goes.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from ingest.html.page_dates import SENTENCE_END
from ingest.html.page_parts import FURNITURE, REGEXP

# Boxes a lead is set in.
_BOXES = {"div", "section"}
# The words of an id or class that name a text's lead: Plone's "documentDescription", Drupal's
# "field-summary", "entry-summary", "post-excerpt", "article-lead", "page-intro", "standfirst".
_LEAD_WORDS = {"description", "lead", "intro", "introduction", "introtext", "summary", "excerpt", "standfirst",
               "abstract", "inleiding", "samenvatting"}
# ... and those that name the site's tagline ("site-description") or a page's metadata, no text.
_NOT_TEXT_WORDS = {"site", "meta", "og", "seo"}
# A name's words: split at separators and where a lower-case letter meets a capital.
_NAME_GAP = re.compile(r"[\s_-]+|(?<=[a-z])(?=[A-Z])")
# A lead says at least this many words.
MIN_LEAD_WORDS = 6


def lead_paragraphs(tree: HtmlElement) -> None:
    """Put the words of each box of words alone that names itself the text's lead in a `<p>`."""
    for box in tree.xpath("//body//*[@class or @id]"):
        if box.tag in _BOXES and _is_lead(box):
            paragraph = box.makeelement("p", {})
            paragraph.text, box.text = box.text, None
            paragraph.extend(list(box))  # moves each child, its tail with it
            box.append(paragraph)


def _is_lead(box: HtmlElement) -> bool:
    """Whether a box is a lead paragraph: named so, holding words alone (inline elements at
    most), a sentence or more, and not in the page's furniture."""
    words = {word.casefold() for name in (box.get("id", ""), box.get("class", ""))
             for word in _NAME_GAP.split(name) if word}
    if not words & _LEAD_WORDS or words & _NOT_TEXT_WORDS:
        return False
    if box.xpath("*[not(self::a or self::b or self::strong or self::i or self::em or self::span or self::br"
                 " or self::abbr or self::small or self::sup or self::sub or self::mark)]"):
        return False  # blocks inside: the steps that read boxes of blocks do
    text = " ".join(box.text_content().split())
    return len(text.split()) >= MIN_LEAD_WORDS and bool(SENTENCE_END.search(text)) \
        and not box.xpath(FURNITURE, namespaces=REGEXP)
