"""Red team 15's reading order and cover lines: a page drawn in passes (a spreadsheet draws
its one-line cells down the page first and its wrapped cells afterwards) is read by position;
a note in the margin does not cut its paragraph; a running header set in fields and a
slogan under the title make no text of their own."""

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
    assert "Slecht slapen, onrustig of opgewonden voelen | Neem de tabletten altijd 's ochtends" in table
    assert "Hogere bloedsuiker | Heeft u diabetes?" in table


def test_a_note_in_the_margin_does_not_cut_its_paragraph(tmp_path):
    """LaTeX's marginnote draws its note mid-line: the line's first piece, the note down the
    margin, then the line's rest back on its baseline. The paragraph reads on; the note after it."""
    page = [
        Placed("Wat is schurft?", 56, 760, 14, bold=True),
        Placed("De belangrijkste klacht is jeuk, vooral 's nachts als u warm in bed ligt.", 56, 735, 10),
        Placed("Het duurt twee tot zes weken voordat de jeuk begint.", 56, 722, 10),
        Placed(" Jeuk kan na de", 480, 722, 8),
        Placed("behandeling nog vier", 480, 713, 8),
        Placed("weken aanhouden.", 480, 704, 8),
        Placed("In die tijd kunt u", 330, 722, 10),
        Placed("anderen al besmetten zonder dat u het zelf weet.", 56, 709, 10),
        Placed("Hoe krijgt u schurft?", 56, 670, 14, bold=True),
        Placed("Door langdurig en direct huidcontact.", 56, 650, 10),
    ]
    path = tmp_path / "marge.pdf"
    path.write_bytes(make_pdf([page]))
    text = ingest_file(path).text
    assert "voordat de jeuk begint. In die tijd kunt u anderen al besmetten" in text
    assert text.index("zelf weet.") < text.index("Jeuk kan na de behandeling") < text.index("Hoe krijgt u")


def test_a_superscript_after_its_word_is_no_margin_note(tmp_path):
    """A footnote mark drawn after its line's first piece, above its baseline, stays in place."""
    page = [
        Placed("Iedereen kan het krijgen", 56, 735, 10),
        Placed("1", 170, 739, 6),
        Placed(", ook mensen die zich elke dag wassen.", 175, 735, 10),
    ]
    path = tmp_path / "noot.pdf"
    path.write_bytes(make_pdf([page]))
    assert "wassen" in ingest_file(path).text.split("krijgen", 1)[1]


def test_latex_margin_note_is_read_after_its_paragraph():
    text = ingest_file(LEAFLETS / "schurft.pdf").text
    assert "voordat de jeuk begint. In die tijd kunt u anderen al besmetten" in text
    assert text.index("zonder dat u het zelf weet") < text.index("Jeuk kan na de behandeling")


def test_running_header_set_in_fields_a_point_larger_than_the_text_is_dropped(tmp_path):
    """LibreOffice Calc prints its page header ("Longartsen Spaarne Zuid ... Afbouwschema")
    at 11 points over a sheet of 10: larger than the text, yet no heading spreads a few
    words over the page in fields, at one height in the top margin of every page."""
    pages = []
    for number, word in enumerate(("eerste", "tweede"), start=1):
        pages.append([
            Placed("Longartsen Spaarne Zuid", 54, 810, 11),
            Placed("Afbouwschema", 470, 810, 11),
            Placed(f"Het {word} onderwerp", 56, 760, 14, bold=True),
            *[Placed(f"Op de {word} pagina staat regel {n} van de uitleg over het afbouwen.", 56, 735 - 12 * n, 10)
              for n in range(8)],
        ])
    path = tmp_path / "calc-kop.pdf"
    path.write_bytes(make_pdf(pages))
    leaflet = ingest_file(path)
    assert "Longartsen" not in leaflet.text
    assert "regel 7 van de uitleg" in leaflet.text


