"""Per-leaflet metadata the text cannot give: `sources/catalog.toml`.

    [leaflets."fsgs.txt"]
    title = "Focale segmentale glomerulosclerose (FSGS)"
    updated = "2025-07-02"     # or "2025-07", or "2025", as precisely as it is known

Keys are file names relative to the sources folder. Only the fields below are
known; a field left out stays empty (nothing is invented), and a misspelt field
is an error rather than metadata silently lost.

One PDF may hold several leaflets (the EMA product information holds eight).
Its entry then lists `parts`, each its own leaflet with an `id`, a `title` and
the `pages` it spans; the file's other fields (url, publisher...) apply to all:

    [leaflets."enbrel-bijsluiters.pdf"]
    url = "https://www.ema.europa.eu/.../enbrel-epar-product-information_nl.pdf"
    page_offset = 237   # page 1 of this file is page 238 of the document cited

    [[leaflets."enbrel-bijsluiters.pdf".parts]]
    id = "enbrel-25mg-poeder"
    title = "Enbrel 25 mg poeder voor oplossing voor injectie"
    pages = "238-251"   # as cited: the file's pages plus page_offset

`page_offset` is for a trimmed copy of a longer document: passages cite the
document's own page numbers (those printed on the pages), so the entry must name
the document's `url`, where `#page=N` opens that page; a link to the local copy
would open the wrong one.
"""

from __future__ import annotations

import datetime as dt
import re
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
    page_offset: int = 0
    parts: tuple[CatalogPart, ...] = ()


@dataclass(frozen=True)
class CatalogPart:
    """One leaflet inside a PDF that holds several: its id, title, cited pages."""

    id: str
    first_page: int
    last_page: int
    title: str = ""
    updated: str = ""


FIELDS = frozenset(f.name for f in fields(CatalogEntry))
PART_FIELDS = frozenset({"id", "title", "pages", "updated"})


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
    except tomllib.TOMLDecodeError as error:  # its message ends "(at line 1, column 20)"
        raise IngestError(path, f"the catalog is not valid TOML: {error}") from None
    except UnicodeDecodeError as error:
        raise IngestError(path, f"the catalog is not valid TOML: it is not UTF-8 text ({error.reason} "
                          f"at byte {error.start})") from None
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
    values: dict[str, object] = {}
    for name, item in value.items():
        if name == "page_offset":
            if not isinstance(item, int) or isinstance(item, bool) or item < 0:
                raise IngestError(path, f'catalog entry "{key}": page_offset must be a whole number >= 0')
            values[name] = item
            continue
        if name == "parts":
            values[name] = _parts(path, key, item)
            continue
        if isinstance(item, dt.date):
            item = item.isoformat()[:10]
        if name == "updated" and isinstance(item, int) and not isinstance(item, bool):
            item = str(item)  # updated = 2024: a year
        if not isinstance(item, str):
            raise IngestError(path, f'catalog entry "{key}": {name} must be text')
        values[name] = item.strip()
    if values.get("updated"):
        _check_date(path, key, str(values["updated"]))
    if values.get("page_offset") and not values.get("url"):
        raise IngestError(path, f'catalog entry "{key}": page_offset needs the url of the whole '
                          "document (a link to the trimmed copy would open the wrong page)")
    return CatalogEntry(**values)  # type: ignore[arg-type]


def _parts(path: Path, key: str, value: object) -> tuple[CatalogPart, ...]:
    """The `[[...parts]]` of an entry: each with an id and a "first-last" page range."""
    if not isinstance(value, list) or not value or not all(isinstance(p, dict) for p in value):
        raise IngestError(path, f'catalog entry "{key}": parts must be a list of tables ([[...parts]])')
    parts = []
    for number, part in enumerate(value, start=1):
        where = f'catalog entry "{key}", part {number}'
        unknown = sorted(set(part) - PART_FIELDS)
        if unknown:
            raise IngestError(path, f'{where} has unknown field(s) {", ".join(unknown)} '
                              f'(known: {", ".join(sorted(PART_FIELDS))})')
        if not isinstance(part.get("id"), str) or not part["id"].strip():
            raise IngestError(path, f"{where} needs an id")
        match = re.fullmatch(r"\s*(\d+)\s*(?:-\s*(\d+)\s*)?", str(part.get("pages", "")))
        if not match or int(match.group(1)) < 1 or int(match.group(2) or match.group(1)) < int(match.group(1)):
            raise IngestError(path, f'{where}: pages must be "first-last", e.g. "238-251"')
        updated = part.get("updated", "")
        updated = updated.isoformat()[:10] if isinstance(updated, dt.date) else updated
        updated = str(updated) if isinstance(updated, int) and not isinstance(updated, bool) else updated
        if not isinstance(part.get("title", ""), str) or not isinstance(updated, str):
            raise IngestError(path, f"{where}: title and updated must be text")
        if updated:
            _check_date(path, f"{key}, part {number}", updated)
        parts.append(CatalogPart(part["id"].strip(), int(match.group(1)), int(match.group(2) or match.group(1)),
                                 part.get("title", "").strip(), updated))
    ids = [part.id for part in parts]
    if len(set(ids)) != len(ids):
        raise IngestError(path, f'catalog entry "{key}": two parts share one id')
    return tuple(parts)


def _check_date(path: Path, key: str, value: str) -> None:
    """A date as precise as the editor knows it: a day, a month or a year (ISO 8601)."""
    try:
        if re.fullmatch(r"\d{4}", value):
            dt.date(int(value), 1, 1)
        elif re.fullmatch(r"\d{4}-\d{2}", value):
            dt.date(int(value[:4]), int(value[5:]), 1)
        else:
            dt.date.fromisoformat(value)
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                raise ValueError(value)
    except ValueError:
        raise IngestError(path, f'catalog entry "{key}": updated must be a date as YYYY-MM-DD, YYYY-MM '
                          f'or YYYY, got "{value}"') from None
