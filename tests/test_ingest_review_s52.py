"""Session 52's review: ordinary leaflets that brush against the session's new ingest rules
(lower-case text, a contact block or a mail merge's letterhead over the title, a poster's
columns, a screen's ticker, glued paragraphs, chunk records, trailing bullets, numbered table
rows, FAQ headings) without being what those rules target. Each must read as it is written.

Two read wrongly and are fixed:
- a mail merge's dated letterhead over a real title ("Huisartsenpraktijk De Linde, 12 maart
  2026" over "Griepprik 2026") made the leaflet's file name its title and the title a heading:
  the line under a letterhead is the title (`ingest.structure._title_block`), unless it asks a
  question, which heads the letter's first section;
- a FAQ whose answers are one line each, a blank line round each pair ("Mag ik eten voor de
  scan?" over "Ja, u mag gewoon eten en drinken."), read its questions that open with their verb
  as running text's "if", glued to their answers: a run of such pairs heads each answer with its
  question (`ingest.clean.plain._questions_over_answers`).
"""

from pathlib import Path

from leaflet_files import ingest_file_as

from ingest.pipeline import ingest_leaflets

DATA = Path(__file__).parent / "data" / "review_s52"


def _read(name: str):
    return ingest_leaflets(DATA / name, root=DATA)[0]


def _sections(item) -> list[tuple[list[str], str]]:
    return [(list(p.headings), p.text) for p in item.passages]


def _headings(item) -> list[str]:
    return [p.headings[-1] if p.headings else "" for p in item.passages]


# ---------------------------------------------------------------- fixed


def test_a_letterhead_with_its_date_over_a_real_title_leaves_the_title_the_title():
    item = _read("08_praktijk_datum_titel.txt")
    assert item.leaflet.title == "Griepprik 2026"
    assert item.leaflet.publisher == "Huisartsenpraktijk De Linde"
    assert item.leaflet.updated == "2026-03-12"
    assert _headings(item) == ["", "Wanneer?", "Kunt u niet?"]
    assert item.passages[0].text.startswith("Ook dit jaar kunt u bij ons de griepprik halen")


def test_a_question_under_a_letterhead_heads_the_letters_first_section(tmp_path):
    text = ("Huisartsenpraktijk De Linde, 12 maart 2026\n\nWat is de griepprik?\n"
            "De griepprik beschermt u tegen griep. U krijgt een uitnodiging.\n\nWanneer?\nOp zaterdag 17 oktober.\n")
    item = ingest_file_as(tmp_path, "brief.txt", text)
    assert item.leaflet.title == "brief"
    assert item.leaflet.publisher == "Huisartsenpraktijk De Linde"
    assert _headings(item) == ["Wat is de griepprik?", "Wanneer?"]


def test_a_place_and_date_over_a_letters_text_stays_a_dateline():
    item = _read("19_brief_plaats_datum.txt")
    assert item.leaflet.updated == "2026-02-03"
    assert item.leaflet.publisher == ""
    assert item.passages[0].text.startswith("Beste patiënt, U staat op de wachtlijst voor een heupoperatie.")
    assert "Utrecht" not in item.leaflet.title


def test_a_faq_of_one_line_answers_heads_each_answer_with_its_question():
    item = _read("06_faq_kort.txt")
    assert item.leaflet.title == "Veelgestelde vragen over de MRI-scan"
    assert _sections(item) == [
        (["Mag ik eten voor de scan?"], "Ja, u mag gewoon eten en drinken."),
        (["Mag ik mijn sieraden ophouden?"], "Nee, alle metalen voorwerpen moeten af."),
        (["Hoe lang duurt de scan?"], "Ongeveer 30 minuten."),
        (["Krijg ik de uitslag meteen?"], "Nee, de uitslag krijgt u van uw eigen arts.")]


def test_questions_inside_paragraphs_of_short_lines_stay_prose(tmp_path):
    """A question over two lines of its paragraph, or under a line of it, is running text's "if"."""
    under = ("Tips bij hoesten\n\nHeeft uw kind koorts?\nGeef het veel te drinken.\nParacetamol mag ook.\n\n"
             "Hoest uw kind al weken?\nBel de huisarts voor een afspraak.\nNeem het groeiboekje mee.\n")
    item = ingest_file_as(tmp_path, "tips.txt", under)
    assert _sections(item) == [([], "Heeft uw kind koorts? Geef het veel te drinken. Paracetamol mag ook.\n\n"
                                     "Hoest uw kind al weken? Bel de huisarts voor een afspraak. Neem het groeiboekje mee.")]
    among = ("Tips bij hoesten\n\nHoesten is bij kinderen heel gewoon.\nHeeft uw kind koorts?\nGeef het veel te drinken."
             "\n\nMeestal gaat het vanzelf over.\nHoest uw kind al weken?\nBel de huisarts.\n")
    item = ingest_file_as(tmp_path, "tips.txt", among)
    assert _sections(item) == [([], "Hoesten is bij kinderen heel gewoon. Heeft uw kind koorts? Geef het veel te drinken."
                                     "\n\nMeestal gaat het vanzelf over. Hoest uw kind al weken? Bel de huisarts.")]


