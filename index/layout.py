"""The index directory: builds side by side, one of them published.

    <index>/CURRENT          name of the published build (replaced atomically)
    <index>/builds/<name>/   config.json, passages.sqlite, vectors.faiss,
                             sentences.npy, sentence_starts.npy, bm25/
    <index>/ingest.lock      held by the one ingest that may run at a time
    <index>/skipped.json     the files the last ingests could not read, and why

A build is written completely before CURRENT points at it, so a crash at any
moment leaves the previous build serving; searches that opened the old build
keep reading it until they reopen.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import threading
import time
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

CONFIG = "config.json"
DATABASE = "passages.sqlite"
VECTORS = "vectors.faiss"
SENTENCES = "sentences.npy"
SENTENCE_STARTS = "sentence_starts.npy"
LEXICAL = "bm25"  # folder of the BM25 index (index/bm25.py)
DATA_FILES = (DATABASE, VECTORS, SENTENCES, SENTENCE_STARTS)
# 2: passage_words (exact search) in the database; 3: sentence vectors in their own files,
# term document counts in the database; 4: a passage under no heading has its leaflet's
# title as its heading vector; 5: the terms each leaflet uses (term_leaflets); 6: BM25 by
# bm25s in bm25/ instead of an FTS5 table; 7: where each page begins in a passage (page_starts);
# 8: the leaflet's title among each passage's BM25 terms and in exact search (passage_words)
FORMAT_VERSION = 8
SENTENCE_UNITS_FORMAT = 4  # the first format whose sentence units this version still uses


# numpy parses .npy headers with ast.literal_eval, which Python 3.11 cannot run in two threads
# at once ("SystemError: AST constructor recursion depth mismatch"): searchers opened side by
# side (the app's sessions) load their .npy files one at a time.
NPY_LOADING = threading.Lock()


def data_files(folder: Path) -> list[str]:
    """The build's data files, as paths relative to it: the fixed ones and the BM25 folder's."""
    lexical = folder / LEXICAL
    names = sorted(p.name for p in lexical.iterdir() if p.is_file()) if lexical.is_dir() else []
    return [*DATA_FILES, *(f"{LEXICAL}/{name}" for name in names)]


class IndexUnavailable(Exception):
    """The index cannot be used as it is; the message says how to fix it."""


@dataclass
class IndexConfig:
    """What built an index: reopening it needs no guesswork."""

    model: str
    dim: int
    ingest_version: str
    analyzer_language: str
    leaflets: dict[str, dict[str, str]] = field(default_factory=dict)  # id -> hash, source
    passages: int = 0
    vectors: str = ""  # the FAISS index type chosen for this size, e.g. "exact"
    built_at: str = ""
    versions: dict[str, str] = field(default_factory=dict)
    files: dict[str, dict] = field(default_factory=dict)  # name -> bytes, sha256
    format: int = FORMAT_VERSION

    def record_files(self, folder: Path) -> None:
        """Sizes and checksums of the data files, written before the build is published."""
        self.files = {name: {"bytes": (folder / name).stat().st_size, "sha256": _sha256(folder / name)}
                      for name in data_files(folder)}

    def check_files(self, folder: Path, deep: bool = False) -> list[str]:
        """Files that differ from what was recorded (sizes always; checksums when `deep`)."""
        damaged = []
        for name, expected in self.files.items():
            path = folder / name
            if not path.exists() or path.stat().st_size != expected["bytes"]:
                damaged.append(name)
            elif deep and _sha256(path) != expected["sha256"]:
                damaged.append(name)
        return damaged

    def save(self, folder: Path) -> None:
        _write_atomic(folder / CONFIG, json.dumps(asdict(self), indent=2, ensure_ascii=False))

    @classmethod
    def load(cls, folder: Path) -> "IndexConfig":
        path = folder / CONFIG
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            data.setdefault("format", 1)  # written before the format was recorded
            return cls(**data)
        except (OSError, ValueError, TypeError) as exc:
            raise IndexUnavailable(
                f"{path}: the index configuration is missing or damaged ({exc}). "
                "Rebuild it with `leaflets ingest --rebuild`."
            ) from None


def _sha256(path: Path) -> str:
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


SKIPPED = "skipped.json"


def record_skipped(root: Path, failed: dict[str, str], read: list[Path],
                   readers: dict[str, str] | None = None) -> None:
    """Note the files this ingest skipped (resolved path -> cause), with their size and time,
    in place of what earlier ingests noted for the files it read: `leaflets status` then
    names them as skipped, not as new, until they change. `readers` names, for the files
    that could not be read at all (not those refused for a clash of ids, which another
    file's removal may lift), the version of what failed to read them: ingest does not
    read those again while it and the file stay the same."""
    root.mkdir(parents=True, exist_ok=True)
    again = {str(path.resolve()) for path in read}
    kept = {path: note for path, note in load_skipped(root).items() if path not in again and Path(path).exists()}
    for path, cause in failed.items():
        if not Path(path).exists():  # gone since it failed: nothing to name
            continue
        stat = Path(path).stat()
        kept[path] = {"cause": cause, "bytes": stat.st_size, "mtime_ns": stat.st_mtime_ns,
                      "ctime_ns": stat.st_ctime_ns, "reader": (readers or {}).get(path, "")}
    _write_atomic(root / SKIPPED, json.dumps(kept, indent=2, ensure_ascii=False))


def load_skipped(root: Path) -> dict[str, dict]:
    """What `record_skipped` noted (nothing when there is no note or it cannot be read)."""
    try:
        found = json.loads((Path(root) / SKIPPED).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


def skipped_cause(notes: dict[str, dict], path: Path, reader: str | None = None) -> str | None:
    """Why the last ingest skipped this file, when it has not changed since; else None. With
    a `reader`, only when that reader failed on it and its permissions have not changed
    either (ingest then need not read it again: a newer reader, or a chmod, may succeed)."""
    note = notes.get(str(path.resolve()))
    if not isinstance(note, dict):
        return None
    stat = path.stat()
    if reader is not None and (not reader or note.get("reader") != reader or note.get("ctime_ns") != stat.st_ctime_ns):
        return None
    same = note.get("bytes") == stat.st_size and note.get("mtime_ns") == stat.st_mtime_ns
    return str(note.get("cause", "")) if same else None


def current_build(root: Path) -> Path | None:
    """The published build, or None when nothing has been published yet."""
    pointer = root / "CURRENT"
    try:
        name = pointer.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    build = root / "builds" / name
    return build if name and build.is_dir() else None


def outdated(build: Path) -> bool:
    """Whether `build` was written in an older format, which this version cannot search
    but can update."""
    try:
        return IndexConfig.load(build).format < FORMAT_VERSION
    except IndexUnavailable:  # damaged: opening it says so, and how to rebuild
        return False


def new_build(root: Path) -> Path:
    """A fresh, empty build folder that nobody reads yet."""
    name = time.strftime("%Y%m%d-%H%M%S") + f"-{os.getpid()}-{time.monotonic_ns() % 10**6}"
    folder = root / "builds" / name
    folder.mkdir(parents=True)
    return folder


def publish(root: Path, build: Path, keep: int = 2) -> None:
    """Point CURRENT at `build` in one atomic step, then drop old builds."""
    for name in (CONFIG, *data_files(build)):
        _fsync_file(build / name)
    _write_atomic(root / "CURRENT", build.name + "\n")
    _remove_old_builds(root, keep=keep)


@contextmanager
def ingest_lock(root: Path):
    """Refuse a second ingest into the same index while one runs."""
    root.mkdir(parents=True, exist_ok=True)
    with open(root / "ingest.lock", "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise IndexUnavailable(
                f"{root}: another `leaflets ingest` is running on this index; "
                "wait for it to finish."
            ) from None
        yield


def _remove_old_builds(root: Path, keep: int) -> None:
    """Keep the published build and the newest finished ones before it, `keep` in all; drop
    the rest, and every build that never finished (an ingest killed half way: no config).
    Called with the ingest lock held, so no other ingest is writing one of them."""
    current = current_build(root)
    builds = sorted((p for p in (root / "builds").iterdir() if p.is_dir()), key=lambda p: p.name)
    finished = [p for p in builds if p != current and (p / CONFIG).is_file()]
    kept = set(finished[max(0, len(finished) - (keep - 1)):]) if keep > 1 else set()
    for folder in builds:
        if folder != current and folder not in kept:
            shutil.rmtree(folder, ignore_errors=True)


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def _fsync_file(path: Path) -> None:
    if path.exists():
        with open(path, "rb") as handle:
            os.fsync(handle.fileno())
