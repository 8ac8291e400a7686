"""Red team 64 (numbers, tables and schedules): the marked sentence of a table passage was
often its header row alone or the row beside the answer.

- a header row with long labels ("Uw operatie begint om | Laatste keer eten (en melk)") or a
  number in a label ("Diabetes type 1 of 2") was taken for a row of data, and marked alone;
  it is a header where a column it labels without a number holds numbers in the rows below;
- "met 14 maanden" marked the "12 maanden" row, as close in meaning: a row whose label (its
  first cell) says a number of the question gains half what a row whose range holds it does.
"""

from __future__ import annotations

import numpy as np

from index.highlight import closest_sentence, in_range
from ingest.document import Passage

SCHEDULE = ("Uw operatie begint om | Laatste keer eten (en melk) | Laatste heldere drank\n"
            "08.00 uur | 02.00 uur (of de avond ervoor) | 06.00 uur\n"
            "10.30 uur | 04.30 uur | 08.30 uur\n"
            "13.00 uur | 07.00 uur | 11.00 uur")
VACCINES = ("Leeftijd | Prik | Beschermt tegen\n"
            "12 maanden | DKTP-Hib-HepB en Pneu | dezelfde ziekten\n"
            "14 maanden | BMR en MenACWY | bof, mazelen en rodehond")


def _passage(text: str) -> Passage:
    return Passage(id="p", leaflet_id="l", headings=("Het schema",), text=text, span=(0, len(text)), position=0)


def test_a_header_row_with_long_labels_over_numbers_comes_with_its_best_row():
    cosines = np.array([0.5, 0.9, 0.6, 0.6, 0.7])  # the heading, then the four rows
    marked = closest_sentence(_passage(SCHEDULE), cosines, "wanneer moet ik stoppen met eten")
    assert marked == ("Uw operatie begint om | Laatste keer eten (en melk) | Laatste heldere drank",
                      "13.00 uur | 07.00 uur | 11.00 uur")


def test_a_first_row_of_data_is_no_header():
    text = "maandag | 08.00 – 18.00 uur\ndinsdag | 08.00 – 18.00 uur\nwoensdag | 08.00 – 12.00 uur"
    assert closest_sentence(_passage(text), np.array([0.5, 0.9, 0.6, 0.7])) == ("maandag | 08.00 – 18.00 uur",)


def test_the_row_labelled_with_the_questions_number_is_marked():
    cosines = np.array([0.5, 0.6, 0.85, 0.80])
    assert closest_sentence(_passage(VACCINES), cosines, "welke prik krijgt mijn kind met 14 maanden") == (
        "14 maanden | BMR en MenACWY | bof, mazelen en rodehond",)
    assert in_range(VACCINES.split("\n"), "met 14 maanden") == [0.0, 0.0, 0.5]
    assert in_range(["Bel binnen 14 dagen.", "12 maanden | 14 prikken"], "met 14 maanden") == [0.0, 0.0]
    assert in_range(["HbA1c (in het lab) | 53", "1 uur na de maaltijd | | 7,8"], "1 hour after eating") == [0.0, 0.5]


def test_a_first_row_of_data_with_a_number_in_its_label_is_no_header():
    from index.highlight import _is_header

    below = ["6 maanden - 1 jaar | 2,5 ml", "1 - 3 jaar | 5 ml", "3 - 6 jaar | 7,5 ml"]
    assert not _is_header("Jonger dan 6 maanden | niet geven zonder overleg met de arts", below)
    assert _is_header("Leeftijd van uw kind | Hoeveel drank per keer geeft u", below)
