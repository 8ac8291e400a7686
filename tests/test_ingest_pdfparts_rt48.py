"""Red team 48: a leaflet attached to a cover letter PDF (pdfattach), a poster's tiles
(pdfposter), a PDF whose text is drawn as outlines (pstoedit)."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
import pytest
from leaflet_files import ingest_leaflets_as
from pdf_factory import Line, make_pdf
from pypdf.generic import DecodedStreamObject, NameObject, RectangleObject

from ingest.document import IngestError
from ingest.pipeline import ingest_leaflets
from leaflets.pages.strings import plain_cause

LEAFLETS = Path(__file__).parent / "data" / "redteam48_leaflets"

LETTER = [Line("Polikliniek Oogheelkunde", 14, bold=True),
          Line("Beste mevrouw, meneer, in de bijlage van dit document vindt u de folder.", gap=10)]
FOLDER = [Line("Staaroperatie", 18, bold=True),
          Line("Wat is staar?", 13, bold=True, gap=12),
          Line("Bij staar wordt de lens in uw oog troebel. U ziet dan wazig en kleuren worden flets."),
          Line("Na de operatie", 13, bold=True, gap=12),
          Line("Wrijf de eerste twee weken niet in uw oog en draag 's nachts de oogkap.")]


def _with_attachments(outer: bytes, files: dict[str, bytes]) -> bytes:
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(outer)))
    for name, data in files.items():
        writer.add_attachment(name, data)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_an_attached_pdf_is_a_leaflet_of_its_own_beside_the_letter(tmp_path):
    items = ingest_leaflets_as(tmp_path, "staar.pdf",
                               _with_attachments(make_pdf([LETTER]), {"folder.pdf": make_pdf([FOLDER])}))
    assert [item.leaflet.id for item in items] == ["staar", "staar-folder"]
    letter, folder = items
    assert "bijlage" in letter.text and "troebel" not in letter.text
    assert folder.leaflet.title == "Staaroperatie"
    assert "troebel" in folder.text and "oogkap" in folder.text
    assert folder.leaflet.source_path == letter.leaflet.source_path  # the stored file holds both
    assert not folder.leaflet.paged  # its page N is not the letter's page N: no #page link
    assert not letter.warnings


def test_an_attachment_that_cannot_be_read_is_named_in_a_warning(tmp_path):
    data = _with_attachments(make_pdf([LETTER]), {"foto.png": b"\x89PNG\r\n\x1a\n" + bytes(64),
                                                  "kapot.pdf": b"%PDF-1.4\nnot a pdf at all"})
    items = ingest_leaflets_as(tmp_path, "brief.pdf", data)
    assert [item.leaflet.id for item in items] == ["brief"]
    warnings = " ".join(str(warning) for warning in items[0].warnings)
    assert "foto.png is not indexed" in warnings and "kapot.pdf is not indexed" in warnings


def test_the_attachments_of_an_attachment_are_not_read(tmp_path):
    inner = _with_attachments(make_pdf([FOLDER]), {"diep.pdf": make_pdf([LETTER])})
    items = ingest_leaflets_as(tmp_path, "brief.pdf", _with_attachments(make_pdf([LETTER]), {"folder.pdf": inner}))
    assert [item.leaflet.id for item in items] == ["brief", "brief-folder"]


def test_a_letter_without_text_still_yields_its_attached_leaflet(tmp_path):
    items = ingest_leaflets_as(tmp_path, "scan.pdf",
                               _with_attachments(make_pdf([[]]), {"folder.pdf": make_pdf([FOLDER])}))
    assert [item.leaflet.id for item in items] == ["scan-folder"]
    assert "own text is not indexed" in " ".join(str(warning) for warning in items[0].warnings)


def test_redteam48_ooglidcorrectie_reads_the_attached_leaflet():
    items = ingest_leaflets(LEAFLETS / "ooglidcorrectie.pdf", root=LEAFLETS)
    assert [item.leaflet.id for item in items] == ["ooglidcorrectie", "ooglidcorrectie-ooglidcorrectie"]
    folder = items[1]
    assert folder.leaflet.title == "Ooglidcorrectie van het bovenooglid"
    assert folder.leaflet.updated == "2026-01-09"
    assert "diepvrieserwten" in folder.text


def _poster(page: bytes, tiles: int = 4) -> bytes:
    """One page tiled over `tiles` sheets as pdfposter does: every sheet the whole content, its own box."""
    source = pypdf.PdfReader(io.BytesIO(page)).pages[0]
    writer = pypdf.PdfWriter()
    for number in range(tiles):
        tile = writer.add_page(source)
        left, bottom = (number % 2) * 297.5, (1 - number // 2) * 421
        tile.mediabox = RectangleObject([left, bottom, left + 297.5, bottom + 421])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


POSTER = [Line("Bloeddruk meten", 18, bold=True),
          Line("Huisartsenpraktijk De Vaart", gap=4),
          Line("Waarom thuis meten?", 13, bold=True, gap=12),
          Line("In de spreekkamer is de bloeddruk vaak hoger dan thuis, omdat u gespannen bent."),
          Line("Door thuis te meten krijgt de huisarts een beter beeld van uw gewone bloeddruk."),
          Line("Contact", 13, bold=True, gap=12),
          Line("Bel de praktijkondersteuner op werkdagen tussen 10.30 en 12.00 uur.")]


def test_a_posters_tiles_are_read_once_at_the_first_tile(tmp_path):
    [item] = ingest_leaflets_as(tmp_path, "poster.pdf", _poster(make_pdf([POSTER])))
    assert item.text.count("spreekkamer") == 1
    assert "10.30 en 12.00 uur" in item.text  # the last line, on every tile, is no running footer
    assert "Huisartsenpraktijk De Vaart" in item.text
    assert {page for passage in item.passages for page in passage.pages} == {1}


def test_redteam48_bloeddruk_poster_is_one_copy_with_its_contact_hours():
    [item] = ingest_leaflets(LEAFLETS / "bloeddruk-thuis-meten.pdf", root=LEAFLETS)
    assert len(item.passages) == 7
    assert "tot en met vrijdag van 10.30 tot 12.00 uur." in item.text
    assert "Huisartsen Samen Leiden, praktijkondersteuners" in item.text


def test_two_short_pages_alike_stay_two_pages(tmp_path):
    [item] = ingest_leaflets_as(tmp_path, "notities.pdf", make_pdf([FOLDER, [Line("Notities", 13, bold=True)],
                                                                   [Line("Notities", 13, bold=True)]]))
    assert item.text.count("Notities") == 2


def _outlined_pdf() -> bytes:
    """A page whose 'text' is filled glyph outlines, no font and no image (pstoedit -f pdf)."""
    glyph = b"10 10 m 12 10 l 12 14 l 11 15 12 16 10 16 c 10 10 l h f*\n"
    writer = pypdf.PdfWriter()
    page = writer.add_blank_page(595, 842)
    stream = DecodedStreamObject()
    stream.set_data(b"0 0 0 rg\n" + b"".join(b"1 0 0 1 %d %d cm\n" % (3, 0) + glyph for _ in range(400)))
    page[NameObject("/Contents")] = writer._add_object(stream)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_pdf_of_outlines_is_refused_as_outlines_not_as_a_scan(tmp_path):
    with pytest.raises(IngestError, match="drawn as shapes") as raised:
        ingest_leaflets_as(tmp_path, "contouren.pdf", _outlined_pdf())
    assert "scanned" not in raised.value.cause
    assert "een scan" not in plain_cause("nl", raised.value.cause)


def test_a_blank_pdf_is_still_refused_as_scanned(tmp_path):
    with pytest.raises(IngestError, match="looks scanned"):
        ingest_leaflets_as(tmp_path, "leeg.pdf", make_pdf([[]]))


def test_redteam48_zelfkatheterisatie_is_refused_as_outlines():
    with pytest.raises(IngestError, match="drawn as shapes"):
        ingest_leaflets(LEAFLETS / "zelfkatheterisatie.pdf", root=LEAFLETS)


def test_a_page_repeated_further_on_is_a_page_of_its_own(tmp_path):
    """The EMA's product information repeats its contact pages in every leaflet it holds."""
    [item] = ingest_leaflets_as(tmp_path, "twee.pdf", make_pdf([POSTER, FOLDER, POSTER]))
    assert item.text.count("spreekkamer") == 2


def test_a_pdf_attached_to_itself_is_read_once(tmp_path):
    """A letter carrying a copy of itself (a tool that attaches the original) gives one leaflet."""
    letter = make_pdf([LETTER])
    items = ingest_leaflets_as(tmp_path, "brief.pdf", _with_attachments(letter, {"brief.pdf": letter}))
    assert len(items) == 1 and not items[0].warnings
