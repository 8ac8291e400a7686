"""Red team 56's pdf-text-reader (pdf.js) text of a PDF leaflet: each list bullet stands alone on
the line after its item's first line, a table's rows are set one space apart (the first cell a
number), and headings stand with no blank line under them, one over a list of questions each
over a one-line answer. The items read whole with their own bullets, the table keeps its last
row, and the headings head their sections. Ordinary text that looks alike stays as it was: a
list whose lone bullets stand before their items (an empty item's bullet too), a paragraph
that is a question, a short line over a question at a section's end."""

from __future__ import annotations

from pathlib import Path

from ingest.clean.lines import Line
from ingest.clean.trailing_bullets import attach_trailing_bullets
from ingest.pipeline import ingest_file

LEAFLET = Path(__file__).parent / "data" / "redteam56_leaflets" / "incontinentie-na-prostaatoperatie.txt"


def _passages(path: Path) -> list[tuple[tuple[str, ...], str]]:
    return [(p.headings, p.text) for p in ingest_file(path).passages]


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "folder.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_trailing_bullets_mark_the_items_above_them():
    text = "\n".join(body for _, body in _passages(LEAFLET))
    assert ("oefenen.\n\n• Span de bekkenbodem aan alsof u een plas ophoudt en trek de balzak iets omhoog.\n"
            "• Houd de spanning 5 seconden vast en ontspan daarna 10 seconden.\n") in text
    assert "• Span de spieren bewust aan vlak voordat u hoest, niest of opstaat.\n" in text
    assert ("• Drink gewoon 1,5 tot 2 liter per dag; minder drinken maakt de urine geconcentreerd en prikkelt "
            "de blaas.\n• Beperk koffie, thee met cafeïne en alcohol, die de blaas extra laten werken.\n"
            "• Voorkom verstopping, want persen belast de bekkenbodem.\n"
            "• Gebruik speciaal incontinentiemateriaal voor mannen; uw zorgverzekeraar vergoedt dit met "
            "een recept.") in text
    assert "• de blaas." not in text and "• een recept." not in text


def test_a_tables_rows_that_open_with_a_number_stay_rows():
    passages = dict(_passages(LEAFLET))
    assert ("Hoe lang duurt het?",) in passages
    assert (
        "minder.\n\nTijd na de operatie Droog (ongeveer)\n3 maanden 6 van de 10 mannen\n6 maanden 8 van de 10 mannen\n"
        "12 maanden 9 van de 10 mannen\n\nOudere mannen") in passages[("Hoe lang duurt het?",)]
    assert not any("12 maanden 9 van de 10 mannen" in heading for heading in passages)


def test_headings_without_a_blank_line_under_them_head_their_sections():
    headings = [heading for heading, _ in _passages(LEAFLET)]
    assert headings == [
        ("Waarom verliest u urine?",), ("Hoe lang duurt het?",), ("Bekkenbodemtraining",), ("Tips voor thuis",),
        ("Wat als het niet beter wordt?",), ("Seksualiteit",),
        ("Veelgestelde vragen", "Mag ik fietsen na de operatie?"),
        ("Veelgestelde vragen", "Helpt minder drinken tegen het lekken?"), ("Contact",)]
    passages = dict(_passages(LEAFLET))
    assert passages[("Veelgestelde vragen", "Helpt minder drinken tegen het lekken?")] == \
        "Nee, minder drinken maakt het urineverlies vaak juist erger."


BULLETS_BEFORE = """Wondzorg na de ingreep

Houd de wond de eerste twee dagen droog en schoon. Daarna mag u weer kort douchen, maar
neem geen bad en ga niet zwemmen tot de hechtingen eruit zijn. Let elke dag op de wond.
Neem contact op met de polikliniek als u een van deze klachten krijgt na de behandeling
•
koorts boven 38,5 graden, koude rillingen of een algemeen ziek gevoel dat steeds erger wordt
•
pus uit de wond
•
een rode, warme en dikke huid rond de wond.

Wat mag u weer?
U mag na een week weer fietsen. Zwaar tillen kan na zes weken.
"""


def test_bullets_before_their_items_stay_with_the_items_under_them(tmp_path):
    text = "\n".join(body for _, body in _passages(_write(tmp_path, BULLETS_BEFORE)))
    assert ("Neem contact op met de polikliniek als u een van deze klachten krijgt na de behandeling\n\n"
            "• koorts boven 38,5 graden, koude rillingen of een algemeen ziek gevoel dat steeds erger wordt\n"
            "• pus uit de wond\n• een rode, warme en dikke huid rond de wond.") in text


