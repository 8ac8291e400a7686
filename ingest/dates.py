"""The date a leaflet was last updated, as the leaflet itself states it.

Patients and editors need to know how current a cited passage is; leaflets say so
in a line like "Laatste update, 2 juli 2025", or, in medicine leaflets, "Deze
bijsluiter is voor het laatst goedgekeurd in 10/2022" (a month: the date is then
YYYY-MM, nothing is invented for the day). Only explicit statements count: a date
elsewhere in the text (an appointment, a study) is not the leaflet's date, and a
date an "updated" word mentions in passing ("sinds het protocol is herzien in
maart 2019") counts only when the leaflet states no date of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

MONTHS = {
    # Dutch
    "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
    "augustus": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mrt": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "okt": 10, "nov": 11, "dec": 12,
    # English (names that differ from the Dutch ones)
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8,
    "october": 10, "mar": 3, "oct": 10,
    # French and German, the other languages of leaflets from Belgium and of translated ones
    # ("Mis à jour le 12 février 2026", red team 63; "Zuletzt aktualisiert: März 2026")
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
    "janv": 1, "févr": 2, "fevr": 2, "avr": 4, "juil": 7, "déc": 12,
    "januar": 1, "februar": 2, "märz": 3, "maerz": 3, "dezember": 12,
}
WEEKDAYS = frozenset(
    "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)

# A date or a clock time inside a line of another kind (a record's field, a calendar's event, a
# chat's stamp), spelled once here for the readers that know such lines; none of them is a
# leaflet's date. A calendar may leave out the year ("di 24 mrt"); a chat's stamp, whose
# numbers come in either order, keeps its own wider shape.
_MONTH_NAME = "|".join(sorted(MONTHS, key=len, reverse=True))
CLOCK_TIME = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s?(?i:[ap])\.?\s?(?i:m)\.?)?"  # "10:40", "20.03:15", "8:15 PM"


def written_date(*, year: bool = True) -> str:
    """A regular expression (no groups) for a date written with its numbers or its month's
    name: "24-03-2026", "24/3/26", "2026-03-24", "24 maart 2026", "March 24, 2026"; where
    `year` is False the year may be left out ("24-03", "24 mrt", "Mar 24"), as a calendar
    does. Compile it with re.IGNORECASE for the months' names."""
    optional = "" if year else "?"
    return (rf"\d{{1,2}}[-/.]\d{{1,2}}(?:[-/.](?:\d{{4}}|\d{{2}})){optional}|\d{{4}}-\d{{2}}-\d{{2}}"
            rf"|\d{{1,2}}\s+(?:{_MONTH_NAME})\.?(?:\s+\d{{4}}){optional}"
            rf"|(?:{_MONTH_NAME})\.?\s+\d{{1,2}}(?:,?\s+\d{{4}}){optional}")


# Phrases that can only mean the leaflet's own date ...
_EXPLICIT = (
    r"(?:deze\s+bijsluiter\s+is\s+)?voor\s+het\s+laatst\s+(?:goedgekeurd|herzien|gewijzigd|bijgewerkt)"
    r"|laatste\s+(?:update|wijziging|herziening|revisie|aanpassing)"
    r"|laatst\s+(?:gewijzigd|bijgewerkt|bewerkt|herzien|aangepast|goedgekeurd)"  # "bewerkt": Starlight's Dutch
    r"|last\s+(?:updated|modified|reviewed|revised|edited)"
    # the same in the languages of translated leaflets: German, French, Polish, Turkish
    r"|zuletzt\s+(?:aktualisiert|geändert|überarbeitet)|dernière\s+mise\s+à\s+jour|mis\s+à\s+jour"
    r"|ostatnia\s+aktualizacja|son\s+güncelleme"
)
# ... words that may also tell what happened to something else ...
_PASSING = r"bijgewerkt|gewijzigd|herzien|updated|aktualisiert"
# A check dates the leaflet only where it names it or says "(voor het) laatst" ("Laatst
# gecontroleerd: april 2025"): at a line's start it is as often a wound's or a blood test's.
_CHECKED = r"gecontroleerd|gecheckt|nagekeken|getoetst|checked"
# ... words that date the leaflet only where they start its line or name it ("Deze folder is
# vastgesteld op ...", "Deze informatie is voor het laatst gecontroleerd in april 2025", "Laatst
# gecontroleerd: april 2025"), since in a sentence they tell of a diagnosis, a study or a check
# ("de diagnose werd vastgesteld op ...", "uw bloed is voor het laatst gecontroleerd in ...") ...
# A guideline's words count the same way: "geautoriseerd", "gereviseerd", "geaccordeerd" ("Versie 3,
# geautoriseerd 12-03-2024").
_OWN_ONLY = (r"vastgesteld|goedgekeurd|geautoriseerd|geaccordeerd|gereviseerd|geactualiseerd|aangepast|geredigeerd"
             rf"|reviewed|revised|approved|modified|{_CHECKED}")
# ... and those that date its first publication, which a later update overrules.
_PUBLISHED = r"gepubliceerd|geplaatst|verschenen|uitgegeven|(?:first\s+)?published|posted|issued"
_UPDATED = rf"(?:{_EXPLICIT}|{_PASSING}|{_OWN_ONLY}|{_PUBLISHED})"
# What these words say of the leaflet itself: "deze folder is herzien op ...".
_OWN_SUBJECT = re.compile(
    r"\b(?:deze|dit|this)\s+(?:\w+[-]?)?(?:folder|brochure|bijsluiter|informatie|tekst|pagina|leaflet|page"
    r"|information|document)\s+(?:is|werd|was|wordt|has\s+been)\s+(?:(?:voor\s+het\s+laatst|opnieuw)\s+)?$",
    re.IGNORECASE,
)
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
# A version's number, never the day of a date after the word ("Versie 11 maart 2026" is the
# 11th of March, not version 11 of March): a whole number followed by a month and a year is that
# date's day. A dotted number ("Versie 3.1 maart 2026") or one after "v" ("v11") is a version.
_VERSION_NUMBER = (rf"(?:\d{{1,2}}(?:\.\d{{1,2}}){{1,2}}|\d{{1,2}}(?![ \t]+(?:{_MONTH})\.?[ \t]+\d{{4}}))"
                   r"(?!\.?\d)")
