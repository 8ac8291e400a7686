"""Tables that a browser printed to PDF: it draws them cell by cell, so a cell that wraps
draws its second line before the next cell goes back up to the row's baseline. Each test
lays out such a page by hand (Placed text in drawing order)."""

from __future__ import annotations

from pdf_factory import Line, Placed, make_pdf

from ingest.pdf.fragments import unjustified
from ingest.pipeline import ingest_file


def _passages(tmp_path, pages) -> dict[tuple[str, ...], str]:
    path = tmp_path / "folder.pdf"
    path.write_bytes(make_pdf(pages))
    return {p.headings: p.text for p in ingest_file(path).passages}


def _cell_by_cell(rows: list[list[list[str]]], columns: list[float], top: float, leading: float = 13,
                  gap: float = 5, middle: bool = False) -> list[Placed]:
    """Rows of cells, each cell a list of its lines, drawn cell by cell from the top; with
    `middle` each cell stands in the middle of its row's height, as browsers set them."""
    placed, y = [], top
    for row in rows:
        height = max(len(cell) for cell in row)
        for x, cell in zip(columns, row):
            down = (height - len(cell)) * leading / 2 if middle else 0
            placed += [Placed(text, x, y - down - number * leading, 10) for number, text in enumerate(cell)]
        y -= leading * height + gap
    return placed


HEAD = [Line("MRI-onderzoek", 20, True), Line("Hoe lang duurt het?", 13.5, True, gap=12),
        Line("Hoe lang het onderzoek duurt, hangt af van wat er wordt onderzocht.", gap=6)]
PROSE = [Line("Een folder van de afdeling, met gewone tekst over de hele breedte van de bladzijde, zodat", gap=6),
         "de tabel eronder geen twee kolommen tekst lijkt. De regels lopen door tot aan de rechterkant."]

THREE_COLUMNS = [[["Soort onderzoek"], ["Duur"], ["Nuchter"]],
                 [["Hersenen"], ["20-30", "minuten"], ["Nee"]],
                 [["Lage rug"], ["25 minuten"], ["Nee"]],
                 [["Buik / galwegen", "(MRCP)"], ["30-45", "minuten"], ["Ja, 4 uur"]],
                 [["Hart"], ["45-60 minuten"], ["Nee"]]]


def test_a_table_whose_cells_wrap_keeps_each_row_whole(tmp_path):
    page = HEAD + _cell_by_cell(THREE_COLUMNS, [56, 200, 300], top=690)
    passages = _passages(tmp_path, [page])
    assert passages[("Hoe lang duurt het?",)].endswith(
        "Soort onderzoek | Duur | Nuchter\n"
        "Hersenen | 20-30 minuten | Nee\n"
        "Lage rug | 25 minuten | Nee\n"
        "Buik / galwegen (MRCP) | 30-45 minuten | Ja, 4 uur\n"
        "Hart | 45-60 minuten | Nee")


def test_a_two_column_table_row_with_a_wrapped_first_cell_is_one_line(tmp_path):
    rows = [[["Activiteit"], ["Wanneer weer toegestaan"]],
            [["Douchen"], ["Na 48 uur"]],
            [["Arm boven schouderhoogte", "heffen"], ["Na 6 weken"]],
            [["Autorijden"], ["Na 2 weken"]]]
    page = [Line("Pacemaker", 20, True), Line("Na de ingreep", 13.5, True, gap=12), *PROSE,
            Line("Daarom gelden de volgende regels:", gap=6), *_cell_by_cell(rows, [56, 230], top=680)]
    text = _passages(tmp_path, [page])[("Na de ingreep",)]
    assert "Arm boven schouderhoogte heffen | Na 6 weken" in text  # a row of two cells, since red team 16
    assert "\n\nNa 6 weken" not in text


def test_lines_that_start_afresh_in_a_cell_stay_lines_of_their_own(tmp_path):
    """An address in each cell (the EU leaflets' list of local representatives): its lines
    are lines, not the wrapped words of one phrase, and the two addresses stay apart."""
    rows = [[["Deutschland", "Pfizer Pharma GmbH", "Tel: +49 30 550055"],
             ["Nederland", "Pfizer bv", "Tel: +31 10 406 43 01"]],
            [["Danmark", "Pfizer ApS", "Tlf: +45 44 201 100"],
             ["Malta", "Vivian Corporation Ltd.", "Tel: +356 21 344610"]]]
    page = [Line("Enbrel", 20, True), Line("Vertegenwoordigers", 13.5, True, gap=12), *PROSE,
            *_cell_by_cell(rows, [56, 300], top=680)]
    text = _passages(tmp_path, [page])[("Vertegenwoordigers",)]
    assert "Pfizer Pharma GmbH Tel" not in text and "GmbH Nederland" not in text
    assert text.index("Deutschland") < text.index("Pfizer Pharma GmbH") < text.index("Nederland")


