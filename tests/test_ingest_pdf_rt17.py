"""Red team 17's PDFs: a folder stamped after it was made (a letterhead, a watermark, a FreeText
sticker), texi2pdf's front matter, mandoc's manual page and a LibreOffice Draw flyer set in
one style."""

from __future__ import annotations

import io
from pathlib import Path

from pdf_factory import Ops, Placed, ingest_pdf, make_drawn_pdf, passages_text
from pypdf import PdfReader, PdfWriter
from pypdf.annotations import FreeText
from pypdf.generic import NameObject, NumberObject

from ingest.dates import find_updated
from ingest.pipeline import ingest_file

LEAFLETS = Path(__file__).parent / "data" / "redteam17_leaflets"

BODY = ["Bij een kuitkramp trekt de kuitspier plotseling en onwillekeurig samen. Dat doet pijn.",
        "Nachtelijke kuitkrampen komen veel voor, vooral bij ouderen en bij zwangere vrouwen.",
        "Rekoefeningen voor het slapengaan kunnen helpen, al is het bewijs daarvoor beperkt."]


def _folder(extra: list[Placed | Ops] = ()) -> bytes:
    """A one-page folder: title, a heading and three paragraphs, and what `extra` adds."""
    page = [Placed("Nachtelijke kuitkrampen", 78, 745, 18, bold=True),
            Placed("Wat zijn kuitkrampen?", 78, 700, 14, bold=True)]
    page += [Placed(text, 78, 680 - 20 * number, 10) for number, text in enumerate(BODY)]
    return make_drawn_pdf([page + list(extra)])


LETTERHEAD = [Ops("0 0.4 0.3 rg 470 790 60 30 re f 1 1 1 rg BT /F2 14 Tf 1 0 0 1 478 800 Tm (DL) Tj ET 0 0 0 rg"),
              Placed("Huisartsen De Linde  \xb7  Zorg dichtbij", 400, 780, 8)]


def test_a_letterheads_mark_over_its_name_is_a_header(tmp_path):
    item = ingest_pdf(tmp_path, _folder(LETTERHEAD))
    assert "Zorg dichtbij" not in passages_text(item)
    assert all("DL" not in passage.headings for passage in item.passages)
    assert BODY[0] in passages_text(item)


def test_a_watermark_set_aslant_is_no_text(tmp_path):
    watermark = Ops("BT /F2 90 Tf 0.7071 0.7071 -0.7071 0.7071 150 260 Tm (CONCEPT) Tj ET")
    item = ingest_pdf(tmp_path, _folder([watermark]))
    assert "CONCEPT" not in passages_text(item)
    assert item.leaflet.title == "Nachtelijke kuitkrampen"
    assert item.passages[0].headings == ("Wat zijn kuitkrampen?",)


def _with_sticker(pdf: bytes, text: str, flags: int = 0) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    annotation = FreeText(text=text, rect=(330, 700, 560, 740), font="Helvetica", font_size="9pt")
    if flags:
        annotation[NameObject("/F")] = NumberObject(flags)
    writer.add_annotation(page_number=0, annotation=annotation)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


STICKER = "Let op: nieuw telefoonnummer 055 521 30 30 vanaf 1 juni 2026"


def test_a_freetext_stickers_words_are_read_after_the_page(tmp_path):
    item = ingest_pdf(tmp_path, _with_sticker(_folder(), STICKER))
    text = passages_text(item)
    assert STICKER in text
    assert text.index(BODY[-1]) < text.index(STICKER)  # not run into the line it covers


def test_a_hidden_freetext_annotation_is_not_read(tmp_path):
    item = ingest_pdf(tmp_path, _with_sticker(_folder(), STICKER, flags=2))
    assert "telefoonnummer" not in passages_text(item)


def test_the_stamped_folder_of_red_team_17():
    item = ingest_file(LEAFLETS / "kuitkrampen.pdf")
    text = passages_text(item)
    assert "Zorg dichtbij" not in text and "CONCEPT" not in text
    assert STICKER in text
    assert all(passage.headings[:1] != ("DL",) for passage in item.passages)
    assert item.leaflet.updated == "2026-04"


def test_a_version_dated_in_brackets_dates_the_leaflet():
    assert find_updated("Informatie van de huisartsenpraktijk De Linde, versie 2 (april 2026)") == "2026-04"
    assert find_updated("Folder, versie 1.2 (12 maart 2025).") == "2025-03-12"
    # a year alone cites a guideline's version; a bracket inside a sentence dates something else
    assert find_updated("Zie de NHG-standaard versie 3 (2019).") == ""
    assert find_updated("We volgen versie 2 (april 2026) van het protocol.") == ""


def test_a_roman_page_number_at_a_pages_head_is_furniture(tmp_path):
    pages = [[Placed("Triggervinger", 90, 560, 20), Placed("Handcentrum Rijnmond", 90, 112, 14)],
             [Placed("i", 519, 734, 11), Placed("Een triggervinger blijft haken als u de hand buigt.", 90, 684, 11)],
             [Placed("1", 516, 734, 11), Placed("Wat is een triggervinger?", 90, 684, 17, bold=True),
              Placed("De buigpezen lopen door een soort tunnels van stevig bindweefsel.", 90, 656, 11)]]
    item = ingest_pdf(tmp_path, make_drawn_pdf(pages))
    assert all(passage.text.strip() != "i" for passage in item.passages)
    assert "\ni\n" not in f"\n{passages_text(item)}\n"