# Labels of a date line: "Versie: maart 2024", "Datum: 12-2023", "Versie 3.1, 12-05-2024" (a colon
# may stand before the number: "Versie: 3, 1 januari 2024"),
# "Edition: March 2026"; the date of issue names its word after "datum" as often as before it
# ("Datum uitgifte: oktober 2025", "Datum van uitgave", "Uitgiftedatum"); an edition or version
# may say what it is ("Herziene uitgave mei 2026", "Nieuwe versie, juni 2025", "Revised edition
# 2024"), still the date of the leaflet in hand.
_REVISED = r"(?:(?:herziene|vernieuwde|bijgewerkte|gewijzigde|aangepaste|nieuwe|revised|updated|new)\s+)?"
_LABEL = (
    r"(?:(?:versie|revisie|publicatie|uitgave|uitgifte)?datum(?:\s+(?:van\s+)?(?:uitgifte|uitgave|publicatie))?"
    r"|" + _REVISED + r"(?:uitgave|editie)"
    r"|" + _REVISED + r"versie(?:(?:[ \t]*:)?\s+(?:nr\.?\s*)?(?:v\d{1,2}(?:\.\d{1,2}){0,2}|" + _VERSION_NUMBER + "))?"
    r"|date|" + _REVISED + r"(?:edition|version(?:(?:[ \t]*:)?\s+(?:v\d{1,2}(?:\.\d{1,2}){0,2}|" + _VERSION_NUMBER + "))?)"
    r"|(?:publication|issue)\s+date|date\s+(?:of\s+)?(?:publication|issue))"  # "Publication date: May 2024"
)
# A date line that no word introduces: "Nijmegen, maart 2024".
_PLACE = r"(?P<place>(?:'s-)?[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,2})"
_PLACE_PARTICLES = frozenset("aan op den de der ter upon on".split())
MIN_SENDER_NAMES = 2  # capitalised words of a sender's name before a dateline's place
_NAME_PARTICLES = _PLACE_PARTICLES | frozenset("het van en voor & of the and".split())
_NOT_PLACES = WEEKDAYS | frozenset(MONTHS)
# Lines that date the next review, not this version: metadata, never the leaflet's date.
_NEXT_REVIEW = (
    r"(?:next\s+review(?:\s+(?:due|date))?|review\s+due|volgende\s+(?:herziening|revisie|evaluatie))"
)
# A day's name before the date, written out or as C's `%c` abbreviates it ("Last edited Tue Nov
# 18 14:32:00 2025", ikiwiki; "Bijgewerkt op dinsdag 18 november 2025")
_DAY_NAME = (r"(?:(?:" + "|".join(sorted(WEEKDAYS, key=len, reverse=True))
             + r"|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?,?[ \t]+)?")
# "op", "on", "in" or "d.d." (de dato: "Versie 4 d.d. 3 februari 2025") before the date
_GLUE = r"(?:\s*(?:(?:op|on|in|le|am)\b|d\.[ \t]?d\.))?[\s,:.\-–]*" + _DAY_NAME  # "le"/"am": French, German
# An English day may be an ordinal: "5th January 2026", "(on) the 2nd of February 2026", "January 5th, 2026";
# a French first day "1er février 2026", a German day "3. März 2026".
_ORDINAL = r"(?:st|nd|rd|th|er|\.)?"
_DAY_MONTH_YEAR = rf"(?:the\s+)?(?P<d>\d{{1,2}}){_ORDINAL}(?:\s+of)?\s+(?P<m>{_MONTH})\.?\s+(?P<y>\d{{4}})"
# C's asctime and `%c` set the time between the day and the year: "Nov 18 14:32:00 (UTC) 2025"
_CLOCK = r"(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]+(?-i:[A-Z]{2,5}))?)?"
_MONTH_DAY_YEAR = rf"(?P<m2>{_MONTH})\.?\s+(?P<d2>\d{{1,2}}){_ORDINAL},?{_CLOCK}\s+(?P<y2>\d{{4}})"
_NUMERIC = r"(?P<d3>\d{1,2})[-/.](?P<m3>\d{1,2})[-/.](?P<y3>\d{4})"
_ISO = r"(?P<y4>\d{4})-(?P<m4>\d{2})-(?P<d4>\d{2})"
_MONTH_YEAR = rf"(?P<m5>{_MONTH})\.?\s+(?P<y5>\d{{4}})"
_NUMERIC_MONTH = r"(?P<m6>\d{1,2})[-/.](?P<y6>\d{4})"
_ISO_MONTH = r"(?P<y7>\d{4})-(?P<m7>\d{2})"  # "Versie 2023-09"
# A year alone ends its line or field ("Uitgave 2023", "Versie 2.1 – 2024 | pagina 2"), or it
# may count something else ("Uitgave: 2000 exemplaren").
_YEAR = r"(?P<y8>(?:19|20)\d{2})(?=[ \t]*(?:\r?\n|$|[|·•,;.)–—]|(?:pagina|page|blz\.?)[ \t]*\d))(?!\.\d)"
_MONTH_DATE = rf"(?:{_ISO}|{_DAY_MONTH_YEAR}|{_MONTH_DAY_YEAR}|{_NUMERIC}|{_MONTH_YEAR}|{_NUMERIC_MONTH}|{_ISO_MONTH})\b"
_DATE = rf"(?:{_ISO}|{_DAY_MONTH_YEAR}|{_MONTH_DAY_YEAR}|{_NUMERIC}|{_MONTH_YEAR}|{_NUMERIC_MONTH}|{_ISO_MONTH}|{_YEAR})\b"
# A footer's fields: a document code ("TD-012", "CHI-045") or a version ("versie 4"), and beside
# it a date ("TD-012 versie 4, januari 2025 | pagina 1", "CHI-045 | mei 2023"). Only the fields
# of a line count: a field starts the line or follows a separator, and the date ends one.
_CODE = (r"(?:(?-i:[A-Z]{2,}[-/]?\d{3,}|[A-Z][-/]\d{3,})"  # "TD-012", "CHI-045", "K-112"; not "COVID-19"
         r"|(?:folder|brochure|leaflet)[ \t]*(?:(?:nr|nummer|no)\.?[ \t]*)?(?-i:[A-Z]{0,3}[-/]?)\d{2,})\b")  # "Folder nr. 1187", "folder K-112"
