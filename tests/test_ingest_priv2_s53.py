"""Session 53 review fixes: a C-CDA page the reader declines never lets its patient through; an
openEHR composition dated by the leaflet's own date before its session's; json2html known by its
own border; RiveScript's first command checked."""

from __future__ import annotations

import json

from ingest.clinical_document import clinical_document_page, holds_clinical_document
from ingest.json_tables import json_in_tables
from ingest.openehr_composition import read_openehr_composition
from ingest.rivescript import read_rivescript
from tests.ingest_helpers import all_text, ingested_text
from tests.test_ingest_bots_s53 import _COMPOSITION, _FAQ, _json2html
from tests.test_ingest_hl7 import CDA, _assert_no_patient as assert_no_patient, _clinical_page

_PATIENT = ("Jansen", "Hendrik", "123456789", "19460502", "1946")


def _assert_no_patient(item) -> None:
    assert_no_patient(item, _PATIENT)


def test_an_html_entity_in_a_clinical_document_is_read_as_its_character(tmp_path):
    page = _clinical_page(CDA.replace("Oefen <content", "Oefen&nbsp;<content"))
    assert clinical_document_page(page) is not None
    item = ingested_text(tmp_path, page, "knie.html")
    assert item.leaflet.title == "Ontslag na een knieprothese"
    assert "Oefen drie keer per dag." in all_text(item).splitlines()
    _assert_no_patient(item)


def test_a_non_xml_body_is_read_as_paragraphs(tmp_path):
    body = CDA[CDA.index("<component><structuredBody>"):CDA.index("</ClinicalDocument>")]
    unstructured = CDA.replace(body, "<component><nonXMLBody><text mediaType=\"text/plain\">Rust de eerste week veel."
                                     "\n\nBel bij koorts de afdeling.</text></nonXMLBody></component>")
    item = ingested_text(tmp_path, _clinical_page(unstructured), "knie.html")
    assert item.leaflet.title == "Ontslag na een knieprothese"
    lines = all_text(item).splitlines()
    assert "Rust de eerste week veel." in lines and "Bel bij koorts de afdeling." in lines
    _assert_no_patient(item)


def test_a_clinical_document_not_read_never_lets_its_patient_through(tmp_path):
    declared = CDA.replace("<ClinicalDocument", '<!DOCTYPE x [<!ENTITY e "x">]><ClinicalDocument')
    prefixed = (CDA.replace("<ClinicalDocument xmlns=", "<cda:ClinicalDocument xmlns:cda=")
                .replace("</ClinicalDocument>", "</cda:ClinicalDocument>").replace("<recordTarget>", "<cda:recordTarget>")
                .replace("</recordTarget>", "</cda:recordTarget>"))
    broken = CDA.replace("</paragraph>", "", 1)
    unclosed = broken.replace("</recordTarget>", "")
    b64 = CDA.replace(CDA[CDA.index("<component><structuredBody>"):CDA.index("</ClinicalDocument>")],
                      '<component><nonXMLBody><text representation="B64">UnVzdA==</text></nonXMLBody></component>')
    for name, body in (("declared", declared), ("prefixed", prefixed), ("broken", broken), ("unclosed", unclosed),
                       ("b64", b64)):
        page = _clinical_page("<h1>Na uw operatie</h1><p>Lees dit goed door voor u naar huis gaat. Neem het mee "
                              f"naar de controle.</p><h2>Vragen</h2><p>Bel de afdeling bij vragen.</p>{body}")
        item = ingested_text(tmp_path, page, f"{name}.html")
        _assert_no_patient(item)


def test_a_prefixed_clinical_document_is_read_as_its_sections(tmp_path):
    prefixed = CDA.replace("<ClinicalDocument xmlns=", "<cda:ClinicalDocument xmlns:cda=\"urn:hl7-org:v3\" xmlns=") \
        .replace("</ClinicalDocument>", "</cda:ClinicalDocument>")
    item = ingested_text(tmp_path, _clinical_page(prefixed), "knie.html")
    assert item.leaflet.title == "Ontslag na een knieprothese"
    assert "Buig de knie rustig." in all_text(item).splitlines()
    _assert_no_patient(item)


def test_an_ordinary_page_about_clinical_documents_keeps_its_title(tmp_path):
    page = _clinical_page("<p>Uw dossier wordt bewaard als &lt;ClinicalDocument xmlns=\"urn:hl7-org:v3\"&gt; met een "
                          "&lt;recordTarget&gt; voor uw gegevens.</p><h2>Inzage</h2><p>U kunt uw dossier altijd "
                          "inzien via het patiëntenportaal.</p>", title="Uw dossier inzien")
    assert not holds_clinical_document(page)
    item = ingested_text(tmp_path, page, "dossier.html")
    assert item.leaflet.title == "Uw dossier inzien"
    assert "<recordTarget>" in all_text(item)


def test_an_openehr_composition_is_dated_by_its_stated_date_before_its_session():
    composition = json.loads(json.dumps(_COMPOSITION))
    composition["context"]["start_time"] = {"value": "2026-11-03T09:12:00+01:00"}
    composition["context"]["other_context"]["items"][0]["value"]["value"] = "februari 2026"
    assert read_openehr_composition(json.dumps(composition)).updated == "2026-02"
    composition["context"]["other_context"]["items"] = []
    assert read_openehr_composition(json.dumps(composition)).updated == "2026-11-03"
    composition["context"]["start_time"] = {"value": "2026-02-30T09:12:00"}
    assert read_openehr_composition(json.dumps(composition)).updated == ""


def test_an_ordinary_dosage_table_keeps_its_row_headers(tmp_path):
    table = ("<table><tr><th>Kind tot 12 jaar</th><td><ul><li>250 mg per keer, met een glas water</li>"
             "<li>hoogstens 4 keer per dag, met 6 uur ertussen</li></ul></td></tr><tr><th>Volwassene</th>"
             "<td>500 tot 1000 mg per keer, hoogstens 6 tabletten per dag</td></tr></table>")
    assert json_in_tables(table) is None  # no json2html border
    bordered = table.replace("<table>", '<table border="1">')
    assert json_in_tables(bordered) is not None  # json2html's shape, but no keyed reader's value
    for page in (table, bordered):
        text = all_text(ingested_text(tmp_path, page, "dosering.html"))
        assert "Kind tot 12 jaar 250 mg per keer" in text and "Volwassene 500 tot 1000 mg" in text
    assert json_in_tables(_json2html(_FAQ)) is not None


def test_a_reply_or_continuation_before_any_trigger_is_no_rivescript():
    brain = "+ hallo\n- Goedendag.\n\n+ hoe gaat het\n- Goed, dank u.\n\n+ wat doe je\n- Ik help u.\n"
    assert read_rivescript(brain) is not None
    assert read_rivescript("- Goedendag.\n" + brain) is None
    assert read_rivescript("^ en verder\n" + brain) is None