def test_texinfos_contents_page_number_is_no_passage():
    item = ingest_file(LEAFLETS / "triggervinger.pdf")
    assert all(passage.text.strip() != "i" for passage in item.passages)
    assert all("Handcentrum Rijnmond" not in passage.headings for passage in item.passages)


def _manual_page(footer: list[Placed] = ()) -> bytes:
    """A manual page as mandoc sets it, on two pages: sections in bold capitals, sub-sections
    bold in ordinary case and a little indented, all at the body's size; `footer` on each page."""
    lines = [("OMSCHRIJVING", 68, 703, True), ("Divertikels zijn kleine uitstulpingen van de darmwand.", 87, 688, False),
             ("BEHANDELING", 68, 657, True), ("Ongecompliceerde diverticulitis", 76, 642, True),
             ("De meeste mensen hebben een lichte ontsteking. U mag thuis herstellen.", 87, 626, False),
             ("Gecompliceerde diverticulitis", 76, 595, True),
             ("Bij een abces wordt u opgenomen in het ziekenhuis en krijgt u antibiotica.", 87, 580, False),
             ("WANNEER BELLEN", 68, 549, True), ("Bel de huisarts als de buikpijn erger wordt.", 87, 534, False)]
    page = [Placed(text, x, y, 11, bold) for text, x, y, bold in lines]
    more = [Placed("CONTACT", 68, 703, 11, True), Placed("Polikliniek MDL, telefoon 020 555 73 10.", 87, 688, 11)]
    return make_drawn_pdf([page + list(footer), more + list(footer)])


def test_a_heading_in_capitals_opens_the_sub_headings_in_ordinary_case_under_it(tmp_path):
    item = ingest_pdf(tmp_path, _manual_page())
    paths = {passage.text.split(".")[0]: passage.headings for passage in item.passages}
    assert paths["De meeste mensen hebben een lichte ontsteking"] == ("BEHANDELING", "Ongecompliceerde diverticulitis")
    assert paths["Bij een abces wordt u opgenomen in het ziekenhuis en krijgt u antibiotica"] == (
        "BEHANDELING", "Gecompliceerde diverticulitis")
    assert paths["Bel de huisarts als de buikpijn erger wordt"] == ("WANNEER BELLEN",)


def test_a_date_in_a_footers_cells_apart_by_wide_space_dates_the_leaflet(tmp_path):
    footer = [Placed("Maag-Darm-Leverziekten", 68, 36, 11), Placed("10 februari 2026", 271, 36, 11),
              Placed("DIVERTICULITIS(7)", 445, 36, 11)]
    item = ingest_pdf(tmp_path, _manual_page(footer))
    assert item.leaflet.updated == "2026-02-10"
    assert "februari" not in passages_text(item)


def test_mandocs_manual_page():
    item = ingest_file(LEAFLETS / "diverticulitis.pdf")
    assert item.leaflet.updated == "2026-02-10"
    assert ("BEHANDELING", "Gecompliceerde diverticulitis") in {passage.headings for passage in item.passages}


def _flyer() -> bytes:
    """A column of a flyer whose headings are set like its text (LibreOffice Draw drops
    styles it cannot apply): 18 points, not bold, one line apart, each line as it wraps."""
    lines = ["Bij een ooglidcorrectie haalt de", "chirurg overtollige huid en vet", "weg van het bovenooglid. Dan",
             "vergoedt de verzekeraar de", "operatie soms. Daarvoor maken", "we eerst foto's.",
             "Voor de operatie",
             "Stop in overleg met uw arts een", "week van tevoren met de", "bloedverdunners die u slikt.",
             "Herstel",
             "Blauwe plekken en zwelling zijn", "normaal en verdwijnen in twee", "tot drie weken."]
    page = [Placed("Ooglidcorrectie", 50, 794, 18)] + [
        Placed(text, 50, 708 - 20.2 * number, 18) for number, text in enumerate(lines)]
    return make_drawn_pdf([page])


def test_a_short_line_in_the_bodys_style_over_a_full_line_stands_apart(tmp_path):
    item = ingest_pdf(tmp_path, _flyer())
    paths = {passage.headings: passage.text for passage in item.passages}
    assert paths[("Voor de operatie",)].startswith("Stop in overleg")
    assert paths[("Herstel",)].startswith("Blauwe plekken")
    assert "Voor de operatie" not in passages_text(item)


def test_draws_flyer_has_its_sections():
    item = ingest_file(LEAFLETS / "ooglidcorrectie.pdf")
    headings = {heading for passage in item.passages for heading in passage.headings}
    assert {"Voor de operatie", "Na de operatie", "Herstel", "Risico's", "Kosten"} <= headings
    assert "foto's. Voor de operatie" not in passages_text(item)


def test_a_subject_and_its_organisation_under_the_title_heads_no_section(tmp_path):
    path = tmp_path / "ooglid.txt"
    path.write_text("Ooglidcorrectie\nBovenooglidcorrectie bij overtollige huid – Kliniek Oog & Lid\n\n"
                    "Bij een ooglidcorrectie haalt de chirurg overtollige huid weg. Daarvoor maken we foto's.\n\n"
                    "Herstel\n\nBlauwe plekken en zwelling verdwijnen in twee tot drie weken.\n", encoding="utf-8")
    item = ingest_file(path)
    assert all("Kliniek Oog & Lid" not in " ".join(passage.headings) for passage in item.passages)
    assert item.passages[-1].headings == ("Herstel",)