def test_labels_around_a_picture_are_no_table_row(tmp_path):
    """Two labels on one baseline, one wrapping, with nothing like a table above or below:
    each stays a line of its own."""
    page = [Line("Enbrel", 20, True), Line("De pen", 13.5, True, gap=12), *PROSE,
            Line("Zo ziet de voorgevulde pen eruit.", gap=6),
            Placed("Uiterste", 120, 600, 10), Placed("houdbaarheidsdatum", 120, 588, 10),
            Placed("Doorzichtig", 330, 600, 10), Placed("controlevenster", 330, 588, 10),
            Line("Haal de pen een half uur voor het prikken uit de koelkast.", gap=200)]
    text = _passages(tmp_path, [page])[("De pen",)]
    assert "houdbaarheidsdatum Doorzichtig" not in text


def test_cells_set_in_the_middle_of_their_row_keep_the_row_whole(tmp_path):
    """A one-line cell beside a two-line one stands between its lines, on no line's baseline."""
    rows = [[["Tijd vóór het", "onderzoek"], ["Eten"], ["Drinken"], ["Medicijnen"]],
            [["Tot 6 uur vooraf"], ["Normaal eten"], ["Alles mag"], ["Zoals gewoonlijk"]],
            [["6 tot 2 uur vooraf"], ["Niets meer eten, ook", "geen snoep"], ["Alleen water of", "heldere appelsap"],
             ["Met een slokje water"]],
            [["Laatste 2 uur"], ["Niets"], ["Niets meer drinken"], ["Niets, tenzij uw arts", "anders zegt"]]]
    page = [Line("Gastroscopie", 20, True), Line("Nuchter zijn", 13.5, True, gap=12), *PROSE,
            *_cell_by_cell(rows, [56, 170, 290, 420], top=680, middle=True)]
    assert _passages(tmp_path, [page])[("Nuchter zijn",)].endswith(
        "Tijd vóór het onderzoek | Eten | Drinken | Medicijnen\n"
        "Tot 6 uur vooraf | Normaal eten | Alles mag | Zoals gewoonlijk\n"
        "6 tot 2 uur vooraf | Niets meer eten, ook geen snoep | Alleen water of heldere appelsap | "
        "Met een slokje water\n"
        "Laatste 2 uur | Niets | Niets meer drinken | Niets, tenzij uw arts anders zegt")


def test_a_row_whose_text_fills_its_cells_is_cut_where_the_rows_beside_it_are(tmp_path):
    """Glyph widths are guessed, so a full cell seems to leave no gap before the next one;
    its piece still starts where that column starts in the other rows."""
    rows = [[["Activiteit"], ["Wanneer weer", "mogelijk"], ["Toelichting"]],
            [["Licht huishoudelijk werk"], ["Na 1 week"], ["Geen zware pannen tillen"]],
            [["Autorijden"], ["Na 2 weken"], ["Als u het stuur stevig kunt", "vasthouden"]],
            [["Zwaar werk, sporten"], ["Na 6 weken"], ["Overleg met de bedrijfsarts"]]]
    page = [Line("Carpaletunnel", 20, True), Line("Wanneer kunt u weer ...?", 13.5, True, gap=12), *PROSE,
            *_cell_by_cell(rows, [56, 158, 250], top=680, middle=True)]
    assert _passages(tmp_path, [page])[("Wanneer kunt u weer ...?",)].endswith(
        "Activiteit | Wanneer weer mogelijk | Toelichting\n"
        "Licht huishoudelijk werk | Na 1 week | Geen zware pannen tillen\n"
        "Autorijden | Na 2 weken | Als u het stuur stevig kunt vasthouden\n"
        "Zwaar werk, sporten | Na 6 weken | Overleg met de bedrijfsarts")


def test_justified_lines_are_no_table():
    """Word spacing stretched to fill a justified line reads as two spaces between all words,
    the mark of table columns; a table row keeps single spaces inside its cells."""
    assert unjustified("In  uw  pols  loopt  een  zenuw,") == "In uw pols loopt een zenuw,"
    assert unjustified("Week 1  10 mg  4 tabletten") == "Week 1  10 mg  4 tabletten"
    assert unjustified("Telefoon  020 566 31 70") == "Telefoon  020 566 31 70"


