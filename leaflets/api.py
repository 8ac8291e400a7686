"""The operations that the CLI and the app share, line for line.

Each face only turns these results into its own presentation: terminal text,
JSON, or a Streamlit page.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ingest.document import IngestError, IngestWarning, IngestedLeaflet, content_hash
from index.citation import cited_page, page_label, source_link
from index.confidence import shown_confidence
from index.layout import (
    DATABASE, IndexConfig, IndexUnavailable, current_build, load_skipped, outdated, record_skipped,
    skipped_cause,
)
from index.embed import Embedder
from index.search import SearchResult, Searcher
from leaflets.config import Settings

if TYPE_CHECKING:
    from ingest.catalog import Catalog
    from index.build import BuildReport
    from leaflets.coverage import LeafletSummary

# The ingest pipeline (pypdf, trafilatura) and the index builder are imported inside the
# functions that use them: a search never needs them, and they cost ~0.3 s of its start.

Progress = Callable[[str, int, int], None]


@dataclass
class IngestOutcome:
    """What `leaflets ingest` did: the build report, every file that failed (and every link
    it would not follow), the files passed over because their type is not one we read, and
    what an editor should know about files that were indexed all the same. `catalog` is set
    when a folder's catalog could not be read: then nothing was read or changed (it is also
    the one error), as its metadata (ids, page ranges, URLs) would otherwise be lost."""

    report: BuildReport | None
    errors: list[IngestError] = field(default_factory=list)
    files: int = 0
    unsupported: list[Path] = field(default_factory=list)
    warnings: list[IngestWarning] = field(default_factory=list)  # files indexed with a flaw
    catalog: IngestError | None = None


@lru_cache(maxsize=4)
def embedder_for(model: str, threads: int) -> Embedder:
    """One embedder per process and model: loading a model takes seconds."""
    return Embedder(model, threads=threads)


def open_searcher(settings: Settings) -> Searcher:
    return Searcher.open(settings.index, embedder_for(settings.model, settings.threads))


def ingest_paths(
    settings: Settings,
    paths: list[Path] | None = None,
    *,
    rebuild: bool = False,
    progress: Progress | None = None,
) -> IngestOutcome:
    """Ingest files and folders (default: the sources folder) into the index.

    Leaflets already indexed from elsewhere stay; leaflets whose file is gone
    from a given folder are removed; a file that fails keeps its previous
    passages, so a damaged upload never takes a working leaflet away. A link that
    leads out of its folder or nowhere is named and not read (a leaflet indexed through
    it before is taken out). A catalog that cannot be read stops the ingest before
    anything is read: the published index stays as it was (see `IngestOutcome.catalog`).
    """
    from ingest.pipeline import ingest_leaflets, scan_sources
    from index.build import build_index, published_leaflets

    paths = [Path(p) for p in (paths or [settings.sources])]
    missing = [p for p in paths if not p.exists()]
    if missing:
        raise IngestError(missing[0], "no such file or folder")
    scan = scan_sources(paths)
    unsupported = scan.unsupported
    files, standing = _with_stand_ins(settings, scan.files)
    # a file named on its own keeps the id it has in the folder it was ingested from (a
    # corrected leaflet uploaded for `sources/hart/beroerte.md` stays "hart-beroerte")
    recorded = [*_recorded_folders(settings.index), settings.sources]
    roots = {path: _root_for(standing.get(path, path), paths, recorded) for path in files}
    catalogs, problem = _catalogs(sorted(set(roots.values())))
    if problem is not None:
        refusal = IngestError(problem[0], f"{problem[1]}. Nothing was ingested: the published index "
                              "stays as it was until the catalog is fixed")
        return IngestOutcome(None, [refusal], len(files), unsupported, catalog=refusal)
    rereading = {path.resolve() for path in [*files, *standing.values()]}
    # Holders of an id that this run reads again are checked among this run's leaflets:
    # a file given a new `id` in its catalog frees its old one at once.
    published = {leaflet.id: leaflet for leaflet in published_leaflets(settings.index)
                 if Path(leaflet.source_path).resolve() not in rereading}
    ingested, errors, failed = [], [], set()
    unreadable: dict[str, str] = {}  # files that could not be read, and what read them
    readers: dict[Path, str] = {}  # one per folder (its catalog), worked out once
    skipped = {} if rebuild else load_skipped(settings.index)
    for number, path in enumerate(files, start=1):
        if progress:
            progress(f"reading {path.name}", number, len(files))
        root = roots[path]
        reader = readers.get(root) or readers.setdefault(root, _reader(settings, root))
        try:
            try:
                cause = skipped_cause(skipped, path, reader=reader)
                if cause is not None:  # unchanged since it could not be read: it would fail again
                    raise IngestError(path, cause)
                items = ingest_leaflets(
                    path, root=root, catalog=catalogs[root],
                    max_bytes=int(settings.max_file_mb * 1_000_000), max_words=settings.max_words,
                    standing_for=standing.get(path),
                )
            except IngestError:
                unreadable[str(path.resolve())] = reader
                raise
            for item in items:
                clash = next((i for i in ingested if i.leaflet.id == item.leaflet.id), None)
                if clash is not None:
                    raise IngestError(path, f"its leaflet id {item.leaflet.id!r} is already taken by "
                                      f"{clash.leaflet.source_path}; give one an `id` in catalog.toml")
                other = published.get(item.leaflet.id)
                if other is not None and _elsewhere(other.source_path, path):
                    raise IngestError(path, f"its leaflet id {item.leaflet.id!r} is already taken in "
                                      f"the index by {other.source_path}; rename this file or give it "
                                      "an `id` in its folder's catalog.toml")
            ingested.extend(items)
        except IngestError as error:
            errors.append(error)
            failed.add(str(path.resolve()))
    keep = _kept_leaflets(settings.index, paths, ingested, failed,
                          {os.path.abspath(error.path) for error in scan.refused})
    warnings = [warning for item in ingested for warning in item.warnings]
    causes = {str(Path(error.path).resolve()): error.cause for error in errors}
    record_skipped(settings.index, {path: causes[path] for path in failed if path in causes}, files, unreadable)
    errors += scan.refused  # named on every ingest from the folder as it is, not noted
    if not ingested and not keep and errors:
        return IngestOutcome(None, errors, len(files), unsupported, warnings)
    embedder = embedder_for(settings.model, settings.threads)
    report = build_index(
        settings.index, ingested, embedder, keep_previous=keep, rebuild=rebuild, progress=progress
    )
    return IngestOutcome(report, errors, len(files), unsupported, warnings)


def _with_stand_ins(settings: Settings, files: list[Path]) -> tuple[list[Path], dict[Path, Path]]:
    """`files` with each file that an upload stands in for in this index (see
    `leaflets.uploads.stand_ins`) replaced by its stand-in, once; and for each stand-in among
    them, the file it stands for, whose name gives its id and catalog entry."""
    from leaflets.uploads import stand_ins

    stand_in = stand_ins(settings.uploads)
    original = {found.resolve(): bundled for bundled, found in stand_in.items()}
    chosen, standing = [], {}
    for path in files:
        found = stand_in.get(path.resolve(), path)
        if found.resolve() in original:
            standing[found] = original[found.resolve()]
        if found not in chosen:
            chosen.append(found)
    return chosen, standing


def _catalogs(folders: list[Path]) -> tuple[dict[Path, Catalog], tuple[Path, str] | None]:
    """Each folder's catalog, read once; else the first that cannot be read, with the cause."""
    from ingest.catalog import load_catalog
    from ingest.pipeline import CATALOG_NAME

    catalogs = {}
    for folder in folders:
        try:
            catalogs[folder] = load_catalog(folder / CATALOG_NAME)
        except IngestError as error:
            return {}, (Path(error.path), error.cause)
    return catalogs, None


