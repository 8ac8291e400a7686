"""Red team 27's groff page in landscape, turned on by pypdf: its text set up the page
(`0 1 -1 0 x y Tm`) on a page turned upside down (`/Rotate 180`: groff's quarter and
pypdf's `rotate(90)`) is read as its text runs, its table's cells apart as on an upright page."""

from __future__ import annotations

from pathlib import Path

import pypdf
from pdf_factory import Ops, ingest_pdf, make_drawn_pdf, passages_text

from ingest.pdf.fragments import page_fragments

LEAFLETS = Path(__file__).parent / "data" / "redteam27_leaflets"

# (text, bold, where along the line it starts, how far down the page its baseline stands)
_PAGE = [("Reizen met een trombosebeen", True, 90, 60), ("Sta elk uur even op tijdens een lange reis.", False, 90, 80),
         ("Therapeutische elastische kous", True, 90, 126), ("Periode", False, 90, 148.8),
         ("Advies", False, 183.5, 148.8), ("Eerste dagen", False, 90, 162.8),
         ("Zwachtel of kous zodra de zwelling het toelaat", False, 183.5, 162.8),
         ("Heeft u na drie maanden geen klachten", False, 90, 245.6),
         ("meer, dan mag u stoppen met de kous.", False, 90, 257.6)]


def _drawn(turned: bool) -> bytes:
    """The page as groff draws it in landscape (text up an A4 portrait page, `/Rotate 180`
    once pypdf turned it on), or the same page drawn upright on an A4 landscape page."""
    ops = ["BT"]  # one text object, as groff draws a page's text
    for text, bold, along, down in _PAGE:
        matrix = f"0 1 -1 0 {down:g} {along:g}" if turned else f"1 0 0 1 {along:g} {595 - down:g}"
        ops.append(f"/F{2 if bold else 1} 10 Tf {matrix} Tm 0 Tc 0.4 Tw [({text})] TJ")
    ops.append("ET")
    size = {"width": 595, "height": 842, "rotate": 180} if turned else {"width": 842, "height": 595}
    return make_drawn_pdf([[Ops(" ".join(ops))]], glyph_width=500, **size)


def test_text_set_up_a_page_turned_upside_down_reads_as_its_text_runs(tmp_path):
    upright = ingest_pdf(tmp_path, _drawn(False), "a.pdf")
    turned = ingest_pdf(tmp_path, _drawn(True), "b.pdf")
    assert passages_text(turned) == passages_text(upright)
    assert any(passage.headings[-1:] == ("Therapeutische elastische kous",) for passage in turned.passages)
    assert "klachten meer" in passages_text(turned)


def test_cells_of_text_set_up_the_page_stand_apart():
    """A move to a table's next cell along text that runs up the page (y, not x, changes)
    sets the cell apart, as the same move along text that runs across does: read from the
    groff file itself, whose pieces pypdf runs together ("Periode Advies") unless cut."""
    page = pypdf.PdfReader(LEAFLETS / "trombosebeen.pdf").pages[1]
    texts = [fragment.text.strip() for fragment in page_fragments(page)]
    assert "Periode" in texts and "Advies" in texts
    assert "Eerste dagen" in texts


def test_a_document_number_in_the_metadata_title_is_no_part_of_the_title():
    """pypdf's merge kept the /Title "VAS-0412 Trombosebeen" (a document system's number, also
    stamped on every page); the leaflet's first page says "Trombosebeen"."""
    from ingest.pdf.title import without_code

    lines = {"trombosebeen", "diep veneuze trombose in het been"}
    assert without_code("VAS-0412 Trombosebeen", lines) == "Trombosebeen"
    assert without_code("Trombosebeen ORT-033", lines) == "Trombosebeen"
    assert without_code("VAS-0412 Trombosebeen", {"vas-0412 trombosebeen"}) == "VAS-0412 Trombosebeen"
    assert without_code("COVID-19 Vaccinatie", {"vaccinatie"}) == "COVID-19 Vaccinatie"  # a subject's name
    leaflet = Path(__file__).parent / "data" / "redteam27_leaflets" / "trombosebeen.pdf"
    from ingest.pipeline import ingest_file
    assert ingest_file(leaflet).leaflet.title == "Trombosebeen"
