"""Red team 23: a manual page rendered by `man` is titled by its NAME line, not by man's page
header, and dated by man's footer, which is no text."""

from __future__ import annotations

import pytest

from ingest.pipeline import ingest_file


def _text_leaflet(tmp_path, text: str, name: str = "folder.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return ingest_file(path)


MAN_PAGE = """{page}          Patiëntenfolders          {page}

{name_heading}
       spanningshoofdpijn - een drukkende band om het hoofd

WAT IS SPANNINGSHOOFDPIJN?
       Spanningshoofdpijn is de meest voorkomende soort hoofdpijn. De pijn
       voelt drukkend of knellend, als een strakke band om uw hoofd.

BEHANDELING
       Ontspanning en beweging helpen het meest. Neem niet te vaak een
       pijnstiller, want dan kan de hoofdpijn juist blijven.

{source}  {date}            {page}
"""


@pytest.mark.parametrize(("page", "name_heading", "source", "date", "updated"), [
    ("SPANNINGSHOOFDPIJN(7)", "NAAM", "Neurologie, Zorggroep Amstelland", "3 juli 2025", "2025-07-03"),
    ("spanningshoofdpijn(7)", "NAME", "Zorggroep Amstelland", "2025-07-03", "2025-07-03"),
])
def test_a_man_page_is_titled_by_its_name_line_and_dated_by_its_footer(tmp_path, page, name_heading, source,
                                                                         date, updated):
    text = MAN_PAGE.format(page=page, name_heading=name_heading, source=source, date=date)
    item = _text_leaflet(tmp_path, text)
    assert item.leaflet.title == "Spanningshoofdpijn – een drukkende band om het hoofd"
    assert item.leaflet.updated == updated
    assert all(page not in p.text and source not in p.text for p in item.passages)
    assert [p.headings for p in item.passages] == [("WAT IS SPANNINGSHOOFDPIJN?",), ("BEHANDELING",)]


def test_a_first_line_that_names_a_page_once_is_no_man_header(tmp_path):
    text = ("Zie ook migraine(7)    en hoofdpijn(7)\n\nBEHANDELING\n"
            "Ontspanning en beweging helpen het meest tegen spanningshoofdpijn.\n")
    item = _text_leaflet(tmp_path, text)
    assert "migraine(7)" in item.leaflet.title + " ".join(p.text for p in item.passages)


def test_a_man_page_without_a_name_section_is_titled_by_its_page_name(tmp_path):
    """Without the header (man's frame) its first section's heading stood as the title, and
    that section's text lost its heading."""
    page = ("SPANNINGSHOOFDPIJN(7)          Folders          SPANNINGSHOOFDPIJN(7)\n\n"
            "WAT IS HET?\n       Spanningshoofdpijn voelt als een strakke band om het hoofd.\n\n"
            "PIJNSTILLERS\n       Paracetamol is de eerste keus.\n")
    path = tmp_path / "hoofdpijn.txt"
    path.write_text(page, encoding="utf-8")
    item = ingest_file(path)
    assert item.leaflet.title == "Spanningshoofdpijn"
    assert [p.headings for p in item.passages] == [("WAT IS HET?",), ("PIJNSTILLERS",)]
