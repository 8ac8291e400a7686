"""Building, publishing and reopening an index, with a tiny embedder."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace

import numpy as np
import pytest

from ingest.document import IngestedLeaflet, Leaflet, Passage, passage_id
from index.build import build_index, published_leaflets
from index.layout import DATABASE, SENTENCE_UNITS_FORMAT, IndexConfig, IndexUnavailable, current_build, outdated
from index.search import Searcher
from index.store import Store


def leaflet(lid: str, *texts: str, title: str = "Folder", url: str = "") -> IngestedLeaflet:
    meta = Leaflet(id=lid, title=title, source_path=f"/nowhere/{lid}.txt",
                   content_hash="h-" + "|".join(texts), url=url, language="nl", updated="2025-07-02")
    passages, start = [], 0
    for position, text in enumerate(texts):
        passages.append(Passage(passage_id(lid, text), lid, ("Kop",), text, (start, start + len(text)), position))
        start += len(text) + 2
    return IngestedLeaflet(meta, "\n\n".join(texts), passages)


KIDNEY = leaflet("nier", "Eiwit lekt door de nierfilters in de urine.", "Vocht hoopt op in de enkels.")
SKIN = leaflet("huid", "De huid wordt hard en stug.", "Koude vingers worden wit.")


def test_build_then_search_finds_the_passage(tmp_path, hash_embedder):
    report = build_index(tmp_path, [KIDNEY, SKIN], hash_embedder)
    # 4 passage texts, their 4 sentences and the one heading they share
    assert (report.leaflets, report.passages, report.embedded, report.unchanged) == (2, 4, 9, False)
    searcher = Searcher.open(tmp_path, hash_embedder)
    result = searcher.search("vocht in de enkels", k=2)
    assert result.hits[0].passage.text == "Vocht hoopt op in de enkels."
    assert result.hits[0].leaflet.title == "Folder"
    assert result.hits[0].ranks["lexical"] == 1


def test_lexical_mode_matches_stemmed_words(tmp_path, hash_embedder):
    build_index(tmp_path, [KIDNEY, SKIN], hash_embedder)
    result = Searcher.open(tmp_path, hash_embedder).search("nierfilter", mode="lexical")
    assert [h.passage.text for h in result.hits] == ["Eiwit lekt door de nierfilters in de urine."]
    assert result.hits[0].highlights == ("Eiwit lekt door de nierfilters in de urine.",)


def test_unchanged_reingest_embeds_nothing(tmp_path, hash_embedder):
    build_index(tmp_path, [KIDNEY, SKIN], hash_embedder)
    first = current_build(tmp_path)
    report = build_index(tmp_path, [KIDNEY, SKIN], hash_embedder)
    assert report.unchanged and report.embedded == 0
    assert current_build(tmp_path) == first


def test_changed_leaflet_reembeds_only_new_text(tmp_path, hash_embedder):
    build_index(tmp_path, [KIDNEY, SKIN], hash_embedder)
    changed = leaflet("huid", "De huid wordt hard en stug.", "Koude vingers worden wit of blauw.")
    report = build_index(tmp_path, [KIDNEY, changed], hash_embedder)
    assert (report.embedded, report.reused) == (2, 7)  # one passage and its one sentence
    texts = {h.passage.text for h in Searcher.open(tmp_path, hash_embedder).search("vingers", k=4).hits}
    assert "Koude vingers worden wit of blauw." in texts
    assert "Koude vingers worden wit." not in texts


def test_removed_leaflet_disappears(tmp_path, hash_embedder):
    build_index(tmp_path, [KIDNEY, SKIN], hash_embedder)
    build_index(tmp_path, [KIDNEY], hash_embedder)
    assert [l.id for l in published_leaflets(tmp_path)] == ["nier"]


def test_keep_previous_carries_a_failed_leaflet_over(tmp_path, hash_embedder):
    build_index(tmp_path, [KIDNEY, SKIN], hash_embedder)
    report = build_index(tmp_path, [KIDNEY], hash_embedder, keep_previous={"huid"})
    assert report.unchanged  # same content as before: nothing was lost
    assert {l.id for l in published_leaflets(tmp_path)} == {"nier", "huid"}


def test_other_model_is_a_clear_error(tmp_path, hash_embedder):
    build_index(tmp_path, [KIDNEY], hash_embedder)

    class Other(type(hash_embedder)):
        name = "another-model"

    with pytest.raises(IndexUnavailable, match="built with the model 'test-hash-embedder'.*--rebuild"):
        Searcher.open(tmp_path, Other())


def test_missing_index_says_how_to_build_it(tmp_path, hash_embedder):
    with pytest.raises(IndexUnavailable, match="leaflets ingest"):
        Searcher.open(tmp_path / "none", hash_embedder)


def test_truncated_vector_file_is_a_clear_error(tmp_path, hash_embedder):
    build_index(tmp_path, [KIDNEY], hash_embedder)
    vectors = current_build(tmp_path) / "vectors.faiss"
    vectors.write_bytes(vectors.read_bytes()[:40])
    with pytest.raises(IndexUnavailable, match="damaged.*--rebuild"):
        Searcher.open(tmp_path, hash_embedder)


def test_damaged_config_is_a_clear_error(tmp_path, hash_embedder):
    build_index(tmp_path, [KIDNEY], hash_embedder)
    (current_build(tmp_path) / "config.json").write_text("{not json")
    with pytest.raises(IndexUnavailable, match="configuration is missing or damaged"):
        Searcher.open(tmp_path, hash_embedder)


def test_half_written_build_is_never_served(tmp_path, hash_embedder):
    build_index(tmp_path, [KIDNEY], hash_embedder)
    published = current_build(tmp_path)
    (tmp_path / "builds" / "99999999-crashed").mkdir()  # a build that never got published
    assert current_build(tmp_path) == published
    assert Searcher.open(tmp_path, hash_embedder).search("enkels").hits


def test_config_records_model_and_leaflet_hashes(tmp_path, hash_embedder):
    build_index(tmp_path, [KIDNEY, SKIN], hash_embedder)
    config = IndexConfig.load(current_build(tmp_path))
    assert config.model == "test-hash-embedder" and config.dim == 64
    assert config.leaflets["nier"]["hash"] == KIDNEY.leaflet.content_hash
    assert config.passages == 4


def test_changed_database_file_is_a_clear_error(tmp_path, hash_embedder):
    build_index(tmp_path, [KIDNEY], hash_embedder)
    with open(current_build(tmp_path) / "passages.sqlite", "ab") as handle:
        handle.write(b"garbage")
    with pytest.raises(IndexUnavailable, match="passages.sqlite changed.*--rebuild"):
        Searcher.open(tmp_path, hash_embedder)


def test_rebuild_ignores_a_damaged_index(tmp_path, hash_embedder):
    build_index(tmp_path, [KIDNEY], hash_embedder)
    (current_build(tmp_path) / "vectors.faiss").write_bytes(b"")
    report = build_index(tmp_path, [KIDNEY], hash_embedder, rebuild=True)
    assert not report.unchanged
    assert Searcher.open(tmp_path, hash_embedder).search("enkels").hits


def test_searches_in_threads_during_ingests_see_one_build_each(tmp_path, hash_embedder):
    import threading

    old = [KIDNEY, SKIN]
    new = [leaflet("nier", "Eiwit lekt weg via de urine.", "Vocht zit in de benen en enkels."), SKIN]
    versions = [{p.text for item in v for p in item.passages} for v in (old, new)]
    build_index(tmp_path, old, hash_embedder)
    errors, stop = [], threading.Event()

    def search_loop():
        searcher, build = None, None
        while not stop.is_set():
            try:
                if current_build(tmp_path) != build:  # reopen after a publish, as the app does
                    build = current_build(tmp_path)
                    searcher = Searcher.open(tmp_path, hash_embedder)
                texts = {h.passage.text for h in searcher.search("vocht enkels urine huid", k=4).hits}
                if not any(texts <= version for version in versions):
                    errors.append(f"mixed result: {texts}")
            except Exception as exc:  # any error at all fails the test
                errors.append(repr(exc))

    threads = [threading.Thread(target=search_loop) for _ in range(3)]
    for thread in threads:
        thread.start()
    for round_ in range(6):
        build_index(tmp_path, new if round_ % 2 == 0 else old, hash_embedder)
    stop.set()
    for thread in threads:
        thread.join()
    assert errors == []


def test_a_second_ingest_at_the_same_time_is_refused(tmp_path, hash_embedder):
    from index.layout import ingest_lock

    with ingest_lock(tmp_path):
        with pytest.raises(IndexUnavailable, match="another `leaflets ingest` is running"):
            build_index(tmp_path, [KIDNEY], hash_embedder)
    assert not build_index(tmp_path, [KIDNEY], hash_embedder).unchanged  # free again afterwards


def test_missing_sentence_vectors_are_a_clear_error(tmp_path, hash_embedder):
    build_index(tmp_path, [KIDNEY], hash_embedder)
    (current_build(tmp_path) / "sentences.npy").unlink()
    with pytest.raises(IndexUnavailable, match="sentences.npy changed.*--rebuild"):
        Searcher.open(tmp_path, hash_embedder)


def test_an_index_of_an_older_format_is_updated_by_the_next_ingest(tmp_path, hash_embedder):
    build_index(tmp_path, [KIDNEY, SKIN], hash_embedder)
    old = current_build(tmp_path)
    config = json.loads((old / "config.json").read_text())
    del config["format"]  # format 1 did not record itself
    (old / "config.json").write_text(json.dumps(config))
    assert outdated(old)
    with pytest.raises(IndexUnavailable, match="older version.*leaflets ingest"):
        Searcher.open(tmp_path, hash_embedder)
    report = build_index(tmp_path, [KIDNEY, SKIN], hash_embedder)
    # passage vectors are carried over; sentence units may differ between formats: re-embedded
    assert not report.unchanged and (report.reused, report.embedded) == (4, 5)
    assert not outdated(current_build(tmp_path))
    assert Searcher.open(tmp_path, hash_embedder).search("enkels").hits


def test_an_update_from_a_format_with_the_same_sentence_units_embeds_nothing(tmp_path, hash_embedder):
    build_index(tmp_path, [KIDNEY, SKIN], hash_embedder)
    old = current_build(tmp_path)
    config = json.loads((old / "config.json").read_text())
    config["format"] = SENTENCE_UNITS_FORMAT
    (old / "config.json").write_text(json.dumps(config))
    report = build_index(tmp_path, [KIDNEY, SKIN], hash_embedder)
    assert not report.unchanged and (report.reused, report.embedded) == (9, 0)
    assert not outdated(current_build(tmp_path))


def test_a_format_6_index_without_page_starts_is_read_and_updated(tmp_path, hash_embedder):
    """Format 7 added where each page begins in a passage; a format-6 database lacks the
    column, and an update must still read it (kept leaflets are carried over from it)."""
    build_index(tmp_path, [KIDNEY, SKIN], hash_embedder)
    old = current_build(tmp_path)
    with sqlite3.connect(old / DATABASE) as db:
        db.execute("ALTER TABLE passages DROP COLUMN page_starts")
    config = IndexConfig.load(old)
    config.format = 6
    config.record_files(old)
    config.save(old)
    store = Store(old / DATABASE, readonly=True)
    assert all(passage.page_starts == () for _, passage in store.all_passages())
    store.close()
    with pytest.raises(IndexUnavailable, match="older version.*leaflets ingest"):
        Searcher.open(tmp_path, hash_embedder)
    report = build_index(tmp_path, [KIDNEY], hash_embedder, keep_previous={SKIN.leaflet.id})
    assert report.embedded == 0 and report.leaflets == 2
    assert Searcher.open(tmp_path, hash_embedder).search("enkels").hits


def test_an_index_of_a_newer_format_is_not_taken_for_an_older_one(tmp_path, hash_embedder):
    build_index(tmp_path, [KIDNEY], hash_embedder)
    build = current_build(tmp_path)
    config = json.loads((build / "config.json").read_text())
    config["format"] += 1
    (build / "config.json").write_text(json.dumps(config))
    assert not outdated(build)  # the app must not rebuild it with older code
    with pytest.raises(IndexUnavailable, match="newer version.*--rebuild"):
        Searcher.open(tmp_path, hash_embedder)


def test_term_counts_agree_with_the_bm25_index(tmp_path, hash_embedder):
    texts = ("COVID-19 en heroïne: 2x per dag.", "Eiwitverlies bij nierziekte, ook bij COVID.",
             "Het eiwit in de urine. Pfizer Ελλάς, Τηλέφωνος.")
    build_index(tmp_path, [leaflet("a", *texts)], hash_embedder)
    searcher = Searcher.open(tmp_path, hash_embedder)
    terms = sorted({term for text in texts for term in searcher.analyzer.terms(text)})
    counted = searcher.store.document_frequencies([*terms, "nergens"])
    for term in terms:  # BM25 finds every passage with the term, even one in most passages
        assert counted[term] == len(searcher.lexical.match([term], 10)) > 0, term
    assert counted["nergens"] == 0
    by_leaflet = searcher.store.leaflet_terms([*terms, "nergens"], ["a"])["a"]
    assert by_leaflet == set(terms)  # the coverage signal's per-leaflet terms agree with the counts


def test_a_passage_under_no_heading_is_compared_with_the_leaflet_title(tmp_path, hash_embedder):
    from index.highlight import closest_sentence, sentence_units

    item = leaflet("faq", "Ja, dat mag. Neem wel water mee.", title="Mag ik sporten?")
    opening = replace(item.passages[0], headings=())
    assert sentence_units(opening, "Mag ik sporten?") == ["Mag ik sporten?", "Ja, dat mag.", "Neem wel water mee."]
    assert sentence_units(item.passages[0], "Mag ik sporten?")[0] == "Kop"  # its own heading first
    # the title is evidence, never the highlight
    assert closest_sentence(opening, np.array([0.9, 0.1, 0.5])) == ("Neem wel water mee.",)
    report = build_index(tmp_path, [IngestedLeaflet(item.leaflet, item.text, [opening])], hash_embedder)
    assert report.embedded == 4  # the passage, the title and two sentences


def test_a_build_replaced_while_it_is_opened_gives_way_to_the_new_one(tmp_path, hash_embedder, monkeypatch):
    build_index(tmp_path, [KIDNEY], hash_embedder)
    first = current_build(tmp_path)
    real_open = Searcher._open_build.__func__
    calls = []

    def replaced_meanwhile(cls, root, build, embedder):
        calls.append(build)
        if len(calls) == 1:  # an ingest publishes a new build and removes this one half-way
            build_index(tmp_path, [KIDNEY, SKIN], hash_embedder)
            raise IndexUnavailable(f"{root}: the index is damaged (vectors.faiss changed)")
        return real_open(cls, root, build, embedder)

    monkeypatch.setattr(Searcher, "_open_build", classmethod(replaced_meanwhile))
    searcher = Searcher.open(tmp_path, hash_embedder)
    assert calls[0] == first and searcher.build == current_build(tmp_path) != first
    assert {leaflet for leaflet in searcher.leaflets} == {"nier", "huid"}


def test_a_passage_over_two_pages_is_cited_at_the_page_of_its_best_sentence(tmp_path, hash_embedder):
    from leaflets.api import result_json

    text = "Eiwit lekt door de nierfilters in de urine. Vocht hoopt op in de enkels."
    meta = Leaflet(id="pdf", title="Folder", source_path="/nowhere/pdf.pdf", content_hash="h",
                   language="nl", paged=True)
    passage = Passage(passage_id("pdf", text), "pdf", ("Kop",), text, (0, len(text)), 0,
                      pages=(3, 4), page_starts=(0, text.index("Vocht")))
    build_index(tmp_path, [IngestedLeaflet(meta, text, [passage])], hash_embedder)
    searcher = Searcher.open(tmp_path, hash_embedder)
    result = searcher.search("vocht enkels", k=1)
    assert result.hits[0].passage.page_starts == (0, text.index("Vocht"))  # stored and read back
    first = result_json(result)["results"][0]
    assert first["highlights"] == ["Vocht hoopt op in de enkels."]
    assert first["page"] == 4 and first["pages"] == "pp. 3–4" and first["url"].endswith("#page=4")
    first = result_json(searcher.search("eiwit nierfilters urine", k=1))["results"][0]
    assert first["page"] == 3 and first["url"].endswith("#page=3")


def test_an_index_cut_by_an_older_ingest_is_cut_again_by_the_next_ingest(tmp_path, hash_embedder):
    # the same files, an older ingest version: the next build re-cuts them rather than calling
    # the index unchanged, and reuses every vector whose text stayed the same
    import ingest

    build_index(tmp_path, [KIDNEY, SKIN], hash_embedder)
    build = current_build(tmp_path)
    config = json.loads((build / "config.json").read_text())
    config["ingest_version"] = str(int(ingest.VERSION) - 1)
    (build / "config.json").write_text(json.dumps(config))
    assert not outdated(build)  # searchable as it is: the app does not rewrite it on its own
    report = build_index(tmp_path, [KIDNEY, SKIN], hash_embedder)
    assert not report.unchanged and report.embedded == 0
    assert IndexConfig.load(current_build(tmp_path)).ingest_version == ingest.VERSION
