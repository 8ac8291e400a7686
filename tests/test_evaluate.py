"""Tests of the quote-based evaluation (leaflets/evaluate.py); every expected figure by hand."""

from __future__ import annotations

import json
import string
from math import log2
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from leaflets.evaluate import (
    Metrics,
    Question,
    Ranking,
    answers,
    distinct_texts,
    evaluate,
    format_misses,
    format_table,
    load_questions,
    misses,
    normalize,
)

# --- normalisation -------------------------------------------------------------------------


def test_normalize_nfkc_folds_ligatures_and_full_width_forms() -> None:
    assert normalize("\ufb01lter") == "filter"  # the "fi" ligature
    assert normalize("\uff26\uff33\uff27\uff33") == "fsgs"  # full-width FSGS
    assert normalize("3\u00bd gram") == "31\u20442 gram"  # NFKC spells out ½


def test_normalize_curly_single_quotes_become_straight() -> None:
    assert normalize("\u2018drie scenario\u2019s\u2019") == "'drie scenario's'"
    # Only the single quotes are named by the README; double curly quotes stay.
    assert normalize("\u201cja\u201d") == "\u201cja\u201d"


def test_normalize_whitespace_and_nbsp_collapse_to_one_space() -> None:
    assert normalize("  De\u00a0nier \n\t filtert\r\n\nbloed  ") == "de nier filtert bloed"
    assert normalize("a\u2009\u202fb") == "a b"  # thin and narrow no-break spaces


def test_normalize_lowercases() -> None:
    assert normalize("Radboudumc NIJMEGEN") == "radboudumc nijmegen"


# --- answers() -----------------------------------------------------------------------------

QUOTE = "Volwassenen kunnen alleen terecht bij het expertisecentrum van Radboudumc in Nijmegen"


def test_answers_exact_containment() -> None:
    passage = f"Waar kan ik terecht? {QUOTE}. Kinderen gaan naar het Amalia."
    assert answers(passage, QUOTE)


def test_answers_after_normalisation_of_both_sides() -> None:
    passage = "VOLWASSENEN kunnen\u00a0alleen terecht bij het\nexpertisecentrum van Radboudumc"
    assert answers(passage, QUOTE)
    assert answers("Het is \u2018zeldzaam\u2019, zegt de arts.", "het is 'zeldzaam'")


def test_answers_passage_holding_most_of_the_quote_counts() -> None:
    # A passage boundary cut the sentence: 60 of its 85 characters remain.
    passage = "Meer informatie. Volwassenen kunnen alleen terecht bij het expertisecentrum"
    assert answers(passage, QUOTE)


def test_answers_passage_sharing_only_a_few_words_does_not_count() -> None:
    passage = "Het expertisecentrum in Nijmegen behandelt ook kinderen van Radboudumc."
    assert not answers(passage, QUOTE)


def test_answers_scattered_pieces_do_not_add_up() -> None:
    quote = string.ascii_lowercase + string.digits  # 36 distinct characters: need 18
    passage = quote[:10] + " # " + quote[10:20] + " # " + quote[20:]
    assert not answers(passage, quote)


def test_answers_half_boundary_even_length() -> None:
    quote = "abcdefghij"  # 10 characters: 5 needed
    assert answers("xx abcde yy", quote)
    assert not answers("xx abcd yy", quote)


def test_answers_half_boundary_odd_length_rounds_up() -> None:
    quote = "abcdefghi"  # 9 characters: 4.5, so 5 needed
    assert answers("fghi#abcde", quote)
    assert not answers("abcd#fghi", quote)


def test_answers_half_boundary_long_quote_through_the_prefilter() -> None:
    quote = string.ascii_lowercase + string.digits  # 36 characters: 18 needed
    assert answers("## " + quote[7:25] + " ##", quote)  # 18 characters in common
    assert not answers("## " + quote[7:24] + " ##", quote)  # 17
    assert answers(quote[18:], quote)  # the second half exactly


def test_answers_empty_quote_or_passage() -> None:
    assert not answers("anything", "")
    assert not answers("anything", " \n ")
    assert not answers("", "quote")


def _longest_common_substring(a: str, b: str) -> int:
    """Textbook dynamic programme, the reference for the property test."""
    best = 0
    previous = [0] * (len(b) + 1)
    for ca in a:
        current = [0] * (len(b) + 1)
        for j, cb in enumerate(b, start=1):
            if ca == cb:
                current[j] = previous[j - 1] + 1
                best = max(best, current[j])
        previous = current
    return best


