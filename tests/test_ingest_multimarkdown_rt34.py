"""MultiMarkdown's footnote mark is a bare number linked and not raised, glued to its word
(`Malassezia<a href="#fn:1" class="footnote">1</a>`): it read "Malassezia1" (red team 34).
Redcarpet's English leaflet opened with "Eemland Hospital, Amersfoort – Department of
Radiology", a passage of its own under no heading, and no publisher."""

from __future__ import annotations

from pathlib import Path

from ingest.pipeline import ingest_file

DATA = Path(__file__).parent / "data" / "redteam34_leaflets"


def _text(item) -> str:
    return "\n".join(passage.text for passage in item.passages)


def test_the_committed_pages_note_reads_in_brackets_beside_its_word():
    text = _text(ingest_file(DATA / "seborroisch-eczeem.html"))
    assert "Malassezia[1], speelt een rol." in text and "Malassezia1" not in text
    assert "[1] Malassezia furfur, vroeger Pityrosporum ovale genoemd." in text


def _page(tmp_path: Path, cited: str) -> Path:
    page = tmp_path / "eczeem.html"
    page.write_text("<html><head><title>Eczeem</title></head><body><h1>Eczeem</h1><h2>Oorzaak</h2>"
                    f"<p>{cited} Het komt vaak voor bij baby's en verdwijnt meestal vanzelf.</p><h2>Noten</h2>"
                    '<div class="footnotes"><ol><li id="fn:1"><p>Volgens de NHG-standaard.'
                    '<a href="#fnref:1" class="reversefootnote">&#8617;</a></p></li></ol></div></body></html>',
                    encoding="utf-8")
    return page


def test_a_bare_mark_after_a_space_or_a_raised_one_keeps_its_form(tmp_path):
    glued = _text(ingest_file(_page(tmp_path, 'De huid schilfert<a href="#fn:1" id="fnref:1">1</a>.')))
    assert "De huid schilfert[1]." in glued and "[1] Volgens de NHG-standaard." in glued
    spaced = _text(ingest_file(_page(tmp_path, 'De huid schilfert (zie noot <a href="#fn:1" id="fnref:1">1</a>).')))
    assert "(zie noot 1)" in spaced
    raised = _text(ingest_file(_page(tmp_path, 'De huid schilfert<sup><a href="#fn:1" id="fnref:1">1</a></sup>.')))
    assert "[1]" not in raised


def test_an_english_senders_line_with_its_department_names_the_publisher():
    item = ingest_file(DATA / "abdominal-ultrasound-en.html")
    assert item.leaflet.publisher == "Eemland Hospital"
    assert all(passage.headings for passage in item.passages)
    assert "Amersfoort – Department of Radiology" not in _text(item)


def test_an_english_specialty_alone_does_not_make_a_glued_header_a_masthead():
    """"Dermatology – Scabies Rivierenland Oost Hospital", a PDF's running header with the title
    glued to the hospital's name, names no publisher: only "Department of …" is a department."""
    item = ingest_file(Path(__file__).parent / "data" / "redteam15_leaflets" / "scabies-en.pdf")
    assert not item.leaflet.publisher.startswith("Scabies")
