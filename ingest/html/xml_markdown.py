"""trafilatura's XML as Markdown: headings, paragraphs, lists, tables and definitions.

The rest of ingest reads a web page like any Markdown leaflet. Bold lines that head text
become headings (not a mail's bold signature under its closing words), a table of data is
one row per line and table columns empty in every row (spacers) go, superscripts keep their
meaning ("10⁹/l", "m²") and a definition list keeps each term with its definition.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from ingest.clean.lines import is_sign_off
from ingest.document import IngestError
from ingest.html.headings import heading_like
from ingest.html.lists import NUMBERED_ITEM
from ingest.markdown_escape import escaped_line_start


def xml_to_markdown(xml: str, path: str | Path = "") -> str:
    """trafilatura's XML as Markdown: `#` headings, paragraphs, `- ` list items."""
    try:
        root = ET.fromstring(xml)
    except ET.ParseError:
        raise IngestError(path, "the extracted HTML content could not be parsed") from None
    main = root.find("main")
    parts: list[str] = []
    elements = list(main if main is not None else root)
    level = 1  # of the last heading the page marked as one
    bold = 0  # the level of the page's bold headings, until a heading above them comes
    for index, element in enumerate(elements):
        previous = elements[index - 1] if index else None
        following = elements[index + 1] if index + 1 < len(elements) else None
        if element.tag == "head":
            level = _head_level(element)
            bold = bold if level >= bold else 0
            parts.extend(_element_markdown(element))
            continue
        rank = bold or min(level + 1, 6)
        if previous is not None and previous.tag == "p" and is_sign_off(_inline(previous)):
            parts.extend(_element_markdown(element))  # the sender's name under "Kind regards,"
        elif _bold_heading(element) and following is not None \
                and (following.tag != "head" or _head_level(following) > rank) \
                and not any(_bold_heading(e) for e in (previous, following) if e is not None):
            parts.append(f"{'#' * rank} {_inline(element)}")
            bold = rank
        elif _bold_lead(element):
            lines = _lines(element)
            parts += [f"{'#' * rank} {lines[0]}", _paragraph(lines[1:], broken=True)]
            bold = rank
        else:
            parts.extend(_element_markdown(element))
    return "\n\n".join(part for part in parts if part.strip())


def _head_level(element: ET.Element) -> int:
    rend = element.get("rend", "h2")
    return int(rend[1]) if len(rend) == 2 and rend[0] == "h" and rend[1].isdigit() else 2


def _bold_heading(element: ET.Element) -> bool:
    """A paragraph that is nothing but a short bold phrase not ending like a sentence: how
    many content systems write a heading (`<p><strong>Hoe ontstaat jicht?</strong></p>`). It
    becomes a heading one level below the page's last real heading when body text follows
    (bold lines in a row are an address or a list of names, not headings)."""
    if element.tag != "p" or (element.text or "").strip() or len(element) != 1:
        return False
    return _bold_run(element[0]) and heading_like(_inline(element))


def _bold_lead(element: ET.Element) -> bool:
    """A paragraph that opens with a short bold phrase and a line break before its text
    (`<p><b>Behandeling</b><br>Bij een aanval…`): the phrase heads the text after it, unless
    the next line is bold too (an address or a list of names)."""
    if element.tag != "p" or (element.text or "").strip() or len(element) < 2:
        return False
    bold, brk = element[0], element[1]
    after = element[2] if len(element) > 2 and not (brk.tail or "").strip() else None
    return (_bold_run(bold) and brk.tag == "lb" and heading_like(_inline(bold))
            and len(_lines(element)) > 1 and not (after is not None and _bold_run(after)))


def _bold_run(element: ET.Element) -> bool:
    """Bold text with nothing but space after it, and no line break inside."""
    return (element.tag == "hi" and "#b" in element.get("rend", "") and not (element.tail or "").strip()
            and element.find(".//lb") is None)


def _element_markdown(element: ET.Element) -> list[str]:
    tag = element.tag
    if tag == "head":
        return [f"{'#' * _head_level(element)} {_inline(element)}"]
    if tag == "list" and element.get("rend") == "dl":
        return ["\n".join(f"- {entry}" for entry in _definitions(element))]
    if tag == "list":
        return ["\n".join(_list_items(element))]
    if tag == "table":
        return _table(element)
    if tag == "code" and _spaced_rows(element):  # a table set in spaces: a row a line, as a table's
        return _pipe_table(_spaced_rows(element))
    if tag == "code" and _is_listing(element):  # each of its lines stands apart, not joined as a paragraph's
        return [_paragraph([line]) for line in _lines(element, listing=True)]
    if tag == "code":  # hard-wrapped prose shown as code: its lines join as a paragraph's
        return [_paragraph(_lines(element, listing=True))]
    if tag == "quote" and any(child.tag in _BLOCKS for child in element):
        return _quoted_blocks(element)
    if tag in {"p", "quote"}:
        return [_paragraph(_lines(element), broken=True)]
    return [part for child in element for part in _element_markdown(child)] or [_inline(element)]


