"""Leaflets kept as an app's or a site's localisation files of keys and values (red team 59,
findings 2.1, 2.3, 2.6, 2.7 and 2.8): an iOS `.strings` file, Java `.properties`, a Rails YAML
locale, Fluent `.ftl` and i18next JSON, read as the leaflet their values make, the keys naming
its title, publisher, date, sections, list items and table rows."""

import json
from pathlib import Path

import pytest

from ingest.locale_keys import key_words, read_locale_keys
from ingest.pipeline import ingest_file, load_source
from ingest.text import load_text

LEAFLETS = Path(__file__).parent / "data" / "redteam59_leaflets"

KEY_SIGNS = ("\\u00", "\\:", "s1.p1", "s1-p1", ".heading", "-heading", "heading:", "title:", "msgid", '" = "')


def _text(item) -> str:
    return "\n".join(passage.text for passage in item.passages)


def _sections(item) -> list[str]:
    return list(dict.fromkeys(passage.headings[0] for passage in item.passages if passage.headings))


# The five files of red team 59: each read as its leaflet

@pytest.mark.parametrize("name, title, publisher, updated, sections, row, item", [
    ("bijziendheid-atropine.txt", "Atropine-oogdruppels tegen toenemende bijziendheid bij kinderen",
     "Het Oogziekenhuis Rotterdam", "2025-12", 7,
     "Wazig zien dichtbij | meestal went dit na een paar weken", "• Laat uw kind daarna 1 minuut de ogen dicht houden."),
    ("actinische-keratose.txt", "Actinische keratose: ruwe plekjes door de zon", "Huisartsenpraktijk De Linde",
     "2026-01", 7, "5-fluorouracil-crème | een groter huidgebied | 4 weken, 2 keer per dag smeren",
     "• Draag een pet of hoed met een rand."),
    ("endometriosis-en.txt", "Endometriosis", "Catharina Hospital Eindhoven", "2026-02", 8,
     "The pill without a stop week | stops your periods | breakthrough bleeding", "• pain during sex;"),
    ("bechterew-oefeningen.txt", "Bewegen met de ziekte van Bechterew", "Nationale Vereniging ReumaZorg Nederland",
     "2026-03", 7, "Fietsen | goed voor de conditie | zet het stuur hoog, zodat u rechtop zit",
     "• Sta elk half uur op als u lang zit."),
    ("klompvoet-ponseti.txt", "Klompvoet bij uw baby: de Ponseti-behandeling", "Sophia Kinderziekenhuis",
     "2026-01", 7, "eerste 3 maanden | 23 uur per dag", "• Stop niets tussen het gips en de huid."),
])
def test_a_localisation_file_is_read_as_its_leaflet(name, title, publisher, updated, sections, row, item):
    leaflet = ingest_file(LEAFLETS / name)
    assert leaflet.leaflet.title == title
    assert leaflet.leaflet.publisher == publisher
    assert leaflet.leaflet.updated == updated
    assert len(_sections(leaflet)) == sections
    text = _text(leaflet)
    assert row in text.split("\n")  # a table's cells set out as its rows
    assert item in text.split("\n")
    assert not any(sign in text for sign in KEY_SIGNS)


def test_the_strings_file_in_utf16_is_no_longer_skipped():
    data = (LEAFLETS / "bijziendheid-atropine.txt").read_bytes()
    assert data.startswith(b"\xfe\xff")
    item = ingest_file(LEAFLETS / "bijziendheid-atropine.txt")
    assert "Bijwerkingen" in _sections(item)
    assert any("Steeds meer kinderen worden bijziend." in passage.text for passage in item.passages)


def test_properties_escapes_are_read_and_no_entry_is_lost():
    item = ingest_file(LEAFLETS / "actinische-keratose.txt")
    text = _text(item)
    assert "in het ziekenhuis, één behandeling" in text
    assert "Tijdens een behandeling met crème" in _sections(item)
    assert "Behandeling | Geschikt voor | Duur" in text.split("\n")  # the table's header row
    assert "Behandeling" in _sections(item) and "Contact" in _sections(item)
    assert "Mon Dec" not in text  # javaproperties' timestamp comment


def test_the_i18next_heading_heads_its_own_table():
    item = ingest_file(LEAFLETS / "klompvoet-ponseti.txt")
    table = [passage for passage in item.passages if "23 uur per dag" in passage.text]
    assert [passage.headings for passage in table] == [("Het draagschema van de brace",)]


