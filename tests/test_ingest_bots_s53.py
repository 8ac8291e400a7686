"""Leaflets kept by bots and record systems (red teams 60 and 61).

- json2html's rendering of a JSON value (nested `<table border="1">` of key rows, `<ul>` arrays)
  was read as a page of key names and type names: it is turned back into its JSON value and read
  as that JSON is (`ingest.json_tables`); an openEHR composition in it (or in a plain text) is read
  by its reference model: its name the title, its composer the sender, its SECTIONs headings over
  their ELEMENTs' values (`ingest.openehr_composition`);
- RiveScript's brain file was read as plain text: each trigger heads its reply, `^` lines joined,
  `\\s` a space, `\\n` a line break, the `! var` values the title, sender and date
  (`ingest.rivescript`).
"""

import html
import json
from pathlib import Path

from ingest.json_tables import json_in_tables
from ingest.openehr_composition import read_openehr_composition
from ingest.pipeline import ingest_leaflets

from tests.ingest_helpers import ingested_text, shown_text

DATA = Path(__file__).parent / "data"
RT60 = DATA / "redteam60_leaflets"
RT61 = DATA / "redteam61_leaflets"
_CODES = ("_type", "archetype_node_id", "DV_TEXT", "ELEMENT", "openEHR-EHR", "at000", "COMPOSITION", "SECTION")


def _json2html(value: object) -> str:
    """What json2html writes for a value: an object a table of key rows, an array of objects
    that share their keys one table under a header row, any other array a list."""
    if isinstance(value, dict):
        rows = "".join(f"<tr><th>{html.escape(key)}</th><td>{_json2html(item)}</td></tr>"
                       for key, item in value.items())
        return f'<table border="1">{rows}</table>'
    if isinstance(value, list):
        if value and all(isinstance(item, dict) and list(item) == list(value[0]) for item in value):
            head = "".join(f"<th>{html.escape(key)}</th>" for key in value[0])
            body = "".join("<tr>" + "".join(f"<td>{_json2html(cell)}</td>" for cell in item.values()) + "</tr>"
                           for item in value)
            return f'<table border="1"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'
        return "<ul>" + "".join(f"<li>{_json2html(item)}</li>" for item in value) + "</ul>"
    return html.escape(str(value))


_FAQ = {"name": "Gips", "items": [
    {"id": 1, "question": "Waarom gips?", "answer": "U heeft uw enkel gebroken. Het gips houdt de botdelen stil zodat "
                                                    "ze weer goed aan elkaar groeien."},
    {"id": 2, "question": "Mag ik lopen?", "answer": "De eerste twee weken loopt u met krukken en zet u de voet niet "
                                                     "op de grond."},
    {"id": 3, "question": "Wanneer bellen?", "answer": "Bel de gipskamer als uw tenen wit of blauw worden of als de "
                                                       "pijn erger wordt."}]}


def _element(label: str, text: str) -> dict:
    return {"_type": "ELEMENT", "name": {"_type": "DV_TEXT", "value": label}, "archetype_node_id": "at0002",
            "value": {"_type": "DV_TEXT", "value": text}}


def _section(title: str, *items: dict) -> dict:
    return {"_type": "SECTION", "name": {"_type": "DV_TEXT", "value": title},
            "archetype_node_id": "openEHR-EHR-SECTION.adhoc.v1",
            "items": [{"_type": "EVALUATION", "name": {"_type": "DV_TEXT", "value": "Patiëntinformatie"},
                       "archetype_node_id": "openEHR-EHR-EVALUATION.clinical_synopsis.v1",
                       "data": {"_type": "ITEM_TREE", "name": {"_type": "DV_TEXT", "value": "Tree"},
                                "archetype_node_id": "at0001", "items": list(items)}}]}


def _row(label: str, *cells: tuple[str, str]) -> dict:
    return {"_type": "CLUSTER", "name": {"_type": "DV_TEXT", "value": label}, "archetype_node_id": "at0011",
            "items": [_element(name, value) for name, value in cells]}


_COMPOSITION = {
    "_type": "COMPOSITION", "name": {"_type": "DV_TEXT", "value": "Thuis met een katheter"},
    "archetype_node_id": "openEHR-EHR-COMPOSITION.report.v1",
    "composer": {"_type": "PARTY_IDENTIFIED", "name": "Afdeling Urologie, Ziekenhuis Rivierenland Tiel"},
    "context": {"start_time": {"value": "2026-01-20T10:00:00+01:00"},
                "other_context": {"_type": "ITEM_TREE", "name": {"_type": "DV_TEXT", "value": "Tree"},
                                  "archetype_node_id": "at0001",
                                  "items": [_element("Laatst bijgewerkt", "maart 2026")]}},
    "content": [
        _section("Wat is een katheter?", _element("Tekst", "Een katheter is een dun slangetje dat de urine uit uw "
                                                           "blaas afvoert naar een zak aan uw been.")),
        _section("Hoeveel drinken?",
                 _element("Tekst", "Drink elke dag genoeg, zodat de urine licht van kleur blijft."),
                 {"_type": "CLUSTER", "name": {"_type": "DV_TEXT", "value": "Tabel"}, "archetype_node_id": "at0010",
                  "items": [_row("Rij 1", ("Moment", "Ochtend"), ("Hoeveel", "twee glazen water")),
                            _row("Rij 2", ("Moment", "Avond"), ("Hoeveel", "een glas water"))]}),
    ],
}


