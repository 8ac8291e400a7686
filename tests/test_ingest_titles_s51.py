"""Titles of ordinary leaflets (review s51): a postal contact block over the title of plain
text (a doctor's name and role, a street, a postcode and town, a phone number) is no title, and
an HTML `<title>`'s label of the document's kind ("Folder:") and the department and hospital
halves after the subject are no part of it."""

from __future__ import annotations

from ingest.html.title_page import without_title_label
from leaflet_files import ingest_file_as

_BODY = """U gebruikt bloedverdunners en u krijgt binnenkort een ingreep of operatie. Bloedverdunners \
verkleinen de kans op een trombose, maar ze vergroten de kans op een bloeding. In deze folder leest u wat u moet doen.

Welke bloedverdunners zijn er?

Er zijn verschillende soorten. Acenocoumarol en fenprocoumon worden gecontroleerd door de trombosedienst.

Vragen

Bel bij vragen de polikliniek Interne Geneeskunde. Buiten kantoortijd belt u de Spoedeisende Hulp.
"""

_CONTACT_BLOCK = """Dr. A. de Vries, internist
Ziekenhuislaan 1
1234 AB Stad
Telefoon 012 345 67 89

Bloedverdunners en een ingreep

""" + _BODY

_NAME_DEPARTMENT_VERSION = """Dr. M. Bakker, longarts
Afdeling Longziekten
Versie: 3, 1 januari 2024

Stoppen met roken voor een operatie

Roken vertraagt de wondgenezing en vergroot de kans op een longontsteking na een operatie. Stop daarom \
minstens zes weken voor de operatie. Ook korter stoppen heeft al zin.

Hulp bij stoppen

U hoeft het niet alleen te doen. Het ziekenhuis heeft een stoppen-met-rokenpoli.
"""

_TITLE_THEN_GREETING = """Dr. A. de Vries, internist
Ziekenhuislaan 1
1234 AB Stad

Bloedverdunners en een ingreep

Beste patiënt,

""" + _BODY

_NUMBERED_TITLE = """Diabetes type 2

Bij diabetes type 2 maakt uw lichaam te weinig insuline, of werkt de insuline minder goed. In deze \
folder leest u wat u zelf kunt doen.

Bewegen

Beweeg elke dag een half uur. Wandelen of fietsen is al goed.
"""


def test_a_contact_block_over_the_title_is_no_title(tmp_path):
    leaflet = ingest_file_as(tmp_path, "bloedverdunners.txt", _CONTACT_BLOCK)
    assert leaflet.leaflet.title == "Bloedverdunners en een ingreep"
    texts = " ".join(passage.text for passage in leaflet.passages)
    assert "U gebruikt bloedverdunners" in texts
    assert all("Ziekenhuislaan" not in heading for passage in leaflet.passages for heading in passage.headings)


def test_a_doctors_name_department_and_version_over_the_title_are_no_title(tmp_path):
    leaflet = ingest_file_as(tmp_path, "roken.txt", _NAME_DEPARTMENT_VERSION)
    assert leaflet.leaflet.title == "Stoppen met roken voor een operatie"


def test_a_contact_block_over_a_title_and_a_greeting(tmp_path):
    leaflet = ingest_file_as(tmp_path, "bloedverdunners.txt", _TITLE_THEN_GREETING)
    assert leaflet.leaflet.title == "Bloedverdunners en een ingreep"


def test_a_title_that_ends_in_a_number_is_still_the_title(tmp_path):
    leaflet = ingest_file_as(tmp_path, "diabetes.txt", _NUMBERED_TITLE)
    assert leaflet.leaflet.title == "Diabetes type 2"


_FOLDER_PAGE = """<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">
<title>Folder: Nierbiopsie - Afdeling Nefrologie - UMC Utrecht</title></head>
<body><main>
<h2>Wat is een nierbiopsie?</h2>
<p>Bij een nierbiopsie neemt de arts met een dunne naald een klein stukje weefsel uit uw nier. Dit weefsel wordt
onder de microscoop onderzocht.</p>
<h2>Voorbereiding</h2>
<p>U wordt een dag opgenomen. Gebruikt u bloedverdunners? Dan moet u daar een paar dagen voor het onderzoek mee
stoppen. Uw arts vertelt u precies wanneer.</p>
</main></body></html>
"""


def test_a_page_titles_label_and_department_are_no_part_of_its_title(tmp_path):
    leaflet = ingest_file_as(tmp_path, "nierbiopsie.html", _FOLDER_PAGE)
    assert leaflet.leaflet.title == "Nierbiopsie"


def test_without_title_label():
    assert without_title_label("Folder: Nierbiopsie - Afdeling Nefrologie") == "Nierbiopsie"
    assert without_title_label("Patiëntenfolder: Tongriem") == "Tongriem"
    assert without_title_label("Brochure: Nierbiopsie - Afdeling Nefrologie - UMC Utrecht") == "Nierbiopsie"
    assert without_title_label("Diabetes | Voeding") == "Diabetes | Voeding"  # a subject's part stays
    assert without_title_label("Coloscopie: voorbereiding en onderzoek") == "Coloscopie: voorbereiding en onderzoek"
    assert without_title_label("Afdeling Nefrologie") == "Afdeling Nefrologie"  # only a sender's name: kept


_POSTER = """HANDEN WASSEN!

WAAROM?
BACTERIËN ZITTEN OVERAL.
OOK OP UW HANDEN.
ZE KUNNEN INFECTIES GEVEN.

HOE?
MAAK UW HANDEN NAT.
GEBRUIK ZEEP.
WRIJF 30 SECONDEN.

VRAGEN?
VRAAG HET DE VERPLEEGKUNDIGE.
"""


def test_a_posters_called_out_title_in_capitals_is_its_title_in_sentence_case(tmp_path):
    leaflet = ingest_file_as(tmp_path, "poster.txt", _POSTER)
    assert leaflet.leaflet.title == "Handen wassen"
