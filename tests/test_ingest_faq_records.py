"""A question-and-answer knowledge base in JSON read as its FAQ, by its shape (red team 60,
findings 2.1, 2.3, 2.5, 2.6 and 2.7): QnA Maker's `qnaList`, Django's `dumpdata` of a help
desk, ChatterBot's `conversations`, MiniSearch's stored fields and FlexSearch's export."""

import json
from pathlib import Path

from ingest.faq_records import read_faq_records

from tests.ingest_helpers import all_text, headings, ingested_copy, ingested_text

LEAFLETS = Path(__file__).parent / "data" / "redteam60_leaflets"
ANSWER = "U mag na twee dagen kort douchen. Dep de wond daarna voorzichtig droog met een schone handdoek."
ANSWER_2 = "De hechtingen gaan er na tien dagen uit bij de huisarts. Maak daarvoor zelf een afspraak."
ANSWER_3 = "Bel de polikliniek als de wond rood en dik wordt, of als u koorts krijgt boven de 38 graden."


def _leaflet(tmp_path: Path, name: str):
    return ingested_copy(tmp_path, LEAFLETS / name)


def _passage(item, words: str):
    return next(passage for passage in item.passages if words in passage.text)


# --- the committed red-team leaflets --------------------------------------------------------

def test_qna_maker_questions_head_their_own_answers_and_the_greeting_names_the_title(tmp_path):
    item = _leaflet(tmp_path, "enkelbreuk.txt")
    assert item.leaflet.title == "Gips bij een gebroken enkel"
    assert item.leaflet.updated == "2026-02"
    text = all_text(item)
    assert "custom editorial" not in text and "Welkom bij de chatbot" not in text
    assert _passage(item, "spuit u elke dag zelf").headings[-1] == "Trombose voorkomen"
    assert _passage(item, "U heeft uw enkel gebroken").headings[-1] == "Waarom gips?"
    assert _passage(item, "tenen blauw").headings[-1] == "Alarmsignalen"
    assert _passage(item, "Mag ik met gips vliegen?").headings[-1] == "Veelgestelde vragen"
    assert all(passage.headings for passage in item.passages)


def test_django_dumpdata_category_titles_the_leaflet_and_each_item_is_a_section_once(tmp_path):
    item = _leaflet(tmp_path, "eenzaamheid-ouderen.txt")
    assert item.leaflet.title == "Eenzaam? U bent niet de enige"
    assert item.leaflet.publisher == "GGD Hollands Midden"
    assert item.leaflet.updated == "2025-11"
    assert _passage(item, "Bijna de helft").headings[-1] == "Eenzaamheid komt veel voor"
    assert "Waarom is het belangrijk?" not in all_text(item)  # the question heads, it is no text line
    assert headings(item).count("Waarom is het belangrijk?") == 1
    assert all(passage.text != "Eenzaamheid komt veel voor" for passage in item.passages)


def test_chatterbot_pairs_are_sections_with_their_lists_and_tables(tmp_path):
    item = _leaflet(tmp_path, "ankle-fracture-en.txt")
    assert item.leaflet.title == "A cast for a broken ankle"
    assert item.leaflet.updated == "2026-02"
    first_days = _passage(item, "keep your leg raised")
    assert first_days.headings[-1] == "The first days"
    assert "\n• move your toes often;" in first_days.text
    check_ups = _passage(item, "After 1 week")
    assert check_ups.headings[-1] == "Check-ups"
    assert "After 1 week | X-ray and check of the position\n" in check_ups.text
    assert "Welcome to the Plaster Room" not in all_text(item) and "Hello" not in headings(item)


def test_minisearch_repeated_page_field_is_no_text_and_the_title_no_passage(tmp_path):
    item = _leaflet(tmp_path, "huid-bestraling.txt")
    assert item.leaflet.title == "Huidverzorging tijdens bestraling"
    assert item.leaflet.publisher == "Radiotherapiecentrum Noordwest"
    assert item.leaflet.updated == "2025-12"
    assert "Huidverzorging tijdens bestraling" not in all_text(item)
    assert all(passage.headings for passage in item.passages)
    assert _passage(item, "U mag gewoon douchen").headings[-1] == "Wassen en douchen"


def test_flexsearch_export_reads_its_store_and_no_token_map(tmp_path):
    item = _leaflet(tmp_path, "longrevalidatie.txt")
    assert item.leaflet.title == "Longrevalidatie: weer meer kunnen met COPD"
    assert item.leaflet.publisher == "Longfonds"
    assert item.leaflet.updated == "2026-01"
    text = all_text(item)
    assert "[[" not in text and '"content"' not in text and "patientenvereniging" not in text
    programme = _passage(item, "twaalf weken")
    assert programme.headings[-1] == "Het programma"
    assert "\nconditie- en krachttraining | fysiotherapeut\n" in programme.text
    assert _passage(item, "Longrevalidatie is er voor u als").headings[-1] == "Voor wie?"


