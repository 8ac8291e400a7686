"""Passages: sized, never cut inside a sentence, spans that point at the text."""

from __future__ import annotations

from ingest.clean import clean
from ingest.source import SourceText
from ingest.split import count_words, sentence_spans, split_outline
from ingest.structure import find_outline


def passages_of(text: str, max_words: int = 180):
    cleaned = clean(SourceText(text))
    return cleaned, split_outline(cleaned, find_outline(cleaned), "leaflet", max_words)


def sentence(n: int, words: int = 10) -> str:
    return " ".join(["woord"] * (words - 1)).capitalize() + f" {n}."


def test_sentence_spans():
    text = "Dit is zin één. Is dit twee? Ja! Bijv. dit blijft bij drie. En o.a. ook dit. (Vier.) “Vijf.”"
    spans = [text[a:b] for a, b in sentence_spans(text)]
    assert spans == ["Dit is zin één.", "Is dit twee?", "Ja!", "Bijv. dit blijft bij drie.",
                     "En o.a. ook dit.", "(Vier.)", "“Vijf.”"]


def test_short_section_is_one_passage():
    cleaned, passages = passages_of("Titel\n\nKop\n\n" + " ".join(sentence(i) for i in range(5)))
    assert len(passages) == 1 and passages[0].headings == ("Kop",)
    assert cleaned.text[slice(*passages[0].span)] == passages[0].text


def test_long_section_splits_evenly_at_sentences_never_inside():
    body = " ".join(sentence(i) for i in range(40))  # 400 words in one paragraph
    cleaned, passages = passages_of("Titel\n\nKop\n\n" + body, max_words=180)
    sizes = [count_words(p.text) for p in passages]
    assert len(passages) == 3 and max(sizes) <= 180 and max(sizes) - min(sizes) <= 20
    assert all(p.text.endswith(".") and p.text[0].isupper() for p in passages)
    assert " ".join(p.text for p in passages) == body


def test_paragraph_boundaries_are_preferred():
    paragraphs = [" ".join(sentence(i * 10 + j) for j in range(9)) for i in range(3)]  # 3 x 90 words
    _, passages = passages_of("Titel\n\nKop\n\n" + "\n\n".join(paragraphs), max_words=180)
    assert [p.text for p in passages] == [paragraphs[0] + "\n\n" + paragraphs[1], paragraphs[2]] or \
        [p.text for p in passages] == [paragraphs[0], paragraphs[1] + "\n\n" + paragraphs[2]]


def test_a_sentence_longer_than_max_words_stays_whole():
    long_sentence = " ".join(["lang"] * 250).capitalize() + "."
    _, passages = passages_of("Titel\n\nKop\n\nKort begin. " + long_sentence + " Kort eind.", 180)
    assert long_sentence in [p.text for p in passages]


def test_list_stays_with_its_intro():
    intro = " ".join(sentence(i) for i in range(12)) + " Je merkt dat aan:"
    items = "\n".join(f"• punt {i} met wat woorden erbij" for i in range(8))
    text = f"Titel\n\nKop\n\n{intro}\n\n{items}\n\n" + " ".join(sentence(i) for i in range(6))
    _, passages = passages_of(text, 180)
    holder = next(p for p in passages if "• punt 0" in p.text)
    assert "Je merkt dat aan:" in holder.text and "• punt 7" in holder.text


def test_ids_positions_and_duplicate_text():
    _, passages = passages_of("Titel\n\nEerste deel\n\nZelfde tekst.\n\nTweede deel\n\nZelfde tekst.")
    assert [p.position for p in passages] == [0, 1]
    assert passages[0].text == passages[1].text and passages[0].id != passages[1].id
