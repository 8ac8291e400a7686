"""Exact search and search filters, for support staff who quote the leaflets' own words."""

from __future__ import annotations

import pytest

from ingest.document import IngestedLeaflet, Leaflet, Passage, passage_id
from index.build import build_index
from index.lexical import parse_exact
from index.search import MODES, Searcher


def test_phrases_keep_quotes_together_and_fold_case_and_diacritics():
    assert parse_exact('"En coup de Sabre" VEDOSS heroïne').phrases == [
        ("en", "coup", "de", "sabre"), ("vedoss",), ("heroine",)
    ]
    assert parse_exact("IgA-nefropathie").phrases == [("iga", "nefropathie")]
    assert parse_exact('"unclosed quote').phrases == [("unclosed", "quote")]
    assert parse_exact('"a b" c').fts() == '("a b") AND ("c")'


def test_or_takes_either_and_a_minus_keeps_out_as_search_engines_do():
    both = parse_exact('koelkast pen OR spuit -"in de deur"')
    assert both.required == ((("koelkast",),), (("pen",), ("spuit",)))
    assert both.excluded == (("in", "de", "deur"),)
    assert both.fts() == '(("koelkast") AND ("pen" OR "spuit")) NOT text : ("in de deur")'
    assert parse_exact("pen -spuit OR naald").excluded == (("spuit",), ("naald",))  # OR joins the left-out word
    assert parse_exact("-5 mg").phrases == [("5",), ("mg",)] and not parse_exact("-5 mg").excluded  # a number
    assert parse_exact("-pen").fts() == ""  # nothing asked for: nothing found
    assert parse_exact("fsgs or sclerose").phrases == [("fsgs",), ("or",), ("sclerose",)]  # "or" is a word


def test_exact_is_a_search_mode():
    assert "exact" in MODES


def test_exact_phrase_finds_the_passage_and_marks_the_sentence(searcher):
    result = searcher.search('"en coup de sabre"', mode="exact")
    assert result.covered and result.hits
    for hit in result.hits:
        assert "coup de sabre" in hit.passage.text
    assert all("coup de sabre" in h for h in result.hits[0].highlights)
    assert result.hits[0].highlights


def test_exact_words_mark_the_sentence_holding_most_of_them(searcher):
    result = searcher.search("coup de sabre", k=1, mode="exact")  # unquoted: three words
    assert result.hits[0].highlights and all("coup de sabre" in h for h in result.hits[0].highlights)


def test_exact_or_finds_either_and_minus_keeps_a_word_out(searcher):
    either = searcher.search("VEDOSS OR nierbiopsie", mode="exact")
    assert {h.leaflet.id for h in either.hits} == {"systemische-sclerose", "fsgs"}
    assert searcher.search("nierbiopsie -transplantatie", mode="exact").hits
    assert searcher.search("nierbiopsie -diagnose", mode="exact").hits == []  # its one passage says "diagnose"
    # a word kept out of the passage's text, not out of its leaflet's title ("Focale ...")
    kept = searcher.search("nierbiopsie -focale", mode="exact").hits
    assert kept and all("focale" not in h.passage.text.lower() for h in kept)


def test_exact_ignores_case_and_diacritics(searcher):
    upper = searcher.search("vedoss", mode="exact")
    assert upper.hits and all("VEDOSS" in h.passage.text for h in upper.hits)
    plain = searcher.search("heroine", mode="exact")
    assert plain.hits and "heroïne" in plain.hits[0].passage.text


def test_exact_does_not_stem_or_paraphrase(searcher):
    # The analysed search finds "nierfilter" for "nierfilters"; exact search must not
    # match a word the leaflets never write as such.
    assert searcher.search("nierfilterss", mode="exact").hits == []
    assert not searcher.search("nierfilterss", mode="exact").covered


