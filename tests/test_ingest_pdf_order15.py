"""Reading order of a page drawn in passes (red team 15): a spreadsheet draws its one-line
cells down the page first and its wrapped cells afterwards; the text is read by position."""

from __future__ import annotations

from pathlib import Path

from pdf_factory import Placed, make_pdf

from ingest.pipeline import ingest_file

LEAFLETS = Path(__file__).parent / "data" / "redteam15_leaflets"


def _calc_page() -> list[Placed]:
    """Two headings drawn first, then each one's wrapped paragraph, as LibreOffice Calc does."""
    return [
        Placed("Koorts", 55, 756, 14, bold=True),
        Placed("Vergeten", 55, 696, 14, bold=True),
        Placed("Bij koorts boven 38,5 graden belt u dezelfde dag de polikliniek, ook in het", 55, 745, 10),
        Placed("weekend en op feestdagen, want dan is er misschien een infectie.", 55, 733, 10),
        Placed("Bent u een dosis vergeten en is het nog dezelfde dag? Neem de tabletten", 55, 685, 10),
        Placed("dan alsnog in, maar neem nooit een dubbele dosis.", 55, 673, 10),
    ]


def test_text_drawn_after_all_headings_is_read_under_its_own(tmp_path):
    path = tmp_path / "calc.pdf"
    path.write_bytes(make_pdf([_calc_page()]))
    passages = {passage.headings[-1]: passage.text for passage in ingest_file(path).passages}
    assert "Bij koorts boven 38,5 graden" in passages["Koorts"]
    assert "koorts" not in passages["Vergeten"].lower()
    assert "nooit een dubbele dosis" in passages["Vergeten"]


def test_two_columns_drawn_one_after_the_other_are_not_interleaved(tmp_path):
    """A second column drawn after the first stands beside it, not in holes it left."""
    left = [Placed(f"Linker kolom regel {n} met wat tekst over de behandeling.", 56, 700 - 14 * n, 10)
            for n in range(6)]
    right = [Placed(f"Rechter kolom regel {n} gaat verder over iets anders.", 320, 707 - 14 * n, 10)
             for n in range(6)]
    path = tmp_path / "columns.pdf"
    path.write_bytes(make_pdf([[Placed("Kolommen", 56, 740, 14, bold=True), *left, *right]]))
    text = ingest_file(path).text
    assert text.index("Linker kolom regel 5") < text.index("Rechter kolom regel 0")


def test_calc_sheet_sections_and_table_advice_stay_in_place():
    passages = ingest_file(LEAFLETS / "prednisolon-afbouwschema.pdf").passages
    by_heading = {}
    for passage in passages:
        by_heading.setdefault(passage.headings[-1] if passage.headings else "", []).append(passage.text)
    assert any("Stop nooit op eigen houtje" in text for text in by_heading["Waarschuwingen"])
    assert not any("Stop nooit" in text for text in by_heading["Contact"])
    assert any("van de longarts een stootkuur" in text for text in by_heading["Waarom dit schema?"])
    table = "\n".join(by_heading["Bijwerkingen"])
    assert "Meer trek, gewichtstoename | Eet regelmatig" in table