_VERSION = rf"(?:versie|version|v|rev|revisie)\.?[ \t]?{_VERSION_NUMBER}\b"
_FIELD_GAP = r"[ \t]*[,;|·•/–—-]?[ \t]*"
_FIELD_START = r"(?:^|(?<=[|·•–—])|(?<= - ))[ \t]*"
# a field ends at a separator, or where the page number follows ("CAR-045 · mei 2024 Pagina 1 van 4")
_FIELD_END = r"(?=[ \t]*(?:$|[|·•–—]| - |(?:pagina|page|blz\.?)[ \t]*\d))"

# Who made the change, between the word and its date: "last modified by Anne Bakker on Feb 17,
# 2026" (Confluence), "Laatst gewijzigd door Anne Bakker op 17 februari 2026": a name of a few
# words, then "op" or "on" before the date.
_CHANGED_BY = r"(?:\s+(?:door|by)\s+[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,4}?(?=\s+(?:op|on)\s))?"
UPDATED_PATTERN = re.compile(rf"\b(?P<word>{_UPDATED}){_CHANGED_BY}{_GLUE}{_DATE}", re.IGNORECASE)
_LABELLED = re.compile(rf"(?:^|(?<=[.!?] ))[ \t]*{_LABEL}{_GLUE}{_DATE}", re.IGNORECASE | re.MULTILINE)
# A version's or edition's label opening a field of a masthead's or footer's line, its date
# ending the field ("Centrum Jeugd en Gezin Lingewaard | Versie maart 2026"). Not "Datum": after
# a field ("Afspraak | Datum: 3 juni") it dates what that field names.
_FIELD_LABELLED = re.compile(rf"(?:(?<=[|·•–—])|(?<= - ))[ \t]*(?:versie|revisie|uitgave|editie|version|edition)"
                             rf"{_GLUE}{_DATE}{_FIELD_END}", re.IGNORECASE | re.MULTILINE)
# "Uitgave: afdeling Longziekten, oktober 2024": an edition's label, who issued it, its date.
_EDITION = re.compile(rf"^[ \t]*(?:uitgave|editie|edition)[ \t]*:[ \t]*[^\d\n,]{{1,60}},{_GLUE}{_DATE}",
                      re.IGNORECASE | re.MULTILINE)
# "Stand: 03/2025" (German), "Data: 2025-03-01." (Polish, as a translation writes "Datum:"),
# one date that ends its sentence or line. In Dutch "data" is the plural of "datum" and lists
# a course's or an appointment's dates: it counts only in a leaflet in another language.
_STAND = re.compile(rf"(?:^|(?<=[.!?*_] ))[ \t*_]*stand[ \t]*:[ \t]*{_DATE}(?=[ \t]*(?:[.|·•)*_]|$))",
                    re.IGNORECASE | re.MULTILINE)
_DATA = re.compile(rf"(?:^|(?<=[.!?*_] ))[ \t*_]*data[ \t]*:[ \t]*{_DATE}(?=[ \t]*(?:[.|·•)*_]|$))",
                   re.IGNORECASE | re.MULTILINE)
# (a month at least: "NHG Standaard, 2018" in a list of sources is no dateline)
# A letter's sender may stand before its place, a dash between ("Huisartsenpraktijk De Linde – Utrecht,
# 12 maart 2026", a mail merge's letterhead line): a name of capitalised words (`_fits`).
_SENDER = r"(?:(?P<sender>[^\W\d_][\w'’.&-]*(?:[ \t]+[^\W\d_][\w'’.&-]*){0,5})[ \t]+[–—|·-][ \t]+)?"
_DATELINE = re.compile(rf"^[ \t]*{_SENDER}{_PLACE},[ \t]*{_MONTH_DATE}[ \t.]*$", re.IGNORECASE | re.MULTILINE)
# What numbers the leaflet: its code, its version or both ("TD-012 versie 4", "Folder 12", "Versie 4").
_LEAFLET_NUMBER = rf"(?:{_CODE}(?:{_FIELD_GAP}{_VERSION})?|{_VERSION})"
_NUMBERS_LEAFLET = re.compile(_LEAFLET_NUMBER, re.IGNORECASE)
_CODED = re.compile(rf"{_FIELD_START}{_LEAFLET_NUMBER}{_FIELD_GAP}(?:d\.[ \t]?d\.[ \t]*)?"
                    rf"{_DATE}{_FIELD_END}",
                    re.IGNORECASE | re.MULTILINE)
# A version with its date in brackets ("..., versie 2 (april 2026)"): the date that version was
# made, wherever the line names it, ending its line, field or sentence. A month at least: a year
# alone in brackets cites a guideline's version ("NHG-standaard versie 3 (2019)").
_VERSION_DATED = re.compile(rf"\b{_VERSION}[ \t]*\([ \t]*{_MONTH_DATE}[ \t]*\)(?=[ \t]*(?:$|[.;|·•–—]))",
                            re.IGNORECASE | re.MULTILINE)
