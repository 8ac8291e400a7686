"""The coverage signal asks the leaflet that seems to answer, not the whole collection."""

from __future__ import annotations

import numpy as np
import pytest

from index.build import build_index
from index.confidence import (
    FREE_ZIPF, MIDPOINT, STORY_WORDS, SUBJECT_SHARE, UNKNOWN_WORD_PENALTY, coverage_confidence,
    evidence, shown_confidence, unknown_word_cost, without_subject,
)
from index.lexical import zipf
from index.search import Searcher

from tests.test_index_build import KIDNEY, leaflet

# A leaflet on another subject that happens to use the query's last word.
DRUG = leaflet("middel", "Drink geen alcohol tijdens de kuur.", "Neem het middel met water in.")
QUERY = "eiwit urine alcohol"


def test_a_word_only_another_leaflet_uses_still_counts_as_unknown(tmp_path, hash_embedder):
    build_index(tmp_path, [KIDNEY, DRUG], hash_embedder)
    result = Searcher.open(tmp_path, hash_embedder).search(QUERY)
    # the kidney sentence is the closest; its leaflet never says "alcohol"
    assert result.signals["unknown_terms"] == 1
    cost = unknown_word_cost(zipf("alcohol", "nl"))
    assert result.signals["evidence"] == pytest.approx(result.signals["sentence_cosine"] - cost)
    assert result.confidence == pytest.approx(coverage_confidence(result.signals["evidence"]))


def test_unknown_words_of_a_long_question_count_less_each():
    # up to STORY_WORDS content words the unknown words cost in full; beyond, the question's
    # story dilutes them, so 8 unknown words of 12 cost what 4 of 6 do
    short = evidence(0.9, 0.02, STORY_WORDS)
    assert short == pytest.approx(0.9 - 0.02)
    assert evidence(0.9, 0.02, 2) == short
    assert evidence(0.9, 8 * 0.02, 2 * STORY_WORDS) == pytest.approx(evidence(0.9, 4 * 0.02, STORY_WORDS))
    assert evidence(0.9, 0, 0) == 0.9


def test_a_rare_unknown_word_costs_more_than_a_common_one():
    # a leaflet that never names "rivaroxaban" hardly answers a question about it; one that
    # never says "ophouden" may, and "dag" names no subject at all
    rare, common, everyday = zipf("rivaroxaban", "nl"), zipf("ophouden", "nl"), zipf("dag", "nl")
    assert 0 < rare < common < FREE_ZIPF <= everyday
    assert unknown_word_cost(rare) > unknown_word_cost(common) > UNKNOWN_WORD_PENALTY
    assert unknown_word_cost(everyday) == 0
    # a word the frequency lists do not know is mostly a slip ("nierbiobsie"): the base only
    assert zipf("nierbiobsie", "nl") == 0 and unknown_word_cost(0.0) == UNKNOWN_WORD_PENALTY


def test_adding_a_leaflet_on_another_subject_leaves_the_confidence_as_it_was(tmp_path, hash_embedder):
    build_index(tmp_path / "alone", [KIDNEY], hash_embedder)
    build_index(tmp_path / "more", [KIDNEY, DRUG], hash_embedder)
    alone = Searcher.open(tmp_path / "alone", hash_embedder).search(QUERY)
    more = Searcher.open(tmp_path / "more", hash_embedder).search(QUERY)
    assert more.signals["unknown_terms"] == alone.signals["unknown_terms"] == 1
    assert more.confidence == pytest.approx(alone.confidence)


def test_a_leaflet_using_every_query_word_is_not_penalised(tmp_path, hash_embedder):
    both = leaflet("beide", "Eiwit in de urine.", "Drink geen alcohol.")
    build_index(tmp_path, [both], hash_embedder)
    result = Searcher.open(tmp_path, hash_embedder).search(QUERY)
    assert result.signals["unknown_terms"] == 0
    assert result.signals["evidence"] == pytest.approx(result.signals["sentence_cosine"])


def test_a_compound_counts_as_used_when_its_parts_are(tmp_path, hash_embedder):
    parts = leaflet("delen", "Het eiwit gaat verloren: dat verlies merkt u aan schuimende urine.")
    build_index(tmp_path, [parts], hash_embedder)
    result = Searcher.open(tmp_path, hash_embedder).search("eiwitverlies")
    assert result.signals["unknown_terms"] == 0


@pytest.mark.parametrize("query", ["eiwit urine alcohol huid nergens",
                                   "eiwit urine alcohol huid nergens vingers stug koud wit"])
