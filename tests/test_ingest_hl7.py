"""Leaflets a health-record system exported (red team 61, findings 2.1, 2.2 and 2.5): an HL7 v2
message read as the text of its OBX segments, the patient's segment never read; python-hl7's
printed OBX values read with their escapes decoded."""

from pathlib import Path

import pytest

from ingest.document import IngestError
from ingest.pipeline import ingest_leaflets
from ingest.hl7_message import is_hl7_message, read_hl7_message, without_printed_escapes

from tests.ingest_helpers import all_text, headings, ingested_copy, ingested_text

LEAFLETS = Path(__file__).parent / "data" / "redteam61_leaflets"
SEGMENT_MARKS = ("MSH", "PID", "OBR", "OBX", "|TX|", "||", "^", "\\F\\", "\\.br\\")
LINES = ("Griepprik: wat u moet weten", "", "Huisartsenpraktijk De Linde, Utrecht", "",
         "Laatst bijgewerkt: oktober 2026", "", "Waarom een griepprik?", "",
         "De griepprik beschermt u tegen de ergste gevolgen van griep. U krijgt de prik elk najaar.", "",
         "Na de prik", "", "- Uw arm kan een dag pijnlijk zijn.", "- U kunt zich een dag wat grieperig voelen.", "",
         "Contact", "", "Bel de praktijk op werkdagen tussen 8.00 en 17.00 uur: 030 123 45 67.")


def _message(lines: tuple[str, ...] = LINES, *, breaks: str = "\r", closing: str = "") -> str:
    """A generated ORU^R01 message with one OBX per line, its segments ended by `breaks`."""
    segments = ["MSH|^~\\&|EPD|PRAKTIJK|PORTAAL|PGO|20261012090000||ORU^R01|G-1|P|2.5",
                "PID|1||9988776^^^PRAKTIJK^PI||Bakker^Johanna^M||19580214|F",
                "PV1|1|O",
                "OBR|1|||GRIEP^Patientinformatie griepprik^L|||20261012"]
    segments += [f"OBX|{n}|TX|PIL^Folder^L||{line}||||||F" for n, line in enumerate(lines, 1)]
    return breaks.join(segment + closing for segment in segments) + breaks


def _assert_no_patient(item, details: tuple[str, ...] = ("Bakker", "Johanna", "9988776", "19580214", "1958")) -> None:
    """No detail of the patient in the title, publisher, passages or headings."""
    shown = " ".join([item.leaflet.title, item.leaflet.publisher, all_text(item), *headings(item)])
    for detail in details:
        assert detail not in shown, detail


def test_a_message_is_read_as_its_observations_whatever_breaks_its_segments(tmp_path):
    for name, breaks, closing in (("cr.txt", "\r", ""), ("lf.txt", "\n", ""), ("crlf.txt", "\r\n\r\n", "|")):
        item = ingested_text(tmp_path, _message(breaks=breaks, closing=closing), name)
        assert item.leaflet.title == "Griepprik: wat u moet weten", name
        assert item.leaflet.publisher == "Huisartsenpraktijk De Linde", name
        assert item.leaflet.updated == "2026-10", name
        assert {"Waarom een griepprik?", "Na de prik", "Contact"} <= set(headings(item)), name
        text = all_text(item)
        assert "De griepprik beschermt u tegen de ergste gevolgen van griep." in text
        assert "Uw arm kan een dag pijnlijk zijn." in text
        for mark in SEGMENT_MARKS:
            assert mark not in text, (name, mark)
        _assert_no_patient(item)


def test_the_observations_are_a_line_each_an_empty_one_a_blank_line():
    text = read_hl7_message(_message(breaks="\n"))
    assert text is not None
    assert text.splitlines() == list(LINES)