# A copyright line ("© 2024 Hartstichting", "© Hartstichting 2019-2024"): the year the text was
# last published, when the leaflet says nothing more exact.
# "(c)" and "copyright" count where they open a line or a field ("(c) Sinds 2015 ..." in a
# list, "het copyright ... sinds 1998" in a sentence are none).
_COPYRIGHT = re.compile(r"(?:©|(?:^|(?<=[|·•–—]))[ \t]*(?:\(c\)|copyright\b))[^\n\d]{0,60}?"
                        r"(?:(?:19|20)\d{2}[ \t]*[-–/][ \t]*)?(?P<y8>(?:19|20)\d{2})\b(?![-/.]?\d)",
                        re.IGNORECASE | re.MULTILINE)
_REVIEW_DUE = re.compile(rf"\b{_NEXT_REVIEW}{_GLUE}{_DATE}", re.IGNORECASE)
_EXPLICIT_WORD = re.compile(_EXPLICIT, re.IGNORECASE)
# Who made the text, after its date ("door de redactie", "by Dr. J. Smith, MD"): names of at
# most this many words each, between commas or "en"/"and"; the dots of initials and titles
# ("J.", "dr.") are the only ones inside, and no other sentence punctuation.
MAX_BYLINE_WORDS = 5
# A byline may say what the names did: "Created by Jan de Vries" (Confluence), "Geschreven door ...".
_BYLINE = re.compile(r"(?:(?:created|written|geschreven|gemaakt|opgesteld)\s+)?(?:door|by)\s+(?P<names>.+?)\.?",
                     re.IGNORECASE | re.DOTALL)
_NAME_DOT = re.compile(r"\b(?:[^\W\d_]|dr|drs|prof|mr|ir|ing|dhr|mevr|mw|mrs|ms|st)\.", re.IGNORECASE)
_NAME_JOIN = re.compile(r",|\s(?:en|and|&)\s", re.IGNORECASE)
_PASSING_WORD = re.compile(_PASSING, re.IGNORECASE)
_PUBLISHED_WORD = re.compile(_PUBLISHED, re.IGNORECASE)


def find_updated(*texts: str, language: str = "nl", unlabelled: bool = False) -> str:
    """The leaflet's "last updated" date stated in `texts` (its text, then its running
    headers and footers): YYYY-MM-DD, YYYY-MM, YYYY or "".

    Statements rank by what they can mean: a "last updated/revised/approved" phrase
    first; then an update word that starts its line or names the leaflet ("Herzien: ...",
    "Deze folder is vastgesteld op ..."), a label ("Versie: ...", "Datum: ..."), a dateline
    ("Nijmegen, maart 2024"), a date beside a document code or version in the fields of
    a footer ("CHI-045 | mei 2023") or in brackets after a version ("versie 2 (april 2026)"),
    which may also date a first publication or an appointment;
    then a publication word that starts its line or names the leaflet ("Geplaatst op ...",
    "Published: ..."), as a later update overrules it; then a copyright year ("© 2024 ...");
    last, a date an update word mentions in passing ("sinds het protocol is herzien in maart
    2019"). Of the best rank, a date with its month beats a year alone; then the first wins.

    A revision table ("Herzieningen" over "Nummer Datum Beschrijving Naam" over its rows) dates
    the leaflet by its newest row (`_revision_date`), ranked with a label and before the labels
    of its own rows ("Versie 1.1, 12-01-2023" above "Versie 1.2, 3 maart 2024"), the first of which
    would win.

    With `unlabelled`, a date no word introduces also counts, ranked with a copyright year
    (`_bare_dates`): one that stands alone as a line of the title block of `texts[0]` (the
    leaflet's text) or as its last field ("Nieuwsbrief voor patiënten · mei 2026"), or as a
    field of its running headers and footers (the other texts).
    """
    today = date.today().isoformat()
    statements = [(iso, 1) for text in texts if (iso := _revision_date(text))]  # before its own rows
    statements += [s for text in texts for s in _statements(text, language)]
    if unlabelled:
        statements += [(iso, 3) for iso in _bare_dates(texts[0] if texts else "", texts[1:])]
    found = [(rank, len(iso) == 4, order, iso)
             for order, (iso, rank) in enumerate(statements)
             if iso <= today[:len(iso)]]  # a date to come (an appointment, an event) is no update
    return min(found, default=(0, False, 0, ""))[3]


# Between the fields of a web page's meta line: "Laatst bijgewerkt: 17 december 2025 · Leestijd 4 minuten".
_META_FIELD_GAP = re.compile(r"[ \t]+[·•|][ \t]+")
MAX_META_FIELD_WORDS = 4  # "Leestijd 4 minuten", "Afdeling KNO": a field beside the date, no question


def is_date_line(line: str) -> bool:
    """Whether a line only states a date (updated, version, place and date, document code
    and date, next review), perhaps with who wrote it ("Geplaatst op 5 mei 2022 door de
    redactie"), or is a meta line of fields one of which does, the others a few words and
    no sentence ("Laatst bijgewerkt: 17 december 2025 · Leestijd 4 minuten", Dompdf's print of
    a page, which stood as passage 0 and ranked first for questions in other languages: red
    team 19): metadata, not leaflet content."""
    if _states_only_a_date(line) or is_stamped_byline(line):
        return True
    fields = _META_FIELD_GAP.split(line.strip())
    if len(fields) == 1:
        return False
    dated = [_states_only_a_date(field) for field in fields]
    return any(dated) and all(date or len(field.split()) <= MAX_META_FIELD_WORDS
                              and not field.rstrip().endswith((":", "?", "!")) for field, date in zip(fields, dated))


