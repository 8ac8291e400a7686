"""A tagged PDF's structure tree as poppler's `pdfinfo -struct-text` prints it, read as the text.

`pdfinfo -struct-text` walks the structure tree an accessible PDF carries (what a screen reader
reads) and prints an element a line, indented two spaces a level: its type ("H1", "P", "L",
"LI", "LBody", "Table", "TR", "TD"), " (block)" or " (inline)", a ":" where attributes follow;
each attribute a line of its own ("/Placement /Block", "/SpaceBefore 0.18"); and the text of
each marked-content piece as a quoted string (`"..."`), one a line as the PDF lays them out,
a trailing space where the sentence goes on. Read as plain text (red team 51) every passage
was attribute lines, the title "Document", the headings "LBody (block)", and the sentences cut
in quoted pieces.

This module rebuilds the tree from the indentation and reads it: "H1".."H6" (and "Title") are
headings at their levels, a list's "LI" an item (its "•" label dropped, a number kept), a
"Table" its "TR" rows of "TH"/"TD" cells, any other element with no block below it a paragraph;
a block's pieces are joined into its sentences (directly after a trailing space or hyphen, else
with a space). Attribute lines, object references and figures are no text.

A `.txt` is taken for such a dump where nearly all its lines are its element, attribute and
quoted-text lines, several of them each (`is_pdf_structure_text`), as no other text writes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.accessible_blocks import Block, Heading, Item, Paragraph, Table, blocks_as_markdown, without_empty

_ELEMENT = re.compile(r'^(?P<indent> *)(?P<type>[A-Za-z][\w.-]*)(?: <[^>]*>)?(?: "[^"]*")?(?: r\d+)?'
                      r'(?P<kind> \((?:block|inline)\))?(?P<attributes>:)?$')
_ATTRIBUTE = re.compile(r"^ *(?:/\w+ |\(No content\?\)$|Object \d+ \d+$)")
_CONTENT = re.compile(r'^(?P<indent> *)"(?P<text>.*)"$')
_OPEN_CONTENT = re.compile(r'^(?P<indent> *)"(?P<text>.*)$')
MIN_SHARE = 0.9
MIN_EACH = 3
MAX_CONTENT_LINES = 20
_HEADINGS = {"Title": 1, "H1": 1, "H2": 2, "H3": 3, "H4": 4, "H5": 5, "H6": 6, "H": 2}
# Elements that hold blocks of their own (PDF 1.7's grouping, list, table and block types)
_BLOCKS = frozenset({"Document", "DocumentFragment", "Part", "Art", "Sect", "Div", "BlockQuote", "Caption", "TOC",
                     "TOCI", "Index", "NonStruct", "Private", "P", "Note", "Code", "L", "LI", "Lbl", "LBody",
                     "Table", "THead", "TBody", "TFoot", "TR", "TH", "TD", "Aside", "Title", "FENote", *_HEADINGS})
_PICTURES = frozenset({"Figure", "Formula", "Form", "Artifact"})
_CELLS = frozenset({"TH", "TD"})
_LABEL = re.compile(r"^(?:[•◦▪▫‣⁃∙·●○■□–—*-]|(?P<number>\d{1,3})[.)])(?:\s+|$)")
_SPACES = re.compile(r"\s+")


@dataclass
class _Element:
    type: str
    children: list[_Element | str] = field(default_factory=list)


def is_pdf_structure_text(text: str) -> bool:
    """Whether `text` is `pdfinfo -struct-text`'s dump: `MIN_SHARE` of its lines element,
    attribute and quoted-text lines, `MIN_EACH` of them block or inline elements and quoted text."""
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines or not _ELEMENT.match(lines[0]) or lines[0].startswith(" "):
        return False
    elements = [match for match in map(_ELEMENT.match, lines) if match]
    kinds = sum(1 for match in elements if match["kind"])
    contents = sum(1 for line in lines if _CONTENT.match(line))
    attributes = sum(1 for line in lines if _ATTRIBUTE.match(line))
    shaped = len(elements) + contents + attributes
    return kinds >= MIN_EACH and contents >= MIN_EACH and shaped >= MIN_SHARE * len(lines)


def read_pdf_structure_text(text: str) -> str | None:
    """The dump's document as Markdown, or None where it holds no text."""
    blocks: list[Block] = []
    for element in _tree(text.splitlines()):
        _read(element, blocks)
    blocks = without_empty(blocks)
    return blocks_as_markdown(blocks) if blocks else None


