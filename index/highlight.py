"""The sentence(s) of a passage that best match the query.

Support staff quote one line, and patients see at a glance why a passage was
returned. With sentence vectors (hybrid and dense search) the sentence closest
in meaning wins; without them (lexical search) the one sharing the most query
terms, longer stems counting more. A passage sharing nothing with the query
gets no highlight rather than a guessed one.

Leaflets often ask the reader's question and answer it in the next sentence
("Bent u een dosis vergeten? Neem hem dan alsnog in."). The question is the
sentence closest to the query, so a question that wins is marked together with
the sentence that answers it; a line that leads in to a list or a table ("Thuis kunt
u zelf:"), or a table's header row, with the items or the best row it introduces.

Closeness in meaning alone often marks a sentence on the passage's topic rather
than the one that answers ("hoeveel koffie mag ik drinken als ik de borst geef":
"drink liever geen alcohol", not "Koffie mag: tot 3 koppen per dag"), so the
query's own words count too: a sentence's cosine gains up to `WORD_WEIGHT` for the
share of the query's terms it holds (by the letters of their stems). Holding clearly
more of them mostly decides; closeness decides between sentences that hold as many,
and wherever the query shares no word with the passage (a question in English). A
table row whose range holds a number of the query ("16 - 21 kg" for "20 kilo") gains
as much (`in_range`).
"""

from __future__ import annotations

import re

import numpy as np

from ingest.clean.lines import CELL_SEPARATOR, is_table_row
from ingest.document import Passage
from ingest.sentences import sentence_spans
from index.lexical import Analyzer, contains_phrase


def sentences(text: str) -> list[str]:
    """Sentences and list items of a passage, as they stand in its text."""
    found = []
    for line in text.split("\n"):
        found.extend(line[start:end] for start, end in sentence_spans(line))
    return [s for s in (s.strip() for s in found) if s]


def sentence_units(passage: Passage, title: str = "") -> list[str]:
    """What gets a vector of its own: the passage's own heading, then each sentence.

    A heading is often the question the passage answers ("Hoe ontstaat FSGS?"),
    so it is compared with the query as if it were one of the passage's sentences.
    A passage under no heading (a leaflet's opening, a one-passage FAQ answer) has
    the leaflet's title as its heading.
    """
    heading = passage.headings[-1] if passage.headings else title.strip()
    return ([heading] if heading else []) + sentences(passage.text)


#: What holding every query term adds to a sentence's cosine. Cosines of one passage's
#: sentences mostly lie within 0.1 of each other, so the words decide wherever a sentence
#: holds clearly more of them; on the highlight sets (dev, bundled, synthetic, unseen,
#: rt7) any weight from 0.2 to 0.6 scored alike (tests/test_highlight_rt7.py).
WORD_WEIGHT = 0.3