def test_the_best_evidence_is_the_maximum_over_every_candidate(tmp_path, hash_embedder, query):
    # The search stops early once no candidate further down can win; compare it with a plain
    # maximum over all candidates, for many made-up sets of sentence cosines (a short
    # question, and a long one whose unknown words each count less).
    from index.fusion import Evidence
    from index.search import _uses

    both = leaflet("beide", "Eiwit in de urine.", "Drink geen alcohol.")
    skin = leaflet("huid", "De huid wordt hard en stug.", "Koude vingers worden wit.")
    build_index(tmp_path, [KIDNEY, DRUG, both, skin], hash_embedder)
    searcher = Searcher.open(tmp_path, hash_embedder)
    words = searcher.analyzer.word_terms(query)
    frequency = searcher.store.document_frequencies([t for group in words for t in group])
    rowids = [rowid for rowid, _ in searcher.store.all_passages()]
    leaflet_of = searcher.store.leaflets_of(rowids)
    used = searcher.store.leaflet_terms(sorted({t for group in words for t in group}),
                                        sorted(set(leaflet_of.values())))
    rng = np.random.default_rng(7)
    winners = set()
    for _ in range(300):
        cosines = dict(zip(rowids, (0.85 + 0.03 * rng.random(len(rowids))).tolist()))
        candidates = {rowid: Evidence(cosine=c, sentence_cosine=c) for rowid, c in cosines.items()}
        _, signals = searcher._coverage(query, words, frequency, candidates)
        costs = searcher._asked(query, words)
        expected = max(evidence(c, sum(cost for group, cost in costs.items()
                                       if not _uses(group, used[leaflet_of[rowid]])), len(costs))
                       for rowid, c in cosines.items())
        assert signals["evidence"] == pytest.approx(expected)
        winners.add(signals["sentence_cosine"] == max(cosines.values()))
    assert winners == {True, False}  # sometimes the closest sentence wins, sometimes another


FILLER_WORDS = "een twee drie vier vijf zes zeven acht".split()
# One sentence that uses every word of QUERY, deep in a long passage on something else: the
# passage ranks low, the sentence is close.
BURIED = leaflet("diep", " ".join(["Eiwit in de urine en alcohol."]
                                  + [f"De bus van lijn {w} rijdt om het kwartier langs het station." for w in FILLER_WORDS]))


def _fillers(count: int) -> list:
    """Leaflets on the kidney whose one passage ranks high for QUERY and never says "alcohol"."""
    return [leaflet(f"nier{n}", f"Eiwit in de urine bij folder {n}.") for n in range(count)]


@pytest.mark.parametrize("mode", ["hybrid", "dense", "lexical"])
def test_a_leaflet_far_down_the_ranking_does_not_answer_for_the_first_passages(tmp_path, hash_embedder, mode):
    # With a few passages above it, the buried sentence that uses every word gives the evidence;
    # with more than EVIDENCE_DEPTH above it, the verdict reads only the passages shown first,
    # none of whose leaflets says "alcohol", whatever the search mode ranks by.
    from index.search import EVIDENCE_DEPTH

    build_index(tmp_path / "few", [BURIED, *_fillers(2)], hash_embedder)
    build_index(tmp_path / "many", [BURIED, *_fillers(EVIDENCE_DEPTH + 1)], hash_embedder)
    few = Searcher.open(tmp_path / "few", hash_embedder).search(QUERY, mode=mode)
    many = Searcher.open(tmp_path / "many", hash_embedder).search(QUERY, k=10, mode=mode)
    assert few.signals["unknown_terms"] == 0
    assert many.signals["unknown_terms"] == 1
    assert many.signals["evidence"] < few.signals["evidence"]
    if mode == "hybrid":
        assert "alcohol" in many.hits[-1].passage.text  # found, shown last, not taken as the answer


@pytest.mark.parametrize("mode", ["hybrid", "dense", "lexical"])
def test_asking_for_more_results_leaves_the_verdict_as_it_was(tmp_path, hash_embedder, mode, monkeypatch):
    # More results than each retriever's DEPTH fetch more candidates; the verdict still reads
    # the first texts among each retriever's first DEPTH, so k does not move it (DEPTH made
    # small here, so that a dozen passages go past it).
    import index.search as search_module

    monkeypatch.setattr(search_module, "DEPTH", 2)
    build_index(tmp_path, [BURIED, *_fillers(10)], hash_embedder)
    searcher = Searcher.open(tmp_path, hash_embedder)
    for query in (QUERY, "alcohol", "drink alcohol", "urine folder 7 alcohol", "bus station alcohol"):
        few, many = searcher.search(query, k=1, mode=mode), searcher.search(query, k=12, mode=mode)
        assert many.confidence == pytest.approx(few.confidence), query
        assert many.signals == pytest.approx(few.signals), query


