"""Red team round 8: a highlight should hold an answer, not a line that only leads in to
one. A table's header row ("Activiteit | Na een kijkoperatie") and a line ending in ":"
("Thuis kunt u zelf:") often echo the question best, yet say nothing on their own."""

from __future__ import annotations

import numpy as np

from index.highlight import closest_sentence
from index.lexical import Analyzer
from ingest.document import Passage

ANALYZER = Analyzer("nl")
TABLE = ("Luister naar uw lichaam.\n"
         "Activiteit | Na een kijkoperatie | Na een open operatie\n"
         "Autorijden | na 1 week | na 2 weken\n"
         "Fietsen | na 1 week | na 2 weken")


def _passage(text: str) -> Passage:
    return Passage(id="p", leaflet_id="l", headings=("Wanneer mag ik weer ...?",), text=text,
                   span=(0, len(text)), position=0)


def test_a_header_row_that_wins_comes_with_the_row_that_answers():
    cosines = np.array([0.5, 0.2, 0.8, 0.5, 0.6])  # heading, then the four lines
    assert closest_sentence(_passage(TABLE), cosines) == (
        "Activiteit | Na een kijkoperatie | Na een open operatie", "Fietsen | na 1 week | na 2 weken")


def test_a_row_that_wins_is_marked_alone():
    cosines = np.array([0.5, 0.2, 0.6, 0.8, 0.5])
    assert closest_sentence(_passage(TABLE), cosines) == ("Autorijden | na 1 week | na 2 weken",)


def test_a_line_leading_in_to_a_table_comes_with_its_best_row():
    text = ("Sommige voedingsmiddelen geven meer gasvorming:\n"
            "Effect | Voorbeelden\nMeer darmgassen | Ui, prei, kool\nMeer geur | Eieren, vis, knoflook")
    cosines = np.array([0.4, 0.8, 0.5, 0.6, 0.55])
    assert closest_sentence(_passage(text), cosines) == (
        "Sommige voedingsmiddelen geven meer gasvorming:", "Meer darmgassen | Ui, prei, kool")


def test_a_lead_in_comes_with_the_items_it_introduces():
    text = ("Een val voorkomen is belangrijk. Thuis kunt u zelf:\n• losse kleden weghalen;\n"
            "• 's nachts licht laten branden;\n• stevige schoenen dragen.\nDe fysiotherapeut helpt u.")
    cosines = np.array([0.4, 0.5, 0.8, 0.5, 0.5, 0.5, 0.3])
    assert closest_sentence(_passage(text), cosines) == (
        "Thuis kunt u zelf:", "• losse kleden weghalen;", "• 's nachts licht laten branden;",
        "• stevige schoenen dragen.")


def test_a_sentence_ending_in_a_colon_before_running_text_is_marked_alone():
    text = "Let op: dit is belangrijk. Neem de tablet in met water:\nDrink er een vol glas bij."
    cosines = np.array([0.4, 0.3, 0.8, 0.5])
    assert closest_sentence(_passage(text), cosines) == ("Neem de tablet in met water:",)


def test_the_first_row_of_a_table_without_a_header_is_marked_alone():
    text = "Openingstijden:\nMaandag | 8.00 - 17.00\nDinsdag | 8.00 - 12.00\nWoensdag | gesloten"
    cosines = np.array([0.4, 0.3, 0.8, 0.5, 0.6])
    assert closest_sentence(_passage(text), cosines) == ("Maandag | 8.00 - 17.00",)


def test_a_question_that_leads_in_to_a_list_comes_with_its_items():
    text = "Wat kunt u zelf doen? Thuis kunt u zelf:\n• rusten;\n• veel drinken.\nBel bij koorts."
    cosines = np.array([0.4, 0.8, 0.5, 0.4, 0.4, 0.3])
    assert closest_sentence(_passage(text), cosines) == (
        "Wat kunt u zelf doen?", "Thuis kunt u zelf:", "• rusten;", "• veel drinken.")
