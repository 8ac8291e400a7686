"""Belgian leaflets (red team 63): Flemish hospitals' names and French dates.

- "AZ Sint-Jan Brugge", "UZ Brussel", "AZ Groeninge Kortrijk, Hartfalenkliniek" named no publisher,
  or the department after them did: a name that opens with a hospital's initials (algemeen,
  universitair ziekenhuis) is an organisation's, and so is one with Belgium's "vzw";
- a page whose site name trafilatura took from its address cited "uzgent.be": the organisation
  its `<title>` names comes first;
- "Mis à jour le 12 février 2026" dated nothing: French (and German) months and the words
  before a day ("le", "am", "1er", "3.") are read;
- "Praktijk De Vesten", underlined as the text's every heading, ran into the passage above:
  a name over contact details heads its lines when the text underlines it;
- "GORDELROOS (ZONA)": a title in capitals is cited in the case its text writes its words in,
  unless a short rare word in it might be an abbreviation.
"""

from pathlib import Path

import pytest

from ingest.dates import find_updated
from ingest.pipeline import ingest_leaflets
from ingest.structure import organisation_in

from tests.ingest_helpers import ingested_text

RT63 = Path(__file__).parent / "data" / "redteam63_leaflets"


@pytest.mark.parametrize(("line", "name"), [
    ("AZ Sint-Jan Brugge", "AZ Sint-Jan Brugge"),
    ("UZ Brussel, service de Gastro-entérologie et Hépatologie", "UZ Brussel"),
    ("AZ Groeninge Kortrijk, Hartfalenkliniek", "AZ Groeninge Kortrijk"),
    ("AZ Sint-Jan Brugge, dienst Orthopedie en dienst Fysische Geneeskunde en Revalidatie", "AZ Sint-Jan Brugge"),
    ("Stedelijk Ziekenhuis Aalst vzw", "Stedelijk Ziekenhuis Aalst vzw"),
    ("Dr. Diaz", ""),  # a name that ends in "az" is no hospital's
    ("Az en uz", ""),
])
def test_flemish_hospital_names(line, name):
    assert organisation_in(line) == name


@pytest.mark.parametrize(("text", "updated"), [
    ("Mis à jour le 12 février 2026", "2026-02-12"),
    ("Dernière mise à jour : 1er mars 2026", "2026-03-01"),
    ("Dernière mise à jour : décembre 2025", "2025-12"),
    ("Zuletzt aktualisiert am 3. März 2026", "2026-03-03"),
    ("Mis à jour le 4 mai 2025", "2025-05-04"),
    ("Aktualisiert am 1. Mai 2025", "2025-05-01"),
    ("Laatst bijgewerkt op 3 maart 2026", "2026-03-03"),
    ("Op 12 februari 2026 heeft u een afspraak.", ""),
])
def test_french_and_german_dates(text, updated):
    assert find_updated(text) == updated


def test_a_french_leaflets_cover(tmp_path):
    item = ingested_text(tmp_path, name="coloscopie-fr.md", text=(
        "# Préparation à une coloscopie\n\nUZ Brussel, service de Gastro-entérologie\n\n"
        "Mis à jour le 12 février 2026\n\n## Qu'est-ce qu'une coloscopie ?\n\n"
        "Le médecin examine l'intérieur de votre gros intestin avec un tube fin et souple.\n\n"
        "## Le régime\n\nMangez peu de fibres pendant les trois jours avant l'examen.\n"))
    assert (item.leaflet.publisher, item.leaflet.updated) == ("UZ Brussel", "2026-02-12")
    assert not any("Mis à jour" in passage.text for passage in item.passages)


_PAGE = """<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">
<title>Koortsstuipen bij kinderen | UZ Gent</title>
<link rel="canonical" href="https://www.uzgent.be/patient/koortsstuipen"></head>
<body><main><h1>Koortsstuipen bij kinderen</h1>
<h2>Wat is een koortsstuip?</h2><p>Bij kinderen tussen 6 maanden en 5 jaar kan koorts een stuip uitlokken.
Een gewone koortsstuip veroorzaakt geen hersenschade en is geen epilepsie.</p>
<h2>Wat doet u tijdens een stuip?</h2><p>Leg uw kind op de zij op een veilige plaats en blijf erbij.
Stop niets in de mond van uw kind en hou het niet vast.</p></main></body></html>
"""


