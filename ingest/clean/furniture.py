"""Lines that stand on the page but are no leaflet text, dropped before any joining.

Web-page interface (cookie bars, share buttons, breadcrumbs: `UI_PHRASES`), labels of
pictures the text cannot show, and a PDF's running headers, footers and page numbers would
otherwise be joined into the paragraphs around them and found by search. `ingest.text` and
`ingest.pdf` apply the same page-furniture rule.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter


# A cookie bar, which a browser prints on every page of a saved web page: its notice ("Wij
# gebruiken cookies om ..."), its buttons, and its link to the site's statement, which a bar
# that wraps may cut after "Lees meer in" ("onze cookieverklaring.": red team 19's Chromium print).
COOKIE_PHRASES: tuple[str, ...] = (
    r"(?:Accepteer|Weiger|Accept|Reject)\s+(?:alle\s+|all\s+)?cookies\b.*",
    # "Wij gebruiken cookies ...", "Gelre ziekenhuizen gebruikt cookies om ..." (the site's name),
    # "Wij gebruiken functionele en analytische cookies." (their kinds in lower case between)
    r"(?:Wij|We|(?:Deze|Onze|This|Our)\s+(?:web)?site|[A-Z][\w'’.&-]*(?:\s+[\w'’.&-]+){0,3}?)\s+(?:gebruik(?:t|en)"
    r"|maak(?:t|en)\s+gebruik\s+van|uses?)(?:\s+[a-zà-ÿ][\w-]*,?){0,4}?\s+cookies\b[^.!?]{0,200}[.!?]?",
    # "Met uw toestemming plaatsen we ook cookies van YouTube en sociale media."
    r"(?:Met\s+uw\s+toestemming|With\s+your\s+(?:permission|consent))\b[^.!?]{0,100}?\bcookies\b[^.!?]{0,100}[.!?]?",
    r"Alles\s+accepteren|Accepteren|Weigeren|Cookie-?instellingen|Accept\s+all|Decline|Reject\s+all",
    # "Alle cookies accepteren", "Alle cookies toestaan", "Allow all cookies" (a bar's button)
    r"Alle\s+cookies\s+(?:accepteren|toestaan|weigeren)|Allow\s+all\s+cookies",
    r"(?:Alleen|Only)\s+(?:strikt\s+)?(?:noodzakelijke|functionele|essentiële|necessary|essential|functional)"
    r"\s+cookies|(?:Necessary|Essential)\s+cookies\s+only",
    r"(?:Lees|Read)\s+(?:meer|more)(?:\s+(?:in|op|about))?",
    # the consent its notice asks for ("Door op "Accepteren" te klikken gaat u akkoord met het
    # gebruik van cookies.", "By clicking Accept you agree to our use of cookies.")
    r"(?:Door|Als\s+u|By|If\s+you)\b[^.!?]{0,100}?\b(?:akkoord|toestemming|agree|consent)\b[^.!?]{0,100}?"
    r"\bcookies\b[^.!?]{0,60}[.!?]?",
    # "Meer info" after a consent button is the link to the statement ("Accepteren Weigeren Meer
    # info", red team 20's w3m dump); alone it may head a leaflet's section
    r"(?:Alles\s+accepteren|Accepteren|Weigeren|Akkoord|Accept(?:\s+all)?|Decline|Reject(?:\s+all)?)\s+"
    r"(?:Meer\s+info(?:rmatie)?|More\s+info(?:rmation)?|Instellingen|Voorkeuren|Settings|Preferences)",
    # a row of a bar's buttons, where "Akkoord" or "OK" beside another is one ("Akkoord Weigeren",
    # inscriptis' dump after the notice: red team 25); alone either may be a leaflet's word
    r"(?:Akkoord|OK|Oké|Agree|I\s+agree|Ik\s+ga\s+akkoord|Got\s+it|Sluiten|Close)"
    r"(?:\s+(?:Alles\s+accepteren|Accepteren|Weigeren|Accept(?:\s+all)?|Decline|Reject(?:\s+all)?"
    r"|Instellingen|Voorkeuren|Aanpassen|Settings|Preferences|Customi[sz]e)\b)+"
    r"|(?:Alles\s+accepteren|Accepteren|Weigeren|Accept(?:\s+all)?|Decline|Reject(?:\s+all)?)"
    r"\s+(?:Akkoord|OK|Oké|Agree|Sluiten|Close)\b",
    r"(?:(?:Lees|Read)\s+(?:meer|more)\s+(?:in|op|about)\s+)?(?:(?:onze|ons|de|het|our|the)\s+)?"
    r"(?:cookie|privacy)[- ]?(?:verklaring|beleid|statement|policy|notice)\.?",
)
# A button that prints or downloads the page itself: a verb, then what it acts on ("Print deze
# folder", "Download als PDF", "Download de brochure (PDF, 120 kB)"); "Download de app" is no such.
_DOC_ACTION = (r"(?:Print(?:en)?|Afdrukken|Druk\s+af|Download(?:en)?|Save|Opslaan)(?:\s+(?:deze|dit|de|het|als|this|the|as))*"
               r"\s+(?:folder|brochure|pagina|page|artikel|article|informatie|tekst|leaflet|PDF)(?:\s*\([^()]{0,30}\))?")
# What a portal or webmail offers to do with a message shown ("Beantwoorden", "Reply all").
_MESSAGE_ACTION = (r"(?:(?:Allen\s+)?(?:beantwoorden|antwoorden)|Doorsturen|Verwijderen|Archiveren|Verplaatsen|Afdrukken"
                   r"|Markeren\s+als\s+(?:on)?gelezen|Reply(?:\s+(?:to\s+)?all)?|Forward|Delete|Archive|Move|Print"
                   r"|Mark\s+as\s+(?:un)?read|Terug\s+naar\s+(?:inbox|berichten|postvak\s+in)|Back\s+to\s+inbox)")
# A lesson player's or a pager's buttons: to the previous or next page, lesson or step, to mark
# the lesson done ("Markeer als voltooid", "Mark as complete").
_STEP = r"(?:Vorige|Volgende|Previous|Prev|Next)(?:\s+(?:pagina|page|les|lesson|module|stap|step|slide|dia))?"
_STEP_BUTTON = (rf"(?:(?:[«‹←<]\s*)?{_STEP}(?:\s*[»›→>])?|Markeer\s+als\s+(?:voltooid|afgerond|gelezen)"
                r"|Mark\s+as\s+(?:complete|completed|done)|Les\s+afronden|Complete\s+lesson)")
_ARROWED_STEP = rf"(?:[«‹←]\s*{_STEP}|{_STEP}\s*[»›→])"
_FORM_FIELD = r"\[[ _]*\]"  # an empty field of a form, as w3m ("[    ]") or lynx ("[____]") shows it
# Lines of web-page interface that are not leaflet content. Each pattern must
# match a whole line (after whitespace is collapsed). Keep this the one place.
UI_PHRASES: tuple[str, ...] = (
    r"Selecteer de tekst die je wilt vertalen\b.*",  # translation widget
    r"Waarom werken we samen met deskundigen\?",  # link to an "about us" page
    r"Lees\s+meer\s+over\s+[^.!?:;]{1,80}",  # "read more" link to another page
    r"Kijk bij de veelgestelde vragen\b[^.!?:;]{0,80}",  # link to the site's FAQ
    *COOKIE_PHRASES,
    # a share bar ("Deel deze pagina Facebook · LinkedIn · E-mail · Print")
    r"(?:Deel|Print|Share)\s+(?:deze\s+|this\s+)?(?:pagina|page)"
    r"(?:[:\s]+(?:Facebook|Twitter|X|LinkedIn|WhatsApp|E-?mail|Mail|Print|Printen|Instagram)[\s·|,/]*)*:?",
    # a row of share buttons without a label, as a converter glues them ("FacebookX (Twitter)LinkedInLink
    # kopiëren"), and a post's counters ("212 weergaven2 reacties14"): Wix's blog (red team 21)
    r"(?:(?:Facebook|X\s*\(Twitter\)|Twitter|LinkedIn|WhatsApp|Pinterest|E-?mail|Link\s+kopiëren|Kopieer\s+link"
    r"|Copy\s+link)[\s·|,/]*){2,}",
    r"(?:\d+\s*(?:weergaven|views|reacties|comments|likes|keer\s+bekeken)\s*)+\d*",
    # a site's links to its own social media pages ("Volg ons op Facebook en LinkedIn", "Follow us on
    # Instagram, YouTube"), a footer's field: only the services' names after it, no sentence about them
    r"(?:Volg\s+ons|Follow\s+us)(?:\s+(?:op|via|on)|:)?(?:(?:\s*[,·|/&]\s*|\s+(?:en|and|of|or)\s+|\s+)"
    r"(?:Facebook|Instagram|LinkedIn|X|Twitter|YouTube|TikTok|Pinterest|Mastodon|Bluesky|Threads)\b)+",
    # a documentation site's link to the page's source ("Deze pagina bewerken", "Edit this page")
    r"(?:Deze\s+)?pagina\s+bewerken|(?:Bewerk|Wijzig)\s+deze\s+pagina|Edit\s+this\s+page|Edit\s+on\s+GitHub",
    # a link that skips the menus ("Overslaan en naar de inhoud gaan", "Direct naar de inhoud",
    # "Skip to main content"), a text browser's first line
    r"(?:Overslaan\s+en\s+|Ga\s+|Spring\s+|Direct\s+)?naar\s+(?:de\s+)?(?:hoofd)?inhoud(?:\s+gaan)?"
    r"|Skip\s+to\s+(?:the\s+)?(?:main\s+)?content|Skip\s+(?:the\s+)?(?:navigation|menu)|(?:Navigatie|Menu)\s+overslaan",
    # a lesson player's or a pager's buttons (an e-learning module's "Vorige Markeer als voltooid
    # Volgende", eXeLearning's "Next »"): a row of them, or one with its arrow; alone "Volgende"
    # may be a word of the text
    rf"{_STEP_BUTTON}(?:\s*[|·]?\s*{_STEP_BUTTON})+|{_ARROWED_STEP}",
    # a page's credit to the tool that made it, its link's text for screen readers after it
    # ("Made with eXeLearning (new window)", "Powered by WordPress", "Gemaakt met Articulate Rise")
    r"(?:Made|Created|Built|Published)\s+with\s+\S+(?:\s+\S+)?\s*(?:\((?:new\s+window|opens\s+in\s+a\s+new\s+(?:window|tab))\))?"
    r"|Powered\s+by\s+\S+(?:\s+\S+)?|Gemaakt\s+met\s+\S+\s*(?:\((?:nieuw\s+venster|opent\s+in\s+nieuw\s+(?:venster|tabblad))\))?",
    # a form as a text browser shows it: labels before empty fields and buttons in brackets
    # ("Zoeken[ ][Zoeken]", "Uw naam[ ]Reactie[ ] [Opslaan]"): its first label right before its
    # field, or a button last ("Naam: [ ]" alone may be a leaflet's own form to fill in)
    rf"[^\W\d][^\[\]]{{0,40}}?\w{_FORM_FIELD}(?:\s*(?:[^\W\d][^\[\]]{{0,40}})?\[[^\[\]]{{0,30}}\])*",
    rf"(?:(?:[^\W\d][^\[\]]{{0,40}})?{_FORM_FIELD}\s*)+\[[^\W\d][^\[\]]{{0,29}}\]",
    # a search box as links2 draws it: its field a line of underscores, its button in brackets
    r"_{3,}\s*\[\s*[^\W\d][^\[\]]{0,20}\]",
    r"(?:Terug\s+)?naar\s+boven|Back\s+to\s+top",
    # a breadcrumb trail ("Home › Patiënten › Folders › KNO")
    r"(?:Home|Homepage|Startpagina|Voorpagina)(?:\s*[›»>]\s*[^›»>\s](?:[^›»>]{0,78}[^›»>\s])?){1,12}",
    # a feedback widget ("Was deze informatie nuttig? Ja / Nee")
    r"(?:(?:Was|Is|Vond\s+u)\s+(?:deze|dit|this)\s+(?:informatie|pagina|tekst|artikel|page|information|article)"
    r"(?:\s+(?:nuttig|duidelijk|behulpzaam|helpful|useful))?|Heeft\s+deze\s+(?:informatie|pagina)\s+u\s+geholpen)"
    r"\s*\?(?:\s*(?:Ja|Nee|Yes|No)\b\s*[/|·]?)*",
    # a page's own buttons to print or download it ("Print deze folder | Download als PDF",
    # "Download de folder (PDF)", "Print this page"), in a row or alone
    rf"{_DOC_ACTION}(?:\s*[|·•/]?\s*{_DOC_ACTION})*",
    # a page's notice for a browser without script ("Dit scherm heeft JavaScript nodig", "Please enable
    # JavaScript"): a narrowcasting player's `<noscript>`, which a reader of the DOM keeps (red team 54)
    r"(?:Dit\s+scherm|Deze\s+(?:pagina|site|website|zuil|kiosk)|This\s+(?:screen|page|site|website|kiosk))\s+"
    r"(?:heeft|vereist|gebruikt|needs|requires|uses)\s+JavaScript(?:\s+nodig)?\.?"
    r"|(?:Schakel|Zet)\s+JavaScript\s+(?:in|aan)[^.!?]{0,40}[.!]?|(?:Please\s+)?enable\s+JavaScript[^.!?]{0,40}[.!]?"
    r"|JavaScript\s+(?:is\s+)?(?:required|disabled|uitgeschakeld|staat\s+uit)[.!]?",
    # a touch screen's calls and buttons, in one language or two run together ("Tik op het scherm om te
    # beginnenTouch the screen to start", "◀ Terug⌂ HomePrint deze pagina"), and its notice that it
    # goes back to its start screen unused: a hospital hall's information kiosk (red team 54)
    r"(?:(?:Tik|Raak|Druk|Tap|Touch)\s+(?:op\s+)?(?:het\s+|the\s+)?(?:scherm|screen|hier|here)(?:\s+aan)?\s+"
    r"(?:om\s+te\s+|to\s+)(?:beginnen|starten|start|begin)[.!]?\s*)+",
    rf"(?=.*[◀◁⌂])(?:[◀◁←‹«⌂]?\s*(?:Terug|Back|Home|Start|Vorige|Previous)\s*)+(?:{_DOC_ACTION})?",
    r"(?:Dit\s+scherm|Deze\s+(?:zuil|kiosk|pagina))\s+gaat\s+na\s+\d+\s+(?:seconden|minuten)\b[^.!?]{0,60}"
    r"\bterug\s+naar\s+het\s+(?:begin|start)scherm\.?"
    r"|(?:This\s+(?:screen|kiosk|page))\s+(?:returns|will\s+return|goes\s+back)\s+to\s+the\s+(?:start|home)\s+screen\b"
    r"[^.!?]{0,60}\.?",
    # a leaflet's catalogue number on a line of its own ("Foldernummer: KNO-041", "Folder nr. 1234")
    r"(?:(?:(?:patiënten)?folder|brochure|document|publicatie)\s*(?:nummer|nr\.?|code)|leaflet\s+(?:number|no\.?|code))"
    r"[:.]?\s*(?=[\w./-]*\d)[A-Z0-9][\w./-]{0,20}",
    # a site's menu bar, after its name at most ("Ziekenhuis X Patiënten Bezoekers Afdelingen Contact")
    r"(?:[^\W\d][\w'’.-]*\s+){0,4}?(?:(?:Patiënten|Bezoekers|Afdelingen|Specialismen|Contact|Zoeken|Menu|Home"
    r"|Nieuws|Over\s+ons|Werken\s+bij|Afspraak\s+maken|Patients|Visitors|Departments|Search)(?:\s+|$)){3,}",
    # a site's footer: its copyright beside links to its privacy or cookie statement
    r"(?=.*\b(?:Privacy|Cookies?|Disclaimer|Sitemap)\b).*©.*",
    # a message's buttons in a patient portal or a webmail, in a row, one of them to answer it
    # ("Beantwoorden Verwijderen": a reply form whose tags a sanitiser took out, red team 44);
    # one alone may be a word of the text
    rf"(?=.*\b(?:Beantwoorden|Antwoorden|Doorsturen|Reply|Forward)\b){_MESSAGE_ACTION}(?:\s*[|·•/]?\s*{_MESSAGE_ACTION})+",
)
# A line of interface may hold several of them ("Deel deze pagina … Wij gebruiken cookies …")
_UI_ONE = "|".join(f"(?:{p})" for p in UI_PHRASES)
_COOKIE_ONE = "|".join(f"(?:{p})" for p in COOKIE_PHRASES)
_UI_LINE = re.compile(rf"(?:{_UI_ONE})(?:\s+(?:{_UI_ONE}))*", re.IGNORECASE)
_UI_LONGEST = 400  # characters: interface is short, and a long line is never matched against it
# A line that only labels pictures the text cannot show ("Afbeelding 2 Afbeelding 3" under
# the drawings of EMA's injection instructions). The sentences that point at them
# ("zie afbeelding 2") stay, and the citation's page link shows the picture.
_FIGURE_LABELS = re.compile(
    r"(?:(?:afbeelding|afb\.?|figuur|fig\.?|figure|illustratie|illustration)\s*\d{1,3}[a-z]?[\s|]*)+",
    re.IGNORECASE,
)


def is_ui_line(line: str) -> bool:
    """Whether a whole line is web-page interface (see `UI_PHRASES`)."""
    line = line.strip()
    return len(line) <= _UI_LONGEST and bool(_UI_LINE.fullmatch(line))


_COOKIE_BAR = re.compile(rf"(?:{_COOKIE_ONE})(?:\s+(?:{_COOKIE_ONE}))*", re.IGNORECASE)


def is_cookie_bar(text: str) -> bool:
    """Whether a whole piece of text is a cookie bar's (`COOKIE_PHRASES`) and names cookies
    (a bar's other buttons, "Alles accepteren", name none); a site's footer that links its
    cookie statement beside its copyright is no bar."""
    text = text.strip()
    return "cookie" in text.casefold() and len(text) <= _UI_LONGEST and bool(_COOKIE_BAR.fullmatch(text))


# An OCR engine's speck: a line of a mark or two with no letter or digit, a glyph it could
# not read ("_", gocr's mark for one, atop the page over the sender) or a smudge ("." "'"). A
# bullet's glyph alone ("•", "-") stays: it marks the item under it.
_SPECK = re.compile(r"[_.,'`´~]{1,3}")


def is_speck(line: str) -> bool:
    """Whether a whole line is an OCR speck (see `_SPECK`): left in, it stood as the text's first
    block, and the title under it was taken for text."""
    return bool(_SPECK.fullmatch(line.strip()))


# A template's placeholder that a converter left unfilled: docx2md's `<{tag_name}>` where its
# template had no text for a text box, a Jinja or Mustache `{{ name }}`, `{% … %}` (red team 46).
_PLACEHOLDER = re.compile(r"<\{[^{}<>]*\}>|\{\{[^{}]*\}\}|\{%[^{}]*%\}")


def is_placeholder(line: str) -> bool:
    """Whether a whole line is only template placeholders: no word of the leaflet's."""
    return bool(line.strip()) and not _PLACEHOLDER.sub("", line).strip()


def is_figure_label(line: str) -> bool:
    """Whether a whole line only names figures ("Afbeelding 7", "Figuur 2 Figuur 3", in a
    bordered row "Afbeelding 6 | Afbeelding 7")."""
    return bool(_FIGURE_LABELS.fullmatch(line.strip()))


MIN_RUNNING_PAGES = 3  # a line at the edge of this many pages (and half of them) runs through
_NUMBER = re.compile(r"(?<![\w.,])\d{1,4}(?!\w|[.,]\d)")  # a number on its own, not "1a" or "1.5"
_PAGE_WORD = r"(?:pagina|page|pag\.?|blz\.?|p\.)"
_PAGE_NUMBER = re.compile(
    rf"(?:{_PAGE_WORD}\s*)?[-–—]?\s*\d{{1,4}}\s*[-–—]?(?:\s*(?:/|van|of)\s*\d{{1,4}})?",
    re.IGNORECASE,
)
# A page number no text can be anything else, wherever it stands: between dashes ("- 2 -",
# "— 2 —") or after the word page ("Pagina 2 van 4"); a bare "2" or "2/4" may be text.
_PAGE_LABEL = re.compile(
    rf"(?P<dash>[-–—])\s*\d{{1,4}}\s*(?P=dash)|{_PAGE_WORD}\s*\d{{1,4}}(?:\s*(?:/|van|of)\s*\d{{1,4}})?",
    re.IGNORECASE,
)


def strip_page_furniture(pages: list[str]) -> list[str]:
    """Drop running headers, footers and page numbers from PDF page texts.

    A line counts as furniture when it is a bare page number at the top or bottom
    of a page, or when the same line (where only the page number changes, so
    "Pagina 3 van 9" repeats) opens or closes at least half of the pages, and three or more.
    """
    dropped = furniture_lines([page.split("\n") for page in pages])
    return ["\n".join("" if i in drop else line for i, line in enumerate(page.split("\n")))
            for page, drop in zip(pages, dropped)]


def furniture_lines(pages: list[list[str]], first_page: int = 1) -> list[set[int]]:
    """For each page (a list of lines), the indices of its furniture lines.

    The rule of `strip_page_furniture`; `first_page` is the number printed on the
    first page, so that "Pagina 238" on a part of a longer document compares equal.
    """
    numbers = range(first_page, first_page + len(pages))
    edges = [_edge_lines(lines) for lines in pages]
    counts: Counter[str] = Counter()
    for number, lines, edge in zip(numbers, pages, edges):
        counts.update(set().union(*(furniture_keys(lines[i], number) for i in edge)))
    repeated = {key for key, count in counts.items() if runs_through(count, len(pages))}
    return [{i for i in edge if is_page_number(lines[i]) or is_roman_page(lines[i], number)
             or furniture_keys(lines[i], number) & repeated
             or numbers_its_page(lines[i], number)}
            for number, lines, edge in zip(numbers, pages, edges)]


# The fields of a running header or footer: apart by a wide gap, a tab or a bar.
# Between a meta line's fields, which no one statement holds: "Isala | Hartcentrum", "Arnhem ·
# Laatst bijgewerkt: …" (a sender's line, a site's closing line of links).
META_GAP = re.compile(r"\s[|·•]\s")
# Between a running header's or a masthead's fields: a wide gap, a tab or a meta line's gap.
FIELD_GAP = re.compile(r"\s{3,}|\t|" + META_GAP.pattern)


def numbers_its_page(line: str, page: int) -> bool:
    """Whether a line at a page's edge is a running header or footer by its own fields, with
    no repetition to tell: other fields (the title, a version, a date) beside one that labels
    this very page ("Inspanningstest op de fiets | Versie 3 - herzien 5 mei 2025   pagina 1",
    `pdftotext -layout` of a one-page leaflet: red team 20). A sentence that points at a page
    ("zie pagina 1") sets no field apart."""
    fields = [field.strip() for field in FIELD_GAP.split(line.strip()) if field.strip()]
    if len(fields) < 2:
        return False
    label = next((field for field in (fields[0], fields[-1]) if is_page_label(field)), None)
    numbers = [int(number) for number in re.findall(r"\d{1,4}", label or "")]
    return bool(numbers) and numbers[0] == page  # "pagina 2 van 4" on page 2


def _edge_lines(lines: list[str]) -> list[int]:
    """The first two and last two filled lines: where headers and footers stand."""
    filled = [i for i, ln in enumerate(lines) if ln.strip()]
    return sorted(set(filled[:2] + filled[-2:]))


def runs_through(count: int, page_count: int) -> bool:
    """Whether a line found at the edge of `count` of `page_count` pages is running furniture:
    on at least half of the pages and on three or more (a heading may repeat twice)."""
    return count >= MIN_RUNNING_PAGES and count * 2 >= page_count


def furniture_keys(line: str, page: int) -> frozenset[str]:
    """The forms in which a running header or footer repeats from page to page.

    The line as written, and the line with each of its numbers in turn replaced by
    its distance to the page number: "Pagina 3 van 3 OZ-0412 versie 3" on page 3
    and "Pagina 1 van 3 OZ-0412 versie 3" on page 1 share "Pagina #+0 van 3 OZ-0412
    versie 3", whichever other numbers equal the page's; a count that starts after
    an unnumbered cover ("Pagina 2" on the third page) compares equal too.
    """
    text = " ".join(line.split())
    if not text:
        return frozenset()
    keys = {text}
    for match in _NUMBER.finditer(text):
        keys.add(f"{text[:match.start()]}#{int(match.group()) - page:+d}{text[match.end():]}")
    return frozenset(keys)


def is_page_number(line: str) -> bool:
    """Whether a whole line is a page number: "12", "- 12 -", "— 12 —", "Pagina 3 van 9", "3/9"."""
    return bool(_PAGE_NUMBER.fullmatch(line.strip()))


_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv")


def is_roman_page(line: str, page: int) -> bool:
    """Whether a line at a page's edge is that page's own number in roman ("I" closing page 1,
    as groff's page number reads after OCR, or a front matter's "iii")."""
    return 0 < page <= len(_ROMAN) and line.strip().casefold() == _ROMAN[page - 1]


def is_page_label(line: str) -> bool:
    """Whether a whole line is a page number that nothing else writes so: "- 2 -", "— 2 —",
    "Pagina 2 van 4". Text that lost its page breaks (no form feeds) still shows them, and
    they are no list item ("- 2 -" is no bullet over "2 -")."""
    return bool(_PAGE_LABEL.fullmatch(line.strip()))


# The opening lines of a leaflet that a running header repeats: its sender's line and its title.
OPENING_LINES = 3
MAX_NAMED_HEADER_LINES = 2  # "GGD Hollands Noorden" over "Navelgranuloom" (djvutxt)
MAX_NAMED_HEADER_WORDS = 10  # "Dijklander Ziekenhuis   Het verwijderen van een lipoom"
OCR_WORD_LIKENESS = 0.6  # difflib's ratio of an OCR'd word to the word it reads ("kaXschouder")
MIN_LIKENESS_LETTERS = 4  # a shorter word is compared as written: "een" is like too many
_WORD = re.compile(r"[^\W_]+(?:[_'’-][^\W_]+)*|_+[^\W_]+")


def named_headers(pages: list[list[str]]) -> list[set[int]]:
    """For each page (a list of lines), the lines of a running header that repeats the
    leaflet's sender and title from the first page's opening lines: groff's `-ms` sets its
    header from page 2 on, so a two-page leaflet shows it once ("Dijklander Ziekenhuis
    Het verwijderen van een lipoom"), and no repeat across pages tells it. Left in, it ran into
    the text that the page break cut. The first line of a later page, or its first two, whose
    words all stand in those opening lines (an OCR'd word that only looks like one included,
    one OCR loss allowed: "_ekemttis Gelderse Vallei Barbotage kaXschouder") and are drawn
    from the first and another: a heading may repeat the title's words, never beside the sender's."""
    if len(pages) < 2:
        return [set() for _ in pages]
    opening = [_words_of(line) for line in pages[0] if sum(c.isalpha() for c in line) >= 2][:OPENING_LINES]
    found: list[set[int]] = [set()]
    for page in pages[1:]:
        filled = [index for index, line in enumerate(page) if line.strip(" \t\f")]
        found.append(set())
        for size in range(1, MAX_NAMED_HEADER_LINES + 1):
            top = filled[:size]
            if len(top) == size and _repeats_opening([page[index] for index in top], opening):
                found[-1] = set(top)
                break
    return found


def _words_of(line: str) -> list[str]:
    return [word.casefold() for word in _WORD.findall(line)]


def _repeats_opening(lines: list[str], opening: list[list[str]]) -> bool:
    """Whether header lines repeat words of the first opening line (the sender's, or the title
    over it) and of another, and nothing else (see `named_headers`): a heading that repeats the
    title's words ("Wat is een lipoom" under "Het verwijderen van een lipoom") draws on no sender."""
    if any(ends_sentence_mark(line) or len(line.split()) > MAX_NAMED_HEADER_WORDS for line in lines):
        return False
    if lines[0].lstrip()[:1].islower():  # a sentence the page break cut goes on ("het apparaat van de …")
        return False
    words = [word for line in lines for word in _words_of(line)]
    if len(words) < 2:
        return False
    sources = [_opening_line_of(word, opening) for word in words]
    unread = sum(source is None for source in sources)
    drawn = {source for source in sources if source is not None}
    return unread <= (1 if len(words) > 3 else 0) and 0 in drawn and len(drawn) >= 2


def _opening_line_of(word: str, opening: list[list[str]]) -> int | None:
    """The first opening line that holds a word, as written or, for a longer word, one it
    looks like as OCR reads it."""
    for number, line in enumerate(opening):
        if word in line:
            return number
    if len(word) < MIN_LIKENESS_LETTERS:
        return None
    for number, line in enumerate(opening):
        if any(len(other) >= MIN_LIKENESS_LETTERS
               and difflib.SequenceMatcher(None, word, other).ratio() >= OCR_WORD_LIKENESS for other in line):
            return number
    return None


def ends_sentence_mark(line: str) -> bool:
    """Whether a line ends as a sentence or question does: no header does."""
    return line.rstrip()[-1:] in ".!?:;"
