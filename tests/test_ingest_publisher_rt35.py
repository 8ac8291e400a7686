"""Red team 35: who sends a leaflet, where the sender's line says so in its own way. A line over
the title whose name has no organisation's word but whose description says what it is
("Podotherapie Vechtdal, Ommen – praktijk voor podotherapie"), a byline over the title with a
longer description ("… Ziekenhuis, Rotterdam – voorlichting voor ouders en kinderen"), a name
written with its organisation's word in lower case ("Gelre ziekenhuizen"), a switch between the
page's languages over it, and a check date at the end of a paragraph."""

from __future__ import annotations

from pathlib import Path

from leaflet_files import ingest_file_as

from ingest.dates import find_updated
from ingest.pipeline import ingest_file
from ingest.structure import _is_organisation

LEAFLETS = Path(__file__).parent / "data" / "redteam35_leaflets"

PAGE = """<html><head><title>Hielspoor</title></head><body>
{before}
<h1>Hielspoor</h1>
<h2>Wat is hielspoor?</h2>
<p>Bij hielspoor is de peesplaat onder de voet geïrriteerd waar hij aan het hielbot vastzit.</p>
<h2>Wat kunt u doen?</h2>
<p>Rek de kuit elke dag en draag schoenen met een stevige hak.</p>
</body></html>"""


def _ingest(tmp_path: Path, before: str):
    return ingest_file_as(tmp_path, "hielspoor.html", PAGE.format(before=before), rooted=False)


def _texts(item) -> str:
    return "\n".join(passage.text for passage in item.passages)


def test_the_red_team_leaflets_name_their_senders():
    senders = {"nagelschimmel.html": "Podotherapie Vechtdal", "fungal-nail-infection-en.html": "Podotherapie Vechtdal",
               "ziekte-van-sever.html": "Maasstad Ziekenhuis", "polymyalgia-rheumatica.html": "ReumaZorg Nederland",
               "urodynamisch-onderzoek.pdf": "Gelre ziekenhuizen"}
    for name, sender in senders.items():
        item = ingest_file(LEAFLETS / name)
        assert item.leaflet.publisher == sender, name
        assert item.passages[0].headings, name  # the sender's line heads no passage of its own
    english = ingest_file(LEAFLETS / "fungal-nail-infection-en.html")
    assert "Nederlands" not in _texts(english) and "podiatry practice" not in _texts(english)


def test_readabilipys_page_is_titled_by_its_h1_and_dated_by_its_check():
    item = ingest_file(LEAFLETS / "polymyalgia-rheumatica.html")
    assert item.leaflet.title == "Polymyalgia rheumatica (PMR)"
    assert item.leaflet.updated == "2026-03-02"


def test_a_described_sender_over_the_title(tmp_path):
    item = _ingest(tmp_path, "<p>Voetzorg Het Anker, Kampen – praktijk voor podotherapie</p>")
    assert item.leaflet.publisher == "Voetzorg Het Anker"
    assert "Kampen" not in _texts(item)
    english = _ingest(tmp_path, "<p>Voetzorg Het Anker – podiatry practice</p>")
    assert english.leaflet.publisher == "Voetzorg Het Anker"


def test_a_line_over_the_title_that_describes_no_sender_stays(tmp_path):
    item = _ingest(tmp_path, "<p>Hielspoor en fasciitis plantaris – informatie voor sporters</p>")
    assert item.leaflet.publisher == ""
    assert "informatie voor sporters" in _texts(item)


def test_a_language_switch_is_no_text(tmp_path):
    item = _ingest(tmp_path, '<div><a href="/en/heel-spur">English</a> · Nederlands · <a href="/de">Deutsch</a></div>')
    assert "English" not in _texts(item) and "Deutsch" not in _texts(item)
    kept = _ingest(tmp_path, "<p>Deze folder is er ook in het Engels en het Duits.</p>")
    assert "ook in het Engels" in _texts(kept)


def test_an_organisations_word_in_lower_case_goes_on_its_name():
    assert _is_organisation("Gelre ziekenhuizen")
    assert not _is_organisation("Opname in het ziekenhuis")
    assert not _is_organisation("Na de behandeling in de kliniek")
    for heading in ("Onze praktijk", "Andere ziekenhuizen", "Welk ziekenhuis", "Nieuwe dienst", "Medisch centrum"):
        assert not _is_organisation(heading), heading


def test_a_check_date_that_opens_a_sentence_dates_the_leaflet():
    assert find_updated("Tekst: redactie, met dank aan de NVR. Laatst gecontroleerd: 2 maart 2026") == "2026-03-02"
    assert find_updated("Uw bloed wordt daarna gecontroleerd. Gecontroleerd op 3 maart 2025 bleek alles goed.") == ""
    assert find_updated("Uw bloed is voor het laatst gecontroleerd in maart 2025.") == ""
    # a byline's initials end no sentence: the statement after it still dates the page
    assert find_updated("Door dr. J. Jansen Bijgewerkt op 8 januari 2026\n\nUtrecht, 3 maart 2020") == "2026-01-08"


def test_a_centres_word_over_its_hospitals_name(tmp_path):
    item = _ingest(tmp_path, "<p>Vaatcentrum Ziekenhuis Amstelland, Amstelveen – Vaatfunctielaboratorium</p>")
    assert item.leaflet.publisher == "Ziekenhuis Amstelland"
    assert "Vaatfunctielaboratorium" not in _texts(item)