def test_a_page_cites_its_titles_organisation_not_its_host(tmp_path):
    item = ingested_text(tmp_path, name="koortsstuip.html", text=_PAGE)
    assert item.leaflet.publisher == "UZ Gent"


def test_red_team_63s_leaflets_name_their_senders_and_dates():
    read = {path.name: ingest_leaflets(path)[0].leaflet for path in sorted(RT63.iterdir())
            if path.suffix != ".docx"}
    assert {name: (leaflet.publisher, leaflet.updated) for name, leaflet in read.items()} == {
        "coloscopie-preparation-fr.md": ("UZ Brussel", "2026-02-12"),
        "coloscopie-voorbereiding.html": ("UZ Brussel", "2026-02-12"),
        "gordelroos.txt": ("Huisartsenpraktijk De Vesten", "2026-01-05"),
        "hartfalen-vochtbeperking.pdf": ("AZ Groeninge Kortrijk", "2026-03-03"),
        "knieprothese-revalidatie.pdf": ("AZ Sint-Jan Brugge", "2026-01"),
        "koortsstuip-kind.html": ("UZ Gent", "2025-10"),
    }


def test_a_pdf_tables_row_with_an_empty_second_cell_stays_in_its_column():
    """reportlab leaves an empty cell out of the page: "yoghurt, pudding en pap", a drink that
    counts, ran into the row above, under "Telt niet mee" (redteam63_questions.md, 2.2)."""
    [item] = ingest_leaflets(RT63 / "hartfalen-vochtbeperking.pdf")
    text = "\n".join(passage.text for passage in item.passages)
    assert ("soep en bouillon | gewone stukken fruit, behalve watermeloen\nyoghurt, pudding en pap |\n"
            "roomijs en ijsblokjes |\nhet water waarmee u uw pillen inneemt |\n\nTip:") in text


def test_a_row_whose_last_cell_is_empty_is_a_row():
    from ingest.clean.lines import is_table_row

    assert is_table_row("yoghurt, pudding en pap |")
    assert is_table_row("Autorijden | na 1 week")
    assert not is_table_row("|") and not is_table_row("Bel ons.")


def test_a_name_the_text_underlines_as_its_headings_heads_its_contact_lines():
    """"Praktijk De Vesten" over "-----", as every heading of the text is, over the practice's
    phone line: a name over contact details heads no section where it stands bare, but the
    underline is the writer's own mark (redteam63_questions.md, 2.5)."""
    [item] = ingest_leaflets(RT63 / "gordelroos.txt")
    contact = [passage for passage in item.passages if passage.headings == ("Praktijk De Vesten",)]
    assert len(contact) == 1 and contact[0].text.startswith("Afspraken via 016 22 41 87")
    assert not any("Praktijk De Vesten" in passage.text for passage in item.passages)


def test_a_bare_name_over_contact_details_heads_nothing(tmp_path):
    path = tmp_path / "griep.txt"
    path.write_text("Griep\n\nWat is griep?\nGriep is een infectie met het griepvirus. U krijgt koorts en "
                    "spierpijn.\n\nPraktijk De Vesten\nAfspraken via 016 22 41 87, op weekdagen van 8 tot "
                    "18 uur.\n", encoding="utf-8")
    [item] = ingest_leaflets(path)
    assert [passage.headings for passage in item.passages] == [("Wat is griep?",)]


def test_a_title_in_capitals_is_cited_in_the_case_its_text_writes_it():
    """"GORDELROOS (ZONA)": "gordelroos" as the text writes it; "zona", a short word that the
    text never writes and that is no common word, might be an abbreviation, so the title that
    holds it stays as the writer set it."""
    from ingest.title_frame import unshouted

    text = "Gordelroos is een pijnlijke uitslag. Bij COPD en bij HIV is uw afweer zwakker."
    assert unshouted("GORDELROOS BIJ COPD", text, unsure_as_is=True) == "Gordelroos bij COPD"
    assert unshouted("GORDELROOS (ZONA)", text, unsure_as_is=True) == "GORDELROOS (ZONA)"
    assert unshouted("GORDELROOS (ZONA)", text) == "Gordelroos (ZONA)"
    assert unshouted("الحزام الناري", text, unsure_as_is=True) == "الحزام الناري"
