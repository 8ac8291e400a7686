"""Find a leaflet's title and headings, and the sections they open.

Every passage is cited with its heading path, so headings must be right: a
list item or a short sentence taken for a heading would put the wrong words in
front of every passage below it. Where the markup marks headings (Markdown `#`,
HTML h1-h6, PDF font sizes) the markup decides. Plain text is read by the shape
of its lines: a short title-like line or a question ("Hoe ontstaat FSGS?")
followed by body text, with or without a blank line between them.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace

from ingest.calendar_print import is_tool_report
from ingest.clean import Block, CleanText
from ingest.clean.furniture import META_GAP
from ingest.clean.joining import full_width
from ingest.clean.lines import (BULLET, CONTINUATION_WORDS, MAX_TITLE_WORDS, SECTION_NUMBER_PATTERN, ends_sentence,
                                is_sign_off, is_table_row, last_word, outline_follows, starts_lower)
from ingest.contact_block import is_personal_name, is_postcode_line, is_street_line
from ingest.dates import (find_updated, is_bare_date, is_date_line, is_revision_heading, is_revision_line,
                          opens_with_date_label)
from ingest.language import DUTCH_STOP_WORDS, ENGLISH_STOP_WORDS
from ingest.pdf.contents import CONTENTS_HEADINGS
from ingest.title_frame import unshouted

# Lines that open a leaflet-wide colophon (credits, who maintains the text). What
# follows belongs to the leaflet as a whole, not to the section above it, so it
# gets an empty heading path.
COLOPHON_OPENERS: tuple[str, ...] = (
    r"Onze deskundigen dragen bij aan betrouwbare informatie\b.*",
    r"De medische informatie op deze site wordt samengesteld\b.*",
    r"Deze (?:informatie|folder|tekst) (?:is|wordt) (?:samengesteld|opgesteld|geschreven)\b.*",
)
_COLOPHON = re.compile("|".join(f"(?:{p})" for p in COLOPHON_OPENERS), re.IGNORECASE)

MAX_HEADING_WORDS = 12
# The label every medicine leaflet opens with: the same for all of them, so not a title
# a patient can tell leaflets apart by; the medicine named under it is.
GENERIC_TITLE = re.compile(
    r"(?:bijsluiter|package\s+leaflet|patiënten?\s*(?:informatie|bijsluiter))"
    r"(?:\s*[:\-–]?\s*(?:informatie\s+voor\s+(?:de\s+)?(?:gebruiker|patiënt)|information\s+for\s+the\s+(?:user|patient)))?",
    re.IGNORECASE,
)
# A cover may set a line or two above the title (the hospital, a logo's words); the
# title still opens the leaflet.
MAX_MASTHEAD_LINES = 2
MAX_MASTHEAD_WORDS = 6
MAX_INTRO_WORDS = 80
# Contact details: a phone number ("033 - 461 22 90", "(020) 566 91 11", "+31 20 566 9111"), a
# postcode and place ("3812 AB Amersfoort"), an e-mail or web address.
_CONTACT = re.compile(r"(?:\+31|\(0|\b0)(?:[ \-–()]{0,3}\d){8,10}\b|\b[1-9]\d{3} ?[A-Z]{2} +[A-Z][a-z]"
                      r"|\S@\S+\.[a-z]{2,}|\bwww\.|https?://")
# Words that end an organisation's name ("Huisartsenpraktijk De Linde", "Sint Anna Ziekenhuis",
# "Trombosedienst Midden-Brabant", "Thuiszorg Rivierenland", "Klinisch Chemisch Laboratorium
# Zaanstreek", "Oosterpark Health Centre"), in Dutch and in English, and the small words a name may
# hold ("Afdeling Keel-, Neus- en Oorheelkunde"). A hospital may be a "Gasthuis" ("Sint Jans
# Gasthuis", "Spaarne Gasthuis"): its cover line was no sender's and lost with the cover (red team 35).
_ORGANISATION_WORDS = (
    "ziekenhuis", "ziekenhuizen", "gasthuis", "praktijk", "kliniek", "centrum", "dienst", "apotheek", "huisartsenpost", "stichting",
    "vereniging", "netwerk", "afdeling", "instituut", "umc", "ggd", "ggz", "thuiszorg", "zorggroep", "hospital",
    "clinic", "foundation", "association", "laboratorium", "laboratory", "centre", "center", "institute",
    "hospitals", "clinics",  # a group's name in English ("Gelre Hospitals"), as "ziekenhuizen" in Dutch
    "practice",  # "De Linde GP Practice" (red team 41), as "praktijk" in Dutch
    # a shop or practice named by its trade ("Van Dijk Optiek & Contactlenzen", "Hoorzorg Audicien De Vries",
    # "Drogisterij Het Kruidvat"): no title's word, as "apotheek" is none (red team 39)
    "optiek", "opticien", "opticiens", "audicien", "audiciens", "drogist", "drogisterij",
    "fonds",  # a health charity's name ("Longfonds", "Prinses Beatrix Spierfonds", red team 42), as "stichting"
    "bloedbank",  # the blood service that sends a donor's leaflets ("Sanquin Bloedbank, regio Zuidoost", red team 45)
    # a national body of patients or carers ("MIND Landelijk Platform Psychische Gezondheid", "Platform Vitale Vaten"),
    # a group of GPs in its own name ("Huisartsen Samen Leiden", "Huisartsengroep Vleuten-De Meern") and a government's
    # ministry ("Ministerie van Volksgezondheid, Welzijn en Sport"): senders of red teams 47-50 that no word here named
    "platform", "huisartsen", "ministerie", "ministry",
    "jgz",  # a youth health service, as "ggd" ("JGZ Utrecht – consultatiebureau", red team 49)
    "mc",  # a medical centre by its initials ("Maxima MC Veldhoven", "Tergooi MC"), as "umc" (red team 53)
    "verslavingszorg",  # an addiction care institution ("Tactus Verslavingszorg", red team 57), as "ggz"
)
# What a Dutch compound adds to an organisation's word to name a group of them ("Noordwest
# Ziekenhuisgroep", "Apotheekgroep Zuid", "Thuiszorgorganisatie"): still the organisation's name.
_GROUP_ENDING = re.compile(r"(?:groep|organisatie|combinatie)$")
_NAME_PARTICLES = frozenset("de het van der den voor en op aan in te 's 't & of and the for".split())
_WORDS = re.compile(r"[^\W\d_][\w'’()&,\- ]*")
_QUESTION_LINE = re.compile(r"[^.!?]+\?[\"'”’)]*")
_STOP_WORDS = frozenset(
    "de het een en van in op te met voor bij aan of is je uw over om wat hoe the a an and of "
    "in on to for with is what how".split()
)


@dataclass(frozen=True)
class Heading:
    """A heading found in the text: its words, its level (1 = document title), its block."""

    text: str
    level: int
    block: int


@dataclass(frozen=True)
class Section:
    """A run of body blocks under one heading path (title excluded).

    `heading` is the block of the heading that opens it (the last one of the
    path), or None where nothing does: text before the first heading, a colophon,
    body that resumes after a date line. Splitting needs it to keep a heading as a
    line of text when it merges tiny sections.
    """

    headings: tuple[str, ...]
    blocks: tuple[Block, ...]
    heading: Block | None = None


@dataclass(frozen=True)
class Outline:
    """What structure finding hands to splitting: title, headings and sections."""

    title: str
    headings: tuple[Heading, ...]
    sections: tuple[Section, ...]
    sender: str = ""  # the organisation its cover names ("Huisartsenpraktijk De Linde"), if any


def find_outline(clean: CleanText, publisher: str = "", own_title: str = "") -> Outline:
    """The title, headings and sections of a cleaned leaflet; a line on its cover that names
    its `publisher` (as the catalog or the document itself names it) is no text. `own_title`:
    what the file names itself by (metadata, front matter, an HTML `<title>`), so no heading must."""
    blocks = clean.blocks
    marked = any(block.kind == "heading" for block in blocks)
    if not marked:
        blocks = split_glued_questions(clean)
    opening = not clean.page_starts  # a paged file's cover names it (`_cover_page`)
    headings = _marked_headings(blocks, opening, own_title) if marked \
        else _without_contact_headings(blocks, _shaped_headings(
            blocks, _wrapped_in_word(clean, blocks) | _last_rows(clean, blocks), _over_questions(clean, blocks)))
    headings = _without_template_headings(headings, blocks)
    headings, cover_page = _cover_page(clean, blocks, headings)
    headings = _without_continuation(headings, _is_deck(clean, blocks, headings))
    title = headings[0].text if headings and headings[0].level == 1 else ""
    named = _named_after(blocks, headings[0].block) if title and GENERIC_TITLE.fullmatch(title.strip(" .")) else None
    if named is not None:  # the medicine's name is the title, and heads no section of its own
        title = blocks[named].text
        headings = sorted([h for h in headings if h.block != named] + [Heading(title, 1, named)],
                          key=lambda h: h.block)
    headings = _without_title_pages(headings)
    headings, cover = _cover_subtitle(blocks, _without_sender_heading(blocks, headings))
    headings = _nest_under_empty(headings, blocks)
    cover |= _cover_lines(blocks, headings, publisher) | cover_page
    title = _with_subtitle(_without_outline_number(title, headings), blocks, headings, cover, clean.text)
    title = _without_space_name(title, blocks, headings)
    return Outline(title, tuple(headings), tuple(_sections(blocks, headings, cover, publisher)),
                   sender=_sender(blocks, cover) or _labelled_sender(blocks, headings))


def _without_title_pages(headings: list[Heading]) -> list[Heading]:
    """The headings without the title's own heading set again before the first section, as an
    e-book's title pages repeat it over the sender and the date (a Kindle book's three title
    pages, KindleUnpack's `<font size="7">` each time, red team 39). Each copy, a level under the
    title, became every section's first heading, as if the leaflet were a chapter of itself; the
    title is shown on its own."""
    if not headings or headings[0].level != 1:
        return headings
    title = headings[0].text
    first_other = next((at for at, heading in enumerate(headings[1:], 1) if not _same_words(heading.text, title)),
                       len(headings))
    return [headings[0], *headings[first_other:]]


# A word processor's outline number before a heading ("1 Rabiësvaccinatie voor reizigers")
_FIRST_OUTLINE_NUMBER = re.compile(r"1(?:\.1)*\.?\s+(?=[A-ZÀ-Ý])")


def _without_outline_number(title: str, headings: list[Heading]) -> str:
    """The title without the outline number of the first heading, where the headings are
    numbered ("1 Rabiësvaccinatie voor reizigers" over "1 Wat is rabiës?", "2 Voor wie ...",
    Calligra numbering every level): the number orders sections, it names no leaflet."""
    numbered = sum(1 for heading in headings if _OUTLINE_NUMBER.match(heading.text))
    first = _FIRST_OUTLINE_NUMBER.match(title)
    return title[first.end():] if first and numbered >= 3 else title


MAX_COVER_PAGE_BLOCKS = 4  # a subtitle, who sends it, its department, a date


def _cover_page(clean: CleanText, blocks: tuple[Block, ...], headings: list[Heading]) -> tuple[list[Heading], set[int]]:
    """A PDF's first page that holds only its opening heading over a few short lines, where the
    next page opens with a heading: a cover (a slide deck's title slide, Beamer's subtitle, author
    and institute; Halibut's title page with its preamble "Na het terugzetten op de Spoedeisende
    Hulp. Rivierenziekenhuis, afdeling Orthopedie."). Its heading is the title, though a deck sets
    every slide's title in its size; its lines are no text, though full stops end them. Cited as a
    passage, a subtitle and a sender answered nothing yet came first for a question about the
    subject at large. Lines in a sentence's words (more than `MAX_SUBTITLE_WORDS` between full
    stops) are an introduction, and keep the page as text.
    Returns the headings with that title as level 1, and the blocks under it on that page."""
    if not clean.page_starts or not headings or headings[0].block != 0 or len(blocks) < 2:
        return headings, set()
    page = clean.page_at(blocks[0].start)
    under = [index for index in range(1, len(blocks)) if clean.page_at(blocks[index].start) == page]
    following = len(under) + 1
    if not under or len(under) > MAX_COVER_PAGE_BLOCKS or following >= len(blocks) \
            or blocks[following].kind != "heading" and following not in {h.block for h in headings} \
            or not all(_is_cover_line(blocks[index]) for index in under):
        return headings, set()
    return [replace(headings[0], level=1), *headings[1:]], set(under)


# What a heading repeated on the page a frame or a table breaks onto gets after its words:
# Beamer's " I", " II" (`allowframebreaks`), "(vervolg)", "(cont.)".
_CONTINUED = re.compile(r"\s+(?:[IVX]{1,4}|\((?i:vervolg\w*|cont\.?|continued)\))$")
# Words a numeral counts after, where it is part of the name ("Diabetes type I", "Stadium II"),
# and the verb before the pronoun of "Who am I".
_COUNTED = frozenset("type fase graad stadium klasse deel groep niveau categorie bijlage hoofdstuk stage grade phase "
                     "class part level group category chapter am".split())


def _without_continuation(headings: list[Heading], deck: bool) -> list[Heading]:
    """The headings, a continuation mark after a heading's words taken off where the same words
    head the heading before or after it ("Fouten bij het meten I", "... II"), or where a slide deck
    ends a slide's title in " I" alone (Beamer numbers a frame that may break over pages even
    where it fits on one): one section, cited by its own words. A numeral after a word it counts
    ("Diabetes type I", "Fase II") is part of the name."""
    def stem(text: str) -> str:
        found = _CONTINUED.search(text)
        words = text[:found.start()].split() if found else []
        return " ".join(words) if words and words[-1].casefold() not in _COUNTED else text

    out = []
    for index, heading in enumerate(headings):
        own = stem(heading.text)
        near = [stem(h.text) for h in headings[max(index - 1, 0):index + 2] if h is not heading]
        lone = deck and heading.text.endswith(" I") and own.split()[-1].islower()
        out.append(replace(heading, text=own) if own != heading.text and (own in near or lone) else heading)
    return out


def _is_deck(clean: CleanText, blocks: tuple[Block, ...], headings: list[Heading]) -> bool:
    """Whether a PDF is a slide deck: each of its pages with text opens with a heading, and
    holds no other (a leaflet's pages run on from one section into the next)."""
    if not clean.page_starts or len(headings) < 2:
        return False
    pages = [clean.page_at(block.start) for block in blocks]
    headed = {h.block for h in headings}
    opens = [index for index in range(len(blocks)) if index == 0 or pages[index] != pages[index - 1]]
    return len(opens) > 2 and set(opens) == headed


def _is_cover_line(block: Block) -> bool:
    """Whether a block is a paragraph of a few words between full stops, a cover's line: no
    list, no heading, no sentence of text."""
    parts = [part for line in block.lines for part in re.split(r"(?<=[.!?])\s+", line)]
    return block.kind == "paragraph" and all(len(_WORD.findall(part)) <= MAX_SUBTITLE_WORDS for part in parts)


def _with_subtitle(title: str, blocks: tuple[Block, ...], headings: list[Heading], cover: set[int],
                   text: str) -> str:
    """The title, followed by a subtitle its cover sets under it (and that `cover` drops as
    no text) when that subtitle holds a word the leaflet never uses again: the condition's
    other name ("Voetschimmel", then "Ook wel zwemmerseczeem genoemd"; "Polymorfe lichteruptie
    (PLE)" under "Zonneallergie"). Dropped, the name could be found nowhere, though staff search by
    it; in the title, search and exact search read it with every passage, and no stub passage of
    a few words is made. A line that tells who the leaflet is for or who sends it ("Informatie
    voor patiënten", "Orthopedie – voetenteam", "Huisartsenpraktijk De Linde — in het Oekraïens":
    `_is_byline_line`), a date, a slogan ("Leven met geluiden die er
    niet zijn", longer than a name: `MAX_NAME_WORDS`), everyday words ("Wat neemt u mee?": no
    word of `MIN_TERM_LETTERS`) or the label of a revision history or contents (`_apparatus_label`)
    names nothing a reader searches for."""
    at = next((h.block for h in headings if h.level == 1), None)
    if not title or at is None:
        return title
    for index in range(at + 1, at + 1 + MAX_MASTHEAD_LINES):
        if index not in cover or index >= len(blocks):
            break
        line = blocks[index].text
        rest = (text[:blocks[index].start] + text[blocks[index].end:]).casefold()
        new = [word for word in _WORD.findall(line.casefold()) if len(word) >= MIN_TERM_LETTERS and word not in rest]
        if new and len(_WORD.findall(line)) <= MAX_NAME_WORDS and not _sender_line(blocks[index]) \
                and not _is_byline_line(blocks[index]) and not find_updated(line, unlabelled=True) \
                and not opens_with_date_label(line) \
                and not _apparatus_label(line):
            title = f"{title} – {line}"
    return title


# A wiki's space before its page's name, " : " between them (Confluence titles a page "Wijkverpleging :
# Onderkoeling bij ouderen thuis"): a Dutch or English title sets no blank before its colon.
_SPACE_PREFIX = re.compile(r"(?P<space>[^:]{2,40}?) : (?P<page>\S.*)")


def _without_space_name(title: str, blocks: tuple[Block, ...], headings: list[Heading]) -> str:
    """The title without the name of the wiki space that holds the page (`_SPACE_PREFIX`), where
    a line under the title names that space too (the sender line "Zorggroep Noorderboog,
    Wijkverpleging"): the space is who publishes the page, not what it is about. An HTML
    `<title>` loses it so (`ingest.html.headings`); a text keeps only that line as its title.
    French sets a blank before a colon in any title, but names no sender so."""
    match = _SPACE_PREFIX.fullmatch(title)
    at = next((h.block for h in headings if h.level == 1), None)
    if not match or at is None:
        return title
    space = re.compile(rf"(?<!\w){re.escape(match['space'].strip())}(?!\w)", re.IGNORECASE)
    named = any(space.search(block.text) for block in blocks[at + 1:at + 1 + MAX_MASTHEAD_LINES])
    return match["page"].strip() if named else title


MAX_NAME_WORDS = 5  # a name and a word or two around it ("Ook wel zwemmerseczeem genoemd"), no slogan
# A word as long as a medical term or a compound ("lichteruptie", "zwemmerseczeem"), not one of the
# everyday words a generic subtitle adds ("Wat neemt u mee?", "Wat u moet weten").
MIN_TERM_LETTERS = 8
# A line that says what kind of text the leaflet is ("Informatie over de stoppoli", "Patient information").
_DOCUMENT_KIND = re.compile(r"(?:patiënten|patienten|patient|patiënt)?\s*(?:informati|voorlichting)", re.IGNORECASE)


def _apparatus_label(line: str) -> bool:
    """Whether a cover line labels the document's apparatus, not its subject: a revision history
    ("Wijzigingsgeschiedenis", DocBook's "Revision History" in Dutch, a long word used nowhere
    else, ran into the title of xmlto's text) or a table of contents ("Inhoudsopgave")."""
    return is_revision_heading(line) or line.strip(" \t:*_#").casefold() in CONTENTS_HEADINGS


def _sender_line(block: Block) -> bool:
    """Whether a cover line says who sends the leaflet or whom it is for: an organisation, a
    department or its contact details, fields set apart by dashes, dots or commas ("Longpoli ·
    Longartsen Spaarne Zuid · Patiënteninformatie", "Ear, Nose and Throat Department (ENT)"), or
    an audience ("Informatie voor ouders", "Information for patients"), or a partner ("In
    samenwerking met")."""
    text = block.text
    return _is_masthead_line(replace(block, kind="paragraph")) or _is_department(text) \
        or bool(re.search(r"\s[-–·|]\s|,\s|\b(?:voor|for)\b", text, re.IGNORECASE)) \
        or bool(_DOCUMENT_KIND.match(text)) or bool(_PARTNER.match(text))


def _cover_subtitle(blocks: tuple[Block, ...], headings: list[Heading]) -> tuple[list[Heading], set[int]]:
    """A subtitle set as a heading right under the title, over nothing but who publishes it
    (an organisation, a department: "Hielspoor", then "Pijn onder de hiel bij het opstaan"
    over "Orthopedie en podotherapie" on a folder's cover): cover, not a section. A short
    line of any other kind ("Bel bij pijn direct 112") keeps its section. Cited as one, its few words stood with the
    title and subtitle's meaning and came first for questions about the subject at large.
    So is one over nothing at all, right over a heading of its rank or higher ("Nagelriemontsteking",
    then "Paronychia van vinger of teen" over "Wat is een nagelriemontsteking?"): it heads no
    section, and its words (the condition's other name) were lost with it; as cover,
    `_with_subtitle` keeps them in the title. A heading that labels the publisher ("Uitgever",
    a man page's first section after its NAME) is no subtitle: it heads the line that names it.
    Returns the headings without it and the blocks of that cover."""
    title = next((h.block for h in headings if h.level == 1), None)
    sub = next((h for h in headings if h.level > 1), None)
    by_block = {h.block: h for h in headings}
    if title is None or sub is None or sub.block != title + 1 or _PUBLISHER_LABEL.fullmatch(sub.text.strip()):
        return headings, set()
    following = next((h.block for h in headings if h.block > sub.block), None)
    labels = range(sub.block + 1, following if following is not None else len(blocks))
    named = [blocks[i].kind == "paragraph" and len(blocks[i].lines) == 1 and not ends_sentence(blocks[i].text)
             and len(blocks[i].text.split()) <= MAX_MASTHEAD_WORDS
             and (_is_masthead_line(blocks[i]) or _is_department(blocks[i].text)) for i in labels]
    empty = not labels and following is not None and by_block[following].level <= sub.level
    if following is None or not (labels or empty) or not all(named):
        return headings, set()
    return [h for h in headings if h is not sub], {sub.block, *labels}


def _without_sender_heading(blocks: tuple[Block, ...], headings: list[Heading]) -> list[Heading]:
    """The headings without one right under the title that names who sends the leaflet, as a
    plain line there would (`_is_masthead_line`), and an organisation `_sender` takes for the
    sender, not a department alone ("Polikliniek Cardiologie" may head a section about going
    there, test_ingest_structure23). pdf_oxide sets a cover's large-print sender as a heading
    ("## Centrum voor Bijzondere Tandheelkunde Amsterdam (CBT Amsterdam)" under "# Bang voor de
    tandarts?", red team 51), asciidoctor-pdf its title page's byline: as a section's heading it
    headed the leaflet's opening text, and no publisher was found; as a line under the title it
    is cover (`_cover_lines`), and names the sender."""
    title = next((h.block for h in headings if h.level == 1), None)
    sub = next((h for h in headings if h.level > 1), None)
    if title is None or sub is None or sub.block != title + 1 or _PUBLISHER_LABEL.fullmatch(sub.text.strip()) \
            or not _is_masthead_line(line := replace(blocks[sub.block], kind="paragraph")) \
            or not _sender((line,), {0}):
        return headings
    return [h for h in headings if h is not sub]


def _named_after(blocks: tuple[Block, ...], index: int) -> int | None:
    """The block naming the medicine a generic opening label introduces: the next short
    line that is not a numbered section ("1. Wat is ..."), else None."""
    for at in range(index + 1, min(index + 3, len(blocks))):
        block = blocks[at]
        short = block.kind == "heading" or is_title_shaped(block, max_words=MAX_TITLE_WORDS)
        if short and not block.text[:1].isdigit() and len(block.text.split()) <= MAX_TITLE_WORDS:
            return at
    return None


# ---------------------------------------------------------------- marked


def _marked_headings(blocks: tuple[Block, ...], opening: bool = False, own_title: str = "") -> list[Heading]:
    """Headings the markup marks, levels shifted so that the title is 1.

    The first heading is the title when only a masthead comes before it and it is
    the only heading of the highest rank; sections then start at level 2. A masthead may be
    marked as a heading of a lower rank (an organisation's name in bold over the title):
    it heads nothing. In a file with no pages (`opening`), a title slide is the title though
    others share its rank (`_is_title_slide`); where the file names itself (`own_title`), only
    one that says that name.
    """
    found = [Heading(b.text, b.level, i) for i, b in enumerate(blocks) if b.kind == "heading"]
    if not found:
        return found
    top = min(h.level for h in found)
    first_top = next(i for i, h in enumerate(found) if h.level == top)
    masthead = found[:first_top]
    if masthead and len(masthead) <= MAX_MASTHEAD_LINES and all(
            _is_masthead_line(replace(blocks[h.block], kind="paragraph")) for h in masthead):
        found = found[first_top:]  # "Maasland Ziekenhuis" set in bold over the title: no heading
    has_title = _only_masthead(tuple(b for b in blocks[:found[0].block] if b.kind != "heading" or b.text not in
                                     {h.text for h in masthead})) \
        and [h.level for h in found].count(top) == 1 and found[0].level == top
    # text before a heading that says the file's own name (a portal mail's greeting over the
    # leaflet, red team 42) makes it no section: the page names it its title
    has_title = has_title or bool(own_title) and _same_words(found[0].text, own_title) \
        and [h.level for h in found].count(top) == 1 and found[0].level == top
    shift = 1 - top if has_title else 2 - top
    headings = [Heading(h.text, h.level + shift, h.block) for h in found]
    if not has_title and not own_title and _plain_title_over_cover(blocks[:found[0].block]):
        headings.insert(0, Heading(blocks[0].text, 1, 0))
    if opening and not has_title and _is_title_slide(blocks, found, top, own_title):
        headings[0] = replace(headings[0], level=1)
    return headings


def _is_title_slide(blocks: tuple[Block, ...], found: list[Heading], top: int, own_title: str = "") -> bool:
    """Whether the file opens with a heading of the highest rank over at most a few lines that
    end no sentence (a subtitle, who sends it) before the next heading: a deck written out
    slide by slide (markitdown sets every slide's title as `# `) opens with its title slide,
    and the file stem names nothing. The next heading is of the same rank (the next slide's
    title): one of a lower rank right under it makes it a section's heading ("# Voor de
    operatie" over "## Nuchter zijn"). A heading over a sentence heads a section, as Org's
    first `* Behandeling` does where no `#+TITLE:` names the file. A sender's line may run longer
    than a subtitle (`_is_byline_line`: "Stichting …, vereniging voor …").
    Where the file names itself (`own_title`: pandoc's S5 and Slidy decks set the title slide's
    words as `<title>` too) a web page's first section may be as short and as free of sentences
    ("Locatie" over an address, "Afspraak" over "Route 12"), so the heading must say the file's
    own name (`_says_title`): a section's heading names a part, not the file."""
    first = found[0]
    if first.block != 0 or first.level != top or len(found) < 2 or found[1].level != top:
        return False
    under = blocks[1:found[1].block]
    if own_title and not _says_title(first.text, own_title):
        return False
    return len(under) <= MAX_COVER_PAGE_BLOCKS and all(
        block.kind == "paragraph" and (_is_cover_line(block) or _is_byline_line(block))
        and not any(ends_sentence(line) for line in block.lines) for block in under)


def _says_title(heading: str, own_title: str) -> bool:
    """Whether a heading's words are the file's own title or a run of its words: `<title>` may
    add the site's or the sender's name to the slide's ("Cardiologie – Hartritmestoornissen")."""
    words = " ".join(_WORD.findall(heading.casefold()))
    return bool(words) and f" {words} " in f" {' '.join(_WORD.findall(own_title.casefold()))} "


def _plain_title_over_cover(blocks: tuple[Block, ...]) -> bool:
    """Whether the blocks before a file's first marked heading are a plain title line over a
    cover's lines (a sender's line, a date): the title, as in plain text. docx2md writes Word's
    Title paragraph as a plain first line over the sections' `#` headings, and the leaflet
    was named after its file (red team 46). Asked only of a file that names no title of its
    own: a page's `<title>` or Title paragraph outranks a plain line (a subtitle's)."""
    if not 2 <= len(blocks) <= MAX_MASTHEAD_LINES + 1 or blocks[0].kind != "paragraph" \
            or len(blocks[0].lines) != 1 or not is_title_line(blocks[0]):
        return False
    rest = blocks[1:]
    return all(block.kind == "paragraph" and (_is_date_block(block) or _is_masthead_line(block) or _sender_line(block))
               for block in rest) and any(not _is_date_block(block) for block in rest)


def _only_masthead(blocks: tuple[Block, ...]) -> bool:
    """Whether what stands above the first heading is at most a masthead: a line or two
    as short as a name ("Ziekenhuis Rijnoever" over a cover's title), or a list of such
    lines (a web page's menu, breadcrumb or byline that its Markdown kept: "• Home",
    "• Bijgewerkt: 6 jan. 2026"), nothing a reader would take for text."""
    return len(blocks) <= MAX_MASTHEAD_LINES and all(
        (block.kind == "paragraph" and len(block.lines) == 1 or block.kind == "list")
        and all(_is_name_short(BULLET.sub("", line.strip())) for line in block.text.split("\n"))
        or _is_masthead_line(block)  # a sender's line runs longer than a name (red team 34, mistletoe)
        or block.kind == "paragraph" and _is_byline_line(block)  # "… Ziekenhuis, Rotterdam – voorlichting voor …"
        for block in blocks)


def _is_name_short(text: str) -> bool:
    """Whether a line is no longer than a name and ends no sentence."""
    return not ends_sentence(text) and len(text.split()) <= MAX_MASTHEAD_WORDS


# ---------------------------------------------------------------- by shape


def _shaped_headings(blocks: tuple[Block, ...], wrapped: frozenset[int] = frozenset(),
                     over_questions: frozenset[int] = frozenset()) -> list[Heading]:
    """Headings in plain text, by the shape of lines and what follows them; a block in
    `wrapped` (`_wrapped_in_word`, `_last_rows`) heads no section, and one in `over_questions`
    (`_over_questions`) heads its questions."""
    found: list[Heading] = []
    first = _title_block(blocks)
    for index, block in enumerate(blocks[:_signed(blocks)]):
        if index == first and is_title_line(block):
            found.append(Heading(block.text, 1, index))
        elif index == first == 0 and _is_called_title(blocks):
            found.append(Heading(unshouted(block.text.rstrip("!").rstrip(), "\n".join(b.text for b in blocks)), 1, 0))
        elif index > first and index not in wrapped \
                and (index in over_questions or _heads_section(blocks, index)) and not _is_byline(blocks, index, first):
            found.append(Heading(block.text, 2, index))
    found = _numbered_sections(_continue_numbering(found, blocks, first), blocks)
    found = _nest_numbered(_nest_announced(_nest_underlined(_nest_under_capitals(found, blocks), blocks), blocks))
    return _nest_questions(found, over_questions)


def _nest_questions(found: list[Heading], over_questions: frozenset[int]) -> list[Heading]:
    """Put the question headings that follow a heading of `over_questions` one level under it,
    up to the first heading that asks nothing or ranks above it: "Veelgestelde vragen" heads
    every question of its list, where as a sibling it headed only the first one."""
    out: list[Heading] = []
    parent: Heading | None = None
    for heading in found:
        if heading.block in over_questions:
            parent = heading
        elif parent and heading.level == parent.level and _QUESTION_LINE.fullmatch(heading.text):
            heading = Heading(heading.text, heading.level + 1, heading.block)
        else:
            parent = None
        out.append(heading)
    return out


MAX_CALLED_TITLE_WORDS = 4  # "HANDEN WASSEN!", "STOP DE GRIEP!"


def _is_called_title(blocks: tuple[Block, ...]) -> bool:
    """Whether the first line is a poster's title called out in capitals ("HANDEN WASSEN!"): a
    few words and one exclamation mark, over a section of its own. Its "!" made it a sentence,
    and the poster was named after its file; as a title it goes in sentence case (`unshouted`)."""
    block = blocks[0]
    text = block.text.rstrip("!").rstrip()
    return block.text.endswith("!") and not block.text.endswith("!!") and _shouted(text) \
        and len(text.split()) <= MAX_CALLED_TITLE_WORDS \
        and is_title_shaped(replace(block, lines=(text,))) and len(blocks) > 1 and _heads_section(blocks, 1)


def _wrapped_in_word(clean: CleanText, blocks: tuple[Block, ...]) -> frozenset[int]:
    """The blocks that cleaning joined from source lines inside a word: a word a margin broke
    at its hyphen ("KNO-" over "arts") or a typesetter hyphenated ("behandel-" over "ing"), where
    the source text skipped (the line break, a hyphen) leaves no space in the cleaned text. Such a
    block is a paragraph's or a table row's wrapped text, never a heading: a heading is set on a
    line of its own and no typesetter breaks a word to fit it (unpdf's table row "Geen oorzaak in
    de mond verwijzing naar de huisarts of KNO-" / "arts" headed the next paragraph, red team 39)."""
    text, cuts = clean.text, []
    for (before, source_before), (at, source_at) in zip(clean.origins, clean.origins[1:]):
        if 0 < at < len(text) and source_at - source_before > at - before \
                and not text[at - 1].isspace() and text[at - 1] not in "•" and text[at].isalpha():
            cuts.append(at)
    return frozenset(index for index, block in enumerate(blocks)
                     if block.kind == "paragraph" and cuts
                     and bisect_right(cuts, block.start) < bisect_left(cuts, block.end))


MIN_ROWS_ABOVE = 2  # rows of one shape over a line of that shape: one alike may be chance


def _last_rows(clean: CleanText, blocks: tuple[Block, ...]) -> frozenset[int]:
    """The blocks that end a run of a table's rows cleaning kept a line each, with no gap to
    part their cells ("3 maanden 6 van de 10 mannen", "6 maanden …", "12 maanden 9 van de 10
    mannen", a line under the other): a line of the same shape as the two lines right above it
    (`_row_shape`: a number, a word from a capital or one in lower case, word for word). Title-
    shaped over the paragraph under the table, the last row headed it and left its table (red
    team 56)."""
    shapes = [_row_shape(block.text) if block.kind == "paragraph" and len(block.lines) == 1 else ()
              for block in blocks]
    found: set[int] = set()
    for index in range(MIN_ROWS_ABOVE, len(blocks)):
        run = range(index - MIN_ROWS_ABOVE, index + 1)
        if len(shapes[index]) > 1 and all(shapes[at] == shapes[index] for at in run) \
                and all(_source_gap(clean, blocks[at], blocks[at + 1]) == 1 for at in run[:-1]):
            found.add(index)
    return frozenset(found)


def _row_shape(text: str) -> tuple[str, ...]:
    """A line's words by kind: "9" for one with a digit, "A" from a capital, "a" in lower case,
    any other as written."""
    return tuple("9" if any(c.isdigit() for c in word) else "A" if word[:1].isupper()
                 else "a" if word[:1].islower() else word for word in text.split())


def _over_questions(clean: CleanText, blocks: tuple[Block, ...]) -> frozenset[int]:
    """The blocks that head the questions under them ("Veelgestelde vragen" over "Mag ik fietsen
    na de operatie?" over its answer): a title-shaped line that asks nothing, a blank line under
    the text above it and right on the line over a title-shaped question that heads its answer.
    A short line over a heading is else read as its section's last words (`_heads_subsections`);
    but a line set apart from the text above and none from the question below goes with the
    question, as a heading does (red team 56), where the leaflet sets another heading so: a
    blank line over it and its text right under it (`_set_as_headings`). Blank lines are read
    from the source, where a block's last character and the next block's first stand one line
    break apart, or more."""
    found: set[int] = set()
    for index in range(1, len(blocks) - 2):
        block, question = blocks[index], blocks[index + 1]
        if not (is_title_shaped(block) and is_title_shaped(question)) or block.text.endswith("?") \
                or not _QUESTION_LINE.fullmatch(question.text):
            continue
        if _source_gap(clean, blocks[index - 1], block) > 1 and _source_gap(clean, block, question) == 1 \
                and _opens_body(blocks, index + 1):
            found.add(index)
    return frozenset(found) if found and _set_as_headings(clean, blocks, found) else frozenset()


def _set_as_headings(clean: CleanText, blocks: tuple[Block, ...], found: set[int]) -> bool:
    """Whether a block other than those `found` and the questions under them heads a section set
    with a blank line over it and none under it: the leaflet's way with its headings."""
    skip = found | {index + 1 for index in found}
    return any(index not in skip and _source_gap(clean, blocks[index - 1], blocks[index]) > 1
               and _source_gap(clean, blocks[index], blocks[index + 1]) == 1 and _heads_section(blocks, index)
               for index in range(1, len(blocks) - 1))


def _source_gap(clean: CleanText, before: Block, after: Block) -> int:
    """How many source characters stand between one block's last character and the next one's
    first: 1 where a line break alone parts them, more across a blank line (or dropped lines)."""
    if before.end <= before.start or after.end <= after.start:
        return 0
    return clean.source_offset(after.start) - clean.source_offset(before.end - 1) - 1


def _continue_numbering(found: list[Heading], blocks: tuple[Block, ...], first: int) -> list[Heading]:
    """Add the title-shaped lines whose number carries on the numbered headings on both sides
    ("4 Behandeling" between "3 Hoe weet u ...?" and "4.1 Terbinafine tabletten"): the leaflet's
    own numbering says it heads a section, though what follows it is short lines (a table that
    pdfminer sets column by column) rather than the body text `_heads_section` asks for."""
    numbered = [(h.block, _OUTLINE_NUMBER.match(h.text)) for h in found if h.level > 1]
    numbers = [(index, match.group(1)) for index, match in numbered if match]
    added: list[Heading] = []
    for (before, last), (after, following) in zip(numbers, numbers[1:]):
        for index in range(max(before, first) + 1, after):
            match = _OUTLINE_NUMBER.match(blocks[index].text)
            if match and is_title_shaped(blocks[index]) and outline_follows(last, match.group(1)) \
                    and outline_follows(match.group(1), following):
                added.append(Heading(blocks[index].text, 2, index))
                last = match.group(1)
    return sorted(found + added, key=lambda h: h.block)


# A typesetter's section number before its title (LaTeX, ms, pandoc): "1.3", "2.1.4." or a bare
# "1", then a capital. A list's "1." is no section's number.
_SECTION_NUMBER = re.compile(rf"({SECTION_NUMBER_PATTERN})\s+(?=[A-ZÀ-Ý])")
MIN_SECTION_RUN = 3  # title-shaped lines numbering on from each other: two may be a table's numbered rows


def _numbered_sections(found: list[Heading], blocks: tuple[Block, ...]) -> list[Heading]:
    """Add the title-shaped lines that number on from each other, three or more ("1 Gestoken
    door een bij of wesp", "1.1 Wat gebeurt er bij een steek?", "1.2 …"): a typesetter's numbered
    sections, headings whatever follows them (under dvi2tty's "1.1" a paragraph its wrap marks
    left unfinished, which `_heads_section` took for no body). A run that opens with the only
    top-level number ("1", then "1.1" …) opens with the document's title, as LaTeX's `\\section`
    sets an article's one section: the line over it that seemed the title is no heading."""
    numbered = [(index, match.group(1)) for index, block in enumerate(blocks[:_signed(blocks)])
                if (match := _SECTION_NUMBER.match(block.text)) and is_title_shaped(block)]
    run = sorted({index for (at, number), (below, following) in zip(numbered, numbered[1:])
                  if outline_follows(number, following) for index in (at, below)})
    if len(run) < MIN_SECTION_RUN:
        return found
    numbers = dict(numbered)
    top = [index for index in run if "." not in numbers[index].rstrip(".")]
    titled = top == [run[0]] and numbers[run[0]].rstrip(".") == "1"
    kept = [h for h in found if h.block not in run and not (titled and h.level == 1 and h.block < run[0])]
    added = [Heading(blocks[index].text, 1 if titled and index == run[0] else 2, index) for index in run]
    return sorted(kept + added, key=lambda h: h.block)


MIN_TEXT_AFTER_CLOSING = 2  # paragraphs of sentences after closing words: the text goes on
MIN_PARAGRAPH_WORDS = 8  # a paragraph of a section says this much; a sender's line says less


def _signed(blocks: tuple[Block, ...]) -> int:
    """Where a letter's closing words ("Met vriendelijke groet,") end it: what follows is the
    sender's name, role and address, text of the last section however short its lines. Closing
    words with `MIN_TEXT_AFTER_CLOSING` paragraphs of sentences after them end an example letter
    that a leaflet quotes ("Voorbeeldbrief aan uw werkgever:"), not the leaflet: its sections go on."""
    prose_after = 0  # the paragraphs of sentences after each block, counted once from the end
    signed = len(blocks)
    for index in range(len(blocks) - 1, -1, -1):
        block = blocks[index]
        if block.lines and is_sign_off(block.lines[-1]) and prose_after < MIN_TEXT_AFTER_CLOSING:
            signed = index + 1
        prose_after += _is_prose(block)
    return signed


def _is_prose(block: Block) -> bool:
    """Whether a block is a paragraph of sentences, as a section's text is and a sender's line is not."""
    return block.kind == "paragraph" and ends_sentence(block.text) and len(block.text.split()) >= MIN_PARAGRAPH_WORDS


def _is_byline(blocks: tuple[Block, ...], index: int, title: int) -> bool:
    """Whether a block right under the title names who wrote the leaflet, an organisation and
    its department ("Ziekenhuis Amstelveld - afdeling Longziekten", "Praktijk De Linde,
    afdeling Longziekten"): a line of the cover, not the heading of its first passage. A name
    alone ("Polikliniek Cardiologie") may head a section about going there. So does a subject
    and the organisation after a dash ("Bovenooglidcorrectie bij overtollige huid – Kliniek Oog &
    Lid"): the cover's subtitle and sender, not the heading of the text under the cover."""
    block = blocks[index]
    if index != title + 1 or block.kind != "paragraph" or len(block.lines) != 1:
        return False
    fields = re.split(r"\s[-–]\s", block.text)
    return _is_masthead_line(block) and bool(re.search(r",\s|\s[-–]\s", block.text)) \
        or len(fields) > 1 and _is_organisation(fields[-1].strip())


def _nest_underlined(found: list[Heading], blocks: tuple[Block, ...]) -> list[Heading]:
    """Put a heading underlined with "-----" one level under the heading of higher rank
    before it, with or without text between: one underlined with "=====", or one in
    capitals that is not underlined ("VOORBEREIDING" over its text, then "Medicijnen" over
    "----------"), where the leaflet sets two or more headings so. Plain text has no other
    way to say that the second is part of the first. A heading in capitals is not lower for
    its underline ("HET ONDERZOEK" over "-------------"): it opens a part of its own."""
    def rank(heading: Heading) -> int:
        underline = blocks[heading.block].underline
        if heading.level != 2:
            return 0
        return 2 if underline == 1 else 1 if _shouted(heading.text) else 0

    if not any(blocks[h.block].underline == 2 for h in found) or sum(rank(h) > 0 for h in found) < 2:
        return found
    out: list[Heading] = []
    opener = 0  # the rank of the heading whose part we are in: 2 "=====", 1 capitals, 0 none
    for heading in found:
        if heading.level == 1 or rank(heading):
            opener = rank(heading)
        elif heading.level == 2 and blocks[heading.block].underline == 2 and (
                opener == 2 or opener == 1 and not _shouted(heading.text)):
            heading = Heading(heading.text, 3, heading.block)
        elif heading.level == 2:
            opener = 0  # a heading of the same rank as the one above ends its part
        out.append(heading)
    return out


def _nest_under_capitals(found: list[Heading], blocks: tuple[Block, ...]) -> list[Heading]:
    """Put the headings that a heading in capitals opens ("NA DE OPERATIE" right over
    "Pijn", "De wond") one level under it, up to the next heading in capitals, where the
    leaflet sets two or more of its headings so: capitals are then a level of its own."""
    if sum(h.level > 1 and _shouted(h.text) for h in found) < 2:
        return found
    out: list[Heading] = []
    opened = False
    for heading in found:
        if heading.level > 1 and _shouted(heading.text):
            opened = _heads_subsections(blocks, heading.block)
        elif heading.level > 1 and opened:
            heading = Heading(heading.text, heading.level + 1, heading.block)
        out.append(heading)
    return out


def _heads_section(blocks: tuple[Block, ...], index: int) -> bool:
    """Whether a block is a section heading: title-shaped over body text, and neither
    contact details (an address, a phone number) nor a name over its details
    ("Huisartsenpraktijk De Linde" over its address, under "Contact") unless the text underlines
    it, the mark of a heading in plain text ("Praktijk De Vesten" over "-----"). A heading that trails
    off over its list or table ("Neem contact op als u ...") counts, and so does one in
    capitals right over a sub-heading ("NA DE OPERATIE" over "Pijn"), and so does one in
    capitals with a colon among headings in capitals ("HET RISICO: EEN SCHEURTJE IN HET
    NETVLIES"): a label is not set wholly in capitals apart from its text. A line that is only a
    date ("05-01-2026" under the title) dates the leaflet and heads nothing."""
    block = blocks[index]
    if is_bare_date(block.text):
        return False
    if not (is_title_shaped(block) or _trails_off(blocks, index) or _shouted_colon(blocks, index)
            or _underlined_label(block) or _subject_and_about(block)) or _CONTACT.search(block.text) \
            or (_names_contact(blocks, index) and not block.underline):
        return False
    return _opens_body(blocks, index) or _heads_subsections(blocks, index)


def _underlined_label(block: Block) -> bool:
    """Whether an underlined line is title-shaped but for a colon ("Medicijn: acetazolamide"
    over "======="): the underline marks a heading whatever its words, where a colon in an
    unmarked line reads as a label and its value."""
    text = block.text.replace(": ", " ").rstrip(":")
    return bool(block.underline) and ":" in block.text and is_title_shaped(replace(block, lines=(text,)))


def _subject_and_about(block: Block) -> bool:
    """Whether a line names a subject and, after a colon, what about it, in lower case words
    ("De behandeling: stoppen", a Markdown heading as a terminal renders it): title-shaped but
    for the colon. A label's value is a name or a number ("Afdeling: Urologie", "Telefoon: 010
    …"), and one word on each side is a label (`is_title_line`)."""
    subject, colon, about = block.text.partition(": ")
    return bool(colon) and about[:1].islower() and len(subject.split()) + len(about.split()) >= 3 \
        and _WORDS.fullmatch(about) is not None and is_title_shaped(replace(block, lines=(f"{subject} {about}",)))


def _trails_off(blocks: tuple[Block, ...], index: int) -> bool:
    """Whether a block is a line ending in an ellipsis that its list or table completes, the
    list ending its section ("NEEM CONTACT OP ALS U ..." over "• koorts krijgt boven de 38,5
    graden", then the next heading or the end): in running text such a line leads in to a
    list that the text after it goes on from."""
    text = blocks[index].text.rstrip()
    if not text.endswith(("...", "…")) or index + 1 >= len(blocks) or blocks[index + 1].kind != "list":
        return False
    after = blocks[index + 2] if index + 2 < len(blocks) else None
    return is_title_shaped(replace(blocks[index], lines=(text.rstrip(".… "),))) \
        and (after is None or is_title_shaped(after))


def _shouted_colon(blocks: tuple[Block, ...], index: int) -> bool:
    """Whether a line wholly in capitals with a colon in it ("HET RISICO: EEN SCHEURTJE IN HET
    NETVLIES") is title-shaped but for the colon, where another line in capitals is a title-shaped
    heading: a tool that writes headings in capitals (html-to-text's `h2`) keeps their colons."""
    block = blocks[index]
    subject, colon, about = block.text.partition(": ")
    if not colon or not _shouted(block.text) or not _WORDS.fullmatch(about) \
            or not is_title_shaped(replace(block, lines=(f"{subject} {about}",))):
        return False
    return any(other is not block and _shouted(other.text) and is_title_shaped(other) for other in blocks)


def _heads_subsections(blocks: tuple[Block, ...], index: int) -> bool:
    """Whether a line in capitals, or a question, stands right over a heading that is not:
    typography that ranks it above the sub-headings it opens ("Wanneer moet u bellen?" over
    "Bel direct de verloskamers als" over its list). (A short line in ordinary type over a
    heading stays text of its section: "Bel dan direct 112" ends a section as often as
    "Hulpmiddelen" opens one, and a heading over nothing would take its words out of every
    passage. A question ends no section: it asks what comes under it.)"""
    text = blocks[index].text
    if index + 1 >= len(blocks):
        return False
    below = blocks[index + 1].text
    if _shouted(text):
        return not _shouted(below) and _heads_section(blocks, index + 1)
    return _QUESTION_LINE.fullmatch(text) is not None and is_title_shaped(blocks[index]) \
        and not below.rstrip().endswith("?") and _heads_section(blocks, index + 1)


def _shouted(text: str) -> bool:
    """Whether a heading is set in capitals: words, not one short abbreviation ("COPD")."""
    letters = [c for c in text if c.isalpha()]
    return text.upper() == text and (len(text.split()) > 1 or len(letters) > 5)


def _title_block(blocks: tuple[Block, ...]) -> int:
    """Where the title of plain text stands: the first block, unless a masthead of a line or
    two (an organisation's name, an address) stands over a title line that is none and that
    heads no body of its own ("Huisartsenpraktijk De Linde" over "Zwanger en medicijnen").
    The leaflet's number and its date may stand among the masthead's lines
    ("Patiëntenvoorlichting nr. FT-031", "versie: juni 2019"): they are no title either.
    A sender's byline of fields (`_is_fielded_sender`: "Centrum voor Jeugd en Gezin Zaanstreek,
    jeugdgezondheidszorg") is never the title, even where the title-shaped line under it heads
    the first section: a web page's content exported without its title field (a WordPress
    post's `post_content`, red team 42) opens with that byline and its first section, whose
    heading names the subject. So is a mail merge's dated letterhead (`_is_dated_letterhead`:
    "Huisartsenpraktijk De Linde, 12 maart 2026" over "Griepprik 2026"), where the line under it
    asks no question: a question there heads the letter's first section. A bare name over a section ("Ziekenhuis Rijnoever" over "Over
    deze folder") stays the title: there the section's heading names no subject either."""
    underlined = _underlined_title(blocks)
    if underlined is not None:
        return underlined
    contact = _contact_block_end(blocks)
    if contact and contact < len(blocks) and is_title_line(blocks[contact]):
        return contact
    masthead = stamps = 0
    sender = letterhead = False
    for index, block in enumerate(blocks):
        if _is_date_block(block) or _is_reference(block):
            stamps += 1
            letterhead = letterhead or _is_dated_letterhead(block)
        elif _is_masthead_line(block) or _names_other_subject(blocks, index):
            masthead += 1
            sender = sender or _is_fielded_sender(block.text)
        else:
            return index if index and is_title_line(block) and (sender or letterhead and not block.text.endswith("?")
                                                                 or not _opens_body(blocks, index)) else 0
        if masthead > MAX_MASTHEAD_LINES or stamps > MAX_MASTHEAD_LINES:
            return 0
    return 0


MAX_CONTACT_LINES = 6  # a name, a department, a street, a postcode and town, a phone number, a date


def _contact_block_end(blocks: tuple[Block, ...]) -> int:
    """Where a postal contact block that opens plain text ends (0 where none opens it): a person's
    name with their role, their department, street, postcode and town, phone number, perhaps the
    leaflet's version and date ("Dr. A. de Vries, internist" / "Ziekenhuislaan 1" / "1234 AB Stad"
    / "Telefoon 012 345 67 89"). It signs the leaflet, as a masthead does, but runs longer than a
    masthead's line or two and heads the title like a letter's sender: the title-shaped line under
    it is the title even where it heads the first paragraph. A person's name counts only with
    more lines of the block, a street only over its postcode: a title may end in a number."""
    end = 0
    named = addressed = False
    for index, block in enumerate(blocks[:MAX_CONTACT_LINES + 1]):
        text = block.text
        if block.kind != "paragraph" or len(block.lines) != 1:
            break
        if is_personal_name(text):
            named = named or index == 0
        elif is_street_line(text):
            addressed = addressed or index + 1 < len(blocks) and is_postcode_line(blocks[index + 1].text)
        elif not (_is_masthead_line(block) or _is_department(text) or _is_date_block(block) or _is_reference(block)):
            break
        end = index + 1
    if end > MAX_CONTACT_LINES or not (addressed or named and end > 1):
        return 0
    return end


def _without_contact_headings(blocks: tuple[Block, ...], headings: list[Heading]) -> list[Heading]:
    """`headings` without the lines of a contact block right under the title (a doctor's or a
    department's name, a street over its postcode, a phone number, `_contact_block_end`): it says
    who to reach, as the same block over the title does, and heads no section ("Ziekenhuislaan
    1" headed the leaflet's first paragraph). Its lines stay text of the title's section
    (`_cover_lines` takes only an organisation's name among them, the publisher)."""
    contact = _contact_under_title(blocks, headings)
    return [h for h in headings if h.block not in contact]


def _contact_under_title(blocks: tuple[Block, ...], headings: list[Heading]) -> range:
    """The blocks of a contact block right under the title (`_contact_block_end`), or none."""
    if not headings or headings[0].level != 1:
        return range(0)
    title = headings[0].block
    return range(title + 1, title + 1 + _contact_block_end(blocks[title + 1:]))


def _underlined_title(blocks: tuple[Block, ...]) -> int | None:
    """The one line the text underlines with "=====" (a word processor's Heading 1 as odt2txt
    or pandoc write it: "Buikgriep bij jonge kinderen" over "====="), where only a masthead of a
    short line or two stands over it ("Kindergeneeskunde, Isala-West"): the clearest title plain
    text can mark, whatever the words above it. Where several lines are so underlined they are
    the text's sections, and the shape of the lines decides."""
    underlined = [index for index, block in enumerate(blocks) if block.underline == 1]
    if len(underlined) != 1 or not 0 < underlined[0] <= MAX_MASTHEAD_LINES:
        return None
    at = underlined[0]
    above = blocks[:at]
    if not is_title_line(blocks[at]) or any(block.underline for block in above) or not _only_masthead(above):
        return None
    return at


def _names_other_subject(blocks: tuple[Block, ...], index: int) -> bool:
    """Whether a short opening line stands over the real title: the title-shaped line under it
    names the subject the leaflet opens with (its first heading and paragraph: "Luieruitslag"
    over "WAT IS LUIERUITSLAG?" and "Luieruitslag is een rode huid ...") while this line shares
    no word with it. So a sender's name of a kind no word list knows ("CONSULTATIEBUREAU JGZ
    WATERLAND", "Kindergeneeskunde, Isala-West") is no title. A byline under it (`_is_byline_line`:
    "Stichting …, vereniging voor mensen met …") is no title either, though it names the subject."""
    block = blocks[index]
    if index + 1 >= len(blocks) or not _is_name_short(block.text) or len(block.lines) != 1 \
            or block.kind != "paragraph" or not is_title_line(blocks[index + 1]) or _is_byline_line(blocks[index + 1]):
        return False
    opening = _subject_words(" ".join(b.text for b in blocks[index + 2:_first_body(blocks, index + 2) + 1]))
    own, title = _subject_words(block.text), _subject_words(blocks[index + 1].text)
    return bool(own) and not own & opening and bool(title & opening)


def _subject_words(text: str) -> set[str]:
    """The words of a text that can name a subject: no small word ("u", "mee", "wat")."""
    return {word for word in _content_words(text) if len(word) >= MIN_SUBJECT_LETTERS}


MIN_SUBJECT_LETTERS = 4  # "buik", "huid", "knie"; shorter words are mostly small ones ("u", "mee", "nu")


def _first_body(blocks: tuple[Block, ...], start: int) -> int:
    """The first block from `start` on that is body text: a list, or a paragraph that ends a
    sentence and is no heading's question ("Wat is luieruitslag?")."""
    return next((index for index in range(start, len(blocks)) if blocks[index].kind == "list"
                 or ends_sentence(blocks[index].text) and not is_title_shaped(blocks[index])), len(blocks) - 1)


# A leaflet's number: "Patiëntenvoorlichting nr. FT-031", "Folder 1187", "PI-045".
_REFERENCE = re.compile(r"(?:[^\W\d_]+\s+)?(?P<marker>(?:nr|no|nummer)\.?\s*)?(?P<code>(?-i:[A-Z]{0,4}[-/]?))"
                        r"(?P<number>\d{2,})", re.IGNORECASE)
# A year, which a word before it dates rather than numbers: "Griepprik 2025" is a title; but
# a document's word numbers the document ("Folder 2043", "Patiëntenfolder 1998").
_YEAR = re.compile(r"(?:19|20)\d\d")
_DOCUMENT_WORD = re.compile(r"[^\W\d_]*(?:folder|brochure|leaflet|bijsluiter|flyer|informatie|voorlichting|uitgave)\s",
                            re.IGNORECASE)


def _is_reference(block: Block) -> bool:
    """Whether a block is a single line that only numbers the leaflet (`_REFERENCE`): a
    number no mark ("nr.") nor code ("FT-") sets apart is none where it is a year."""
    if block.kind != "paragraph" or len(block.lines) != 1:
        return False
    reference = _REFERENCE.fullmatch(block.text)
    return reference is not None and (bool(reference["marker"] or reference["code"])
                                      or not _YEAR.fullmatch(reference["number"])
                                      or _DOCUMENT_WORD.match(block.text) is not None)


def _is_masthead_line(block: Block) -> bool:
    """Whether a block is a single line that names an organisation or gives its address,
    phone number or web address, alone or with the leaflet's date beside it
    (`_is_dated_sender`): what a cover sets over or under a title, never the title."""
    if block.kind != "paragraph" or len(block.lines) != 1 or ends_sentence(block.text):
        return False
    return _is_sender(block.text) or _is_dated_sender(block.text) or _is_fielded_sender(block.text)


def _is_sender(text: str) -> bool:
    """Whether a line names an organisation or gives its contact details."""
    return bool(_CONTACT.search(text)) or _is_organisation(text)


# The fields of a masthead's line: "Huisartsenpraktijk De Boog – Laatst herzien: 14 april 2026".
_MASTHEAD_FIELD_GAP = re.compile(r"\s[|·•–—-]\s")
_FULL_STOP = re.compile(r"(?<=\w)\.\s+")  # a sentence's end, where a byline's date statement may follow it


def _is_dated_sender(text: str) -> bool:
    """Whether a line's fields say who sends the leaflet and when, and nothing else: an
    organisation, a department or contact details beside a date statement ("Huisartsenpraktijk
    De Boog – Laatst herzien: 14 april 2026", "Centrum Jeugd en Gezin Lingewaard | Versie maart
    2026"), the byline a word processor's subtitle sets under a title. Its date still dates the
    leaflet (`find_updated` reads the whole text); as a passage it was a stub that answers nothing."""
    fields = [field.strip() for field in _MASTHEAD_FIELD_GAP.split(text)]
    stop = next((stop for stop in _FULL_STOP.finditer(text) if is_date_line(text[stop.end():])), None)
    if len(fields) == 1 and stop:  # "X, afdeling Anesthesiologie. Laatst bijgewerkt: maart 2026" (red team 62)
        fields = [text[:stop.start()].strip(), text[stop.end():]]
    dated = [is_date_line(field) for field in fields]
    return len(fields) > 1 and any(dated) and not all(dated) and all(
        date or _is_sender(field) or _is_department(field) for field, date in zip(fields, dated))


def _is_fielded_sender(text: str) -> bool:
    """Whether a line is an organisation's name with fields after it that only place it or say
    what it offers: its town and a service in lower case ("Huisartsenpraktijk Het Baken, Zwolle -
    spreekuur kleine chirurgie"), a department, what the text is ("Ziekenhuis Gelderse Poort · MDL
    · patiënteninformatie"). A title opens with its subject, not with a sender's name and fields."""
    fields = [field.strip() for field in _split_fields(text, _SENDER_FIELD_GAP)]
    if len(fields) > 1 and (_named_after_department(fields) or _named_before_department(fields)):
        return True
    return len(fields) > 1 and (_is_organisation(fields[0]) or bool(_described_name(fields))
                                or _is_practice_name(fields[0])) and all(
        _is_place(field) or _is_service(field) or _is_department(field) or _CONTACT.search(field)
        or _DOCUMENT_NAME.fullmatch(field) or _describes_sender(field) for field in fields[1:])


def _described_name(fields: list[str]) -> str:
    """The name a masthead's first field gives where a later field says what kind of
    organisation it names, though no word of the name does: "Podotherapie Vechtdal, Ommen –
    praktijk voor podotherapie", "ReumaZorg Nederland – patiëntenvereniging voor mensen met …",
    "… – podiatry practice" (red team 35); "" otherwise."""
    first = fields[0].strip()
    if len(fields) < 2 or not _is_marked_name(first):
        return ""
    # a kind of care in lower case after a name ("JGZ Zuid-Holland West – jeugdgezondheidszorg",
    # red team 39) says the same, where every word of the name is capitalised: no title is so
    kind_of_care = _is_name(first) and any(field.strip()[:1].islower() and _is_department(field) for field in fields[1:])
    return first if kind_of_care or any(_describes_sender(field.strip()) for field in fields[1:]) else ""


def _named_after_department(fields: list[str]) -> str:
    """The organisation a masthead names after its department ("Polikliniek Dermatologie, Tergooi
    MC, Hilversum", "Oogheelkunde Kinderen, Rijnstate Arnhem", red team 39): the field after a
    first field that opens with a department's word or a specialty (no practice's name:
    `_is_practice_name`), a short name, with only places or contact details after it. A name of
    one word with nothing after it may be the town ("Polikliniek Dermatologie, Hilversum"): ""."""
    fields = [field.strip() for field in fields]
    if len(fields) < 2 or not fields[0][:1].isupper() or not _is_name_short(fields[0]) or fields[0].endswith("-"):
        return ""  # "Afdeling Maag-, Darm- en Leverziekten": the comma lists the department's specialties
    opening, last = fields[0].split()[0], fields[0].split()[-1]
    if not (_is_department_word(opening) or _is_department(opening) or _is_department_word(last)) \
            or _is_practice_name(fields[0]):
        return ""  # "Obstetrics Department, Maxima MC Veldhoven": the department's word may end its name
    name, rest = fields[1], fields[2:]
    if not _is_marked_name(name) or len(name.split()) < 2 and not rest and not _is_brand_name(name):
        return ""
    return name if all(_is_place(field) or _CONTACT.search(field) or _DOCUMENT_NAME.fullmatch(field)
                       for field in rest) else ""


BRAND_MAX_ZIPF = 3.0  # wordfreq's scale: Dutch towns, down to small ones ("Oldebroek", "Bunnik"), are met more often


def _is_brand_name(name: str) -> bool:
    """Whether one word after a department is a hospital's own name ("Radiologie, Zuyderland",
    "Kindergeneeskunde, Amphia"), not its town ("Polikliniek Dermatologie, Hilversum"): a town is
    a word in everyday use (`wordfreq`, in Dutch or English), a hospital's brand a rare one."""
    import wordfreq

    word = name.strip()
    return word.isalpha() and word[:1].isupper() and max(
        wordfreq.zipf_frequency(word, language) for language in ("nl", "en")) < BRAND_MAX_ZIPF


def _named_before_department(fields: list[str]) -> str:
    """The organisation a masthead names before its department ("Amphia Breda, Kinderlongpoli",
    red team 41): a short name, every word capitalised, that names no department itself, with a
    department after it and only places or contact details beside that. A hospital known by its
    brand alone ("Amphia") has no word that says it is one; the department it keeps does."""
    fields = [field.strip() for field in fields]
    if len(fields) < 2 or not _is_name(fields[0]) or not _is_name_short(fields[0]) or _is_department(fields[0]) \
            or fields[0].endswith("-") or any(_is_department_word(word.lower()) for word in fields[0].split()):
        return ""
    departments = [field for field in fields[1:] if _is_department(field)
                   or len(field.split()) == 1 and _is_department_word(field.lower())
                   or _is_department_field(field) and not is_personal_name(fields[0])]  # not "Dr. A. de Vries"
    return fields[0] if departments and all(
        field in departments or _is_place(field) or _CONTACT.search(field) for field in fields[1:]) else ""


# The word a department's field opens with besides a department's own (`_is_department_word`):
# "dienst Radiologie", "team Kinderpsychiatrie". Alone each may end an organisation's name
# ("Trombosedienst"), so only as a field's first word.
_DEPARTMENT_OPENING_WORDS = frozenset({"dienst", "team"})
# Between a department's word and its name: "Department of Cardiology", "afdeling voor Psychiatrie".
_DEPARTMENT_LINK_WORDS = frozenset({"of", "voor", "van", "for"})


def _is_department_field(field: str) -> bool:
    """Whether a masthead's field names a department by its word and its name in capitals
    ("afdeling Medische Oncologie", "Department of Plastic Surgery", "dienst Radiologie", "team
    Kinderpsychiatrie"), whatever the specialty's name ends in: a name of its own after the word
    (`_is_department` reads only the specialties' endings, and "Medische Oncologie" has none of
    them). No sentence, no number; the words after the name's first one capitalised but the
    small ones."""
    words = field.split()
    if not 2 <= len(words) <= MAX_MASTHEAD_WORDS or ends_sentence(field) or re.search(r"\d", field) \
            or not (_is_department_word(words[0]) or words[0].lower() in _DEPARTMENT_OPENING_WORDS):
        return False
    named = words[2:] if words[1].lower() in _DEPARTMENT_LINK_WORDS else words[1:]
    return bool(named) and named[0][:1].isupper() and all(
        word[:1].isupper() or word.lower() in _NAME_PARTICLES for word in named)


# The words that end the name of a hospital's part rather than of who sends its leaflets: a centre
# or a clinic ("Hartcentrum", "Heart Centre"), where it stands before a department and a hospital's name.
# Dutch joins the part's subject to the word ("Hartcentrum"), English sets it apart ("Heart Centre").
_PART_WORDS = ("centrum", "kliniek", "centre", "center", "clinic")
_ENGLISH_PART_WORDS = frozenset({"centre", "center", "clinic"})
MIN_EVERYDAY_ZIPF = 3.0  # wordfreq's scale in English: "heart", "sleep", "eye"; a name's own word is rarer


def _is_part_name(field: str) -> bool:
    """Whether a masthead's field names a part of a hospital, not an organisation of its own: a
    centre or a clinic in one Dutch word ("Hartcentrum", "Fertiliteitscentrum": no name joined to
    it, as `_is_compound_name` reads), or in English after everyday words alone ("Heart Centre").
    "Slaapcentrum Noord", "Rivierenland Kliniek" and "Radboud Centre" hold a name of their own."""
    import wordfreq

    words = field.split()
    if not words or not all(word[:1].isupper() and word.isalpha() for word in words) \
            or not _ends_like(words[-1], _PART_WORDS) or any(_ends_like(word, _INSTITUTION_WORDS) for word in words):
        return False
    return len(words) == 1 or words[-1].lower() in _ENGLISH_PART_WORDS and all(
        wordfreq.zipf_frequency(word, "en") >= MIN_EVERYDAY_ZIPF for word in words[:-1])


def _named_past_part(fields: list[str]) -> str:
    """The hospital a masthead names after a part of it and a department ("Hartcentrum, afdeling
    Cardiologie, Isala Zwolle", "Heart Centre, Department of Cardiology, Isala Zwolle"): a centre
    or clinic is part of a hospital (`_is_part_name`), and the hospital sends the leaflet, as
    "Fertiliteitscentrum, Radboudumc Nijmegen" names Radboudumc. The name after the department
    must be a hospital's name and its town, one word rare (`_is_brand_name`: "Isala"), for a
    town alone may stand there ("Den Haag", "Tiel"), and the department's field must open with
    its word ("afdeling Cardiologie": "Urologie" alone may be a running header's field, red team
    9), with only places or contact details after the name; "" otherwise."""
    fields = [field.strip() for field in fields]
    if len(fields) < 3 or not _is_part_name(fields[0]) or not _is_department_field(fields[1]):
        return ""
    name, rest = fields[2], fields[3:]
    if len(name.split()) < 2 or not _is_marked_name(name) or is_personal_name(name) \
            or _DOCUMENT_NAME.search(name) or not any(_is_brand_name(word) for word in name.split()):
        return ""
    return name if all(_is_place(field) or _CONTACT.search(field) for field in rest) else ""


def _is_practice_name(field: str) -> bool:
    """Whether a masthead's first field names a practice by its specialty and a name of its own,
    every word capitalised ("Fysiotherapie De Linde", "Logopedie Het Spreekhuis", "Podotherapie
    Vechtdal"): no word names the kind of organisation, yet a specialty is no title's opening
    word where names follow it. Only with fields after it that place it (`_is_fielded_sender`):
    alone, "Fysiotherapie Apeldoorn" may head a section."""
    words = field.split()
    return len(words) >= 2 and _is_department(words[0]) and not _is_department_word(words[0]) \
        and _is_name(field) and words[1][:1].isupper() and not _names_patients(words[1:])


# Whom a department treats, named after its specialty ("Oogheelkunde Kinderen", "Revalidatie
# Volwassenen"): a patient group, no practice's own name ("Linde", "Vechtdal", "Noord").
_PATIENT_GROUPS = frozenset({
    "kinderen", "kind", "jeugd", "jongeren", "volwassenen", "ouderen", "senioren", "vrouwen", "mannen",
    "baby's", "babys", "zuigelingen", "pasgeborenen", "adolescenten", "children", "child", "adults", "women",
    "men", "seniors", "adolescents", "infants", "newborns", "paediatrics", "pediatrics",
})


def _names_patients(words: list[str]) -> bool:
    """Whether the words after a specialty are one word that names whom a hospital's department
    treats ("Oogheelkunde Kinderen"), no name of a practice of its own ("Oogzorg Noord"; red
    teams 39 and 41). Wordfreq's counts cannot tell them apart: "Noord" and "Amsterdam" are as
    common as "Kinderen"."""
    return len(words) == 1 and words[0].casefold() in _PATIENT_GROUPS


MAX_DESCRIPTION_WORDS = 10  # "vereniging voor mensen met hartritmestoornissen en hun naasten"
# What a sender's description calls it besides the organisation words: "podiatry practice".
# Not "huisartsen": "informatie voor huisartsen" after a dash says whom a text is for, not who sends it.
_SENDER_KIND_WORDS = tuple(word for word in _ORGANISATION_WORDS if word != "huisartsen") + ("practice",)


def _describes_sender(field: str) -> bool:
    """Whether a field is a phrase in lower case that says what kind of organisation sends the
    leaflet, opening or ending with the kind ("praktijk voor podotherapie", "patiëntenvereniging
    voor …", "podiatry practice"): no sentence, no department ("afdeling Radiologie"), no partner ("in
    samenwerking met de Hartstichting" names another organisation, red team 56)."""
    words = field.split()
    return field[:1].islower() and 0 < len(words) <= MAX_DESCRIPTION_WORDS and not ends_sentence(field) \
        and not _is_department_word(words[0]) and not _PARTNER.match(field) \
        and (_ends_like(words[0], _SENDER_KIND_WORDS) or _ends_like(words[-1], _SENDER_KIND_WORDS))


MAX_PLACE_WORDS = 2  # "Zwolle", "Den Haag"; a longer capitalised field is a name of its own
MAX_SERVICE_WORDS = 4  # "spreekuur kleine chirurgie": what a practice offers, no clause


def _is_place(field: str) -> bool:
    """Whether a field reads as a town: a word or two, each capitalised, no digit."""
    words = field.split()
    return 0 < len(words) <= MAX_PLACE_WORDS and all(word[:1].isupper() and word.isalpha() for word in words)


def _is_service(field: str) -> bool:
    """Whether a field is a short lower-case phrase naming what the sender offers, or in
    capitals an abbreviation of its department ("MDL"): no sentence."""
    words = field.split()
    lower = field[:1].islower() and 0 < len(words) <= MAX_SERVICE_WORDS and not ends_sentence(field)
    return lower or (len(words) == 1 and field.isupper() and field.isalpha())


def is_organisation_name(text: str) -> bool:
    """Whether a line is an organisation's or a department's name (`_is_organisation`)."""
    return _is_organisation(text)


def _is_organisation(text: str) -> bool:
    """Whether a line is an organisation's name: a name, one of its words ending like an
    organisation ("Huisartsenpraktijk", "Ziekenhuis", "Stichting"), in capitals too, a gloss in
    brackets after it at most ("Huisartsenpraktijk De Linde (GP practice)", a translation's)."""
    text = _GLOSS.sub("", text) or text
    if _is_company(text) or _is_national_name(text):
        return True
    if not any(_ends_like(word, _ORGANISATION_WORDS) for word in text.split()):
        return False
    return _is_capitals_name(text) if text.upper() == text else _is_name(text) or _is_compound_name(text)


# A company's legal form after its name: "Aurora Pharma Benelux B.V.", "Pfizer Ltd", "Bayer AG".
# Belgium's non-profit forms too ("AZ Groeninge vzw", "… asbl").
_LEGAL_FORM = re.compile(r"(?:B\.\s?V\.?|N\.\s?V\.?|BV|NV|GmbH|AG|Ltd\.?|Limited|Inc\.?|LLC|plc|S\.A\.|SA|A/S|AB|Oy"
                         r"|vzw|VZW|asbl|ASBL)")


def _is_company(text: str) -> bool:
    """Whether a line is a company's name: capitalised words (`MAX_MASTHEAD_WORDS` at most),
    then its legal form ("Aurora Pharma Benelux B.V.", red team 50): a medicine's leaflet is
    sent by the firm that holds its licence, and no organisation's word names a firm."""
    words = text.split()
    return 2 <= len(words) <= MAX_MASTHEAD_WORDS + 1 and _LEGAL_FORM.fullmatch(words[-1]) is not None \
        and all(word[:1].isupper() or word[:1].isdigit() or word in ("&", "-") for word in words[:-1]) \
        and words[0][:1].isupper()


# The country a national organisation names itself after ("Huidpatiënten Nederland", "Alzheimer Nederland").
_COUNTRY_NAMES = frozenset({"Nederland", "Vlaanderen", "België", "Netherlands", "Belgium"})


def _is_national_name(text: str) -> bool:
    """Whether a line is a national organisation's name: capitalised words ("en" between them at
    most) and the country last ("Huidpatiënten Nederland", "C-support en Long Covid Nederland",
    red team 49), as Dutch patient groups and charities name themselves; a title or heading
    that names the country puts a small word before it ("Griep in Nederland")."""
    words = text.split()
    return 2 <= len(words) <= MAX_MASTHEAD_WORDS and words[-1] in _COUNTRY_NAMES and words[0][:1].isupper() \
        and words[0].lower() not in _SMALL_OPENING_WORDS \
        and all(word[:1].isupper() or word in ("en", "&") for word in words[:-1])


MIN_NAME_PREFIX = 3  # "Hartstichting": a name of three letters or more before the organisation's word
# The organisations that Dutch names in one word, a name joined to the kind ("Hartstichting",
# "Longfonds", "Antoniusziekenhuis"); a one-word centre or clinic ("Hartcentrum", "Slaapcentrum")
# is a part of a hospital, not who sends the leaflet. A university medical centre may join its
# name to "umc" ("Radboudumc", red team 51), as a hospital to "ziekenhuis".
_COMPOUND_NAME_ENDINGS = ("stichting", "fonds", "vereniging", "ziekenhuis", "gasthuis", "umc")


def _is_compound_name(text: str) -> bool:
    """Whether a line is one capitalised word that joins a name to an organisation's word
    (`_COMPOUND_NAME_ENDINGS`): a mail's sender or a running header names its organisation so."""
    word = text.strip()
    return re.fullmatch(r"[A-Z][a-zà-ÿ]+", word) is not None and any(
        word.lower().endswith(ending) and len(word) >= len(ending) + MIN_NAME_PREFIX for ending in _COMPOUND_NAME_ENDINGS)


# A Flemish hospital's name opens with its kind's initials in capitals: "AZ Groeninge" (algemeen
# ziekenhuis), "UZ Gent" (universitair ziekenhuis), read as "ziekenhuis" is (red team 63).
_HOSPITAL_INITIALS = frozenset({"AZ", "UZ"})


def _ends_like(word: str, endings: tuple[str, ...]) -> bool:
    """Whether a word ends with one of `endings`, or with one and a group's ending after it
    (`_GROUP_ENDING`: "Ziekenhuisgroep" ends like "ziekenhuis"), in any case; a hospital's
    initials (`_HOSPITAL_INITIALS`) end like "ziekenhuis"."""
    if word in _HOSPITAL_INITIALS and "ziekenhuis" in endings:
        return True
    word = word.lower()
    return word.endswith(endings) or _GROUP_ENDING.sub("", word).endswith(endings)


_GLOSS = re.compile(r"\s+\([^()]*\)\s*$")


def _is_department(text: str) -> bool:
    """Whether a line only names medical specialties, as a department signs a leaflet
    ("Orthopedie en podotherapie", "Longgeneeskunde", "Verloskunde en gynaecologie"), with its
    initials at most ("Keel-, Neus- en Oorheelkunde (KNO)": the parts before "-" share its ending)."""
    text = re.sub(r"\(\s*[A-Z&-]{2,8}\s*\)\s*$", "", text)
    words = [word.lower() for word in re.findall(r"[^\W\d_][\w'’-]*", text)]
    named = [word for word in words if word not in _NAME_PARTICLES and not word.endswith("-")]
    specialties = [word for word in named if not _is_department_word(word)]
    # an English specialty only after a department's word ("Department of Radiology"): alone,
    # "Dermatology" over a title glued to a hospital's name ("Dermatology – Scabies Rivierenland
    # Oost Hospital", a PDF's running header) made that line a masthead
    endings = _SPECIALTY_ENDINGS + (_ENGLISH_SPECIALTY_ENDINGS if len(specialties) < len(named) else ())
    return bool(specialties) and all(word.endswith(endings) for word in specialties)


_SPECIALTY_ENDINGS = ("logie", "pedie", "therapie", "kunde", "chirurgie", "zorg", "atrie", "iatrie",
                      "tetiek")  # "Diëtetiek, Isala Zwolle" (red team 44)
_ENGLISH_SPECIALTY_ENDINGS = ("logy", "pedics", "paedics", "therapy", "surgery", "iatry", "iatrics", "dietetics")


def _is_capitals_name(text: str) -> bool:
    """Whether a line in capitals is an organisation's name ("HUISARTSENPRAKTIJK DE BRINK -
    RAALTE", "SINT ANNA ZIEKENHUIS"). Case tells nothing here, so word order must: in a name
    the organisation's word opens it (after an article at most: "HET OOGZIEKENHUIS") or follows
    names, while a title puts a small word before it ("OPNAME IN HET ZIEKENHUIS")."""
    words = [word.lower() for word in re.findall(r"[^\W\d_][\w'’-]*", text)]
    if not 2 <= len(words) <= MAX_TITLE_WORDS:
        return False
    at = next((i for i, word in enumerate(words) if _ends_like(word, _ORGANISATION_WORDS)), None)
    if at is None:  # no organisation's word among the words: no name of one
        return False
    before = words[:at]
    return before in ([], ["de"], ["het"], ["the"]) or not set(before) & _NAME_PARTICLES


def _is_name(text: str) -> bool:
    """Whether a line of two words or more is a name: every word capitalised but the small
    ones ("Koninklijk Nederlands Genootschap voor Fysiotherapie"), not all in capitals as
    a shouted title is. A department may follow a dash or comma in lower case ("Ziekenhuis
    Amstelveld - afdeling Longziekten")."""
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    departments = {word.lower() for match in _LOWER_PARTNER_WORD.finditer(text)
                   if _ends_like(word := match[1] or match[2], _ORGANISATION_WORDS)}
    return 2 <= len(words) <= MAX_TITLE_WORDS and text.upper() != text \
        and all(word[0].isupper() or word.lower() in _NAME_PARTICLES or word in departments
                or at == 1 and _styled_lower(words[0], word) or _styled_last(words, at)
                for at, word in enumerate(words))


# A lower-case organisation's word a name may hold: a department after a dash or comma ("Ziekenhuis
# Amstelveld - afdeling Longziekten"), or a second sender after "en" with its own name after it
# ("Huisartsengroep Leidse Rijn en apotheek Vleuterweide", red team 54); "Zwangerschap en apotheek"
# names no one.
_LOWER_PARTNER_WORD = re.compile(r"(?:\s[-–]|,)\s+([a-z]\w*)|\s(?:en|and|&)\s+([a-z]\w*)(?=\s+[A-Z])")


def _styled_last(words: list[str], at: int) -> bool:
    """Whether an organisation's word in lower case ends a name of capitalised words, "en"
    between them at most ("Angst, Dwang en Fobie stichting", red team 49), after a word rare
    enough to be a name (`_styled_lower`): "Opname in Rijnstate ziekenhuis" puts a small word
    before it, and no name of one does."""
    return at == len(words) - 1 and at >= 2 and all(
        word[0].isupper() or word.lower() in ("en", "and", "&") for word in words[:at]) \
        and _styled_lower(words[at - 1], words[at])


# How rare (wordfreq's Zipf, Dutch) a name's first word is where the organisation's word after
# it is written small: "Gelre" 3.4, "Catharina" 3.5; "Onze", "Andere", "Nieuwe" 6, "Medisch" 4.5.
MAX_STYLED_NAME_ZIPF = 4.0


def _styled_lower(before: str, word: str) -> bool:
    """Whether an organisation's word in lower case goes on the name it follows, as some
    write their own ("Gelre ziekenhuizen", red team 35): right after the name's first word,
    where that word is a name, rare in Dutch, and no everyday word ("Onze praktijk", "Andere
    ziekenhuizen", "Opname in het ziekenhuis" are no names)."""
    if not (before[0].isupper() and _ends_like(word, _ORGANISATION_WORDS)):
        return False
    import wordfreq  # loaded only for a name so written

    return wordfreq.zipf_frequency(before, "nl") < MAX_STYLED_NAME_ZIPF


def is_title_shaped(block: Block, max_words: int = MAX_HEADING_WORDS) -> bool:
    """A single short line that starts like a title and does not end like a sentence.

    Questions count ("Hoe ontstaat FSGS?"); list items, labels ("Calcinose: ..."),
    date lines, table rows ("25 kg | 420 mg"), lines that name a file's path and lines ending in
    "." "," ":" or ";" do not.
    """
    if block.kind != "paragraph" or len(block.lines) != 1 or is_table_row(block.text):
        return False
    text = block.text
    words = text.split()
    if not words or len(words) > max_words or len(text) > 120:
        return False
    if not (text[0].isupper() or text[0].isdigit() or opens_elided(text)) or text.startswith("•"):
        return False
    if text[-1] in ".,;:!…" or re.search(r"\w: ", text) or is_date_line(text) or is_tool_report(text):
        return False  # a tool's report naming a file path ("1 events found in /tmp/…/x.ics") heads nothing
    return not _COLOPHON.fullmatch(text)


# Dutch elides an opening article or genitive ("'s Nachts vaak plassen", "'t Hoge woord", "'s-Hertogenbosch"),
# and writes the next word's capital: such a line opens as a capital's would.
_ELIDED_OPENING = re.compile(r"['’‘][stn][ \-](?=[^\W\d_])")


def opens_elided(text: str) -> bool:
    """Whether a line opens with an elided article and a capital after it ("'s Nachts …"):
    the line begins as one that opens with a capital, a title's or a sentence's (red team 56)."""
    opening = _ELIDED_OPENING.match(text)
    return bool(opening) and text[opening.end()].isupper()


def is_title_line(block: Block) -> bool:
    """Whether the first block is the leaflet's title: title-shaped, or a subject and
    what about it ("Coloscopie: voorbereiding en onderzoek"), or the question about it the
    leaflet answers ("De PSA-test: wel of niet laten prikken?").

    Words after the colon must be words, not a label's value (a phone number, a
    web address), and one word on each side is a label ("Afdeling: Urologie"). A label's
    value is a name or a number, never a question, so a question mark may end the words.
    """
    if is_title_shaped(block, max_words=MAX_TITLE_WORDS):
        return True
    subject, colon, about = block.text.partition(": ")
    about = about.removesuffix("?")
    if not colon or len(subject.split()) + len(about.split()) < 3 \
            or not (_WORDS.fullmatch(about) or _counted_about(about)):
        return False
    return is_title_shaped(replace(block, lines=(f"{subject} {about}",)), max_words=MAX_TITLE_WORDS)


MIN_COUNTED_ABOUT_WORDS = 3  # "24 of 48 uur een hartfilmpje": words enough to be no label's value


def _counted_about(about: str) -> bool:
    """Whether a title's words after its colon open with a count ("Holteronderzoek: 24 of 48
    uur een hartfilmpje", red team 48): numbers among words, enough words of letters that no
    label's value (a phone number, "Versie: 3", a date) reads so."""
    words = about.split()
    lettered = [word for word in words if _WORDS.fullmatch(word)]
    return bool(words) and words[0].isdigit() and len(lettered) >= MIN_COUNTED_ABOUT_WORDS \
        and all(word.isdigit() or _WORDS.fullmatch(word) for word in words) and not is_date_line(about)


def _opens_body(blocks: tuple[Block, ...], index: int) -> bool:
    """Whether the block after `index` is body text a heading can stand over: sentences,
    an item list (its bullets dropped too: `_bare_items_after_text`), a table of two rows or more,
    or contact details ("Contact" over an address or a phone number)."""
    if index + 1 >= len(blocks):
        return False
    follower = blocks[index + 1]
    text = follower.text
    if follower.kind == "list":  # items, or the rows of a table (a line each, also with no marks between cells)
        return text.startswith("•") or bool(re.match(r"\d{1,2}[.)]\s", text)) or is_table_row(follower.lines[0]) \
            or len(follower.lines) > 1 and text[:1].isupper() or _bare_items_after_text(blocks, index)
    if follower.kind == "paragraph" and is_table_row(text) and index + 2 < len(blocks) \
            and is_table_row(blocks[index + 2].lines[0]):
        return True  # a table whose rows stand apart ("Leeftijd | Startdosis per dag", ...)
    if follower.kind == "paragraph" and starts_lower(text) and text.endswith(";") and index + 2 < len(blocks) \
            and starts_lower(blocks[index + 2].text):
        return _labels_items(blocks, index)  # a bare list's items that cleaning set apart ("koude huid;", …)
    if follower.kind != "paragraph" or not text or not (text[0].isupper() or text[0].isdigit()
                                                          or text[0] in "‘“'\"("):
        return False
    if text.endswith("?") and is_title_shaped(follower):
        return False
    return ends_sentence(text) or text.endswith((":", ";")) or _gives_contact(blocks, index + 1)


MAX_LABEL_WORDS = 5  # "Typische klachten", "Mogelijke bijwerkingen": a list's label, no clause
# Words a clause breaks off at, never a label's last: a conjunction, a preposition, an article, a
# pronoun, an auxiliary ("Bel de huisarts als je", "Neem contact op bij"). A label ends in a noun.
_CLAUSE_WORDS = CONTINUATION_WORDS | _STOP_WORDS | DUTCH_STOP_WORDS | ENGLISH_STOP_WORDS


def _bare_items_after_text(blocks: tuple[Block, ...], index: int) -> bool:
    """Whether a line of a few words is the label of the list under it, its items in lower case
    with no bullet, where the text before the line ended its sentence ("... zakt de pijn binnen
    enkele minuten.", "Typische klachten", "een zwaar gevoel op de borst;", "pijn in de
    linkerarm;"): a web page's list as a text extractor writes it (boilerpy3, html-text: a line
    an item, the bullets gone). Cleaning kept each item apart from the line (it goes on no
    sentence of it), and after a sentence's end the line goes on no paragraph either: it heads
    its list as a heading heads a bulleted one. A longer line, or one with a comma, is a clause
    its items complete ("Je specialist schakelt vaak ook andere zorgverleners in, denk aan"), and
    so is a short one that breaks off at a word a clause goes on from ("Bel de huisarts als je"
    over "koorts hebt …;": `_CLAUSE_WORDS`).
    The items must be punctuated as a list's items are (`_punctuated_items`): a table's rows
    whose cells a PDF's reader ran together ("Klachten Advies Wie helpt" over "lichte pijn",
    "bewegen") are no list, and their header row no heading."""
    follower = blocks[index + 1]
    return len(follower.lines) > 1 and all(starts_lower(line) for line in follower.lines) \
        and _punctuated_items(follower.lines) and _labels_items(blocks, index)


def _labels_items(blocks: tuple[Block, ...], index: int) -> bool:
    """Whether a block may label the bare list under it (`_bare_items_after_text`): a few words
    that break off at no clause's word, after text that ended its sentence ("... kan onderkoeld
    raken." over "Hoe herkent u onderkoeling?" over "koude, bleke huid;")."""
    label = blocks[index].text
    before = blocks[index - 1] if index else None
    return len(label.split()) <= MAX_LABEL_WORDS and "," not in label and last_word(label) not in _CLAUSE_WORDS \
        and before is not None and before.kind != "heading" and ends_sentence(before.lines[-1])


def _punctuated_items(lines: tuple[str, ...]) -> bool:
    """Whether lines end as the items of a list written as one sentence do: each in ";" or ","
    or a full stop, the last in a full stop ("een zwaar gevoel;", ..., "moeheid.")."""
    return ends_sentence(lines[-1]) and all(ends_sentence(line) or line.endswith((";", ",")) for line in lines[:-1])


def _gives_contact(blocks: tuple[Block, ...], index: int) -> bool:
    """Whether a block gives contact details (an address, a phone number, an e-mail or web
    address), or is a name right over them."""
    return bool(_CONTACT.search(blocks[index].text)) or _names_contact(blocks, index) \
        or index == len(blocks) - 1 and _is_address_line(blocks[index])


MIN_ADDRESS_FIELDS = 3  # the organisation, where it is, its street: a sender's name and place are two


def _is_address_line(block: Block) -> bool:
    """Whether a line is an organisation's address that no number marks: its name, then where it
    is, apart by commas, and no sentence ("Polikliniek Dermatologie Tergooi MC, locatie Hilversum,
    Van Riebeeckweg": OCR lost the street number, phone and e-mail on the page's last lines, red
    team 39). Read so only as the text's last line, cut off there: elsewhere a list of names
    ("Nationale Vereniging voor Lupus, APS, Sclerodermie en MCTD (NVLE)") reads the same.
    "Contact" over it heads the section it opens."""
    fields = block.text.split(", ")
    return block.kind == "paragraph" and len(block.lines) == 1 and len(fields) >= MIN_ADDRESS_FIELDS \
        and not ends_sentence(block.text) and _is_organisation(fields[0])


def _names_contact(blocks: tuple[Block, ...], index: int) -> bool:
    """Whether a block is a name on a line of its own right over contact details
    ("Huisartsenpraktijk De Linde" over its address)."""
    block = blocks[index]
    return index + 1 < len(blocks) and block.kind == "paragraph" and len(block.lines) == 1 \
        and _is_name(block.text) and bool(_CONTACT.search(blocks[index + 1].text))


def split_glued_questions(clean: CleanText) -> tuple[Block, ...]:
    """The blocks, with a question heading split from the text that follows it on the next line.

    Cleaning joins "Wat is een blaaskatheter?" with the line under it when no
    blank line comes between (a question ends like a sentence), which would lose
    the heading in its paragraph. The first line of a paragraph is split off only
    when it is one title-shaped question over body text and clearly shorter than
    a full line of the document: a hard-wrapped paragraph's first line fills the
    width and ends at a question only by chance.
    """
    starts = sorted({at for at, _ in clean.origins})
    lines = [_line_starts(block, starts) for block in clean.blocks]
    width = _full_width([b - a for cuts in lines for a, b in zip(cuts, cuts[1:])])
    out: list[Block] = []
    closing = _closing_block(clean.blocks)
    for index, (block, cuts) in enumerate(zip(clean.blocks, lines)):
        parts = _split_sender(clean.text, block, cuts) if index == 0 \
            else _split_date(clean.text, block, cuts) if index == closing else (block,)
        out.extend(parts if len(parts) > 1 else _split_question(clean.text, block, cuts, width))
    return tuple(out)


def _closing_block(blocks: tuple[Block, ...]) -> int:
    """The last block of the leaflet's text: only date lines and the leaflet's number, metadata
    in no section, may follow it ("Patiënteninformatie CAR-114", "Uitgave: mei 2025")."""
    return next((index for index in range(len(blocks) - 1, -1, -1)
                 if not (_is_date_block(blocks[index]) or _is_reference(blocks[index]))), 0)


def _split_date(text: str, block: Block, cuts: list[int]) -> tuple[Block, ...]:
    """The leaflet's last paragraph and the date line that ends it, where cleaning joined a line
    that states the leaflet's own date ("Laatst herzien: 12 december 2025", "Uitgave: juni
    2025") to the sentence on the line above (contact details closing the leaflet): a date line
    is metadata in no section (`_sections`) wherever it stands alone, and glued to the last
    passage it answered nothing. Only such a line (`is_revision_line`) closing the leaflet: a
    "Datum: 13 november 2025" under a sentence, there or anywhere, dates the evening or the
    appointment the sentence names. The line above must end a sentence: a wrapped sentence may
    go on with words that read as a date statement ("... is" over "herzien op 12 maart 2024").
    Else the block unchanged."""
    if block.kind != "paragraph" or len(cuts) < 3:
        return (block,)
    head, date = text[block.start:cuts[-2]].rstrip(), text[cuts[-2]:block.end]
    if not ends_sentence(head) or not is_revision_line(date):
        return (block,)
    return (Block("paragraph", block.start, block.start + len(head), (head,)),
            Block("paragraph", cuts[-2], block.end, (date,)))


MAX_TITLE_LINES = 2  # a title over its sender line, in the first block: wrapped once at most


def _split_sender(text: str, block: Block, cuts: list[int]) -> tuple[Block, ...]:
    """The first block as the title and the organisation's name on the line under it, where
    cleaning joined them as one wrapped paragraph ("Warm weer en hitte: tips voor ouderen en
    mantelzorgers" over "Thuiszorg Rivierenland", no blank line between): a cover's sender
    line, no words of the title (`_cover_lines` sets it aside). The title may be two lines its
    source wrapped ("Duimzuigen en de speen:" over "wanneer stoppen?", joined as one heading:
    `wrapped_title`), the sender then the third. Else the block unchanged."""
    if block.kind != "paragraph" or not 3 <= len(cuts) <= 2 + MAX_TITLE_LINES:
        return (block,)
    head, tail = text[block.start:cuts[-2]].rstrip(), text[cuts[-2]:block.end]
    title = Block("paragraph", block.start, block.start + len(head), (" ".join(head.split()),))
    sender = Block("paragraph", cuts[1], block.end, (tail,))
    if head and _is_masthead_line(sender) and not _is_masthead_line(title) and is_title_line(title):
        return title, sender
    return (block,)


def _line_starts(block: Block, starts: list[int]) -> list[int]:
    """Where each source line joined into `block` starts, and where the block ends."""
    inner = starts[bisect_right(starts, block.start):bisect_left(starts, block.end)]
    return [block.start, *inner, block.end]


def _full_width(lengths: list[int]) -> int:
    """The length of a full line, as cleaning measures it."""
    return max(full_width(lengths) or 80, 20)


def _split_question(text: str, block: Block, cuts: list[int], width: int) -> tuple[Block, ...]:
    """`block` as a question heading and its body, or unchanged."""
    if block.kind != "paragraph" or len(cuts) < 3:
        return (block,)
    head = text[block.start:cuts[1]].rstrip()
    if not _QUESTION_LINE.fullmatch(head) or len(head) >= 0.6 * width:
        return (block,)
    question = Block("paragraph", block.start, block.start + len(head), (head,))
    body = Block("paragraph", cuts[1], block.end, (text[cuts[1]:block.end],))
    if is_title_shaped(question) and _opens_body((question, body), 0):
        return question, body
    return (block,)


def _nest_announced(found: list[Heading], blocks: tuple[Block, ...]) -> list[Heading]:
    """Make headings that a section's short intro announces its subsections.

    "Verschillende vormen" opens with "We onderscheiden twee vormen: 1. lokale
    sclerodermie 2. systemische sclerose." and the next two headings are exactly
    those: they become its subsections. Only an intro that names at least two of
    the headings right after it counts, so a passing mention never nests a
    heading; question headings always stay sections. Each of them must have a word
    of its own that the intro names: headings that share their words ("Voor de
    injectie", "De injectie", "Na de injectie") are named by no intro that says
    "injectie" (red team 48: siblings after "Hoe vaak?" were nested under it).
    """
    out = list(found)
    index = 0
    while index < len(out):
        parent = out[index]
        run = index + 1
        if parent.level == 2:
            run = max((_announced_run(out, index, intro) for intro in _own_intro_words(blocks, parent, out, index)),
                      default=run)
        if run - index - 1 >= 2 and _told_apart(out[index + 1:run]):
            for child in range(index + 1, run):
                out[child] = Heading(out[child].text, 3, out[child].block)
            index = run
        else:
            index += 1
    return out


# A heading repeated so often, alone at its rank with nothing of its own under it, is a template's.
MIN_TEMPLATE_REPEATS = 3


def _without_template_headings(found: list[Heading], blocks: tuple[Block, ...]) -> list[Heading]:
    """Drop the headings that a template repeats: every heading of a rank under one parent says the
    same words, `MIN_TEMPLATE_REPEATS` times or more, and none has text of its own (a heading, or
    the end, right after it). A rank of sections that one name fills tells a reader nothing apart,
    and a section with no words is none: a slide tool's hidden block for the presenter's notes
    (darkslide's `<h1>Presenter Notes</h1>` over an empty `<section>`, on every slide) was read as
    the parent of every slide's `<h2>`, and every passage was cited under "Presenter Notes". A
    name repeated beside other siblings is a section of each of several leaflets in one file (a
    medicine's "6. Inhoud van de verpakking" after its "1." to "5.", in each of its package
    leaflets) and stays; so does the leaflet's first heading, its title."""
    siblings: dict[tuple[int, int | None], list[int]] = {}
    stack: list[Heading] = []
    for index, heading in enumerate(found):
        while stack and stack[-1].level >= heading.level:
            stack.pop()
        if index or heading.level > 1:
            siblings.setdefault((heading.level, stack[-1].block if stack else None), []).append(index)
        stack.append(heading)
    dropped = {index for indexes in siblings.values() if len(indexes) >= MIN_TEMPLATE_REPEATS
               and len({" ".join(found[index].text.split()) for index in indexes}) == 1
               and all(_heads_nothing_of_its_own(blocks, found[index]) for index in indexes) for index in indexes}
    return [heading for index, heading in enumerate(found) if index not in dropped]


def _heads_nothing_of_its_own(blocks: tuple[Block, ...], heading: Heading) -> bool:
    """Whether a heading has no text under it before the next heading or the end."""
    return heading.block + 1 >= len(blocks) or blocks[heading.block + 1].kind == "heading"


def _nest_under_empty(found: list[Heading], blocks: tuple[Block, ...]) -> list[Heading]:
    """Put a heading that stands right under one of its own rank, with no text between
    ("When should you call the GP?" over "Call the GP straight away if" over its list, both
    `##`), one level under it, with the headings it opens: the first heads no text of its own,
    and as a sibling its section was empty and its words lost from every passage. Only a pair
    between text counts: a run of three headings or more is a table of contents set in the
    headings' type ("a. Inleiding", "b. Een injectie voorbereiden", ...); a word alone is a
    figure's label ("FOUT", "Stap"), and the leaflet's first heading or the label a medicine
    leaflet opens with ("Bijsluiter: informatie voor de gebruiker") is a title not known as
    one, which heads the whole leaflet, not the next heading alone."""
    out = list(found)
    by_block = {h.block for h in found}
    for index in range(1, len(out) - 1):
        head, below = found[index], found[index + 1]
        if head.level < 2 or below.level != head.level or below.block != head.block + 1 \
                or head.block - 1 in by_block or below.block + 1 in by_block or below.block + 1 >= len(blocks) \
                or len(head.text.split()) < 2 or GENERIC_TITLE.fullmatch(head.text.strip(" .")):
            continue
        for at in range(index + 1, len(out)):
            if at > index + 1 and found[at].level <= below.level:
                break
            out[at] = Heading(found[at].text, out[at].level + 1, found[at].block)
    return out


_OUTLINE_NUMBER = re.compile(r"(\d{1,2}(?:\.\d{1,2})*)\.?\s")


def _nest_numbered(found: list[Heading]) -> list[Heading]:
    """Put a sub-numbered heading ("2.1 Oefeningen") one level under the heading that
    carries its parent number ("2. De eerste 6 weken"), as the numbering says."""
    levels: dict[str, int] = {}
    out: list[Heading] = []
    for heading in found:
        number = _OUTLINE_NUMBER.match(heading.text)
        if number and heading.level > 1:
            parent = number.group(1).rpartition(".")[0]
            level = levels[parent] + 1 if parent in levels else heading.level
            levels[number.group(1)] = level
            heading = Heading(heading.text, level, heading.block)
        out.append(heading)
    return out


def _told_apart(headings: list[Heading]) -> bool:
    """Whether each heading has a content word that none of the others has."""
    words = [_content_words(heading.text) for heading in headings]
    return all(own - set().union(*(other for at, other in enumerate(words) if at != index))
               for index, own in enumerate(words))


def _announced_run(found: list[Heading], index: int, intro: set[str]) -> int:
    """Past the last heading after `found[index]` that `intro` names, each in turn (no question)."""
    run = index + 1
    while run < len(found) and not found[run].text.endswith("?") and \
            _content_words(found[run].text) <= intro and _content_words(found[run].text):
        run += 1
    return run


def _own_intro_words(blocks: tuple[Block, ...], heading: Heading, found: list[Heading],
                     position: int) -> list[set[str]]:
    """The words of each statement in a section's own short intro (none when it has none or a
    long one): a paragraph, or a line that ends in a colon with what follows it ("We
    onderscheiden twee vormen:" over its list). The headings an intro announces are named in
    one statement: a section's own list of steps, a paragraph each ("Laat iemand een AED
    halen.", "Begin direct met borstcompressies."), names the next sections in passing, one
    here and one there, and does not make them its subsections (red team 54)."""
    end = found[position + 1].block if position + 1 < len(found) else len(blocks)
    own = blocks[heading.block + 1:end]
    if not own or len(re.findall(r"[^\W\d_]+", " ".join(b.text for b in own))) > MAX_INTRO_WORDS:
        return []
    statements: list[str] = []
    announced = False
    for block in own:
        if announced:
            statements[-1] += " " + block.text
        else:
            statements.append(block.text)
            announced = block.text.rstrip().endswith(":")
    return [set(words) for text in statements if (words := re.findall(r"[^\W\d_]+", text.lower()))]


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[^\W\d_]+", text.lower()) if w not in _STOP_WORDS}


# ---------------------------------------------------------------- sections


def _sections(blocks: tuple[Block, ...], headings: list[Heading], cover_too: set[int] = frozenset(),
              publisher: str = "") -> list[Section]:
    """Body blocks grouped under their heading paths, in document order.

    Date lines and the lines of the cover (`_cover_lines`) are metadata and belong to no
    section; a colophon opener starts a section with an empty path that lasts until the
    next heading. A heading with neither body nor sub-heading under it that states something
    (`_states`) is its own body: its words were in no passage (red team 36).
    """
    by_block = {h.block: h for h in headings}
    cover = _cover_lines(blocks, headings, publisher) | cover_too
    lead = _lead_lines(blocks, headings, cover)
    echoes = _echoes(blocks, headings)
    carried: list[Block] = []
    stack: list[Heading] = []
    sections: list[Section] = []
    current: list[Block] = []
    path: tuple[str, ...] = ()
    opener: Block | None = None

    def flush(leaf: bool = True) -> None:
        nonlocal opener
        if not current and leaf and opener is not None and _states(opener):
            current.append(opener)  # a heading with nothing under it: its words are its body
        if current:
            sections.append(Section(path, tuple(current), opener))
            current.clear()
        opener = None

    for index, block in enumerate(blocks):
        heading = by_block.get(index)
        if heading:
            flush(leaf=bool(stack) and heading.level <= stack[-1].level)
            while stack and stack[-1].level >= heading.level:
                stack.pop()
            stack.append(heading)
            path = tuple(h.text for h in stack if h.level > 1)
            opener = block if heading.level > 1 else None
            if heading.level > 1:
                current.extend(carried)
                carried.clear()
        elif index in lead:
            carried.append(block)
        elif index in cover or _is_date_block(block):
            flush()
        elif block.kind == "heading" or index in echoes:
            continue
        else:
            if block.kind == "paragraph" and _COLOPHON.fullmatch(block.lines[0]):
                flush()
                stack, path = [h for h in stack if h.level == 1], ()
            current.append(block)
    flush()
    return sections


def _states(block: Block) -> bool:
    """Whether a heading's words say something a reader must find, not a label's: a sentence
    (a full stop, "!" or ";" ends it; a question heading nothing asks nothing) or contact
    details. A converter marked a closing section's lines as headings ("Polikliniek
    Dermatologie: 040 239 91 11."), and with nothing under them they were in no passage (red
    team 36); a label heading nothing (a running header, a form's "Mijn dagboek") stays out."""
    text = block.text.rstrip()
    return bool((ends_sentence(text) or text.endswith(";")) and not text.endswith("?") or _CONTACT.search(text))


def _echoes(blocks: tuple[Block, ...], headings: list[Heading]) -> set[int]:
    """The short lines right over a heading that opens with all their words ("Bel direct"
    over "Bel direct de huisarts als"): a page's section heading over its box's lead, which a
    text dump sets as two lines where the markup made one a heading and the other bold. The
    heading says it all; left as text, the line ended the section before as a stub."""
    headed = {h.block: h for h in headings if h.level > 1}
    found: set[int] = set()
    for index in range(len(blocks) - 1):
        block, heading = blocks[index], headed.get(index + 1)
        if heading is None or index in headed or block.kind != "paragraph" or len(block.lines) != 1 \
                or ends_sentence(block.text):
            continue
        words, heading_words = _WORD.findall(block.text.casefold()), _WORD.findall(heading.text.casefold())
        if words and len(words) < len(heading_words) and heading_words[:len(words)] == words:
            found.add(index)
    return found


def _lead_lines(blocks: tuple[Block, ...], headings: list[Heading], cover: set[int]) -> set[int]:
    """The lines right under the title, over the first section's heading, that are no cover
    (a subtitle too long for one: "Röntgenfoto van de borsten op verwijzing van uw huisarts")
    and no sender or date: text of the leaflet, which `_sections` puts first in the first
    section. A section of their own was a stub of a few words with no heading."""
    title = next((h.block for h in headings if h.level == 1), None)
    headed = {h.block for h in headings if h.level > 1}
    if title is None:
        return set()
    lines: set[int] = set()
    for index in range(title + 1, min(title + 1 + MAX_MASTHEAD_LINES, len(blocks))):
        block = blocks[index]
        if index in headed:
            return lines
        if index in cover or not is_title_shaped(block, max_words=MAX_TITLE_WORDS) or _sender_line(block) \
                or find_updated(block.text, unlabelled=True):
            return set()
        lines.add(index)
    return set()


def _cover_lines(blocks: tuple[Block, ...], headings: list[Heading], publisher: str = "") -> set[int]:
    """The blocks of a cover around the title that are no leaflet text: an organisation's
    name or its contact details on a line of their own (set as a heading or not), and a
    short subtitle or two right under the title that open no body ("Informatie voor
    patiënten", "Voorlichtingsbijeenkomst bekkenfysiotherapie").

    Only lines before the first section and before any body text count, and only when a
    section or body text follows them: a leaflet of nothing but such lines keeps them. As
    passages they would be stubs of a few words that answer no question, yet a search that
    does not understand a query (a lone brand name) ranks such stubs first; the organisation
    is the leaflet's publisher, which the catalog names.
    """
    first_section = min((h.block for h in headings if h.level > 1), default=len(blocks))
    title = next((h.block for h in headings if h.level == 1), None)
    contact = _contact_under_title(blocks, headings)
    found: set[int] = set()
    for index in range(first_section):
        block = blocks[index]
        if index in contact:  # who to reach, right under the title: text, as a contact section is; its
            if _sender(blocks, {index}):  # organisation's name publishes the leaflet
                found.add(index)
                continue
            return found
        if _is_dated_letterhead(block):  # its sender publishes the leaflet, its date dates it
            found.add(index)
            continue
        if index == title or _is_date_block(block) or title is not None and block.kind == "heading" \
                and _same_words(block.text, blocks[title].text):  # a title page's copy (`_without_title_pages`)
            continue
        if title is not None and _is_lone_date(block):
            found.add(index)
            continue
        under_title = title is not None and title < index <= title + MAX_MASTHEAD_LINES
        if not (_is_masthead_line(replace(block, kind="paragraph") if block.kind == "heading" else block)
                or _names(block, publisher) or under_title and (_is_subtitle(blocks, index) or _is_byline_line(block))
                or _over_title(blocks, index, title) or (title is None or index < title) and _is_byline_line(block)):
            if _is_reference(block):  # the leaflet's number stays text, and the cover goes on
                continue
            if title is not None and index < title:  # text before a marked title (a mail's greeting) ends no cover under it
                continue
            return found
        found.add(index)
    return found if first_section < len(blocks) else set()


# Between the fields of a byline: "Stichting Hartwijzer, vereniging voor ...", "Poli X – Ziekenhuis Y".
_BYLINE_FIELD_GAP = re.compile(r",\s+|\s[-–—|·]\s")


def _split_fields(text: str, gap: re.Pattern[str]) -> list[str]:
    """A masthead's fields apart by `gap`, a name's list kept whole: the comma before a list that
    ends "X en Y" separates no fields where what comes before it opens the list, a capitalised
    word alone or after "van"/"voor" ("Ministerie van Volksgezondheid, Welzijn en Sport", "Angst,
    Dwang en Fobie stichting (ADF)", "Vereniging voor Lupus, APS, Sclerodermie en MCTD"): cut
    there, the list's words read as no sender's and the name without them as the whole one."""
    fields: list[str] = []
    gaps: list[str] = []
    start = 0
    for match in gap.finditer(text):
        fields.append(text[start:match.start()])
        gaps.append(match.group())
        start = match.end()
    fields.append(text[start:])
    joined: list[str] = [fields[0]]
    at = 0
    while at + 1 < len(fields):
        end = _list_end(fields, gaps, at) if _opens_list(joined[-1]) else None
        if end is None:
            joined.append(fields[at + 1])
            at += 1
            continue
        joined[-1] += "".join(gaps[step] + fields[step + 1] for step in range(at, end))
        at = end
    return joined


_LIST_END = re.compile(r"\s*[A-Z][\w'’-]*\s+(?:en|and|&)\s+[A-Z]")


def _opens_list(field: str) -> bool:
    """Whether a field may open a name's list: its last word capitalised, alone or after "van",
    "voor", "of" or "for" ("Angst", "Ministerie van Volksgezondheid")."""
    words = field.split()
    return bool(words) and words[-1][:1].isupper() and words[-1].isalpha() and (
        len(words) == 1 or words[-2].lower() in ("van", "voor", "of", "for"))


def _list_end(fields: list[str], gaps: list[str], at: int) -> int | None:
    """The field that ends a name's list opened by field `at`, through commas only and
    capitalised words alone between ("APS", "Sclerodermie"), or None."""
    for step in range(at, len(gaps)):
        if gaps[step].strip() != ",":
            return None
        following = fields[step + 1]
        if _LIST_END.match(following):
            return step + 1
        if len(following.split()) != 1 or not following.strip()[:1].isupper():
            return None
    return None


def _is_byline_line(block: Block) -> bool:
    """Whether a line says who sends the leaflet, whatever else it adds: one line that ends no
    sentence, one of whose fields (set apart by commas or dashes) is an organisation's name
    ("Stichting Hartwijzer, vereniging voor mensen met hartritmestoornissen en hun naasten",
    "Poli Longziekten, Ziekenhuis Rijnoever – informatieavond"). What follows the name describes
    the sender or the occasion, not the subject: under the title it is the cover's byline, too
    long for a subtitle (`_is_subtitle`), and as a passage of its own it stood first for
    questions its words half matched."""
    fields = _split_fields(block.text, _BYLINE_FIELD_GAP)
    return is_title_shaped(block, max_words=MAX_TITLE_WORDS) and len(fields) > 1 \
        and (any(_is_organisation(field.strip()) for field in fields) or bool(_partnered_name(fields)))


def _partnered_name(fields: list[str]) -> str:
    """The sender a byline names before its partner ("Stichting Sepsis en daarna, in samenwerking
    met de Intensive Care van het Amphia Ziekenhuis Breda", red team 56): a first field of a name's
    length that opens with an organisation's word and a capitalised word, the next field opening
    with a partner's phrase (`_PARTNER`). A foundation's name may go on in small words ("Sepsis en
    daarna") that no name of capitalised words reads (`_is_name`); the partner after it says the
    field before is who sends the leaflet. "" otherwise."""
    if len(fields) < 2 or not _PARTNER.match(fields[1].strip()):
        return ""
    first = fields[0].strip()
    words = first.split()
    named = len(words) >= 2 and _is_name_short(first) and _ends_like(words[0], _ORGANISATION_WORDS) \
        and not _is_department_word(words[0]) and words[1][:1].isupper() and not _CONTACT.search(first)
    return first if named else ""


def _sender(blocks: tuple[Block, ...], cover: set[int]) -> str:
    """The organisation a cover line names, alone or as a byline's field ("Huisartsenpraktijk
    De Linde", "Stichting Hartwijzer, vereniging voor ..."): who sends the leaflet, where no
    catalog or metadata says so. An institution (a hospital, a practice, a foundation) is
    preferred to a centre or clinic that may be part of one; a department ("Afdeling
    Cardiologie", "Polikliniek Neurologie") is no sender, nor is a partner that a line such
    as "In samenwerking met" names. The first of the most likely is the sender."""
    names: list[str] = []
    partner = False
    for index in sorted(cover):
        block = blocks[index]
        if block.kind == "list" or len(block.lines) != 1:
            continue
        if _PARTNER.match(block.text):  # its partner named on it, or, the label alone, on the next line
            partner = _PARTNER.fullmatch(block.text.strip(" :")) is not None
            continue
        if partner:
            partner = False
            continue
        fields = _split_fields(_undated(block.text), _SENDER_FIELD_GAP)
        named = [name for name in (_sender_name(_GLOSS.sub("", _SENT_BY.sub("", field.strip()))) for field in fields)
                 if name]
        if past_part := _named_past_part(fields):
            named = [past_part]  # "Hartcentrum, afdeling Cardiologie, Isala Zwolle": the hospital, not its centre
        if not named and (described := _described_name(fields)):
            named = [described]
        if not named and len(fields) > 1 and _is_fielded_sender(block.text) and _is_practice_name(fields[0].strip()):
            named = [fields[0].strip()]  # "Fysiotherapie De Linde, Apeldoorn"
        if not named and (after_department := _named_after_department(fields)):
            named = [after_department]  # "Polikliniek Dermatologie, Tergooi MC, Hilversum"
        if not named and (before_department := _named_before_department(fields)):
            named = [before_department]  # "Amphia Breda, Kinderlongpoli"
        if not named and (partnered := _partnered_name(fields)):
            named = [partnered]  # "Stichting Sepsis en daarna, in samenwerking met …"
        names += named
    return max(names, key=lambda name: any(_ends_like(word, _INSTITUTION_WORDS) for word in name.split()),
               default="")


# A date's own field may hold a few of a byline's gaps ("Last updated: January 3, 2026"): the
# last this many gaps of a line are where its date field may open.
MAX_DATE_FIELD_GAPS = 3


def _undated(line: str) -> str:
    """A masthead line without the date field that ends it ("Dermatologie, Rijnstate Ziekenhuis
    Arnhem | Laatst bijgewerkt: december 2025", a newsletter's header under its title, red team
    58; "Huisartsenpraktijk De Linde – Utrecht, 12 maart 2026"): the rules that read a sender
    among a masthead's fields allow only places, departments or contact details beside the name,
    and a date beside it made the line name none. The date field is the longest tail after one
    of the line's last gaps that states only a date (`is_date_line`) and holds no meta line's
    gap itself (else the sender's field before it would go with it); the line as it is where
    none does."""
    gaps = list(_SENDER_FIELD_GAP.finditer(line))[-MAX_DATE_FIELD_GAPS:]
    for gap in gaps:
        tail = line[gap.end():]
        if not META_GAP.search(tail) and is_date_line(tail):
            return line[:gap.start()]
    return line


def dated_sender(line: str) -> str:
    """The organisation a line names before the date field that ends it ("GGZ Rivierduinen,
    Centrum Eetstoornissen Ursula | Laatst bijgewerkt: maart 2026", a newsletter's header line
    under its title, red team 58), as the cover rule reads it (`_sender`); "" where no date
    ends the line or what stands before it ends a sentence. An HTML reader drops such a line as
    the page's metadata, its date read apart (`ingest.html.page_dates`): its sender is the
    publisher that a plain text's cover gives."""
    text = " ".join(line.split())
    if len(text.split()) > MAX_TITLE_WORDS:
        return ""
    sender = _undated(text)
    return "" if sender == text or ends_sentence(sender) else organisation_in(sender)


def running_sender(lines: list[str]) -> str:
    """The organisation a running header or footer names where it is a masthead and nothing
    else (`_is_running_masthead`): "Maas & Kempen Ziekenhuis · Chirurgie · patiënteninformatie"
    at the top of every page, a man page's footer "Neurologie, Zorggroep Amstelland". A PDF's
    reader takes a cover line that the next page repeats for a running header, and a man page's
    footer names its source: the cover rule never sees either line. The tail of a line after a
    field's separator, which the furniture also lists on its own, is no line of its own."""
    seen: dict[str, None] = {}  # the lines so far, each once (a running line repeats on every page)
    mastheads: dict[str, bool] = {}
    blocks: list[Block] = []
    for line in (" ".join(line.split()) for line in lines):
        if line and line not in mastheads:  # asked once a line, the costlier question last
            mastheads[line] = _is_running_masthead(line) and not any(earlier.endswith(f" {line}") for earlier in seen)
        if line and mastheads[line]:
            blocks.append(Block("paragraph", 0, len(line), (line,)))
        seen[line] = None
    return _sender(tuple(blocks), set(range(len(blocks))))


def _is_running_masthead(line: str) -> bool:
    """Whether a running header's or footer's line is a masthead: an organisation's short name
    alone ("Anna Ziekenhuis Geldrop"), or fields, one an organisation's name and each other a
    department, what the text is ("patiënteninformatie"), contact details or a date. A row of
    menu words run into the name ("Martini-Noord Ziekenhuis Patiënten Bezoekers Afdelingen") or
    a field of no such kind ("Privacy", the title) makes the line a site's or a page's, and the
    name in it no publisher to cite; nor is a name with a number in it (a page number run into it)."""
    fields = [field.strip() for field in _split_fields(line, _SENDER_FIELD_GAP)]
    named = [_is_organisation(field) and len(field.split()) <= MAX_MASTHEAD_WORDS
             and not re.search(r"\d", field) for field in fields]
    return any(named) and all(
        name or _is_department(field) or _is_department_word(field.split()[0]) or _CONTACT.search(field)
        or is_date_line(field) or _DOCUMENT_NAME.fullmatch(field) for field, name in zip(fields, named) if field)


def publisher_in(line: str) -> str:
    """The publisher a line names that the document marks as naming it (a paragraph style named
    "Publisher", docutils' Organization field, a section headed "Uitgever"): the organisation the
    cover rule reads in it (`_sender`), else its first field where that is a short name and no
    department ("Sportfysiotherapie Het Kuitenpad, Leiden", "Isala · Cardiologie"): no word in it
    says it is an organisation, the mark does. "" for a department or a partner alone, or the
    label alone ("Organisatie:", a docinfo field's name)."""
    text = " ".join(line.split())
    labelled = _LABELLED_LINE.fullmatch(text)
    text = labelled["value"] if labelled else text
    if not text or _PUBLISHER_LABEL.fullmatch(text):
        return ""
    named = organisation_in(text)
    if named or _PARTNER.match(text):
        return named
    first = _GLOSS.sub("", _SENT_BY.sub("", _split_fields(text, _SENDER_FIELD_GAP)[0].strip()))
    return first if _is_marked_name(first) else ""


def organisation_in(line: str) -> str:
    """The organisation a line names as the cover rule reads it (`_sender`): "Stichting Kanker
    en Haar" of "Stichting Kanker en Haar, patiëntenvereniging"; "" where no word of it says it
    is one (a site's section, "Gezondheid A-Z"), for a line no mark points at as the publisher's."""
    return _sender((Block("paragraph", 0, len(line), (line,)),), {0})


def _is_marked_name(text: str) -> bool:
    """Whether a field a publisher's mark points at reads as a name: a few words, capitalised,
    no sentence, no date or contact details, no department and no small opening word."""
    words = text.split()
    return bool(words) and text[:1].isupper() and _is_name_short(text) and not _is_department(text) \
        and not _is_department_word(words[0]) and words[0].lower() not in _SMALL_OPENING_WORDS \
        and not _CONTACT.search(text) and not is_date_line(text)


# A label that says the text under or after it names the publisher: a man page's "UITGEVER"
# section, a colophon's "Uitgave:", "Published by"; a medicine leaflet's licence holder or maker
# (an SPL label's "Packager:", EMA's "Houder van de vergunning voor het in de handel brengen:", red team 50).
_MEDICINE_PUBLISHER_WORDS = (r"houder\s+van\s+de\s+(?:handels)?vergunning(?:\s+voor\s+het\s+in\s+de\s+handel\s+brengen)?"
                             r"(?:\s+en\s+fabrikant)?|fabrikant|packager|manufacturer|labeler"
                             r"|marketing\s+authori[sz]ation\s+holder(?:\s+and\s+manufacturer)?")
_PUBLISHER_WORDS = (r"uitgever|uitgave|uitgegeven\s+door|publisher|published\s+by|organisatie|organi[sz]ation|"
                    + _MEDICINE_PUBLISHER_WORDS)
_PUBLISHER_LABEL = re.compile(rf"(?:{_PUBLISHER_WORDS})\s*:?", re.IGNORECASE)
_LABELLED_LINE = re.compile(rf"(?:{_PUBLISHER_WORDS})\s*:\s*(?P<value>\S.*)", re.IGNORECASE)


def _labelled_sender(blocks: tuple[Block, ...], headings: list[Heading]) -> str:
    """The publisher a line names that a label marks (`publisher_in`): the first line under a
    heading "Uitgever" or "Publisher" (a man page's section over "Ziekenhuis Oost-Achterhoek ·
    Neurologie"), or a line "Uitgave: ..." of its own; for a leaflet whose cover names none."""
    headed = {h.block for h in headings if h.level > 1 and _PUBLISHER_LABEL.fullmatch(h.text.strip())}
    marked = [block.text for index, block in enumerate(blocks) if block.kind == "paragraph" and len(block.lines) == 1
              and (index - 1 in headed or _LABELLED_LINE.fullmatch(block.text.strip()))]
    return next((name for name in map(publisher_in, marked) if name), "")


def _sender_name(text: str) -> str:
    """An organisation's name in a cover field, without a department after it ("Medisch
    Centrum Zuiderhaven Polikliniek Neurologie", "Amstelland Hartcentrum Cardiologie"), a second
    name that a logo row set beside it ("Ziekenhuis Rijnoever Stichting Apneu Nederland") or
    the kind of text run into it ("Ziekenhuis Gelderse Vallei Patiëntenfolder"); "" where the
    field names none, or only a department, or opens with a small word ("Over het
    Slaapcentrum") or a sign ("© 2026 GGD ...", ". Oogziekenhuis": no name opens so). A
    specialty before a hospital's or a practice's name goes ("Kinderorthopedie Maasstad
    Ziekenhuis"), and a centre's one word over its hospital's name gives the hospital
    ("Vaatcentrum Ziekenhuis Amstelland")."""
    words = text.split()
    if not words or not _is_organisation(text) or _opens_small(words) \
            or _is_department_word(words[0]) or not (words[0][:1].isalnum() or words[0][:1] in "'’"):
        return ""
    cut = next((position for position, word in enumerate(words[1:], 1)
                if _is_department_word(word) or _DOCUMENT_NAME.fullmatch(word) or _opens_second_sender(words, position)
                or _ends_like(words[0], _ORGANISATION_WORDS) and word[:1].isupper()
                and _ends_like(word, _ORGANISATION_WORDS)), len(words))
    while cut > 2 and _is_department(words[cut - 1]) and words[cut - 2].lower() not in _NAME_PARTICLES \
            and _is_organisation(" ".join(words[:cut - 1])):
        cut -= 1  # a specialty after the name ("Hartcentrum Cardiologie"), not in it ("Centrum voor Geriatrie")
    if _is_split_compound(words, cut) and _is_organisation(" ".join(words[:cut - 1])):
        cut -= 1  # "ICD polikliniek": "ICD-polikliniek", its hyphen lost (a speech script's, red team 51)
    # not where a particle joins the specialty to the name ("Fysiotherapie en Huisartsen Gezondheidscentrum X")
    start = 1 if cut > 2 and _is_department(words[0]) and words[1].lower() not in _NAME_PARTICLES and any(
        _ends_like(word, _INSTITUTION_WORDS) for word in words[1:cut]) else 0
    # a specialty before a hospital's or a practice's name ("Kinderorthopedie Maasstad Ziekenhuis", red team 35)
    if cut == 1 and len(words) > 2:  # a centre's one word over its hospital's name ("Vaatcentrum Ziekenhuis Amstelland")
        return _sender_name(" ".join(words[1:]))
    return " ".join(words[start:cut]) if cut > 1 or _is_compound_name(text) else ""


def _opens_second_sender(words: list[str], at: int) -> bool:
    """Whether "en" ("and", "&") at `at` joins a second organisation to the sender's name
    ("Huisartsengroep Leidse Rijn en apotheek Vleuterweide", red team 54): an organisation's word
    follows it, and the words before it name an organisation of their own. The first named sends
    the leaflet; "Centrum Jeugd en Gezin" names one centre, as no organisation's word follows "en"."""
    return words[at].lower() in ("en", "and", "&") and at + 1 < len(words) \
        and _ends_like(words[at + 1], _ORGANISATION_WORDS) and _is_organisation(" ".join(words[:at]))


def _is_split_compound(words: list[str], cut: int) -> bool:
    """Whether the department word at `cut`, in lower case, follows an abbreviation in capitals
    that it forms one word with ("ICD polikliniek", "KNO afdeling"): a text-to-speech normaliser
    drops the hyphen of "ICD-polikliniek", and the abbreviation names the department, not the sender."""
    return 1 < cut < len(words) and words[cut][:1].islower() and _is_department_word(words[cut]) \
        and re.fullmatch(r"[A-Z]{2,5}", words[cut - 1]) is not None


# A word that names the kind of text, not its sender: "Patiëntenfolder", "Patiënteninformatie".
_DOCUMENT_NAME = re.compile(r"[^\W\d_]*(?:folder|brochure|leaflet|bijsluiter|flyer|informatie|voorlichting)",
                            re.IGNORECASE)


def _is_department_word(word: str) -> bool:
    """Whether a word names a hospital's department, not an organisation ("Afdeling",
    "KNO-afdeling", "Polikliniek", "Verpleegafdeling")."""
    return word.lower().endswith(_DEPARTMENT_WORDS)


_DEPARTMENT_WORDS = ("afdeling", "polikliniek", "poli", "dagbehandeling", "department", "ward", "unit")
# Organisations that send leaflets in their own name; a "centrum" or "kliniek" may be part of one.
_INSTITUTION_WORDS = ("ziekenhuis", "gasthuis", "praktijk", "huisartsenpost", "stichting", "vereniging", "umc", "ggd", "ggz",
                      "platform", "huisartsen", "ministerie", "ministry", "mc",
                      "thuiszorg", "zorggroep", "apotheek", "instituut", "hospital", "hospitals", "foundation", "association")
# Words a name does not open with, though a title that names an organisation may ("Welkom in het …").
_SMALL_OPENING_WORDS = DUTCH_STOP_WORDS | ENGLISH_STOP_WORDS | {"welkom", "welcome"}
# The article or particle a Dutch name may open with, capitalised before a capitalised word:
# a family's name ("Van Dijk Optiek", "Ter Horst Apotheek"), an article ("De Linde Apotheek",
# "Het Oogziekenhuis"). "Over het Slaapcentrum" opens with a small word of another kind.
_NAME_OPENING_PARTICLES = frozenset("de het van ten ter 't".split())


def _opens_small(words: list[str]) -> bool:
    """Whether a field opens with a small word no name opens with (`_SMALL_OPENING_WORDS`),
    other than a capitalised particle before a capitalised word ("Van Dijk Optiek")."""
    if words[0].lower() not in _SMALL_OPENING_WORDS:
        return False
    return not (words[0].lower() in _NAME_OPENING_PARTICLES and words[0][:1].isupper()
                and len(words) > 1 and words[1][:1].isupper())
# A line that names a partner, not the sender: "In samenwerking met", "Met dank aan", "Mede mogelijk gemaakt door".
_PARTNER = re.compile(r"(?:in\s+samenwerking\s+met|met\s+(?:dank|steun)\s+(?:aan|van)|mede\s+mogelijk\s+gemaakt\s+door|"
                      r"in\s+collaboration\s+with|with\s+(?:thanks|support)\s+(?:to|from))\b", re.IGNORECASE)


# Between a masthead's fields: a byline's (`_BYLINE_FIELD_GAP`) or a breadcrumb's steps
# ("Ziekenhuis De Linde > Patiënten > Folders").
_SENDER_FIELD_GAP = re.compile(rf"{_BYLINE_FIELD_GAP.pattern}|\s[>›»]\s")
# What a line says before the sender's name: "Informatie van de GGD Hollands Noorden",
# "Een uitgave van Stichting ...", "A leaflet from ...", "Nieuwsbrief van Borstvoedingspraktijk ..." (red team 40).
_SENT_BY = re.compile(r"(?:een\s+|a\s+|de\s+|the\s+)?(?:uitgave|informatie|folder|brochure|publicatie|leaflet|information"
                      r"|nieuwsbrief|newsletter|published)\s+(?:van|door|from|by)\s+(?:de\s+|het\s+|the\s+)?",
                      re.IGNORECASE)


MAX_LONE_DATE_WORDS = 4  # "Beverwijk, 1 oktober 2025"


def _is_lone_date(block: Block) -> bool:
    """Whether a block is a date on a line of its own, with no label ("1 oktober 2025" under
    a slide deck's title): in the title block it dates the leaflet or the talk, which
    `find_updated` judges; as a passage it was a stub of three words."""
    return block.kind == "paragraph" and len(block.lines) == 1 \
        and len(block.text.split()) <= MAX_LONE_DATE_WORDS and bool(find_updated(block.text, unlabelled=True))


def _over_title(blocks: tuple[Block, ...], index: int, title: int | None) -> bool:
    """Whether a block is a short line that plain text sets over its title, which the title's
    place (`_title_block`) already judged a masthead ("CONSULTATIEBUREAU JGZ WATERLAND" over
    "Luieruitslag"); a leaflet's number stays, as staff search by it. Over a title the markup
    marks, the markup's own masthead rules decide (`_marked_headings`)."""
    block = blocks[index]
    return title is not None and index < title and blocks[title].kind == "paragraph" \
        and block.kind == "paragraph" and len(block.lines) == 1 \
        and _is_name_short(block.text) and not _is_reference(block)


def _names(block: Block, publisher: str) -> bool:
    """Whether a block is one line that names the publisher ("ETZ Midden-Brabant"), alone or in
    the first or last of its fields ("Isala · Cardiologie", "Spoedeisende Hulp – Tergooi MC": a
    department beside it): a masthead, though no word in it says "hospital"."""
    if not publisher or len(block.lines) != 1:
        return False
    fields = _SENDER_FIELD_GAP.split(block.text)
    return _same_words(block.text, publisher) or is_title_shaped(block, max_words=MAX_TITLE_WORDS) and (
        _same_words(fields[0], publisher)
        or len(fields) > 1 and _same_words(fields[-1], publisher) and all(map(_is_name_short, fields[:-1])))


def _same_words(text: str, other: str) -> bool:
    return " ".join(text.split()).casefold() == " ".join(other.split()).casefold()


def _is_subtitle(blocks: tuple[Block, ...], index: int) -> bool:
    """Whether a block is a subtitle: a title-shaped line of a few words (`MAX_SUBTITLE_WORDS`,
    counted as words, not the dots between fields: "Longpoli · Longartsen Spaarne Zuid ·
    Patiënteninformatie") that opens no body. A slogan under the title ("Leven met geluiden
    die er niet zijn") is as empty a passage as a department's name: seven words that
    answer no question, ranked first for any question in a language the search does not
    understand."""
    block = blocks[index]
    return is_title_shaped(block) and len(_WORD.findall(block.text)) <= MAX_SUBTITLE_WORDS \
        and not _opens_body(blocks, index)


MAX_SUBTITLE_WORDS = 8
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


def _is_date_block(block: Block) -> bool:
    """Whether a block is a line that only states a date: metadata, in no section."""
    return block.kind == "paragraph" and len(block.lines) == 1 and is_date_line(block.text)


def _is_dated_letterhead(block: Block) -> bool:
    """Whether a date line opens with its sender's name, the place perhaps between, as a mail
    merge's letter heads its text ("Huisartsenpraktijk De Linde, 12 maart 2026", "... – Utrecht,
    12 maart 2026"), or a newsletter's header line of sender and date under its title
    ("Dermatologie, Rijnstate Ziekenhuis Arnhem | Laatst bijgewerkt: december 2025", red team
    58): the fields before the date that ends the line name an organisation (`dated_sender`)."""
    if not _is_date_block(block):
        return False
    fields = _split_fields(block.text, _SENDER_FIELD_GAP)
    return len(fields) > 1 and (bool(_sender_name(fields[0].strip())) or bool(dated_sender(block.text)))
