"""Red team 10's ingest findings: footnotes at a page's foot, a header row whose cell
ends in "?", a hyphenated group broken at its last hyphen."""

from __future__ import annotations

from ingest.clean.joining import join_hyphenated
from ingest.pipeline import ingest_file
from pdf_factory import Line, Placed, make_pdf, two_columns

PAGE_1 = [
    Line("Hartfalen en vocht", size=16, bold=True),
    Line("Vocht", size=13, bold=True, gap=10),
    Line("Bij warm weer verliest u extra vocht. Overleg dan met de", gap=4),
    Line("verpleegkundige of u tijdelijk meer mag drinken.\xb9"),
    Line("Zout", size=13, bold=True, gap=10),
    Line("Veel zout zit in producten die u koopt:", gap=4),
    Line("\u2022 brood uit de supermarkt;"),
    Line("\u2022 oude en belegen kaas;"),
    Placed("\xb9 Bij koorts kan de verpleegkundige ook uw plastabletten aanpassen.", 56, 90, 9),
]
PAGE_2 = [
    Line("\u2022 vleeswaren zoals ham en salami."),
    Line("Dagelijks wegen", size=13, bold=True, gap=10),
    Line("Weeg uzelf elke ochtend na het plassen.", gap=4),
]


def _passages(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data) if isinstance(data, bytes) else path.write_text(data, encoding="utf-8")
    return ingest_file(path, root=tmp_path).passages


def test_a_footnote_follows_the_paragraph_that_cites_it(tmp_path):
    passages = _passages(tmp_path, "hartfalen.pdf", make_pdf([PAGE_1, PAGE_2]))
    cited = next(p for p in passages if "meer mag drinken" in p.text)
    assert "drinken.\xb9\n\n\xb9 Bij koorts kan de verpleegkundige" in cited.text
    listed = next(p for p in passages if "belegen kaas" in p.text)
    assert "\u2022 oude en belegen kaas;\n\u2022 vleeswaren zoals ham en salami." in listed.text
    assert listed.pages == (1, 2) and "Bij koorts" not in listed.text


def test_a_footnote_that_nothing_cites_stays_where_it_is(tmp_path):
    page = [line for line in PAGE_1 if not isinstance(line, Line) or "\xb9" not in line.text]
    page.insert(3, Line("verpleegkundige of u tijdelijk meer mag drinken."))
    text = "\n".join(p.text for p in _passages(tmp_path, "hartfalen.pdf", make_pdf([page, PAGE_2])))
    assert text.index("belegen kaas") < text.index("Bij koorts") < text.index("vleeswaren")


def test_a_header_row_with_a_question_mark_is_a_row(tmp_path):
    text = ("Vocht\n\nIn de tabel ziet u wat meetelt.\n\n"
            "Product  Telt mee?  Hoeveelheid\nKoffie, thee  ja  1 kopje = 125 ml\n"
            "Soep  ja  1 kop = 150 ml\nFruit  nee  -\n")
    passage = _passages(tmp_path, "vocht.txt", text)[0]
    assert "Product | Telt mee? | Hoeveelheid\nKoffie, thee | ja | 1 kopje = 125 ml" in passage.text


def test_two_spaces_after_a_question_still_end_a_sentence(tmp_path):
    text = "Vocht\n\nHeeft u dorst?  Neem een ijsblokje.  Dat helpt.\nDrink niet te veel.\n"
    assert "Heeft u dorst? Neem een ijsblokje. Dat helpt." in _passages(tmp_path, "vocht.txt", text)[0].text


def test_a_hyphenated_group_keeps_its_last_hyphen():
    assert join_hyphenated("ook in kant-en-", "klaarmaaltijden zit", set()) == "-"
    assert join_hyphenated("een auto-immuun-", "ziekte", set()) == ""  # a long part: a typesetter's break
    assert join_hyphenated("de behande-", "ling", set()) == ""


def _word_by_word(lines: list[str], top: float = 700, size: float = 11) -> list[Placed]:
    """Each word its own piece of text, as an OCR program lays a text layer over a scan."""
    placed = []
    for row, line in enumerate(lines):
        x = 70.0
        for word in line.split(" "):
            placed.append(Placed(word, x, top - row * 16, size))
            x += (0.5 * len(word) + 0.28) * size
    return placed


OCR_LINES = [
    "U kunt anderen geen gordelroos geven. Wel kan iemand die nog nooit",
    "U kunt wel waterpokken krijgen door contact met het vocht uit de",
    "U kunt dus beter geen contact hebben met zwangere vrouwen die geen",
    "U kunt weer gewoon naar buiten als alle blaasjes zijn ingedroogd en",
    "U kunt het beste losse katoenen kleding dragen over de blaasjes heen.",
]


