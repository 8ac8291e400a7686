"""Cookie notices: their words, and pages that are nothing but one.

A page whose text is a cookie notice and next to nothing else (a consent wall saved in
place of the leaflet) is refused. The notice's words are read before the reader view
drops its buttons, and compared with the text extracted.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from ingest.html.controls import control_name
from ingest.html.page_parts import PAGE_BOXES, REGEXP


# The ids, classes and labels of a cookie notice: "cookie-banner", "cookiewall",
# "CybotCookiebotDialog", "onetrust-consent-sdk", "gdpr-popup".
_NOTICE_NAME = "re:test(concat(@id, ' ', @class, ' ', @aria-label), 'cookie|consent|gdpr', 'i')"
_COOKIE_WORD = re.compile(r"cookie", re.IGNORECASE)
# The name of a cookie notice's button: "Akkoord", "Alle cookies accepteren", "Weigeren", "OK".
_CONSENT_BUTTON = re.compile(r"\b(?:akkoord|accept\w*|weiger\w*|reject\w*|toestaan|sta toe|agree|allow|ok|oké"
                             r"|begrepen|prima|sluit\w*|close|instellingen|settings|voorkeuren|preferences)\b",
                             re.IGNORECASE)
# A cookie notice says at most this much: a box that holds more holds the page.
MAX_NOTICE_WORDS = 300
# Beside a cookie notice, fewer words than this are no leaflet: a page title, a "Laden..." line.
MIN_LEAFLET_WORDS = 20

_WORD = re.compile(r"\w+")
# The words a reader reads on a page: not scripts, links or the names of buttons.
_PROSE = (".//text()[not(ancestor::script or ancestor::style or ancestor::noscript or ancestor::template"
          " or ancestor::a or ancestor::button or ancestor::label or ancestor::option)]")


def notice_words(tree: HtmlElement) -> set[str]:
    """The words of a page's cookie notices, in lower case, read before the reader view
    drops their buttons."""
    return {word for box in _cookie_notices(tree) for word in _WORD.findall(box.text_content().lower())}


def only_cookie_notice(text: str, notice: set[str]) -> bool:
    """Whether the text read from a page is its cookie notice with next to nothing beside
    it (a page title, "Laden..."): a consent wall saved in place of the leaflet. A leaflet
    with a cookie banner has plenty of words of its own."""
    return bool(notice) and len([word for word in _WORD.findall(text.lower()) if word not in notice]) \
        < MIN_LEAFLET_WORDS


def _cookie_notices(tree: HtmlElement) -> set[HtmlElement]:
    """The boxes of a page's cookie notices: a box named so (`class="cookie-banner"`), or the
    smallest box around a consent button ("Akkoord") whose own words speak of cookies. A box
    around another notice is the page's wrapper (`<div class="has-cookie-bar">`), not one."""
    boxes = _NoticeBoxes()
    found = set(tree.xpath(f"//body//*[{_NOTICE_NAME}]", namespaces=REGEXP))
    for control in tree.xpath("//body//button | //body//a | //body//input[@type='button' or @type='submit']"):
        if not _CONSENT_BUTTON.search(control_name(control) or control.get("value", "")):
            continue
        box = control.getparent()
        while box is not None and box.tag not in PAGE_BOXES and boxes.fits(box) \
                and not boxes.speaks_of_cookies(box):
            box = box.getparent()  # past a box too big for a notice, every box holds more still
        found.add(box)
    notices = {box for box in found - {None} if box.tag not in PAGE_BOXES and boxes.fits(box)
               and boxes.speaks_of_cookies(box)}
    wrappers = {outer for box in notices for outer in box.iterancestors()}
    return notices - wrappers


class _NoticeBoxes:
    """What `_cookie_notices` asks of a box, read once per box: the consent buttons of a
    page climb through the same boxes, and reading a big box's words for each is quadratic."""

    def __init__(self) -> None:
        self._fits: dict[HtmlElement, bool] = {}
        self._cookies: dict[HtmlElement, bool] = {}

    def fits(self, box: HtmlElement) -> bool:
        """Whether a box says little enough to be a cookie notice (`MAX_NOTICE_WORDS`)."""
        if box not in self._fits:
            self._fits[box] = len(box.text_content().split()) <= MAX_NOTICE_WORDS
        return self._fits[box]

    def speaks_of_cookies(self, box: HtmlElement) -> bool:
        """Whether a box's words, not the names of its links and buttons, name cookies."""
        if box not in self._cookies:
            self._cookies[box] = bool(_COOKIE_WORD.search(" ".join(box.xpath(_PROSE))))
        return self._cookies[box]


MAX_BARE_NOTICE_WORDS = 60  # a notice of two or three sentences; a leaflet's paragraph on cookies says more
MAX_BUTTON_WORDS = 3  # "Alle cookies accepteren"


def drop_bare_notices(tree: HtmlElement) -> None:
    """Remove a short paragraph that names cookies where its consent button's name follows it
    as bare text ("<p>Wij gebruiken cookies. <a>Meer informatie</a></p>Alles accepteren"): a
    cleaner that strips tags it does not allow (bleach, red team 38) leaves the button's words
    and no box that names the notice. Left in, it opened the first passage over the sender's
    line, which then named no publisher."""
    for block in tree.xpath("//body//p"):
        button = " ".join((block.tail or "").split())
        words = " ".join(block.xpath(_PROSE)).split()
        if button and len(button.split()) <= MAX_BUTTON_WORDS and _CONSENT_BUTTON.search(button) \
                and _COOKIE_WORD.search(" ".join(words)) and len(words) <= MAX_BARE_NOTICE_WORDS \
                and block.getparent() is not None:
            block.tail = None
            block.drop_tree()
