"""A personal letter's head: the sender's letterhead, the addressee, the date, the subject.

A hospital's appointment letter or a GP's letter that carries a leaflet's text (a mail merge, a
template filled in by chevron or envsubst) opens with the sender's letterhead, the addressee's
block (a person's name with a title or initials, their street and number, their postcode and
town), a place-and-date line, perhaps labelled fields ("Uw kenmerk: ..."), the subject line
("Betreft: Nagelriemontsteking (fijt)") and a salutation that names the person ("Geachte
mevrouw Jansen,"). Read as a leaflet, the addressee's name and street became its title or a
heading and the salutation a passage: a patient's name and address on every result card (red
team 52). The head is left out of the text before cleaning: the subject's text names the
leaflet where nothing else does, the letterhead's organisation is its publisher, the date goes
with the furniture (where it dates the letter only if the text states no update), and the
pipeline warns that personal details were left out, as a record's header does.

A head is known by its shape, not its words: near the top, a titled or initialled personal name
on a line of its own directly over a street-and-number line or a Dutch postcode line, then,
after the date and fields, a subject line or a salutation that names or titles one person. A
leaflet's contact block ("Polikliniek Dermatologie / Wagnerlaan 55 / 6815 AD Arnhem") names no
person; a leaflet that only greets its reader ("Beste patiënt,"), even under its doctor's name
and address, has no addressee: both are left as they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ingest.contact_block import POSTCODE as _POSTCODE, STREET as _STREET
from ingest.dates import is_date_line, written_date
from ingest.record_header import is_titled_name
from ingest.source import SourceText, without_line_runs
from ingest.structure import publisher_in

MAX_HEAD_LINES = 16  # non-blank lines from the top to the addressee's name: a letterhead, a date
MAX_ADDRESS_LINES = 3  # street and number, postcode and town, a country
MAX_AFTER_ADDRESS_LINES = 8  # date, reference fields, subject, salutation
MAX_SALUTATION_WORDS = 8  # "Geachte mevrouw A.B.C. van der Berg-de Vries,"
MAX_BARE_SALUTATION_WORDS = 4  # "Dear Sir or Madam": no comma after it, yet no body line either
MAX_FIELD_LABEL_WORDS = 4  # "Uw kenmerk", "Ons kenmerk", "Datum van uw bezoek"
MAX_FIELD_VALUE_WORDS = 10

_COUNTRY = re.compile(r"Nederland|The Netherlands|Netherlands|België|Belgique|Belgium|Deutschland", re.IGNORECASE)
# The sender's own address, phone or mail on a letterhead's line.
_CONTACT = re.compile(rf"\b{_POSTCODE.pattern}|\b(?:{_STREET.pattern})\b|\+31|\b0\d{{2,3}}[ \-]?\d|\S@\S+\.[a-z]{{2,}}"
                      r"|\bwww\.|https?://|^(?:telefoon|tel|fax|e-?mail|website|internet)\b", re.IGNORECASE)
_SUBJECT = re.compile(r"(?P<label>betreft|onderwerp|inzake|betr\.?|subject|re|ref|regarding|concerning)"
                      r"\s*:\s*(?P<text>\S.*)", re.IGNORECASE)
_SALUTATION = re.compile(r"(?:geachte|beste|lieve|dear|hallo|hello|hi)\b[^!?:;]*?(?P<end>[,!]?)", re.IGNORECASE)
# Words besides a name by which a greeting addresses one person ("Geachte heer/mevrouw,", "Dear
# Sir or Madam", "Geachte collega,"); a greeting without them or a name greets every reader.
_PERSON_WORDS = frozenset("heer mevrouw meneer mevr mw dhr juffrouw collega dokter sir madam colleague doctor "
                          "mr mrs ms miss dr".split())
_FIELD = re.compile(r"(?P<label>[^\W\d_][^:]{0,40}?)\s*:\s*(?P<value>\S.*)")
_DATE = re.compile(rf"\b(?:{written_date()})\b", re.IGNORECASE)
_EMPHASIS = re.compile(r"^[*_]+|[*_]+$")


@dataclass(frozen=True)
class LetterHead:
    """A source without its letter head, and whether one was left out: the addressee it named
    is then worth a warning, as the letter may name them elsewhere too."""

    source: SourceText
    personal: bool = False


@dataclass(frozen=True)
class _Head:
    """Where a letter's head lies: the runs of lines to leave out and what they said."""

    runs: list[tuple[int, int]]
    letterhead: list[str]
    dates: list[str]
    subject: str


def without_letter_head(source: SourceText) -> LetterHead:
    """`source` without its letter head (`_head`), if it opens with one: the subject's text its
    title where it names none, the letterhead's organisation its publisher where it names none,
    the head's date and letterhead added to its furniture."""
    lines = source.text.splitlines(keepends=True)
    head = _head([_plain(line) for line in lines])
    if head is None:
        return LetterHead(source)
    publisher = source.publisher or next(
        (name for line in head.letterhead if not _CONTACT.search(line) and (name := publisher_in(line))), "")
    return LetterHead(replace(
        without_line_runs(source, head.runs), title=source.title or head.subject, publisher=publisher,
        furniture="\n".join(part for part in (source.furniture, *head.letterhead, *head.dates) if part)),
        personal=True)


def _plain(line: str) -> str:
    """A line as the head's shapes read it: no Markdown emphasis or line-break marks round it."""
    text = line.strip().rstrip("\\").strip()
    return _EMPHASIS.sub("", text.replace("**:", ":**").replace("__:", ":__")).strip()


