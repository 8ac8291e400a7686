"""Plain-text leaflets as editors write them: dates stated among other dates, question
headings with no blank line under them, titles with a colon."""

from __future__ import annotations

import pytest

from ingest.clean import clean
from ingest.dates import find_updated, is_date_line
from ingest.pipeline import ingest_file
from ingest.source import SourceText
from ingest.structure import find_outline


def outline_of(text: str):
    return find_outline(clean(SourceText(text, "plain")))


# ---------------------------------------------------------------- dates


@pytest.mark.parametrize(("text", "iso"), [
    ("Sinds het protocol is herzien in maart 2019, krijgt u een katheter mee.\n\n"
     "Laatst bijgewerkt: 10-06-2024", "2024-06-10"),
    ("Deze regels zijn gewijzigd op 1 mei 2020.\n\nLast reviewed: March 2024", "2024-03"),
    ("De richtlijn is bijgewerkt op 3 mei 2021.\n\nHerzien: 12 februari 2023", "2023-02-12"),
    ("De richtlijn is bijgewerkt op 3 mei 2021. Deze folder is herzien in maart 2024.", "2024-03"),
    ("Het protocol is herzien in maart 2019.\n\nVersie 2.1 – 12-2023", "2023-12"),
])
def test_an_explicit_statement_wins_over_a_date_in_passing(text, iso):
    assert find_updated(text) == iso


def test_a_date_in_passing_still_counts_when_nothing_else_dates_the_leaflet():
    text = "Sinds het protocol is herzien in maart 2019, krijgt u een katheter mee."
    assert find_updated(text) == "2019-03"


def test_the_first_of_several_explicit_statements_wins():
    assert find_updated("Laatst gewijzigd: 2 mei 2024\n\nLaatst bijgewerkt: 10-06-2023") == "2024-05-02"


@pytest.mark.parametrize(("text", "iso"), [
    ("Tekst.\n\nDatum: 12-2023", "2023-12"),
    ("Tekst.\n\nVersiedatum: 01-02-2024", "2024-02-01"),
    ("Tekst.\n\nNijmegen, maart 2024", "2024-03"),
    ("Tekst.\n\nBergen op Zoom, 3 mei 2023", "2023-05-03"),
])
def test_labelled_dates_and_datelines(text, iso):
    assert find_updated(text) == iso
    assert is_date_line(text.split("\n")[-1])


@pytest.mark.parametrize("text", [
    "Maandag, 3 maart 2024",  # a weekday, not a place
    "Open dag, 3 maart 2024",  # words of a sentence
    "U krijgt de nieuwe versie maart 2024 van uw pas.",  # a label only opens a line
    "Uw afspraak is op datum: 12-03-2024 bij de balie.",
    "Versie 3",
])
def test_no_date_without_a_statement(text):
    assert find_updated(text) == ""


def test_next_review_is_metadata_but_not_the_date():
    assert is_date_line("Next review due: March 2027")
    assert find_updated("Next review due: March 2027") == ""


# ---------------------------------------------------------------- question headings


GLUED = """Blaaskatheter thuis

Wat is een blaaskatheter?
Een blaaskatheter is een dun slangetje in de blaas. De urine loopt in een opvangzak.

Waarom heeft u een katheter?
Na een prostaatoperatie krijgt u een katheter mee naar huis.
"""


def test_a_question_line_directly_over_its_text_is_a_heading():
    outline = outline_of(GLUED)
    assert [h.text for h in outline.headings] == [
        "Blaaskatheter thuis", "Wat is een blaaskatheter?", "Waarom heeft u een katheter?"]
    assert [s.headings for s in outline.sections] == [
        ("Wat is een blaaskatheter?",), ("Waarom heeft u een katheter?",)]
    assert outline.sections[0].blocks[0].text.startswith("Een blaaskatheter is")


def test_the_split_body_keeps_its_span():
    cleaned = clean(SourceText(GLUED, "plain"))
    body = find_outline(cleaned).sections[1].blocks[0]
    assert cleaned.text[body.start:body.end] == body.text == \
        "Na een prostaatoperatie krijgt u een katheter mee naar huis."


def test_a_hard_wrapped_paragraph_that_breaks_at_a_question_stays_whole():
    wrapped = "\n".join([
        "Nierstenen",
        "",
        "Nierstenen ontstaan in de nier uit stoffen in de urine, zoals calcium en urinezuur.",
        "Een steen die vastloopt geeft hevige pijn in de flank en soms bloed in de urine.",
        "",
        "Hoe vaak komt een niersteen terug na de eerste niersteenaanval?",
        "Bij ongeveer de helft komt binnen tien jaar een nieuwe steen. Drink daarom ruim,",
        "minstens twee liter per dag, verdeeld over de hele dag en de avond.",
    ])
    outline = outline_of(wrapped)
    assert [h.text for h in outline.headings] == ["Nierstenen"]


def test_a_short_first_line_of_a_paragraph_is_not_a_heading():
    text = "Titel\n\nDe katheter\nwordt ingebracht door de verpleegkundige. U merkt er weinig van.\n"
    outline = outline_of(text)
    assert [h.text for h in outline.headings] == ["Titel"]


def test_a_question_inside_a_paragraph_is_no_heading():
    outline = outline_of("Titel\n\nHeeft u vragen? Bel dan de polikliniek.\nWij zijn er op werkdagen.\n")
    assert [h.text for h in outline.headings] == ["Titel"]