def test_exact_requires_every_phrase(searcher):
    both = searcher.search('"coup de sabre" VEDOSS', mode="exact")
    assert both.hits == []  # the two never share a passage
    words_apart = searcher.search("sabre coup", mode="exact")
    assert words_apart.hits, "bare words need not be adjacent"
    assert searcher.search('"sabre coup"', mode="exact").hits == []


def test_filter_by_leaflet_keeps_only_its_passages(searcher):
    leaflet = next(lf for lf in searcher.leaflets.values() if "FSGS" in lf.title)
    for mode in ("hybrid", "dense", "lexical", "exact"):
        result = searcher.search("nieren", k=5, mode=mode, leaflet_ids=[leaflet.id])
        assert result.hits, mode
        assert {hit.leaflet.id for hit in result.hits} == {leaflet.id}, mode


def _leaflet(lid: str, publisher: str, *texts: str) -> IngestedLeaflet:
    meta = Leaflet(id=lid, title=lid.title(), source_path=f"/nowhere/{lid}.txt",
                   content_hash="h-" + "|".join(texts), publisher=publisher, language="nl")
    passages, start = [], 0
    for position, text in enumerate(texts):
        passages.append(Passage(passage_id(lid, text), lid, ("Kop",), text, (start, start + len(text)), position))
        start += len(text) + 2
    return IngestedLeaflet(meta, "\n\n".join(texts), passages)


def test_filter_by_publisher(tmp_path, hash_embedder):
    build_index(tmp_path, [
        _leaflet("nier", "Nierstichting", "Bij nierziekte hoopt vocht op in de enkels."),
        _leaflet("reuma", "ReumaNederland", "Bij sclerodermie hoopt soms vocht op in de enkels."),
    ], hash_embedder)
    searcher = Searcher.open(tmp_path, hash_embedder)
    for mode in MODES:
        result = searcher.search("vocht enkels", mode=mode, publishers=["ReumaNederland"])
        assert [hit.leaflet.id for hit in result.hits] == ["reuma"], mode
    both = searcher.search("vocht", publishers=["ReumaNederland"], leaflet_ids=["nier"])
    assert both.hits == []
    assert searcher.search("vocht", publishers=["nobody"]).hits == []


def test_filters_that_match_nothing_give_no_hits(searcher):
    assert searcher.search("nieren", leaflet_ids=[]).hits == []
    assert searcher.search("nieren", mode="exact", leaflet_ids=["no-such-leaflet"]).hits == []


def test_unknown_mode_is_refused(searcher):
    with pytest.raises(ValueError, match="unknown search mode"):
        searcher.search("nieren", mode="fuzzy")


def test_hybrid_leaves_very_common_terms_out_of_bm25_but_lexical_keeps_them(tmp_path, hash_embedder):
    common = [_leaflet(f"l{i}", "X", f"Enbrel en tekst nummer {i}.") for i in range(6)]
    rare = _leaflet("rare", "X", "Enbrel en zwangerschap.")
    build_index(tmp_path, [*common, rare], hash_embedder)
    searcher = Searcher.open(tmp_path, hash_embedder)
    hybrid = searcher.search("enbrel zwangerschap", k=7)
    matched = {hit.leaflet.id for hit in hybrid.hits if hit.ranks["lexical"] is not None}
    assert matched == {"rare"}  # "enbrel" is in every passage: only "zwangerschap" is matched
    lexical = searcher.search("enbrel zwangerschap", k=7, mode="lexical")
    assert lexical.hits[0].leaflet.id == "rare" and len(lexical.hits) == 7
    only_common = searcher.search("enbrel", k=7)
    assert any(hit.ranks["lexical"] for hit in only_common.hits)  # a query of only common terms keeps them


