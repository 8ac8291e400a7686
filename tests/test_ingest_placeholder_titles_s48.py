"""A program's name for an unnamed page ("No Title", "Untitled Document") titles no leaflet."""

from pathlib import Path

import pytest

from ingest.pdf.title import is_placeholder_title, metadata_title
from ingest.pipeline import ingest_leaflets


@pytest.mark.parametrize("title", ["No Title", "Untitled Document", "New Page 1", "Naamloos document", "Document1",
                                   "Geen titel", "Nieuwe pagina"])
def test_a_programs_placeholder_is_no_title(title):
    assert is_placeholder_title(title)
    assert metadata_title(title) == ""


@pytest.mark.parametrize("title", ["Hartfalen", "Over deze pagina", "Help page", "Titel van uw behandeling"])
def test_a_leaflets_title_is_kept(title):
    assert not is_placeholder_title(title)


def test_a_page_titled_no_title_takes_its_own_heading(tmp_path):
    page = ("<html><head><title>No Title</title></head><body><h1>Prikkelbare darm</h1>"
            "<p>Huisartsenpraktijk Het Kompas, Amersfoort</p><h2>Wat is PDS?</h2>"
            "<p>Bij PDS werken de darmen anders dan normaal. De darmen zijn gevoeliger voor prikkels.</p>"
            "<h2>Wat kunt u zelf doen?</h2><p>Eet regelmatig en neem de tijd voor uw maaltijd.</p></body></html>")
    path = tmp_path / "pds.html"
    path.write_text(page, encoding="utf-8")
    [item] = list(ingest_leaflets(path, root=tmp_path))
    assert item.leaflet.title == "Prikkelbare darm"