def test_a_text_layer_drawn_word_by_word_reads_in_order(tmp_path):
    page = [Line("Gordelroos", size=16, bold=True), Line("Is gordelroos besmettelijk?", size=13, bold=True),
            *_word_by_word(OCR_LINES)]
    text = " ".join(p.text for p in _passages(tmp_path, "gordelroos.pdf", make_pdf([page])))
    assert " ".join(OCR_LINES) in text


def test_words_far_apart_stay_cells_of_a_table(tmp_path):
    rows = [("Fase", "Wanneer", "Wat ziet u?"), ("Voorfase", "dag 1 tot 3", "pijn en jeuk"),
            ("Uitslag", "dag 3 tot 7", "rode huid met blaasjes"), ("Genezen", "week 2 tot 4", "korstjes")]
    cells = []
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            cells += [Placed(word, 70 + column * 150 + sum(0.5 * len(w) + 0.28 for w in value.split()[:i]) * 10,
                             500 - row * 16, 10) for i, word in enumerate(value.split())]
    body = _word_by_word(OCR_LINES)
    text = "\n".join(p.text for p in _passages(tmp_path, "fasen.pdf", make_pdf([[Line("Gordelroos", 16, True), *body, *cells]])))
    assert "Voorfase | dag 1 tot 3 | pijn en jeuk" in text and "Genezen | week 2 tot 4 | korstjes" in text


def test_bullets_hanging_into_the_gutter_stay_with_their_items(tmp_path):
    left = ["Wat is jicht?", "Jicht is een vorm van gewrichtsontsteking.", "Het ontstaat door te veel urinezuur",
            "in het bloed. Urinezuur is een afvalstof die", "vrijkomt bij de afbraak van purines. U slikt",
            "allopurinol elke dag, ook als u geen klachten", "heeft. Zo blijft het urinezuur laag en krijgt",
            "u minder vaak een aanval. Neem de tabletten", "in met een glas water na het eten. U slikt het"]
    right = ["elke dag, ook zonder klachten.", "Voeding en jicht", "Met uw voeding verkleint u de kans:",
             "Drink elke dag minstens 2 liter water.", "Drink geen of weinig alcohol.",
             "Eet niet meer dan 100 gram vlees.", "Val geleidelijk af bij overgewicht.",
             "Magere zuivel verlaagt het urinezuur.", "Beweeg elke dag een half uur."]
    page = []
    for placed in two_columns(left, right, gutter=310):
        if placed.x == 310 and 3 <= (760 - placed.y) / 14 < 8:  # drawn as a writer does: bullet, then item
            page.append(Placed("\u2022", 302, placed.y, 10))
        page.append(placed)
    text = "\n".join(p.text for p in _passages(tmp_path, "jicht.pdf", make_pdf([page])))
    assert "\u2022 Drink elke dag minstens 2 liter water.\n\u2022 Drink geen of weinig alcohol." in text
    assert "U slikt het elke dag, ook zonder klachten." in text


FOOTNOTED = """# Spataderen

## Na de behandeling

Na de behandeling krijgt u een steunkous[^1] aan. Draag deze kous 48 uur dag en nacht.

Ga direct na de behandeling een half uur wandelen.

## Vergoeding

Bezemrijsvaatjes behandelen wordt niet vergoed[^note].

## Contact

Telefoon: 071 517 88 00

[^1]: Meestal een therapeutisch elastische kous klasse 2.
    U krijgt hem aangemeten bij de medisch speciaalzaak.
[^note]: Kijk in uw polis of uw aanvullende verzekering iets vergoedt.
[^los]: Een noot die nergens staat.
"""


def test_markdown_footnotes_follow_the_paragraph_that_cites_them(tmp_path):
    passages = {p.headings[-1]: p.text for p in _passages(tmp_path, "spataderen.md", FOOTNOTED)}
    assert passages["Na de behandeling"].startswith(
        "Na de behandeling krijgt u een steunkous aan. Draag deze kous 48 uur dag en nacht.\n\n"
        "Meestal een therapeutisch elastische kous klasse 2. U krijgt hem aangemeten bij de medisch speciaalzaak.\n\n"
        "Ga direct")
    assert passages["Vergoeding"].endswith("niet vergoed.\n\nKijk in uw polis of uw aanvullende verzekering iets vergoedt.")
    assert "Kijk in uw polis" not in passages["Contact"] and "klasse 2" not in passages["Contact"]
    assert "Een noot die nergens staat." in passages["Contact"]  # cited nowhere: it stays where it stood


