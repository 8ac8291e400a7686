"""The coverage signal asks the leaflet that seems to answer, not the whole collection."""

from __future__ import annotations

import pytest

from index.build import build_index
from index.confidence import UNKNOWN_WORD_PENALTY, coverage_confidence
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
    assert result.signals["evidence"] == pytest.approx(result.signals["sentence_cosine"] - UNKNOWN_WORD_PENALTY)
    assert result.confidence == pytest.approx(coverage_confidence(result.signals["evidence"]))


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