def catalog_problems(paths: list[Path]) -> list[tuple[Path, str]]:
    """The catalogs of the folders `paths` name (a file's own folder for a file) that cannot
    be read, with the cause: `leaflets ingest` changes nothing while one of them is wrong."""
    folders = sorted({path if path.is_dir() else path.parent for path in paths if path.exists()})
    problems = []
    for folder in folders:
        problem = _catalogs([folder])[1]
        if problem is not None:
            problems.append(problem)
    return problems


def _reader(settings: Settings, root: Path) -> str:
    """What a skipped file was read with, besides the file itself: another ingest version,
    rule for telling file types, PDF library, size limit, AES support or catalog (whose page
    ranges a file may have failed) may read it, so it is tried again then."""
    import importlib.util
    from importlib.metadata import version

    import ingest
    from ingest.pipeline import KIND_RULES

    catalog = root / "catalog.toml"
    stamp = f"{catalog.stat().st_size}:{catalog.stat().st_mtime_ns}" if catalog.is_file() else "none"
    aes = importlib.util.find_spec("cryptography") is not None
    return (f"ingest {ingest.VERSION}, kinds {KIND_RULES}, pypdf {version('pypdf')}, AES {aes}, "
            f"{settings.max_file_mb} MB, catalog {stamp}")


