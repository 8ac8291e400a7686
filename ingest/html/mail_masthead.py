"""The sender's name in a mail template's masthead: who sends a newsletter that names no one else.

A transactional-mail template opens with the sender's name as a link in a masthead box
(Mailgen's and Postmark's `<a class="email-masthead_name">`, a `brand` or `logo` link in
others). trafilatura drops that box with the mail's furniture, so a mail whose text names
no sender had no publisher (red team 58). The name is kept as a line of the mail's furniture,
where a sender of the text itself or of the page's head outranks it (`running_sender`).
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from ingest.html.page_parts import REGEXP

MAX_NAME_WORDS = 6  # an organisation's name, not a slogan or a sentence
# A class that names a masthead, a brand or a logo (`email-masthead_name`, `brand`, `logo-link`):
# a part of the name between dashes or underscores.
_MASTHEAD_CLASS = re.compile(r"(?:^|[-_])(?:masthead|brand|logo)(?:[-_]|$)", re.IGNORECASE)
# The links whose class or whose box's may be one (the test above decides, class by class).
_MARKED_LINKS = ("//body//a[re:test(concat(@class, ' ', ../@class), 'masthead|brand|logo', 'i')]")


def masthead_name(tree: HtmlElement) -> str:
    """The words of the first link that a masthead's class marks (its own class or its box's)
    and that names something in a few words; "" where none does."""
    for link in tree.xpath(_MARKED_LINKS, namespaces=REGEXP):
        box = link.getparent()
        classes = f"{link.get('class', '')} {box.get('class', '') if box is not None else ''}".split()
        if not any(_MASTHEAD_CLASS.search(name) for name in classes):
            continue
        words = " ".join(link.text_content().split())
        if words and len(words.split()) <= MAX_NAME_WORDS:
            return words
    return ""