def test_copies_of_one_text_take_one_place_among_those_the_verdict_reads(tmp_path, hash_embedder):
    # Six strengths' leaflets print the same passage; a search shows it once, with its copies,
    # so the buried sentence below it is among the first texts shown and gives the evidence.
    from index.search import EVIDENCE_DEPTH

    copies = [leaflet(f"sterkte{n}", "Eiwit in de urine.") for n in range(EVIDENCE_DEPTH + 1)]
    build_index(tmp_path, [BURIED, *copies], hash_embedder)
    result = Searcher.open(tmp_path, hash_embedder).search(QUERY)
    assert len(result.hits[0].also_in) == EVIDENCE_DEPTH and "alcohol" in result.hits[1].passage.text
    assert result.signals["unknown_terms"] == 0


def test_a_closer_sentence_from_a_leaflet_missing_a_word_loses_to_one_using_them_all(tmp_path, hash_embedder):
    from index.fusion import Evidence

    both = leaflet("beide", "Eiwit in de urine.", "Drink geen alcohol.")
    build_index(tmp_path, [KIDNEY, both], hash_embedder)
    searcher = Searcher.open(tmp_path, hash_embedder)
    words = searcher.analyzer.word_terms(QUERY)
    frequency = searcher.store.document_frequencies([t for group in words for t in group])
    by_leaflet = {p.leaflet_id: rowid for rowid, p in searcher.store.all_passages()}
    candidates = {by_leaflet["nier"]: Evidence(0.900, 0.900), by_leaflet["beide"]: Evidence(0.895, 0.895)}
    _, signals = searcher._coverage(QUERY, words, frequency, candidates)
    assert signals["sentence_cosine"] == 0.895 and signals["unknown_terms"] == 0


# The subject check: a leaflet titled after its subject, which every sentence names.
SUBJECT = leaflet("zalf", "Zalfix. Smeer het dun op de huid.", "Bewaar koel.",
                  "Zalfix is een zalf tegen jeuk.", title="Zalfix 5 mg zalf")


def subject_searcher(tmp_path, embedder):
    build_index(tmp_path, [SUBJECT], embedder)
    return Searcher.open(tmp_path, embedder)


def test_a_question_naming_the_subject_is_measured_again_without_it(tmp_path, hash_embedder):
    searcher = subject_searcher(tmp_path, hash_embedder)
    asked = []
    encode = hash_embedder.encode_queries
    hash_embedder.encode_queries = lambda texts: asked.extend(texts) or encode(texts)
    result = searcher.search("zalfix zalfix zalfix sauna")
    assert result.signals["query_evidence"] >= MIDPOINT  # would pass on the name alone
    assert asked[-1] == "sauna"  # the title's words left out
    assert result.signals["subject_evidence"] < result.signals["query_evidence"]
    assert result.signals["evidence"] == pytest.approx(
        without_subject(result.signals["query_evidence"], result.signals["subject_evidence"]))
    assert result.signals["evidence"] < result.signals["query_evidence"]
    searcher.search("zalfix zalfix zalfix 5 sauna")
    assert asked[-1] == "5 sauna"  # a dose in the title is not the subject


def test_the_subject_check_asks_only_the_subject_leaflet(tmp_path, hash_embedder):
    # Without "Zalfix" the question asks "sauna", which a leaflet on saunas answers well; that
    # says nothing of whether the Zalfix leaflet answers it, so the check reads Zalfix's passages
    # only and measures what it measures with no sauna leaflet beside it.
    sauna = leaflet("sauna", "Sauna.", title="Warmte")
    alone = subject_searcher(tmp_path / "alone", hash_embedder)
    build_index(tmp_path / "beside", [SUBJECT, sauna], hash_embedder)
    beside = Searcher.open(tmp_path / "beside", hash_embedder)
    for searcher in (alone, beside):
        searcher.subject_gate = float("-inf")  # checked whatever the evidence
    query = "zalfix zalfix zalfix sauna"
    first, second = alone.search(query), beside.search(query)
    assert second.hits[0].leaflet.id == "zalf" and "sauna" in {hit.leaflet.id for hit in second.hits}
    assert beside.search("sauna").signals["query_evidence"] > first.signals["subject_evidence"] + 0.05
    assert second.signals["subject_evidence"] == pytest.approx(first.signals["subject_evidence"])


