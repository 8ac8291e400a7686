"""Red team 25's tbl table set by cairo (groff, then pdftocairo): the first column's narrowest
gap a kern under a jump, its cells' wrapped lines drawn before the next cell goes back up."""

from __future__ import annotations

from pdf_factory import Ops, Placed, ingest_pdf, make_drawn_pdf, passages_text


def test_a_tbl_tables_narrow_first_column_and_wrapped_cells_are_read_row_by_row(tmp_path):
    # Every glyph is half an em (5 points at 10 pt). The header jumps into its second column (-5700
    # lands "Gebruik" at 147); the rows' first cells end 12 to 17 points before 147, a kern
    # under 2 ems, no jump. Each row's second and third cells wrap, their second lines drawn
    # before the next cell goes back up to the row's baseline.
    header = "BT /F2 10 Tf 1 0 0 1 60 700 Tm [(Middel) -5700 (Gebruik)] TJ 1 0 0 1 312 700 Tm (Bijwerking) Tj ET"
    rows = ("BT /F1 10 Tf 1 0 0 1 60 686 Tm [(Hormoonzalf 1%) -1700 (1 keer per dag dun smeren, maxi-)] TJ "
            "1 0 0 1 147 674 Tm (maal 2 weken) Tj 1 0 0 1 312 686 Tm (Dunne huid bij lang gebruik) Tj "
            "1 0 0 1 60 656 Tm [(Tabletten 30 mg) -1200 (1 tablet per dag in de winter-)] TJ "
            "1 0 0 1 147 644 Tm (maanden) Tj 1 0 0 1 312 656 Tm (Hoofdpijn, rood gezicht,) Tj "
            "1 0 0 1 312 644 Tm (dikke enkels) Tj ET")
    page = [Placed("Behandeling", 56, 760, 12, bold=True),
            Placed("Meestal is behandeling niet nodig als u de kou vermijdt. Soms schrijft de arts een middel voor.", 56, 730, 10),
            Ops(header), Ops(rows),
            Placed("Is het iets ernstigs?", 56, 610, 12, bold=True),
            Placed("Wintertenen zijn vervelend, maar niet gevaarlijk. Soms horen ze bij een andere ziekte.", 56, 590, 10)]
    text = passages_text(ingest_pdf(tmp_path, make_drawn_pdf([page], glyph_width=500)))
    assert "Middel | Gebruik | Bijwerking\n" \
           "Hormoonzalf 1% | 1 keer per dag dun smeren, maximaal 2 weken | Dunne huid bij lang gebruik\n" \
           "Tabletten 30 mg | 1 tablet per dag in de wintermaanden | Hoofdpijn, rood gezicht, dikke enkels" in text
