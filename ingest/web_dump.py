"""A text browser's dump of a web page (`w3m -dump`, `lynx -dump -nolist`) read as the leaflet it shows.

A dump keeps the page's furniture as plain lines. A line that is interface on its own (a skip
link, a cookie bar's buttons, a form's fields) goes in cleaning (`is_ui_line`); what only the
lines around it tell goes here, as the HTML loader drops the same boxes (`ingest.html.furniture`,
`ingest.html.cookies`): readers' comments, which answered questions the leaflet does not
(red team 20), a menu, breadcrumb, tag or share list under its label, a menu and breadcrumb of
bare lines over the page's title, a cookie notice's paragraph, a feedback widget's answers, and
the site's footer that closes the page. A text written a node to a line, with no blank line
anywhere (BeautifulSoup's `get_text`), is read a line a paragraph (`ingest.node_lines`), and so
is one whose nodes kept their wrap (parsel), each node's lines joined back into one.

Markdown that a converter (html2text, markdownify) made of a web page keeps the same chrome,
written as Markdown (red team 21): it is read the same way (`without_markdown_chrome`), with
what Markdown tells besides, where a link goes and which lines are headings.
"""

from __future__ import annotations

import re

from ingest.clean.furniture import is_cookie_bar, is_ui_line
from ingest.clean.lines import ends_sentence, filled_runs
from ingest.clean.markdown import LINK_DESTINATION, strip_inline_markdown
from ingest.dates import MONTHS, UPDATED_PATTERN, is_date_line
from ingest.fences import fenced_lines
from ingest.node_lines import as_paragraphs, is_node_per_line, is_unbroken, unwrapped_nodes
from ingest.share_names import name_kind, names_sharing

# The bullet a text browser sets before a list's item: lynx's "*", "+", "o", "#" by depth, w3m's "•".
LIST_BULLET = re.compile(r"^[ \t]*[*+o#@•◦▪·-][ \t]+")
_NUMBERED_ITEM = re.compile(r"^[ \t]*\d{1,2}[.)][ \t]+")  # w3m's ordered list: " 1. Home"
# A copyright line, a site's footer ("© 2026 MDL Oosterheem", "Copyright 2025 Ziekenhuis").
COPYRIGHT_LINE = re.compile(r"[ \t]*(?:©|\(c\)|copyright\b)", re.IGNORECASE)
MAX_ITEM_WORDS = 5  # "Voor patiënten en bezoekers"; an item longer than this is a sentence

# The visible label of a comment section, as the HTML loader knows its box by name
# (`ingest.html.furniture._COMMENT_NAME`): "Reacties (3)", "3 reacties", "Reactie toevoegen",
# "Plaats een reactie", "Comments", "Leave a reply".
_COMMENTS_LABEL = re.compile(
    r"(?:\d+\s+)?(?:reacties?|comments?)(?:\s*\(\d+\))?:?|(?:reactie|opmerking)\s+(?:toevoegen|plaatsen|schrijven)"
    r"|(?:plaats|geef|schrijf)\s+een\s+reactie|reageer|reageren|(?:leave|add|post|write)\s+a\s+(?:comment|reply)",
    re.IGNORECASE)
# A day's date as a comment's stamp writes it ("14 februari 2026", "March 3, 2026", "03-03-2026").
_DAY = (r"(?:\d{1,2}\s+(?P<month>[^\W\d_]+)\.?\s+\d{4}|(?P<month2>[^\W\d_]+)\.?\s+\d{1,2},?\s+\d{4}"
        r"|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{4}-\d{2}-\d{2})")
# A comment's time stamp: a date and the time of day ("14 februari 2026 - 21:03", "03-03-2026 om
# 08:47", "March 3, 2026 at 8:47"), which no leaflet's date line gives.
_STAMP = re.compile(_DAY + r"[\s,|·–—-]*(?:(?:om|at)\s+)?\d{1,2}[:.]\d{2}\b")
# A comment's stamp without the time of day: its author's name and the day ("Reactie van Mieke, 2
# december 2026", "Posted by Jess, 12 May 2026", "Karin schreef op 14 februari 2026", "Jan de Vries
# | 3-3-2026"). The name is a person's: capitalised words, an initial or a particle, no digit; so a
# leaflet's date line ("Laatst herzien: 2 december 2026", "Geschreven door dr. Jansen, 2 mei 2025",
# "Versie 3, 14 februari 2026") is none. Read only under a comment section's label.
_NAME = r"[^\W\d_a-z][\w'’-]*\.?(?:\s+(?:[^\W\d_a-z][\w'’-]*\.?|van|de|der|den|von|ten|ter|te|el|al|da|di|le|la)){0,3}"
_NAMED_STAMP = re.compile(
    r"(?i:(?:reactie|antwoord|bericht|comment|reply|posted|submitted|geplaatst)\s+(?:van|by|from|door)\s+)?"
    + _NAME + r"(?i:\s+(?:schreef|wrote|says|said|zegt|reageerde|replied)(?:\s+(?:op|on))?:?|\s*[,|·–—-])\s*" + _DAY
    + r"(?i:[\s,|·–—-]*(?:(?:om|at)\s+)?\d{1,2}[:.]\d{2})?[.:]?")
# A comment's stamp as Wix sets it, the author's name glued to a date without year ("Ria15 jan.",
# "Gerard B.20 jan."): read only under a comment section's label, where a name and a date is all it can be.
_GLUED_STAMP = re.compile(r"[^\W\d_][\w .'-]{0,40}?(?<=[^\W\d_]|\.)\d{1,2}\s+(?P<month>[^\W\d_]+)\.?(?:\s+\d{4})?")
MAX_STAMP_WORDS = 10  # "Ingrid schreef op 14 februari 2026 om 21:03"
MAX_LINES_BEFORE_STAMP = 3  # under the section's label, the first comment's author at most
# The label of a list of links that is the site's, not the leaflet's: a menu ("Hoofdnavigatie",
# "Main navigation"), a breadcrumb ("Kruimelpad", "U bent hier"), tags ("Tags", "Trefwoorden"),
# as Drupal and WordPress print them over their blocks; the HTML loader knows the same boxes by
# their names (`ingest.html.page_parts.FURNITURE_NAME`: nav, menu, breadcrumbs). A share list's
# label ("Deel deze pagina:") is interface of its own (`is_ui_line`). "Menu" alone may head a diet.
_BREADCRUMB_LABEL = re.compile(r"kruimelpad|breadcrumbs?|u\s+bent\s+hier|you\s+are\s+here", re.IGNORECASE)
_LIST_LABEL = re.compile(
    r"(?:hoofd|sub|footer|top|service|gebruikers(?:account)?)(?:navigatie|menu)|navigatie|(?:main\s+|footer\s+)?navigation"
    rf"|(?:main|footer|user(?:\s+account)?)\s+menu|{_BREADCRUMB_LABEL.pattern}|tags|trefwoorden",
    re.IGNORECASE)