def _table_rows(rows: list[tuple[str, ...]], top: float) -> list[Placed]:
    """Rows of a table, each cell drawn on its own as word processors draw them."""
    return [Placed(cell, 56 + column * 170, top - row * 16, 10)
            for row, cells in enumerate(rows) for column, cell in enumerate(cells)]


def test_a_header_row_repeated_on_the_next_page_is_read_once(tmp_path):
    header = ("Voedingsmiddel", "Purine", "Advies")
    rows = [("Orgaanvlees", "zeer hoog", "vermijden"), ("Mosselen", "hoog", "beperken"),
            ("Rood vlees", "hoog", "max. 100 g")]
    more = [("Eieren", "laag", "mag gewoon"), ("Kersen", "laag", "mag gewoon")]
    wide = ["Purines zitten in uw eigen lichaamscellen en in veel voedingsmiddelen die u elke dag eet.",
            "Met uw voeding kunt u de kans op een nieuwe aanval van jicht een beetje kleiner maken.",
            "In de tabel hieronder ziet u hoeveel purines er in de meest gebruikte voedingsmiddelen zitten."]
    page_1 = [Placed("Jicht", 56, 780, 16), *[Placed(line, 56, 750 - 15 * n, 11) for n, line in enumerate(wide)],
              *_table_rows([header, *rows], 690)]
    page_2 = [*_table_rows([header, *more], 780),
              *[Placed(line, 56, 700 - 15 * n, 11) for n, line in enumerate(reversed(wide))]]
    text = "\n".join(p.text for p in _passages(tmp_path, "jicht.pdf", make_pdf([page_1, page_2])))
    assert text.count("Voedingsmiddel | Purine | Advies") == 1, text
    assert "Rood vlees | hoog | max. 100 g\nEieren | laag | mag gewoon" in text


def test_a_row_that_repeats_a_data_row_on_the_next_page_is_kept(tmp_path):
    header = ("Week", "Ochtend", "Avond")
    rows = [("Week 1-2", "1 tablet", "geen"), ("Week 3-4", "1 tablet", "1 tablet"), ("Week 5-6", "2 tabletten", "1 tablet")]
    wide = ["Bouw de dosis langzaam op zoals hieronder staat beschreven, in overleg met uw arts.",
            "Neem de tabletten in met een glas water en op een vast tijdstip van de dag."]
    after = ["Krijgt u last van misselijkheid of duizeligheid, bel dan de polikliniek op werkdagen.",
             "Stop nooit zelf met de tabletten, ook niet als u zich beter voelt dan eerst."]
    page_1 = [*[Placed(line, 56, 760 - 15 * n, 11) for n, line in enumerate(wide)], *_table_rows([header, *rows], 700)]
    more = [("Week 3-4", "1 tablet", "1 tablet"), ("Week 7-8", "2 tabletten", "2 tabletten"), ("Week 9", "stop", "stop")]
    page_2 = [*_table_rows(more, 760), *[Placed(line, 56, 700 - 15 * n, 11) for n, line in enumerate(after)]]
    text = "\n".join(p.text for p in _passages(tmp_path, "schema.pdf", make_pdf([page_1, page_2])))
    assert text.count("Week 3-4 | 1 tablet | 1 tablet") == 2, text  # a row again, not the header


def test_star_items_in_the_texts_size_at_a_pages_foot_stay_in_place(tmp_path):
    page_1 = [Line("Vocht", size=16, bold=True), Line("Drink niet meer dan 1,5 liter per dag, inclusief soep*.", gap=6),
              Line("Tips om minder te drinken:", gap=8), Line("* drink uit een klein glas"),
              Line("* zuig op een ijsblokje")]
    page_2 = [Line("Weeg uzelf elke ochtend na het plassen.")]
    text = "\n".join(p.text for p in _passages(tmp_path, "vocht.pdf", make_pdf([page_1, page_2])))
    assert text.index("Tips om minder te drinken:") < text.index("drink uit een klein glas"), text


def test_sentences_two_spaces_apart_above_a_table_are_no_header_row(tmp_path):
    text = "Tips\n\nDrink niet te veel.  Weeg uzelf elke dag.  Schrijf het op.\nKoffie  ja  125 ml\nSoep  ja  150 ml\n"
    passage = _passages(tmp_path, "tips.txt", text)[0].text
    assert "Drink niet te veel. Weeg uzelf elke dag. Schrijf het op.\n" in passage and "Koffie | ja | 125 ml" in passage