# Words by which a date line names the leaflet's own version: updated, revised, published, an
# edition or a version ("Laatst herzien: 12 december 2025", "Uitgave juni 2025", "Versie 4 –
# september 2025"), not "Datum:" or a bare date, which date what the text around them names.
_REVISION_WORD = re.compile(rf"\b(?:{_UPDATED}|versie|revisie|uitgave|uitgifte|editie|version|revision|edition)",
                            re.IGNORECASE)


def is_revision_line(line: str) -> bool:
    """Whether a line only states the leaflet's own date, in words that say so (`_REVISION_WORD`):
    glued under a sentence, a line "Datum: zaterdag 11 oktober 2025" dates the event or the
    appointment the sentence names, and belongs with it."""
    return is_date_line(line) and bool(_REVISION_WORD.search(line))



# A line opened by a date's label: an update or publication phrase ("Laatst bijgewerkt", "Last
# updated", "Gepubliceerd") or a label ("Datum:", "Uitgave", "Versie"), then a colon, or a date in
# any spelling: a number or a month's name ("Laatst bijgewerkt dertig januari tweeduizendzesentwintig",
# a text-to-speech script's words for the numbers, red team 51).
_DATE_LABEL_OPENING = re.compile(
    rf"(?:{_EXPLICIT}|{_PASSING}|{_PUBLISHED}|{_LABEL})\b(?P<rest>.*)", re.IGNORECASE)
_MONTH_WORD = re.compile(rf"\b(?:{_MONTH})\b", re.IGNORECASE)


def opens_with_date_label(line: str) -> bool:
    """Whether a line opens with a date's label and goes on as a date does (`_DATE_LABEL_OPENING`),
    whether or not its date can be read: the leaflet's metadata, never a title's or a heading's
    words ("Versie voor kinderen" names no date, and is no such line)."""
    # The indent comes off first: a pattern's own leading blanks would give them back one at a
    # time, every label tried after each (quadratic in a long indent).
    opening = _DATE_LABEL_OPENING.match(line.lstrip(" \t"))
    if opening is None:
        return False
    rest = opening["rest"].strip()
    return not rest or rest.startswith(":") or bool(re.search(r"\d", rest) or _MONTH_WORD.search(rest))

def _states_only_a_date(line: str) -> bool:
    """Whether a line (or a field of one) only states a date (see `is_date_line`), a few words
    beside it at most. An edition's label opening the line's last field counts as one opening the
    line where the field before it only numbers the leaflet ("Versie 4 – uitgave september 2025",
    "Folder 12 | editie mei 2024", as "Uitgave: september 2025"): `find_updated` reads both as
    the leaflet's date, and either, left as text, ended the last passage. Words in that field
    name something ("Hartfalen – versie maart 2025" titles a leaflet, "Locatie Zuid – uitgave
    maart 2025" a place's edition): the line says more than a date."""
    for pattern in (UPDATED_PATTERN, _LABELLED, _FIELD_LABELLED, _EDITION, _STAND, _DATELINE, _CODED, _REVIEW_DUE):
        match = pattern.search(line)
        if match and _to_iso(match) and _fits(match) and _rank(pattern, match) is not None:
            rest = (line[: match.start()] + line[match.end():]).strip(" .,:;()–-")
            if pattern is _FIELD_LABELLED:
                if _NUMBERS_LEAFLET.fullmatch(rest):
                    return True
                continue
            if len(rest.split()) <= 2 or _is_byline(line, match):
                return True
    return False


def _is_byline(line: str, match: re.Match[str]) -> bool:
    """Whether a date statement and who made the text are all its line says: the statement
    opens the line and a few short names follow it, or the names open the line and the
    statement ends it ("Door redactie kaakchirurgie Bijgewerkt op 8 januari 2026", a web
    page's meta line); not a sentence ("door de arts in uw bloed: een katheter.")."""
    before = line[: match.start()].strip(" \t•*-–|·")
    after = line[match.end():].strip(" \t,.")
    if before and not after:
        return is_byline(before)
    return not before and is_byline(after)


def is_byline(text: str) -> bool:
    """Whether a text only says who made it: "door" or "by" and a few short names (`_BYLINE`)."""
    byline = _BYLINE.fullmatch(text.strip(" \t,"))
    if byline is None:
        return False
    names = _NAME_DOT.sub(lambda initial: initial.group(0)[:-1], byline.group("names"))  # "dr. J." as "dr J"
    if re.search(r"[.:;!?]", names):
        return False
    return all(0 < len(name.split()) <= MAX_BYLINE_WORDS for name in _NAME_JOIN.split(names))


def _statements(text: str, language: str = "nl") -> Iterator[tuple[str, int]]:
    """Every valid dated statement in text order: its ISO date and its rank (`_rank`)."""
    found: list[tuple[int, str, bool]] = []
    foreign = (_DATA,) if language not in ("nl", "") else ()
    for pattern in (UPDATED_PATTERN, _LABELLED, _FIELD_LABELLED, _EDITION, _STAND, *foreign, _DATELINE, _CODED,
                    _VERSION_DATED, _COPYRIGHT):
        for match in pattern.finditer(text):
            iso = _to_iso(match)
            rank = _rank(pattern, match)
            if iso and _fits(match) and rank is not None:
                found.append((match.start(), _to_the_month(text, match, iso), rank))
    for _, iso, rank in sorted(found):
        yield iso, rank


MONTH_REACH = 120  # characters after a year in which its line may make it precise, at most


