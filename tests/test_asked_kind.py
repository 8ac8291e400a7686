"""What kind of answer a question asks for (index/asked_kind.py): a price asked is answered only
by a passage that speaks of money, whatever else the passage shares with the question."""

from __future__ import annotations

import pytest

from index.asked_kind import asks_money, speaks_of_money


@pytest.mark.parametrize("question", [
    "wat kost een lumbaalpunctie",
    "hoeveel kost een vitamine b12 injectie",
    "Moet ik zelf betalen voor het longfunctieonderzoek?",
    "wordt de pruik vergoed door de zorgverzekering",
    "how much does a colonoscopy cost",
    "is the treatment covered by my health insurance",
    "Est-ce que le kiné est remboursé ?",
    "was kostet so ein Pen eigentlich",
    "ile właściwie kosztuje taki pen",
    "sigorta karşılıyor mu",
    "كم سعر قلم enbrel",
    "hoe duur is het q-koorts vaccin",  # the adjectives of price (red team 37)
    "is een zelftest goedkoper bij de apotheek",
    "how expensive is a hearing aid",
])
def test_a_question_about_price_or_payment_asks_money(question):
    assert asks_money(question)


@pytest.mark.parametrize("question", [
    "hoe lang duurt een hernia operatie",
    "hoeveel tijd kost het herstel",  # costs time, not money
    "kost het veel moeite om te stoppen met roken",
    "Combien de personnes aux Pays-Bas ont une sclérodermie ?",  # "Pays", not "pay"
    "¿es seguro volar con otitis?",  # "seguro": safe, not insurance
    "mag ik sporten met een gipsspalk",
    "wat is de duur van de behandeling",  # "de duur": how long, not how dear
])
def test_other_questions_do_not(question):
    assert not asks_money(question)


def test_a_passage_speaks_of_money_by_amount_payment_or_insurance():
    for text in ("Een hormoonspiraal kost € 150 tot € 190.",
                 "Voor volwassenen zit mondzorg niet in de basisverzekering.",
                 "U betaalt een eigen bijdrage van 25 procent.",
                 "Die prik is niet gratis.",
                 "The zorgverzekeraar vergoedt de MRA alleen bij slaapapneu.",
                 "Physiotherapy is covered by most insurers."):
        assert speaks_of_money(text), text
    for text in ("Volg een cursus eerste hulp bij kinderen.",
                 "De punctie duurt ongeveer een kwartier.",
                 "Een injectie met vitamine B12 krijgt u in de bovenarm."):
        assert not speaks_of_money(text), text
