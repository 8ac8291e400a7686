"""A leaflet kept as an openEHR composition (its canonical JSON), read as the document it is.

An openEHR system stores a patient leaflet as a COMPOSITION: its `name.value` the title, its
`composer.name` the department that wrote it, its `context` the dates (`start_time`, and
ELEMENTs of `other_context` such as "Laatst bijgewerkt" over "februari 2026"), its `content`
SECTIONs, each named by its `name.value`, holding entries (EVALUATION, OBSERVATION, …) whose
ELEMENTs carry the text as data values (`DV_TEXT`'s `value`), and a CLUSTER of row CLUSTERs a
table (each row's ELEMENTs named by the column). Read as a JSON document's strings, the type
names (`_type`, `ELEMENT`, `DV_TEXT`), archetype ids (`openEHR-EHR-…`, `at0002`) and the nodes'
labels ("Tekst", "Punt", "Tree") were text and headings (red team 61).

Here only what the reference model says is text is read: each SECTION's name a heading, each
ELEMENT's value a paragraph, a table's column names its header; every other string is a code
or a node's label, no text.
"""

from __future__ import annotations

import re
from collections import deque
from datetime import date

from ingest.dates import find_updated

from ingest.json_value import json_value
from ingest.keyed_document import KeyedDocument

_ELEMENT = "ELEMENT"
_CLUSTER = "CLUSTER"
_SECTION = "SECTION"
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}(?!\d)")
MAX_HEADING_LEVEL = 6


def read_openehr_composition(text: str) -> KeyedDocument | None:
    """The leaflet an openEHR COMPOSITION's JSON holds (see the module), or None where `text`
    is no such composition or its content holds no text."""
    stripped = text.lstrip("\ufeff").strip()
    if not stripped.startswith("{"):
        return None
    value = json_value(stripped)
    if not isinstance(value, dict) or value.get("_type") != "COMPOSITION" or "archetype_node_id" not in value:
        return None
    try:
        blocks = [block for item in _items(value.get("content")) for block in _blocks(item, 2)]
    except RecursionError:
        return None
    if not any(not block.startswith("#") for block in blocks):
        return None
    title = _name(value)
    composer = value.get("composer")
    sender = composer.get("name", "") if isinstance(composer, dict) else ""
    sender = sender if isinstance(sender, str) else ""
    context = value.get("context")
    context = context if isinstance(context, dict) else {}
    furniture = tuple(_context_lines(context.get("other_context")))
    updated = find_updated(*furniture) or _session_date(context.get("start_time"))
    head = [f"# {title}"] if title else []
    return KeyedDocument("\n\n".join([*head, *blocks]) + "\n", headed=True, title=title, sender=sender.strip(),
                         updated=updated, furniture=furniture)


def _session_date(start: object) -> str:
    """The day of the context's `start_time` (YYYY-MM-DD), or "": the session's clinical time
    only dates a leaflet that states no date of its own, and never with its hour and zone."""
    value = start.get("value", "") if isinstance(start, dict) else ""
    found = _ISO_DAY.match(value) if isinstance(value, str) else None
    if found is None:
        return ""
    try:
        return date.fromisoformat(found.group()).isoformat()
    except ValueError:  # no such day ("2026-02-30")
        return ""


def _items(value: object) -> list[dict]:
    """A list's objects; one object as a list of it; [] for anything else."""
    if isinstance(value, dict):
        return [value]
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _name(node: dict) -> str:
    """A node's name (`name.value`), or ""."""
    name = node.get("name")
    value = name.get("value") if isinstance(name, dict) else None
    return " ".join(value.split()) if isinstance(value, str) else ""


def _blocks(node: dict, level: int) -> list[str]:
    """The Markdown blocks of a node: a SECTION's heading over its items' blocks, an ELEMENT's
    value, a CLUSTER of row CLUSTERs a table; any other node (an entry, an item tree, an event)
    its children's blocks, in order."""
    kind = node.get("_type")
    if kind == _ELEMENT:
        value = _element_value(node)
        return [value] if value else []
    if kind == _CLUSTER and (table := _table(node)):
        return [table]
    blocks = []
    if kind == _SECTION and (heading := _name(node)):
        blocks.append("#" * min(level, MAX_HEADING_LEVEL) + " " + heading)
        level += 1
    for key, child in node.items():
        if key != "name":  # a node's label ("Tree", "Tekst"), no text
            blocks += [block for item in _items(child) for block in _blocks(item, level)]
    return blocks


def _element_value(element: dict) -> str:
    """An ELEMENT's data value as text: a text's or a code's `value`, a quantity's magnitude and
    units; "" for none."""
    value = element.get("value")
    if not isinstance(value, dict):
        return ""
    text = value.get("value")
    if isinstance(text, str):
        return text.strip()
    magnitude, units = value.get("magnitude"), value.get("units")
    if isinstance(magnitude, (int, float)) and not isinstance(magnitude, bool):
        return f"{magnitude:g} {units}".strip() if isinstance(units, str) else f"{magnitude:g}"
    return ""


def _table(cluster: dict) -> str:
    """A CLUSTER whose items are two or more row CLUSTERs of ELEMENTs alike as a Markdown table:
    the first row's ELEMENT names the header, each row's values a row; "" for any other CLUSTER."""
    rows = _items(cluster.get("items"))
    if len(rows) < 2 or not all(row.get("_type") == _CLUSTER for row in rows):
        return ""
    cells = [_items(row.get("items")) for row in rows]
    width = len(cells[0])
    if width < 2 or not all(len(row) == width and all(item.get("_type") == _ELEMENT for item in row)
                            for row in cells):
        return ""
    lines = [_row([_name(item) for item in cells[0]]), "|" + "---|" * width]
    lines += [_row([_element_value(item) for item in row]) for row in cells]
    return "\n".join(lines)


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(" ".join(cell.replace("|", "/").split()) for cell in cells) + " |"


def _context_lines(other_context: object) -> list[str]:
    """The ELEMENTs of a composition's context as "name: value" lines (a "Laatst bijgewerkt:
    februari 2026" where the leaflet's date is read); no text of the leaflet."""
    lines = []
    queue = deque(_items(other_context))
    while queue:
        node = queue.popleft()
        if node.get("_type") == _ELEMENT:
            value = _element_value(node)
            if value:
                lines.append(f"{_name(node)}: {value}" if _name(node) else value)
            continue
        for key, child in node.items():
            if key != "name":
                queue.extend(_items(child))
    return lines