def _to_the_month(text: str, match: re.Match[str], iso: str) -> str:
    """A year alone (`iso`) made precise by a date of that year later in the same line: "Uitgave
    2026, derde druk, april 2026" dates the leaflet April 2026, not just 2026."""
    if len(iso) != 4:
        return iso
    end = text.find("\n", match.end(), match.end() + MONTH_REACH)
    rest = text[match.end():end if end >= 0 else match.end() + MONTH_REACH]
    later = (_to_iso(month) for month in _ROW_DATE.finditer(rest))
    return next((precise for precise in later if precise[:4] == iso), iso)


# A revision table's heading (DocBook's "Revision History", as dblatex writes it in Dutch) and
# its header row, which names a date column; its rows follow, a date in each.
_REVISION_HEADING = re.compile(
    r"[ \t#*_]*(?:herzieningen|revisies|revisiegeschiedenis|versiegeschiedenis|wijzigingsgeschiedenis|versiebeheer"
    r"|revision\s+history|revisions|version\s+history|document\s+history|change\s+history)[ \t*_:]*", re.IGNORECASE)
_DATE_COLUMN = re.compile(r"\b(?:datum|date)\b", re.IGNORECASE)
_ROW_DATE = re.compile(_MONTH_DATE, re.IGNORECASE)
# A revision row that opens with its number and states its date, as w3m writes DocBook's revision
# history without a header row (xmlto `txt`): "Herziening 2        2025-06-30      MvdB".
_NUMBERED_ROW = re.compile(r"[ \t]*(?:herziening|revisie|revision|versie|version|rev\.?)[ \t]*\d{1,3}(?:\.\d{1,3}){0,2}"
                           r"(?:[ \t]*[|,;:–—-])?[ \t]+.*\d", re.IGNORECASE)
MAX_ROW_GAP = 1  # a row's description wrapped onto a line of its own; two lines without a date end the table


def is_revision_heading(line: str) -> bool:
    """Whether a line names a revision table ("Revision History", "Wijzigingsgeschiedenis"):
    a label of the document's bookkeeping, no subtitle and no section."""
    return bool(_REVISION_HEADING.fullmatch(line))


def revision_tables(text: str) -> list[list[int]]:
    """The revision tables of `text`, each as the numbers of its lines: a line that names the
    table ("Herzieningen", "Revision History"), then a header row with a date column ("Nummer |
    Datum | Beschrijving | Naam") or a first row that opens with its number ("Herziening 2
    2025-06-30 MvdB"), then rows with a date each, a line of description between them. A
    heading over body text, or over a table of who wrote it ("Medewerkers"), starts none."""
    lines = text.split("\n")
    filled = [index for index, line in enumerate(lines) if line.strip()]
    tables = []
    for at, index in enumerate(filled[:-1]):
        below = lines[filled[at + 1]]
        if not is_revision_heading(lines[index]):
            continue
        first = at + 2 if _DATE_COLUMN.search(below) else at + 1 if _NUMBERED_ROW.match(below) else 0
        if not first:
            continue
        table, gap = filled[at:first], 0
        for row in filled[first:]:
            gap = 0 if _row_date(lines[row]) else gap + 1
            if gap > MAX_ROW_GAP:
                break
            table.append(row)
        tables.append(table)
    return tables


def _row_date(row: str) -> str:
    """The ISO date a table row states, or ""."""
    match = _ROW_DATE.search(row)
    return _to_iso(match) if match else ""


def _revision_date(text: str) -> str:
    """The date of the newest row of a revision table (`revision_tables`), newest first or
    last, up to today. The row of the version in hand dates the leaflet; a table of who wrote
    it ("Medewerkers", "Geschreven door ... 5 december 2026") dates only the build."""
    today = date.today().isoformat()
    lines = text.split("\n")
    dates = [_row_date(lines[row]) for table in revision_tables(text) for row in table]
    return max((iso for iso in dates if iso and iso <= today[:len(iso)]), default="")


# A leaflet's title block: its first lines, before the first that ends like a sentence or a
# label (":"), or is longer than a title, subtitle, department or date line; at most this many.
MAX_TITLE_BLOCK_LINES = 6
MAX_TITLE_BLOCK_WORDS = 12
_BARE_LINE = re.compile(rf"[ \t]*{_MONTH_DATE}[ \t.]*", re.IGNORECASE)


def is_bare_date(line: str) -> bool:
    """Whether a line is a date and nothing else, a month at least ("05-01-2026", "3 december
    2025", "2025-10"): how a title block, an export or a database dump prints a leaflet's date
    on a line of its own, never a heading of the text under it."""
    match = _BARE_LINE.fullmatch(line)
    return bool(match and _to_iso(match))


# A running footer's field that is only a date ("Patiënteninformatie | 3 december 2025"),
# before the page's word that lost its number ("... | 3 december 2025 Pagina").
_BARE_FIELD = re.compile(rf"{_FIELD_START}{_MONTH_DATE}"
                         r"(?=[ \t]*(?:$|[|·•–—]| - |(?:pagina|page|blz\.?)(?:[ \t]*\d|[ \t]*$)))",
                         re.IGNORECASE | re.MULTILINE)


# A wiki's or a forum's byline: who last changed the page and when, to the minute
# ("assistente 5th January 2026 at 10:15am", TiddlyWiki's subtitle, whose link to the user's
# page runs on into the date: "assistente5th ..."). A name of a few words, a day's date, a time.
_TIME = r"[ \t]*,?[ \t]*(?:at|om|um|à|-|–)?[ \t]*\d{1,2}[:.]\d{2}(?:[ \t]*(?:[ap]\.?m\.?|uur|u|h))?"
_STAMPED = re.compile(rf"[ \t]*(?P<who>[^\W\d_][\w.'’-]*?(?:[ \t]+[^\W\d_][\w.'’-]*?){{0,2}})[ \t,·|]*"
                      rf"(?:{_DAY_MONTH_YEAR}|{_MONTH_DAY_YEAR}){_TIME}[ \t.]*", re.IGNORECASE)
