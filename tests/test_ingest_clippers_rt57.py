"""Leaflets as web clippers, read-later services and note tools write them (red team 57, findings
2.1, 2.4 and 2.6): a program's Python literal of the page, unfluff's JSON with its metadata, and
the source address a clipper states under the title."""

import json
from pathlib import Path

import pytest

from ingest.catalog import Catalog, CatalogEntry
from ingest.json_text import is_metadata_key, read_json_document
from ingest.pipeline import ingest_file, load_source
from ingest.program_literal import unwrapped_literal
from ingest.stated_source import front_matter_source, stated_source
from ingest.text import load_text

LEAFLETS = Path(__file__).parent / "data" / "redteam57_leaflets"

PLAIN = ("Wondverzorging na een operatie\n\nUw wond is gehecht. Houd de pleister de eerste twee dagen droog en "
         "schoon.\n\nDouchen\n\nNa twee dagen mag u kort douchen. Dep de wond daarna voorzichtig droog met een "
         "schone handdoek.\n")


# 2.1: a file that is one Python literal (breadability's `b'…'`, a script's `repr()`)

def test_breadabilitys_bytes_literal_is_read_as_the_page_it_holds():
    item = ingest_file(LEAFLETS / "dengue-en.html")
    assert item.leaflet.title == "Dengue fever: information for travellers"
    assert item.leaflet.publisher.startswith("GGD Hart voor Brabant")
    assert item.leaflet.updated == "2026-02"
    sections = [passage.headings for passage in item.passages if passage.headings]
    assert len({headings[0] for headings in sections}) == 7
    assert ("How do you get dengue?",) in sections
    text = "\n".join(passage.text for passage in item.passages)
    assert "Curaçao" in text and "\\x" not in text and "\\n" not in text and "b'" not in text
    assert "Insect repellent | With 30 to 50% DEET" in text  # the table's row
    assert "• a sudden high fever" in text  # a list's item


@pytest.mark.parametrize("literal, held", [
    (b"b'<p>Cura\\xc3\\xa7ao</p>\\n'", "<p>Curaçao</p>\n".encode()),
    (b'b"it\'s\\n"\n', b"it's\n"),
    (b"'Cura\xc3\xa7ao\\nAruba'", "Curaçao\nAruba".encode()),  # repr() keeps a str's printable letters
    (b"\"l'eau\\n\"", b"l'eau\n"),
    (b"b'Cura\\xe7ao\\n'", b"Cura\xe7ao\n"),  # a page's own cp1252 bytes: decoded as any file's are
])
def test_a_file_that_is_one_literal_gives_what_it_holds(literal, held):
    assert unwrapped_literal(literal) == held


@pytest.mark.parametrize("text", [
    "b'", "''", "'Drink veel water.'",  # no escape: a quoted sentence, no program's output
    "b'<p>een</p>' + b'<p>twee</p>'",  # an expression, not one literal
    "b'x'.decode()", "b'a' if True else b'b'", "__import__('os').system('true')",
    "b'<p>een</p>'\nb'<p>twee</p>'",  # two lines
    "b'<p>Eerste regel\\n</p>' en wat tekst erna",
    "Neem b'tje mee.\\n",
    "'s Morgens drinkt u een glas water.\\nDaarna neemt u de tablet.\\n",
])
def test_text_that_merely_holds_a_quote_is_no_literal(text):
    assert unwrapped_literal(text.encode()) is None


def test_a_repr_of_a_plain_text_is_read_as_that_text(tmp_path):
    path = tmp_path / "wond.txt"
    path.write_bytes(repr(PLAIN).encode())
    plain = tmp_path / "plain.txt"
    plain.write_text(PLAIN)
    assert load_source(path.read_bytes(), path).text == load_source(plain.read_bytes(), plain).text
    assert ingest_file(path).leaflet.title == "Wondverzorging na een operatie"


