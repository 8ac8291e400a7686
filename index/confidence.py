"""Does any leaflet answer the query? A calibrated confidence in [0, 1].

Two signals, both measured on the development set's uncovered questions:
- the cosine between the query and the closest sentence among the candidates:
  an answered question finds a sentence that says what it asks, an unanswered
  one only finds sentences on the same general subject;
- which of the query's content words that sentence's leaflet never uses
  ("alcohol", "uitkering", "tandarts" in a leaflet that never mentions them):
  each lowers the evidence, a rare word more than a common one, the most common
  words ("waarom", "dag") not at all (`unknown_word_cost`).
  A leaflet that never says "gewoon" or "ophouden" may still answer the question;
  one that never names "rivaroxaban", "insulinepomp" or "griepprik" hardly answers a
  question about them. In a question of more than six content
  words each counts less, in proportion: a long question tells its story
  ("mijn zoontje van 7 heeft net de diagnose gekregen …"), and the words of the
  story are missing from a leaflet that answers the question all the same.
  The leaflet, not the whole collection,
  is asked, so a leaflet on another subject does not lend its words.
  Words of the second language ("kidney" asked of Dutch leaflets) do not
  count: their absence says nothing.
The search takes the best evidence among the first texts of its ranking, those a search
shows (index/search.py `EVIDENCE_DEPTH`): among all its candidates, the more leaflets a
collection holds, the likelier one far down happens to use every word. A
question that names a leaflet's subject ("Kan ik met Enbrel naar de sauna?")
finds close sentences through that name alone, since every sentence of the
leaflet names it too; so the evidence is measured again for the question
without the words of the closest candidate's leaflet title ("Kan ik met naar
de sauna?"), and half of what it loses there is taken off. A question about money
("wat kost een lumbaalpunctie?") is answered only by a passage that speaks of money
(index/asked_kind.py): one that does not is charged as a missing word of the rarest kind. So is a
name that the frequency lists do not know but another leaflet uses ("mag ik cinnarizine gebruiken
als ik zwanger ben" asked of a leaflet that never names cinnarizine), or that the medicine
dictionary names ("silodosine", which no leaflet names): unknown to the lists, it is no typing
slip. A logistic curve maps
the evidence to a confidence; its midpoint is the coverage threshold
(confidence 0.5), chosen on the development set.
"""

from __future__ import annotations

import math

