"""A `<form>` that holds the page's text, not a web form's controls, read as a box of text.

Every step of the HTML reader, and trafilatura itself, takes a `<form>` for site furniture
(a search box, a newsletter sign-up, a cookie consent), and trafilatura deletes it unless it
holds more than half the page (an ASP.NET page's `<form id="aspnetForm">`). A quiz tool's
HTML sets each section of the text in a form of its own: pygiftparser writes a Moodle GIFT
question bank as one `<form class="question">` per question, the leaflet's sections as its
descriptions (a heading and paragraphs, no input at all); all of them but one were lost,
with the sender and the date (red team 47). A form with no control a reader fills in, or
one whose prose far outweighs its few controls, is a box of text: it becomes a `<div>`
before anything reads the page. A question with its answer buttons stays a form (its
wrong answers are no text of the leaflet), and so does a form named as furniture or one
that speaks of cookies.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from ingest.html.page_parts import FURNITURE_NAME, REGEXP


# What a reader fills in or presses: a hidden field is none (ASP.NET's `__VIEWSTATE`).
_CONTROLS = ".//input[not(translate(@type, 'HIDEN', 'hiden') = 'hidden')] | .//select | .//textarea | .//button"
# The blocks that hold a text's lines: a form of inputs and labels has none.
_TEXT_BLOCKS = ".//p | .//h1 | .//h2 | .//h3 | .//h4 | .//h5 | .//h6 | .//li | .//td | .//blockquote"
# The words a reader reads, not the names of controls, their labels or their options.
_PROSE = (".//text()[not(ancestor::script or ancestor::style or ancestor::noscript or ancestor::template"
          " or ancestor::button or ancestor::label or ancestor::option or ancestor::select"
          " or ancestor::textarea)]")
# A form named as furniture or as a cookie notice by its id or class stays one.
_NAMED_FURNITURE = (f"self::*[{FURNITURE_NAME} or re:test(concat(@id, ' ', @class, ' ', @aria-label),"
                    " 'cookie|consent|gdpr|search|zoek|newsletter|nieuwsbrief|login|inlog|subscribe', 'i')]")
_COOKIE_WORD = re.compile(r"cookie", re.IGNORECASE)
# A form whose prose says this many words for each control holds a text with a control or
# two beside it (a page in one form with a search box); a sign-up form says a sentence or two.
MIN_WORDS_PER_CONTROL = 60


def forms_as_boxes(tree: HtmlElement) -> None:
    """Make each `<form>` that holds text rather than controls a `<div>`, so that no step
    and not trafilatura take it for a web form and drop its text."""
    for form in list(tree.iter("form")):
        if _holds_text(form):
            form.tag = "div"


def _holds_text(form: HtmlElement) -> bool:
    """Whether a form is a box of the page's text: it has text blocks with words in them,
    and no control, or many words for each of its few; not named furniture, no cookie talk."""
    if not form.xpath(_TEXT_BLOCKS) or form.xpath(_NAMED_FURNITURE, namespaces=REGEXP):
        return False
    prose = " ".join(form.xpath(_PROSE))
    words = len(prose.split())
    if not words or _COOKIE_WORD.search(prose):
        return False
    controls = len(form.xpath(_CONTROLS))
    return words >= MIN_WORDS_PER_CONTROL * controls