def test_escapes_repetitions_and_unescaped_cells_are_read():
    message = ("MSH|^~\\&|A|B|C|D|20260101||ORU^R01|1|P|2.5\r"
               "PID|||1234^^^X^PI||Jansen^Piet||19400101\r"
               "OBX|1|TX|PIL||Dosis \\F\\ Wanneer||||||F\r"
               "OBX|2|FT|PIL||Eerste regel\\.br\\Tweede regel \\T\\ \\S\\ \\R\\ \\E\\ \\H\\vet\\N\\||||||F\r"
               "OBX|3|TX|PIL||Eerste herhaling~Tweede herhaling||||||F\r"
               "OBX|4|TX|PIL||Medicijn | Dosis | Hoe lang||||||F\r"
               "OBX|5|CWE|PIL||ABC^Een gecodeerde tekst^L||||||F\r"
               "NTE|1||Notitie van de arts over Jansen\r")
    assert read_hl7_message(message).splitlines() == [
        "Dosis | Wanneer", "Eerste regel", "Tweede regel & ^ ~ \\ vet", "Eerste herhaling", "Tweede herhaling",
        "Medicijn | Dosis | Hoe lang", "Een gecodeerde tekst"]


def test_the_message_own_delimiters_are_used():
    message = "MSH#*!?$#A#B\nPID###12#Jansen*Piet\nOBX#1#TX#PIL##Regel ?F? een*twee!drie######F\n"
    assert read_hl7_message(message).splitlines() == ["Regel # een twee", "drie"]


def test_a_message_without_observations_or_notes_gives_no_text_not_none():
    assert read_hl7_message("MSH|^~\\&|A|B\rPID|||12||Jansen^Piet\r") == ""


def test_a_message_without_observations_is_read_as_its_notes_without_the_patient(tmp_path):
    message = ("MSH|^~\\&|A|B|C|D|20260101||ORU^R01|1|P|2.5\r"
               "PID|1||123456||Jansen^Jan||19500101\r"
               "NTE|1||Dit is de folder over uw knie. Neem rust.\r"
               "NTE|2||Bel de praktijk bij koorts~of bij veel pijn.\r")
    assert read_hl7_message(message).splitlines() == [
        "Dit is de folder over uw knie. Neem rust.", "Bel de praktijk bij koorts", "of bij veel pijn."]
    item = ingested_text(tmp_path, message, "knie.txt")
    shown = " ".join([item.leaflet.title, item.leaflet.publisher, all_text(item), *headings(item)])
    assert "Neem rust." in shown
    for detail in ("MSH", "PID", "Jansen", "123456", "19500101"):
        assert detail not in shown


def test_a_batch_with_file_and_batch_headers_is_read_as_its_messages(tmp_path):
    for breaks in ("\r", "\n", "\r\n"):
        batch = (f"FHS|^~\\&|EPD|PRAKTIJK|PORTAAL|PGO|20261012{breaks}"
                 f"BHS|^~\\&|EPD|PRAKTIJK|PORTAAL|PGO|20261012{breaks}"
                 + _message(breaks=breaks) + f"BTS|1{breaks}FTS|1{breaks}")
        assert is_hl7_message(batch)
        assert read_hl7_message(batch).splitlines() == list(LINES)
        item = ingested_text(tmp_path, batch, "batch.txt")
        assert item.leaflet.title == "Griepprik: wat u moet weten"
        _assert_no_patient(item)
        assert not any(mark in all_text(item) for mark in ("FHS", "BHS", "MSH", "PID"))


def test_a_message_with_no_text_to_read_is_refused_without_the_patient(tmp_path):
    message = ("MSH|^~\\&|A|B|C|D|20260101||ORU^R01|1|P|2.5\r"
               "PID|1||123456||Jansen^Jan||19500101\r"
               "OBR|1|||KNIE^Folder knie^L\r"
               "OBX|1|ED|PDF^Folder^L||^application^pdf^Base64^JVBERi0xLjQKJcOkw7zDtsOfCjIgMCBvYmoK||||||F\r")
    assert read_hl7_message(message) == ""
    path = tmp_path / "knie.txt"
    path.write_text(message, encoding="utf-8")
    with pytest.raises(IngestError, match="an HL7 message without observation or note text") as caught:
        ingest_leaflets(path, root=tmp_path)
    assert caught.value.path == str(path)
    for detail in ("Jansen", "123456", "19500101", "JVBERi0"):
        assert detail not in str(caught.value)