def test_a_slogan_under_the_title_makes_no_passage(tmp_path):
    """A subtitle of seven words, or a line of fields set apart by dots, under the title and
    over the first section is cover, as a department's name is: no passage of its own."""
    body = ("Bij tinnitus hoort u geluiden die niet van buiten komen, zoals piepen of ruisen. "
            "Ongeveer een op de tien volwassenen heeft er regelmatig last van.")
    for subtitle in ("Leven met geluiden die er niet zijn", "Longpoli · Longartsen Spaarne Zuid · Patiënteninformatie"):
        path = tmp_path / "tinnitus.md"
        path.write_text(f"# Oorsuizen\n\n{subtitle}\n\n## Wat is tinnitus?\n\n{body}\n", encoding="utf-8")
        passages = ingest_file(path).passages
        assert [(p.headings, p.text) for p in passages] == [(("Wat is tinnitus?",), body)]


def test_a_sentence_under_the_title_stays_text(tmp_path):
    body = "Bij tinnitus hoort u geluiden die niet van buiten komen, zoals piepen of ruisen."
    path = tmp_path / "tinnitus.md"
    path.write_text(f"# Oorsuizen\n\nIn deze folder leest u wat u zelf kunt doen.\n\n## Wat is tinnitus?\n\n{body}\n",
                    encoding="utf-8")
    assert "In deze folder leest u" in ingest_file(path).passages[0].text


def test_a_wrapped_cell_drawn_after_the_one_line_cells_stays_whole(tmp_path):
    """Calc draws a table's one-line cells first and its wrapped cells after; read by
    position, a first cell's second line ("opgewonden voelen") stays in its cell, not in
    the next row's."""
    rules = "De bijwerkingen verdwijnen meestal vanzelf als de dosis lager wordt, zegt de arts."
    page = [
        Placed("Vergeten?", 55, 820, 12, bold=True),
        Placed("Bijwerkingen", 55, 780, 12, bold=True),
        Placed("Klacht", 55, 760, 10, bold=True), Placed("Wat kunt u doen?", 205, 760, 10, bold=True),
        Placed("Meer trek", 55, 745, 10),
        Placed("Neem de tabletten altijd 's ochtends in.", 205, 717, 10),
        Placed("Hogere bloedsuiker", 55, 690, 10),
        Placed("Maagklachten", 55, 662, 10),
        Placed("Waarschuwingen", 55, 630, 12, bold=True),
        Placed("Bent u een dosis vergeten en is het nog dezelfde dag? Neem de vergeten tabletten", 55, 806, 10),
        Placed("dan alsnog in, maar neem nooit een dubbele dosis.", 55, 795, 10),
        Placed("Eet regelmatig en kies tussendoor fruit of groente. Het extra", 205, 745, 10),
        Placed("gewicht verdwijnt meestal na het stoppen.", 205, 734, 10),
        Placed("Slecht slapen, onrustig of", 55, 717, 10),
        Placed("opgewonden voelen", 55, 706, 10),
        Placed("Heeft u diabetes? Meet uw bloedsuiker vaker en overleg met", 205, 690, 10),
        Placed("uw diabetesverpleegkundige.", 205, 679, 10),
        Placed("Neem de tabletten met eten. Gebruikt u ook ibuprofen, dan", 205, 662, 10),
        Placed("krijgt u een maagbeschermer.", 205, 651, 10),
        Placed(rules, 55, 617, 10),
        Placed("Stop nooit op eigen houtje en ga niet sneller afbouwen dan in het schema staat.", 55, 606, 10),
    ]
    path = tmp_path / "tabel.pdf"
    path.write_bytes(make_pdf([page]))
    passages = {p.headings[-1]: p.text for p in ingest_file(path).passages}
    rows = passages["Bijwerkingen"].replace(" | ", " ").splitlines()  # a table without rules: no bars
    assert any(row.startswith("Meer trek Eet regelmatig") for row in rows)
    assert any(row.startswith("Slecht slapen, onrustig of opgewonden voelen Neem de tabletten altijd") for row in rows)
    assert any(row.startswith("Hogere bloedsuiker Heeft u diabetes?") for row in rows)
    assert "Stop nooit op eigen houtje" in passages["Waarschuwingen"]
    assert "nooit een dubbele dosis" in passages["Vergeten?"]
