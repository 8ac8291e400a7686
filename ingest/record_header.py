"""A health record's header: who the patient is and who wrote the document, no leaflet text.

A leaflet a hospital's portal renders from its record (an HL7 CDA document through a
stylesheet, a FHIR Composition printed as text) opens with the record's header: a table or
labelled lines that name the patient, their birth date and patient number, the document's
date and author and the organisation that keeps it ("Patiënt | J. de Vries | Geboortedatum |
12-03-1978", "Patiënt: mevrouw A. Jansen"). Indexed, it is a passage any search may return, a
patient's identity on a result card for anyone's question (red team 44). It is left out of
the text before cleaning; the organisation that keeps the record is the publisher, the
document's date goes with the furniture (where a date may still be read), and the pipeline
warns that personal details were left out, as the file may hold more of them.

A header is known by its labels, not by its words: a run of lines (or a whole table) whose
every field is labelled as a record's personal or document field, one of them naming the
patient (their name, birth date, patient number or citizen service number) with a value of
that field's shape. A leaflet's own table that mentions "patiënt" is no such run, nor a form
to fill in ("Geboortedatum: ........"), whose fields hold no values.

A pharmacy's dispensing label printed over the leaflet it hands out is such a header too
(red team 52): the pharmacy's name with the dispensing date after a wide gap, then the patient,
the medicine and the prescriber ("APOTHEEK DE VIJZEL      Afgiftedatum: 14-03-2026",
"Patient: Daan de Vries (geb. 02-05-2024)", "Middel: Paracetamol zetpil 240 mg"). The name
on the header's first line, unlabelled, is the organisation that keeps it; a patient's birth
date in brackets after their name is theirs; the dispensing date is the label's, not the
leaflet's, and dates nothing; the rule of dashes under the label goes with it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from enum import Enum

from ingest.dates import written_date
from ingest.source import SourceText, without_line_runs
from ingest.structure import publisher_in


class FieldKind(Enum):
    """What a record's field holds, as its label says: the value's shape to check."""

    PATIENT = "patient"  # the patient's name: an anchor
    BIRTH = "birth"  # the patient's birth date: an anchor
    PATIENT_NUMBER = "patient number"  # a patient, record or citizen service number: an anchor
    NAME = "name"  # a person's name, no anchor alone ("Naam", "Auteur")
    DATE = "date"  # the document's date
    NUMBER = "number"  # the document's id
    ORGANISATION = "organisation"  # who keeps the record: the publisher
    MEDICINE = "medicine"  # what a pharmacy's label hands out
    DISPENSED = "dispensed"  # the day a label's medicine was handed out: no date of the leaflet
    OTHER = "other"  # a few words: address, sex, department


ANCHORS = frozenset({FieldKind.PATIENT, FieldKind.BIRTH, FieldKind.PATIENT_NUMBER})

# The labels of a record's header, Dutch and English, written without accents, lower case.
_LABELS: dict[FieldKind, tuple[str, ...]] = {
    FieldKind.PATIENT: ("patient", "patiente", "naam patient", "patientnaam", "naam van de patient", "patient name",
                        "name of patient", "client", "naam client", "clientnaam", "client name"),
    FieldKind.BIRTH: ("geboortedatum", "geb. datum", "geb.datum", "geb.", "geboren", "geboren op", "date of birth",
                      "birth date", "birthdate", "dob", "d.o.b."),
    FieldKind.PATIENT_NUMBER: ("patientnummer", "patientnr", "patientnr.", "patient-id", "patient id", "patientid",
                               "patient number", "patient no", "patient no.", "clientnummer", "client id",
                               "ziekenhuisnummer", "dossiernummer", "mrn", "medical record number", "record number",
                               "bsn", "burgerservicenummer", "nhs number", "ssn", "social security number"),
    FieldKind.NAME: ("naam", "name", "auteur", "author", "opgesteld door", "geschreven door", "behandelaar",
                     "behandelend arts", "huisarts", "verwijzer", "aanvrager", "zorgverlener", "practitioner",
                     "attending", "ondertekend door", "signed by", "legal authenticator", "authenticator",
                     "arts", "voorschrijver", "voorgeschreven door", "prescriber", "prescribed by", "doctor",
                     "physician"),
    FieldKind.DATE: ("datum", "date", "documentdatum", "document date", "datum document", "aangemaakt", "created",
                     "opgesteld op", "datum opname", "opnamedatum", "afspraakdatum"),
    FieldKind.NUMBER: ("documentnummer", "document-id", "document id", "documentid", "document nr", "id", "set-id",
                       "versie", "version", "versienummer"),
    FieldKind.ORGANISATION: ("organisatie", "organization", "organisation", "custodian", "beheerder", "zorgaanbieder",
                             "instelling", "ziekenhuis", "praktijk", "provider", "apotheek", "pharmacy"),
    FieldKind.MEDICINE: ("middel", "geneesmiddel", "medicijn", "medicatie", "medicine", "medication", "drug"),
    FieldKind.DISPENSED: ("afgiftedatum", "afleverdatum", "datum afgifte", "datum aflevering", "afgeleverd op",
                          "dispensed", "date dispensed", "dispensing date", "dispensed on"),
    FieldKind.OTHER: ("adres", "address", "woonplaats", "postcode", "geslacht", "gender", "sex", "leeftijd", "age",
                      "telefoon", "telefoonnummer", "phone", "afdeling", "department", "specialisme", "specialty",
                      "verzekeraar", "zorgverzekeraar", "insurer", "polisnummer", "type document", "documenttype",
                      "document type", "titel", "title", "status"),
}
_KIND_OF_LABEL = {label: kind for kind, labels in _LABELS.items() for label in labels}

_TITLES = frozenset("mevrouw mevr mevr. mw mw. meneer mnr mnr. dhr dhr. de heer heer mr mr. mrs mrs. ms ms. miss "
                    "dr dr. drs drs. prof prof. ir ir. juffrouw".split())
_PARTICLES = frozenset("de den der van von ten ter te het 't la le el al bin ben da di du dos des op in".split())
_INITIALS = re.compile(r"(?:[A-Z]\.-?)+|[A-Z][a-z]\.")  # "A.", "A.B.", "J.-P.", "Th."
_DATE = re.compile(rf"\b(?:{written_date()})\b", re.IGNORECASE)
# A birth date in brackets after a name, with its label or none: " (geb. 02-05-2024)", " (12-03-1978)".
_BIRTH_AFTER_NAME = re.compile(
    rf"\s*\((?:(?:{'|'.join(re.escape(label) for label in _LABELS[FieldKind.BIRTH])})\s*:?\s*)?"
    rf"(?:{written_date()})\)$", re.IGNORECASE)
_NUMBER = re.compile(r"\d[\d .\-/]{3,}\d|\b(?=[\w.\-]*\d)[A-Za-z0-9][\w.\-]{4,}\b")
MAX_VALUE_WORDS = 15  # an address or an organisation's name with its department; no sentence
MAX_NAME_WORDS = 7  # "mevrouw A.B.C. van der Berg-de Vries"
_FIELD_GAP = re.compile(r"\t+|\s{2,}|\s+[|·]\s+")
_LABELLED = re.compile(r"(?P<label>[^\W\d_][^:]{0,40}?)\s*:\s*(?P<value>\S.*)")
_EMPHASIS = re.compile(r"^[*_]+|[*_]+$")
# A lead's word that says an example follows ("Voorbeeld van een ingevuld formulier:").
_EXAMPLE_LEAD = re.compile(r"\b(?:(?:bij)?voorbeeld\w*|ingevuld\w*|example|sample|filled[- ]in)\b", re.IGNORECASE)
_RULE = re.compile(r"([-=_*])\1{9,}")  # a line of one sign under a header, no table's rule row
_RULE_ROW = re.compile(r"\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?")


@dataclass(frozen=True)
class Field:
    """A labelled field of a record's header: what its label says it holds, and its value."""

    kind: FieldKind
    value: str