# Words that make the name before a date no name: a weekday, an appointment's or an event's word,
# or a word that says what happens then ("Opname op 5 januari 2026 om 10:00").
_NOT_WHO_LAST = frozenset("op on at in om vanaf from tot until per sinds since na after voor before".split())


def is_stamped_byline(line: str) -> bool:
    """Whether a line is a byline with a timestamp (`_STAMPED`): who changed the page and
    when, page metadata above its text, not a line of the leaflet. An appointment ("Uw
    afspraak 5 januari 2026 om 10:00", "Dinsdag 12 maart 2026 om 19:30") is none."""
    return _stamped(line) is not None


def _stamped(line: str) -> re.Match[str] | None:
    """The date of a byline with a timestamp (see `is_stamped_byline`), or None."""
    match = _STAMPED.fullmatch(line)
    if match is None or not _to_iso(match):
        return None
    who = match.group("who")
    words = who.lower().split()
    if words[-1] in _NOT_WHO_LAST or WEEKDAYS.intersection(words) or _FIELD_LABEL.match(who) or _EVENT.search(who):
        return None
    return match


def _bare_dates(text: str, furniture: tuple[str, ...]) -> Iterator[str]:
    """The dates that stand alone, with a month at least, where a leaflet prints its own date
    without a label: as a line of the title block (or a byline with a timestamp there,
    `is_stamped_byline`) ("Zwangerschapsdiabetes" / "Afdeling
    Verloskunde" / "3 december 2025", as LaTeX's `\\maketitle` or a pandoc title block sets
    it) or the last field of one (`_title_field`: a newsletter's band), or as a field of a running header or footer, which repeats on every page
    ("Patiënteninformatie | 3 december 2025"). A date in a sentence (an appointment, a
    birth date, a study's year) or after a label line ("Uw afspraak:") is none; nor is one
    under a form's field ("Uw afspraak", "Geboortedatum") or in the title block of an event
    or a study ("Informatieavond ...", "De NIERSTUDIE"), nor a footer field right after a
    field that labels it ("Afspraak | 3 december 2025"): those date the appointment, the
    birth, the event, not the leaflet (`_dates_something_else`)."""
    block = _title_block(text)
    for number, line in enumerate(block):
        match = _BARE_LINE.fullmatch(line) or _title_field(line) or _stamped(line)
        if match and _to_iso(match) and not _dates_something_else(block[:number]):
            yield _to_iso(match)
    for part in furniture:
        for match in _BARE_FIELD.finditer(part):
            field_before = re.split(r"[|·•–—]| - ", part[:match.start()].rstrip(" \t|·•–—-"))[-1]
            if _to_iso(match) and not (field_before.strip() and _FIELD_LABEL.match(field_before.strip())):
                yield _to_iso(match)


# The fields of a title-block line: "Nieuwsbrief voor patiënten · mei 2026".
_FIELD_SPLIT = re.compile(r"[ \t]+[|·•–—][ \t]+|[ \t]+-[ \t]+")


def _title_field(line: str) -> re.Match[str] | None:
    """The date that is the last field of a title-block line, a month at least, whose other
    fields name no event, study or form field: a newsletter's or a page's band gives its
    issue so ("Nieuwsbrief voor patiënten · mei 2026", "Patiënteninformatie | maart 2025"),
    where "Informatieavond · 12 mei 2026" and "Uw afspraak | 3 juni 2026" date something else."""
    *others, last = _FIELD_SPLIT.split(line)
    if not others or any(_FIELD_LABEL.match(field) or _EVENT.search(field) or _APPOINTMENT_FIELD.fullmatch(field)
                         for field in others):
        return None
    return _BARE_LINE.fullmatch(last)


# A line of a form that a date fills in: "Uw afspraak", "Geboortedatum", "Naam kind", "Tijd".
_FIELD_LABEL = re.compile(r"(?:uw|your|afspraak|appointment|datum|date|geboren|geboortedatum|born|birth|naam|name"
                          r"|tijd|time|plaats|place|locatie|location|wanneer|when|waar|where)\b", re.IGNORECASE)
# What a title block is about when its date is an event's or a study's, not the leaflet's:
# "Informatieavond ...", "Bijeenkomst", "Cursus", "De NIERSTUDIE". A consultation hour is
# no event: "Preoperatief Spreekuur", "Spreekuur Kindergeneeskunde" name the department
# that sends the leaflet; only a field that is the word alone dates one ("Spreekuur | 3 mei").
_EVENT = re.compile(r"avond\b|bijeenkomst|cursus|lezing|symposium|congres|webinar|workshop|studie\b"
                    r"|\bstudy\b|\btrial\b|\bevent\b|\bmeeting\b", re.IGNORECASE)
_APPOINTMENT_FIELD = re.compile(r"[ \t]*\w*spreekuur[ \t:]*", re.IGNORECASE)  # "Spreekuur", "Inloopspreekuur"


def _dates_something_else(above: list[str]) -> bool:
    """Whether the title-block lines `above` a bare date make it another thing's date: a
    line under the title that labels a form's field (`_FIELD_LABEL`: "Uw afspraak",
    "Geboortedatum"), or a line that names an event or a study (`_EVENT`)."""
    return any(_FIELD_LABEL.match(line) for line in above[1:]) or any(_EVENT.search(line) for line in above)


def _title_block(text: str) -> list[str]:
    """The first lines of a text that make its title block (`MAX_TITLE_BLOCK_LINES`)."""
    block = []
    for line in (line.strip(" \t#*_") for line in text.splitlines()):
        if not line:
            continue
        if len(block) == MAX_TITLE_BLOCK_LINES or len(line.split()) > MAX_TITLE_BLOCK_WORDS \
                or re.search(r"[.!?:;]$", line) and not _BARE_LINE.fullmatch(line):
            break
        block.append(line)
    return block