def test_the_same_text_in_several_leaflets_is_one_hit_that_names_the_others(tmp_path, hash_embedder):
    shared = "Bent u zwanger? Neem dan contact op met uw arts."
    build_index(tmp_path, [
        _leaflet("pen", "X", shared, "De pen bewaart u in de koelkast."),
        _leaflet("spuit", "X", shared, "De spuit bewaart u in de koelkast."),
        _leaflet("flacon", "X", shared),
    ], hash_embedder)
    searcher = Searcher.open(tmp_path, hash_embedder)
    for mode in ("hybrid", "dense", "lexical"):
        hits = searcher.search("zwanger arts", k=3, mode=mode).hits
        texts = [hit.passage.text for hit in hits]
        assert texts.count(shared) == 1 and len(set(texts)) == len(texts), mode
        assert len(texts) == (1 if mode == "lexical" else 3), mode  # the places go to other texts
        [first] = [hit for hit in hits if hit.passage.text == shared]
        named = {first.leaflet.id, *(copy.leaflet.id for copy in first.also_in)}
        assert named == {"pen", "spuit", "flacon"}, mode
    from leaflets.api import result_json
    from leaflets.cli import _format_result

    assert _format_result(searcher.search("zwanger arts", k=3)).count("same text also in: ") == 1
    listed = result_json(searcher.search("zwanger arts", k=3))["results"]
    [with_copies] = [r for r in listed if r["also_in"]]
    assert len(with_copies["also_in"]) == 2 and {"leaflet_id", "title", "pages", "url"} <= set(with_copies["also_in"][0])
    exact = searcher.search("zwanger", k=5, mode="exact").hits  # staff see every leaflet's copy
    assert [hit.passage.text for hit in exact] == [shared] * 3 and not exact[0].also_in


def test_a_word_only_the_title_states_is_found_by_exact_lexical_and_hybrid_search(tmp_path, hash_embedder):
    # Support staff type the drug's name; many leaflets state it only in their title.
    build_index(tmp_path, [
        _leaflet("fraxiparine", "X", "Spuit het middel in een huidplooi van de buik.",
                 "Bewaar de spuiten buiten het bereik van kinderen."),
        _leaflet("insuline", "X", "Spuit de insuline in de buik of het bovenbeen."),
    ], hash_embedder)
    searcher = Searcher.open(tmp_path, hash_embedder)
    exact = searcher.search("Fraxiparine", k=5, mode="exact")
    assert exact.covered and [hit.leaflet.id for hit in exact.hits] == ["fraxiparine"]  # once, not per passage
    both = searcher.search("fraxiparine buik", k=5, mode="exact")  # one word in the title, one in the text
    assert [hit.passage.text for hit in both.hits] == ["Spuit het middel in een huidplooi van de buik."]
    assert searcher.search('"fraxiparine spuit"', mode="exact").hits == []  # a phrase does not run from title into text
    lexical = searcher.search("fraxiparine", k=5, mode="lexical")
    assert lexical.hits and {hit.leaflet.id for hit in lexical.hits} == {"fraxiparine"}
    hybrid = searcher.search("fraxiparine buik", k=3)
    assert hybrid.hits[0].leaflet.id == "fraxiparine" and hybrid.hits[0].ranks["lexical"] == 1
    [stem] = searcher.analyzer.terms("Fraxiparine")  # the coverage verdict counts it as a word the leaflet uses
    assert searcher.store.leaflet_terms([stem], ["fraxiparine", "insuline"]) == {"fraxiparine": {stem}, "insuline": set()}


def test_passages_holding_the_words_come_before_those_that_only_share_the_title(tmp_path, hash_embedder):
    # A word of a leaflet's title matches all its passages; staff want the ones that say it,
    # and the title-only matches once per leaflet, not a page of them.
    build_index(tmp_path, [
        _leaflet("fraxiparine", "X", "Spuit het middel in de buik.", "Bewaar het koel.", "Neem contact op."),
        _leaflet("trombose", "X", "Na de operatie krijgt u fraxiparine tegen trombose."),
    ], hash_embedder)
    hits = Searcher.open(tmp_path, hash_embedder).search("fraxiparine", k=5, mode="exact").hits
    assert hits[0].leaflet.id == "trombose" and "fraxiparine" in hits[0].passage.text
    assert [hit.leaflet.id for hit in hits] == ["trombose", "fraxiparine"]