_TEXT = st.text(alphabet="abcAB \u00a0\u2019'", max_size=60)


@settings(max_examples=400, deadline=None)
@given(passage=_TEXT, quote=_TEXT)
def test_answers_matches_the_readme_rule_literally(passage: str, quote: str) -> None:
    p, q = normalize(passage), normalize(quote)
    expected = bool(q) and 2 * _longest_common_substring(p, q) >= len(q)
    assert answers(passage, quote) == expected


# --- load_questions --------------------------------------------------------------------------


def _record(qid: str, quotes: list[str], kind: str = "keyword") -> dict:
    return {
        "id": qid,
        "question": f"vraag {qid}",
        "answers": quotes,
        "kind": kind,
        "lang": "nl",
        "leaflet": "fsgs.txt",
    }


def _write_lines(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_load_questions_reads_records_and_skips_blank_lines(tmp_path: Path) -> None:
    path = _write_lines(
        tmp_path / "q.jsonl",
        [json.dumps(_record("d01", ["een quote", "nog een"])), "", json.dumps(_record("u1", [], "uncovered"))],
    )
    first, second = load_questions(path)
    assert first == Question("d01", "vraag d01", ("een quote", "nog een"), "keyword", "nl", "fsgs.txt")
    assert first.covered and not second.covered
    assert second.kind == "uncovered"


@pytest.mark.parametrize(
    "bad_line",
    [
        "{not json",
        json.dumps(["a list"]),
        json.dumps({k: v for k, v in _record("d02", ["x"]).items() if k != "kind"}),
        json.dumps(_record("d02", "a string, not a list")),  # type: ignore[arg-type]
        json.dumps(_record("d02", ["ok", 3])),  # type: ignore[list-item]
        json.dumps(_record("d01", ["duplicate id"])),
        json.dumps({**_record("d02", ["x"]), "leaflet": 3}),
    ],
)
def test_load_questions_bad_line_names_file_and_line(tmp_path: Path, bad_line: str) -> None:
    path = _write_lines(tmp_path / "q.jsonl", [json.dumps(_record("d01", ["x"])), "", bad_line])
    with pytest.raises(ValueError, match=r"q\.jsonl:3\b"):
        load_questions(path)


def test_an_unanswered_question_may_name_its_leaflet_as_null(tmp_path: Path) -> None:
    """A question set written elsewhere says "leaflet": null for a question no leaflet answers
    (red team 12's did); that is no leaflet, not an error."""
    path = _write_lines(tmp_path / "q.jsonl", [json.dumps({**_record("d01", []), "leaflet": None, "lang": None})])
    [question] = load_questions(path)
    assert question.leaflet == "" and question.lang == "" and not question.answers


# --- evaluate(): a tiny set computed by hand ---------------------------------------------------

A = "de nier filtert het bloed"
B = "een nierbiopsie is nodig"
C = "huidklachten bij sclerose"

P1 = "Uitleg. De nier filtert het bloed elke dag."  # answers A
P2 = "Zoals gezegd: de nier\nfiltert het bloed."  # answers A
P3 = "Over medicijnen en bijwerkingen."
P4 = "Een nierbiopsie is nodig voor de diagnose."  # answers B
P5 = "Huidklachten bij sclerose."  # answers C
P6 = "Niets relevants hier."
INDEX = [P1, P2, P3, P4, P5, P6]

Q1 = Question("q1", "nier", (A,), "keyword")
Q2 = Question("q2", "biopsie", (B,), "keyword")
Q3 = Question("q3", "huid", (C,), "question")
Q4 = Question("q4", "nier of biopsie", (B, A), "question")
U1 = Question("u1", "griep", (), "uncovered")
U2 = Question("u2", "zwanger", (), "uncovered")

RANKINGS = [
    Ranking(Q1, (P3, P1, P6, P2, P5), 0.9),  # relevant at ranks 2 and 4; 2 in the index
    Ranking(Q2, (P4, P3), 0.5),  # relevant at rank 1; 1 in the index
    Ranking(Q3, (P6, P3, P1, P2, P4, P6, P3, P1, P2, P4, P5), 0.2),  # only at rank 11
    Ranking(Q4, (P6, P6, P6, P6, P1), 0.2),  # relevant at rank 5; 3 in the index (P1 P2 P4)
    Ranking(U1, (P1, P4), 0.5),  # ties with Q2
    Ranking(U2, (P6,), 0.1),
]

NDCG_Q1 = (1 / log2(3) + 1 / log2(5)) / (1 + 1 / log2(3))  # 0.6509...
NDCG_Q2 = 1.0
NDCG_Q3 = 0.0
NDCG_Q4 = (1 / log2(6)) / (1 + 1 / log2(3) + 1 / log2(4))  # 0.1815...


def test_hand_computed_nDCG_values_are_what_the_comments_say() -> None:
    assert NDCG_Q1 == pytest.approx(0.650921, abs=1e-6)
    assert NDCG_Q4 == pytest.approx(0.181542, abs=1e-6)


def test_evaluate_overall_metrics_by_hand() -> None:
    overall = evaluate(RANKINGS, INDEX).overall
    assert overall.n == 4  # covered questions only
    assert overall.recall_at_1 == pytest.approx(1 / 4)  # only q2
    assert overall.recall_at_5 == pytest.approx(3 / 4)  # q1, q2, q4
    assert overall.mrr_at_10 == pytest.approx((1 / 2 + 1 + 0 + 1 / 5) / 4)  # 0.425
    assert overall.ndcg_at_10 == pytest.approx((NDCG_Q1 + NDCG_Q2 + NDCG_Q3 + NDCG_Q4) / 4)
    # Positives 0.9 0.5 0.2 0.2 vs negatives 0.5 0.1: 0.9 wins 2; 0.5 ties 0.5 and beats 0.1
    # (1.5); each 0.2 beats only 0.1 (1 + 1); 5.5 of 8 pairs.
    assert overall.coverage_auroc == pytest.approx(5.5 / 8)


def test_a_text_printed_in_several_leaflets_counts_once_in_the_ideal_ranking() -> None:
    copies = [P4, " ".join(P4.split()), P4.replace(" ", "\n"), P6]  # three leaflets print P4
    assert distinct_texts(copies) == [P4, P6]
    shown_once = [Ranking(Q2, (P4, P6), 0.5)]  # the search shows P4 once, naming the others
    assert evaluate(shown_once, distinct_texts(copies)).overall.ndcg_at_10 == pytest.approx(1.0)
    assert evaluate(shown_once, copies).overall.ndcg_at_10 < 0.5


def test_evaluate_per_kind_metrics_by_hand() -> None:
    by_kind = evaluate(RANKINGS, INDEX).by_kind
    assert list(by_kind) == ["keyword", "question", "uncovered"]
    keyword, question, uncovered = by_kind.values()
    assert keyword == Metrics(
        n=2,
        recall_at_1=pytest.approx(1 / 2),
        recall_at_5=pytest.approx(1.0),
        mrr_at_10=pytest.approx(3 / 4),
        ndcg_at_10=pytest.approx((NDCG_Q1 + NDCG_Q2) / 2),
        coverage_auroc=pytest.approx(3.5 / 4),  # 0.9: 2 wins; 0.5: a tie and a win
    )
    assert question == Metrics(
        n=2,
        recall_at_1=pytest.approx(0.0),
        recall_at_5=pytest.approx(1 / 2),
        mrr_at_10=pytest.approx(1 / 10),
        ndcg_at_10=pytest.approx((NDCG_Q3 + NDCG_Q4) / 2),
        coverage_auroc=pytest.approx(2 / 4),  # each 0.2 beats 0.1, loses to 0.5
    )
    assert uncovered == Metrics(0, 0.0, 0.0, 0.0, 0.0, None)


def test_evaluate_outcomes_per_question() -> None:
    outcomes = {o.id: o for o in evaluate(RANKINGS, INDEX).by_question}
    assert [(o.first_relevant_rank, o.ideal_relevant) for o in outcomes.values()] == [
        (2, 2),
        (1, 1),
        (None, 1),
        (5, 3),
        (None, 0),
        (None, 0),
    ]
    assert outcomes["q4"].kind == "question" and outcomes["q4"].confidence == 0.2


def test_question_that_no_index_passage_answers_scores_zero() -> None:
    lost = Question("q9", "iets", ("deze zin staat nergens in de folder",), "keyword")
    report = evaluate([Ranking(lost, (P1, P2), 1.0)], INDEX)
    assert report.overall.ndcg_at_10 == 0.0
    assert report.by_question[0].ideal_relevant == 0


def test_ideal_is_capped_at_ten_answering_passages() -> None:
    index = [f"{A} (kopie {i})" for i in range(12)]
    report = evaluate([Ranking(Q1, tuple(index[:10]), 1.0)], index)
    assert report.by_question[0].ideal_relevant == 12
    assert report.overall.ndcg_at_10 == pytest.approx(1.0)


def test_auroc_is_none_when_only_one_class_is_present() -> None:
    report = evaluate(RANKINGS[:4], INDEX)
    assert report.overall.coverage_auroc is None
    assert report.overall.n == 4


def test_metrics_as_json_keys() -> None:
    data = evaluate(RANKINGS, INDEX).overall.as_json()
    assert list(data) == ["n", "recall@1", "recall@5", "mrr@10", "ndcg@10", "coverage_auroc"]
    assert data["n"] == 4 and data["recall@1"] == pytest.approx(0.25)
    json.dumps(data)


NDCG_ONE_OF_TWO = 1 / (1 + 1 / log2(3))  # one of two answering passages, at rank 1


def test_evaluate_per_language_compares_each_language_with_its_own_unanswered() -> None:
    # The same four questions asked once more in English: the English ones rank better but
    # tell the answered from the unanswered worse, and each language is judged on its own.
    english = [
        Ranking(replace(Q1, id="q1-en", lang="en"), (P1,), 0.4),  # rank 1
        Ranking(replace(Q2, id="q2-en", lang="en"), (P4,), 0.3),  # rank 1
        Ranking(replace(U1, id="u1-en", lang="en"), (), 0.35),
    ]
    dutch = [replace(r, question=replace(r.question, lang="nl")) for r in RANKINGS]
    report = evaluate(dutch + english, INDEX)
    assert list(report.by_lang) == ["nl", "en"]
    assert report.by_lang["nl"] == evaluate(dutch, INDEX).overall  # as if asked alone
    en = report.by_lang["en"]
    assert en.n == 2 and en.recall_at_1 == pytest.approx(1.0) and en.mrr_at_10 == pytest.approx(1.0)
    assert en.ndcg_at_10 == pytest.approx((NDCG_ONE_OF_TWO + 1.0) / 2)  # q1 has P2 to find too
    assert en.coverage_auroc == pytest.approx(1 / 2)  # 0.4 beats 0.35, 0.3 does not
    assert format_table(report).splitlines()[-2:] == [
        "| lang nl | 4 | 0.250 | 0.750 | 0.425 | 0.458 | 0.688 |",
        "| lang en | 2 | 1.000 | 1.000 | 1.000 | 0.807 | 0.500 |",
    ]


def test_evaluate_one_language_has_no_language_rows() -> None:
    assert evaluate(RANKINGS, INDEX).by_lang == {}


def test_format_table_has_overall_and_each_kind() -> None:
    table = format_table(evaluate(RANKINGS, INDEX))
    lines = table.splitlines()
    assert lines[0] == "| set | n | R@1 | R@5 | MRR@10 | nDCG@10 | AUROC |"
    assert lines[2] == "| overall | 4 | 0.250 | 0.750 | 0.425 | 0.458 | 0.688 |"
    assert lines[3].startswith("| keyword | 2 | 0.500 | 1.000 | 0.750 |")
    assert lines[-1] == "| uncovered | 0 | 0.000 | 0.000 | 0.000 | 0.000 | n/a |"
    assert len(lines) == 2 + 1 + 3


# --- misses (`leaflets eval --misses`) -------------------------------------------------------


def test_misses_name_each_question_served_wrongly_and_why() -> None:
    found = misses(RANKINGS, evaluate(RANKINGS, INDEX))
    by_id = {miss.id: miss for miss in found}
    # q1: answer second, judged covered; q2: answer first, covered at exactly 0.5: no miss;
    # q3: answer beyond the top 10 and not covered; q4: rank 5, not covered;
    # u1: unanswered but judged covered (0.5); u2: rightly not covered.
    assert [miss.id for miss in found] == ["q1", "q3", "q4", "u1"]
    assert (by_id["q1"].why, by_id["q1"].rank) == ("ranked", 2)
    assert (by_id["q3"].why, by_id["q3"].rank) == ("ranked, not covered", None)
    assert (by_id["q4"].why, by_id["q4"].rank) == ("ranked, not covered", 5)
    assert (by_id["u1"].why, by_id["u1"].rank) == ("covered", None)
    assert by_id["q1"].first_passage == " ".join(P3.split()) and by_id["q1"].question == "nier"


def test_format_misses_shows_the_question_and_what_came_first() -> None:
    text = format_misses(misses(RANKINGS[:1], evaluate(RANKINGS[:1], INDEX)), width=20)
    assert text.startswith("q1  ranked  (rank 2, confidence 0.90)\n   asked: nier\n   first: ")
    assert len(text.splitlines()[-1]) == len("   first: ") + 20
    assert format_misses([]) == "no misses"