EMPTY_ITEM = """Hoofdpijn bij kinderen

Hoofdpijn komt bij kinderen vaak voor. Meestal is er geen ernstige oorzaak en gaat het vanzelf over.

Wanneer belt u de huisarts?
Bel de huisarts als uw kind deze klachten heeft:
• hoge koorts en een stijve nek;
•
• veel braken.
Heeft u twijfels? Bel dan ook.

Wat kunt u zelf doen?
Laat uw kind rusten in een rustige, donkere kamer en geef genoeg te drinken.
"""


def test_an_empty_items_lone_bullet_stays_as_it_was(tmp_path):
    passages = dict(_passages(_write(tmp_path, EMPTY_ITEM)))
    assert passages[("Wanneer belt u de huisarts?",)] == (
        "Bel de huisarts als uw kind deze klachten heeft:\n\n• hoge koorts en een stijve nek;\n"
        "• veel braken.\n\nHeeft u twijfels? Bel dan ook.")


QUESTION_PARAGRAPHS = """Slapen na de bevalling

In de eerste weken na de bevalling slaapt u vaak kort en onrustig. Dat is normaal en gaat
meestal vanzelf over als uw baby langer achter elkaar gaat slapen.
Waarom is dat zo?
Uw baby heeft 's nachts nog voeding nodig.

Bel dan direct de verloskundige
Wat neemt u mee naar het spreekuur?
Neem uw zwangerschapskaart en een lijst van uw medicijnen mee.
"""


def test_a_question_paragraph_and_a_sections_last_line_stay_as_they_were(tmp_path):
    passages = _passages(_write(tmp_path, QUESTION_PARAGRAPHS))
    headings = [heading for heading, _ in passages]
    assert headings == [(), ("Waarom is dat zo?",), ("Wat neemt u mee naar het spreekuur?",)]
    assert passages[1][1] == "Uw baby heeft 's nachts nog voeding nodig.\n\nBel dan direct de verloskundige"


IF_QUESTIONS = """Pijn na de ingreep

Na de ingreep kunt u een paar dagen pijn hebben op de plek van de wond. Dat is normaal.
Heeft u pijn?
Neem paracetamol, tot vier keer per dag.
Lukt het niet?
Bel ons.
Is de pijn erg?
Neem dan contact op met de huisartsenpost, ook 's avonds en in het weekend als dat nodig is.
Wordt het erger?
Bel 112.
"""


def test_questions_in_running_text_stay_in_their_paragraph(tmp_path):
    passages = _passages(_write(tmp_path, IF_QUESTIONS))
    assert passages == [((), "Na de ingreep kunt u een paar dagen pijn hebben op de plek van de wond. Dat is normaal. "
                             "Heeft u pijn? Neem paracetamol, tot vier keer per dag. Lukt het niet? Bel ons. Is de "
                             "pijn erg? Neem dan contact op met de huisartsenpost, ook 's avonds en in het weekend als "
                             "dat nodig is. Wordt het erger? Bel 112.")]


DOSE_ROWS = """Medicijnen bij pijn

Neem de pijnstillers zoals de apotheek het op het etiket heeft gezet.
Schema Paracetamol
2 tabletten van 500 mg om 8 uur
2 tabletten van 500 mg om 14 uur
2 tabletten van 500 mg om 20 uur

Bel ons als de pijn niet minder wordt.
"""

WEEK_HEADINGS = """Herstel na de operatie

In de eerste weken bouwt u uw activiteiten rustig op.

Week 1 thuis
U rust veel en loopt kleine stukjes in huis.

Week 2 thuis
U mag korte wandelingen maken buiten.

Week 3 thuis
U mag weer fietsen en licht huishoudelijk werk doen.
"""


def test_the_last_of_rows_of_one_shape_heads_nothing(tmp_path):
    passages = _passages(_write(tmp_path, DOSE_ROWS))
    assert [heading for heading, _ in passages] == [()]
    assert "2 tabletten van 500 mg om 20 uur\n\nBel ons als de pijn niet minder wordt." in passages[0][1]


def test_headings_of_one_shape_with_text_between_stay_headings(tmp_path):
    headings = [heading for heading, _ in _passages(_write(tmp_path, WEEK_HEADINGS))]
    assert headings == [(), ("Week 1 thuis",), ("Week 2 thuis",), ("Week 3 thuis",)]


def _lines(texts: list[str]) -> list[Line]:
    out, at = [], 0
    for text in texts:
        out.append(Line(text, at, after_blank=not out or not out[-1].text))
        at += len(text) + 1
    return out


def test_attach_trailing_bullets_leaves_a_list_without_a_wrap_across_its_bullets():
    lines = _lines(["Doe deze oefeningen elke dag, liggend en zittend, drie keer achter elkaar zonder pauze.",
                    "•", "Span de spieren aan.", "•", "Ontspan daarna rustig."])
    assert attach_trailing_bullets(lines) == lines