_BLOCKS = {"p", "list", "table", "head", "quote", "code"}  # trafilatura's blocks


def _quoted_blocks(element: ET.Element) -> list[str]:
    """A quote that holds blocks, block by block: a warning box (Doxygen's `<blockquote>`,
    a Markdown `>` block) holds its lead-in and a list. Read as one paragraph of lines, the
    list lost its items' marks, and its items were joined into the lead-in's sentence. The
    loose text between blocks stands as a paragraph of its own."""
    parts: list[str] = []
    loose = ET.Element("p")
    loose.text = element.text
    for child in element:
        if child.tag not in _BLOCKS:
            loose.append(child)
            continue
        parts += [_paragraph(_lines(loose), broken=True), *_element_markdown(child)]
        loose = ET.Element("p")
        loose.text = child.tail
    return [*parts, _paragraph(_lines(loose), broken=True)]


def _table(element: ET.Element) -> list[str]:
    """A table as a Markdown pipe table, one row per line (its first row over a rule, which
    clean drops): apart, each row was a paragraph of its own. A table of one cell per row is
    a column of paragraphs, and stays so."""
    rows = [[_inline(cell) for cell in row] for row in element.iter("row")]
    return _pipe_table(_without_empty_columns([cells for cells in rows if any(cells)]))


def _pipe_table(rows: list[list[str]]) -> list[str]:
    """Rows of cells as a Markdown pipe table (see `_table`)."""
    if not rows or max(len(cells) for cells in rows) < 2:
        return [" | ".join(cells) for cells in rows]
    lines = ["| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |" for cells in rows]
    return ["\n".join([lines[0], "|" + "---|" * len(rows[0]), *lines[1:]])]


def _without_empty_columns(rows: list[list[str]]) -> list[list[str]]:
    """Rows without the columns that are empty in every row: a word processor spaces its
    columns with empty cells ("Datum | | Tijd | | Voor wie"). Rows of different lengths
    (merged cells) are left as they are: their columns do not line up."""
    if not rows or len({len(cells) for cells in rows}) > 1:
        return rows
    kept = [index for index in range(len(rows[0])) if any(cells[index] for cells in rows)]
    return [[cells[index] for index in kept] for cells in rows]


def _list_items(element: ET.Element) -> list[str]:
    """A list's items as Markdown items: "- " before each, but an `<ol>` item keeps the
    number `number_items` wrote into it ("3. Drink ...")."""
    ordered = {id(item) for found in element.iter("list") if found.get("rend") == "ol"
               for item in found.findall("item")}
    items = []
    for item in element.iter("item"):
        text = _inline(item)
        if text:
            items.append(text if id(item) in ordered and NUMBERED_ITEM.match(text) else f"- {text}")
    return items


def _definitions(element: ET.Element) -> list[str]:
    """A definition list (`<dl>`) as one line per term: "Poliep: Een uitstulping van ...".
    trafilatura writes terms and definitions as items in turn; read apart, a definition
    loses the word it defines."""
    entries: list[tuple[list[str], list[str]]] = []
    for item in element.findall("item"):
        text, term = _inline(item), item.get("rend", "").startswith("dt")
        if not text:
            continue
        if not entries or (term and entries[-1][1]):  # a term after a definition starts anew
            entries.append(([], []))
        entries[-1][0 if term else 1].append(text)
    return [_definition(terms, meanings) for terms, meanings in entries]


def _definition(terms: list[str], meanings: list[str]) -> str:
    """One term (or several) and what it means, as one line."""
    term, meaning = ", ".join(terms), " ".join(meanings)
    if not term or not meaning:
        return term or meaning
    return f"{term} {meaning}" if term.endswith((":", "?", "!", ".")) else f"{term}: {meaning}"


_BREAK = "\0"  # where trafilatura wrote <lb/> (a <br>); XML text cannot hold it
_INLINE_TAGS = {"hi", "ref", "del"}  # trafilatura's markup inside a line


def _text(element: ET.Element) -> str:
    """All text inside an element, each line break as `_BREAK`: a `<br>` (or a block such
    as a `<p>` inside a table cell) parts words even when no space stands beside it in
    the page ("Ziekenhuisweg 1<br>1234 AB")."""
    pieces = [element.text or ""]
    for child in element:
        if child.tag == "lb":
            pieces.append(_BREAK)
        elif child.tag in _INLINE_TAGS:
            pieces.append(_raised(child, _text(child)))
        else:
            pieces += [_BREAK, _text(child), _BREAK]
        pieces.append(child.tail or "")
    return "".join(pieces)


