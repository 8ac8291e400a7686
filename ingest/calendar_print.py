"""An appointment's print from a calendar tool, read as the leaflet its description carries.

A practice sends its leaflet as an invitation's description (an .ics file); a calendar tool
prints the event as text: khal's `printics` opens with its report ("1 events found in
/tmp/…/uitstrijkje.ics"), then the event's line (start, end, summary: "24-03-2026 10:40
24-03-2026 10:50 Uitstrijkje bij de assistente"), its location, then the description. Red
team 44 found the report read as the title, a server's file path on every result card, and
the appointment's times as the first passage. Neither is leaflet text: at the top of a text,
a line that reports on a file (it names a path) and an event's line (two dates or times and
a summary) go, an event's line with no report above it only over its location (a leaflet may
open with its evening's date and times); the event's location goes to the furniture, where a sender may still
be read from it (`ingest.structure.running_sender`), as the leaflet's own sender line wins.
"""

from __future__ import annotations

import re

from ingest.dates import CLOCK_TIME, WEEKDAYS, written_date

# a weekday in full or as a calendar shortens it ("di", "Tue")
_DAYS = WEEKDAYS | frozenset("ma di wo do vr za zo mon tue tues wed thu thur thurs fri sat sun".split())
_DAY = "|".join(sorted(_DAYS, key=len, reverse=True))
# "24-03-2026", "2026-03-24", "03/24/26", "24 maart 2026", "Tue Mar 24", "di 24 mrt", each with its time or not
_DAY_DATE = rf"(?:(?:{_DAY})\.?,?\s+)?(?:{written_date(year=False)})"
# blanks round a dash or word between start and end, or blanks alone: one way each to read a run of blanks
_SPAN = r"(?:\s*(?:-|–|->|→|tot|to|until)\s*|\s*)"
# An event's line: when it starts and ends (two dates, or a date and its time and another time
# or date and time), then what it is; one date and time alone may be a print's header.
_EVENT = re.compile(rf"(?:{_DAY_DATE},?\s+{CLOCK_TIME}{_SPAN}(?:{_DAY_DATE}(?:,?\s+{CLOCK_TIME})?|{CLOCK_TIME})"
                    rf"|{_DAY_DATE}{_SPAN}{_DAY_DATE})\s+(?P<summary>[^\W\d_].*)", re.IGNORECASE)
# A tool's report on the file it read: a path ("/tmp/…/x.ics", "C:\…") or a calendar file's name
# (from a word's start only: from each letter of a long word, the search was quadratic).
_PATH = re.compile(r"(?:^|\s)(?:~|\.{1,2})?(?:/[\w.\-]+){2,}|\b[A-Za-z]:\\|(?<!\S)\S+\.(?:ics|ical|ifb|vcs|vcal)\b")
MAX_REPORT_WORDS = 12  # "1 events found in /path": a report, not a sentence naming a file
_LOCATION = re.compile(r"(?:locatie|location|plaats|waar|where)\s*:\s*", re.IGNORECASE)


def is_tool_report(line: str) -> bool:
    """Whether a line reports on a file by its path: no title, no leaflet text."""
    return bool(_PATH.search(line)) and len(line.split()) <= MAX_REPORT_WORDS


def without_calendar_print(text: str) -> tuple[str, list[str]]:
    """`text` without a calendar tool's report and event line at its top (an event's line with
    no report only over its location), and the event's location (the line after the event's,
    where it names no heading of the leaflet) as furniture."""
    lines = text.split("\n")
    first = next((at for at, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return text, []
    event = first + 1 if is_tool_report(lines[first]) else first
    while event < len(lines) and not lines[event].strip():
        event += 1
    if event >= len(lines) or not _EVENT.fullmatch(lines[event].strip()):
        return text, []
    after = event + 1
    located = after < len(lines) and _is_location(lines[after])
    if event == first and not located:  # a leaflet may open with its evening's times ("19:00 - 21:00 Informatieavond")
        return text, []
    dropped = set(range(first, event + 1))
    furniture: list[str] = []
    if located:
        dropped.add(after)
        furniture.append(_LOCATION.sub("", lines[after].strip(), count=1))
    return "\n".join(line for at, line in enumerate(lines) if at not in dropped), furniture


def _is_location(line: str) -> bool:
    """Whether the line after an event's reads as where it is: labelled so, or a place in fields
    with a number in them ("Huisartsenpraktijk Het Anker, Tuinen 7, Leeuwarden")."""
    text = line.strip()
    if _LOCATION.match(text):
        return True
    fields = [field.strip() for field in text.split(",")]
    return len(fields) >= 2 and any(re.search(r"\d", field) for field in fields) and not text.endswith((".", "?", ":"))