def test_fluent_resource_comment_is_no_text():
    item = ingest_file(LEAFLETS / "bechterew-oefeningen.txt")
    assert "Patiëntenapp" not in _text(item)


# Other key styles, generated

SENTENCE = "Neem de tablet in met een glas water, bij voorkeur na het ontbijt."


def _read(text: str):
    return load_source(text.encode("utf-8"), Path("leaflet.txt"))


def test_properties_with_colons_continuations_camel_case_and_row_col_keys():
    text = ("# leaflet texts\n"
            "app.pageTitle: Uw nieuwe medicijn\n"
            "app.publisherName: Apotheek De Brug, Utrecht\n"
            "app.intro.heading = Hoe neemt u het in?\n"
            f"app.intro.text = {SENTENCE} \\\n    Sla geen dosis over.\n"
            "app.doses.row1.col1 = Moment\n"
            "app.doses.row1.col2 = Dosis\n"
            "app.doses.row2.col1 = Ochtend\n"
            "app.doses.row2.col2 = 1 tablet\n"
            "app.tips.items.0 = Drink genoeg.\n"
            "app.tips.items.1 = Rijd geen auto.\n")
    document = read_locale_keys(text)
    assert document is not None and document.title == "Uw nieuwe medicijn"
    source = _read(text)
    assert source.title == "Uw nieuwe medicijn"
    assert source.publisher.startswith("Apotheek De Brug")
    assert "## Hoe neemt u het in?" in source.text
    assert f"{SENTENCE} Sla geen dosis over." in source.text
    assert "| Ochtend | 1 tablet |" in source.text
    assert "- Drink genoeg." in source.text and "- Rijd geen auto." in source.text
    assert "app." not in source.text


def test_strings_with_comments_escapes_and_unquoted_keys():
    text = ('/* Leaflet: wondzorg */\n'
            '"wound_title" = "Wondverzorging na een operatie";\n'
            '// section one\n'
            '"wound_section1_heading" = "Douchen";\n'
            'wound_section1_body = "Na twee dagen mag u \\"kort\\" douchen. Dep de wond daarna droog.\\nGebruik geen zeep.";\n'
            '"wound_section1_bullet1" = "Geen bad \\U00e9n geen zwembad.";\n')
    source = _read(text)
    assert source.title == "Wondverzorging na een operatie"
    assert "## Douchen" in source.text
    assert 'Na twee dagen mag u "kort" douchen.' in source.text
    assert "Gebruik geen zeep." in source.text
    assert "- Geen bad én geen zwembad." in source.text
    assert "wound" not in source.text and "/*" not in source.text


def test_yaml_with_arrays_as_items_and_a_subsection():
    text = ("en:\n"
            "  leaflet:\n"
            "    title: Wound care after surgery\n"
            "    updated: \"2026-04-01\"\n"
            "    shower:\n"
            "      heading: Showering\n"
            f"      text: >\n        After two days you may take a short shower.\n        Pat the wound dry afterwards.\n"
            "      tips:\n"
            "        - Do not take a bath.\n"
            "        - Do not go swimming.\n"
            "      soap:\n"
            "        heading: Soap\n"
            "        text: Use no soap on the wound for the first week, it dries the skin.\n")
    source = _read(text)
    assert source.title == "Wound care after surgery"
    assert source.updated == "2026-04-01"
    assert "## Showering" in source.text and "### Soap" in source.text
    assert "- Do not take a bath." in source.text and "- Do not go swimming." in source.text
    assert "After two days you may take a short shower." in source.text
    assert "heading:" not in source.text and "tips" not in source.text


def test_nested_json_and_fluent_multiline_messages():
    nested = {"leaflet": {"title": "Wondverzorging na een operatie",
                          "sections": [{"heading": "Douchen", "body": SENTENCE},
                                       {"heading": "Hechtingen", "body": "De hechtingen gaan er na tien dagen uit."}]}}
    source = _read(json.dumps(nested, ensure_ascii=False, indent=2))
    assert source.title == "Wondverzorging na een operatie"
    assert "## Douchen" in source.text and "## Hechtingen" in source.text
    fluent = ("## Wondzorg\n\n-clinic = Wondpoli Oost\n\n"
              "wound-title = Wondverzorging na een operatie\n"
              "wound-intro =\n    Uw wond is gehecht. Houd de pleister\n    de eerste twee dagen droog.\n"
              "wound-contact = Bel de { -clinic } als de wond gaat ontsteken of als u koorts krijgt.\n"
              "    .aria-label = Contact met de wondpoli\n")
    source = _read(fluent)
    assert source.title == "Wondverzorging na een operatie"
    assert "Bel de Wondpoli Oost als de wond" in source.text
    assert "Houd de pleister" in source.text and "wound-" not in source.text and "##" not in source.text


