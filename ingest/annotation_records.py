"""A reviewer's comment that a text extractor wrote into the paragraph it was anchored in.

Extractors of ODF and Word documents that walk every text node (odf2pod, and others like it)
write an annotation where it is anchored: its author, its ISO 8601 date-time, the author's
initials and the comment, glued to each other and to the text ("M. de Vries2026-12-06T18:00:06
MdVKlopt dit met KNGF-standpunt?Bij dry needling prikt …", red team 46). The reviewer's name and
question became leaflet text. A date-time written so, glued between letters, no leaflet writes.

The record is taken out only where both its ends are sure: it opens a line or follows a
sentence's end, its author is a name's few words, and its comment ends in "?", "!" or "." right
before the capital that goes on with the text. Elsewhere it stays: better a stray comment than
a sentence of the leaflet cut.
"""

from __future__ import annotations

import re

# The author (initials, name words, lower-case particles: "M. de Vries"), the date-time, the
# initials, the comment up to its end right before the text's next capital.
_RECORD = re.compile(
    r"(?:(?<=\n)|(?<=^)|(?<=[.!?] ))(?P<indent>[ \t]*)"
    r"(?P<author>(?:[A-Z][\w'’.-]*|van|de|der|den|ter|ten|von|la|le)(?: (?:[A-Z][\w'’.-]*|van|de|der|den|ter|ten|von|la|le)){0,4})"
    r"(?P<date>\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:[.,]\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)"
    r"(?P<initials>(?:[A-Z][a-z]{0,2}){0,3}?)"
    r"(?P<comment>[A-Z][^\n]{0,300}?[.?!])(?=[A-Z][a-z])",
    re.MULTILINE,
)

_GLUED_DATE_TIME = re.compile(r"[^\W\d_]\d{4}-\d\d-\d\dT\d\d:\d\d")


def without_annotation_records(text: str) -> str:
    """The text without the comments glued into it (`_RECORD`). They go as no furniture either:
    their date-times are the review's, never the leaflet's date."""
    if not _GLUED_DATE_TIME.search(text):
        return text
    return _RECORD.sub(lambda record: record.group("indent"), text)