# Unicode's superscript and subscript forms of what a `<sup>` or `<sub>` usually holds.
_SUPERSCRIPTS = dict(zip("0123456789+-−=()", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾"))
_SUBSCRIPTS = dict(zip("0123456789+-−=()", "₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎"))


def _raised(element: ET.Element, text: str) -> str:
    """The text of a `<sup>` or `<sub>` in raised or lowered digits: flattened, "10<sup>9</sup>"
    would read "109" and "m<sup>2</sup>" "m2". Text Unicode has no such forms for ("1<sup>e</sup>",
    "HbA<sub>1c</sub>") stays as it is, as such words are written in plain text."""
    rend = element.get("rend", "") if element.tag == "hi" else ""
    forms = _SUPERSCRIPTS if "#sup" in rend else _SUBSCRIPTS if "#sub" in rend else None
    if forms is None or not text.strip() or not all(char in forms for char in text.strip()):
        return text
    return "".join(forms[char] for char in text.strip())


def _inline(element: ET.Element) -> str:
    """All text inside an element, on one line."""
    return " ".join(_text(element).replace(_BREAK, " ").split())


def _lines(element: ET.Element, listing: bool = False) -> list[str]:
    """The non-empty lines of an element as its `<br>`s break them (a listing's as its
    own line breaks do too)."""
    text = _text(element)
    lines = (" ".join(line.split()) for line in (text.replace("\n", _BREAK) if listing else text).split(_BREAK))
    return [line for line in lines if line]


# A line of hard-wrapped prose runs on to about this many characters before it wraps.
MIN_WRAPPED_LINE_CHARS = 45
# A listing's callout mark at a line's end: "reinigen (1)" (see `listings`).
_CALLOUT = re.compile(r"\(\d{1,2}\)\s*$")


def _is_listing(element: ET.Element) -> bool:
    """Whether a `<pre><code>` is a listing whose lines stand apart (a routine, a schedule,
    a table set in spaces, code): it has callout marks, an indented line, a short line before
    its last, or two lines or more whose words a run of spaces parts in columns. Prose
    hard-wrapped into a `<code>` runs each line but the last on to the wrap, unindented, a
    space between its words: its lines join as a paragraph's."""
    raw = [line for line in _text(element).replace(_BREAK, "\n").split("\n") if line.strip()]
    return any(_CALLOUT.search(line) or line[:1].isspace() for line in raw) \
        or any(len(line.strip()) < MIN_WRAPPED_LINE_CHARS for line in raw[:-1]) \
        or sum(bool(_COLUMN_GAP.search(line)) for line in raw) >= 2


# Spaces that part a table's cells: two or more between words, not after a sentence's end
# (where a typist may set two).
_COLUMN_GAP = re.compile(r"[^\s.!?] {2,}\S")
_CELL_GAP = re.compile(r"(?<=[^\s.!?]) {2,}(?=\S)")


def _spaced_rows(element: ET.Element) -> list[list[str]]:
    """The rows of a table that a `<pre>` sets in spaces (pod2html's verbatim paragraph, a
    plain-text table pasted into a page), cells parted by two spaces or more: every line of
    two cells or more, as many in each, starting in the same columns. [] for any other
    listing or prose."""
    raw = [line.rstrip() for line in _text(element).replace(_BREAK, "\n").split("\n") if line.strip()]
    starts = [tuple([0 if not line[:1].isspace() else None, *(gap.end() for gap in _CELL_GAP.finditer(line))])
              for line in raw]
    if len(raw) < 2 or len(set(starts)) != 1 or len(starts[0]) < 2 or starts[0][0] is None:
        return []
    return [[" ".join(cell.split()) for cell in _CELL_GAP.split(line)] for line in raw]


def _paragraph(lines: list[str], broken: bool = False) -> str:
    """Lines of one paragraph, kept as lines (clean joins them, and drops a line of page
    interface); none may start a heading, list item or quote in the Markdown. Where the
    lines are a paragraph's `<br>`s (`broken`), one that stands apart from the next
    (`_stands_apart`) ends in a hard line break, which clean keeps."""
    marked = [escaped_line_start(line) for line in lines]
    if broken:
        marked = [line + "\\" if following is not None and _stands_apart(line, following) else line
                  for line, following in zip(marked, [*lines[1:], None])]
    return "\n".join(marked)


# The end of a statement at a line's end: a stop, a colon or a closing bracket, with closing
# quotes after it ("... (op werkdagen 8.00 - 17.00 uur)"); and a field's label that opens a
# line ("E-mail:", "Buiten kantooruren:").
_STATEMENT_END = re.compile(r"[.!?:;)][\"'”’)]*$")
_FIELD_LABEL = re.compile(r"[^\W\d_][\w-]*(?:\s+[\w-]+){0,3}:(?:\s|$)")


def _stands_apart(line: str, following: str) -> bool:
    """Whether a line a `<br>` ends is a statement of its own, not wrapped prose nor a part of
    an address: the next starts anew, with a capital, after a line that ends like a statement
    (`_STATEMENT_END`) or as a field of its own ("Telefoon: 020 566 70 00" / "E-mail: ...").
    HEVEA's and Confluence's contact paragraphs set each line apart with a `<br>`
    ("Polikliniek: 077 320 55 00 (op werkdagen 8.00 - 16.30 uur)" / "Na 16.30 uur en in het
    weekend: ..."), and joined they read as one sentence."""
    return following[:1].isupper() and (bool(_STATEMENT_END.search(line)) or bool(_FIELD_LABEL.match(following)))