# ---------------------------------------------------------------- titles


@pytest.mark.parametrize("title", [
    "Coloscopie: voorbereiding en onderzoek",
    "Knee replacement surgery: information for patients",
])
def test_a_title_with_a_colon_is_the_title(title):
    outline = outline_of(f"{title}\n\nVoorbereiding\n\nOp de dag van het onderzoek mag u niet eten.\n")
    assert outline.title == title
    assert [s.headings for s in outline.sections] == [("Voorbereiding",)]


@pytest.mark.parametrize("label", ["Afdeling: Urologie", "Website: nvle.org", "Telefoon: 020 123 4567"])
def test_a_label_is_not_a_title(label):
    text = f"{label}\n\nVoorbereiding\n\nOp de dag van het onderzoek mag u niet eten.\n"
    assert outline_of(text).title == ""


def test_a_text_leaflet_end_to_end(tmp_path):
    path = tmp_path / "coloscopie.txt"
    path.write_text("Coloscopie: voorbereiding en onderzoek\n\n" + GLUED.split("\n", 2)[2]
                    + "\nSinds de richtlijn is herzien in maart 2019, gaat u eerder naar huis.\n"
                    + "\nLaatst bijgewerkt: 10-06-2024\n", encoding="utf-8")
    item = ingest_file(path)
    assert item.leaflet.title == "Coloscopie: voorbereiding en onderzoek"
    assert item.leaflet.updated == "2024-06-10"
    assert [p.headings for p in item.passages][0] == ("Wat is een blaaskatheter?",)
    assert all("Coloscopie:" not in p.text and "Laatst bijgewerkt" not in p.text for p in item.passages)


def test_a_medicine_leaflets_generic_label_gives_way_to_the_medicine_as_title(tmp_path):
    from ingest.pipeline import ingest_file

    path = tmp_path / "metformine.md"
    path.write_text("# Bijsluiter: informatie voor de gebruiker\n\n"
                    "## Metformine 500 mg, filmomhulde tabletten\n\n"
                    "Lees goed de hele bijsluiter voordat u dit medicijn gaat gebruiken.\n\n"
                    "## 1. Wat is Metformine?\n\nMetformine verlaagt de bloedsuiker bij diabetes.\n",
                    encoding="utf-8")
    item = ingest_file(path)
    assert item.leaflet.title == "Metformine 500 mg, filmomhulde tabletten"
    assert [p.headings for p in item.passages] == [(), ("1. Wat is Metformine?",)]  # not repeated
    plain = tmp_path / "nefrex.txt"
    plain.write_text("Package leaflet: Information for the user\n\nNefrex 10 mg tablets\n\n"
                     "Read all of this leaflet carefully before you start taking this medicine.\n",
                     encoding="utf-8")
    item = ingest_file(plain)
    assert item.leaflet.title == "Nefrex 10 mg tablets"
    assert all("Nefrex 10 mg tablets" not in p.text for p in item.passages)  # not a passage either


def test_a_specific_title_that_mentions_the_leaflet_stays(tmp_path):
    from ingest.pipeline import ingest_file

    path = tmp_path / "folder.md"
    path.write_text("# Bijsluiter bij uw infuus met ijzer\n\n## Wat is een infuus?\n\n"
                    "Een infuus geeft vloeistof via een ader.\n", encoding="utf-8")
    assert ingest_file(path).leaflet.title == "Bijsluiter bij uw infuus met ijzer"


def test_a_bold_line_alone_heads_a_markdown_subsection(tmp_path):
    from ingest.pipeline import ingest_file

    path = tmp_path / "bijsluiter.md"
    path.write_text("# Nefrex\n\n## 2. Wanneer moet u extra voorzichtig zijn?\n\n"
                    "Lees dit goed.\n\n**Risico op melkzuur in het bloed**\n\n"
                    "Nefrex kan zelden melkzuur in het bloed geven.\n\n"
                    "**Neem nooit meer dan vier tabletten per dag.**\n\n"
                    "Dat is de hoogste dosis. **Let op** bij nierziekte.\n", encoding="utf-8")
    paths = {p.headings: p.text for p in ingest_file(path).passages}
    under = ("2. Wanneer moet u extra voorzichtig zijn?", "Risico op melkzuur in het bloed")
    assert under in paths and paths[under].startswith("Nefrex kan zelden")
    assert "Neem nooit meer dan vier tabletten per dag." in paths[under]  # a bold sentence is text
    assert "Let op bij nierziekte" in paths[under]  # and so is bold inside a line


def test_a_bold_line_in_markdown_without_hash_headings_leaves_the_outline_to_line_shapes(tmp_path):
    from ingest.pipeline import ingest_file

    path = tmp_path / "coloscopie.md"
    path.write_text("Coloscopie\n\nEen coloscopie is een onderzoek van de dikke darm.\n\n"
                    "**Voorbereiding**\n\nDrink de avond ervoor het laxeermiddel.\n\n"
                    "Na het onderzoek\n\nU mag weer normaal eten en drinken.\n", encoding="utf-8")
    item = ingest_file(path)
    assert item.leaflet.title == "Coloscopie"
    assert {p.headings for p in item.passages} >= {("Voorbereiding",), ("Na het onderzoek",)}