@dataclass(frozen=True)
class RecordHeader:
    """A source without its record headers, and whether one was left out: the patient it named
    is then worth a warning, as the file may name them elsewhere too."""

    source: SourceText
    personal: bool = False


def without_record_header(source: SourceText) -> RecordHeader:
    """`source` with every record header left out of its text (`_header_runs`), its page and
    heading offsets shifted to match; its publisher the organisation a header names, where the
    document names none; the header's document date added to its furniture."""
    lines = source.text.splitlines(keepends=True)
    runs = _header_runs(lines)
    if not runs:
        return RecordHeader(source)
    fields = [field for first, last in runs for at, line in enumerate(lines[first:last + 1])
              for field in _fields(line, opening=at == 0) or ()]
    publisher = source.publisher or next(
        (name for field in fields if field.kind == FieldKind.ORGANISATION and (name := publisher_in(field.value))), "")
    dated = [f"Datum: {field.value}" for field in fields if field.kind == FieldKind.DATE]
    return RecordHeader(replace(
        without_line_runs(source, runs), publisher=publisher,
        furniture="\n".join(part for part in (source.furniture, *dated) if part)), personal=True)


def _header_runs(lines: list[str]) -> list[tuple[int, int]]:
    """The (first, last) line of each record header: a run of lines of record fields (a table's
    rule rows and single blank lines between them included, and a rule right under it) that names
    the patient (`_names_patient`);
    a table only as a whole, as a leaflet's table may have a row that reads like a field, and
    none under a lead that says an example follows (`_after_lead`)."""
    runs: list[tuple[int, int]] = []
    index = 0
    while index < len(lines):
        opening = _fields(lines[index], opening=True)
        if opening is None:
            index += 1
            continue
        last = index
        probe = index + 1
        while probe < len(lines):
            if _fields(lines[probe]) is not None:
                last = probe
            elif lines[probe].strip() and not _RULE_ROW.fullmatch(lines[probe].strip()):
                break
            elif not lines[probe].strip() and probe > last + 1:
                break
            probe += 1
        fields = [*opening, *(field for line in lines[index + 1:last + 1] for field in _fields(line) or ())]
        if _names_patient(fields) and not _cuts_table(lines, index, last) and not _after_lead(lines, index):
            runs.append((index, last + 1 if last + 1 < len(lines) and _RULE.fullmatch(lines[last + 1].strip())
                         else last))  # the rule that closes a label off goes with it
        index = last + 1
    return runs