def test_the_subject_check_never_raises_the_evidence():
    assert without_subject(0.87, 0.83) == pytest.approx(0.87 - SUBJECT_SHARE * 0.04)
    assert without_subject(0.87, 0.90) == 0.87


def test_no_subject_check_without_title_words_or_below_the_threshold(tmp_path, hash_embedder):
    searcher = subject_searcher(tmp_path, hash_embedder)
    plain = searcher.search("bewaar koel")  # passes, but names no title word
    assert "subject_evidence" not in plain.signals
    assert plain.signals["evidence"] == plain.signals["query_evidence"]
    assert plain.signals["query_evidence"] >= MIDPOINT
    only = searcher.search("zalfix")  # nothing left to ask once the title's words go
    assert only.signals["query_evidence"] >= MIDPOINT
    assert "subject_evidence" not in only.signals
    low = searcher.search("zalfix nergens niets onbekend vreemd")
    assert low.signals["query_evidence"] < MIDPOINT and "subject_evidence" not in low.signals


def test_only_a_question_typed_in_capitals_is_lowered():
    from index.search import unshouted

    assert unshouted("WAAROM HEB IK DIKKE ENKELS?") == "waarom heb ik dikke enkels?"
    assert unshouted("HOE BEWAAR IK ENBREL 25 MG") == "hoe bewaar ik enbrel 25 mg"
    for kept in ("VEDOSS", "FSGS IgA", "MTX en FSGS", "Waarom heb ik dikke enkels?", "38,5 °C", "COVID NSAID"):
        assert unshouted(kept) == kept
    # a long word in capitals is no acronym: judged not answered, where in lower case it was
    assert unshouted("NIERBIOBSIE") == "nierbiobsie" and unshouted("FSGS NIERBIOPSIE") == "FSGS nierbiopsie"


def test_a_word_shouted_alone_is_judged_as_typed_in_lower_case(searcher):
    assert searcher.search("NIERBIOBSIE").covered == searcher.search("nierbiobsie").covered


def test_a_spelling_correction_needs_a_close_known_word():
    from index.spelling import Vocabulary, corrected

    vocabulary = Vocabulary(["nierbiopsie", "vochtophoping", "methotrexaat", "de", "nier"])
    assert corrected("nierbiobsie", vocabulary, "nl") == "nierbiopsie"
    assert corrected("wat doet metotrexaat?", vocabulary, "nl") == "wat doet methotrexaat?"
    assert corrected("nierbiopsie", vocabulary, "nl") is None  # known: nothing to correct
    assert corrected("hartfalen", vocabulary, "nl") is None  # a real word, not a slip
    assert corrected("dikke nieren", Vocabulary(["dikker", "nieren"]), "nl") is None
    assert corrected("nir", vocabulary, "nl") is None  # too short to guess


def test_the_vocabulary_finds_what_difflib_over_every_word_finds():
    # grouping by first letter and length must not lose a match difflib would make (apart
    # from a slip in the first letter), nor change which of several it takes
    import difflib
    import random

    from index.spelling import CUTOFF, Vocabulary

    rng = random.Random(7)
    words = ["".join(rng.choice("aeiounrstlk") for _ in range(rng.randint(3, 16))) for _ in range(3000)]
    words = list(dict.fromkeys(words))
    vocabulary = Vocabulary(words)
    for word in words[:300]:
        slip = word[0] + word[2:] if len(word) > 5 else word + "e"
        expected = difflib.get_close_matches(slip, [w for w in words if w[0] == slip[0]], n=1, cutoff=CUTOFF)
        assert vocabulary.closest(slip) == (expected[0] if expected and len(slip) >= 5 else None), slip
    # lengths whose best ratio is the cutoff itself (2 * 17 / (17 + 23) = 0.85), which
    # rounding in the length window must not lose (a review)
    assert Vocabulary(["a" * 17]).closest("a" * 23) == "a" * 17
    assert Vocabulary(["a" * 23]).closest("a" * 17) == "a" * 23