def _elsewhere(indexed_source: str, path: Path) -> bool:
    """Whether an indexed leaflet comes from another file that still exists: then a new file
    with the same id must not silently replace it (a moved file, whose old path is gone, may)."""
    old = Path(indexed_source)
    return old.exists() and old.resolve() != path.resolve()


@dataclass
class IndexStatus:
    """What is indexed, and which source files the index does not reflect yet."""

    build: Path | None
    config: IndexConfig | None
    new: list[Path] = field(default_factory=list)
    changed: list[Path] = field(default_factory=list)
    # files the last ingest could not read and that have not changed since, with the cause:
    # ingesting again would fail again, so they are not new
    skipped: list[tuple[Path, str]] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    compared: list[Path] = field(default_factory=list)  # the files and folders looked at
    # links ingest does not follow (out of their folder, or to nothing) and folders it may not
    # open, with the cause: never read, whatever the last ingest did; `refused_indexed` names
    # those a leaflet is still indexed from (the next ingest takes it out)
    refused: list[tuple[Path, str]] = field(default_factory=list)
    refused_indexed: list[Path] = field(default_factory=list)
    # catalogs that cannot be read, with the cause: until they are fixed, ingest changes nothing
    catalogs: list[tuple[Path, str]] = field(default_factory=list)
    # Of `missing`, those recorded by a relative path ("tests/data/x.pdf", as given to
    # `leaflets ingest`): the index does not record the folder that ingest ran in, so they
    # were looked for in `looked_in`, the current folder, as ingest and the app's file links
    # resolve them; from another folder they only seem gone.
    relative: list[str] = field(default_factory=list)
    looked_in: Path = field(default_factory=Path.cwd)
    stale: list[LeafletSummary] = field(default_factory=list)  # as the coverage page's inventory
    stale_days: int = 0


def index_status(settings: Settings, paths: list[Path] | None = None,
                 stale_days: int | None = None, today: date | None = None) -> IndexStatus:
    """Compare the published index with the files now in `paths` (default: the folders its
    leaflets came from, or the sources folder when it has none); `missing` names indexed
    leaflets whose file is gone, wherever it was; `skipped` the files the last ingest could
    not read, unchanged since; `stale` the leaflets last updated more than
    `stale_days` (default: the setting) ago or undated: undated first, then oldest first."""
    from ingest.pipeline import scan_sources

    build = current_build(settings.index)
    config = IndexConfig.load(build) if build is not None else None
    if not paths:
        paths = (source_folders(config) if config else []) or [settings.sources]
    paths = [Path(p) for p in paths]
    scan = scan_sources([p for p in paths if p.exists()])
    refused = [(Path(error.path), error.cause) for error in scan.refused]
    files = _with_stand_ins(settings, scan.files)[0]  # a stood-in file is not new
    catalogs = catalog_problems(paths)
    if config is None:
        return IndexStatus(None, None, new=files, compared=paths, refused=refused, catalogs=catalogs)
    sources = {str(Path(v["source"]).resolve()): v["source"] for v in config.leaflets.values()}
    recorded = {str(Path(v["source"]).resolve()): v["hash"] for v in config.leaflets.values()}
    status = IndexStatus(build, config, compared=paths, refused=refused, catalogs=catalogs)
    indexed = {os.path.abspath(v["source"]) for v in config.leaflets.values()}
    status.refused_indexed = [path for path, _ in refused if os.path.abspath(path) in indexed]
    skipped = {path.resolve(): cause for path, cause in _noted_skips(settings)}
    for path in files:
        known = recorded.get(str(path.resolve()))
        cause = skipped.get(path.resolve())
        if cause is not None:
            status.skipped.append((path, cause))
        elif known is None:
            status.new.append(path)
        elif known != content_hash(path.read_bytes()):
            status.changed.append(path)
    status.missing = [s for s in recorded if not Path(s).exists()]
    status.relative = [sources[s] for s in status.missing if not Path(sources[s]).is_absolute()]
    status.stale_days = settings.stale_days if stale_days is None else stale_days
    status.stale = [s for s in _inventory(build, status.stale_days, today) if s.stale]
    return status


