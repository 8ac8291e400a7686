"""Red team round 7: the marked sentence should be the one that answers, and a link to a
table row should scroll to it.

Closeness in meaning alone marked a sentence on the passage's topic ("hoeveel koffie mag ik
drinken als ik de borst geef" marked "drink liever geen alcohol"); the query's own words now
count too. Offline, on the first hit holding an answer quote (dev, bundled, synthetic, unseen
and rt7 sets), the answer was inside the highlight for 195 of 275 questions, against 177.
"""

from __future__ import annotations

import numpy as np

from index.citation import _text_fragment, source_link
from index.highlight import WORD_WEIGHT, closest_sentence, query_share
from index.lexical import Analyzer
from ingest.document import Leaflet, Passage

ANALYZER = Analyzer("nl")
FEEDING = ("Het advies is: drink liever geen alcohol. "
           "Koffie mag: tot 3 koppen per dag is geen probleem. "
           "Rook niet in de buurt van uw baby.")


def _passage(text: str, headings: tuple[str, ...] = ("Eten en drinken",)) -> Passage:
    return Passage(id="p", leaflet_id="l", headings=headings, text=text, span=(0, len(text)), position=0)


def test_the_sentence_holding_the_query_words_beats_a_slightly_closer_one():
    cosines = np.array([0.5, 0.62, 0.60, 0.3])  # heading, then the three sentences
    query = "hoeveel koffie mag ik drinken als ik de borst geef"
    assert closest_sentence(_passage(FEEDING), cosines) == ("Het advies is: drink liever geen alcohol.",)
    assert closest_sentence(_passage(FEEDING), cosines, query, ANALYZER) == (
        "Koffie mag: tot 3 koppen per dag is geen probleem.",)


def test_closeness_decides_between_sentences_holding_as_many_query_words():
    text = "Stop 7 dagen voor het onderzoek met ijzertabletten. Stop 2 dagen voor het onderzoek met vezels."
    cosines = np.array([0.4, 0.55, 0.7])
    marked = closest_sentence(_passage(text), cosines, "wanneer stoppen voor het onderzoek", ANALYZER)
    assert marked == ("Stop 2 dagen voor het onderzoek met vezels.",)


def test_a_query_sharing_no_word_with_the_passage_is_left_to_closeness():
    cosines = np.array([0.5, 0.3, 0.7, 0.2])
    query = "how much coffee while breastfeeding"
    assert query_share(["Een zin.", "Nog een zin."], "how much", ANALYZER) == [0.0, 0.0]
    assert closest_sentence(_passage(FEEDING), cosines, query, ANALYZER) == (
        "Koffie mag: tot 3 koppen per dag is geen probleem.",)


def test_a_much_closer_sentence_still_wins_over_one_word():
    # one query word of three is worth a third of WORD_WEIGHT: not a gap of 0.3
    cosines = np.array([0.5, 0.2, 0.9 + WORD_WEIGHT, 0.2])
    query = "mag ik roken naast mijn baby"
    assert closest_sentence(_passage(FEEDING), cosines, query, ANALYZER)[0].startswith("Koffie mag")


def test_share_weighs_stems_by_their_letters():
    shares = query_share(["Melk mag.", "Koffie mag.", "Koffie en melk."], "melk koffie", ANALYZER)
    assert shares == [0.4, 0.6, 1.0]  # "melk" 4 letters, "koffie" 6


def test_a_question_won_by_its_words_comes_with_its_answer():
    text = "Mag uw kind in bad? Ja, dagelijks, maar kort. Bel bij koorts met blaasjes dezelfde dag."
    cosines = np.array([0.4, 0.5, 0.3, 0.55])
    marked = closest_sentence(_passage(text), cosines, "mag mijn kind elke dag in bad", ANALYZER)
    assert marked == ("Mag uw kind in bad?", "Ja, dagelijks, maar kort.")


def test_a_passage_whose_cosines_do_not_fit_gets_no_highlight():
    assert closest_sentence(_passage(FEEDING), np.array([0.1, 0.2]), "koffie", ANALYZER) == ()


# Finding 9: a table row stands in a passage as "cell | cell"; the page has separate cells.

ROW = "Nepafenac (Nevanac) 1 mg/ml | 3 keer per dag | 4 weken"


def test_a_table_row_links_to_the_words_of_its_first_cell():
    assert _text_fragment(ROW) == "Nepafenac%20%28Nevanac%29%201%20mg%2Fml"
    assert "%7C" not in _text_fragment(ROW)


def test_a_row_led_by_a_number_or_an_empty_cell_links_to_its_first_cell_with_words():
    assert _text_fragment("1 |  | Oogdruppels met dexamethason | 4 keer per dag") == (
        "Oogdruppels%20met%20dexamethason")


def test_a_row_with_a_short_label_links_to_its_longest_cell():
    # "Dexamethason druppels" alone scrolls to where the page first names it, and a
    # start,end range from it would begin there too (a review): the row's longest cell,
    # inside one cell as the page holds it, is likelier this row's
    assert _text_fragment("1 |  | Dexamethason druppels | 4 keer per dag") == "4%20keer%20per%20dag"
    assert _text_fragment("Stap 1 | Was uw handen met water en zeep voor het druppelen") == (
        "Was%20uw%20handen%20met%20water%20en%20zeep%20voor%20het%20druppelen")
    assert _text_fragment("Ja | Neem direct contact op met de huisarts | 2") == (
        "Neem%20direct%20contact%20op%20met%20de%20huisarts")


def test_a_row_of_too_few_words_gets_the_line_as_before_not_its_first_word():
    # "1" or "Ja" is found first elsewhere on the page, most often not in this row
    assert _text_fragment("1 | 2 | 3") == "1%20%7C%202%20%7C%203"
    assert _text_fragment("12 | 14") == "12%20%7C%2014"
    assert _text_fragment("Ja | Nee") == "Ja%20%7C%20Nee"
    assert _text_fragment("Koorts | 38") == "Koorts%20%7C%2038"
    assert _text_fragment("12 | Ja") == "12%20%7C%20Ja"  # the label is the last cell: no range


def test_a_long_cell_gets_a_start_and_end():
    row = "Neem de druppels in de eerste week vier keer per dag en daarna minder | 4 weken"
    assert _text_fragment(row) == "Neem%20de%20druppels%20in%20de,per%20dag%20en%20daarna%20minder"


def test_a_line_that_is_no_row_is_unchanged():
    assert _text_fragment("Druppel 3 keer per dag in het geopereerde oog.") == (
        "Druppel%203%20keer%20per%20dag%20in%20het%20geopereerde%20oog.")
    assert _text_fragment("• Koffie mag") == "Koffie%20mag"
    assert _text_fragment("a|b en c") == "a%7Cb%20en%20c"  # a pipe inside a word is the page's own


def test_the_link_to_a_row_sentence_scrolls_to_the_row():
    leaflet = Leaflet("l", "Oogdruppels", "/data/o.html", "h", url="https://example.org/staar")
    text = "Druppelschema na de operatie:\n" + ROW
    passage = Passage("p", "l", ("Druppels",), text, (0, len(text)), 0)
    assert source_link(leaflet, passage, ROW) == (
        "https://example.org/staar#:~:text=Nepafenac%20%28Nevanac%29%201%20mg%2Fml")
