"""Text as pdftotext writes it from a word processor's PDF (no -layout): form feeds between
pages, the running header after each, and a list's bullets printed apart from its items."""

from __future__ import annotations

from pathlib import Path

from ingest.pipeline import ingest_file

SENTENCES = " ".join(f"Dit is zin {n} over de behandeling en de nazorg thuis." for n in range(1, 30))


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "folder.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_running_header_after_each_form_feed_is_no_heading(tmp_path):
    """pdftotext prints the header "Erasmus Rijnmond Allergiecentrum" at the top of every page;
    on page 2 it became the heading of what followed, so a passage was cited under it."""
    page = "\n".join(SENTENCES.split(". "))
    text = (f"Voorbeeld Allergiecentrum\n\nImmunotherapie\nEerste deel\n{page}\n\nPagina 1 van 2\n\n"
            f"\fVoorbeeld Allergiecentrum\n{page}\n\nPagina 2 van 2\n")
    result = ingest_file(_write(tmp_path, text))
    assert result.leaflet.title == "Immunotherapie"
    on_page_two = [p for p in result.passages if 2 in p.pages]
    assert on_page_two and all(p.headings == ("Eerste deel",) for p in on_page_two)
    assert not any("Allergiecentrum" in p.text for p in on_page_two)


def test_a_repeated_line_with_a_number_or_a_sentence_stays(tmp_path):
    """A diary's "Week 1" / "Week 1" or a repeated instruction at each page's top is the text's own."""
    page = "\n".join(SENTENCES.split(". ")[:8])
    for top in ("Noteer elke dag hoe het ging.", "Week 1"):
        text = f"{top}\n{page}\n\f{top}\n{page}\n"
        result = ingest_file(_write(tmp_path, text))
        on_page_two = " ".join(p.text for p in result.passages if 2 in p.pages) + " ".join(
            h for p in result.passages if 2 in p.pages for h in p.headings)
        assert top.rstrip(".") in on_page_two


def test_bullets_printed_apart_from_their_items_join_them_in_turn(tmp_path):
    """pdftotext writes Word's Symbol-font bullets (U+F0B7) as a run of lone lines, then the
    items: they showed as three private-use signs and three loose lines."""
    text = ("Tabletten\n\nZo neemt u de tablet in:\n\uf0b7\n\uf0b7\n\uf0b7\n\n"
            "Neem de tablet met droge vingers uit de verpakking.\n"
            "Leg hem onder de tong en laat hem smelten.\n"
            "Eet en drink de eerste vijf minuten daarna niets.\n\n"
            "Bij graspollen begint u vier maanden voor het seizoen.\n")
    [passage] = ingest_file(_write(tmp_path, text)).passages
    assert "\uf0b7" not in passage.text
    assert ("• Neem de tablet met droge vingers uit de verpakking.\n"
            "• Leg hem onder de tong en laat hem smelten.\n"
            "• Eet en drink de eerste vijf minuten daarna niets.") in passage.text
