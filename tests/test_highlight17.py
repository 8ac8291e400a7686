"""Highlights mark the answer, not only the sentence that echoes the question.

Leaflets often ask the reader's question ("Bent u een dosis vergeten?") and answer it in
the next sentence; the question is closest in meaning to the query, so it alone was marked.
A highlighted question now comes with the sentence that answers it.
"""

from __future__ import annotations

import numpy as np

from index.highlight import best_sentences, closest_sentence
from index.lexical import Analyzer
from ingest.document import Passage
from leaflets.render import passage_html

FORGOTTEN = ("Bent u een dosis vergeten en denkt u eraan op dezelfde dag? Neem hem dan alsnog in. "
             "Merkt u het pas de volgende dag? Sla de vergeten dosis dan over.")


def _passage(text: str, headings: tuple[str, ...] = ("Dosis vergeten",)) -> Passage:
    return Passage(id="p", leaflet_id="l", headings=headings, text=text, span=(0, len(text)), position=0)


def test_a_question_closest_in_meaning_comes_with_its_answer():
    # cosines: the heading, then the four sentences; the first question is closest
    marked = closest_sentence(_passage(FORGOTTEN), np.array([0.5, 0.9, 0.4, 0.6, 0.3]))
    assert marked == ("Bent u een dosis vergeten en denkt u eraan op dezelfde dag?",
                      "Neem hem dan alsnog in.")


def test_the_answer_to_the_second_question_is_its_own_next_sentence():
    marked = closest_sentence(_passage(FORGOTTEN), np.array([0.5, 0.4, 0.3, 0.9, 0.2]))
    assert marked == ("Merkt u het pas de volgende dag?", "Sla de vergeten dosis dan over.")


def test_questions_in_a_row_are_marked_up_to_the_answer():
    text = "Spuugt uw kind bloed? Of heeft het koorts boven 38,5 °C? Bel dan direct het ziekenhuis. Pijn is normaal."
    marked = closest_sentence(_passage(text), np.array([0.1, 0.8, 0.5, 0.4, 0.2]))
    assert marked == ("Spuugt uw kind bloed?", "Of heeft het koorts boven 38,5 °C?",
                      "Bel dan direct het ziekenhuis.")


def test_the_answer_on_the_next_line_is_marked_too():
    text = "Dwaalt uw naaste 's nachts door het huis?\n• Een GPS-tracker helpt hem terug te vinden."
    marked = closest_sentence(_passage(text, ()), np.array([0.9, 0.5]))
    assert marked == ("Dwaalt uw naaste 's nachts door het huis?", "• Een GPS-tracker helpt hem terug te vinden.")


def test_a_statement_is_marked_alone():
    marked = closest_sentence(_passage(FORGOTTEN), np.array([0.5, 0.4, 0.9, 0.6, 0.3]))
    assert marked == ("Neem hem dan alsnog in.",)


def test_a_question_that_ends_the_passage_is_marked_alone():
    text = "Neem hem dan alsnog in. Heeft u nog vragen?"
    assert closest_sentence(_passage(text), np.array([0.1, 0.2, 0.9])) == ("Heeft u nog vragen?",)


def test_lexical_highlights_answer_the_question_they_match_too():
    text = ("Moet u een operatie, een tand trekken of een scopie ondergaan? "
            "Meld dit minstens 7 dagen van tevoren aan de trombosedienst. Neem uw doseerschema mee.")
    marked = best_sentences(text, "kies trekken acenocoumarol tandarts", Analyzer("nl"))
    assert marked == ("Moet u een operatie, een tand trekken of een scopie ondergaan?",
                      "Meld dit minstens 7 dagen van tevoren aan de trombosedienst.")


def test_the_app_marks_question_and_answer_and_nothing_else():
    marked = closest_sentence(_passage(FORGOTTEN), np.array([0.5, 0.9, 0.4, 0.6, 0.3]))
    shown = passage_html(FORGOTTEN, marked)
    assert shown.count("<mark>") == 2
    assert "<mark>Neem hem dan alsnog in.</mark>" in shown
    assert "<mark>Merkt u" not in shown


def test_real_leaflet_question_is_marked_with_its_answer(searcher):
    # fsgs.txt: "Verdwijnt er dagelijks meer dan 3,5 gram eiwit via de urine? Dan is sprake van
    # het nefrotisch syndroom." (the patient set's question, which marked the question alone)
    result = searcher.search("Vanaf hoeveel eiwitverlies per dag noemen ze het nefrotisch?", k=10)
    hit = next(h for h in result.hits if "Verdwijnt er dagelijks" in h.passage.text)
    assert "Dan is sprake van het nefrotisch syndroom." in hit.highlights
    # the link and the JSON page still open where the exchange begins: at the question
    assert hit.sentence.startswith("Verdwijnt er dagelijks")
