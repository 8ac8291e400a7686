"""The leaflet a reader of keyed records writes, handed to the pipeline in one shape.

A chunker's JSON records, a knowledge base's questions and answers, a translation catalogue
and a localisation file each hold a leaflet's texts under keys or metadata that name its parts.
Their readers write the leaflet as Markdown where the keys name headings (else its texts joined, read as any text is) and say what the
keys named outside the text: the title, the publisher's and the date's lines, the page
furniture left out. One shape lets the pipeline read all of them by one path.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class KeyedDocument:
    """A leaflet read from keyed records: `text` Markdown where `headed` (keys named its parts),
    else its texts to read as any text is; the title, publisher's line (`sender`) and date's
    line (`updated`) its keys name, and lines of furniture left out of the text (where a
    publisher's name may stand)."""

    text: str
    headed: bool
    title: str = ""
    sender: str = ""
    updated: str = ""
    furniture: tuple[str, ...] = ()