def test_ordinary_text_and_html_with_quotes_stay_as_they_are(tmp_path):
    text = "'s Avonds neemt u de tablet in: b'tje water erbij.\n\nBel bij koorts de huisarts.\n"
    path = tmp_path / "avond.txt"
    assert load_source(text.encode(), path).text == load_text(text.encode(), path, "plain").text
    page = "<html><body><h1>Koorts</h1><p>Drink een b'tje water en 'rust' veel.</p></body></html>\n"
    assert "b'tje water" in load_source(page.encode(), tmp_path / "koorts.html").text


# 2.4: unfluff's JSON kept as .txt: its copyright, tags, links and summary are metadata

def _unfluff_full() -> str:
    """The red team's unfluff file with every field unfluff fills on a richer page."""
    record = json.loads((LEAFLETS / "knokkelkoorts.txt").read_text())
    record.update({"softTitle": "Knokkelkoorts (dengue)", "favicon": "https://www.ggdhvb.nl/favicon.ico",
                   "description": "Alles over knokkelkoorts: hoe u het krijgt en hoe u zich beschermt tegen muggen.",
                   "keywords": "dengue, knokkelkoorts, reizen", "canonicalLink": "https://www.ggdhvb.nl/knokkelkoorts",
                   "tags": ["Reizen", "Infectieziekten"], "image": "https://www.ggdhvb.nl/img/mug.jpg",
                   "videos": [{"src": "https://www.youtube.com/embed/abc", "width": "560", "height": "315"}],
                   "links": [{"text": "Lees meer over het vaccin", "href": "https://www.ggdhvb.nl/vaccin"},
                             {"text": "Reisadvies", "href": "/reizen"}]})
    return json.dumps(record, ensure_ascii=False, indent=2)


def test_unfluffs_copyright_heads_no_passage():
    item = ingest_file(LEAFLETS / "knokkelkoorts.txt")
    assert item.leaflet.title == "Knokkelkoorts (dengue): informatie voor reizigers"
    assert item.leaflet.publisher == "GGD Hart voor Brabant"
    assert [passage.headings for passage in item.passages] == [()] * len(item.passages)
    assert not any("2026 GGD" in passage.text for passage in item.passages)
    assert item.passages[0].text.startswith("Knokkelkoorts, ook wel dengue genoemd")


def test_unfluffs_other_fields_leak_into_no_passage(tmp_path):
    path = tmp_path / "knokkelkoorts.txt"
    path.write_text(_unfluff_full())
    item = ingest_file(path)
    assert item.leaflet.title == "Knokkelkoorts (dengue): informatie voor reizigers"
    assert item.leaflet.publisher == "GGD Hart voor Brabant"
    text = "\n".join(" ".join(passage.headings) + "\n" + passage.text for passage in item.passages)
    for leaked in ("2026 GGD", "Alles over knokkelkoorts", "dengue, knokkelkoorts, reizen", "Infectieziekten",
                   "Lees meer over het vaccin", "Reisadvies", "Knokkelkoorts (dengue)\n", "https://", "youtube"):
        assert leaked not in text
    assert "Er is geen medicijn tegen het virus zelf." in text


@pytest.mark.parametrize("key", ["copyright", "Copyright", "license", "licence", "dc:rights", "accessRights",
                                 "copyright_holder", "softTitle", "keywords", "tags", "links", "og:description"])
def test_keys_of_a_records_metadata(key):
    assert is_metadata_key(key)


@pytest.mark.parametrize("key", ["title", "text", "div", "section", "narrative", "author", "publisher", "date",
                                 "right", "highlights", "content", "body", "name"])
def test_keys_of_a_records_text(key):
    assert not is_metadata_key(key)


def test_a_copyright_sign_in_the_text_itself_stays():
    body = ("Na de operatie mag u de eerste twee weken niet zwaar tillen. Wandelen mag wel, fietsen pas na "
            "een week. Bel bij koorts de polikliniek.\n\n© 2026 Ziekenhuis Noord")
    document = read_json_document(json.dumps({"title": "Na een liesbreukoperatie", "text": body}))
    assert document is not None and "© 2026 Ziekenhuis Noord" in document.text