def _rank(pattern: re.Pattern[str], match: re.Match[str]) -> int | None:
    """0 for a "last updated" phrase, 1 for another statement of a date of the leaflet's
    own, 2 for its publication, 3 for a copyright year, 4 for an update word that may be
    about something else; None for a word that, in passing, never dates the leaflet, and for
    a year alone in passing ("sinds het protocol in 2019 is herzien")."""
    if pattern is _COPYRIGHT:
        return 3
    if pattern is not UPDATED_PATTERN:
        return 1
    word = match.group("word")
    if _EXPLICIT_WORD.fullmatch(word):
        return 0
    if _is_explicit(match):
        return 2 if _PUBLISHED_WORD.fullmatch(word) else 1
    return 4 if _PASSING_WORD.fullmatch(word) and not match.group("y8") else None


def _is_explicit(match: re.Match[str]) -> bool:
    """Whether an "updated" phrase dates the leaflet: by its words, by standing at the
    start of its line, of a sentence or of a field ("Herzien: 12 februari 2023", "Gepubliceerd: 2019 |
    Bijgewerkt: 2023"), by following the leaflet's version in a field of its own, with a date
    that ends the field or line ("Afdeling KNO – versie 4, vastgesteld 3 februari 2025": when
    that version was made), by following who wrote the leaflet, as a web page's meta line
    reads ("Door redactie kaakchirurgie Bijgewerkt op 8 januari 2026"), or by naming the leaflet."""
    if _EXPLICIT_WORD.fullmatch(match.group("word")):
        return True
    text = match.string
    before = text[text.rfind("\n", 0, match.start()) + 1: match.start()]
    field = re.split(r"[|·•]", before)[-1].strip(" \t*-–")
    if field and is_byline(field):  # a meta line: "Door redactie kaakchirurgie Bijgewerkt op ..."
        field = ""
    elif field.endswith((".", "!", "?")):  # the statement opens a sentence: "… gezond leven. Herzien op ..."
        field = ""
    else:  # or its words do: "Tekst: redactie …. Laatst gecontroleerd: 2 maart 2026"
        sentence = _SENTENCE_GAP.split(field)[-1]
        field = sentence if sentence != field and sentence[:1].isupper() else field
    if _CHECKED_WORD.fullmatch(match.group("word")):
        return bool(_LATEST.fullmatch(field)) or bool(_OWN_SUBJECT.search(before))
    return not field or bool(_LATEST.fullmatch(field)) or bool(_OWN_SUBJECT.search(before)) \
        or bool(_AFTER_VERSION.search(before) and _ENDS_FIELD.match(text, match.end()))


_CHECKED_WORD = re.compile(_CHECKED, re.IGNORECASE)
_SENTENCE_GAP = re.compile(r"(?<=[.!?])\s+")  # a statement may open a sentence, as it opens a line
# A field of a line that is the leaflet's version, where the field starts the line or follows a
# separator ("versie 4, ", "Afdeling KNO – Versie 2.1 "), and whose date then ends the field or
# line: the word after it tells when that version was made. A version after a comma, inside a
# sentence ("de richtlijn van de NVN, versie 4, vastgesteld op ... 2019, ...") is none.
_AFTER_VERSION = re.compile(rf"{_FIELD_START}{_VERSION}[ \t]*[,;:–—]?[ \t]*$", re.IGNORECASE)
_ENDS_FIELD = re.compile(_FIELD_END, re.IGNORECASE | re.MULTILINE)
_LATEST = re.compile(r"(?:voor\s+het\s+)?laatst|last", re.IGNORECASE)  # "Laatst gecontroleerd: april 2025"


def _fits(match: re.Match[str]) -> bool:
    """Whether a date line's place is a place name ("Nijmegen", "Bergen op Zoom"),
    not a weekday, a month or the words of a sentence; and a sender before it a name of two
    capitalised words or more ("Huisartsenpraktijk De Linde"), no title ("Hartfalen")."""
    place = match.groupdict().get("place")
    if place is None:
        return True
    words = place.split()
    first = words[0].removeprefix("'s-")
    sender = (match.groupdict().get("sender") or "").split()
    return (first[:1].isupper() and first.lower().rstrip(".") not in _NOT_PLACES
            and all(w[:1].isupper() or w.lower() in _PLACE_PARTICLES for w in words[1:])
            and (not sender or sum(w[:1].isupper() for w in sender) >= MIN_SENDER_NAMES
                 and all(w[:1].isupper() or w.lower() in _NAME_PARTICLES for w in sender)))


def _to_iso(match: re.Match[str]) -> str:
    """The matched date as ISO text (YYYY for a year alone), or "" when it is not a real
    calendar date or lies in a later year than this one."""
    groups = match.groupdict()
    if groups.get("y8"):  # on the line of its label ("Aangepast" / "2020" is no statement)
        return groups["y8"] if int(groups["y8"]) <= date.today().year and "\n" not in match.group(0) else ""
    for m, y in (("m5", "y5"), ("m6", "y6"), ("m7", "y7")):
        if groups.get(y):
            month = int(groups[m]) if groups[m].isdigit() else MONTHS[groups[m].lower()]
            return f"{int(groups[y]):04d}-{month:02d}" if 1 <= month <= 12 and int(groups[y]) >= 1900 else ""
    for d, m, y in (("d", "m", "y"), ("d2", "m2", "y2"), ("d3", "m3", "y3"), ("d4", "m4", "y4")):
        if groups.get(y):
            month = groups[m]
            number = int(month) if month.isdigit() else MONTHS[month.lower()]
            try:
                return date(int(groups[y]), number, int(groups[d])).isoformat()
            except ValueError:
                return ""
    return ""