def test_a_value_line_that_opens_like_a_segment_id_continues_its_value():
    message = ("MSH|^~\\&|A|B|C|D|20260101||ORU^R01|1|P|2.5\r"
               "PID|1||123456||Jansen^Jan||19500101\r"
               "OBX|1|TX|PIL||Na de operatie\nLET OP: bel bij koorts.\nTIP rust veel.||||||F\r"
               "OBX|2|TX|PIL||Tot ziens||||||F\r")
    assert read_hl7_message(message).splitlines() == [
        "Na de operatie", "LET OP: bel bij koorts.", "TIP rust veel.", "Tot ziens"]


def test_ordinary_texts_that_open_like_batch_headers_or_notes_stay_as_they_are(tmp_path):
    text = ("BHS en FHS: wat betekenen ze?\n\nNTE|1||Een voorbeeld van een notitie.\n"
            "Een bericht begint met MSH|^~\\&| en daarna de afzender.\n")
    assert not is_hl7_message(text)
    assert read_hl7_message(text) is None
    item = ingested_text(tmp_path, text, "uitleg.txt")
    assert "NTE|1||Een voorbeeld van een notitie." in all_text(item)


def test_ordinary_texts_that_mention_msh_or_show_backslashes_stay_as_they_are(tmp_path):
    text = ("Berichten tussen systemen\n\nEen HL7-bericht begint met MSH|^~\\&| gevolgd door de afzender.\n"
            "Het pad C:\\Folders\\.br\\oud is geen escape.\n")
    assert not is_hl7_message(text)
    assert read_hl7_message(text) is None
    assert without_printed_escapes(text) == text
    item = ingested_text(tmp_path, text, "berichten.txt")
    assert "MSH|^~\\&|" in all_text(item)
    assert "C:\\Folders\\.br\\oud" in all_text(item)


def test_printed_values_are_read_with_their_escapes_where_the_text_shows_them():
    printed = "Stappen\n1. Was\\.br\\2. Droog\\.br\\3. Plak\nBijwerking \\F\\ Wat doet u?\\.br\\Jeuk \\F\\ Koelen\n"
    assert without_printed_escapes(printed) == ("Stappen\n1. Was\n2. Droog\n3. Plak\n"
                                                "Bijwerking | Wat doet u?\nJeuk | Koelen\n")
    once = "Een regel met \\.br\\ eenmaal en \\F\\.\n"
    assert without_printed_escapes(once) == once


def test_lithium_message_reads_as_the_leaflet_without_the_patient(tmp_path):
    item = ingested_copy(tmp_path, LEAFLETS / "lithium.txt")
    assert item.leaflet.title == "Lithium: wat u moet weten over uw medicijn"
    assert item.leaflet.publisher.startswith("GGZ Rivierduinen")
    assert item.leaflet.updated == "2026-03"
    assert {"Waarom krijgt u lithium?", "Hoe neemt u lithium in?", "Bloedcontroles", "Contact"} <= set(headings(item))
    text = all_text(item)
    # the sentence that became a heading under the OBX wrapper is text again
    assert "Eén keer per jaar controleren we ook uw nieren en uw schildklier." in text
    assert "Eerste maand | elke week" in text
    for mark in SEGMENT_MARKS:
        assert mark not in text
    shown = " ".join([item.leaflet.title, item.leaflet.publisher, text, *headings(item)])
    for detail in ("Vries", "Pieter", "556677", "19710605"):
        assert detail not in shown


