"""A brand name or another spelling of a medicine the leaflets name finds their word for it
("Prolia" → denosumab), from a dictionary that ships in a package (index/drug_names.py)."""

from __future__ import annotations

import logging

from ingest.document import IngestedLeaflet, Leaflet, Passage, passage_id
from index import drug_names
from index.build import build_index
from index.drug_names import other_names
from index.lexical import fold
from index.search import Searcher


def test_the_packaged_dictionary_is_read_as_this_module_expects():
    variants, names = drug_names._dictionary()
    assert "denosumab" in variants["prolia"]
    assert {"prolia", "denosumab"} <= names["denosumab"]


def test_a_medicine_the_leaflets_name_gives_its_other_names():
    found = other_names(["denosumab", "botten", "wervel"])
    assert found["prolia"] == ("denosumab",)
    assert "botten" not in {w for words in found.values() for w in words}


def test_the_dutch_spelling_with_an_e_finds_the_international_name_and_its_forms():
    found = other_names(["isotretinoine", "acne"])
    assert found["roaccutane"] == ("isotretinoine",)  # a brand of "isotretinoin capsules"


def test_names_the_leaflets_use_and_everyday_words_are_never_other_names():
    found = other_names(["denosumab", "prolia", "paracetamol"])
    assert "prolia" not in found  # the leaflets use it: nothing to put in other words
    assert all(len(name) >= drug_names.MIN_LETTERS and name.isalpha() for name in found)
    assert "apap" not in found  # an abbreviation of paracetamol, too short to trust


def test_without_the_dictionary_an_index_still_builds_and_a_warning_says_why(monkeypatch, caplog):
    monkeypatch.setattr(drug_names.importlib.util, "find_spec", lambda name: None)
    with caplog.at_level(logging.WARNING):
        assert other_names(["denosumab"]) == {}
    assert "not installed" in caplog.text


def test_names_are_folded_as_exact_search_folds_words():
    assert fold("Isotretinoïne") == "isotretinoine"


def _leaflet(lid: str, *texts: str) -> IngestedLeaflet:
    meta = Leaflet(lid, lid.capitalize(), f"{lid}.txt", "h", language="nl")
    passages, start = [], 0
    for position, text in enumerate(texts):
        passages.append(Passage(passage_id(lid, text), lid, ("Medicijnen",), text, (start, start + len(text)), position))
        start += len(text) + 2
    return IngestedLeaflet(meta, "\n\n".join(texts), passages)


def test_a_search_by_brand_name_finds_the_leaflets_word_and_says_so(tmp_path, hash_embedder):
    build_index(tmp_path, [
        _leaflet("osteoporose", "Stop nooit zomaar met denosumab: het bot kan snel verzwakken.",
                 "Beweeg elke dag een half uur."),
    ], hash_embedder)
    searcher = Searcher.open(tmp_path, hash_embedder)
    result = searcher.search("mag ik stoppen met Prolia")
    assert result.renamed == {"Prolia": "denosumab"}
    assert "denosumab" in result.hits[0].passage.text
    assert searcher.search("mag ik stoppen met denosumab").renamed == {}
    exact = searcher.search("Prolia", mode="exact")  # literal: nothing, but the leaflets' word is named
    assert exact.hits == [] and exact.renamed == {"Prolia": "denosumab"}
    assert searcher.search("denosumab", mode="exact").renamed == {}


def test_the_dictionary_s_names_of_one_word_are_kept():
    names = frozenset(drug_names.all_names())
    assert {"silodosin", "ofloxacine", "dupilumab", "dapagliflozin", "prolia"} <= names
    # the Dutch spelling with its -e, of a name the frequency lists know in English too
    assert drug_names.is_medicine("silodosine", names) and drug_names.is_medicine("dapagliflozine", names)
    assert not drug_names.is_medicine("nierbiopsie", names)
    assert all(len(name) >= drug_names.MIN_LETTERS and name.isalpha() for name in names)


def test_a_medicine_no_leaflet_names_counts_as_a_name_not_a_slip(tmp_path, hash_embedder):
    """A word the frequency lists do not know costs only what a typing slip costs, unless it
    is a name: "hoeveel silodosine moet ik per dag nemen" was judged answered by another
    medicine's dose (red team 65). The index keeps the dictionary's names for the search."""
    build_index(tmp_path, [
        _leaflet("nierstenen", "Tegen de pijn krijgt u diclofenac: neem 3 keer per dag 50 mg.",
                 "Drink elke dag 2,5 tot 3 liter."),
    ], hash_embedder)
    searcher = Searcher.open(tmp_path, hash_embedder)
    assert "silodosin" in searcher.store.medicine_names()
    asked = searcher.analyzer.word_terms("hoeveel silodosine moet ik per dag nemen")
    slip = searcher.analyzer.word_terms("hoeveel silodosinx moet ik per dag nemen")
    named = searcher._names("hoeveel silodosine moet ik per dag nemen", asked, list(asked), False)
    assert [group for group in named] == [group for group in asked if "silodosin" in " ".join(group)]
    assert searcher._names("hoeveel silodosinx moet ik per dag nemen", slip, list(slip), False) == []
    known = searcher.analyzer.word_terms("hoeveel paracetamol moet ik per dag nemen")  # the lists rank it
    assert searcher._names("hoeveel paracetamol moet ik per dag nemen", known, list(known), False) == []
    medicine = searcher.search("hoeveel silodosine moet ik per dag nemen").signals["evidence"]
    typed = searcher.search("hoeveel silodosinx moet ik per dag nemen").signals["evidence"]
    assert medicine < typed
