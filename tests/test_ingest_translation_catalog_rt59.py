"""A leaflet's texts kept in a translation catalogue, read back as the leaflet (red team 59,
findings 2.2, 2.4 and 2.5): pybabel's POT, xgettext and msginit's PO, po2ts's Qt Linguist file
and po2csv's CSV, and small catalogues of the same shapes written here."""

from pathlib import Path

from ingest.translation_catalog import po_units, read_translation_catalog

from tests.ingest_helpers import all_text as _all_text, headings as _headings, ingested_copy, ingested_text

LEAFLETS = Path(__file__).parent / "data" / "redteam59_leaflets"
SYNTAX = ("msgid", "msgstr", "#:", "Project-Id-Version", "leaflet_texts.py", "leaflet.js", '" "',
          "<source>", "<comment>", "<translation", "<message>", "Page.s", "gehoortest.html", "location")
PARAGRAPH = ("De behandeling duurt meestal een paar weken. U komt daarvoor elke week naar de "
             "polikliniek, waar de verpleegkundige de wond bekijkt.")


def _leaflet(tmp_path: Path, name: str):
    return ingested_copy(tmp_path, LEAFLETS / name)


def _written(tmp_path: Path, text: str, name: str = "catalogus.txt"):
    return ingested_text(tmp_path, text, name)


def _no_syntax(text: str) -> None:
    for mark in SYNTAX:
        assert mark not in text, mark


def test_pybabel_pot_read_as_its_msgids_joined(tmp_path):
    item = _leaflet(tmp_path, "aneurysma-buikslagader.txt")
    text = _all_text(item)
    assert item.leaflet.title == "Verwijde buikslagader (aneurysma): controle en behandeling"
    assert "Ziekenhuis Gelderse Vallei" in item.leaflet.publisher
    assert item.leaflet.updated == "2026-03"
    _no_syntax(text)
    assert "Bij een groter aneurysma mag u niet meer rijden tot na de operatie." in text
    assert "We spreken van een aneurysma als de slagader breder is dan 3 centimeter." in text
    assert {"Controle met echo", "Behandeling", "Contact"} <= set(_headings(item))
    assert not any("Generated-By" in passage.text for passage in item.passages)


def test_msginit_po_read_as_its_msgids_joined(tmp_path):
    item = _leaflet(tmp_path, "endometriose.txt")
    text = _all_text(item)
    assert item.leaflet.title == "Endometriose"
    assert "Catharina Ziekenhuis" in item.leaflet.publisher
    assert item.leaflet.updated == "2026-02"
    _no_syntax(text)
    assert "Het is geen kanker en het is niet besmettelijk." in text
    assert "De ernst van de klachten zegt niets over de hoeveelheid endometriose." in text
    assert {"Klachten", "Onderzoek", "Contact"} <= set(_headings(item))


def test_qt_linguist_ts_read_as_its_sources_with_the_structure_its_comments_name(tmp_path):
    item = _leaflet(tmp_path, "neustussenschot-correctie.txt")
    text = _all_text(item)
    assert item.leaflet.title == "Correctie van het neustussenschot (septumplastiek)"
    assert "Rijnstate" in item.leaflet.publisher
    assert item.leaflet.updated == "2026-03"
    _no_syntax(text)
    assert "Voorbereiding" in _headings(item) and "Contact" in _headings(item)
    assert "Neem de week ervoor geen aspirine of ibuprofen, want daardoor bloedt u sneller." in text


def test_po2csv_read_as_its_source_column_with_heading_rows_as_sections(tmp_path):
    item = _leaflet(tmp_path, "gehoorscreening-baby.txt")
    text = _all_text(item)
    assert item.leaflet.title == "De gehoortest bij uw pasgeboren baby"
    assert "GGD Hollands Noorden" in item.leaflet.publisher
    assert item.leaflet.updated == "2026-02"
    _no_syntax(text)
    assert {"Waarom een gehoortest?", "De uitslag", "Contact"} <= set(_headings(item))
    assert "Voldoende | uw baby hoort goed | geen vervolg nodig" in text  # a table row, its cells in order


