"""Files indexed with a flaw an editor should fix: a PDF with text whose other pages are
scans. The text pages are indexed; the scanned ones are named, in the CLI and the app."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest
from PIL import Image
from leaflet_files import write_file
from pdf_factory import Line, Placed, make_pdf

from ingest.document import SCANNED_PAGES, IngestWarning, page_list
from ingest.pipeline import ingest_file
from leaflets.pages.strings import plain_warning

ROOT = Path(__file__).resolve().parent.parent
TEXT_PAGE = [Line("Na uw operatie", 18, True),
             Line("U mag de eerste week niet zwaar tillen. Bel bij koorts de afdeling.", gap=8)]


def _with_image_pages(pdf: bytes, at: list[int], size: tuple[int, int] = (1240, 1754)) -> bytes:
    """The PDF with a page that is only a picture (white, `size` pixels) inserted at each of `at`."""
    picture = io.BytesIO()
    Image.new("L", size, 255).save(picture, "PDF", resolution=150)
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(pdf)))
    for index in at:
        writer.insert_page(pypdf.PdfReader(io.BytesIO(picture.getvalue())).pages[0], index)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _ingest(tmp_path: Path, data: bytes):
    path = write_file(tmp_path, "operatie.pdf", data)
    return path, ingest_file(path)


def test_scanned_pages_between_text_pages_are_named_and_the_text_is_indexed(tmp_path):
    data = _with_image_pages(make_pdf([TEXT_PAGE, TEXT_PAGE]), at=[1, 2, 4])
    path, item = _ingest(tmp_path, data)
    assert "niet zwaar tillen" in item.passages[0].text
    assert item.warnings == (IngestWarning(str(path), SCANNED_PAGES, (2, 3, 5)),)
    assert str(item.warnings[0]) == (f"{path}: pages 2-3, 5 are only images, with no text (scans?); "
                                     "their words cannot be found until OCR is done")


def _numbered(lines: list[Line], number: int) -> list[Line | Placed]:
    return [*lines, Placed(str(number), 297, 30, 9)]


def test_a_scan_with_a_stamped_page_number_is_named(tmp_path):
    # PDFs put together in Acrobat get a page number stamped on every page, scans included
    text = make_pdf([_numbered(TEXT_PAGE, 1), _numbered([], 2), _numbered(TEXT_PAGE, 3)])
    reader = pypdf.PdfReader(io.BytesIO(_with_image_pages(text, at=[3])))
    writer = pypdf.PdfWriter()
    for number in (0, 3, 2):  # the picture, with page 2's number stamped on it, in page 2's place
        writer.add_page(reader.pages[number])
    writer.pages[1].merge_page(reader.pages[1])
    out = io.BytesIO()
    writer.write(out)
    path, item = _ingest(tmp_path, out.getvalue())
    assert [w.pages for w in item.warnings] == [(2,)]


def test_a_blank_page_that_could_draw_the_scan_but_does_not_is_no_scan(tmp_path):
    reader = pypdf.PdfReader(io.BytesIO(_with_image_pages(make_pdf([TEXT_PAGE]), at=[1])))
    writer = pypdf.PdfWriter(clone_from=reader)
    blank = writer.add_blank_page()
    blank[pypdf.generic.NameObject("/Resources")] = writer.pages[1]["/Resources"]  # shared, unused
    out = io.BytesIO()
    writer.write(out)
    _, item = _ingest(tmp_path, out.getvalue())
    assert [w.pages for w in item.warnings] == [(2,)]


def test_a_leaflet_cited_from_a_later_page_names_its_scans_the_same_way(tmp_path):
    folder = tmp_path / "folders"
    folder.mkdir()
    (folder / "operatie.pdf").write_bytes(_with_image_pages(make_pdf([TEXT_PAGE]), at=[1]))
    (folder / "catalog.toml").write_text(
        '[leaflets."operatie.pdf"]\nurl = "https://example.org/operatie.pdf"\npage_offset = 40\n',
        encoding="utf-8")
    from ingest.catalog import load_catalog
    from ingest.pipeline import ingest_leaflets

    item, = ingest_leaflets(folder / "operatie.pdf", root=folder, catalog=load_catalog(folder / "catalog.toml"))
    assert item.passages[0].pages == (41,) and [w.pages for w in item.warnings] == [(42,)]


@pytest.mark.parametrize("size", [(200, 80), (1240, 300)], ids=["logo", "banner"])
def test_a_page_with_only_a_small_picture_is_no_scan(tmp_path, size):
    _, item = _ingest(tmp_path, _with_image_pages(make_pdf([TEXT_PAGE]), at=[1], size=size))
    assert item.warnings == ()


def test_a_blank_page_is_no_scan(tmp_path):
    _, item = _ingest(tmp_path, make_pdf([TEXT_PAGE, []]))
    assert item.warnings == ()


def test_page_lists_read_as_an_editor_reads_them():
    assert page_list([3]) == "3"
    assert page_list([2, 3, 4, 7, 9, 10]) == "2-4, 7, 9-10"


def test_the_warning_is_worded_in_the_interfaces_language():
    one, several = IngestWarning("a.pdf", SCANNED_PAGES, (4,)), IngestWarning("a.pdf", SCANNED_PAGES, (2, 3, 5))
    assert plain_warning("nl", one).startswith("pagina 4 is alleen een afbeelding, zonder tekst")
    assert plain_warning("nl", several).startswith("pagina's 2-3, 5 zijn alleen afbeeldingen")
    assert plain_warning("en", several) == ("pages 2-3, 5 are only images, with no text (scans?); their "
                                            "words cannot be found until OCR is done.")


def test_ingest_prints_the_warning_and_indexes_the_file(tmp_path):
    folder = tmp_path / "leaflets"
    folder.mkdir()
    (folder / "operatie.pdf").write_bytes(_with_image_pages(make_pdf([TEXT_PAGE]), at=[1]))
    run = subprocess.run([sys.executable, "-m", "leaflets.cli", "ingest", str(folder),
                          "--index", str(tmp_path / "index")],
                         capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert run.returncode == 0, run.stderr
    assert f"warning {folder / 'operatie.pdf'}: page 2 is only an image" in run.stderr
    assert "indexed 1 leaflets" in run.stdout