def test_json2html_tables_are_read_as_the_json_they_show(tmp_path):
    page = _json2html(_FAQ)
    assert json_in_tables(page) == json.loads(json.dumps(_FAQ, default=str), parse_int=str)
    item = ingested_text(tmp_path, name="gips.html", text=page)
    as_json = ingested_text(tmp_path, name="gips.txt", text=json.dumps(_FAQ))
    assert [p.headings for p in item.passages] == [p.headings for p in as_json.passages]
    assert [p.headings[-1] for p in item.passages] == ["Waarom gips?", "Mag ik lopen?", "Wanneer bellen?"]
    assert "question" not in shown_text(item) and "answer" not in shown_text(item)


def test_ordinary_pages_with_tables_are_no_json():
    data_table = ("<table><thead><tr><th>Dag</th><th>Wat</th></tr></thead><tbody><tr><td>Dag 1</td><td>rust</td></tr>"
                  "<tr><td>Dag 2</td><td>wandelen</td></tr></tbody></table>")
    key_table = "<table border=\"1\"><tr><th>Naam</th><td>Paracetamol</td></tr><tr><th>Dosis</th><td>500 mg</td></tr></table>"
    with_prose = "<html><body><p>Lees dit goed.</p>" + _json2html(_FAQ) + "</body></html>"
    with_caption = _json2html(_FAQ).replace('<table border="1">', '<table border="1"><caption>Gips</caption>', 1)
    styled = _json2html(_FAQ).replace("<td>U heeft", "<td><b>U</b> heeft", 1)
    for page in (data_table, key_table, with_prose, with_caption, styled):
        assert json_in_tables(page) is None
    assert json_in_tables("<html><body>\n" + _json2html(_FAQ) + "\n</body></html>") is not None


def test_an_ordinary_page_with_a_data_table_reads_as_before(tmp_path):
    page = ("<html><head><title>Wondzorg</title></head><body><h1>Wondzorg thuis</h1><p>Verzorg uw wond elke dag "
            "zoals de verpleegkundige het u heeft laten zien.</p><table border=\"1\"><tr><th>Dag</th><td>Wat</td></tr>"
            "<tr><th>Dag 1</th><td><ul><li>pleister laten zitten</li></ul></td></tr></table></body></html>")
    assert json_in_tables(page) is None
    item = ingested_text(tmp_path, name="wond.html", text=page)
    assert item.leaflet.title == "Wondzorg thuis"


def test_an_openehr_composition_is_read_by_its_reference_model(tmp_path):
    document = read_openehr_composition(json.dumps(_COMPOSITION))
    assert document.title == "Thuis met een katheter"
    assert document.sender == "Afdeling Urologie, Ziekenhuis Rivierenland Tiel"
    assert "| Ochtend | twee glazen water |" in document.text
    for page, name in ((_json2html(_COMPOSITION), "katheter.html"), (json.dumps(_COMPOSITION), "katheter.txt")):
        item = ingested_text(tmp_path, name=name, text=page)
        assert item.leaflet.title == "Thuis met een katheter"
        assert "Rivierenland" in item.leaflet.publisher
        assert item.leaflet.updated == "2026-03"
        assert [p.headings[-1] for p in item.passages] == ["Wat is een katheter?", "Hoeveel drinken?"]
        assert "Ochtend | twee glazen water" in item.passages[1].text
        text = shown_text(item)
        assert not any(code in text for code in _CODES), text
        assert "Tekst" not in text and "Tree" not in text and "Patiëntinformatie" not in text


def test_an_openehr_composition_without_a_stated_date_is_dated_by_its_start_time(tmp_path):
    composition = json.loads(json.dumps(_COMPOSITION))
    composition["context"]["other_context"]["items"] = []
    assert ingested_text(tmp_path, name="katheter.txt", text=json.dumps(composition)).leaflet.updated == "2026-01-20"


def test_json_of_another_kind_is_no_openehr_composition():
    assert read_openehr_composition(json.dumps(_FAQ)) is None
    assert read_openehr_composition(json.dumps({**_COMPOSITION, "_type": "EHR_STATUS"})) is None
    assert read_openehr_composition("_type: COMPOSITION") is None


