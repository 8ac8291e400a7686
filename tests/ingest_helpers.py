"""Small helpers the ingest tests share: a leaflet read from a committed file or from a text,
and what its passages show."""

from __future__ import annotations

import shutil
from pathlib import Path

from ingest.document import IngestedLeaflet
from ingest.pipeline import ingest_leaflets


def ingested_copy(tmp_path: Path, source: Path) -> IngestedLeaflet:
    """The one leaflet a committed file makes, read from a copy (its id the file's stem)."""
    shutil.copy(source, tmp_path / source.name)
    [item] = ingest_leaflets(tmp_path / source.name, root=tmp_path)
    return item


def ingested_text(tmp_path: Path, text: str, name: str) -> IngestedLeaflet:
    """The one leaflet a text makes, written to `name` first (its suffix chooses the reader)."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    [item] = ingest_leaflets(path, root=tmp_path)
    return item


def all_text(item: IngestedLeaflet) -> str:
    return "\n".join(passage.text for passage in item.passages)


def headings(item: IngestedLeaflet) -> list[str]:
    return [heading for passage in item.passages for heading in passage.headings]


def shown_text(item: IngestedLeaflet) -> str:
    """All a card can show of the leaflet: its title, each passage's headings and text."""
    return "\n".join([item.leaflet.title, *(" ".join(p.headings) + "\n" + p.text for p in item.passages)])