def skipped_files(settings: Settings) -> list[tuple[Path, str]]:
    """The files the last ingest could not read and that have not changed since, with the
    cause, as `leaflets status` names them (the coverage page lists them for editors); then
    the links it does not follow and the catalogs it cannot read in the index's folders."""
    from ingest.pipeline import scan_sources

    build = current_build(settings.index)
    config = IndexConfig.load(build) if build is not None else None
    folders = [p for p in (source_folders(config) if config else []) or [settings.sources] if p.exists()]
    refused = [(Path(error.path), error.cause) for error in scan_sources(folders).refused]
    return _noted_skips(settings) + refused + catalog_problems(folders)


@dataclass(frozen=True)
class Namesake:
    """An indexed leaflet file that an upload of the same name would replace: the file, and
    the titles of the leaflets it holds (several, for a PDF that the catalog splits)."""

    path: Path
    titles: tuple[str, ...]


def namesakes(settings: Settings, names: list[str]) -> dict[str, Namesake]:
    """For each uploaded file name, the indexed file of that name (letter case aside) that it
    could replace: a corrected version of a leaflet in the sources folder, or of one uploaded
    earlier under that name and type (stored as `upload-<name>.<ext>`)."""
    from index.build import published_leaflets
    from leaflets.uploads import stored_suffix, upload_stem

    uploads = settings.uploads.resolve()
    by_name: dict[str, list] = {}
    for leaflet in published_leaflets(settings.index):
        path = Path(leaflet.source_path)
        if path.is_file():
            key = ("upload:" if path.resolve().parent == uploads else "") + path.name.lower()
            by_name.setdefault(key, []).append(leaflet)
    found = {}
    for name in names:
        label = Path(name.replace("\\", "/")).name
        stored = f"upload:{upload_stem(label)}{stored_suffix(label)}".lower()
        leaflets = by_name.get(label.lower(), []) + by_name.get(stored, [])
        paths = {leaflet.source_path for leaflet in leaflets}
        if len(paths) == 1:  # two files of one name in two folders: no guess which is meant
            found[name] = Namesake(Path(paths.pop()), tuple(leaflet.title for leaflet in leaflets))
    return found


def _noted_skips(settings: Settings) -> list[tuple[Path, str]]:
    """The files the last ingest could not read, unchanged since, with the cause."""
    notes = load_skipped(settings.index)
    found = [(path, skipped_cause(notes, path)) for path in map(Path, notes) if path.exists()]
    return sorted((path, cause) for path, cause in found if cause is not None)


def _inventory(build: Path, stale_days: int, today: date | None) -> list[LeafletSummary]:
    """The coverage page's inventory of one build, read from its database alone."""
    import sqlite3

    from index.store import Store
    from leaflets.coverage import store_inventory

    try:
        store = Store(build / DATABASE, readonly=True)
        try:
            return store_inventory(store, stale_days, today)
        finally:
            store.close()
    except sqlite3.Error as exc:
        if isinstance(exc, sqlite3.OperationalError) and outdated(build):
            # a table or column an older format lacks: an update reads it, not a rebuild
            raise IndexUnavailable(
                f"{build / DATABASE}: this index was built by an older version of this program "
                f"({exc}). Update it with `leaflets ingest` (passage vectors are kept).") from None
        raise IndexUnavailable(f"{build / DATABASE}: the index is damaged ({exc}). "
                               "Rebuild it with `leaflets ingest --rebuild`.") from None