def _after_lead(lines: list[str], first: int) -> bool:
    """Whether the run from `first` stands under a lead that ends in ":" and says an example
    follows ("Zo ziet een ingevuld formulier eruit:"): the leaflet's own example of a form or a
    record, no header of the file. A lead that only names the fields ("Gegevens van de patiënt:")
    heads a record's header as well."""
    above = next((line.strip() for line in reversed(lines[:first]) if line.strip()), "")
    return above.endswith(":") and _EXAMPLE_LEAD.search(above) is not None


def _cuts_table(lines: list[str], first: int, last: int) -> bool:
    """Whether the run [first, last] is part of a larger table: a table row just outside it."""
    return any(0 <= at < len(lines) and _is_table_row(lines[at]) for at in (first - 1, last + 1))


def _is_table_row(line: str) -> bool:
    return line.strip().startswith("|") or " | " in line


def _names_patient(fields: list[Field]) -> bool:
    """Whether a run's fields name a patient: an anchor among two fields or more, or an anchor
    alone that cannot be a leaflet's line (a birth date, a number, a name with a title or initials)."""
    anchors = [field for field in fields if field.kind in ANCHORS]
    return bool(anchors) and (len(fields) > 1 or any(
        field.kind != FieldKind.PATIENT or is_titled_name(field.value) for field in anchors))


