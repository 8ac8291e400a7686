"""Passages hold text, within bounds (red team 11): a file of one endless 5 MB line was
stored as one passage of five million characters (a search that hit it answered 10 MB
of JSON), and OCR specks (". '") were passages of their own that came first for
questions nothing answers."""

from __future__ import annotations

from ingest.pipeline import ingest_file
from ingest.split import DEFAULT_MAX_WORDS, count_words


def test_text_without_full_stops_is_cut_into_passages_of_at_most_max_words(tmp_path):
    words = [f"woord{i % 50}" for i in range(5 * DEFAULT_MAX_WORDS + 7)]
    (tmp_path / "lang.txt").write_text("Titel\n\n" + " ".join(words) + "\n")
    item = ingest_file(tmp_path / "lang.txt")
    assert len(item.passages) == 6
    assert all(count_words(p.text) <= DEFAULT_MAX_WORDS for p in item.passages)
    assert " ".join(p.text for p in item.passages) == " ".join(words)  # nothing lost, nothing doubled
    assert all(item.text[p.span[0]:p.span[1]] == p.text for p in item.passages)


def test_a_speck_is_no_passage_and_no_text_is_lost(tmp_path):
    (tmp_path / "scan.txt").write_text(
        "Decubitus\n\nKop\n\n. '\n\nAndere kop\n\nVerander elke 2 tot 3 uur van houding.\n\n'\n")
    item = ingest_file(tmp_path / "scan.txt")
    assert [(p.headings, p.text) for p in item.passages] == [
        (("Andere kop",), "Verander elke 2 tot 3 uur van houding.")]


def test_long_sentences_within_the_limit_stay_whole(tmp_path):
    sentence = " ".join(["woord"] * (DEFAULT_MAX_WORDS - 10)) + "."
    (tmp_path / "zin.txt").write_text(f"Titel\n\n{sentence} Korte zin hierna.\n")
    texts = [p.text for p in ingest_file(tmp_path / "zin.txt").passages]
    assert sentence in texts[0] or any(sentence == text for text in texts)