def test_a_justified_paragraph_reads_as_text(tmp_path):
    page = [Line("Carpaletunnel", 20, True), Line("Wat is het?", 13.5, True, gap=12),
            Line("In  uw  pols  loopt  een  zenuw,  de  nervus  medianus,  door  een  nauwe", gap=6),
            "doorgang:  de  carpale  tunnel.  Als  die  zenuw  bekneld  raakt,  krijgt  u",
            "tintelingen in de duim en de vingers."]
    assert _passages(tmp_path, [page])[("Wat is het?",)] == (
        "In uw pols loopt een zenuw, de nervus medianus, door een nauwe doorgang: de carpale tunnel. "
        "Als die zenuw bekneld raakt, krijgt u tintelingen in de duim en de vingers.")


# ---------------------------------------------------------------- a box beside the text


def _sidebar_first_page() -> list:
    """A page that draws its sidebar ("In het kort") before the title and the text."""
    side = [Placed("In het kort", 420, 770, 11, True), Placed("• Plaatselijke verdoving", 420, 755, 10.5),
            Placed("• Duur: 15 minuten", 420, 740, 10.5), Placed("• Zelfde dag naar huis", 420, 725, 10.5)]
    main = [Placed("Operatie bij carpaletunnel", 56, 766, 20, True),
            Placed("Informatie voor patiënten van de afdeling Chirurgie", 56, 743, 11),
            Placed("Wat is het?", 56, 705, 13, True)]
    prose = ["In uw pols loopt een zenuw door een nauwe doorgang: de carpale",
             "tunnel. Als die zenuw bekneld raakt, krijgt u tintelingen in de",
             "duim, wijsvinger en middelvinger. Helpen een polsspalk of een",
             "injectie niet, dan kan een operatie de zenuw ruimte geven."]
    main += [Placed(line, 56, 686 - 14.7 * number, 10.5) for number, line in enumerate(prose)]
    main += [Placed("De operatie", 56, 620, 13, True),
             Placed("De ingreep gebeurt onder plaatselijke verdoving.", 56, 601, 10.5)]
    return side + main


def test_a_sidebar_drawn_first_is_read_after_the_text_and_the_title_stays_the_title(tmp_path):
    path = tmp_path / "carpaletunnel.pdf"
    path.write_bytes(make_pdf([_sidebar_first_page()]))
    ingested = ingest_file(path)
    assert ingested.leaflet.title == "Operatie bij carpaletunnel"
    passages = [(p.headings, p.text) for p in ingested.passages]
    # the subtitle under the title is cover, no passage (red team 15 C)
    assert not any("Informatie voor patiënten" in text for _, text in passages)
    assert [headings for headings, _ in passages] == [("Wat is het?",), ("De operatie",), ("In het kort",)]
    assert passages[-1][1] == "• Plaatselijke verdoving\n• Duur: 15 minuten\n• Zelfde dag naar huis"



def test_a_full_line_ending_in_a_colon_runs_on_into_a_phone_number(tmp_path):
    page = [Line("Gastroscopie", 20, True), Line("Contact", 13.5, True, gap=12),
            Line("Heeft u vragen? Bel de afdeling Endoscopie op werkdagen tussen 8.30 en 16.30 uur:", gap=6),
            "(030) 246 81 00. Buiten deze tijden belt u bij spoed de Spoedeisende Hulp van het",
            "ziekenhuis. Meld uw afspraak minstens 24 uur van tevoren af, dan helpen we een ander."]
    assert _passages(tmp_path, [page])[("Contact",)] == (
        "Heeft u vragen? Bel de afdeling Endoscopie op werkdagen tussen 8.30 en 16.30 uur: (030) 246 81 00. "
        "Buiten deze tijden belt u bij spoed de Spoedeisende Hulp van het ziekenhuis. Meld uw afspraak "
        "minstens 24 uur van tevoren af, dan helpen we een ander.")


def test_headings_in_the_margin_are_no_sidebar(tmp_path):
    """Two side headings beside their sections' first lines are few and drawn between the
    lines: a small side, but on the baselines of the text beside it (review of round 9)."""
    sections = [("Na de operatie", ["Na de operatie blijft u enkele uren op de", "uitslaapkamer. De verpleegkundige",
                                    "controleert uw bloeddruk en de wond.", "Daarna gaat u terug naar de afdeling."]),
                ("Naar huis", ["U mag dezelfde dag weer naar huis als u", "goed heeft geplast en gegeten. Iemand",
                               "moet u ophalen: u mag niet zelf rijden.", "Neem uw medicijnen mee naar huis."])]
    page, y = [Placed("Dagopname", 56, 790, 20, True)], 740.0
    for heading, lines in sections:
        page.append(Placed(heading, 56, y, 10, True))
        page += [Placed(line, 160, y - 13 * number, 10) for number, line in enumerate(lines)]
        y -= 13 * len(lines) + 18
    passages = _passages(tmp_path, [page])
    assert list(passages) == [("Na de operatie",), ("Naar huis",)]
    assert passages[("Naar huis",)].startswith("U mag dezelfde dag weer naar huis")
