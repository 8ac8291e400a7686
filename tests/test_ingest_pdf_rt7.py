"""PDF findings of red-team 7, each on a generated PDF: a heading at the top of a page
after a page that ends mid-phrase, numbered steps that wrap without a hanging indent, and
a table whose cells wrap onto a line of their own."""

from __future__ import annotations

from pdf_factory import Line, Placed, make_pdf

from ingest.clean import clean
from ingest.pdf import load_pdf
from ingest.pipeline import ingest_file


def _passages(tmp_path, pages) -> dict[tuple[str, ...], str]:
    path = tmp_path / "folder.pdf"
    path.write_bytes(make_pdf(pages))
    return {p.headings: p.text for p in ingest_file(path).passages}


def _lines(pages) -> list[str]:
    return [" ".join(line.split()) for line in clean(load_pdf(make_pdf(pages), "folder.pdf")).text.split("\n")]


# ---------------------------------------------------------------- finding 4: heading at a page top

PAGE_1 = [Line("Coloscopie", 20, True),
          Line("Wat mag u eten?", 13.5, True, gap=12),
          Line("Drie dagen voor het onderzoek eet u vezelarm. Dat mag u eten:", gap=6),
          "• wit brood en beschuit",
          "• witte rijst en pasta"]
PAGE_2 = [Line("Het laxeermiddel innemen: stap voor stap", 13.5, True),
          Line("U krijgt het laxeermiddel mee van de apotheek. Volg deze stappen precies.", gap=6)]


def test_a_heading_at_the_top_of_a_page_after_an_unfinished_line_stays_a_heading(tmp_path):
    passages = _passages(tmp_path, [PAGE_1, PAGE_2])
    assert passages[("Het laxeermiddel innemen: stap voor stap",)] == \
        "U krijgt het laxeermiddel mee van de apotheek. Volg deze stappen precies."
    assert passages[("Wat mag u eten?",)].endswith("• witte rijst en pasta")


def test_a_sentence_going_on_over_a_page_break_is_still_one_paragraph(tmp_path):
    page_1 = [*PAGE_1[:2], Line("Drie dagen voor het onderzoek eet u vezelarm: wit brood, beschuit en", gap=6)]
    page_2 = ["witte rijst. Na het onderzoek mag u weer alles eten."]
    passages = _passages(tmp_path, [page_1, page_2])
    assert passages[("Wat mag u eten?",)] == ("Drie dagen voor het onderzoek eet u vezelarm: wit brood, "
                                             "beschuit en witte rijst. Na het onderzoek mag u weer alles eten.")


# ---------------------------------------------------------------- finding 5: wrapped steps

STEPS = [Line("U krijgt het laxeermiddel mee van de apotheek. Een verpakking bevat twee zakjes A en", gap=6),
         "twee zakjes B. Lees eerst de bijsluiter en leg alles klaar op het aanrecht. U hebt een",
         "maatbeker of een fles van 1 liter nodig, en een glas om uit te drinken.",
         Line("Volg deze stappen:", gap=6),
         Line("1. Op de dag voor het onderzoek om 18.00 uur lost u 1 zakje A en 1 zakje B op in 1", gap=4),
         "liter lauw water.",
         Line("2. Drink deze liter in 1 tot 2 uur op. Neem elk kwartier een glas. Gekoeld smaakt", gap=4),
         "het minder zout.",
         Line("3. Drink daarna nog een halve liter heldere vloeistof.", gap=4),
         Line("Na 1 tot 3 uur krijgt u waterdunne diarree. Blijf daarom in de buurt van een toilet. Een", gap=8),
         "vette zalf, zoals zinkzalf of vaseline, helpt tegen een pijnlijke anus. Moet u overgeven of",
         "lukt het drinken niet? Neem dan een half uur pauze en drink daarna langzamer verder. Bel",
         "de afdeling als het drinken ook dan niet lukt."]


def test_numbered_steps_wrapped_without_a_hanging_indent_are_whole_steps():
    lines = [line for line in _lines([[Line("Moviprep innemen", 16, True), *STEPS]]) if line]
    assert lines[3:] == [
        "1. Op de dag voor het onderzoek om 18.00 uur lost u 1 zakje A en 1 zakje B op in 1 liter lauw water.",
        "2. Drink deze liter in 1 tot 2 uur op. Neem elk kwartier een glas. Gekoeld smaakt het minder zout.",
        "3. Drink daarna nog een halve liter heldere vloeistof.",
        " ".join(line if isinstance(line, str) else line.text for line in STEPS[-4:])]


# ---------------------------------------------------------------- finding 5: table continuation rows

ROWS = [("Dag", "Wat mag u eten", "Wat mag u niet eten"),
        ("3 dagen ervoor", "wit brood, beschuit, witte rijst", "bruin brood, noten, pitten"),
        ("1 dag ervoor", "ontbijt en lunch vezelarm, daarna", "na 13.00 uur niets meer eten"),
        ("", "alleen heldere dranken", ""),
        ("Dag onderzoek", "niets eten; helder drinken tot", "geen melk, geen koffie met melk"),
        ("", "2 uur voor het onderzoek", "")]
INTRO = ["Drie dagen voor het onderzoek begint u met een vezelarm dieet. Vezels blijven in de darm",
         "achter en maken het zicht voor de arts slechter. In de tabel hieronder leest u wat u op",
         "elke dag mag eten en wat niet. Houd u er goed aan, anders moet het onderzoek soms over."]


def _table(rows=ROWS) -> list[Placed]:
    cells = [Placed(text, x, 600 - 14 * number, 10, number == 0)
             for number, row in enumerate(rows) for text, x in zip(row, (56, 180, 370)) if text]
    intro = [Placed(text, 56, 690 - 14 * number, 11) for number, text in enumerate(INTRO)]
    return [Placed("Uw dieet", 56, 720, 16, True), *intro, *cells]


def test_a_cells_wrapped_line_goes_on_in_the_column_it_stands_in():
    lines = _lines([_table()])
    assert "1 dag ervoor | ontbijt en lunch vezelarm, daarna alleen heldere dranken | " \
           "na 13.00 uur niets meer eten" in lines
    assert "Dag onderzoek | niets eten; helder drinken tot 2 uur voor het onderzoek | " \
           "geen melk, geen koffie met melk" in lines
    assert "2 uur voor het onderzoek" not in lines


def test_text_after_a_table_at_the_margin_is_not_a_cell():
    after = Placed("Na het onderzoek mag u weer alles eten.", 56, 600 - 14 * 6 - 20, 11)
    lines = _lines([[*_table(), after]])
    assert "Na het onderzoek mag u weer alles eten." in lines