PO_HEADER = 'msgid ""\nmsgstr ""\n"Project-Id-Version: app 1\\n"\n"Language: nl\\n"\n\n'


def test_po_escapes_contexts_plurals_flags_and_obsolete_entries(tmp_path):
    catalogue = PO_HEADER + (
        '#. TRANSLATORS: title\nmsgctxt "folder.title"\nmsgid "Wondzorg na de operatie"\nmsgstr ""\n\n'
        '#, python-format\nmsgctxt "folder.s1.heading"\nmsgid "Zo verzorgt u de wond"\nmsgstr ""\n\n'
        'msgctxt "folder.s1.p1"\nmsgid ""\n"Houd de wond droog. Zeg \\"nee\\" tegen zwemmen,\\tbaden "\n'
        '"en sauna\\\\stoom."\nmsgstr ""\n\n'
        'msgctxt "folder.s1.item1"\nmsgid "Was uw handen voor u de pleister verwisselt."\n'
        'msgid_plural "Was uw handen voor u de pleisters verwisselt."\nmsgstr[0] ""\nmsgstr[1] ""\n\n'
        '#~ msgid "Oude zin die niet meer in de folder staat."\n#~ msgstr ""\n')
    document = read_translation_catalog(catalogue)
    assert document is not None and document.headed and not document.translated
    assert document.text.startswith("# Wondzorg na de operatie\n\n## Zo verzorgt u de wond\n")
    assert 'Zeg "nee" tegen zwemmen,\tbaden en sauna\\stoom.' in document.text
    assert "- Was uw handen voor u de pleister verwisselt." in document.text
    assert "pleisters" not in document.text and "Oude zin" not in document.text
    item = _written(tmp_path, catalogue + "\n" + _po_paragraphs(3))
    assert item.leaflet.title == "Wondzorg na de operatie"
    assert _headings(item)[0] == "Zo verzorgt u de wond"


def _po_paragraphs(count: int, translated: bool = False) -> str:
    target = '"Die Behandlung dauert meist einige Wochen."' if translated else '""'
    return "".join(f'#: folder.py:{line}\nmsgid "{PARAGRAPH}"\nmsgstr {target}\n\n' for line in range(count))


def test_a_wholly_translated_po_is_read_as_its_translation_a_half_done_one_as_its_source():
    done = read_translation_catalog(PO_HEADER + _po_paragraphs(3, translated=True))
    assert done is not None and done.translated and "Die Behandlung" in done.text and PARAGRAPH not in done.text
    half = read_translation_catalog(PO_HEADER + _po_paragraphs(2, translated=True) + _po_paragraphs(1))
    assert half is not None and not half.translated and PARAGRAPH in half.text and "Die Behandlung" not in half.text
    fuzzy = read_translation_catalog(PO_HEADER + _po_paragraphs(2, translated=True).replace("#:", "#, fuzzy\n#:"))
    assert fuzzy is not None and not fuzzy.translated  # a fuzzy msgstr is no translation yet


def test_source_line_locations_name_nothing_so_units_are_paragraphs():
    document = read_translation_catalog(PO_HEADER + _po_paragraphs(3))
    assert document is not None and not document.headed
    assert document.text == "\n\n".join([PARAGRAPH] * 3) + "\n"


def test_ts_translated_and_obsolete_messages():
    messages = "".join(
        f"<message><source>{PARAGRAPH}</source><comment>Page.s1.p{n}</comment>"
        f"<translation>Die Behandlung {n}.</translation></message>" for n in range(3))
    gone = "<message><source>Weg.</source><translation type=\"vanished\">Weg.</translation></message>"
    document = read_translation_catalog(f'<?xml version="1.0"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="de">'
                                        f"<context><name>Page</name>{messages}{gone}</context></TS>\n")
    assert document is not None and document.translated
    assert "Die Behandlung 0." in document.text and "Weg." not in document.text