def test_elasticlunr_index_reads_as_it_did(tmp_path):
    item = _leaflet(tmp_path, "bloed-in-urine.txt")
    assert item.leaflet.title == "Bloed in de urine"
    assert item.leaflet.publisher == "Maasziekenhuis Pantein"
    assert _passage(item, "hematurie").headings[-1] == "Wat betekent bloed in de urine?"


# --- small generated knowledge bases of each shape ------------------------------------------

def _qna(first_answer: str, first_question: str = "hallo") -> str:
    records = [(first_question, first_answer), ("Douchen", ANSWER), ("Hechtingen", ANSWER_2), ("Wanneer bellen?", ANSWER_3)]
    return json.dumps({"qnaList": [{"id": 0, "answer": answer, "source": "custom editorial", "questions": [question],
                                    "metadata": [], "context": {"isContextOnly": False, "prompts": []}}
                                   for question, answer in records], "urls": [], "name": "wond-kb"}, indent=2)


def test_qna_maker_shape_each_question_over_its_answer(tmp_path):
    greeting = 'Welkom bij de chatbot van Wondpoli Oost. Ik beantwoord vragen uit de folder "Zorg voor uw wond" ' \
               "(Laatst bijgewerkt: maart 2026)."
    item = ingested_text(tmp_path, _qna(greeting), "wond-kb.json")
    assert item.leaflet.title == "Zorg voor uw wond"
    assert item.leaflet.updated == "2026-03"
    assert [passage.headings[-1] for passage in item.passages] == ["Douchen", "Hechtingen", "Wanneer bellen?"]
    assert _passage(item, "tien dagen").headings[-1] == "Hechtingen"
    assert "custom editorial" not in all_text(item) and "wond-kb" not in all_text(item)


def test_a_greeting_that_quotes_two_names_titles_nothing(tmp_path):
    greeting = 'Welkom bij "Wondpoli Oost" van het "Ziekenhuis Noord". Laatst bijgewerkt: maart 2026.'
    document = read_faq_records(_qna(greeting))
    assert document is not None and document.title == ""
    assert document.furniture == (greeting,)


def test_a_first_question_that_answers_is_a_section_not_a_greeting(tmp_path):
    document = read_faq_records(_qna("Eet gezond en gevarieerd, dat helpt uw wond te genezen. Drink genoeg water.",
                                     "Wat mag ik eten?"))
    assert document is not None and document.title == ""
    assert "## Wat mag ik eten?\n\nEet gezond" in document.text


def test_django_dumpdata_shape_category_title_over_its_name(tmp_path):
    records = [{"model": "kb.category", "pk": 1, "fields": {
        "name": "Wond", "title": "Zorg voor uw wond", "slug": "wond",
        "description": "Wondpoli Oost, Ziekenhuis Noord\n\nLaatst bijgewerkt: april 2026", "public": True}}]
    records += [{"model": "kb.item", "pk": index, "fields": {
        "category": 1, "title": question, "question": question, "answer": answer, "votes": 0,
        "last_updated": "2026-12-07T09:12:38.203Z", "enabled": True}}
        for index, (question, answer) in enumerate(
            [("Douchen", ANSWER), ("Hechtingen", ANSWER_2), ("Wanneer bellen?", ANSWER_3)], start=1)]
    item = ingested_text(tmp_path, json.dumps(records, indent=2), "wond.txt")
    assert item.leaflet.title == "Zorg voor uw wond"
    assert item.leaflet.updated == "2026-04"
    assert [passage.headings[-1] for passage in item.passages] == ["Douchen", "Hechtingen", "Wanneer bellen?"]
    assert all("Douchen" not in passage.text for passage in item.passages)


def test_chatterbot_shape_unflattens_a_list_and_a_table():
    pairs = [["Hello", "Welcome to the Wound Clinic chatbot. I answer questions from the leaflet "
                       "'Caring for your wound' (Last updated: March 2026)."],
             ["Showering", "After two days you may shower briefly. This is how: - use lukewarm water; "
                           "- pat the wound dry; - use no soap."],
             ["Check-ups", "| When | What | |---|---| | Day 10 | stitches out | | Week 6 | last check |"],
             ["Contact", "Call the wound clinic on weekdays between 8.30 and 16.30 if you have questions."]]
    document = read_faq_records(json.dumps({"conversations": pairs}))
    assert document is not None and document.title == "Caring for your wound"
    assert "This is how:\n\n- use lukewarm water;\n- pat the wound dry;\n- use no soap." in document.text
    assert "| When | What |\n| --- | --- |\n| Day 10 | stitches out |\n| Week 6 | last check |" in document.text


