"""Leaflets uploaded in the app: checked, then stored under a name we make.

The uploaded name is only a hint: the type is read from the content (the same
`detect_kind` that `leaflets ingest` uses), the size is limited, and the file
lands in the index's upload folder as `upload-<slug>.<ext>`, so no path from
the user is ever used. A file is never stored over another without being asked to
(`replaces`): a second `folder.pdf`, another leaflet of a common name, is stored beside the
first as `upload-folder-2.pdf` (`_free_name`); a red team's second `folder.pdf` had silently
taken the first one's place and its leaflet out of search.

A corrected version of a leaflet, from the sources folder or uploaded earlier, replaces that
file itself (`replaces`, which the upload page asks about): it keeps the leaflet's id, catalog entry and link, so search shows
one version, not the old one beside the new. The old file is kept in the upload folder's
`replaced/`, and the new one is written beside the old and moved over it in one step.

A leaflet file outside the upload folder (the program's own `sources/`, which every index and
instance builds from) is never written to: the corrected file is stored as a stand-in under
the upload folder's `stand-ins/` and recorded in `stand-ins.json` there; ingest into this index
then reads the stand-in in the bundled file's place, under its name (id, catalog entry), and
leaves the bundled file out (`stand_ins`). A user test found the app, run on its own index,
overwriting a tracked file in the program's `sources/` without saying so.
"""

from __future__ import annotations

import datetime as dt
import glob
import json
import math
import os
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path

from ingest.document import UPLOAD_PREFIX, IngestError
from ingest.pipeline import SUPPORTED, detect_kind, ingest_leaflets, slugify

EXTENSION = {"pdf": ".pdf", "docx": ".docx", "html": ".html", "markdown": ".md", "plain": ".txt"}


@dataclass(frozen=True)
class StoredUpload:
    """An upload that passed the checks: its original name and where it now lies."""

    name: str
    path: Path
    kind: str
    backup: Path | None = None  # where the file it replaced was kept
    stands_for: Path | None = None  # the file outside the upload folder it stands in for


def store_upload(name: str, data: bytes, folder: Path, max_bytes: int, max_words: int,
                 replaces: Path | None = None) -> StoredUpload:
    """Check one uploaded file and move it into `folder`, or over the file `replaces`;
    IngestError names what is wrong.

    The file is read into passages once in a hidden staging folder before it
    is stored, so a file that cannot be indexed never reaches the upload folder
    (and never replaces a working earlier upload of the same name, or the leaflet it
    was meant to replace). A leaflet is replaced only by a file of its own type: its
    name, and so its id and catalog entry, stay.
    """
    label = Path(name.replace("\\", "/")).name or "upload"
    suffix = Path(label).suffix.lower()
    if suffix not in SUPPORTED:
        raise IngestError(label, f"unsupported type {suffix or '(no extension)'}: "
                                 f"use PDF, Word (DOCX), HTML, TXT, Markdown, reStructuredText, Org, e-mail (EML, MHT), "
                                 f"a spreadsheet's CSV or captions (VTT, SRT)")
    if not data:
        raise IngestError(label, "the file is empty (0 bytes)")
    if len(data) > max_bytes:
        raise IngestError(label, f"the file is too large ({megabytes(len(data))}; the limit is {megabytes(max_bytes)})")
    kind = detect_kind(data, Path(label))
    if kind not in ("pdf", "docx") and (b"\x00" in data[:8192]):
        raise IngestError(label, "not a text file (it contains binary data)")
    if replaces is not None:
        replaces = stand_ins(folder).get(replaces.resolve(), replaces)  # corrected once already
        old_kind = detect_kind(replaces.read_bytes(), replaces)
        if old_kind != kind:
            raise IngestError(label, f"it is {_KIND_NAMES[kind]}, but {replaces.name} is {_KIND_NAMES[old_kind]}: "
                                     "a leaflet is replaced only by a file of its own type")
    stem = upload_stem(label)
    extension = _MARKUP.get(suffix, EXTENSION[kind]) if kind == "plain" else EXTENSION[kind]  # read as RST or Org, not text
    stored_name = replaces.name if replaces is not None else stem + extension
    staging = folder / ".staging" / uuid.uuid4().hex
    staging.mkdir(parents=True)
    try:
        staged = staging / stored_name
        staged.write_bytes(data)
        try:
            ingest_leaflets(staged, root=staging, max_bytes=max_bytes, max_words=max_words)  # a PDF may carry more
        except IngestError as error:
            raise IngestError(label, error.cause) from None
        if replaces is not None and not replaces.resolve().is_relative_to(folder.resolve()):
            return StoredUpload(label, _stand_in(staged, folder, replaces), kind, stands_for=replaces)
        if replaces is not None:
            return StoredUpload(label, replaces, kind, _replace(replaces, staged, folder / "replaced"))
        return StoredUpload(label, _move_in(staged, folder, stem, extension), kind)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def upload_stem(name: str) -> str:
    """The name an uploaded file is stored under, less its extension: `upload-<slug>`."""
    base = Path(name.replace("\\", "/")).name  # a Windows path's folders are no part of it
    return UPLOAD_PREFIX + slugify(base)


def stored_suffix(name: str) -> str:
    """The extension a file of this name is stored with when its content is what its name says."""
    return _SUFFIXES.get(Path(name).suffix.lower(), "")