# 2.6: the source address a clipper states under the title

DROGE_MOND_URL = "http://www.mondzorgdewissel.nl/folders/droge-mond.html"


def test_percollates_source_line_is_the_leaflets_url():
    item = ingest_file(LEAFLETS / "droge-mond.md")
    assert item.leaflet.url == DROGE_MOND_URL
    assert not any("Source:" in passage.text or DROGE_MOND_URL in passage.text for passage in item.passages)


def test_a_catalog_url_wins_over_the_stated_source():
    catalog = Catalog({"droge-mond.md": CatalogEntry(url="https://example.nl/droge-mond")})
    item = ingest_file(LEAFLETS / "droge-mond.md", root=LEAFLETS, catalog=catalog)
    assert item.leaflet.url == "https://example.nl/droge-mond"


@pytest.mark.parametrize("text, address", [
    ("# Titel\n\nSource: [https://a.nl/x](https://a.nl/x)\n\nTekst.", "https://a.nl/x"),
    ("# Titel\n\n**Bron:** <https://a.nl/x?y=1>\n", "https://a.nl/x?y=1"),
    ("Titel\nURL: https://a.nl/x\n", "https://a.nl/x"),
    ("# Titel\n\nSource: [De pagina](https://a.nl/x \"titel\")\n", "https://a.nl/x"),
    ("# Titel\n\nBron: NHG-standaard Diabetes\n", ""),  # no link: a reference, no address
    ("# Titel\n\nSource: [a](https://a.nl/a) en [b](https://a.nl/b)\n", ""),  # two links
    ("# Titel\n\nLees meer: [https://a.nl/x](https://a.nl/x)\n", ""),  # no source's label
    ("# Titel\n\nDe bron van deze tekst: https://a.nl/x\n", ""),
    ("# Titel\n\n" + "Een alinea.\n\n" * 6 + "Bron: https://a.nl/x\n", ""),  # far below the top
])
def test_only_a_labelled_line_with_one_link_near_the_top_is_a_source(text, address):
    assert stated_source(text) == address


def test_a_link_in_an_ordinary_leaflets_text_is_no_url(tmp_path):
    path = tmp_path / "griep.md"
    path.write_text("# Griepprik\n\nDe griepprik beschermt u tegen griep. Meer lezen: "
                    "[https://www.thuisarts.nl/griep](https://www.thuisarts.nl/griep)\n\n"
                    "Bron: https://www.nhg.org/standaarden/influenza staat onderaan elke folder.\n")
    assert ingest_file(path).leaflet.url == ""


def test_a_note_tools_source_field_is_the_url():
    assert front_matter_source({"source": "https://www.rijnstate.nl/snurken"}) == "https://www.rijnstate.nl/snurken"
    assert front_matter_source({"link": "null", "source": "Rijnstate"}) == ""
    source = load_text(b"---\ntitle: Snurken\nsource: https://www.rijnstate.nl/snurken\n---\n\nTekst over snurken.\n",
                       "snurken.md", "markdown")
    assert source.url == "https://www.rijnstate.nl/snurken"


def test_a_body_under_a_metadata_key_stays_where_no_other_field_holds_more():
    """A CMS export may keep a page's whole text under "description": metadata only beside a
    field that holds more words (unfluff's "text")."""
    body = ("Na de operatie mag u de eerste twee weken niet zwaar tillen. Wandelen mag wel, fietsen pas na "
            "een week. Bel bij koorts of een rode, warme wond de polikliniek chirurgie.")
    document = read_json_document(json.dumps({"title": "Na een liesbreukoperatie", "description": body,
                                              "copyright": "2026 Ziekenhuis Noord"}))
    assert document is not None and "Wandelen mag wel" in document.text
    assert "2026 Ziekenhuis Noord" not in document.text
