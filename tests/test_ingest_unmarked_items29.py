"""List items whose marks the text lost (red team 29: antiword drops a Word list's bullets):
under a lead line ending in ":", lines that each end a sentence or in ";" stay items, a long
item's wrapped line joined to it, however full the line above or capitalised the next."""

from __future__ import annotations

from ingest.clean import clean
from ingest.source import SourceText

LEAD = "Het grootste gevaar is dat uw kind zich verwondt. Neem daarom deze maatregelen:"
CAPITALS = f"""{LEAD}

Sluit buitendeuren en ramen af en leg de sleutels weg.
Zet een hekje boven aan de trap.
Laat uw kind niet in het bovenste bed van een stapelbed slapen.
Hang een belletje aan de deur van de kinderkamer, zodat u hoort dat uw kind
opstaat.
"""
SEMICOLONS = """Maak een afspraak bij de huisarts als:

uw kind zich tijdens het slaapwandelen bezeert of gevaarlijke dingen doet;
uw kind schokt, kwijlt of in bed plast tijdens de aanvallen;
uw kind overdag erg slaperig is of hard snurkt.
"""
PROSE = f"""{LEAD}

Sluit buitendeuren en ramen af en leg de sleutels weg. Zet een hekje boven
aan de trap. Laat uw kind niet in het bovenste bed van een stapelbed slapen.
Hang een belletje aan de deur van de kinderkamer, zodat u hoort dat uw kind
opstaat.
"""


def _lines(text: str) -> list[str]:
    return [line for block in clean(SourceText(text, "plain")).blocks for line in block.lines]


def test_unmarked_items_under_a_colon_stay_a_line_each():
    assert _lines(CAPITALS)[1:] == [
        "Sluit buitendeuren en ramen af en leg de sleutels weg.", "Zet een hekje boven aan de trap.",
        "Laat uw kind niet in het bovenste bed van een stapelbed slapen.",
        "Hang een belletje aan de deur van de kinderkamer, zodat u hoort dat uw kind opstaat."]


def test_unmarked_items_ending_in_semicolons_stay_apart_after_a_full_line():
    assert _lines(SEMICOLONS)[1:] == [
        "uw kind zich tijdens het slaapwandelen bezeert of gevaarlijke dingen doet;",
        "uw kind schokt, kwijlt of in bed plast tijdens de aanvallen;",
        "uw kind overdag erg slaperig is of hard snurkt."]


def test_wrapped_prose_under_a_colon_is_still_one_paragraph():
    assert len(_lines(PROSE)) == 2