def test_tamoxifen_and_clopidogrel_messages_read_as_their_leaflets(tmp_path):
    expected = {"tamoxifen.txt": ("Tamoxifen bij borstkanker", "2026-04", ("Mulder", "Ingrid", "6651234"),
                                  {"Wat is tamoxifen?", "Bijwerkingen", "Contact"}),
                "clopidogrel-stent.txt": ("Clopidogrel na het plaatsen van een stent", "2026-01",
                                          ("Smit", "Gerrit", "8812345"), {"Waarom dit medicijn?", "Innemen", "Bloedingen"}),
                "clopidogrel-stent-en.txt": ("Clopidogrel after a stent has been placed", "2026-01", ("Smith", "Gerald"),
                                             {"Why this medicine?", "Taking it", "Bleeding", "Contact"})}
    for name, (title, updated, patient, sections) in expected.items():
        item = ingested_copy(tmp_path, LEAFLETS / name)
        assert item.leaflet.title == title, name
        assert item.leaflet.updated == updated, name
        assert sections <= set(headings(item)), name
        text = all_text(item)
        for mark in SEGMENT_MARKS:
            assert mark not in text, (name, mark)
        shown = " ".join([item.leaflet.title, item.leaflet.publisher, text, *headings(item)])
        for detail in patient:
            assert detail not in shown, (name, detail)
    english = all_text(ingested_copy(tmp_path, LEAFLETS / "clopidogrel-stent-en.txt"))
    assert "Clopidogrel | 75 mg, once a day | 12 months" in english
    assert "Always tell the dentist that you take clopidogrel." in english


def test_fentanyl_printed_values_read_as_steps_items_and_table_rows(tmp_path):
    item = ingested_copy(tmp_path, LEAFLETS / "fentanylpleister.txt")
    assert item.leaflet.title == "Fentanylpleisters: veilig gebruik thuis"
    assert item.leaflet.publisher == "Apotheek De Vaart"
    text = all_text(item)
    assert "\\" not in text
    lines = text.splitlines()
    assert "2. Knip haren kort af; scheer de huid niet." in lines
    assert "5. Was daarna uw handen met water." in lines
    assert "• Neem geen heet bad en ga niet in de sauna." in lines
    assert "Verstopping | Neem elke dag het laxeermiddel dat u erbij kreeg." in lines
    assert "Jeuk of rode huid | Plak de volgende pleister op een andere plek." in lines


def _clinical_page(body: str, *, title: str = "Jansen Hendrik\"") -> str:
    """A page as ccda-processor writes it: the patient's name its `<title>`, the raw C-CDA its body."""
    return f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="UTF-8">\n<title>{title}</title>\n</head>\n<body>{body}</body>\n</html>\n'


CDA = ('<ClinicalDocument xmlns="urn:hl7-org:v3"><title>Ontslag na een knieprothese</title>'
       '<effectiveTime value="202605041130+0200"/>'
       '<recordTarget><patientRole><id extension="123456789"/><patient><name><given>Hendrik</given>'
       '<family>Jansen</family></name><birthTime value="19460502"/></patient></patientRole></recordTarget>'
       '<author><assignedAuthor><assignedPerson><name><given>Anna</given><family>de Wit</family></name>'
       '</assignedPerson></assignedAuthor></author>'
       '<custodian><assignedCustodian><representedCustodianOrganization><name>Afdeling Orthopedie, Ziekenhuis Rivierenland'
       '</name></representedCustodianOrganization></assignedCustodian></custodian>'
       '<component><structuredBody>'
       '<component><section><code code="69730-0" displayName="Instructions"/><title>Thuis oefenen</title><text>'
       'Oefen <content styleCode="Bold">drie keer</content> per dag.<paragraph>Buig de knie rustig.</paragraph>'
       '<list listType="ordered"><item>Ga op een stoel zitten.</item><item>Strek het been.</item></list>'
       '<table><thead><tr><th>Week</th><th>Doel</th></tr></thead><tbody><tr><td>Week 2</td><td>90 graden buigen</td>'
       '</tr></tbody></table></text>'
       '<component><section><title>Pijn</title><text><paragraph>Neem paracetamol op vaste tijden.</paragraph>'
       '</text></section></component></section></component>'
       '</structuredBody></component></ClinicalDocument>')


def test_a_clinical_document_in_a_page_reads_as_its_header_and_sections(tmp_path):
    item = ingested_text(tmp_path, _clinical_page(CDA), "knie.html")
    assert item.leaflet.title == "Ontslag na een knieprothese"
    assert item.leaflet.publisher == "Afdeling Orthopedie, Ziekenhuis Rivierenland"
    assert item.leaflet.updated == "2026-05-04"
    assert [list(passage.headings) for passage in item.passages] == [["Thuis oefenen"], ["Thuis oefenen", "Pijn"]]
    lines = all_text(item).splitlines()
    assert "Oefen drie keer per dag." in lines
    assert "Buig de knie rustig." in lines
    assert "1. Ga op een stoel zitten." in lines
    assert "Week 2 | 90 graden buigen" in lines
    shown = " ".join([item.leaflet.title, item.leaflet.publisher, all_text(item), *headings(item)])
    for detail in ("Jansen", "Hendrik", "123456789", "1946", "Instructions"):
        assert detail not in shown


