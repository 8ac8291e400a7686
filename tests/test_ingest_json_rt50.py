"""A document's strings dumped as JSON (fhirpath's output, a CMS's export), and a date line
alone under the title (red team 50, findings 2.1 and 2.6)."""

import json
from pathlib import Path

from ingest.dates import is_bare_date
from ingest.json_text import read_json_document
from ingest.pipeline import ingest_leaflets

LEAFLETS = Path(__file__).parent / "data" / "redteam50_leaflets"

_DIV = '<div xmlns="http://www.w3.org/1999/xhtml">{}</div>'
# fhirpath's shape: the expression echoed, then a flat array of the document's strings
FHIRPATH = "fhirpath(Bundle.entry.resource.select(title | date | section.select(title | text.`div`))) =>\n" + json.dumps([
    "Zorg na een liesbreukoperatie",
    "2025-11-03T00:00:00+01:00",
    "Chirurgisch Centrum Noord, Assen",
    "De eerste dagen",
    _DIV.format("<p>Til de eerste twee weken niet zwaarder dan vijf kilo.</p>"
                "<ul><li>Wandelen mag wel.</li><li>Fietsen mag na een week.</li></ul>"),
    "Wanneer belt u ons?",
    _DIV.format("<p>Bel als de wond rood en dik wordt of als u koorts krijgt boven 38,5 graden.</p>"
                "<table><tr><th>Klacht</th><th>Wat doet u</th></tr>"
                "<tr><td>Koorts</td><td>Bel de polikliniek</td></tr></table>"),
], indent=1)

# a CMS's JSON export: fields of codes and links beside the title and the HTML content
CMS = json.dumps({
    "id": 42, "slug": "griepprik-2025", "link": "https://example.nl/griepprik-2025",
    "date": "2025-09-01T10:00:00", "modified": "2025-10-15T09:00:00",
    "title": {"rendered": "De griepprik"},
    "content": {"rendered": "<h2>Wie krijgt een uitnodiging?</h2><p>Iedereen van 60 jaar en ouder krijgt een "
                            "uitnodiging van de huisarts. Ook mensen met een chronische ziekte krijgen er een.</p>"
                            "<h2>Na de prik</h2><p>Een rode, pijnlijke arm is normaal en gaat na een of twee "
                            "dagen vanzelf over. Koorts komt soms voor.</p>"},
    "status": "publish", "type": "post",
})

# plain strings, no HTML: a text of paragraphs, read by shape
PLAIN = json.dumps([
    "Leefregels na een liesbreukoperatie",
    "2025-03-04",
    "Na de operatie",
    "U mag de eerste twee weken niet zwaar tillen. Wandelen mag wel, en is zelfs goed voor het herstel.",
    "Douchen",
    "U mag na 24 uur weer douchen. Dep de wond daarna droog met een schone handdoek.",
])


