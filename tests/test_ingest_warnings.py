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
from pdf_factory import Line, make_pdf

from ingest.pdf import page_list
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
    path = tmp_path / "operatie.pdf"
    path.write_bytes(data)
    return path, ingest_file(path)


def test_scanned_pages_between_text_pages_are_named_and_the_text_is_indexed(tmp_path):
    data = _with_image_pages(make_pdf([TEXT_PAGE, TEXT_PAGE]), at=[1, 2, 4])
    path, item = _ingest(tmp_path, data)
    assert "niet zwaar tillen" in item.passages[0].text
    assert [(w.path, w.message) for w in item.warnings] == [
        (str(path), "pages 2-3, 5: only an image, no text (a scan?); "
                    "its words cannot be found until OCR is done")]
    assert str(item.warnings[0]).startswith(f"{path}: pages 2-3, 5")


@pytest.mark.parametrize("size", [(200, 80), (1240, 300)], ids=["logo", "banner"])
def test_a_page_with_only_a_small_picture_is_no_scan(tmp_path, size):
    _, item = _ingest(tmp_path, _with_image_pages(make_pdf([TEXT_PAGE]), at=[1], size=size))
    assert item.warnings == ()


def test_a_blank_page_is_no_scan(tmp_path):
    _, item = _ingest(tmp_path, make_pdf([TEXT_PAGE, []]))
    assert item.warnings == ()


def test_page_lists_read_as_an_editor_reads_them():
    assert page_list([3]) == "page 3"
    assert page_list([2, 3, 4, 7, 9, 10]) == "pages 2-4, 7, 9-10"


def test_the_warning_reads_in_dutch_on_the_dutch_pages():
    message = "pages 2-3, 5: only an image, no text (a scan?); its words cannot be found until OCR is done"
    assert plain_warning("nl", message).startswith("pagina's 2-3, 5: alleen een afbeelding")
    assert plain_warning("nl", message.replace("pages 2-3, 5", "page 4")).startswith("pagina 4: ")
    assert plain_warning("en", message) == message
    assert plain_warning("nl", "something new") == "something new"


def test_ingest_prints_the_warning_and_indexes_the_file(tmp_path):
    folder = tmp_path / "leaflets"
    folder.mkdir()
    (folder / "operatie.pdf").write_bytes(_with_image_pages(make_pdf([TEXT_PAGE]), at=[1]))
    run = subprocess.run([sys.executable, "-m", "leaflets.cli", "ingest", str(folder),
                          "--index", str(tmp_path / "index")],
                         capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert run.returncode == 0, run.stderr
    assert f"warning {folder / 'operatie.pdf'}: page 2: only an image" in run.stderr
    assert "indexed 1 leaflets" in run.stdout
