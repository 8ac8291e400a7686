"""Per-leaflet metadata the text cannot give: `sources/catalog.toml`.

    [leaflets."fsgs.txt"]
    title = "Focale segmentale glomerulosclerose (FSGS)"
    updated = "2025-07-02"

Keys are file names relative to the sources folder. Only the fields below are
known; a field left out stays empty (nothing is invented), and a misspelt field
is an error rather than metadata silently lost.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path

from ingest.document import IngestError


@dataclass(frozen=True)
class CatalogEntry:
    """What the catalog says about one leaflet; "" where it says nothing."""

    id: str = ""
    title: str = ""
    url: str = ""
    publisher: str = ""
    language: str = ""
    updated: str = ""


FIELDS = frozenset(f.name for f in fields(CatalogEntry))


@dataclass(frozen=True)
class Catalog:
    """All catalog entries, by file name relative to the sources folder."""

    entries: dict[str, CatalogEntry] = field(default_factory=dict)

    def entry_for(self, key: str) -> CatalogEntry:
        """The entry for a relative file name (POSIX slashes), or an empty one."""
        return self.entries.get(key.replace("\\", "/"), CatalogEntry())


def load_catalog(path: Path) -> Catalog:
    """Read a catalog file; a missing file is an empty catalog."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Catalog()
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise IngestError(path, f"the catalog is not valid TOML ({error})") from None
    except OSError as error:
        raise IngestError(path, f"the catalog cannot be read ({error.strerror})") from None
    leaflets = data.get("leaflets", {})
    if not isinstance(leaflets, dict):
        raise IngestError(path, "the catalog's [leaflets] must be a table of leaflet tables")
    return Catalog({key: _entry(path, key, value) for key, value in leaflets.items()})


def _entry(path: Path, key: str, value: object) -> CatalogEntry:
    if not isinstance(value, dict):
        raise IngestError(path, f'catalog entry "{key}" must be a table')
    unknown = sorted(set(value) - FIELDS)
    if unknown:
        raise IngestError(
            path, f'catalog entry "{key}" has unknown field(s) {", ".join(unknown)} '
            f'(known: {", ".join(sorted(FIELDS))})'
        )
    values = {}
    for name, item in value.items():
        if isinstance(item, dt.date):
            item = item.isoformat()[:10]
        if not isinstance(item, str):
            raise IngestError(path, f'catalog entry "{key}": {name} must be text')
        values[name] = item.strip()
    if values.get("updated"):
        _check_date(path, key, values["updated"])
    return CatalogEntry(**values)


def _check_date(path: Path, key: str, value: str) -> None:
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        raise IngestError(path, f'catalog entry "{key}": updated must be YYYY-MM-DD, got "{value}"') \
            from None
