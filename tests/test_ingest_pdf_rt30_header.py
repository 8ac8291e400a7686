"""A running header that names the source file, set bold at the body's size (red team 30's
heupdysplasie.pdf, pod2pdf): it is furniture on every page, never a heading's first line."""

from __future__ import annotations

from pdf_factory import Placed, make_pdf

from ingest.pipeline import ingest_file

BODY = ("De spreidbroek houdt de beentjes van uw baby gebogen en gespreid, zodat de heupkop "
        "dieper in de kom groeit.")


def _page(number: int, heading: str) -> list[Placed]:
    lines = [Placed("folder.pod", 456, 815, 10, bold=True), Placed(heading, 48, 798, 11, bold=True)]
    lines += [Placed(f"{BODY} Regel {i} van pagina {number}.", 96, 780 - 14 * i, 10) for i in range(12)]
    return lines + [Placed(f"Page {number}", 514, 40, 10, bold=True)]


def test_a_bold_file_name_over_each_page_is_no_heading_of_page_two(tmp_path):
    path = tmp_path / "folder.pdf"
    path.write_bytes(make_pdf([_page(1, "Heupdysplasie bij baby's"), _page(2, "Contact")]))
    item = ingest_file(path)
    assert "folder.pod" not in item.text
    assert item.passages[-1].headings[-1] == "Contact"
