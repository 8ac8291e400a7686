"""A JSON value rendered as nested HTML tables (json2html), turned back into that value.

json2html writes a JSON object as a `<table border="1">` of `<tr><th>key</th><td>value</td></tr>`
rows, an array of objects that share their keys as one table (a `<thead>` row of the keys over a
`<tbody>` row of `<td>` values per object), any other array as `<ul><li>…</li></ul>`, and a string
or number as its escaped text; the page is nothing else (no `<html>`, no prose). Read as a web
page, every key and type name was text, the keys over nested tables the headings, and the title,
sender and date the JSON named were lost (red team 61's openEHR composition).

The shape is known generically: the page is one table (perhaps inside bare `<html>`/`<body>`),
every table is either all key rows (one `<th>` and one `<td>` each) or a header row over rows of
as many cells, every cell holds text alone or one table or one list, and some cell holds a table or
list (a nested value: a two-column table of row headers alone is an ordinary data table). Any other
tag, a table without json2html's `border="1"`, or text beside a table, and it is a page of its
own. The value is handed to the keyed JSON readers, which read it as a JSON file of theirs is.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

# The page opens with a table, perhaps inside bare <html>, <head>…</head> and <body> tags.
_TABLE_START = re.compile(r"\s*(?:<!doctype[^>]*>\s*)?(?:<html[^>]*>\s*)?(?:<head\b.*?</head>\s*)?"
                          r"(?:<body[^>]*>\s*)?<table\b", re.IGNORECASE | re.DOTALL)
_HEAD = re.compile(r"<!doctype[^>]*>|<head\b.*?</head>", re.IGNORECASE | re.DOTALL)
# The tags json2html writes (and bare <html> and <body> around them); any other, and the page is
# none of its renderings.
_TAGS = frozenset({"table", "thead", "tbody", "tr", "th", "td", "ul", "li", "html", "body"})
_WRAPPERS = frozenset({"html", "body"})
# A tag, or a "<" or ">" that opens or closes none (json2html escapes both in its text).
_TAG = re.compile(r"<(/?)([a-zA-Z][\w-]*)(\s[^<>]*)?>|[<>]")
# json2html's own mark: every table it writes opens as `<table border="1">`. A dosage table of
# rows headed by `<th>`, a list in a cell, written by hand, carries no such border.
_JSON2HTML_BORDER = re.compile(r"""\sborder\s*=\s*(?:"1"|'1'|1)(?![^\s/])""")


@dataclass
class _Node:
    tag: str
    children: list[_Node | str] = field(default_factory=list)


def _tree(fragment: str) -> _Node | None:
    """The fragment's elements as a tree under a root; None where it holds a tag json2html does
    not write, a stray "<" or ">", or a tag closed out of turn."""
    root = _Node("")
    stack = [root]
    at = 0
    for found in _TAG.finditer(fragment):
        if found.start() > at:
            stack[-1].children.append(html.unescape(fragment[at:found.start()]))
        at = found.end()
        closing, tag = found.group(1), (found.group(2) or "").lower()
        if tag not in _TAGS:
            return None
        if tag == "table" and not closing and not _JSON2HTML_BORDER.search(found.group(3) or ""):
            return None
        if not closing:
            node = _Node(tag)
            stack[-1].children.append(node)
            stack.append(node)
        elif len(stack) > 1 and stack[-1].tag == tag:
            stack.pop()
        else:
            return None
    if len(stack) != 1:
        return None
    if at < len(fragment):
        root.children.append(html.unescape(fragment[at:]))
    return root


class _NotJson(Exception):
    """The page is no rendering of JSON."""


def json_in_tables(page: str) -> object | None:
    """The JSON value (an object or array) a json2html page shows (see the module), or None
    where the page is anything else."""
    start = _TABLE_START.match(page)
    if not start:
        return None
    table = start.end() - len("<table")
    root = _tree(_HEAD.sub("", page[:table]) + page[table:])
    if root is None:
        return None
    top = _elements(root)
    while len(top) == 1 and isinstance(top[0], _Node) and top[0].tag in _WRAPPERS:
        top = _elements(top[0])
    if len(top) != 1 or not isinstance(top[0], _Node) or top[0].tag != "table":
        return None
    try:
        value, nested = _table(top[0])
    except (_NotJson, RecursionError):
        return None
    return value if nested else None


def _elements(node: _Node) -> list[_Node | str]:
    """A node's children without the whitespace between tags."""
    return [child for child in node.children if not isinstance(child, str) or child.strip()]


def _tagged(node: _Node, tag: str) -> list[_Node]:
    """A node's children, each an element named `tag`; _NotJson where any is something else."""
    children = _elements(node)
    if not all(isinstance(child, _Node) and child.tag == tag for child in children):
        raise _NotJson
    return children  # type: ignore[return-value]


def _rows(table: _Node) -> tuple[list[_Node], list[_Node]]:
    """A table's header rows and body rows (rows straight under the table are body rows)."""
    head: list[_Node] = []
    body: list[_Node] = []
    for child in _elements(table):
        if not isinstance(child, _Node):
            raise _NotJson
        if child.tag == "thead":
            head += _tagged(child, "tr")
        elif child.tag == "tbody":
            body += _tagged(child, "tr")
        elif child.tag == "tr":
            body.append(child)
        else:
            raise _NotJson
    return head, body


def _table(table: _Node) -> tuple[object, bool]:
    """An object's key rows, or an array of objects under its keys' header row: the value, and
    whether a cell of it held a nested table or list."""
    head, body = _rows(table)
    if head:
        if len(head) != 1:
            raise _NotJson
        keys = [_text(cell) for cell in _tagged(head[0], "th")]
        records: list[object] = []
        nested = False
        for row in body:
            cells = _tagged(row, "td")
            if len(cells) != len(keys):
                raise _NotJson
            values = [_cell(cell) for cell in cells]
            records.append({key: value for key, (value, _) in zip(keys, values)})
            nested = nested or any(inner for _, inner in values)
        return records, nested
    record: dict[str, object] = {}
    nested = False
    for row in body:
        cells = _elements(row)
        if len(cells) != 2 or not all(isinstance(cell, _Node) for cell in cells) \
                or (cells[0].tag, cells[1].tag) != ("th", "td"):  # type: ignore[union-attr]
            raise _NotJson
        value, inner = _cell(cells[1])  # type: ignore[arg-type]
        record[_text(cells[0])] = value  # type: ignore[arg-type]
        nested = nested or inner
    return record, nested


def _cell(cell: _Node) -> tuple[object, bool]:
    """A cell's value: its one table or list, else its text; whether it was a nested value."""
    children = _elements(cell)
    if len(children) == 1 and isinstance(children[0], _Node):
        child = children[0]
        if child.tag == "table":
            return _table(child)[0], True
        if child.tag == "ul":
            return [_cell(item)[0] for item in _tagged(child, "li")], True
    return _text(cell), False


def _text(node: _Node) -> str:
    """A cell's text, where it holds text alone; _NotJson where it holds a tag."""
    if any(isinstance(child, _Node) for child in node.children):
        raise _NotJson
    return "".join(node.children).strip()  # type: ignore[arg-type]
