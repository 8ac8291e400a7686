"""A document system's cover sheet put before a leaflet's first page, found and left out.

A document-management system (or an archive) that files a leaflet puts a page of its own
in front of it ("Archiefexemplaar", then "Documentnummer: DL-PI-2026-0147", "Documenttype:
...", "Eigenaar: ...", "Status: Gepubliceerd", and a notice "Dit voorblad is automatisch
toegevoegd door het documentbeheersysteem.") and joins it to the leaflet (pdfunite). Read as
the leaflet's first page, its fields became passages under the heading "Archiefexemplaar",
ran on into the leaflet's own top lines, and stood between the leaflet and its title (red
team 48). Such a page is only labelled fields of the document's filing (number, type,
owner, status, version, review dates) with a line or two around them: no leaflet text.
"""

from __future__ import annotations

import re

from ingest.pdf.geometry import PdfLine

# The labels a document system files a document under (Dutch and English): its number or code,
# type, owner or author, status, version, the dates it was set, approved and is reviewed next.
_FILING_LABEL = re.compile(
    r"(?:document|doc\.?)\s*(?:nummer|nr\.?|number|no\.?|id|code|type|soort|eigenaar|beheerder|owner|status|versie)"
    r"|kenmerk|registratienummer|eigenaar|beheerder|owner|auteur|author|opgesteld\s+door|status|versie|version"
    r"|revisie|revision|vastgesteld(?:\s+(?:door|op))?|goedgekeurd(?:\s+(?:door|op))?"
    r"|geautoriseerd(?:\s+(?:door|op))?|approved(?:\s+(?:by|on))?|autorisatie|ingangsdatum|publicatiedatum"
    r"|geldig\s+(?:tot|vanaf|van|t/m)|effective\s+date|(?:volgende\s+)?herziening(?:sdatum)?|evaluatiedatum"
    r"|(?:next\s+)?review(?:\s+date)?|archief\w*|archive\w*|classificatie|classification|vertrouwelijkheid",
    re.IGNORECASE)
_FIELD = re.compile(r"\s*(?P<label>[^\W\d][\w./ -]{0,40}?)\s*:\s*\S.*")  # "Documentnummer: DL-PI-2026-0147"
MIN_FILING_FIELDS = 3  # fields a cover sheet files the document under, at least
MAX_OTHER_WORDS = 40  # words beside the fields: the sheet's heading and its notice, no leaflet text


def is_cover_sheet(texts: list[str]) -> bool:
    """Whether a page's lines are a document system's cover sheet: `MIN_FILING_FIELDS` or
    more "label: value" lines whose labels file a document (`_FILING_LABEL`), all but one of
    the page's fields so labelled, and no more than `MAX_OTHER_WORDS` words beside them (a
    heading, a notice that the sheet was added). A leaflet's colophon ("Versie: 3", "Status:
    definitief") stands under text of its own, and a form's fields ask the patient's name."""
    fields = [match["label"] for text in texts if (match := _FIELD.fullmatch(text))]
    filing = [label for label in fields if _FILING_LABEL.fullmatch(label.strip())]
    other = sum(len(text.split()) for text in texts if not _FIELD.fullmatch(text))
    return len(filing) >= MIN_FILING_FIELDS and len(filing) >= len(fields) - 1 and other <= MAX_OTHER_WORDS


def without_cover_sheet(pages: tuple[tuple[PdfLine, ...], ...]) -> tuple[tuple[PdfLine, ...], ...]:
    """The pages with the first page of text left empty where it is a cover sheet
    (`is_cover_sheet`) before pages of text: the leaflet's pages keep their numbers."""
    filled = [number for number, lines in enumerate(pages) if any(line.text.strip() for line in lines)]
    if len(filled) < 2:
        return pages
    first = filled[0]
    if not is_cover_sheet([line.text.strip() for line in pages[first] if line.text.strip()]):
        return pages
    return (*pages[:first], (), *pages[first + 1:])