def test_red_team_61_wonddrain():
    item = ingest_leaflets(RT61 / "wonddrain.html", root=RT61)[0]
    assert item.leaflet.title == "Naar huis met een wonddrain"
    assert "Spaarne Gasthuis" in item.leaflet.publisher
    assert item.leaflet.updated == "2026-02"
    headings = [p.headings[-1] for p in item.passages]
    assert headings[:3] == ["Wat is een wonddrain?", "Het flesje en het slangetje", "Wondvocht bijhouden"]
    assert "Contact" in headings
    assert "Dag 1 tot 3 | 50 tot 150 ml per dag" in shown_text(item)
    text = shown_text(item)
    assert not any(code in text for code in _CODES), text


_BRAIN = """// Written by rivescript.deparse()
! version = 2.0

! var bijgewerkt = Laatst bijgewerkt: januari 2026
! var name = Huisartsenpraktijk De Linde, Utrecht
! var onderwerp = Hooikoorts: wat helpt?

> begin
+ request
- {ok}
< begin

+ hallo
- Welkom bij de chatbot van <bot name>. Ik beantwoord vragen uit de folder 'Hooikoorts: wat helpt?'\\s
^ (Laatst bijgewerkt: januari 2026).

+ wat is hooikoorts
- Hooikoorts is een allergie voor stuifmeel van bomen, grassen of kruiden. U krijgt\\s
^ last van niezen, een loopneus en jeukende ogen.

+ wat kunt u zelf doen
- Dit helpt vaak:\\n\\n- houd ramen en deuren dicht;\\n- douche voor het\\s
^ slapen;\\n- draag een zonnebril.\\n\\n| Middel | Wanneer |\\n|---|---|\\n| Neusspray | elke\\s
^ ochtend |\\n| Oogdruppels | bij jeuk |
"""


def test_a_rivescript_brain_file_is_read_as_its_questions_and_answers(tmp_path):
    from ingest.rivescript import read_rivescript

    document = read_rivescript(_BRAIN)
    assert document.title == "Hooikoorts: wat helpt?"
    assert document.sender == "Huisartsenpraktijk De Linde, Utrecht"
    item = ingested_text(tmp_path, name="hooikoorts.txt", text=_BRAIN)
    assert item.leaflet.title == "Hooikoorts: wat helpt?"
    assert item.leaflet.publisher == "Huisartsenpraktijk De Linde"
    assert item.leaflet.updated == "2026-01"
    assert [p.headings[-1] for p in item.passages] == ["Wat is hooikoorts", "Wat kunt u zelf doen"]
    assert "U krijgt last van niezen" in item.passages[0].text
    assert "• houd ramen en deuren dicht;\n• douche voor het slapen;" in item.passages[1].text
    assert "Neusspray | elke ochtend" in item.passages[1].text
    text = shown_text(item)
    for mark in ("\\s", "\\n", "^ ", "! var", "version", "+ ", "{ok}", "request", "Welkom"):
        assert mark not in text, mark


def test_a_brain_file_without_its_header_is_known_by_its_rhythm():
    from ingest.rivescript import read_rivescript

    body = _BRAIN.split("< begin\n", 1)[1]
    document = read_rivescript(body)
    assert document is not None and "## Wat is hooikoorts" in document.text


def test_texts_with_plus_and_minus_lists_are_no_rivescript(tmp_path):
    from ingest.rivescript import read_rivescript

    pros_cons = ("Voordelen en nadelen van de prik\n\n+ u bent beter beschermd\n+ het is gratis\n"
                 "- uw arm kan pijn doen\n- u kunt zich een dag grieperig voelen\n")
    only_lists = "+ u bent beter beschermd\n- uw arm kan pijn doen\n+ het is gratis\n- u voelt zich grieperig\n- moe\n"
    capitals = "+ Voordeel: bescherming.\n- Nadeel: een pijnlijke arm.\n+ Voordeel: gratis.\n- Nadeel: een dag ziek.\n"
    minus_list = "- uw arm kan pijn doen\n- u kunt zich grieperig voelen\n"
    for text in (pros_cons, only_lists, capitals, minus_list):
        assert read_rivescript(text) is None
    item = ingested_text(tmp_path, name="prik.txt", text=pros_cons)
    assert item.leaflet.title == "Voordelen en nadelen van de prik"
    assert "u bent beter beschermd" in item.passages[0].text


def test_red_team_60_nekpijn():
    item = ingest_leaflets(RT60 / "nekpijn.txt", root=RT60)[0]
    assert item.leaflet.title == "Nekpijn: wat kunt u zelf doen?"
    assert item.leaflet.publisher.startswith("Fysiotherapiepraktijk Het Anker")
    assert item.leaflet.updated == "2026-03"
    headings = [p.headings[-1] for p in item.passages]
    assert headings[:3] == ["Wat is nekpijn", "Hoe ontstaat nekpijn", "Wat kunt u zelf doen"]
    text = shown_text(item)
    assert "Neem niet meer dan 3000 milligram per dag." in text
    assert "Kin intrekken | 10 keer | rug recht, blik vooruit" in text
    assert "• slecht of te kort slapen;" in text
    assert "\\s" not in text and "\\n" not in text and "^ " not in text and "version = 2.0" not in text
