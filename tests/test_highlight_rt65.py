"""Red team 65: the marked sentence is the one that answers, not the one that names the
leaflet's subject (tests/data/redteam65_questions.md 3.5).

Every sentence of a pacemaker leaflet is about the pacemaker; the one that says the word
("Bij de controle leest de technicus uw pacemaker uit") held more of the question's words than
the one that answers ("De batterij gaat gemiddeld 8 tot 12 jaar mee") and was marked for "hoe
lang gaat de batterij van een pacemaker mee". The words of the leaflet's title now count for
no sentence, unless the question asks nothing else.
"""

from __future__ import annotations

import numpy as np

from index.highlight import closest_sentence, query_share
from index.lexical import Analyzer
from ingest.document import Passage

ANALYZER = Analyzer("nl")
CHECKS = ("De eerste controle is 6 weken na het plaatsen. "
          "Bij de controle leest de technicus uw pacemaker uit met een apparaatje op de huid. "
          "De batterij gaat gemiddeld 8 tot 12 jaar mee.")
TITLE = frozenset(ANALYZER.terms("Leven met een pacemaker"))


def _passage(text: str) -> Passage:
    return Passage(id="p", leaflet_id="l", headings=("Controle en batterij",), text=text, span=(0, len(text)),
                   position=0)


def test_the_title_s_words_do_not_pull_the_mark_to_a_sentence_that_names_the_subject():
    cosines = np.array([0.80, 0.82, 0.874, 0.865])  # heading, then the three sentences
    query = "hoe lang gaat de batterij van een pacemaker mee"
    assert closest_sentence(_passage(CHECKS), cosines, query, ANALYZER)[0].startswith("Bij de controle")
    assert closest_sentence(_passage(CHECKS), cosines, query, ANALYZER, TITLE) == (
        "De batterij gaat gemiddeld 8 tot 12 jaar mee.",)


def test_a_question_of_only_the_title_s_words_still_counts_them():
    texts = ["Een pacemaker is een klein kastje.", "Bel ons bij vragen."]
    assert query_share(texts, "pacemaker", ANALYZER, TITLE) == [1.0, 0.0]


def test_a_compound_of_the_title_counts_in_neither_form():
    """"Staaroperatie" titles the leaflet: "operatie" in a question about the operation names
    its subject too."""
    title = frozenset(ANALYZER.terms("Staaroperatie (cataract)"))
    texts = ["Na de operatie is uw oog wat rood.", "Douchen kan de dag erna weer."]
    assert query_share(texts, "wanneer kan ik douchen na de staaroperatie", ANALYZER)[0] > 0
    shares = query_share(texts, "wanneer kan ik douchen na de staaroperatie", ANALYZER, title)
    assert shares[0] == 0.0 < shares[1]
