"""Which language a question is in, where the identifier reads letters rather than words
(red teams 55 and 57): a lone Dutch staff term, a compound of Dutch words, came out Finnish
("septumhematoom"), and a short English question Danish ("is ibuprofen ok for dengue fever");
each got a third language's more lenient verdict (0.99 and 1.00 on passages that did not answer)."""

from __future__ import annotations

from index.build import build_index
from index.query_language import question_language
from index.search import Searcher
from tests.test_index_build import leaflet


def _searcher(tmp_path, hash_embedder) -> Searcher:
    items = [leaflet("neus", "Bel direct als u een pijnlijke, zachte zwelling in het neustussenschot voelt. "
                             "Gebruik geen ibuprofen zonder overleg met uw arts.")]
    build_index(tmp_path, items, hash_embedder)
    return Searcher.open(tmp_path, hash_embedder)


def test_a_compound_of_the_leaflets_words_is_in_their_language(tmp_path, hash_embedder):
    assert question_language("septumhematoom", "nl") == "fi"  # what the identifier alone says
    assert _searcher(tmp_path, hash_embedder).search("septumhematoom").language == ""


def test_a_question_all_in_english_words_is_english(tmp_path, hash_embedder):
    assert question_language("is ibuprofen ok for dengue fever", "nl") == "da"
    assert _searcher(tmp_path, hash_embedder).search("is ibuprofen ok for dengue fever").language == "en"


def test_third_languages_stay_where_their_own_words_say_so(tmp_path, hash_embedder):
    searcher = _searcher(tmp_path, hash_embedder)
    assert searcher.search("Was ist Pacing bei Long Covid?").language == "de"  # "ist", "bei": German rather
    assert searcher.search("burnumda ağrılı bir şişlik var").language == "tr"
