"""Red team 23's html2ps table: each row one `TJ`, a kern into each cell, the borders drawn after."""

from __future__ import annotations

from pdf_factory import Ops, Placed, Rule, ingest_pdf, make_drawn_pdf, passages_text


def _row(cells: list[tuple[str, float]]) -> str:
    """A `TJ` of cells, each followed by its kern into the next (0 for the last)."""
    return "[" + " ".join(f"({text}) {kern:g}" if kern else f"({text})" for text, kern in cells) + "] TJ"


def test_a_ruled_tables_rows_drawn_as_one_tj_each_are_read_cell_by_cell(tmp_path):
    # Every glyph is half an em (5 points at 10 pt). The body rows start at x 60 and move into
    # the second cell with a kern under 3 ems ("Nifedipine 30 mg retard" ends at 175, -1500
    # lands at 190, over the rule at 185): no jump by its size. The bold header row's cells
    # are centred, its jumps landing where no other row's do: no column by its landings.
    # Only the rules the page strokes at the rows' height, after the text, set the cells apart.
    header = [("Medicijn", -9700), ("Hoe vaak", -11250), ("Let op", 0)]
    rows = [[("Nifedipine 30 mg retard", -1500), ("1 keer per dag", -7500), ("Niet met grapefruitsap", 0)],
            [("Nitroglycerinezalf 2%", -2500), ("Dun op de vingers", -6000), ("Kan hoofdpijn geven", 0)],
            [("Iloprost-infuus (kuur)", -2000), ("In het ziekenhuis", -6000), ("Bij wondjes", 0)]]
    page = [Placed("Medicijnen bij Raynaud", 56, 760, 16, bold=True),
            Placed("Helpen de maatregelen niet genoeg, dan kan de arts een medicijn voorschrijven.", 56, 730, 10),
            Ops("BT /F2 10 Tf 1 0 0 1 100.5 685 Tm " + _row(header) + " ET"),
            Ops("BT /F1 10 Tf 20 TL 1 0 0 1 60 665 Tm " + " T* ".join(_row(row) for row in rows) + " ET"),
            *[Rule(x, 615, 700) for x in (56, 185, 330, 480)],
            Placed("Vertel het uw arts als u andere medicijnen gebruikt.", 56, 580, 10)]
    item = ingest_pdf(tmp_path, make_drawn_pdf([page], glyph_width=500))
    assert "Medicijn | Hoe vaak | Let op\nNifedipine 30 mg retard | 1 keer per dag | Niet met grapefruitsap\n" \
           "Nitroglycerinezalf 2% | Dun op de vingers | Kan hoofdpijn geven\n" \
           "Iloprost-infuus (kuur) | In het ziekenhuis | Bij wondjes" in passages_text(item)
    assert all("Hoe vaak" not in heading for passage in item.passages for heading in passage.headings)


def test_a_web_pages_breadcrumb_over_its_title_goes_and_arrows_in_the_text_stay(tmp_path):
    # html2ps printed an intranet page: its trail, in small type over the title, was a passage
    # of its own. A trail from "Home" goes anywhere; this one starts at the site's name.
    page = [Placed("Intranet > Patientenvoorlichting > Dermatologie", 56, 760, 9),
            Placed("Het fenomeen van Raynaud", 56, 720, 19, bold=True),
            Placed("Wat is het?", 56, 680, 14, bold=True),
            Placed("Bij Raynaud knijpen de kleine bloedvaten in uw vingers zich tijdelijk te sterk samen.", 56, 660, 11),
            Placed("Wit > blauw > rood", 56, 645, 11),
            Placed("Zo verkleuren de vingers tijdens een aanval, in die volgorde.", 56, 630, 11)]
    text = passages_text(ingest_pdf(tmp_path, make_drawn_pdf([page])))
    assert "Intranet" not in text
    assert "Wit > blauw > rood" in text