# Plain text read by its markup's reader for its name, and a saved e-mail message or web page
# (ingest/mime_message.py), which its link opens in a mail client or browser, a spreadsheet's CSV
# (ingest/spreadsheet.py), which its link opens in a spreadsheet, and a video's captions (ingest/captions.py):
# kept under that name's suffix.
_MARKUP = {".rst": ".rst", ".rest": ".rst", ".org": ".org", ".eml": ".eml", ".mht": ".mht", ".mhtml": ".mhtml",
           ".csv": ".csv", ".vtt": ".vtt", ".srt": ".srt"}
_SUFFIXES = {".pdf": ".pdf", ".docx": ".docx", ".html": ".html", ".htm": ".html", ".md": ".md", ".markdown": ".md", ".txt": ".txt",
             **_MARKUP}


def megabytes(size: int, lang: str = "en") -> str:
    """A file size as editors read it: "31.5 MB" ("31,5 MB" in Dutch), "20 MB", "640 kB";
    rounded up, so that a file over a limit never reads as the limit itself."""
    kilobytes = max(1, math.ceil(size / 1000))
    if kilobytes < 1000:
        return f"{kilobytes} kB"
    number = f"{math.ceil(size / 100_000) / 10:.1f}".removesuffix(".0")
    return (number.replace(".", ",") if lang == "nl" else number) + " MB"


def _move_in(staged: Path, folder: Path, stem: str, suffix: str) -> Path:
    """`staged` moved into `folder` as `stem` + `suffix`, or with "-2", "-3", ... where a file
    of that stem is stored already, of any type (the stem is its leaflet's id). The name is
    taken by a hard link, which fails rather than overwrite a file, so two editors uploading
    `folder.pdf` at once both keep theirs."""
    number = 0
    while True:
        number += 1
        name = stem if number == 1 else f"{stem}-{number}"
        if any(folder.glob(glob.escape(name) + ".*")):
            continue
        target = folder / (name + suffix)
        try:
            os.link(staged, target)
        except FileExistsError:
            continue
        except OSError:  # a file system without hard links
            if target.exists():
                continue
            os.replace(staged, target)
        return target


_KIND_NAMES = {"pdf": "a PDF", "docx": "a Word document", "html": "a web page", "markdown": "Markdown",
               "plain": "plain text"}


def _replace(target: Path, new: Path, backups: Path) -> Path:
    """Put `new` in `target`'s place, the old file kept in `backups`; returns where it was
    kept. The new file is first written beside the target under a hidden name (which no
    ingest reads) and then moved over it, so the folder never holds half a leaflet."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    backups.mkdir(parents=True, exist_ok=True)
    backup = backups / f"{stamp}-{uuid.uuid4().hex[:8]}-{target.name}"  # two in one second: two backups
    part = target.with_name(f".{target.name}.{uuid.uuid4().hex}.part")
    try:
        shutil.copy2(target, backup)
        shutil.copyfile(new, part)
        os.replace(part, target)
    except OSError as error:
        part.unlink(missing_ok=True)
        raise IngestError(target, f"it cannot be replaced ({error.strerror or error})") from None
    return backup


STAND_INS = "stand-ins"
_STAND_IN_LIST = "stand-ins.json"


def stand_ins(folder: Path) -> dict[Path, Path]:
    """The files outside the upload folder `folder` that uploads stand in for in its index:
    each one's resolved path, and the stand-in that is read in its place (those whose stand-in
    is gone are left out: the file itself is read again)."""
    try:
        recorded = json.loads((folder / _STAND_IN_LIST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    found = {}
    for original, stored in recorded.items() if isinstance(recorded, dict) else ():
        stand_in = folder / stored
        if isinstance(stored, str) and stand_in.is_file():
            found[Path(original)] = stand_in
    return found


def _stand_in(staged: Path, folder: Path, original: Path) -> Path:
    """`staged` stored as the stand-in for `original` (a file outside `folder`), under that
    file's own name so that its link opens as it did, and recorded in the list of stand-ins."""
    target = folder / STAND_INS / uuid.uuid4().hex[:8] / original.name
    target.parent.mkdir(parents=True)
    shutil.copyfile(staged, target)
    _record_stand_in(folder, original.resolve(), target.relative_to(folder).as_posix())
    return target


def _record_stand_in(folder: Path, original: Path, stored: str | None) -> None:
    """Note (or with `stored` None, forget) the stand-in for `original`; the list is written
    beside itself and moved over the old one, so it is never read half-written."""
    try:
        recorded = json.loads((folder / _STAND_IN_LIST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        recorded = {}
    recorded.pop(str(original), None)
    if stored is not None:
        recorded[str(original)] = stored
    part = folder / f".{_STAND_IN_LIST}.{uuid.uuid4().hex}.part"
    part.write_text(json.dumps(recorded, indent=1, sort_keys=True), encoding="utf-8")
    os.replace(part, folder / _STAND_IN_LIST)


def restore(stored: StoredUpload) -> None:
    """Put the file an upload replaced back in its place, when the replacement could not be
    indexed after all (a catalog's page ranges it no longer fits): the folder then holds the
    leaflet the index still shows, and the next ingest does not fail on it. A stand-in is
    dropped, so that the file it stood in for is read again."""
    if stored.stands_for is not None:
        _record_stand_in(stored.path.parent.parent.parent, stored.stands_for.resolve(), None)
        shutil.rmtree(stored.path.parent, ignore_errors=True)
        return
    if stored.backup is None:
        return
    part = stored.path.with_name(f".{stored.path.name}.{uuid.uuid4().hex}.part")
    shutil.copy2(stored.backup, part)
    os.replace(part, stored.path)
