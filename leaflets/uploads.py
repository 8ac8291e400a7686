"""Leaflets uploaded in the app: checked, then stored under a name we make.

The uploaded name is only a hint: the type is read from the content (the same
`detect_kind` that `leaflets ingest` uses), the size is limited, and the file
lands in the index's upload folder as `upload-<slug>.<ext>`, so no path from
the user is ever used. Storing again under the same name replaces the earlier
upload, which is how an editor brings a leaflet up to date.
"""

from __future__ import annotations

import os
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path

from ingest.document import IngestError
from ingest.pipeline import SUPPORTED, detect_kind, ingest_file, slugify

EXTENSION = {"pdf": ".pdf", "html": ".html", "markdown": ".md", "plain": ".txt"}


@dataclass(frozen=True)
class StoredUpload:
    """An upload that passed the checks: its original name and where it now lies."""

    name: str
    path: Path
    kind: str


def store_upload(name: str, data: bytes, folder: Path, max_bytes: int, max_words: int) -> StoredUpload:
    """Check one uploaded file and move it into `folder`; IngestError names what is wrong.

    The file is read into passages once in a hidden staging folder before it
    is stored, so a file that cannot be indexed never reaches the upload folder
    (and never replaces a working earlier upload of the same name).
    """
    label = Path(name.replace("\\", "/")).name or "upload"
    suffix = Path(label).suffix.lower()
    if suffix not in SUPPORTED:
        raise IngestError(label, f"unsupported type {suffix or '(no extension)'}: "
                                 f"use PDF, HTML, TXT or Markdown")
    if not data:
        raise IngestError(label, "the file is empty (0 bytes)")
    if len(data) > max_bytes:
        raise IngestError(label, f"the file is too large ({len(data):,} bytes; the limit is {max_bytes:,})")
    kind = detect_kind(data, Path(label))
    if kind != "pdf" and (b"\x00" in data[:8192]):
        raise IngestError(label, "not a text file (it contains binary data)")
    stored_name = f"upload-{slugify(label)}{EXTENSION[kind]}"
    staging = folder / ".staging" / uuid.uuid4().hex
    staging.mkdir(parents=True)
    try:
        staged = staging / stored_name
        staged.write_bytes(data)
        try:
            ingest_file(staged, root=staging, max_bytes=max_bytes, max_words=max_words)
        except IngestError as error:
            raise IngestError(label, error.cause) from None
        os.replace(staged, folder / stored_name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return StoredUpload(label, folder / stored_name, kind)