def _head(lines: list[str]) -> _Head | None:
    """The letter's head: the addressee's block (`_addressee`) among the first `MAX_HEAD_LINES`
    lines, the letterhead over it only where each of its lines is a sender's (an organisation, an
    address, a date), and under it the date, fields, subject and salutation up to the body.
    None where no addressee opens the text, or no subject or salutation follows it."""
    filled = [at for at, line in enumerate(lines) if line]
    for number, at in enumerate(filled[:MAX_HEAD_LINES]):
        last = _addressee(lines, at)
        if last is None:
            continue
        after = _after_address(lines, last + 1)
        if after is None:
            return None
        end, dates, subject = after
        above = [lines[index] for index in filled[:number]]
        sender = all(_is_letterhead_line(line) for line in above)
        first = 0 if sender else at
        dates = [line for line in above if is_date_line(line)] + dates if sender else dates
        letterhead = [line for line in above if not is_date_line(line)] if sender else []
        return _Head([(first, end)], letterhead, dates, subject)
    return None


def _addressee(lines: list[str], at: int) -> int | None:
    """The last line of the addressee's block opened at `at`: a personal name with a title or
    initials ("Mevrouw A. Jansen-El Amrani", "De heer R. Wiersma") directly over one to
    `MAX_ADDRESS_LINES` lines of an address, one a street and number or a postcode and town.
    None where the line opens no such block."""
    if not is_titled_name(lines[at]) or lines[at].endswith(","):
        return None
    last = at
    while last + 1 < len(lines) and last - at < MAX_ADDRESS_LINES and _is_address_line(lines[last + 1]):
        last += 1
    addressed = any(_STREET.fullmatch(line) or _POSTCODE.fullmatch(line) for line in lines[at + 1:last + 1])
    closed = last + 1 >= len(lines) or not lines[last + 1]
    return last if addressed and closed else None


def _is_address_line(line: str) -> bool:
    return bool(_STREET.fullmatch(line) or _POSTCODE.fullmatch(line) or _COUNTRY.fullmatch(line))


def _after_address(lines: list[str], start: int) -> tuple[int, list[str], str] | None:
    """What follows the addressee's block, from line `start`, up to the body: date lines, short
    labelled fields, the subject line and the salutation, blank lines between them. Returns the
    last of those lines, the date lines and the subject's text ("" where none names the
    leaflet); None where neither a subject nor a salutation follows."""
    end, dates, subject, subjected, greeted, seen = start - 1, [], "", False, False, 0
    for index in range(start, len(lines)):
        line = lines[index]
        if not line:
            continue
        seen += 1
        if seen > MAX_AFTER_ADDRESS_LINES or greeted:
            break
        if (matched := _SUBJECT.fullmatch(line)) and not subjected:
            subject, subjected = _subject_title(matched["text"]), True
        elif _is_salutation(line):
            if not _greets_one_person(line):
                break  # a leaflet's greeting to every reader: its body opens here
            greeted = True
        elif is_date_line(line):
            dates.append(line)
        elif not _is_field(line):
            break
        end = index
    return (end, dates, subject) if subjected or greeted else None


def _subject_title(text: str) -> str:
    """The subject's text as the leaflet's title ("uw afspraak voor longfunctieonderzoek" as
    "Uw afspraak voor longfunctieonderzoek"), or "" where it names a person or a date, as a
    referral's subject does ("Betreft: mevrouw A. Jansen, geb. 12-03-1978"): no title to show."""
    text = text.strip().rstrip(".").strip()
    fields = [field.strip() for field in re.split(r"[,;]", text)]
    if _DATE.search(text) or any(is_titled_name(field) for field in fields) or not any(ch.isalpha() for ch in text):
        return ""
    return text[:1].upper() + text[1:]


def _is_salutation(line: str) -> bool:
    """Whether a line greets the addressee and nothing else ("Geachte mevrouw Jansen,",
    "Geachte heer/mevrouw,", "Beste Selin,"): a few words that end in a comma, or fewer with
    nothing after them: no body line ("Geachte mevrouw, hierbij sturen wij u de folder" wrapped)."""
    matched = _SALUTATION.fullmatch(line)
    words = len(line.split())
    return bool(matched) and words <= (MAX_SALUTATION_WORDS if matched["end"] else MAX_BARE_SALUTATION_WORDS)


def _greets_one_person(salutation: str) -> bool:
    """Whether a salutation addresses one person: by a name or a title (`_PERSON_WORDS`), or by
    the greeting's word alone ("Hallo,"). One that names a group or a role in lower case
    ("Beste patiënt,", "Beste ouders en verzorgers,", "Dear patient,") greets every reader of a
    leaflet, and the name and address over it are its author's contact block, no addressee's."""
    words = re.findall(r"[^\W\d_]+", salutation)[1:]
    return not words or any(word[:1].isupper() or word.casefold() in _PERSON_WORDS for word in words)


def _is_field(line: str) -> bool:
    """Whether a line is a short labelled field of the letter ("Uw kenmerk: 2026/0412",
    "Patiëntnummer: 4417820"): a few words' label and a value of no sentence."""
    matched = _FIELD.fullmatch(line)
    return bool(matched) and len(matched["label"].split()) <= MAX_FIELD_LABEL_WORDS \
        and len(matched["value"].split()) <= MAX_FIELD_VALUE_WORDS and not matched["value"].endswith((".", "?", "!"))


def _is_letterhead_line(line: str) -> bool:
    """Whether a line over the addressee is the sender's: their organisation (`publisher_in`),
    their address or contact details, or the letter's date."""
    return bool(_CONTACT.search(line) or is_date_line(line) or publisher_in(line))