def closest_sentence(passage: Passage, cosines: np.ndarray, query: str = "",
                     analyzer: Analyzer | None = None, subject: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The sentence of the passage text that answers the query best: closest to it in
    meaning (`cosines` are the query's with the passage's sentence units) plus, given the
    query and an analyzer, `WORD_WEIGHT` times the share of the query's terms it holds, the
    terms of the leaflet's title (`subject`) left out (`query_share`);
    a question with its answer, a lead-in with its items (`with_answer`), and a table's
    header row, or the line leading in to a table, with its best row."""
    texts = sentences(passage.text)
    skip = len(cosines) - len(texts)  # the heading, when there is one, is not a highlight
    if skip not in (0, 1) or not texts:
        return ()
    scores = np.asarray(cosines[skip:], dtype=float)
    if query and analyzer is not None:
        scores = scores + WORD_WEIGHT * np.array(query_share(texts, query, analyzer, subject))
    if query:
        scores = scores + WORD_WEIGHT * np.array(in_range(texts, query))
    best = int(np.argmax(scores))
    rows = _rows_under(texts, best)
    if rows:  # a table's header row, or the line leading in to a table, names no answer
        return texts[best], texts[max(rows, key=lambda row: scores[row])]
    return with_answer(texts, best)


def _rows_under(texts: list[str], at: int) -> list[int]:
    """The rows of the table that `texts[at]` heads (its header row, `_is_header`) or leads
    in to ("Sommige voedingsmiddelen geven meer gasvorming:"), a header row left out when
    the table has others; else none."""
    if is_table_row(texts[at]):
        if at > 0 and is_table_row(texts[at - 1]) or not _is_header(texts[at], _rows_from(texts, at + 1)):
            return []
        first = at + 1
    elif texts[at].endswith(":") and at + 1 < len(texts) and is_table_row(texts[at + 1]):
        headed = at + 2 < len(texts) and is_table_row(texts[at + 2]) \
            and _is_header(texts[at + 1], _rows_from(texts, at + 2))
        first = at + 2 if headed else at + 1
    else:
        return []
    return list(range(first, first + len(_rows_from(texts, first))))


def _rows_from(texts: list[str], first: int) -> list[str]:
    """The table rows that follow one another from `texts[first]`."""
    end = first
    while end < len(texts) and is_table_row(texts[end]):
        end += 1
    return texts[first:end]


def _is_header(text: str, below: list[str]) -> bool:
    """Whether a table's first row names its columns: short cells without a number
    ("Activiteit | Na een kijkoperatie"), not a first row of data ("Maandag | 8.00 - 17.00");
    or, however long its cells, one whose first cell holds no number, with a column where it
    has none and the rows `below` mostly have one ("Uw operatie begint om | Laatste keer eten
    (en melk)" over "08.00 uur | …", "Moment van meten | Diabetes type 1 of 2 |
    Zwangerschapsdiabetes" over "… | 3,5 – 5,3")."""
    cells = text.split(CELL_SEPARATOR)
    if not _has_digit(text) and all(len(cell.split()) <= HEADER_WORDS for cell in cells):
        return True
    rows = [row.split(CELL_SEPARATOR) for row in below]
    # a label with a number ("Jonger dan 6 maanden | niet geven") is a first row of data
    return len(rows) >= MIN_NUMBERED_ROWS and not _has_digit(cells[0]) and any(
        not _has_digit(cell)
        and sum(column < len(row) and _has_digit(row[column]) for row in rows) >= NUMBERED_SHARE * len(rows)
        for column, cell in enumerate(cells))


def _has_digit(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


HEADER_WORDS = 4
MIN_NUMBERED_ROWS = 2  # a column of numbers needs rows to show it
NUMBERED_SHARE = 0.75  # of the rows under a header whose cell in its column holds a number


def query_share(texts: list[str], query: str, analyzer: Analyzer,
                subject: frozenset[str] = frozenset()) -> list[float]:
    """For each sentence, the share of the query's terms it holds, each term weighing its
    letters (longer stems are rarer, more telling): 0 to 1, all 0 for a query with none.

    Terms of `subject`, the leaflet's title, count only in a query of nothing else: every
    sentence of a leaflet is about its subject, whether it names it or not, so the one that
    names it ("Bij de controle leest de technicus uw pacemaker uit") won the mark over the
    one that answers ("De batterij gaat gemiddeld 8 tot 12 jaar mee") for "hoe lang gaat de
    batterij van een pacemaker mee" (red team 65). Over 64 question sets, the first hit
    holding an answer marks it for 3636 of 5334 questions, against 3439 with the title's terms
    counted and 3592 with them at 0.3 of their weight (docs/quality.md)."""
    wanted = set(analyzer.terms(query))
    if wanted - subject:
        wanted -= subject
    total = sum(len(term) for term in wanted)
    if not total:
        return [0.0] * len(texts)
    return [sum(len(term) for term in wanted & set(analyzer.leaflet_terms(text))) / total for text in texts]


_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_WORD_NUMBER = re.compile(r"(?<![^\W\d_])\d+(?:[.,]\d+)?(?![^\W\d_])")  # a number of its own, not "HbA1c"'s
_RANGE = re.compile(r"(\d+(?:[.,]\d+)?)\s*(?:-|–|tot)\s*(\d+(?:[.,]\d+)?)")


def in_range(texts: list[str], query: str) -> list[float]:
    """For each sentence, 1 when it is a table row with a range that holds a number of the
    query, or whose first cell, the row's label, says a number of the query, else 0: "mijn
    kind weegt 20 kilo" asks for the row "16 - 21 kg | 350 mg", which shares no word and no
    number with it, rather than the row that says "22 - 29 kg"; "met 14 maanden" for the row
    "14 maanden | BMR en MenACWY", "om 13 uur" for "13.00 uur | 07.00 uur", not the rows
    around them, as close in meaning."""
    asked = [_value(number) for number in _NUMBER.findall(query)]
    if not asked:
        return [0.0] * len(texts)
    return [0.0 if not is_table_row(text)
            else 1.0 if any(low <= value <= high for value in asked for low, high in _ranges(text))
            else LABEL_SHARE if any(_value(number) in asked for number in _WORD_NUMBER.findall(text.split(CELL_SEPARATOR)[0]))
            else 0.0 for text in texts]


LABEL_SHARE = 0.5  # a label's number: one word of the row, where a range is what the row is about


def _ranges(text: str) -> list[tuple[float, float]]:
    return [tuple(sorted((_value(low), _value(high)))) for low, high in _RANGE.findall(text)]


def _value(number: str) -> float:
    return float(number.replace(",", "."))


def with_answer(texts: list[str], at: int) -> tuple[str, ...]:
    """`texts[at]`, and when it asks a question ("Moet u een tand laten trekken?") the
    sentences after it up to and including the first that asks none: the answer ("Meld
    dit 7 dagen van tevoren."), which sentence vectors rank below the question that
    echoes the query. A lead-in ("Thuis kunt u zelf:") comes with the list items it
    introduces, up to `MAX_ITEMS`: on its own it says nothing.
    In reading order, so the first highlight (where a link opens) is the question; a
    question that ends the passage is marked alone."""
    end = at
    while texts[end].endswith("?") and end + 1 < len(texts):
        end += 1
    if texts[end].endswith(":"):
        items = end + 1
        while items < len(texts) and items - end <= MAX_ITEMS and _ITEM.match(texts[items]):
            items += 1
        end = items - 1 if items > end + 1 else end
    return tuple(texts[at:end + 1])


MAX_ITEMS = 5
_ITEM = re.compile(r"(?:[•◦▪]|\d{1,2}[.)])\s")


def best_sentences(text: str, query: str, analyzer: Analyzer, limit: int = 1) -> tuple[str, ...]:
    """Up to `limit` sentences sharing the most query terms, in passage order, each
    question among them with its answer (`with_answer`)."""
    wanted = set(analyzer.terms(query))
    if not wanted:
        return ()
    texts = sentences(text)
    scored = []
    for position, sentence in enumerate(texts):
        shared = wanted & set(analyzer.leaflet_terms(sentence))
        if shared:
            weight = sum(len(term) for term in shared)  # longer stems are rarer, more telling
            scored.append((weight, -position, sentence))
    best = sorted(-position for _, position, _ in sorted(scored, reverse=True)[:limit])
    marked = [sentence for position in best for sentence in with_answer(texts, position)]
    return tuple(dict.fromkeys(marked))


def exact_sentences(text: str, phrases: list[tuple[str, ...]], analyzer: Analyzer) -> tuple[str, ...]:
    """The sentences that hold the most of the exact-search phrases word for word: for
    "coup de sabre" the sentence with all three words, not every sentence with "de"."""
    held = [(sum(contains_phrase(analyzer.words(sentence), phrase) for phrase in phrases), sentence)
            for sentence in sentences(text)]
    most = max((count for count, _ in held), default=0)
    return tuple(sentence for count, sentence in held if count and count == most)
