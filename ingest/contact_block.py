"""The lines of a postal contact block: a street and number, a postcode and town, a person's name.

A leaflet printed from a doctor's or a department's template opens with the sender's contact
block ("Dr. A. de Vries, internist" / "Ziekenhuislaan 1" / "1234 AB Stad" / "Telefoon 012 345
67 89") over its title. Read line by line, the name became the title and the street its
subtitle. These lines are known by their shape, not their words; a street line or a person's
name alone is read so only beside another line of the block (`structure._title_block`), as a
title may end in a number too ("Diabetes type 2").
"""

from __future__ import annotations

import re

# "Bergstraat 41", "Hoofdstraat-West 12", "Laan van Meerdervoort 12a", "Postbus 9101"
STREET = re.compile(r"(?:'s-|'t )?[A-ZÀ-Ý][\w'’.\-]*(?: [\w'’.\-]+){0,4} \d{1,5}(?: ?[-/]? ?[A-Za-z0-9]{1,4})?"
                    r"|(?:Postbus|P\.?O\.? Box|Antwoordnummer) \d{1,6}")
# "6711 AE Ede", "9981 AC  UITHUIZEN", "3584 CX Utrecht"
POSTCODE = re.compile(r"[1-9]\d{3} ?[A-Z]{2}\s+(?:'s-|'t )?[A-ZÀ-Ý][\w'’.\-]*(?: [\w'’.\-()]+){0,3}")
# A person's title or initials: "de" alone is no title ("Huisartsenpraktijk De Linde" is no person).
_PERSON_TITLES = frozenset("mevrouw mevr mw meneer mnr dhr heer mr mrs ms miss dr drs prof ir juffrouw".split())
_INITIALS = re.compile(r"(?:[A-Z]\.-?)+|[A-Z][a-z]\.")  # "A.", "A.B.", "J.-P.", "Th."
MAX_NAME_WORDS = 8  # "Mevrouw dr. A.B. van der Berg, internist-oncoloog"


def is_street_line(text: str) -> bool:
    """Whether a line is a street and number or a post box, and nothing else."""
    return STREET.fullmatch(text.strip()) is not None


def is_postcode_line(text: str) -> bool:
    """Whether a line is a Dutch postcode and town, and nothing else."""
    return POSTCODE.fullmatch(text.strip()) is not None


def is_personal_name(text: str) -> bool:
    """Whether a line names one person by title or initials, with their role after a comma at
    most ("Dr. A. de Vries, internist", "Mevrouw dr. A. de Vries"): who signs a contact block."""
    from ingest.record_header import is_titled_name  # record_header reads structure, as this module's users do

    name = text.strip().partition(",")[0]
    titled = any(word.lower().rstrip(".") in _PERSON_TITLES or _INITIALS.fullmatch(word) for word in name.split())
    return 1 < len(text.split()) <= MAX_NAME_WORDS and not text.rstrip().endswith((".", ":", "?", "!")) \
        and titled and is_titled_name(name)
