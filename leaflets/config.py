"""Every setting of the product, declared once with its default and help text.

The CLI and the app both read settings from here; each can be overridden by an
environment variable (`LEAFLETS_<NAME>`), and the CLI's flags override those.
`ingest/` and `index/` never import this module: they receive plain values.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def _setting(default, help: str):
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True)
class Settings:
    """Settings with defaults; `Settings.from_env()` applies `LEAFLETS_*` variables."""

    index: Path = _setting(
        PROJECT_ROOT / "var" / "index",
        "Index directory (git-ignored by default). Env: LEAFLETS_INDEX.",
    )
    sources: Path = _setting(
        PROJECT_ROOT / "sources",
        "Folder of leaflets and their catalog.toml. Env: LEAFLETS_SOURCES.",
    )
    model: str = _setting(
        "multilingual-e5-small",
        "Embedding model: the offline default, a sentence-transformers name, or a local path. "
        "Env: LEAFLETS_MODEL.",
    )
    threads: int = _setting(
        min(os.cpu_count() or 1, 8),
        "CPU threads for encoding (set once per process). Env: LEAFLETS_THREADS.",
    )
    max_file_mb: float = _setting(
        50.0, "Largest leaflet file accepted, in MB. Env: LEAFLETS_MAX_FILE_MB."
    )
    max_words: int = _setting(
        180, "Largest passage, in words (sections are split at sentence boundaries). "
        "Env: LEAFLETS_MAX_WORDS.",
    )
    k: int = _setting(5, "Results shown per search. Env: LEAFLETS_K.")
    stale_days: int = _setting(
        730, "A leaflet last updated longer ago than this many days (or with no date) is listed "
        "as stale on the coverage page. Env: LEAFLETS_STALE_DAYS.",
    )
    query_log: bool = _setting(
        False, "Keep a local log of searches (query text, time, mode, covered, confidence; nothing "
        "about who searched) for the editors' list of uncovered questions. Off unless set to 1. "
        "Env: LEAFLETS_QUERY_LOG.",
    )
    query_log_days: int = _setting(
        90, "Days a query-log entry is kept; older entries are dropped on every write. "
        "Env: LEAFLETS_QUERY_LOG_DAYS.",
    )
    max_upload_mb: float = _setting(
        20.0, "Largest file an editor may upload in the app, in MB. Env: LEAFLETS_MAX_UPLOAD_MB."
    )

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> "Settings":
        """Defaults overridden by `LEAFLETS_<NAME>` environment variables."""
        environ = dict(os.environ if environ is None else environ)
        changes = {}
        for f in fields(cls):
            raw = environ.get(f"LEAFLETS_{f.name.upper()}")
            if raw:
                changes[f.name] = _parse(f.type, raw, f.name)
        return replace(cls(), **changes)

    @property
    def query_log_path(self) -> Path:
        """The query log lives beside the builds, so it survives re-indexing."""
        return self.index / "query-log.jsonl"

    @property
    def uploads(self) -> Path:
        """Where the app stores uploaded leaflets, under names it generates itself."""
        return self.index / "uploads"

    def with_overrides(self, **values) -> "Settings":
        """A copy with the given non-None values (CLI flags) applied."""
        return replace(self, **{k: v for k, v in values.items() if v is not None})


def _parse(type_name: str, raw: str, name: str):
    try:
        if type_name == "Path":
            return Path(raw).expanduser()
        if type_name == "int":
            return int(raw)
        if type_name == "float":
            return float(raw)
        if type_name == "bool":
            return _boolean(raw)
        return raw
    except ValueError as exc:
        raise ValueError(f"LEAFLETS_{name.upper()}={raw!r}: {exc}") from None


def _boolean(raw: str) -> bool:
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ValueError("expected 1/0, true/false, yes/no or on/off")


def describe() -> list[tuple[str, str, str]]:
    """(name, default, help) for every setting: documentation and tests use it."""
    return [(f.name, str(f.default), f.metadata["help"]) for f in fields(Settings)]
