"""BM25 over analysed terms (index/bm25.py): ranking, filters, ties and damaged files."""

from __future__ import annotations

import numpy as np
import pytest

from index.bm25 import LexicalIndex
from index.build import build_index
from index.layout import IndexUnavailable, LEXICAL, current_build
from index.search import Searcher

from tests.test_index_build import KIDNEY, SKIN, leaflet


def written(tmp_path, rowids, terms) -> LexicalIndex:
    LexicalIndex.write(tmp_path, rowids, terms)
    return LexicalIndex.load(tmp_path)


def test_more_matched_terms_and_shorter_passages_rank_higher(tmp_path):
    index = written(tmp_path, [3, 5, 8, 9], [["nier", "eiwit"], ["nier"], ["huid"], ["nier", "zout"]])
    found = index.match(["eiwit", "nier"], 10)
    assert [rowid for rowid, _ in found] == [3, 5, 9]
    assert found[0][1] > found[1][1] > found[2][1] > 0
    assert index.match(["onbekend"], 10) == []
    assert index.match([], 10) == []


def test_limit_filter_and_ties_by_row_id(tmp_path):
    index = written(tmp_path, list(range(1, 11)), [["woord"]] * 10)
    assert [r for r, _ in index.match(["woord"], 3)] == [1, 2, 3]  # equal scores: lowest row ids
    assert [r for r, _ in index.match(["woord"], 3, within=[9, 4, 7, 42])] == [4, 7, 9]
    assert index.match(["woord"], 3, within=[]) == []


def test_an_empty_collection_matches_nothing(tmp_path):
    assert written(tmp_path, [], []).match(["nier"], 5) == []


def test_passages_must_come_in_row_id_order(tmp_path):
    with pytest.raises(ValueError, match="row id order"):
        LexicalIndex.write(tmp_path, [2, 1], [["a"], ["b"]])


def test_lexical_search_uses_the_bm25_files(tmp_path, hash_embedder):
    build_index(tmp_path, [KIDNEY, SKIN], hash_embedder)
    result = Searcher.open(tmp_path, hash_embedder).search("nierfilters eiwit", mode="lexical")
    assert "nierfilters" in result.hits[0].passage.text


def test_a_damaged_bm25_file_is_reported_not_searched(tmp_path, hash_embedder):
    build_index(tmp_path, [KIDNEY, SKIN], hash_embedder)
    data = next(p for p in (current_build(tmp_path) / LEXICAL).iterdir() if p.name.startswith("data"))
    np.save(data, np.zeros(3, dtype=np.float32))
    with pytest.raises(IndexUnavailable, match="damaged.*--rebuild"):
        Searcher.open(tmp_path, hash_embedder)


def test_odd_requests_match_nothing_or_once(tmp_path):
    index = written(tmp_path, [1, 2], [["nier"], ["huid"]])
    assert index.match([""], 5) == [] and index.match(["nier"], 0) == []
    assert [r for r, _ in index.match(["nier", "huid"], 5, within=[2, 2, 1])] in ([1, 2], [2, 1])


def test_passages_without_a_single_term_still_make_an_index(tmp_path):
    index = written(tmp_path, [1, 2], [[], []])
    assert len(index.rowids) == 2 and index.match(["nier"], 5) == []


def test_a_damaged_bm25_settings_file_of_the_same_size_is_reported(tmp_path, hash_embedder):
    build_index(tmp_path, [KIDNEY, SKIN], hash_embedder)
    params = current_build(tmp_path) / LEXICAL / "params.index.json"
    text = params.read_text()
    params.write_text('{"x' + text[3:])  # same size, a key bm25s does not know
    with pytest.raises(IndexUnavailable, match="damaged.*BM25"):
        Searcher.open(tmp_path, hash_embedder)