def _read(tmp_path: Path, text: str, name: str = "dump.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    [item] = ingest_leaflets(path, root=tmp_path)
    return item


def _all_text(item) -> str:
    return "\n".join(passage.text for passage in item.passages)


def _headings(item) -> set[str]:
    return {heading for passage in item.passages for heading in passage.headings}


def test_a_fhirpath_dump_is_read_as_its_strings_with_headings_and_html(tmp_path):
    item = _read(tmp_path, FHIRPATH)
    assert item.leaflet.title == "Zorg na een liesbreukoperatie"
    assert item.leaflet.updated == "2025-11-03"
    assert {"De eerste dagen", "Wanneer belt u ons?"} <= _headings(item)
    text = _all_text(item)
    for mark in ("fhirpath", "<", ">", '"', "\\", "xmlns", "2025-11-03"):
        assert mark not in text
    assert "• Wandelen mag wel." in text  # the list stays a list
    assert "Koorts | Bel de polikliniek" in text  # and the table a table


def test_a_cms_export_drops_codes_and_links_and_takes_the_latest_date(tmp_path):
    item = _read(tmp_path, CMS)
    assert item.leaflet.title == "De griepprik"
    assert item.leaflet.updated == "2025-10-15"
    assert {"Wie krijgt een uitnodiging?", "Na de prik"} <= _headings(item)
    text = _all_text(item)
    for mark in ("griepprik-2025", "https://", "publish", "post", "{", "rendered"):
        assert mark not in text


def test_plain_strings_are_read_as_paragraphs_by_shape(tmp_path):
    item = _read(tmp_path, PLAIN)
    assert item.leaflet.title == "Leefregels na een liesbreukoperatie"
    assert item.leaflet.updated == "2025-03-04"
    assert {"Na de operatie", "Douchen"} <= _headings(item)
    assert '"' not in _all_text(item)


def test_the_author_after_the_title_and_date_heads_no_section():
    dump = json.dumps(["Titel van de folder", "2025-01-01", "Apotheek De Linde, Utrecht",
                       "<div><p>Deze folder is voor ouders van kinderen die slecht slapen en melatonine krijgen.</p></div>",
                       "Hoe gebruikt u het?", "<div><p>Geef het een uur voor het slapen, elke avond op dezelfde tijd.</p></div>"])
    document = read_json_document(dump)
    assert document is not None and document.is_html
    assert "<h2>Apotheek De Linde, Utrecht</h2>" not in document.text
    assert "<h2>Hoe gebruikt u het?</h2>" in document.text
    # the author, then the first section's title over its fragment: that title heads it
    dump = json.dumps(["Titel van de folder", "2025-01-01", "Apotheek De Linde, Utrecht", "Waarom melatonine?",
                       "<div><p>Deze folder is voor ouders van kinderen die slecht slapen en melatonine krijgen.</p></div>"])
    assert "<h2>Waarom melatonine?</h2>" in read_json_document(dump).text


def test_json_without_prose_is_no_document_and_reads_as_before(tmp_path):
    config = '{"name": "leaflets", "version": "1.2.3", "scripts": {"test": "pytest -q"}, "private": true}'
    assert read_json_document(config) is None
    assert read_json_document("[1, 2, 3, {\"a\": null}]") is None
    assert read_json_document("[" * 100_000 + "]" * 100_000) is None  # past Python's nesting limit
    assert read_json_document("[Terug](https://example.nl)\n\nDe tekst van de folder.") is None
    item = _read(tmp_path, config)  # read as text, as before: no crash
    assert item.leaflet.title == "dump"


def test_the_redteam_fhirpath_leaflet_reads_its_title_and_sections():
    [item] = ingest_leaflets(LEAFLETS / "melatonine-kind.txt", root=LEAFLETS)
    assert item.leaflet.title.startswith("Bijsluiter: informatie voor de gebruiker")
    headings = _headings(item)
    assert "3. Hoe geeft u dit middel?" in headings and "6. Hoe bewaart u dit middel?" in headings
    text = _all_text(item)
    assert "fhirpath" not in text and "<div" not in text and "</p>" not in text


def test_a_date_line_alone_heads_no_section(tmp_path):
    assert is_bare_date("05-01-2026") and is_bare_date("3 december 2025") and is_bare_date("2025-10")
    assert not is_bare_date("Wat is hartrevalidatie?") and not is_bare_date("2025")
    text = ("Hartrevalidatie na een hartinfarct\nHartcentrum Noord – Patiënteninformatie\n05-01-2026\n\n"
            "Na een hartinfarct krijgt u een programma aangeboden. Dit artikel legt uit wat dat inhoudt.\n\n\n"
            "Wat is hartrevalidatie?\nEen programma van 6 tot 12 weken waarin u weer leert bewegen.\n"
            "Het wordt vergoed uit de basisverzekering.\n")
    item = _read(tmp_path, text, "hart.txt")
    assert item.passages[0].headings == ()
    assert "05-01-2026" not in _headings(item)
    assert item.leaflet.updated == "2026-01-05"


def test_the_redteam_pubmed_leaflet_opens_without_a_date_heading():
    [item] = ingest_leaflets(LEAFLETS / "hartrevalidatie.txt", root=LEAFLETS)
    assert item.passages[0].headings == ()
    assert item.passages[0].text.startswith("Na een hartinfarct")
