"""Playwright's ARIA snapshot of a page, kept as `.txt`, read as the page's text.

`locator.aria_snapshot()` writes the accessibility tree a screen reader is given as YAML, a
node a list item: `- heading "Title" [level=1]`, `- paragraph: text`, `- link "Name":` with its
`- /url: ...` under it, `- list:` / `- listitem: text`, `- table` / `- row "a b"` / `- cell "a"`,
and the page's landmarks (`- banner:`, `- navigation "Menu":`, `- contentinfo:`). Read as plain
text (red team 51) every role and URL was a word of the passages, the title the file's name,
no heading found, and every table row twice (the row's name repeats its cells).

PyYAML parses it (its base loader, so "no" or "088" stay the words they are); this module reads
the nodes: headings at their levels, paragraphs and list items as text (a link in them as its
words), a table's rows by their cells once, and the landmarks that hold the site's furniture
left out (`ingest.accessible_blocks.is_furniture`), as are buttons, form fields, images, `/url`
lines and links standing alone (a skip link, a share bar); where the page has a `main`
landmark, only what it holds is read, as that is the page's own content. A text that does not parse as YAML
is no snapshot (`read_aria_snapshot` gives None) and is read as plain text.

A `.txt` is taken for a snapshot where nearly all its lines are its node lines, most of them
naming an ARIA role (`is_aria_snapshot`), as no list a leaflet writes does.
"""

from __future__ import annotations

import re

import yaml

from ingest.accessible_blocks import (Block, Heading, Item, Paragraph, Table, blocks_as_markdown, is_furniture,
                                      joined_words, without_empty)

# The roles Playwright names (WAI-ARIA 1.2 and the few it adds: "text", "img")
_ROLES = frozenset("""alert alertdialog application article banner blockquote button caption cell checkbox code
columnheader combobox complementary contentinfo definition deletion dialog directory document emphasis feed figure
form generic grid gridcell group heading img insertion link list listbox listitem log main mark marquee math menu
menubar menuitem menuitemcheckbox menuitemradio meter navigation note option paragraph presentation progressbar radio
radiogroup region row rowgroup rowheader scrollbar search searchbox separator slider spinbutton status strong
subscript superscript switch tab table tablist tabpanel term text textbox time timer toolbar tooltip tree treegrid
treeitem""".split())
# A node line: "- role", a quoted name, [attributes], and ":" before its value or children;
# or a property line "- /url: ...".
_NODE_LINE = re.compile(r'^(?P<indent> *)- (?:(?P<role>[a-z]+)(?: "(?:[^"\\]|\\.)*")?(?: \[[^\]]*\])*'
                        r'|/[a-z]+)(?::(?: .*)?)?$')
_KEY = re.compile(r'^(?P<role>[a-z]+)(?: "(?P<name>(?:[^"\\]|\\.)*)")?(?P<attributes>(?: \[[^\]]*\])*)$')
_LEVEL = re.compile(r"\[level=(\d)\]")
MIN_SHARE = 0.9
MIN_LINES = 5
# Roles whose words run on inside a paragraph, an item or a cell
_INLINE = frozenset({"text", "link", "strong", "emphasis", "code", "time", "mark", "subscript", "superscript",
                     "deletion", "insertion", "generic", "term", "definition"})
# Roles that are controls, pictures or rules: no words of the text
_SILENT = frozenset({"button", "checkbox", "combobox", "img", "listbox", "menuitem", "menuitemcheckbox",
                     "menuitemradio", "meter", "option", "progressbar", "radio", "radiogroup", "scrollbar",
                     "searchbox", "separator", "slider", "spinbutton", "switch", "tab", "textbox", "timer",
                     "tooltip", "presentation"})
_CELLS = frozenset({"cell", "columnheader", "rowheader", "gridcell"})


def is_aria_snapshot(text: str) -> bool:
    """Whether `text` is an ARIA snapshot: `MIN_SHARE` of its lines node lines, most of those
    naming an ARIA role."""
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < MIN_LINES:
        return False
    matches = [_NODE_LINE.match(line) for line in lines]
    nodes = [match for match in matches if match]
    roles = [match for match in nodes if match["role"] in _ROLES]
    return len(nodes) >= MIN_SHARE * len(lines) and len(roles) * 2 > len(lines) and lines[0].startswith("- ")


