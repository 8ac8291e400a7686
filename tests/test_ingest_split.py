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


# ---------------------------------------------------------------- tiny sibling sections

CONTACTS = {
    "België": "Pfizer NV/SA Tel: +32 (0)2 554 62 11",
    "Nederland": "Pfizer bv Tel: +31 (0)10 406 43 01",
    "Österreich": "Pfizer Corporation Austria Ges.m.b.H. Tel: +43 (0)1 521 15-0",
    "Polska": "Pfizer Polska Sp. z o.o. Tel.: +48 22 335 61 00",
}


def markdown_passages(text: str, max_words: int = 180):
    cleaned = clean(SourceText(text, "markdown"))
    return cleaned, split_outline(cleaned, find_outline(cleaned), "leaflet", max_words)


def contact_table(contacts: dict[str, str]) -> str:
    rows = "".join(f"### {country}\n\n{address}\n\n" for country, address in contacts.items())
    return "# Titel\n\n## Overige informatie\n\n" + " ".join(sentence(i) for i in range(6)) + "\n\n" + rows


def test_a_run_of_tiny_siblings_is_one_passage_with_their_headings_as_lines():
    cleaned, passages = markdown_passages(contact_table(CONTACTS))
    merged = passages[-1]
    assert len(passages) == 2 and merged.headings == ("Overige informatie",)
    assert merged.text == "\n\n".join(f"{country}\n\n{address}" for country, address in CONTACTS.items())
    assert cleaned.text[slice(*merged.span)] == merged.text


def test_a_tiny_section_between_long_ones_keeps_its_own_passage_and_path():
    long_body = " ".join(sentence(i) for i in range(8))
    text = f"# Titel\n\n## Eerste\n\n{long_body}\n\n## Kort\n\nAlleen dit.\n\n## Laatste\n\n{long_body}"
    _, passages = markdown_passages(text)
    assert [(p.headings, p.text) for p in passages][1] == (("Kort",), "Alleen dit.")


def test_two_tiny_siblings_stay_apart_three_merge():
    two = dict(list(CONTACTS.items())[:2])
    _, passages = markdown_passages(contact_table(two))
    assert [p.headings for p in passages][1:] == [("Overige informatie", "België"),
                                                  ("Overige informatie", "Nederland")]
    three = dict(list(CONTACTS.items())[:3])
    _, passages = markdown_passages(contact_table(three))
    assert [p.headings for p in passages][1:] == [("Overige informatie",)]


def test_short_sections_that_say_something_in_a_sentence_keep_their_own_passages():
    """Red team 33: "Bijwerkingen", "Uitslag" and "Contact" were one passage under the title."""
    text = ("# Botscan\n\n## Bijwerkingen\n\nDe stof geeft geen bijwerkingen en u wordt er niet suf van.\n\n"
            "## Uitslag\n\nUw behandelend arts krijgt de uitslag binnen een week.\n\n"
            "## Contact\n\nNucleaire Geneeskunde, route 85, telefoon 0318 43 44 50.")
    _, passages = markdown_passages(text)
    assert [p.headings for p in passages] == [("Bijwerkingen",), ("Uitslag",), ("Contact",)]
    mixed = ("# Titel\n\n## Bijwerkingen\n\nDe stof geeft geen bijwerkingen en u wordt er niet suf van.\n\n"
             + contact_table(CONTACTS).split("\n\n", 1)[1])
    _, passages = markdown_passages(mixed)
    assert passages[0].headings == ("Bijwerkingen",)
    assert passages[-1].headings == ("Overige informatie",) and passages[-1].text.startswith("België")  # merged


def test_short_answers_under_question_headings_keep_their_own_passages():
    faq = {"Mag ik sporten?": "Ja, bewegen is goed voor u.",
           "Moet ik minder zout eten?": "Meestal wel: zout verhoogt de bloeddruk.",
           "Mag ik alcohol drinken?": "Met mate, overleg met uw arts."}
    text = "# Vragen\n\n" + "".join(f"## {q}\n\n{a}\n\n" for q, a in faq.items())
    _, passages = markdown_passages(text)
    assert [(p.headings, p.text) for p in passages] == [((q,), a) for q, a in faq.items()]