def test_a_clinical_document_without_an_organisation_is_published_by_its_author():
    from ingest.clinical_document import clinical_document_page
    without_custodian = CDA.replace(CDA[CDA.index("<custodian>"):CDA.index("</custodian>") + len("</custodian>")], "")
    assert clinical_document_page(_clinical_page(without_custodian)).publisher == "Anna de Wit"


def test_a_malformed_clinical_document_and_an_ordinary_page_are_read_as_pages_are(tmp_path):
    from ingest.clinical_document import clinical_document_page
    broken = CDA.replace("</paragraph>", "", 1)
    assert clinical_document_page(_clinical_page(broken)) is None
    deep = CDA.replace("Buig de knie rustig.", "<content>" * 5000 + "diep" + "</content>" * 5000)
    assert clinical_document_page(_clinical_page(deep)) is None
    assert ingested_text(tmp_path, _clinical_page(broken, title="Knieprothese"), "kapot.html").leaflet.title
    ordinary = _clinical_page("<h1>Over uw dossier</h1><p>Uw dossier wordt bewaard als &lt;ClinicalDocument "
                              "xmlns=\"urn:hl7-org:v3\"&gt;, een standaard voor het uitwisselen van gegevens.</p>"
                              "<h2>Inzage</h2><p>U kunt uw dossier altijd inzien via het patiëntenportaal.</p>",
                              title="Uw dossier")
    assert clinical_document_page(ordinary) is None
    item = ingested_text(tmp_path, ordinary, "dossier.html")
    assert "<ClinicalDocument" in all_text(item)


def test_plaspillen_page_reads_as_its_clinical_document_not_its_patient(tmp_path):
    item = ingested_copy(tmp_path, LEAFLETS / "plaspillen.html")
    assert item.leaflet.title == "Furosemide: een plaspil bij hartfalen"
    assert item.leaflet.publisher == "Hartfalenpolikliniek, Maasstad Ziekenhuis Rotterdam"
    assert item.leaflet.updated == "2026-03-15"
    assert headings(item)[:4] == ["Waarom een plaspil?", "Innemen", "Dagelijks wegen", "Bijwerkingen"]
    assert {"Bij ziekte", "Vocht en zout", "Andere medicijnen", "Contact"} <= set(headings(item))
    lines = all_text(item).splitlines()
    assert "• Neem het niet na 16.00 uur, anders moet u 's nachts vaak plassen." in lines
    assert "• Spierkrampen: dit kan komen door een tekort aan kalium." in lines
    assert "Meer dan 2 kilo erbij in 3 dagen | Bel de hartfalenverpleegkundige." in lines
    shown = " ".join([item.leaflet.title, item.leaflet.publisher, all_text(item), *headings(item)])
    for detail in ("Jansen", "Hendrik", "900123456", "19460502"):
        assert detail not in shown


def test_the_text_a_message_gives_is_not_read_as_a_message_again(tmp_path):
    message = ("MSH|^~\\&|A|B|C|D|20260101||ORU^R01|1|P|2.5\r"
               "PID|1||123456||Jansen^Jan||19500101\r"
               "OBX|1|TX|PIL||MSH\\F\\\\S\\\\R\\\\E\\\\T\\\\F\\ opent elk bericht dat de praktijk verstuurt.||||||F\r"
               "OBX|2|TX|PIL||Daarna volgen de gegevens van het onderzoek.||||||F\r")
    assert read_hl7_message(message).splitlines()[0] == "MSH|^~\\&| opent elk bericht dat de praktijk verstuurt."
    item = ingested_text(tmp_path, message, "berichten.txt")
    assert "opent elk bericht" in all_text(item)
    assert "Daarna volgen de gegevens van het onderzoek." in all_text(item)
    assert "Jansen" not in all_text(item)
