"""Tables that a browser printed to PDF: it draws them cell by cell, so a cell that wraps
draws its second line before the next cell goes back up to the row's baseline. Each test
lays out such a page by hand (Placed text in drawing order)."""

from __future__ import annotations

from pdf_factory import Line, Placed, make_pdf

from ingest.pipeline import ingest_file


def _passages(tmp_path, pages) -> dict[tuple[str, ...], str]:
    path = tmp_path / "folder.pdf"
    path.write_bytes(make_pdf(pages))
    return {p.headings: p.text for p in ingest_file(path).passages}


def _cell_by_cell(rows: list[list[list[str]]], columns: list[float], top: float, leading: float = 13,
                  gap: float = 5) -> list[Placed]:
    """Rows of cells, each cell a list of its lines, drawn cell by cell from the top."""
    placed, y = [], top
    for row in rows:
        for x, cell in zip(columns, row):
            placed += [Placed(text, x, y - number * leading, 10) for number, text in enumerate(cell)]
        y -= leading * max(len(cell) for cell in row) + gap
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
    assert "Arm boven schouderhoogte heffen Na 6 weken" in text
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