def test_a_tiny_section_with_sub_sections_or_a_long_body_ends_the_run():
    long_body = " ".join(sentence(i) for i in range(4))  # 40 words: not tiny
    text = ("# Titel\n\n## A\n\nKort a.\n\n## B\n\nKort b.\n\n## C\n\nKort c.\n\n### C1\n\nKort c1.\n\n"
            f"## D\n\n{long_body}\n\n## E\n\nKort e.\n\n## F\n\nKort f.\n\n"
            f"## G\n\n{long_body}\n\n## H\n\nKort h.\n\n## I\n\nKort i.\n\n## J\n\nKort j.")
    _, passages = markdown_passages(text)
    assert [p.headings for p in passages] == [("A",), ("B",), ("C",), ("C", "C1"), ("D",), ("E",), ("F",),
                                              ("G",), ()]
    assert passages[-1].text == "H\n\nKort h.\n\nI\n\nKort i.\n\nJ\n\nKort j."  # under the title


def test_a_long_run_is_packed_under_max_words_at_section_boundaries():
    contacts = {f"Land {i}": f"Firma {i} Tel: +{i} 555 {i:02d}" for i in range(30)}  # 7 words each
    cleaned, passages = markdown_passages(contact_table(contacts), max_words=60)
    merged = passages[1:]
    assert len(merged) > 1 and all(count_words(p.text) <= 60 for p in merged)
    assert all(p.text.startswith("Land ") and p.text.endswith(tuple("0123456789")) for p in merged)
    assert all(cleaned.text[slice(*p.span)] == p.text for p in passages)
    assert "\n\n".join(p.text for p in merged) == \
        "\n\n".join(f"{country}\n\n{address}" for country, address in contacts.items())
    assert len({p.id for p in passages}) == len(passages)
    assert [p.position for p in passages] == list(range(len(passages)))


def test_a_date_line_between_tiny_siblings_ends_the_run():
    rows = [f"### {country}\n\n{address}" for country, address in CONTACTS.items()]
    text = contact_table({}) + "\n\n".join(rows[:2]) + "\n\nLaatste update, 2 juli 2025\n\n" + \
        "\n\n".join(rows[2:])
    cleaned, passages = markdown_passages(text)
    assert all(len(p.headings) == 2 for p in passages[1:])  # no run of three without a gap
    assert all(cleaned.text[slice(*p.span)] == p.text for p in passages)


def test_a_merged_passage_lists_every_page_it_covers():
    first = ("# Titel\n\n## Overige informatie\n\n"
             "### België\n\nPfizer NV/SA.\n\n### Nederland\n\nPfizer bv.\n\n")
    second = "### Polska\n\nPfizer Polska.\n\n### Norge\n\nPfizer AS.\n"
    cleaned = clean(SourceText(first + second, "markdown", page_starts=(0, len(first))))
    passages = split_outline(cleaned, find_outline(cleaned), "leaflet")
    assert len(passages) == 1 and passages[0].pages == (1, 2)
    assert passages[0].text.startswith("België\n\nPfizer NV/SA.") and passages[0].text.endswith("Pfizer AS.")


def test_merged_ids_are_stable_across_runs():
    _, once = markdown_passages(contact_table(CONTACTS))
    _, again = markdown_passages(contact_table(CONTACTS))
    assert [p.id for p in once] == [p.id for p in again]


def test_the_rows_of_a_table_stay_together_where_each_row_is_a_paragraph():
    """A web page writes each row of a table as a paragraph of its own (red team 9's dose
    table), whose breaks cost nothing: the table was cut after its second row and its last
    rows lost their header. A table now breaks as dearly as a list."""
    intro = " ".join(sentence(i) for i in range(10)) + " Geef de dosis volgens het gewicht:"
    rows = "\n\n".join(f"{5 + 4 * i} kg | {120 + 60 * i} mg | {3 + 2 * i} ml" for i in range(6))
    text = f"Titel\n\nParacetamol\n\n{intro}\n\nGewicht | Zetpil | Drank\n\n{rows}\n\n" + \
        " ".join(sentence(i) for i in range(8))
    _, passages = passages_of(text, 120)
    holder = next(p for p in passages if "Gewicht | Zetpil | Drank" in p.text)
    assert "25 kg | 420 mg | 13 ml" in holder.text and "Geef de dosis volgens het gewicht:" in holder.text