MIDPOINT = 0.840  # Youden-optimal over all questions of four sets, pooled (calibrate_coverage.py --whole)
# The midpoint for a question in a third language (Turkish, Arabic, Polish asked of Dutch
# leaflets): every word is missing from the leaflet and the model matches across languages
# less closely, so the same evidence means more. Chosen on the translated dev and patient sets
# so that as many unanswered questions are called covered as in Dutch at MIDPOINT (docs/quality.md).
THIRD_LANGUAGE_MIDPOINT = 0.786
COVERED = 0.5  # the confidence at and above which a search reports `covered`: evidence at MIDPOINT
SCALE = 0.01
UNKNOWN_WORD_PENALTY = 0.015  # what any unknown word costs
RARITY_PENALTY = 0.01  # and more for each Zipf point it is rarer than COMMON_ZIPF
COMMON_ZIPF = 6.0  # once per thousand words
FREE_ZIPF = 5.8  # words this common name no subject ("waarom", "dag", "gewoon"): they cost nothing
STORY_WORDS = 6  # in a longer question each unknown word counts STORY_WORDS / content words
# Words that greet, thank or answer yes or no, folded ("dank je wel", "hallo", "oké",
# "thank you", "teşekkürler"): like the most common words they name no subject, so a query
# of only these and stop words asks the leaflets nothing (index/search.py).
SMALL_TALK = frozenset(
    "dank dankje dankjewel danku dankuwel bedankt hartelijk thanks thank thx hallo hoi hey hi hello "
    "goedemorgen goedemiddag goedenavond goedenacht doei dag daag bye groet groeten oke ok okay "
    "ja nee yes no prima top super fijn sorry alsjeblieft alstublieft please "
    "merci gracias danke tesekkurler tesekkur sagol dziekuje shukran شكرا مرحبا дякую спасибо".split()
)
# Words that name no subject although the frequency lists rank them under FREE_ZIPF: question
# words ("welke", "wanneer", "waarom") and forms of the auxiliary and modal verbs that the stop
# list lacks ("word", "hebt", "kunt"), folded; the family a patient asks for ("mijn zoontje",
# "mijn moeder"), which says who the question is about, not what (the leaflet says "uw kind");
# the conjunctions, prepositions and adverbs of when and how much that a patient's story is
# told with ("sinds", "ineens", "voordat", "erg", "niks", "eruit"), which a leaflet answers in
# words of its own ("plotseling", "na", "heel") or in none;
# and "s" and "t", the letters of "'s nachts" and "'t" typed without their apostrophe. A leaflet
# answers "welke oefeningen kan ik doen" or "word ik onder narcose gebracht" without ever writing
# "welke" or "word" (the auxiliary's other forms are stop words, so no leaflet's terms hold it):
# like the most common words they cost nothing when a leaflet lacks them. Not "hoeveel",
# "hoelang" ("hoe lang"), "hoevaak" or "mag": they ask a kind of answer, an amount, a duration,
# a frequency or a permission, that a leaflet gives in words of its own ("mag", "lang", "vaak"),
# and over 26 question sets charging them separated answered from unanswered questions better
# (docs/quality.md, "Words that name no subject").
NO_SUBJECT = frozenset(
    "welke welk hoeverre hoezo wanneer waarom waar waarvoor waardoor waarmee "
    "waarop waaraan waarin waarna which whose whom when where why how "
    "word werden hebt hadden bent kun kunt konden moest moesten wilt wilde wilden zult zouden "
    "zoon zoontje dochter dochtertje moeder vader oma opa broer broertje zus zusje schoonmoeder "
    "schoonvader vriendje vriendinnetje "
    "sinds ineens opeens niks hele erg zeer voordat vanaf terwijl nadat beetje "
    "s t "
    # Flemish forms of the pronouns, articles and auxiliaries the stop list holds in their standard
    # form ("gij", "mijne" for "mijn", "nen" for "een", "zijt" and "hebde" for "bent", "heb je"),
    # "efkes" for "even", "dochterke" for "dochtertje" (red team 63). Not "da", "ne" or "nie": in
    # Italian, French and Polish questions they are words of another kind; nor "zijde" or "kunde",
    # nouns of standard Dutch ("aan de aangedane zijde").
    "gij mijne uwe zijne nen zijt hebde moogde zulde efkes dochterke zoonke".split()
) | frozenset(  # "daarmee", "ervan", "hierna": pronominal adverbs point back at what the question said
    head + preposition for head in ("er", "daar", "hier", "waar")
    for preposition in "aan achter af bij binnen boven buiten door heen in langs mee na naar naast om onder "
                       "op over tegen toe tussen uit van voor zonder".split()
)
# What a candidate costs whose passage cannot give the kind of answer asked: a price asked of
# a passage that says nothing of money (index/asked_kind.py). As much as a word rarer than any
# in the frequency lists (`unknown_word_cost` at Zipf 0.5); chosen over 0.03-0.10 by the mean
# coverage AUROC of all question sets (docs/quality.md, "A price asked").
WRONG_KIND_COST = 0.07
# How rare a word counts that the frequency lists do not know but a leaflet uses (a name:
# "cinnarizine", "ménière"), for a candidate whose leaflet never uses it: as a word rarer than
# any in the lists, like WRONG_KIND_COST. Zipf 0.5-3 measured alike (docs/quality.md, "A name
# another leaflet uses").
NAME_ZIPF = 0.5
SUBJECT_SHARE = 0.5  # of the evidence lost without the subject's words (docs/quality.md)


def unknown_word_cost(zipf: float) -> float:
    """What a query word that the leaflet never uses costs the evidence, given how common
    the word is (Zipf). A rare word names what the question is about; a common one may be
    phrased otherwise in the leaflet. A word that the frequency lists do not know (Zipf 0)
    is most often a typing slip ("nierbiobsie") or a name, and costs only the base. The
    constants were chosen together by the mean coverage AUROC over five question sets and
    checked leaving each set out in turn (docs/quality.md, "Rare words cost more")."""
    if zipf >= FREE_ZIPF:
        return 0.0
    rarity = COMMON_ZIPF - zipf if zipf > 0 else 0.0
    return UNKNOWN_WORD_PENALTY + RARITY_PENALTY * rarity


def evidence(sentence_cosine: float, unknown_cost: float, content_words: int) -> float:
    """One candidate's evidence: its closest sentence, less the cost of the words of the
    question that its leaflet never uses (`unknown_word_cost`, summed; less in a long
    question)."""
    weight = min(1.0, STORY_WORDS / content_words) if content_words else 1.0
    return sentence_cosine - unknown_cost * weight


def without_subject(value: float, subject_value: float) -> float:
    """The evidence lowered by part of what it loses when the question leaves out the
    leaflets' subject: what only the subject's name carried is not an answer."""
    return value - SUBJECT_SHARE * max(0.0, value - subject_value)


def coverage_confidence(value: float, midpoint: float = MIDPOINT) -> float:
    """Confidence that the leaflets answer the query, from the best evidence; 0.5 is the
    coverage threshold (`THIRD_LANGUAGE_MIDPOINT` for a question in a third language)."""
    x = (value - midpoint) / SCALE
    return 1.0 / (1.0 + math.exp(-max(min(x, 60.0), -60.0)))


def shown_confidence(confidence: float, covered: bool, digits: int) -> float:
    """The confidence rounded to `digits` for a reader, on the side of its verdict: a "not
    covered" at 0.4996 shows 0.49, not 0.50, which reads as the threshold met (red team 65)."""
    value = round(confidence, digits)
    if not covered and value >= COVERED:
        return round(COVERED - 10 ** -digits, digits)
    return value
