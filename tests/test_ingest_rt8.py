"""Findings of red team 8 on dates and plain-text headings, each on a small inline leaflet:
a date in a running footer beside its page number, a year-month version ("Versie 2023-09"),
headings in capitals over sub-headings, over a table, and trailing off over a list."""

from __future__ import annotations

import pytest

from ingest.dates import find_updated
from ingest.pipeline import ingest_file


@pytest.mark.parametrize(("text", "iso"), [
    ("Rijnland Hartcentrum Een pacemaker krijgen\nCAR-045 · september 2024 Pagina 1 van 4", "2024-09"),
    ("Versie 2023-09 | Reumacentrum Oost-Nederland | REU-031", "2023-09"),
    ("TD-012 | 2025-01 | pagina 2", "2025-01"),
])
def test_a_footer_or_version_line_dates_the_leaflet(text, iso):
    assert find_updated(text) == iso


@pytest.mark.parametrize("text", [
    "Tussen 2020-2024 zagen wij veel patiënten.",  # years, not a year and a month
    "Versie 2023-13",  # no month 13
    "CAR-045 · september 2024 staat de afspraak gepland.",  # a sentence goes on after the date
])
def test_these_lines_date_no_leaflet(text):
    assert find_updated(text) == ""


HERNIA = """LIESBREUKOPERATIE

U heeft binnenkort een operatie aan een liesbreuk. In deze folder kunt u alles nog eens
rustig nalezen.


VOOR DE OPERATIE

Vanaf middernacht mag u niet meer eten. Heldere dranken mag u tot 2 uur voor de opname
drinken.


NA DE OPERATIE

Pijn
Het is normaal dat de lies de eerste dagen pijnlijk is. U mag paracetamol gebruiken.

De wond
De wond is gehecht met oplosbare hechtingen. U mag na 24 uur douchen.


WANNEER MAG IK WEER ...?

Activiteit                     Na een kijkoperatie    Na een open operatie
Autorijden                     na 1 week              na 2 weken
Fietsen                        na 1 week              na 2 weken


NEEM CONTACT OP ALS U ...

- koorts krijgt boven de 38,5 graden;
- steeds meer pijn krijgt in plaats van minder.


CONTROLE

Na ongeveer 6 weken belt de physician assistant u voor een telefonische controle.
"""


@pytest.fixture
def hernia(tmp_path) -> dict[tuple[str, ...], str]:
    path = tmp_path / "liesbreuk.txt"
    path.write_text(HERNIA, encoding="utf-8")
    return {p.headings: p.text for p in ingest_file(path).passages}


def test_a_heading_in_capitals_opens_the_sub_headings_under_it(hernia):
    assert hernia[("NA DE OPERATIE", "Pijn")].startswith("Het is normaal")
    assert hernia[("NA DE OPERATIE", "De wond")].endswith("U mag na 24 uur douchen.")
    assert hernia[("VOOR DE OPERATIE",)].endswith("voor de opname drinken.")  # not "NA DE OPERATIE"
    assert hernia[("CONTROLE",)].startswith("Na ongeveer 6 weken")  # the next section is no sub-heading


def test_a_heading_over_a_table_and_one_trailing_off_over_a_list_are_headings(hernia):
    assert hernia[("WANNEER MAG IK WEER ...?",)].startswith("Activiteit | Na een kijkoperatie")
    assert hernia[("NEEM CONTACT OP ALS U ...",)].startswith("• koorts krijgt")


def test_a_sentence_trailing_off_in_running_text_is_no_heading(tmp_path):
    path = tmp_path / "folder.txt"
    path.write_text("Jicht\n\nWat is jicht?\n\nJicht is een ontsteking van een gewricht. "
                    "Soms denkt u ...\n\nDat is heel normaal.\n", encoding="utf-8")
    assert [p.headings for p in ingest_file(path).passages] == [("Wat is jicht?",)]


def test_a_line_trailing_off_over_a_list_that_the_text_goes_on_from_is_no_heading(tmp_path):
    path = tmp_path / "wond.txt"
    path.write_text("Wondzorg\n\nWondverzorging\n\nHoud de wond de eerste 2 dagen droog.\n\n"
                    "Bel de huisarts als u ...\n\n- koorts krijgt;\n- een rode wond heeft.\n\n"
                    "Douchen mag weer na 2 dagen.\n\nPijn\n\nNeem paracetamol volgens het schema.\n",
                    encoding="utf-8")
    passages = {p.headings: p.text for p in ingest_file(path).passages}
    assert set(passages) == {("Wondverzorging",), ("Pijn",)}
    assert passages[("Wondverzorging",)].endswith("Douchen mag weer na 2 dagen.")


def test_one_heading_in_capitals_or_an_abbreviation_nests_nothing(tmp_path):
    body = " Vraag het de verpleegkundige als u twijfelt of als iets anders gaat dan u verwacht." * 4
    path = tmp_path / "heup.txt"
    path.write_text(f"Heupoperatie\n\nNA DE OPERATIE\n\nPijn\n\nHet is normaal dat de heup pijnlijk is.{body}"
                    f"\n\nDe wond\n\nDe wond is gehecht. U mag na 24 uur douchen.{body}\n\n"
                    f"Contact\n\nBel de polikliniek Orthopedie op werkdagen.{body}\n", encoding="utf-8")
    headings = [p.headings for p in ingest_file(path).passages]
    assert ("Contact",) in headings and ("NA DE OPERATIE", "Contact") not in headings
    path = tmp_path / "copd.txt"
    path.write_text(f"Longaanval\n\nCOPD\n\nBij COPD zijn de longen blijvend beschadigd.{body}\n\n"
                    f"Behandeling\n\nU krijgt medicijnen om te inhaleren.{body}\n", encoding="utf-8")
    assert ("Behandeling",) in [p.headings for p in ingest_file(path).passages]
