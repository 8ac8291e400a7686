"""Plain text red team 32 found read wrongly. Resiliparse's text opened with the leaflet's title
as a subject and the question it answers ("…: wel of niet laten prikken?"): the question mark
after the colon read as a label's value, so the leaflet kept its file's name. boilerpy3's
ArticleExtractor writes a paragraph a line, no blank lines, and drops a list's bullets: a
heading over such a list ("Typische klachten" over "een zwaar gevoel …;") stayed text of the
section before."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.clean import Block, clean
from ingest.pipeline import ingest_file
from ingest.source import SourceText
from ingest.structure import find_outline, is_title_line

DATA = Path(__file__).parent / "data" / "redteam32_leaflets"

BODY = ("Bij een allergie reageert uw lichaam te sterk op stoffen die voor de meeste mensen onschuldig zijn, "
        "zoals pollen, huisstofmijt of haren van huisdieren. Uw afweer maakt dan stoffen aan die klachten geven.")


def _outline(text: str):
    return find_outline(clean(SourceText(text, "plain")))


def _sections(text: str) -> dict[tuple[str, ...], str]:
    return {s.headings: "\n".join(b.text for b in s.blocks) for s in _outline(text).sections}


def _line(text: str) -> Block:
    return Block("paragraph", 0, len(text), (text,))


# ---------------------------------------------------------------- a subject and its question


def test_a_subject_and_the_question_it_answers_is_a_title_line():
    assert is_title_line(_line("Hooikoorts: wat kunt u zelf doen?"))
    assert is_title_line(_line("De griepprik: wel of niet halen?"))


def test_a_label_and_its_value_stay_no_title_line_with_a_question_mark():
    assert not is_title_line(_line("Vraag: ja?"))  # one word each side is a label
    assert not is_title_line(_line("Telefoon: 010 123 45 67?"))  # a number is a value, no words


def test_a_first_line_of_subject_and_question_titles_the_text():
    text = (f"Hooikoorts: wat kunt u zelf doen?\n\nHuisartsenpraktijk De Linde, in samenwerking met apothekers\n\n"
            f"Wat is hooikoorts?\n\n{BODY}\n\nBehandeling\n\n{BODY}\n")
    outline = _outline(text)
    assert outline.title == "Hooikoorts: wat kunt u zelf doen?"
    assert [s.headings for s in outline.sections] == [("Wat is hooikoorts?",), ("Behandeling",)]


def test_a_first_question_over_its_answer_still_opens_an_untitled_text_as_before():
    """A plain question first ("Wat is hooikoorts?") was the title already, over its answer; only
    a subject before a colon was new."""
    outline = _outline(f"Wat is hooikoorts?\n\n{BODY}\n\nBehandeling\n\n{BODY}\n")
    assert outline.title == "Wat is hooikoorts?"
    assert [s.headings for s in outline.sections] == [(), ("Behandeling",)]


# ---------------------------------------------------------------- a heading over bare items

ARTICLE = ("Allergie bij kinderen\n"
           "Wat is een allergie?\n"
           f"{BODY}\n"
           "Veelvoorkomende klachten\n"
           "een loopneus en niezen;\n"
           "jeukende, rode ogen;\n"
           "benauwdheid bij inspanning.\n"
           "Behandeling\n"
           "Antihistaminica verminderen de jeuk en het niezen. U krijgt ze als tablet of als neusspray; de "
           "huisarts bespreekt met u welke vorm het best past en hoe lang u ze gebruikt.\n")


def test_a_line_over_bare_items_after_a_sentence_heads_them():
    sections = _sections(ARTICLE)
    assert sections[("Veelvoorkomende klachten",)].startswith("een loopneus en niezen;\njeukende, rode ogen;")
    assert "Veelvoorkomende" not in sections[("Wat is een allergie?",)]


def test_a_line_over_bare_items_after_no_sentence_end_stays_text():
    """After a line that ends no sentence the short line may go on its words, not head a list."""
    text = ARTICLE.replace(f"{BODY}\n", f"{BODY}\nMeer over allergie leest u op de website van het Voedingscentrum "
                                        "of bij de huisarts, die u ook kan doorverwijzen naar de allergoloog\n")
    assert not any("Veelvoorkomende klachten" in headings for headings in _sections(text))


def test_a_clause_over_bare_items_that_complete_it_stays_text():
    text = ARTICLE.replace("Veelvoorkomende klachten\n", "Uw lichaam laat dat op verschillende manieren merken, bijvoorbeeld\n")
    assert not any("bijvoorbeeld" in " ".join(headings) for headings in _sections(text))


@pytest.mark.parametrize("clause", ["Bel de huisarts als je", "Bel de huisarts als u", "Neem contact op bij"])
def test_a_short_clause_over_bare_items_that_complete_it_stays_text(clause):
    """Review 41: "Bel de huisarts als je" over "koorts hebt …;" headed its items: five words and
    no comma, but it breaks off at a word a clause goes on from."""
    text = ARTICLE.replace("Veelvoorkomende klachten\n", f"{clause}\n")
    sections = _sections(text)
    assert not any(clause in headings for headings in sections)
    assert "een loopneus en niezen;" in sections[("Wat is een allergie?",)]


def test_a_table_header_over_rows_run_together_stays_text():
    """A PDF reader that runs a table's cells together leaves its rows in lower case with no
    punctuation of a list's items: the header row heads no section."""
    text = ARTICLE.replace("een loopneus en niezen;\njeukende, rode ogen;\nbenauwdheid bij inspanning.\n",
                           "lichte klachten neusspray\nveel klachten tabletten huisarts\n")
    assert not any("Veelvoorkomende klachten" in headings for headings in _sections(text))


def test_a_line_over_one_bare_item_stays_text():
    text = ARTICLE.replace("een loopneus en niezen;\njeukende, rode ogen;\n", "")
    assert not any("Veelvoorkomende klachten" in headings for headings in _sections(text))


# ---------------------------------------------------------------- the red team's files


def test_resiliparse_text_is_titled_by_its_first_line():
    item = ingest_file(DATA / "psa-test.txt")
    assert item.leaflet.title == "De PSA-test: wel of niet laten prikken?"
    assert not any("wel of niet laten prikken" in passage.text for passage in item.passages)


def test_boilerpy3_text_heads_its_bare_list():
    passages = {passage.headings: passage.text for passage in ingest_file(DATA / "angina-pectoris.txt").passages}
    assert passages[("Typische klachten",)].endswith("vaak vagere klachten, zoals moeheid of misselijkheid.")
    assert "Typische klachten" not in passages[("Wat is angina pectoris?",)]