def _fields(line: str, opening: bool = False) -> list[Field] | None:
    """The record fields a line holds ("Patiënt: J. de Vries", "| Patiënt | J. de Vries |
    Geboortedatum | 12-03-1978 |", "Patiënt  J. de Vries  Geboortedatum  12-03-1978"), or None
    where it holds anything else: a label no record's, a value not of its label's shape. A
    header's `opening` line may lead with the organisation's name, unlabelled (`_named_lead`)."""
    text = line.strip()
    if not text or len(text) > 300:
        return None
    if text.startswith("|") or " | " in text:
        cells = [cell.strip() for cell in text.strip("|").split("|")]
    else:
        cells = [cell.strip() for cell in _FIELD_GAP.split(text)]
    cells = [cell for cell in cells if cell]
    lead = _named_lead(text, cells) if opening else None
    if lead:
        rest = _fields(text[len(cells[0]):])
        return [lead, *rest] if rest else None
    pairs = [(match["label"], match["value"]) for cell in cells if (match := _LABELLED.fullmatch(_plain(cell)))]
    if len(pairs) != len(cells):  # label and value in cells of their own, one after the other
        if len(cells) % 2 or any(":" in _plain(cell)[:-1] for cell in cells[::2]):
            return None
        pairs = [(_plain(label).rstrip(":"), _plain(value)) for label, value in zip(cells[::2], cells[1::2])]
    fields = [_field(label, value) for label, value in pairs]
    return None if not fields or None in fields else fields


def _named_lead(text: str, cells: list[str]) -> Field | None:
    """The organisation a line leads with before its labelled fields, after a wide gap
    ("APOTHEEK DE VIJZEL      Afgiftedatum: 14-03-2026", a pharmacy label's first line): a
    cell with no label that reads as a name (`publisher_in`), or None."""
    if len(cells) < 2 or text.startswith("|") or " | " in text or ":" in cells[0]:
        return None
    if not _FIELD_GAP.match(text[len(cells[0]):]) or len(cells[0].split()) > MAX_NAME_WORDS:
        return None
    name = publisher_in(cells[0])
    return Field(FieldKind.ORGANISATION, name) if name == cells[0] else None


def _plain(cell: str) -> str:
    """A cell without the Markdown emphasis an HTML reader set round it ("**Patiënt**")."""
    return _EMPHASIS.sub("", cell.replace("**:", ":**").replace("__:", ":__")).strip()


def _field(label: str, value: str) -> Field | None:
    """The field a label and its value make, where the label is a record's and the value of its shape."""
    kind = _KIND_OF_LABEL.get(_label_key(label))
    value = _EMPHASIS.sub("", value).strip()
    if kind in (FieldKind.PATIENT, FieldKind.NAME):  # "Daan de Vries (geb. 02-05-2024)": the date is theirs
        value = _BIRTH_AFTER_NAME.sub("", value)
    if kind is None or not value or len(value.split()) > MAX_VALUE_WORDS or value.endswith(("?", "!")):
        return None
    shaped = {
        FieldKind.PATIENT: _is_name, FieldKind.NAME: _is_name,
        FieldKind.BIRTH: _DATE.search, FieldKind.DATE: _DATE.search, FieldKind.DISPENSED: _DATE.search,
        FieldKind.PATIENT_NUMBER: _NUMBER.search, FieldKind.NUMBER: _NUMBER.search,
    }.get(kind, lambda text: any(ch.isalnum() for ch in text))(value)
    return Field(kind, value) if shaped else None


def _label_key(label: str) -> str:
    folded = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode().lower()
    return " ".join(folded.split())


def _is_name(value: str) -> bool:
    """Whether a value reads as a person's name: a few words, each a title, initials, a name's
    particle or capitalised ("mevrouw A. Jansen", "J. de Vries", "Dr. M. Bakker neuroloog": a
    profession after it may stand in lower case), no sentence."""
    words = value.replace(",", " ").split()
    if not words or len(words) > MAX_NAME_WORDS or not (words[0][:1].isupper() or words[0].lower() in _TITLES):
        return False
    if value.endswith(".") and not (_INITIALS.fullmatch(words[-1]) or words[-1].lower() in _TITLES):
        return False  # a sentence
    small = [at for at, word in enumerate(words) if not word[:1].isupper()
             and word.lower() not in _PARTICLES | _TITLES]
    named = any(word[:1].isupper() and word.lower() not in _TITLES for word in words)
    return named and (not small or small == [len(words) - 1])  # a profession after the name


def is_titled_name(value: str) -> bool:
    """Whether a name has a title or initials ("mevrouw A. Jansen", "J. de Vries"): a person's, not a word."""
    words = value.replace(",", " ").split()
    return _is_name(value) and any(word.lower() in _TITLES or _INITIALS.fullmatch(word) for word in words)