def test_opaque_keys_give_paragraphs_read_by_the_usual_rules():
    text = ('"k001" = "Wondverzorging na een operatie";\n'
            f'"k002" = "{SENTENCE}";\n'
            '"k003" = "Douchen";\n'
            '"k004" = "Na twee dagen mag u kort douchen. Dep de wond daarna voorzichtig droog met een handdoek.";\n')
    document = read_locale_keys(text)
    assert document is not None and not document.headed
    assert document.text.split("\n\n")[0] == "Wondverzorging na een operatie"
    item = ingest_file_text(text)
    assert item.leaflet.title == "Wondverzorging na een operatie"
    assert "k00" not in _text(item)


def ingest_file_text(text: str, tmp_name: str = "opaque.txt"):
    import tempfile
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / tmp_name
        path.write_text(text, encoding="utf-8")
        return ingest_file(path)


@pytest.mark.parametrize("key, words", [
    ("atropine.s3.table.r2.c1", ("atropine", "s3", "table", "r2", "c1")),
    ("bechterew-s2-item1", ("bechterew", "s2", "item1")),
    ("app.pageTitle", ("app", "pageTitle")),
    ("items.0", ("items0",)),
    ("section_1_heading", ("section1", "heading")),
])
def test_key_words(key, words):
    assert key_words(key) == words


# Files that are no localisation file stay as they were

ORDINARY = [
    # a leaflet with a few "a = b" lines
    "Paracetamol voor kinderen\n\nGeef uw kind niet meer dan vier keer per dag paracetamol.\n\n"
    "Dosis = 5 mg per kilo\nMaximum = 4 keer per dag\n\n"
    "Bel de huisarts als de koorts na drie dagen niet zakt of als uw kind suf wordt.\n",
    # a record of labelled fields
    "Naam: Paracetamol\nDosis: 500 mg\nGebruik: Neem een tablet in met een glas water, niet meer dan zes per dag.\n"
    "Bijwerkingen: Zelden, een huiduitslag die vanzelf weer overgaat na het stoppen.\n",
    # a configuration: keys and values, no prose
    "# settings\nserver.port=8080\nserver.host=localhost\ndb.user=admin\ndb.pool.size=10\nlog.level=info\n",
    "[database]\nhost = localhost\nport = 5432\nname = leaflets\n",
    # a leaflet whose paragraphs run with "Let op:" labels
    "Na de operatie\n\nLet op: u mag de eerste dag niet zelf autorijden naar huis.\n"
    "Let op: neem de pijnstillers in zoals de arts ze heeft voorgeschreven.\n\nBel bij koorts.\n",
    # YAML front matter over a Markdown leaflet
    "---\ntitle: Na de operatie\ndate: 2026-01-02\n---\n\n# Na de operatie\n\nU mag de eerste dag niet zelf "
    "autorijden naar huis. Neem de pijnstillers in zoals de arts ze heeft voorgeschreven.\n",
    # a text browser's dump: every line indented, a "## " heading among them
    "   Hooikoorts\n\n## Klachten\n\n   Hooikoorts is een allergie voor stuifmeel van bomen, grassen\n"
    "   of kruiden. Ongeveer een op de vijf Nederlanders heeft er last van.\n\n   Zie = ook de pollenradar.\n",
    # a JSON document of strings whose keys name no part
    json.dumps({"name": "Paracetamol", "body": "Neem een tablet in met een glas water, niet meer dan zes per dag. "
                "Bel de huisarts als de koorts na drie dagen niet zakt."}),
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_text_is_no_localisation_file(text):
    assert read_locale_keys(text) is None


@pytest.mark.parametrize("text", ORDINARY[:6])
def test_ordinary_text_is_read_as_plain_text_as_before(text):
    data = text.encode("utf-8")
    assert load_source(data, Path("leaflet.txt")) == load_text(data, Path("leaflet.txt"), "plain")


def test_an_ordinary_leaflet_with_a_few_equals_lines_keeps_them():
    text = _text(ingest_file_text(ORDINARY[0], "paracetamol.txt"))
    assert "Dosis = 5 mg per kilo" in text