def test_a_text_quoting_a_few_msgid_lines_is_read_as_the_text_it_is(tmp_path):
    text = ("Vertalen van onze folders\n\n"
            "Onze folders worden vertaald met gettext. Een vertaler ziet dan regels zoals hieronder "
            "en vult de vertaling in.\n\n"
            'msgid "Wat is een aneurysma?"\nmsgstr ""\n\n'
            'msgid "Controle met echo"\nmsgstr ""\n\n'
            "Daarna controleert een tweede vertaler de tekst. Zo weten we zeker dat de vertaling klopt "
            "en dat patiënten de folder goed begrijpen.\n")
    assert read_translation_catalog(text) is None
    item = _written(tmp_path, text)
    assert 'msgid "Controle met echo"' in _all_text(item)


def test_ordinary_csv_and_xml_are_no_catalogues():
    table = '"Medicijn","Dosis","Wanneer"\n"Paracetamol","500 mg","bij pijn"\n"Ibuprofen","400 mg","na het eten"\n'
    assert read_translation_catalog(table) is None
    names = '"naam","source","target"\n"a","b","c"\n"d","e","f"\n'  # a column no catalogue writes
    assert read_translation_catalog(names) is None
    assert read_translation_catalog('<?xml version="1.0"?>\n<folder><p>Tekst</p><p>Meer</p></folder>\n') is None


def test_a_po_file_with_a_broken_line_is_no_catalogue():
    assert po_units(PO_HEADER + _po_paragraphs(3)) is not None
    assert po_units(PO_HEADER + _po_paragraphs(3) + "Dit is gewone tekst.\n") is None
    assert po_units(PO_HEADER + 'msgid "Alleen een msgid zonder msgstr"\n\n' + _po_paragraphs(2)) is None


def test_an_ordinary_leaflet_with_quoted_lines_stays_as_it_is(tmp_path):
    text = ("Wondzorg na de operatie\n\n"
            "Zo verzorgt u de wond\n\n"
            f"{PARAGRAPH}\n\n"
            '"Houd de wond droog," zegt de verpleegkundige, "en zwem de eerste twee weken niet."\n\n'
            '"Bel ons als de wond rood wordt of gaat lekken."\n')
    assert read_translation_catalog(text) is None
    item = _written(tmp_path, text)
    assert item.leaflet.title == "Wondzorg na de operatie"
    assert '"Bel ons als de wond rood wordt of gaat lekken."' in _all_text(item)


def test_a_catalogues_sender_and_updated_keys_name_the_publishers_and_dates_lines_as_a_locale_files_do():
    # one writer for catalogues and localisation files (`ingest.locale_keys.entries_document`)
    catalogue = PO_HEADER + (
        'msgctxt "folder.title"\nmsgid "Wondzorg na de operatie"\nmsgstr ""\n\n'
        'msgctxt "folder.sender"\nmsgid "Afdeling Chirurgie, Rijnstate Ziekenhuis"\nmsgstr ""\n\n'
        'msgctxt "folder.updated"\nmsgid "Laatst bijgewerkt: maart 2026"\nmsgstr ""\n\n'
        'msgctxt "folder.s1.heading"\nmsgid "Zo verzorgt u de wond"\nmsgstr ""\n\n'
        f'msgctxt "folder.s1.p1"\nmsgid "{PARAGRAPH}"\nmsgstr ""\n')
    document = read_translation_catalog(catalogue)
    assert document is not None and document.headed
    assert document.title == "Wondzorg na de operatie"
    assert document.sender == "Afdeling Chirurgie, Rijnstate Ziekenhuis"
    assert document.updated == "Laatst bijgewerkt: maart 2026"
    assert "Afdeling Chirurgie, Rijnstate Ziekenhuis\n" in document.text  # the line stays in the text too