def test_repeated_field_is_no_text_and_a_cover_record_titles_the_leaflet():
    stored = {str(index): {"title": title, "text": text, "page": "Zorg voor uw wond"} for index, (title, text) in
              enumerate([("Zorg voor uw wond", "Wondpoli Oost\nLaatst bijgewerkt: maart 2026"),
                         ("Douchen", ANSWER), ("Hechtingen", ANSWER_2), ("Wanneer bellen?", ANSWER_3)])}
    document = read_faq_records(json.dumps({"documentCount": 4, "storedFields": stored,
                                            "index": [["wond", {"0": {"1": 1}}], ["douchen", {"0": {"1": 1}}]]}))
    assert document is not None and document.title == "Zorg voor uw wond"
    assert document.text.count("Zorg voor uw wond") == 1
    assert document.text.startswith("# Zorg voor uw wond\n\nWondpoli Oost\n\nLaatst bijgewerkt: maart 2026\n\n## Douchen")


def test_flexsearch_shape_store_read_token_maps_left_out():
    store = [[index, {"id": index, "title": title, "content": content}] for index, (title, content) in
             enumerate([("Zorg voor uw wond", "Wondpoli Oost\nLaatst bijgewerkt: maart 2026"),
                        ("Douchen", ANSWER), ("Hechtingen", ANSWER_2)])]
    export = {"title.1.map": json.dumps([["wond", [[0]]], ["douchen", [None, [1]]]]), "1.reg": "[0,1,2]",
              "1.doc": json.dumps(store)}
    document = read_faq_records(json.dumps(export))
    assert document is not None and document.title == "Zorg voor uw wond"
    assert "## Hechtingen\n\n" + ANSWER_2 in document.text and "[[" not in document.text


# --- ordinary JSON stays as it was ----------------------------------------------------------

def test_data_records_without_an_answer_are_no_faq():
    medicines = [{"name": "Paracetamol", "dose": "500 mg", "form": "tablet", "per_day": 6},
                 {"name": "Ibuprofen", "dose": "400 mg", "form": "tablet", "per_day": 3},
                 {"name": "Diclofenac", "dose": "50 mg", "form": "tablet", "per_day": 3}]
    assert read_faq_records(json.dumps(medicines)) is None
    assert read_faq_records(json.dumps({"port": 8501, "host": "localhost", "theme": {"base": "light"}})) is None


def test_records_with_many_short_fields_are_a_data_record_not_a_faq():
    rows = [{"name": name, "dose": dose, "form": form, "when": when, "note": ANSWER + f" {name}."}
            for name, dose, form, when in (("Paracetamol", "500 mg", "tablet", "na het eten"),
                                           ("Ibuprofen", "400 mg", "zetpil", "voor het slapen"),
                                           ("Diclofenac", "50 mg", "gel", "twee keer per dag"))]
    assert read_faq_records(json.dumps(rows)) is None


def test_chunk_records_and_a_document_with_text_outside_are_no_faq():
    chunks = [{"id": f"c{index}", "text": text, "token_count": 20} for index, text in enumerate([ANSWER, ANSWER_2])]
    assert read_faq_records(json.dumps(chunks)) is None  # one text field: the chunk reader's
    document = {"title": "Zorg voor uw wond", "intro": "Deze folder vertelt u hoe u thuis voor uw wond zorgt.",
                "sections": [{"heading": "Douchen", "body": ANSWER}, {"heading": "Hechtingen", "body": ANSWER_2}]}
    assert read_faq_records(json.dumps(document)) is None
    dated = {"title": "Zorg voor uw wond", "updated": "2026-04-01",
             "sections": [{"heading": "Douchen", "body": ANSWER}, {"heading": "Hechtingen", "body": ANSWER_2}]}
    assert read_faq_records(json.dumps(dated)) is None


def test_html_answers_are_left_to_the_json_reader(tmp_path):
    articles = [{"id": index, "title": title, "body": f"<div><p>{answer}</p></div>"}
                for index, (title, answer) in enumerate([("Douchen", ANSWER), ("Hechtingen", ANSWER_2)])]
    assert read_faq_records(json.dumps(articles)) is None


def test_a_plain_faq_leaflet_in_text_is_untouched(tmp_path):
    text = ("Zorg voor uw wond\n\nDouchen\n\n" + ANSWER + "\n\nHechtingen\n\n" + ANSWER_2 + "\n")
    assert read_faq_records(text) is None
    item = ingested_text(tmp_path, text, "wond.txt")
    assert item.leaflet.title == "Zorg voor uw wond"