def read_aria_snapshot(text: str) -> str | None:
    """The snapshot's page as Markdown, or None where it does not parse as a list of nodes."""
    try:
        nodes = yaml.load(text, Loader=yaml.BaseLoader)
    except yaml.YAMLError:
        return None
    if not isinstance(nodes, list):
        return None
    blocks: list[Block] = []
    _read_nodes(_main_content(nodes) or nodes, blocks, depth=0)
    blocks = without_empty(blocks)
    return blocks_as_markdown(blocks) if blocks else None


def _main_content(nodes: list) -> list:
    """The children of the page's `main` landmarks (its own content, WAI-ARIA's "main"),
    found at any depth; empty where it has none."""
    found: list = []
    for node in nodes:
        role, _, _, value = _node(node)
        if role == "main":
            found += value if isinstance(value, list) else [{"paragraph": value}] if isinstance(value, str) else []
        elif isinstance(value, list):
            found += _main_content(value)
    return found


def _node(node: object) -> tuple[str, str, str, object]:
    """A node's role, name, attributes and value (a string, a list of children, or None)."""
    if isinstance(node, dict) and len(node) == 1:
        key, value = next(iter(node.items()))
    elif isinstance(node, str):
        key, value = node, None
    else:
        return "", "", "", None
    match = _KEY.match(str(key))
    if not match:
        return ("property" if str(key).startswith("/") else "", "", "", value)
    name = match["name"] or ""
    return match["role"], name.replace('\\"', '"').replace("\\\\", "\\"), match["attributes"], value


def _read_nodes(nodes: list, blocks: list[Block], depth: int) -> None:
    """Block nodes into `blocks`, a list's items at `depth`."""
    for index, node in enumerate(nodes):
        role, name, attributes, value = _node(node)
        if not role or role == "property" or role in _SILENT or is_furniture(role, name):
            continue
        if role == "text" and _only_controls(nodes[index + 1:]):
            continue  # a share bar's label ("Share this page:") before its buttons
        if role == "heading":
            level = _LEVEL.search(attributes)
            blocks.append(Heading(int(level.group(1)) if level else 2, name or _inline_words(value)))
        elif role == "list":
            _read_items(value, blocks, depth)
        elif role == "table" or role == "grid" or role == "treegrid":
            blocks.append(Table(tuple(_rows(value))))
        elif role == "link" and not isinstance(value, str):
            continue  # a link standing alone (a skip link, a share button): no sentence of the text
        elif isinstance(value, list) and role not in {"paragraph", "blockquote", "caption", "listitem", *_INLINE}:
            _read_nodes(value, blocks, depth)  # a container (main, article, region, figure): its blocks
        else:
            blocks.append(Paragraph(_inline_words(value) if value is not None else name))


def _only_controls(nodes: list) -> bool:
    """Whether `nodes` are links standing alone and controls only, one at least."""
    roles = [_node(node)[0] for node in nodes]
    return bool(roles) and all(role == "link" or role in _SILENT for role in roles)


def _read_items(value: object, blocks: list[Block], depth: int) -> None:
    """A list's items: each item's own words, a list inside it one deeper."""
    for node in value if isinstance(value, list) else []:
        role, name, _, item = _node(node)
        if role != "listitem":
            _read_nodes([node], blocks, depth)
            continue
        children = item if isinstance(item, list) else []
        words = item if isinstance(item, str) else joined_words(
            [_inline_words(child_value) or child_name for child_role, child_name, _, child_value in map(_node, children)
             if child_role in _INLINE or child_role == "paragraph"])
        blocks.append(Item(words or name, depth))
        for child in children:
            child_role, _, _, child_value = _node(child)
            if child_role == "list":
                _read_items(child_value, blocks, depth + 1)


def _rows(value: object) -> list[tuple[str, ...]]:
    """A table's rows by their cells' names (a row's own name repeats them), row groups opened."""
    rows: list[tuple[str, ...]] = []
    for node in value if isinstance(value, list) else []:
        role, name, _, children = _node(node)
        if role == "rowgroup":
            rows += _rows(children)
        elif role == "row":
            cells = [cell_name or _inline_words(cell_value)
                     for cell_role, cell_name, _, cell_value in map(_node, children if isinstance(children, list) else [])
                     if cell_role in _CELLS]
            rows.append(tuple(cells) if cells else (name,))
    return rows


def _inline_words(value: object) -> str:
    """A node's value as one line of words: its string, or its inline children's words and names."""
    if isinstance(value, str):
        return joined_words([value])
    pieces: list[str] = []
    for node in value if isinstance(value, list) else []:
        role, name, _, child = _node(node)
        if role in _SILENT or role == "property" or not role:
            continue
        pieces.append(name if role == "link" and name else _inline_words(child) or name)
    return joined_words([piece for piece in pieces if piece])
