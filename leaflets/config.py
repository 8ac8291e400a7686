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
        return raw
    except ValueError as exc:
        raise ValueError(f"LEAFLETS_{name.upper()}={raw!r}: {exc}") from None


def describe() -> list[tuple[str, str, str]]:
    """(name, default, help) for every setting: documentation and tests use it."""
    return [(f.name, str(f.default), f.metadata["help"]) for f in fields(Settings)]