def test_a_correction_is_offered_only_when_it_answers_better(searcher):
    assert searcher.suggest(searcher.search("nierbiobsie")) == "nierbiopsie"
    assert searcher.suggest(searcher.search("waarom heb ik dikke enkels")) is None
    assert searcher.suggest(searcher.search("Mag ik alcohol drinken als ik FSGS heb?")) is None


def test_in_a_question_in_another_language_every_unknown_word_costs_the_same(tmp_path, hash_embedder):
    # how rare a word is in Dutch says nothing about a Turkish one
    build_index(tmp_path, [KIDNEY], hash_embedder)
    searcher = Searcher.open(tmp_path, hash_embedder)
    query = "böbrek biyopsisi ağrılı mı"
    words = searcher.analyzer.word_terms(query)
    assert set(searcher._asked(query, words, foreign=True).values()) == {UNKNOWN_WORD_PENALTY}
    dutch = "rivaroxaban gewoon"
    assert len(set(searcher._asked(dutch, searcher.analyzer.word_terms(dutch)).values())) == 2


def test_a_question_of_only_everyday_words_is_never_covered(tmp_path, hash_embedder):
    # "waarom" or "dag" alone names nothing a leaflet could answer, and costs nothing when
    # the leaflet lacks it, so its evidence would be a bare cosine
    build_index(tmp_path, [KIDNEY], hash_embedder)
    searcher = Searcher.open(tmp_path, hash_embedder)
    for everyday in ("waarom", "Waarom dag?"):
        result = searcher.search(everyday)
        assert result.confidence == 0.0 and not result.covered, everyday
    assert searcher.search("waarom eiwit").confidence > 0.0


def test_a_brand_name_counts_as_a_rare_word_not_as_english():
    # English lists know "Xarelto" a little; it is no English word a Dutch question borrows,
    # and a leaflet that never names it hardly answers a question about it
    from index.lexical import is_foreign, own_zipf

    assert is_foreign("kidney") and not is_foreign("xarelto")
    assert 0 < own_zipf("xarelto") < 2.5 and own_zipf("nierbiobsie") == 0
    assert unknown_word_cost(own_zipf("xarelto")) > unknown_word_cost(own_zipf("gewicht"))


def test_a_one_word_lookup_of_a_word_a_leaflet_uses_is_covered(tmp_path, hash_embedder):
    # "Tresiba", named once in a table row: the vectors of a lone name find no sentence close
    # to it, yet the leaflet that names it says something about it
    build_index(tmp_path, [KIDNEY, DRUG], hash_embedder)
    searcher = Searcher.open(tmp_path, hash_embedder)
    found = searcher.search("alcohol")
    assert found.covered and found.signals["lookup"] == 1 and found.signals["evidence"] >= MIDPOINT
    assert "lookup" not in searcher.search("alcohol", leaflet_ids=["nier"]).signals  # not among those shown
    assert "lookup" not in searcher.search("rivaroxaban").signals  # a word no leaflet uses
    assert "lookup" not in searcher.search("alcohol urine").signals  # two words ask a question
    assert not searcher.search("alcohol", mode="lexical").covered  # no dense evidence: no verdict


def test_a_one_word_lookup_weighs_the_exact_match_twice():
    from index.fusion import Evidence, rank

    candidates = {1: Evidence(0.810, 0.810), 2: Evidence(0.785, 0.785, bm25=3.0)}
    assert [rowid for rowid, _ in rank(candidates)] == [1, 2]
    assert [rowid for rowid, _ in rank(candidates, lookup=True)] == [2, 1]


def test_english_words_count_once_an_english_leaflet_is_indexed(tmp_path, hash_embedder):
    # beside Dutch leaflets alone an English word's absence says nothing; once the collection
    # holds an English leaflet, "cost" asked of leaflets that never say it is an unknown word
    # (red team 7: "how much does a colonoscopy cost" was covered, with no word counted)
    import dataclasses

    english = leaflet("en", "The bowel preparation starts the evening before.", title="Colonoscopy")
    english = dataclasses.replace(english, leaflet=dataclasses.replace(english.leaflet, language="en"))
    query = "how much does a colonoscopy cost"
    build_index(tmp_path / "nl", [KIDNEY, DRUG], hash_embedder)
    build_index(tmp_path / "both", [KIDNEY, DRUG, english], hash_embedder)
    dutch = Searcher.open(tmp_path / "nl", hash_embedder)
    mixed = Searcher.open(tmp_path / "both", hash_embedder)
    assert dutch._asked(query, dutch.analyzer.word_terms(query)) == {}
    asked = mixed._asked(query, mixed.analyzer.word_terms(query))
    assert {group[0] for group in asked} >= {"cost", "colonoscopy"}
    # ... against the English leaflet only: a Dutch leaflet that answers an English question
    # never uses its words (review: "how do I use my inhaler" went from covered to 0.04)
    from index.fusion import Evidence

    rowid_of = {p.leaflet_id: rowid for rowid, p in mixed.store.all_passages()}
    asked_kidney = "kidney urine eiwit"
    words = mixed.analyzer.word_terms(asked_kidney)
    frequency = mixed.store.document_frequencies([t for group in words for t in group])
    for leaflet_id, unknown in (("nier", 0), ("en", 3)):
        candidates = {rowid_of[leaflet_id]: Evidence(0.9, 0.9)}
        _, signals = mixed._coverage(asked_kidney, words, frequency, candidates)
        assert signals["unknown_terms"] == unknown, leaflet_id


