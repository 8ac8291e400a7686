"""Leaflets in a third language (red team 9: a Turkish translation of the fever leaflet):
the leaflet says which language it is in, and it ranks below the leaflets' own for a
question in their language, as an English translation does."""

from __future__ import annotations

from dataclasses import replace

from ingest.language import guess_language
from index.build import build_index
from index.search import Searcher
from tests.test_index_build import leaflet

TURKISH = ("Çocuğunuzun ateşi var. Bu can sıkıcıdır ve bazen sizi endişelendirir. Ateş çoğu zaman "
           "zararsızdır: vücudun bir enfeksiyona karşı savaştığının bir işaretidir. Parasetamol, ateşin "
           "kendisi için değil, çocuğunuzun kendini daha iyi hissetmesi için verilir.")


def test_a_leaflet_in_neither_dutch_nor_english_is_named_when_the_text_is_plain():
    assert guess_language(TURKISH) == "tr"
    assert guess_language("Paracetamol 500 mg, 8 - 11 kg, 180 mg, 5 ml") == ""  # no language to tell


def _searcher(tmp_path, hash_embedder, *, english: bool = False):
    dutch = leaflet("koorts", "Geef paracetamol bij koorts als uw kind zich ziek voelt.")
    turkish = leaflet("ates", "Parasetamol ateş için verilir.")
    turkish = replace(turkish, leaflet=replace(turkish.leaflet, language="tr"))
    items = [dutch, turkish]
    if english:
        item = leaflet("fever", "Give paracetamol for fever when your child feels ill.")
        items.append(replace(item, leaflet=replace(item.leaflet, language="en")))
    build_index(tmp_path, items, hash_embedder)
    searcher = Searcher.open(tmp_path, hash_embedder)
    rows = {passage.leaflet_id: rowid for rowid, passage in searcher.store.all_passages()}
    return searcher, rows


def test_a_third_language_ranks_below_the_leaflets_own_for_a_question_in_their_language(tmp_path, hash_embedder):
    searcher, rows = _searcher(tmp_path, hash_embedder)
    ranking = [(rows["ates"], 0.50), (rows["koorts"], 0.49)]
    assert [rowid for rowid, _ in searcher._in_query_language("paracetamol bij koorts", ranking)] == \
        [rows["koorts"], rows["ates"]]


def test_an_english_question_keeps_an_english_translation_first_but_not_a_third_language(tmp_path, hash_embedder):
    searcher, rows = _searcher(tmp_path, hash_embedder, english=True)
    # the English text scores what the shared language adds above its Dutch original (0.04)
    ranking = [(rows["fever"], 0.535), (rows["ates"], 0.50), (rows["koorts"], 0.495)]
    reranked = searcher._in_query_language("how much paracetamol for my child with a fever", ranking)
    assert [rowid for rowid, _ in reranked] == [rows["fever"], rows["koorts"], rows["ates"]]


def test_an_english_passage_no_closer_than_the_shared_language_makes_it_goes_below(tmp_path, hash_embedder):
    """Red team 10: an English passage on bladder infections stood above the Dutch one that
    answers "What does a gout attack feel like?": the vectors favour a passage in the
    question's language by 0.03-0.06 whatever it says."""
    searcher, rows = _searcher(tmp_path, hash_embedder, english=True)
    ranking = [(rows["fever"], 0.515), (rows["koorts"], 0.49)]
    reranked = searcher._in_query_language("how much paracetamol for my child with a fever", ranking)
    assert [rowid for rowid, _ in reranked] == [rows["koorts"], rows["fever"]]