# The links of a site's footer: its statements about privacy, cookies and accessibility.
SITE_LINK = re.compile(r"(?:privacy|cookie|disclaimer|sitemap|toegankelijkheid|accessibility|colofon|"
                        r"(?:algemene\s+)?voorwaarden|terms)\w*(?:\s+\w+){0,2}", re.IGNORECASE)
MAX_SITE_PAGE_WORDS = 2  # a page of the site's beside its statements in a footer's line ("Klachten")
_SEARCH_BOX = re.compile(r"_{3,}\s*\[\s*[^\W\d][^\[\]]{0,20}\]")  # links2: "_________ [ Zoek ]"
_FIELD_GAP = re.compile(r"\s+[·|•]\s+")
_SEPARATOR_ALONE = re.compile(r"[·|•]")  # the mark between two links, a text node of its own (parsel)  # "Mondziekenhuis Noord · Hanzeplein 14 · 9713 GZ Groningen"


def without_page_chrome(text: str) -> tuple[str, list[str]]:
    """A dump without its comments, labelled link lists, cookie notice, masthead and closing
    footer, and the masthead's and footer's lines (stripped of bullets), which may still name
    the publisher (the site's name over its menu, red team 35) or date the page ("© 2026").
    Each line taken out stays, empty, so no paragraph runs into what stood around it. The
    comments' lines are never furniture: their time stamps date a reader's words."""
    lines = text.split("\n")
    nodes = unwrapped_nodes(lines) if is_unbroken(lines) and not is_node_per_line(lines) else lines
    if is_node_per_line(nodes):  # a line a paragraph: read with a blank line after each
        drop, kept = _page_chrome(as_paragraphs(nodes), bare_items=True)
        drop, kept = {i // 2 for i in drop}, [i // 2 for i in kept]
        lines = nodes  # nodes whose wrap was undone come back a node a line, where the page's chrome was found
    else:
        drop, kept = _page_chrome(lines)
    if not drop:
        return text, []
    furniture = [" ".join(LIST_BULLET.sub("", lines[i], count=1).split()) for i in kept]
    return "\n".join("" if i in drop else line for i, line in enumerate(lines)), furniture


def _page_chrome(lines: list[str], bare_items: bool = False) -> tuple[set[int], list[int]]:
    """The lines of a dump's chrome (see `without_page_chrome`), and those of them that come
    back as furniture, in order: the masthead's and the closing footer's. `bare_items`: the
    text is a node a paragraph, where a list's items have no bullets."""
    footer = _closing_footer(lines)
    end = min(footer, default=len(lines))
    cookies = _cookie_notices(lines)
    masthead = _masthead_menu(lines, cookies) | _course_header(lines)
    shared = _share_bars(lines)
    drop = set(footer) | _comment_section(lines, end) | _labelled_lists(lines) | cookies \
        | _related_box(lines, end) | masthead | _feedback_answers(lines) | shared \
        | _arrowed_interface(lines) | _aside_after_date(lines, end, shared, bare_items) \
        | _aside_after_share_line(lines, end, shared, bool(footer))
    return drop, [*sorted(masthead), *sorted(footer)]


MAX_ASIDE_LINES = 6  # an app's box, opening hours: a few lines; the text's own end is longer
MAX_ASIDE_LINE_WORDS = 10
_PHONE_DIGITS = re.compile(r"(?:\d[ -]?){8,}")  # "036 534 11 80": a contact line is the text's own


def _aside_after_share_line(lines: list[str], end: int, passed: set[int], footed: bool) -> set[int]:
    """The short lines between the page's share line ("Deel deze pagina: WhatsApp Facebook X
    E-mail Print", which closes the article) and its footer: the boxes a site sets beside the
    article ("Download onze app", "Bestel herhaalmedicatie en chat met de apotheker.",
    "Openingstijden"), which a text written a node a line sets after it (node-html-parser,
    linkedom). Only where a footer closes the page (`footed`), a few lines of a few words
    follow the last share line, and none gives a phone number; a share line at the top of a
    page keeps the text under it."""
    shares = [index for index in range(end) if index in passed or is_ui_line(_without_link_arrows(lines[index]))
              and names_sharing(lines[index].split(":")[0].strip().lower())]
    if not footed or not shares:
        return set()
    filled = [index for index in range(shares[-1] + 1, end) if lines[index].strip()]
    if len(filled) > MAX_ASIDE_LINES or any(len(lines[i].split()) > MAX_ASIDE_LINE_WORDS
                                            or _PHONE_DIGITS.search(lines[i]) for i in filled):
        return set()
    return set(filled)


def _comment_section(lines: list[str], end: int) -> set[int]:
    """The lines of readers' comments: from a comment section's label (`_COMMENTS_LABEL`) to
    `end` (the footer, or the text's end), where a time stamp (`is_stamp`) follows the label
    within a few lines. A CMS sets comments after the article, so nothing of the leaflet
    follows them; a heading "Reacties" over text about reactions to a medicine has no stamps."""
    for index in range(end):
        if not _COMMENTS_LABEL.fullmatch(lines[index].strip()):
            continue
        filled = [i for i in range(index + 1, end) if lines[i].strip()][:MAX_LINES_BEFORE_STAMP + 1]
        if any(is_stamp(lines[i]) or _is_glued_stamp(lines[i]) or _is_named_stamp(lines[i]) for i in filled):
            return set(range(index, end))
    return set()


def _related_box(lines: list[str], end: int) -> set[int]:
    """The lines of a site's box of related pages after the article, from its label
    (`_RELATED_LABEL`: "Ook interessant", "Lees ook", "Gerelateerde folders") to `end` (the
    footer, or the text's end): a links2 dump sets it after the leaflet, where an ad in it
    ("Zwangerschapsyoga in Zutphen: elke dinsdagavond ...") answered a question the leaflet does
    not. Only in the text's second half, and only where every paragraph under the label is
    short (`MAX_RELATED_WORDS`): a teaser or a link, no section of the leaflet."""
    filled = [index for index in range(end) if lines[index].strip()]
    for index in filled[len(filled) // 2:]:
        if not _RELATED_LABEL.fullmatch(lines[index].strip().rstrip(":")):
            continue
        runs = [run for run in filled_runs(lines[:end]) if run[0] > index]
        if runs and all(sum(len(lines[i].split()) for i in run) <= MAX_RELATED_WORDS for run in runs):
            return set(range(index, end))
    return set()


# The label of a box of related pages ("Ook interessant", "Lees ook", "Gerelateerde artikelen",
# "Related articles", "You may also like"); not "Zie ook", with which a leaflet names its sources.
_RELATED_LABEL = re.compile(
    r"ook\s+interessant|lees\s+ook|meer\s+lezen|misschien\s+ook\s+interessant|gerelateerde?"
    r"(?:\s+(?:folders?|artikelen|berichten|pagina'?s|onderwerpen|informatie))?|related(?:\s+(?:articles|pages"
    r"|posts|leaflets|content))?|you\s+may\s+also\s+like|more\s+to\s+read", re.IGNORECASE)
MAX_RELATED_WORDS = 40  # a teaser of two short sentences; a section of the leaflet says more


def is_stamp(line: str) -> bool:
    """Whether a short line gives a date with the time of day: a comment's or a post's stamp."""
    match = _STAMP.search(line)
    return match is not None and len(line.split()) <= MAX_STAMP_WORDS and _names_a_month(match)


def _is_named_stamp(line: str) -> bool:
    """Whether a line is a comment's author and day, with no time of day (see `_NAMED_STAMP`)."""
    text = " ".join(line.split())
    match = _NAMED_STAMP.fullmatch(text)
    return match is not None and not UPDATED_PATTERN.search(text) and _names_a_month(match)


def _names_a_month(match: re.Match) -> bool:
    """Whether a stamp's date written with a month's name names a month ("14 februari 2026",
    not "14 patiënten 2026"); a date in numbers has none to check."""
    month = match.group("month") or match.group("month2")
    return month is None or month.lower() in MONTHS


def _is_glued_stamp(line: str) -> bool:
    """Whether a line is a name glued to a day and month ("Ria15 jan.", see `_GLUED_STAMP`)."""
    match = _GLUED_STAMP.fullmatch(line.strip())
    return match is not None and match.group("month").lower() in MONTHS


def _labelled_lists(lines: list[str]) -> set[int]:
    """A label of the site's links (`_LIST_LABEL`, or a share bar's "Deel deze pagina:") and the
    list right under it, each item a few words that end no sentence: "Hoofdnavigatie" over
    "• Home", "• Patiënten"; "Kruimelpad" over "1. Home", "2. Folders"."""
    found: set[int] = set()
    for index, line in enumerate(lines):
        label = line.strip()
        if not (_LIST_LABEL.fullmatch(label.rstrip(":")) or label.endswith(":") and is_ui_line(label)
                or _SEARCH_BOX.fullmatch(label)):  # a site's menu right under its search box (links2)
            continue
        items = _list_below(lines, index)
        if items:
            found |= {index, *items}
    return found


# The first link of a site's menu: its home page. A leaflet's own list does not open with it.
_HOME_ITEM = re.compile(r"home(?:page)?|startpagina|voorpagina", re.IGNORECASE)
# A button's label glued to a breadcrumb's first step (HTML::FormatText writes a `<button>`'s
# text with no space after it: "ZoekHome › Afdelingen › Folders", red team 36): a word in lower
# case run into the capital of the home page's name.
_GLUED_HOME = re.compile(r"[^\W\d_]*[^\W\d_A-Z](?P<home>Home(?:page)?|Startpagina|Voorpagina)")
MAX_MASTHEAD_WORDS = 8  # the site's name over its menu ("Kraamzorg en Verloskunde Regio Twente")


def _masthead_menu(lines: list[str], cookies: set[int]) -> set[int]:
    """A site's masthead over the page's text: short lines that end no sentence (the site's
    name, the page's `<title>` line, a search box's label), interface, a cookie notice
    (`cookies`) and menus, closed by a menu's item that is the home page, wherever it stands in
    the menu ("• Zwanger en bevallen", "• Home", "• Contact": inscriptis, red team 25), or by a
    breadcrumb ("U bent hier: Home > Afdelingen > KNO": vilistextum, red team 31), which goes
    with what of the masthead `_over_breadcrumb` tells. A breadcrumb is sought before a line is
    taken for interface: one that opens with the home page ("Home › Afdelingen › Folders") is
    interface to cleaning too, and passed over as such, it closed nothing, and calibre's menu over
    it (red team 33) stayed. A leaflet opens with neither before its first sentence; a short
    list it opens with is its own where no such close follows. A sentence may stand over all
    as the first line: a site's banner over its name ("Let op: het telefoonnummer … is
    gewijzigd.", parsel's text of a page, red team 38), chrome where a breadcrumb closes the
    masthead: a list under it that a home page's item opens is the leaflet's."""
    above: list[int] = []
    banner = False  # whether the first line is a sentence or long
    chrome = False  # whether the site's own stands over the text so far, besides short lines
    for index, line in enumerate(lines):
        text = line.strip()
        if not text:
            continue
        bare = _bare_breadcrumb(lines, index)
        steps = [_step_words(lines[i]) for i in bare] or _trail_steps(text) or _echoed_trail(lines, index)
        if steps:
            trail = bare or [index]
            return set(trail) | _over_breadcrumb(lines, above, trail[-1], steps[-1], chrome)
        if index in cookies or is_ui_line(text):
            chrome = True
            continue
        if _is_short_item(line):
            if _HOME_ITEM.fullmatch(_item_text(line)):  # a list under a sentence is the leaflet's ("Waar oefent u?")
                return set() if banner else set(above) | set(_list_below(lines, index - 1))
            above.append(index)
            chrome = True
            continue
        if is_date_line(text) or (ends_sentence(text) or len(text.split()) > MAX_MASTHEAD_WORDS) and above:
            return set()
        banner = banner or not above and (ends_sentence(text) or len(text.split()) > MAX_MASTHEAD_WORDS)
        chrome = chrome or len(_FIELD_GAP.split(text)) > 1  # "Neuspoliepen | Rijnstate", the `<title>` line
        above.append(index)
    return set()


# Where a lesson stands in its course, as an e-learning player's header says it ("E-learning
# Reizigersadvies Module 3 van 7", "Les 2 van 5", "Lesson 2 of 5", "Unit 1/4").
_COURSE_PLACE = re.compile(r"\b(?:module|les|lesson|unit|hoofdstuk|chapter|onderdeel|part|deel)\s+\d{1,2}\s*(?:van|of|/)\s*\d{1,2}\b",
                           re.IGNORECASE)
# The button that opens the player's or the site's menu ("Menu", "Menu openen", "Open menu").
_MENU_TOGGLE = re.compile(r"menu|menu\s+(?:openen|tonen)|(?:open|show|toggle)\s+(?:menu|navigation)", re.IGNORECASE)


def _course_header(lines: list[str]) -> set[int]:
    """The opening lines of an e-learning lesson's page that are its player's header (a SCORM
    package's page as an LMS indexer reads it, htmlparser2's `textContent`, red team 47): from
    the first line on, while each is the course's line that says where the lesson stands in it
    (`_COURSE_PLACE`, a few words that end no sentence), the menu's button ("Menu"), the menu's
    items under them (glued together, `glued_links`, or a short item a line) or interface. The
    course's line must be among them: "Menu" alone over a list may head a diet. Left in, the
    course's line was taken for the leaflet's title."""
    found: list[int] = []
    placed = False
    for index, line in enumerate(lines):
        text = " ".join(line.split())
        if not text:
            continue
        if _COURSE_PLACE.search(text) and len(text.split()) <= MAX_MASTHEAD_WORDS and not ends_sentence(text):
            placed = True
        elif not (_MENU_TOGGLE.fullmatch(text) or found and (glued_links(text) or _is_short_item(line))
                  or is_ui_line(text)):
            break
        found.append(index)
    return set(found) if placed else set()


def _over_breadcrumb(lines: list[str], above: list[int], trail_end: int, last_step: str, chrome: bool) -> set[int]:
    """The lines `above` a breadcrumb (ending at line `trail_end`) that are the site's masthead.
    The page's heading repeats the trail's last step: where it stands right under the trail, all
    over it is the masthead; else only where the site's own stands there too (`chrome`: a cookie
    notice, interface, a menu's item, a line of fields), and never the heading itself. Short
    lines alone over a trail may be the page's title ("Galstenen" over "U bent hier: Home >
    Maag-, darm- en leverziekten > Galstenen"), which a site sets over its breadcrumb too; a
    run of menu labels is none (`_bare_menu`), and tells the site's own as the rest does."""
    page = last_step.casefold()
    if _next_filled(lines, trail_end + 1).casefold() == page:
        return set(above)
    if not (chrome or _bare_menu(lines, above)):
        return set()
    return {i for i in above if " ".join(lines[i].split()).casefold() != page}


# A site's menu set as bare lines, each its own paragraph (calibre's text of a page: "Patiënten",
# "Bezoekers", "Afdelingen", "Werken bij", "Contact") or a line each in one (selectolax's, a text
# node a line): four items or more, of a few words each. A page's title over its breadcrumb is a
# line or two (a subtitle, the department under it).
MIN_BARE_MENU_ITEMS = 4
MAX_MENU_LABEL_WORDS = 3  # "Werken bij", "Over ons", "Afspraak maken"; a title may say more


def _bare_menu(lines: list[str], above: list[int]) -> bool:
    """Whether the lines `above` a breadcrumb end in a site's menu of bare lines: a run of
    `MIN_BARE_MENU_ITEMS` or more, each a line of a few words that ends no sentence, in a
    paragraph of nothing but such lines, the last right over the breadcrumb (blank lines
    between). No bullet marks them as a list, as a text browser's would (`_is_short_item`);
    their number and their shape, labels and not a title's words, do."""
    labels = {index for index in above if len(lines[index].split()) <= MAX_MENU_LABEL_WORDS
              and not ends_sentence(" ".join(lines[index].split()))}
    run = 0
    for index in reversed(above):
        beside = [lines[i].strip() and i not in labels for i in (index - 1, index + 1) if 0 <= i < len(lines)]
        if index not in labels or any(beside):
            break
        run += 1
    return run >= MIN_BARE_MENU_ITEMS


def _next_filled(lines: list[str], start: int) -> str:
    """The words of the first filled line from line `start` on ("" where none is)."""
    return next((" ".join(line.split()) for line in lines[start:] if line.strip()), "")


# The steps of a breadcrumb on one line, parted by an arrow or a slash ("Home > Afdelingen > KNO",
# "Home › Specialismen › Orthopedie"), under its label or not ("U bent hier: ...").
_TRAIL_STEP_GAP = re.compile(r"\s+[›»>→/]\s+")
_TRAIL_LABEL = re.compile(r"(?P<label>[^:]{1,30}):\s*(?P<trail>.*)")


def _trail_steps(text: str) -> list[str]:
    """The steps of a line that is a breadcrumb ([] for any other): two or more, a few words
    each that end no sentence, under a breadcrumb's label (`_BREADCRUMB_LABEL`: "U bent hier:")
    or the first the home page. A converter writes the trail's links as text on one line, with
    the site's separators; a trail leads from somewhere to the page, so it has two steps, and
    one under another label is a list of another kind ("Trefwoorden: migraine, hoofdpijn")."""
    labelled = _TRAIL_LABEL.fullmatch(text.strip())
    if labelled and _BREADCRUMB_LABEL.fullmatch(labelled.group("label").strip()):
        steps = _TRAIL_STEP_GAP.split(labelled.group("trail"))
    else:
        steps = _TRAIL_STEP_GAP.split(text.strip())
        glued = _GLUED_HOME.fullmatch(steps[0])
        steps[0] = glued.group("home") if glued else steps[0]
        if not _HOME_ITEM.fullmatch(steps[0]):
            return []
    if len(steps) < 2 or not all(step and len(step.split()) <= MAX_ITEM_WORDS and not ends_sentence(step)
                                 for step in steps):
        return []
    return [" ".join(step.split()) for step in steps]


def _echoed_trail(lines: list[str], index: int) -> list[str]:
    """The steps of line `index` where it is a breadcrumb with no home page nor label, its last
    step the page's own title, which the next filled line repeats ("Informatiezuil › Hart en
    vaten › Reanimeren en een AED gebruiken" over "Reanimeren en een AED gebruiken": a kiosk's
    trail, html5lib's `itertext`, red team 54), as `_bare_breadcrumb` reads a trail a step a line."""
    steps = [" ".join(step.split()) for step in _TRAIL_STEP_GAP.split(lines[index].strip())]
    if len(steps) < 2 or not all(step and len(step.split()) <= MAX_ITEM_WORDS and not ends_sentence(step)
                                 for step in steps):
        return []
    return steps if steps[-1].casefold() == _next_filled(lines, index + 1).casefold() else []


_WORDED = re.compile(r"[^\W\d_]")  # a letter: a step of a trail names a page, a rule names none
# A trail's separator on a line of its own, between two steps (selectolax's text of a page, a
# text node a line: "Home", "›", "Specialismen", "›", "Folders").
_LONE_SEPARATOR = re.compile(r"[›»>→/]")
# The trail's last step with its separator on its line (BeautifulSoup's text, where the page's
# own step is no link but text that the template sets after the separator: "> Eikenprocessierups").
_SEPARATED_STEP = re.compile(r"[›»>→/]\s*(?P<step>[^\W\d_].*)")


def _bare_breadcrumb(lines: list[str], index: int) -> list[int]:
    """The lines of a breadcrumb of bare short lines that starts at line `index`, a line a
    link and no bullets: its first step the home page, or its last the page's own title,
    which the heading right under it repeats. html-text writes one as a paragraph of steps (red
    team 26); selectolax a step a line with the site's separator alone on the line between two
    (`_separated_trail`, red team 35). Each step names a page in words: a title framed in rules
    ("=====", "Jicht", "=====") over the next frame's rule is no trail, though its last line is
    the line under it."""
    trail = _separated_trail(lines, index)
    if not trail:
        if index and lines[index - 1].strip():
            return []
        end = next((i for i in range(index, len(lines)) if not lines[i].strip()), len(lines))
        trail = list(range(index, end))
    steps = [_step_words(lines[i]) for i in trail if not _LONE_SEPARATOR.fullmatch(lines[i].strip())]
    if len(steps) < 2 or not all(len(step.split()) <= MAX_ITEM_WORDS and not ends_sentence(step)
                                 and _WORDED.search(step) for step in steps):
        return []
    if _HOME_ITEM.fullmatch(steps[0]) or steps[-1].casefold() == _next_filled(lines, trail[-1] + 1).casefold():
        return trail
    return []


def _step_words(line: str) -> str:
    """A trail's step as its words, without a separator before them ("> Folders" is "Folders")."""
    glued = _SEPARATED_STEP.fullmatch(line.strip())
    return " ".join((glued.group("step") if glued else line).split())


def _separated_trail(lines: list[str], index: int) -> list[int]:
    """The filled lines from line `index` while a step and a lone separator
    (`_LONE_SEPARATOR`) take turns, ending on a step ([] where no separator follows the first
    step): a step a line, blank lines between them or not. A separator alone on its line is no
    leaflet's writing; between pages' names it is a trail's."""
    filled = (i for i in range(index, len(lines)) if lines[i].strip())
    trail: list[int] = []
    for at in filled:
        separator = bool(_LONE_SEPARATOR.fullmatch(lines[at].strip()))
        if separator != (len(trail) % 2 == 1):
            if trail and not separator and _SEPARATED_STEP.fullmatch(lines[at].strip()):
                trail.append(at)  # the page's own step after a step: "> Eikenprocessierups"
            break
        trail.append(at)
    if trail and _LONE_SEPARATOR.fullmatch(lines[trail[-1]].strip()):
        trail = trail[:-1]  # a separator last: the trail ends on the step before it
    return trail if len(trail) >= 3 else []


def _list_below(lines: list[str], index: int) -> list[int]:
    """The items of the list of short items right under line `index` (a blank line between two
    items allowed)."""
    items = []
    for below in range(index + 1, len(lines)):
        if not lines[below].strip():
            if items and below + 1 < len(lines) and not _is_short_item(lines[below + 1]):
                break
            continue
        if not _is_short_item(lines[below]):
            break
        items.append(below)
    return items


def _bare_list_below(lines: list[str], index: int, end: int) -> list[int]:
    """The short lines with no bullet right under line `index` in a text written a line a
    paragraph (each a link's text: a few words that end no sentence), up to the first other or
    `end` (the footer); none where one gives a phone number or an e-mail address: no link's text, but the contact
    lines that close a leaflet ("Polikliniek Chirurgie" over "Telefoon 088 123 4567")."""
    items = []
    for below in range(index + 1, end):
        text = " ".join(lines[below].split())
        if not text:
            continue
        if _CONTACT_DETAILS.search(text):
            return []
        if len(text.split()) > MAX_ITEM_WORDS or ends_sentence(text) or is_date_line(text):
            break
        items.append(below)
    return items


# A phone number (eight to ten digits after a 0 or +31, spaced or not) or an e-mail address.
_CONTACT_DETAILS = re.compile(r"(?:\+31|\(0|\b0)(?:[ \-–()]{0,3}\d){8,10}\b|[\w.+-]+@[\w-]+\.[\w.]+")


def _item_text(line: str) -> str:
    """A list item's words without its bullet or number; "" for a line that is no item."""
    marker = LIST_BULLET.match(line) or _NUMBERED_ITEM.match(line)
    return line[marker.end():].strip() if marker else ""


def _is_short_item(line: str) -> bool:
    """Whether a line is a list's item of a few words that ends no sentence (a link)."""
    text = _item_text(line)
    return bool(text) and len(text.split()) <= MAX_ITEM_WORDS and not ends_sentence(text)


# The buttons that answer a feedback widget's question ("Ja Nee", "Yes / No"); alone, no line of text.
_ANSWERS = re.compile(r"(?:ja|nee|yes|no)(?:\s*[/|·]?\s*(?:ja|nee|yes|no))+", re.IGNORECASE)


def _feedback_answers(lines: list[str]) -> set[int]:
    """The line of a feedback widget's answer buttons under its question ("Was deze informatie
    nuttig?" over "Ja Nee": html-text sets each on a line of its own), which `is_ui_line` knows
    only on one line with the question."""
    found: set[int] = set()
    question = False
    for index, line in enumerate(lines):
        text = line.strip()
        if not text:
            continue
        if question and _ANSWERS.fullmatch(text):
            found.add(index)
        question = text.endswith("?") and is_ui_line(text)
    return found


def _share_bars(lines: list[str]) -> set[int]:
    """The lines of a share bar set a link a line, bare or bulleted, blank lines between them or
    not ("Deel deze pagina:", "Facebook", "X", "E-mail", "Print": selectolax's text of a page,
    red team 35): whole paragraphs of nothing but share and print links' names
    (`ingest.share_names`), one that shares and one that prints or whose name can only be for
    sharing ("Delen", "Deel deze pagina"). Left in, the bar ran into the last section as a
    passage of its own that ranked first for questions it shares no word with. Services named
    alone are the leaflet's: its ways to reach the hospital ("WhatsApp", "E-mail", "Telefoon"),
    the hospital's own pages ("Volg ons op" "Facebook"), an "E-mail" over its address."""
    found: set[int] = set()
    bar: list[int] = []  # the paragraphs of link names so far, blank lines between them
    for run in [*filled_runs(lines), []]:
        if run and all(name_kind(_link_name(lines[i])) for i in run):
            bar += run
            continue
        names = [_link_name(lines[i]) for i in bar]
        kinds = {name_kind(name) for name in names}
        if "share" in kinds and ("print" in kinds or any(map(names_sharing, names))):
            found.update(bar)
        bar = []
    return found


def _link_name(line: str) -> str:
    """A line's words as a link's name: in lower case, without a list's bullet or a label's colon."""
    return " ".join(LIST_BULLET.sub("", line, count=1).lower().split()).rstrip(":").strip()


def _cookie_notices(lines: list[str]) -> set[int]:
    """The paragraphs that are a cookie notice as a whole (`is_cookie_bar`), read as one line:
    a dump wraps the notice's sentences over lines that each say only part of it; and a short
    paragraph that names cookies right over its consent buttons (`_consent_buttons`), whatever
    it says of them ("Wij gebruiken functionele en analytische cookies." over "Accepteren",
    "Weigeren": BeautifulSoup's text of a page, red team 37): the buttons tell the notice. A
    line that is a notice with its buttons glued to it (`_GLUED_CONSENT`) is one alone, whatever
    lines run on under it (w3lib's text of a page, red team 38: the menu, glued too)."""
    runs = filled_runs(lines)
    found = {index for run in runs for index in run if _GLUED_CONSENT.search(lines[index].strip())
             and is_cookie_bar(_GLUED_CONSENT.sub("", " ".join(lines[index].split())))}
    for number, run in enumerate(runs):
        words = " ".join(" ".join(lines[i] for i in run).split())
        told = is_cookie_bar(_GLUED_CONSENT.sub("", words))
        if told or "cookie" in words.casefold() and len(words.split()) <= MAX_COOKIE_NOTICE_WORDS:
            buttons = _consent_buttons(lines, runs[number + 1:])
            if told or buttons:
                found.update(run, buttons)
    return found


MAX_COOKIE_NOTICE_WORDS = 60  # a notice of two or three sentences; a leaflet's paragraph on cookies says more
# The buttons under a cookie notice: "Accepteren", "Alles weigeren", "Cookie-instellingen", "Accept all".
_CONSENT_BUTTON = re.compile(
    r"(?:(?:alles|alle\s+cookies)\s+)?(?:accepteren|accepteer|weigeren|weiger|toestaan|akkoord)"
    r"|(?:accept|reject|allow)(?:\s+all(?:\s+cookies)?)?|decline"
    r"|(?:cookie-?\s*)?(?:instellingen|voorkeuren|settings|preferences)",
    re.IGNORECASE)


# Consent buttons glued to the notice's last sentence, as a converter that drops tags without a
# space writes them ("… om het gebruik te meten.AkkoordInstellingen": w3lib, red team 38).
_GLUED_CONSENT = re.compile(rf"(?<=[.!?])(?:{_CONSENT_BUTTON.pattern})+$", re.IGNORECASE)


def _consent_buttons(lines: list[str], runs: list[list[int]]) -> list[int]:
    """The lines of the paragraphs right after a notice that are consent buttons, a button a
    line; [] where the paragraph right after it is none."""
    found: list[int] = []
    for run in runs:
        if not all(_CONSENT_BUTTON.fullmatch(" ".join(lines[i].split())) for i in run):
            break
        found += run
    return found


def _closing_footer(lines: list[str]) -> list[int]:
    """The lines of the paragraphs that close the page as a site's footer does, read back from
    its end while each is one: every line a copyright line, a link to the site's statements
    ("• Privacyverklaring", "• Disclaimer"), a line of short fields ("Mondziekenhuis Noord ·
    Hanzeplein 14 · 050 - 524 60 00") or interface (`is_ui_line`). A copyright line or a
    statement's link must be among them: a leaflet may end with a contact line."""
    found: list[int] = []
    for run in reversed(filled_runs(lines)):
        if not all(is_site_footer_line(lines[i]) for i in run):
            break
        found = run + found
    signed = any(_has_copyright(part) or _is_site_link(part) or _site_links_line(part) or _is_bare_site_link(part)
                 for i in found for part in [lines[i], *glued_links(lines[i]), *_glued_field_ends(lines[i])])
    return found if signed else []


# A link glued to the field before it, after its last word or number ("055 581 81 81PrivacyCookies").
_GLUED_TO_FIELD = re.compile(r"(?<=[^\W_A-Z'’])(?=[A-Z][^\W\d_A-Z])")


def _glued_field_ends(line: str) -> list[str]:
    """The links a converter glued onto the last field of a footer's line of fields, fewer than
    `glued_links` needs ("Gelre ziekenhuizen · … · 055 581 81 81PrivacyCookiesToegankelijkheid":
    linkedom's `textContent`, no space between the `<p>`'s and the `<a>`s' text): a site's
    statements there sign the footer."""
    fields = _FIELD_GAP.split(" ".join(line.split()))
    parts = _GLUED_TO_FIELD.split(fields[-1]) if len(fields) > 1 else []
    return [part.strip() for part in parts[1:]]


def is_site_footer_line(line: str) -> bool:
    """Whether a line may stand in a site's footer (see `_closing_footer`): a line of fields
    that end no sentence, each a few words (a name, an address, a phone number) or interface
    ("Ziekenhuis Gelderse Vallei · Willy Brandtlaan 10 · Volg ons op Facebook en LinkedIn ·
    © 2026"). A longer field is the leaflet's own, a copyright notice beside it or not: its
    closing line may say whom to call and end with the publisher's ("Bel bij vragen de
    polikliniek op 088 123 45 67 (ma-vr 8.30-16.30 uur) · © 2026 Ziekenhuis Rijnmond")."""
    text = " ".join(line.split())
    if _SEPARATOR_ALONE.fullmatch(text) or _is_bare_site_link(text):
        return True
    glued = glued_links(text)
    if glued:  # a footer whose links a converter glued: each link a footer's line
        return all(is_site_footer_line(part) or len(part.split()) <= MAX_ITEM_WORDS for part in glued)  # a footer's links a text node each, the marks between them too ("Privacy", "·", "Cookies")
    fields = _FIELD_GAP.split(text)
    short = all(len(field.split()) <= MAX_ITEM_WORDS or is_ui_line(field) for field in fields)
    return bool(COPYRIGHT_LINE.match(text)) or _is_site_link(line) or is_ui_line(text) or (
        len(fields) > 1 and short and not any(ends_sentence(field) for field in fields))


# Where a converter that drops tags with no space between them (w3lib's `remove_tags`) glued one
# link's words to the next's: a lower-case letter run into a capital word, or into "©"
# ("Meer over slapenBedplassenEen vast slaapritme", "WarnsveldPrivacyToegankelijkheidDisclaimer© 2026").
_GLUED_LINK = re.compile(r"(?<=[^\W\d_A-Z'’])(?=[A-Z][^\W\d_A-Z])|(?<=[^\W\d_])(?=©)")
MIN_GLUED_LINKS = 3  # a word that writes a capital inside it ("MijnRadboud") is one; a run of links glues many


def glued_links(line: str) -> list[str]:
    """A line's links where it is a run of them glued together (`_GLUED_LINK`, three or more
    glues), else []: a menu, a box of links or a footer, no sentence of a leaflet."""
    parts = _GLUED_LINK.split(" ".join(line.split()))
    return [part.strip() for part in parts] if len(parts) > MIN_GLUED_LINKS else []


def _is_bare_site_link(line: str) -> bool:
    """Whether a line is only a link to one of the site's statements, a word or two with no
    bullet ("Privacy", "Cookies"): a text node of a footer's, a line each (parsel)."""
    text = " ".join(line.split())
    return bool(SITE_LINK.fullmatch(text)) and len(text.split()) <= MAX_SITE_PAGE_WORDS


def _has_copyright(line: str) -> bool:
    """Whether a line is a copyright notice or sets one among its fields ("... · © 2026")."""
    return any(COPYRIGHT_LINE.match(field) for field in _FIELD_GAP.split(" ".join(line.split())))


def _site_links_line(line: str) -> bool:
    """Whether a line is links to the site's statements, set apart by bars or dots ("Privacy |
    Cookies | Disclaimer | Toegankelijkheid"), perhaps beside a page of the site's own of a word
    or two ("Privacy · Klachten": html-to-markdown's footer of a page, red team 36)."""
    fields = _FIELD_GAP.split(" ".join(line.split()))
    return len(fields) > 1 and any(SITE_LINK.fullmatch(field) for field in fields) and all(
        SITE_LINK.fullmatch(field) or len(field.split()) <= MAX_SITE_PAGE_WORDS for field in fields)


def _is_site_link(line: str) -> bool:
    """Whether a line is a list's item that links to the site's statements ("• Privacyverklaring")."""
    marker = LIST_BULLET.match(line)
    return bool(marker) and bool(SITE_LINK.fullmatch(line[marker.end():].strip()))


# netrik's mark before a link's text, glued to the word before it or opening the line:
# "Deel deze pagina:-> Facebook-> X-> E-mail Print" (red team 36).
_LINK_ARROW = re.compile(r"(?:(?<=\S)|^)->(?:\s+|$)")


def _without_link_arrows(line: str) -> str:
    """A line's words without netrik's link arrows ("-> Facebook" is "Facebook")."""
    return " ".join(_LINK_ARROW.sub(" ", line.strip()).split())


def _arrowed_interface(lines: list[str]) -> set[int]:
    """The lines with netrik's link arrows that are interface without them (`is_ui_line`): its
    share line "Deel deze pagina:-> Facebook-> X-> E-mail Print" stood as a passage of its own."""
    return {index for index, line in enumerate(lines)
            if _LINK_ARROW.search(line.strip()) and is_ui_line(_without_link_arrows(line))}


# The label of a site's box of links beside the article: "Quick links", "Handige links", "Snel naar",
# "Direct regelen", "Direct naar".
_LINK_BOX_LABEL = re.compile(r"(?:quick|useful|handige|snelle|nuttige)\s+links|snel\s+naar|direct\s+(?:regelen|naar)",
                             re.IGNORECASE)
_UNDERLINE = re.compile(r"[ \t]*(?:-{3,}|={3,})[ \t]*")  # a heading's underline ("-----"), as FormatText sets it


def _aside_after_date(lines: list[str], end: int, passed: set[int] = frozenset(), bare_items: bool = False) -> set[int]:
    """The boxes a site sets beside the article that a dump puts after the page's date line
    ("Pagina bijgewerkt op 5 december 2025", "Folder HEM-12 · versie 3 · herzien op ...") and
    before its footer (`end`): a short label ("Direct regelen", "Meer over hematologie",
    underlined or not) over a list of links, each a few words that end no sentence. netrik and
    HTML::FormatText set them so (red team 36), where "• Afspraak maken" ranked first for a
    question it shares no word with. A leaflet's date line closes its text: what follows it is
    the page's. Only where nothing but interface (a share line) and such boxes follow the date
    line to the footer; a leaflet dated at its top, or with text after its date, keeps all.
    Lines `passed` (a share bar's) are interface too. In a text written a node a paragraph
    (`bare_items`) the items are short lines with no bullet, as a scraper writes each link's
    text (parsel's "Downloads" over "Folder legionella (pdf, 210 kB)", red team 38), and so
    they may under a label that names a box of links (`_LINK_BOX_LABEL`: xmllint's "Quick
    links" over "Book an appointment")."""
    # from the end: only the last date line counts, and a dump's every line need not be read as one
    dated = next((index for index in reversed(range(end)) if lines[index].strip() and is_date_line(lines[index])), None)
    if dated is None:
        return set()
    found: set[int] = set()
    index = dated + 1
    while index < end:
        text = lines[index].strip()
        if not text or index in passed or is_ui_line(_without_link_arrows(text)) or glued_links(text):
            found |= {index} if text and glued_links(text) else set()  # a box whose links a converter glued
            index += 1
            continue
        label = index + 1 if index + 1 < end and _UNDERLINE.fullmatch(lines[index + 1]) else index
        bare = bare_items or bool(_LINK_BOX_LABEL.fullmatch(text.rstrip(":")))
        items = [i for i in (_bare_list_below(lines, label, end) if bare else _list_below(lines, label)) if i < end]
        if not items or len(text.split()) > MAX_ITEM_WORDS or ends_sentence(text) or _item_text(lines[index]):
            return set()
        found |= set(range(index, items[-1] + 1))
        index = items[-1] + 1
    return found


# ---------------------------------------------------------------- Markdown made of a web page

_MD_HEADING = re.compile(r" {0,3}(?P<marks>#{1,6})\s+(?P<text>.*?)\s*#*\s*")
_MD_ITEM = re.compile(r"(?P<indent>\s*)[-*+](?P<gap>\s+)")
# A link or an image (`[Home](/)`, `[Deze pagina bewerken](https://github.com/x/edit/main/a.md)`,
# `![](avatar.jpg)`); html2text wraps its address over lines, so the address may hold a blank.
_MD_LINK = re.compile(rf"!?\[(?P<text>[^\[\]]*)\]\((?P<target>{LINK_DESTINATION})\)")
_EXTERNAL = re.compile(r"[a-z][\w+.-]*:|//", re.IGNORECASE)  # "https:", "mailto:", "//cdn": another site
_LINK_GAP = re.compile(r"[\s*+•|·-]*")  # what stands between the links of a menu or a list of them
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")  # a heading's hash-link leaves "​"


def without_markdown_chrome(text: str) -> str:
    """Markdown without the chrome of the web page it was made of: the run of menus and short
    link lines before the page's `# ` heading (`_masthead_chrome`), readers' comments, a cookie
    notice, and what closes the page after its text (the footer, and before it the site's
    links, the page's own table of contents, share buttons: `_closing_chrome`). A line that
    states a date stays (outside comments): it dates the leaflet, and no passage is made of it.
    Each line taken out stays, empty; fenced code is left as it is."""
    lines = text.split("\n")
    code = fenced_lines(lines)
    shown = ["" if i in code else _as_shown(line) for i, line in enumerate(lines)]
    footer = _closing_footer(shown)
    end = min(footer, default=len(lines))
    comments = _comment_section(shown, end)
    end = min(comments, default=end)
    drop = set(footer) | _cookie_notices(shown)
    if footer or comments:
        drop |= _closing_chrome(lines, shown, end)
    drop |= _masthead_chrome(lines, shown, code)
    dated = {i for i in drop if _states_date(shown[i])}
    if not drop:
        return text
    drop = drop - dated | comments
    return "\n".join("" if i in drop else _date_alone(shown[i]) if i in dated else line
                     for i, line in enumerate(lines))


def _as_shown(line: str) -> str:
    """A Markdown line as the page shows it, in a text browser's terms: its words without
    heading marks, link addresses or emphasis, an item's mark as a bullet."""
    heading = _MD_HEADING.fullmatch(line)
    if heading:
        line = heading.group("text")
    item = _MD_ITEM.match(line)
    if item:
        line = f"{item.group('indent')}•{item.group('gap')}{line[item.end():]}"
    return _INVISIBLE.sub("", strip_inline_markdown(line))


def _states_date(line: str) -> bool:
    text = _date_alone(line)
    return bool(text) and is_date_line(text)


def _date_alone(line: str) -> str:
    """A date line of the chrome as a line of its own, out of the list it stood in (a post's
    byline: "• Bijgewerkt: 6 jan. 2026"), where it dates the leaflet and makes no passage."""
    return LIST_BULLET.sub("", line, count=1).strip()


def _is_link_run(text: str, anywhere: bool) -> bool:
    """Whether Markdown `text` is only links (a menu, a list of them, "previous" and "next"):
    to the site's own pages, or `anywhere`; a link whose words are interface ("Deze pagina
    bewerken") may go anywhere."""
    links = list(_MD_LINK.finditer(text))
    return bool(links) and _LINK_GAP.fullmatch(_MD_LINK.sub("", text)) is not None and all(
        anywhere or not _EXTERNAL.match(link.group("target").strip()) or is_ui_line(link.group("text"))
        for link in links)


def _masthead_chrome(lines: list[str], shown: list[str], code: set[int]) -> set[int]:
    """The lines before the first `# ` heading when they are a page's masthead: links among
    them, and besides those only a few words a line that end no sentence (the site's name, a
    breadcrumb's last step, "Zoeken", an author's name), interface or a cookie notice. A
    document's own opening, a sentence, keeps them all."""
    first = next((i for i, line in enumerate(lines) if i not in code and _MD_HEADING.fullmatch(line)
                  and _MD_HEADING.fullmatch(line).group("marks") == "#"), None)
    if not first:
        return set()
    runs = filled_runs(shown[:first])
    cookies = _cookie_notices(shown[:first])
    linked = any(_is_link_run(lines[i], anywhere=True) for run in runs for i in run)
    if linked and all(i in cookies or _is_link_run(lines[i], anywhere=True) or _is_masthead_line(shown[i])
                      for run in runs for i in run):
        return {i for run in runs for i in run}
    return set()


def _is_masthead_line(line: str) -> bool:
    text = LIST_BULLET.sub("", line, count=1).strip()
    return is_ui_line(text) or _states_date(text) or bool(_trail_steps(text)) \
        or len(text.split()) <= MAX_ITEM_WORDS and not ends_sentence(text)


def _closing_chrome(lines: list[str], shown: list[str], end: int) -> set[int]:
    """The paragraphs right before a page's footer or comments (`end`) that are the site's, read
    back while each is: links to the site's own pages (tags, "recent posts", the footer's
    menus, previous and next), interface (share buttons, counters, "edit this page"), the
    page's table of contents (items that are its headings), or a short label over such a
    paragraph ("Recente posts", "Contact"). A line that states a date is passed over."""
    headings = {_key(shown[i]) for i, line in enumerate(lines) if _MD_HEADING.fullmatch(line)}
    found: set[int] = set()
    labelled = False
    for run in reversed(filled_runs(shown[:end])):
        if all(_states_date(shown[i]) for i in run):
            continue
        if _is_chrome(run, lines, shown, headings):
            labelled = False
        elif not labelled and found and len(run) == 1 and len(shown[run[0]].split()) <= MAX_ITEM_WORDS \
                and not ends_sentence(shown[run[0]]):
            labelled = True
        else:
            break
        found |= set(run)
    return found


def _is_chrome(run: list[int], lines: list[str], shown: list[str], headings: set[str]) -> bool:
    """Whether a paragraph is the site's (see `_closing_chrome`)."""
    if _is_link_run(" ".join(lines[i] for i in run), anywhere=False):
        return True
    return all(is_ui_line(shown[i]) or LIST_BULLET.match(shown[i]) and _key(shown[i]) in headings for i in run)


def _key(line: str) -> str:
    return " ".join(LIST_BULLET.sub("", line, count=1).split()).casefold()