def test_a_slip_of_a_leaflet_word_costs_the_base_only(tmp_path, hash_embedder):
    # "migrane" is rare but known (English text misspells "migraine"): a leaflet that says
    # "migraine" is asked about it, and the slip costs what any slip costs
    migraine = leaflet("migraine", "Bij migraine helpt rust in een donkere kamer.")
    build_index(tmp_path / "with", [migraine, DRUG], hash_embedder)
    build_index(tmp_path / "without", [KIDNEY, DRUG], hash_embedder)
    for folder, cost in (("with", UNKNOWN_WORD_PENALTY), ("without", unknown_word_cost(zipf("migrane", "en")))):
        searcher = Searcher.open(tmp_path / folder, hash_embedder)
        assert list(searcher._asked("migrane", searcher.analyzer.word_terms("migrane")).values()) == [cost]
    assert unknown_word_cost(zipf("migrane", "en")) > UNKNOWN_WORD_PENALTY


def test_a_slip_costs_nothing_where_a_leaflet_writes_the_word_it_almost_spells(tmp_path, hash_embedder):
    # "nierbiobsie" asked of a leaflet that writes "nierbiopsie" lacks nothing; another leaflet
    # pays what a slip costs, not what a name no leaflet but one uses costs
    from index.fusion import Evidence

    biopsy = leaflet("biopsie", "Bij een nierbiopsie neemt de arts een stukje nierweefsel weg.")
    build_index(tmp_path, [biopsy, DRUG], hash_embedder)
    searcher = Searcher.open(tmp_path, hash_embedder)
    rowid_of = {p.leaflet_id: rowid for rowid, p in searcher.store.all_passages()}
    for query, slips in (("nierbiobsie alcohol", 1), ("nierbiopsie alcohol", 0)):
        words = searcher.analyzer.word_terms(query)
        frequency = searcher.store.document_frequencies([t for group in words for t in group])
        unknown = {}
        for leaflet_id in ("biopsie", "middel"):
            candidates = {rowid_of[leaflet_id]: Evidence(0.9, 0.9)}
            value, signals = searcher._coverage(query, words, frequency, candidates)
            unknown[leaflet_id] = (signals["unknown_terms"], signals["query_evidence"])
        assert unknown["biopsie"][0] == 1 and unknown["middel"][0] == 1, query  # "alcohol", or the slip
        if slips:
            assert unknown["middel"][1] == pytest.approx(
                evidence(0.9, unknown_word_cost(0.0), len(words)), abs=1e-6)  # the base, no name's cost


@pytest.mark.parametrize("confidence, covered, digits, shown", [
    (0.4996, False, 2, 0.49),  # read as "0.50" beside "not covered", the threshold seemed met
    (0.49996, False, 4, 0.4999),
    (0.5, True, 2, 0.5),
    (0.4949, False, 2, 0.49),
    (0.123456, False, 4, 0.1235),
    (0.98765, True, 2, 0.99),
    (0.5, True, 4, 0.5),  # a number looked up: exactly the threshold, covered
])
def test_a_shown_confidence_stays_on_the_side_of_its_verdict(confidence, covered, digits, shown):
    assert shown_confidence(confidence, covered, digits) == shown


def test_search_json_and_the_cli_show_a_near_threshold_no_as_a_no():
    from index.search import SearchResult
    from leaflets.api import result_json
    from leaflets.cli import _format_result

    result = SearchResult("wie bel ik zaterdag", [], False, 0.49996)
    assert result_json(result)["confidence"] == 0.4999
    assert "(confidence 0.49)" in _format_result(result)
