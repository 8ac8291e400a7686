"""Write a leaflet into a test's folder and ingest it: the first step of most ingest tests.

Import it as a plain module beside the tests (`from leaflet_files import ingest_file_as`), as
the tests do `pdf_factory`. `content` is the file as the test states it: a `str` is written as
UTF-8 (newlines as given), `bytes` exactly as they are (a PDF, another encoding, CRLF lines).

`rooted` chooses how the pipeline names the leaflet: `True` reads it with `root=folder`, as a
build over a folder of leaflets does; `False` reads the file alone (`ingest_file(path)`), which
can give another id and source path. Each test keeps the choice it was written with.
"""

from __future__ import annotations

from pathlib import Path

from ingest.document import IngestedLeaflet
from ingest.pipeline import ingest_file, ingest_leaflets


def write_file(folder: Path, name: str, content: str | bytes) -> Path:
    """`folder / name`, now holding `content` (text as UTF-8, bytes as they are)."""
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def ingest_file_as(folder: Path, name: str, content: str | bytes, *, rooted: bool = True,
                   **options) -> IngestedLeaflet:
    """What `ingest_file` makes of `content` written as `folder / name`.

    `options` (catalog, max_bytes, max_words) go to `ingest_file` as they are.
    """
    path = write_file(folder, name, content)
    return ingest_file(path, root=folder if rooted else None, **options)


def ingest_leaflets_as(folder: Path, name: str, content: str | bytes, *, rooted: bool = True,
                       **options) -> list[IngestedLeaflet]:
    """Every leaflet `ingest_leaflets` finds in `content` written as `folder / name`."""
    path = write_file(folder, name, content)
    return ingest_leaflets(path, root=folder if rooted else None, **options)
