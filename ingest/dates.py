"""The date a leaflet was last updated, as the leaflet itself states it.

Patients and editors need to know how current a cited passage is; leaflets say so
in a line like "Laatste update, 2 juli 2025", or, in medicine leaflets, "Deze
bijsluiter is voor het laatst goedgekeurd in 10/2022" (a month: the date is then
YYYY-MM, nothing is invented for the day). Only explicit "updated" phrases
count: a date elsewhere in the text (an appointment, a study) is not the
leaflet's date.
"""

from __future__ import annotations

import re
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
}

_UPDATED = (
    r"(?:(?:deze\s+bijsluiter\s+is\s+)?voor\s+het\s+laatst\s+(?:goedgekeurd|herzien|gewijzigd)"
    r"|laatste\s+update|laatst\s+(?:gewijzigd|bijgewerkt|herzien|aangepast|goedgekeurd)"
    r"|bijgewerkt|gewijzigd|herzien|(?:last\s+)?updated|last\s+(?:modified|reviewed|revised))"
)
_GLUE = r"(?:\s*(?:op|on|in)\b)?[\s,:.\-–]*"
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY_MONTH_YEAR = rf"(?P<d>\d{{1,2}})\s+(?P<m>{_MONTH})\.?\s+(?P<y>\d{{4}})"
_MONTH_DAY_YEAR = rf"(?P<m2>{_MONTH})\.?\s+(?P<d2>\d{{1,2}}),?\s+(?P<y2>\d{{4}})"
_NUMERIC = r"(?P<d3>\d{1,2})[-/.](?P<m3>\d{1,2})[-/.](?P<y3>\d{4})"
_ISO = r"(?P<y4>\d{4})-(?P<m4>\d{2})-(?P<d4>\d{2})"
_MONTH_YEAR = rf"(?P<m5>{_MONTH})\.?\s+(?P<y5>\d{{4}})"
_NUMERIC_MONTH = r"(?P<m6>\d{1,2})[-/.](?P<y6>\d{4})"

UPDATED_PATTERN = re.compile(
    rf"\b{_UPDATED}{_GLUE}(?:{_ISO}|{_DAY_MONTH_YEAR}|{_MONTH_DAY_YEAR}|{_NUMERIC}|{_MONTH_YEAR}"
    rf"|{_NUMERIC_MONTH})\b",
    re.IGNORECASE,
)


def find_updated(text: str) -> str:
    """The first valid "last updated" date stated in `text`: YYYY-MM-DD, YYYY-MM or ""."""
    for match in UPDATED_PATTERN.finditer(text):
        found = _to_iso(match)
        if found:
            return found
    return ""


def is_date_line(line: str) -> bool:
    """Whether a line is only an "updated" statement: metadata, not leaflet content."""
    match = UPDATED_PATTERN.search(line)
    if not match or not _to_iso(match):
        return False
    rest = (line[: match.start()] + line[match.end():]).strip(" .,:;()–-")
    return len(rest.split()) <= 2


def _to_iso(match: re.Match[str]) -> str:
    """The matched date as ISO text, or "" when it is not a real calendar date."""
    groups = match.groupdict()
    for m, y in (("m5", "y5"), ("m6", "y6")):
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