def _tree(lines: list[str]) -> list[_Element]:
    """The elements the indented lines nest, each quoted piece under the element above it."""
    roots: list[_Element] = []
    stack: list[tuple[int, _Element]] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if not line.strip() or _ATTRIBUTE.match(line):
            continue
        element = _ELEMENT.match(line)
        if element:
            indent = len(element["indent"])
            while stack and stack[-1][0] >= indent:
                stack.pop()
            node = _Element(element["type"])
            (stack[-1][1].children if stack else roots).append(node)
            stack.append((indent, node))
            continue
        piece = _CONTENT.match(line) or _OPEN_CONTENT.match(line)
        if not piece:
            continue
        words = piece["text"]
        if not _CONTENT.match(line):  # a piece with a line break in it: its lines up to the closing quote
            for end in range(index, min(index + MAX_CONTENT_LINES, len(lines))):
                if lines[end].endswith('"'):
                    words = "\n".join([words, *lines[index:end], lines[end][:-1]])
                    index = end + 1
                    break
        indent = len(piece["indent"])
        while stack and stack[-1][0] >= indent:
            stack.pop()
        if stack:
            stack[-1][1].children.append(words)
        else:
            roots.append(_Element("P", [words]))
    return roots


def _read(element: _Element, blocks: list[Block]) -> None:
    """An element's blocks into `blocks`."""
    if element.type in _PICTURES:
        return
    if element.type in _HEADINGS:
        blocks.append(Heading(_HEADINGS[element.type], _words(element)))
    elif element.type == "L":
        _items(element, blocks, depth=0)
    elif element.type == "Table":
        blocks.append(Table(tuple(_rows(element))))
    elif not _holds_blocks(element):
        blocks.append(Paragraph(_words(element)))
    else:
        loose: list[str] = []
        for child in element.children:
            if isinstance(child, str):
                loose.append(child)
                continue
            if loose:
                blocks.append(Paragraph(_joined(loose)))
                loose = []
            _read(child, blocks)
        if loose:
            blocks.append(Paragraph(_joined(loose)))


def _holds_blocks(element: _Element) -> bool:
    return any(isinstance(child, _Element) and (child.type in _BLOCKS or _holds_blocks(child))
               for child in element.children)


def _items(element: _Element, blocks: list[Block], depth: int) -> None:
    """A list's items at `depth`: an item's words (its label a number where it is one), a list
    inside it one deeper."""
    for child in element.children:
        if not isinstance(child, _Element):
            continue
        if child.type == "L":
            _items(child, blocks, depth + 1)
            continue
        if child.type != "LI":
            _read(child, blocks)
            continue
        nested = [part for part in _descendants(child) if part.type == "L"]
        words = _joined(_pieces(child, skip=tuple(nested)))
        label = _LABEL.match(words)
        number = int(label["number"]) if label and label["number"] else None
        blocks.append(Item(words[label.end():] if label else words, depth, number))
        for inner in nested:
            _items(inner, blocks, depth + 1)


def _descendants(element: _Element) -> list[_Element]:
    """The elements below `element`, a nested list's own elements left to it."""
    found: list[_Element] = []
    for child in element.children:
        if isinstance(child, _Element):
            found.append(child)
            if child.type != "L":
                found += _descendants(child)
    return found


def _rows(element: _Element) -> list[tuple[str, ...]]:
    """A table's rows of cells' words, head, body and foot groups opened."""
    rows: list[tuple[str, ...]] = []
    for child in element.children:
        if isinstance(child, _Element) and child.type == "TR":
            rows.append(tuple(_words(cell) for cell in child.children
                              if isinstance(cell, _Element) and cell.type in _CELLS))
        elif isinstance(child, _Element):
            rows += _rows(child)
    return [row for row in rows if row]


def _pieces(element: _Element, skip: tuple[_Element, ...] = ()) -> list[str]:
    """The quoted pieces in and below `element`, in order, figures' and `skip`'s left out."""
    pieces: list[str] = []
    for child in element.children:
        if isinstance(child, str):
            pieces.append(child)
        elif child.type not in _PICTURES and not any(child is other for other in skip):
            pieces += _pieces(child, skip)
    return pieces


def _words(element: _Element) -> str:
    return _joined(_pieces(element))


def _joined(pieces: list[str]) -> str:
    """Pieces cut where the PDF's lines end, joined into sentences: directly after a trailing
    space or a hyphen (the word goes on), else with a space (a label, a forced line break)."""
    text = ""
    for piece in pieces:
        if text and not (text[-1].isspace() or text[-1] in "-\u00ad" or piece[:1].isspace()):
            text += " "
        text = text.removesuffix("\u00ad") + piece
    return _SPACES.sub(" ", text).strip()
