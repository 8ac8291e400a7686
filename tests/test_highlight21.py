"""Red team round 9: a question with a number ("mijn kind weegt 20 kilo") asks for the
table row whose range holds it, which shares no word or number with the question; the
sentence vectors marked the next row ("22 - 29 kg")."""

from __future__ import annotations

import numpy as np

from index.highlight import closest_sentence, in_range
from ingest.document import Passage

DOSES = ("Geef de dosis volgens het gewicht van uw kind.\n"
         "Gewicht | Zetpil | Drank\n"
         "12 - 15 kg | 240 mg | 7,5 ml\n"
         "16 - 21 kg | 350 mg | 10 ml\n"
         "22 - 29 kg | 500 mg | 15 ml")


def _passage(text: str) -> Passage:
    return Passage(id="p", leaflet_id="l", headings=("Paracetamol",), text=text, span=(0, len(text)), position=0)


def test_the_row_whose_range_holds_the_questions_number_is_marked():
    cosines = np.array([0.5, 0.80, 0.70, 0.80, 0.82, 0.84])  # heading, then the five lines
    query = "hoeveel paracetamol voor een kind van 20 kilo"
    assert closest_sentence(_passage(DOSES), cosines, query) == ("16 - 21 kg | 350 mg | 10 ml",)
    assert closest_sentence(_passage(DOSES), cosines, "hoeveel paracetamol") == ("22 - 29 kg | 500 mg | 15 ml",)


def test_only_table_rows_with_a_range_that_holds_the_number_count():
    texts = ["Tot 6 uur vooraf | Normaal eten", "6 tot 2 uur vooraf | Niets meer eten",
             "Laatste 2 uur | Niets", "Van 3 tot 5 jaar mag het ook."]
    assert in_range(texts, "mag ik 3 uur voor het onderzoek nog eten") == [0.0, 1.0, 0.0, 0.0]
    assert in_range(texts, "mag ik voor het onderzoek nog eten") == [0.0] * 4