def test_a_faq_of_longer_answers_under_a_heading_keeps_its_nesting():
    item = _read("18_faq_lang.txt")
    assert [list(p.headings) for p in item.passages] == [
        [], ["Vragen na de operatie", "Mag ik douchen?"], ["Vragen na de operatie", "Mag ik autorijden?"],
        ["Vragen na de operatie", "Wanneer kan ik weer lezen?"], ["Contact"]]


# ---------------------------------------------------------------- ordinary leaflets that stay as they are


def test_a_lower_case_list_under_a_normal_title_keeps_its_case():
    item = _read("01_kleine_letters_lijst.txt")
    assert item.leaflet.title == "Wondverzorging na een operatie"
    assert _headings(item) == ["", "Wat heeft u nodig?", "De eerste dagen", "Wanneer belt u ons?"]
    assert item.passages[1].text == ("• steriele gaasjes\n• een pleister die lucht doorlaat\n"
                                     "• een flesje fysiologisch zout")


def test_a_sentence_in_lower_case_among_sentence_case_keeps_its_case():
    item = _read("15_twee_kolommen_tekst.txt")
    assert _headings(item) == ["", "Wat kunt u doen?", "Beweeg"]
    assert "ook 's nachts. draag stevige schoenen" in item.passages[1].text


def test_brand_names_with_inner_capitals_keep_their_case():
    item = _read("03_merknamen.txt")
    text = item.passages[0].text
    for name in ("MijnZiekenhuis", "iPad", "BeterDichtbij", "eHealth", "iOS", "DigiD"):
        assert name in text
    assert _headings(item) == ["", "Hulp nodig?"]


def test_numbered_steps_with_decimals_stay_one_list():
    item = _read("04_stappen_ml.txt")
    steps = item.passages[1].text.split("\n")
    assert [s[:2] for s in steps] == ["1.", "2.", "3.", "4.", "5."]
    assert "0.5 eenheid, bijvoorbeeld 0.5 ml van een verdunde oplossing." in steps[3]


def test_a_table_whose_rows_open_with_numbers_stays_under_its_heading():
    item = _read("05_tabel_nummers.txt")
    assert _headings(item) == ["", "Schema", "Bijwerkingen"]
    rows = item.passages[1].text.split("\n")
    assert rows[0] == "Leeftijd | Vaccinatie" and rows[-1] == "14 maanden | BMR en MenACWY" and len(rows) == 6


def test_a_tables_last_row_over_a_sentence_heads_nothing():
    item = _read("17_tabel_laatste_rij.txt")
    assert _headings(item) == ["", "Wat betekenen de waarden?"]
    assert item.passages[1].text.endswith("boven 160 | boven 100 | veel te hoog\n\n"
                                          "Neem de lijst mee naar uw afspraak. Uw arts bespreekt de waarden met u.")


def test_veelgestelde_vragen_in_a_sentence_heads_nothing():
    item = _read("10_vvtekst.txt")
    assert _headings(item) == ["", "Wat kunt u zelf doen?", "Medicijnen"]
    assert "bij Veelgestelde vragen meer antwoorden" in item.passages[0].text


def test_lines_of_fields_apart_by_a_middle_dot_stay_text():
    page = _read("14_pagina.html")
    assert page.passages[-1].text.endswith("Gipskamer · Route 20 · 030 250 61 00 · maandag tot en met vrijdag "
                                           "8.00 tot 17.00 uur")
    markdown = _read("11_info.md")
    assert _sections(markdown)[-1] == (["Contact"], "Polikliniek Orthopedie · Route 34 · 030 250 00 00")
    hours = _read("02_openingstijden_punt.txt")
    assert "Buitenpoli Zeist, Lindenlaan 4 · maandag tot en met vrijdag 8.00 tot 12.30 uur" in hours.passages[-1].text
    tips = _read("20_ticker_achtig.txt")
    assert tips.passages[-1].text.endswith("Voedingscentrum | Thuisarts.nl | uw huisarts of diëtist")


def test_an_ordinary_faq_record_file_reads_as_questions():
    item = _read("12_faq.json")
    assert item.leaflet.title == "Vragen over de coloscopie"
    assert item.leaflet.updated == "2026-02-01"
    assert _headings(item) == ["Moet ik nuchter zijn?", "Mag ik zelf naar huis rijden?", "Hoe lang duurt het onderzoek?"]


def test_ordinary_json_lines_records_keep_every_field():
    text = " ".join(p.text for p in _read("13_locaties.jsonl").passages)
    for value in ("Heidelberglaan 100", "Lindenlaan 4", "Koekoekslaan 1", "avond, nacht en weekend"):
        assert value in text


def test_a_lone_bullet_marks_the_item_under_it():
    item = _read("09_los_bolletje.txt")
    assert _headings(item) == ["", "Wat kunt u zelf doen?", "Wanneer naar de huisarts?"]
    assert item.passages[1].text.startswith("• Laat uw kind veel drinken.")
    assert "Zet het hoofdeinde van het bed iets hoger." in item.passages[1].text