def source_folders(config: IndexConfig) -> list[Path]:
    """The folders an index's leaflets were ingested from, outermost only, as recorded.

    A leaflet's id is its path relative to the folder it was ingested from, so that folder
    is the ancestor whose relative path gives the id (ingesting it again keeps the ids);
    for an id from a catalog, the file's own folder."""
    from ingest.pipeline import slugify

    folders: set[Path] = set()
    for leaflet_id, entry in config.leaflets.items():
        source = Path(entry["source"])
        folders.add(next((parent for parent in source.parents
                          if slugify(source.relative_to(parent).as_posix()) == leaflet_id),
                         source.parent))
    places: dict[Path, Path] = {}
    for folder in sorted(folders):
        places.setdefault(folder.resolve(), folder)
    return sorted(folder for place, folder in places.items()
                  if not any(place != other and place.is_relative_to(other) for other in places))


def _recorded_folders(index: Path) -> list[Path]:
    """The folders the index's leaflets were ingested from; none where it has no readable build."""
    try:
        build = current_build(index)
        return source_folders(IndexConfig.load(build)) if build is not None else []
    except (IndexUnavailable, OSError, ValueError, KeyError):
        return []


def _root_for(path: Path, given: list[Path], recorded: list[Path] = ()) -> Path:
    """The folder that leaflet ids and the catalog are relative to: a folder given that holds
    the file, else one the index's leaflets were ingested from (or the sources folder), else
    the file's own."""
    for folder in [*given, *recorded]:
        if folder.is_dir() and path.resolve().is_relative_to(folder.resolve()):
            return folder
    return path.parent


def _kept_leaflets(index: Path, given: list[Path], ingested: list[IngestedLeaflet],
                   failed: set[str], refused: set[str] = frozenset()) -> set[str]:
    """Ids of published leaflets to keep as they are: not those read again, nor those indexed
    through a link that is `refused` now (absolute paths, links unresolved)."""
    from index.build import published_leaflets

    fresh = {item.leaflet.id for item in ingested}
    keep = set()
    for leaflet in published_leaflets(index):
        source = Path(leaflet.source_path).resolve()
        if leaflet.id in fresh or os.path.abspath(leaflet.source_path) in refused:
            continue
        covered = any(source == p.resolve() or source.is_relative_to(p.resolve())
                      for p in given if p.exists())
        if str(source) in failed or (not covered and source.exists()):
            keep.add(leaflet.id)
    return keep


def result_json(result: SearchResult) -> dict:
    """The `leaflets search --json` object (see DESIGN.md)."""
    return {
        "query": result.query,
        "covered": result.covered,
        "confidence": shown_confidence(result.confidence, result.covered, 4),
        "language": result.language,  # the question's, when not the leaflets' own; else ""
        # other names of the leaflets' medicines, each with the leaflets' word searched by
        "renamed": result.renamed,
        "results": [
            {
                "rank": rank,
                "score": round(hit.score, 6),
                "passage_id": hit.passage.id,
                "leaflet_id": hit.leaflet.id,
                "title": hit.leaflet.title,
                "headings": list(hit.passage.headings),
                "page": cited_page(hit.passage, hit.sentence),
                "pages": page_label(hit.passage),
                "updated": hit.leaflet.updated,
                "text": hit.passage.text,
                "highlights": list(hit.highlights),
                "source": hit.leaflet.source_path,
                "url": source_link(hit.leaflet, hit.passage, hit.sentence),
                "also_in": [
                    {"leaflet_id": copy.leaflet.id, "title": copy.leaflet.title,
                     "pages": page_label(copy.passage),
                     "url": source_link(copy.leaflet, copy.passage, hit.sentence)}
                    for copy in hit.also_in
                ],
            }
            for rank, hit in enumerate(result.hits, start=1)
        ],
    }
