"""What kind of answer a question asks for, where its words alone cannot tell the verdict.

"Wat kost een lumbaalpunctie?" asked of a leaflet that explains the puncture but names no
price finds close sentences through "lumbaalpunctie" alone, and "kost" is too common a word
for its absence to count: the leaflets seemed to answer a question they do not. A price is
said with money words ("€ 150", "vergoed", "eigen risico", "basisverzekering"), so a
question about money is answered only by a passage that speaks of money; a passage that
does not is charged as if the question's subject were missing (index/search.py).

The words are those of the question and passage kind, not of any question: how people ask
what something costs or whether insurance pays, in the leaflets' languages (Dutch, English)
and in those patients most often ask in beside them.
"""

from __future__ import annotations

import re

# How a question asks what something costs or who pays: the verbs and nouns of price and
# insurance, and the adjectives of price ("hoe duur", not "duur" alone: "de duur" is how long).
# "seguro", "para" and "cena" are left out: "¿es seguro?" asks whether something is safe,
# "cena" is a Spanish supper as well as a Polish price.
_ASKS_MONEY = re.compile(
    r"\b(?:kost|kosten|kostte|prijs|prijzen|betaal|betaalt|betalen|vergoed\w*|eigen risico|\w*verzeker\w*"
    r"|hoe duur|duurder|goedkoop|goedkop\w*"
    r"|costs?|price|pay|paid|insurance|insurer|reimburs\w*|expensive|cheap\w*"
    r"|kostet|preis|bezahlt|krankenkasse|teuer\w*"
    r"|co[uû]te?|co[uû]t|prix|rembours\w*|mutuelle"
    r"|cuesta|precio|reembols\w*"
    r"|ücret\w*|fiyat\w*|sigorta\w*"
    r"|koszt\w*|refund\w*|ubezpiecz\w*"
    r"|تكلف\w*|سعر|تأمين|مجان\w*)\b",
    re.IGNORECASE,
)
# A verb of costing that costs time or effort ("hoeveel tijd kost het herstel?") asks no price.
_COSTS = re.compile(r"kost|kosten|kostte|costs?|kostet|co[uû]te?|cuesta|koszt\w*", re.IGNORECASE)
_TIME_OR_EFFORT = re.compile(
    r"\b(?:tijd|moeite|energie|kracht|time|effort|energy|zeit|m[üu]he|temps|tiempo|czas\w*)\b", re.IGNORECASE
)

# How a passage speaks of money, in Dutch or English: amounts and currency, price, payment,
# insurance and what it covers. Stems are matched inside words ("basisverzekering",
# "zorgverzekeraar", "vergoedt").
_SPEAKS_MONEY = re.compile(
    r"€|\beuro\b|\beur\b|kosten|\bkost\b|\bprijs|betaal|betalen|vergoe|verzeker|eigen risico|eigen bijdrage"
    r"|\bgratis\b|basispakket|\bcost|\bprice|\bpay|insur|reimburs|free of charge",
    re.IGNORECASE,
)


def asks_money(question: str) -> bool:
    """Whether a question asks what something costs or whether it is paid for."""
    asked = [match.group() for match in _ASKS_MONEY.finditer(question)]
    if asked and all(_COSTS.fullmatch(word) for word in asked) and _TIME_OR_EFFORT.search(question):
        return False
    return bool(asked)


def speaks_of_money(text: str) -> bool:
    """Whether a passage says anything about costs, prices or who pays (in a summary in
    another language too: "ücretsiz", "مجاني")."""
    return _SPEAKS_MONEY.search(text) is not None or _ASKS_MONEY.search(text) is not None

