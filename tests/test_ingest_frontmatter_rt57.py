"""Red team 57: clean-mark, a read-later tool, keeps a page's whole `<title>` in its front matter
("Zelf fraxiparine spuiten na een operatie | Jeroen Bosch Ziekenhuis") beside a `publisher:`
field; every card carried the hospital's name twice."""

from __future__ import annotations

from pathlib import Path

from ingest.pipeline import ingest_file

DATA = Path(__file__).parent / "data" / "redteam57_leaflets"


def _leaflet(tmp_path, front: str):
    path = tmp_path / "folder.md"
    path.write_text(f"---\n{front}\n---\n\nWat is een bloedprik?\n\nEen bloedprik is een kleine prik in uw arm. "
                    "De assistent neemt een paar buisjes bloed af.\n\n## Voorbereiding\n\nU hoeft niet nuchter te zijn.\n",
                    encoding="utf-8")
    return ingest_file(path).leaflet


def test_the_publisher_named_in_front_matter_comes_off_the_title():
    leaflet = ingest_file(DATA / "fraxiparine-zelf-spuiten.md").leaflet
    assert (leaflet.title, leaflet.publisher) == ("Zelf fraxiparine spuiten na een operatie", "Jeroen Bosch Ziekenhuis")


def test_a_title_that_does_not_end_with_its_publisher_stays(tmp_path):
    leaflet = _leaflet(tmp_path, "title: Bloedprik bij het Jeroen Bosch Ziekenhuis\npublisher: Jeroen Bosch Ziekenhuis")
    assert leaflet.title == "Bloedprik bij het Jeroen Bosch Ziekenhuis"
    leaflet = _leaflet(tmp_path, "title: Bloedprik | Labcentrum\npublisher: Jeroen Bosch Ziekenhuis")
    assert leaflet.title == "Bloedprik | Labcentrum"
    leaflet = _leaflet(tmp_path, "title: Bloedprik | Jeroen Bosch Ziekenhuis\npublisher: Jeroen Bosch Ziekenhuis")
    assert leaflet.title == "Bloedprik"
