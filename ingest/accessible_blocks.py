"""The blocks an accessibility tree gives a reader, and the page furniture it leaves out.

Three dumps of a page's accessibility tree came in as text (red team 51): a tagged PDF's
structure tree (poppler's `pdfinfo -struct-text`, ingest/pdf_structure_text.py), Playwright's
ARIA snapshot (ingest/aria_snapshot.py) and a screen reader's spoken phrase log
(ingest/screen_reader_log.py). Each names the same few kinds of block (headings with their
levels, paragraphs, list items, table rows) in its own syntax; each reader finds them, and this
module writes them as the Markdown the text reader already reads well, so the three agree on
what a heading, an item or a table is.

The landmarks a page wraps its menus, header, footer, side column, search form and cookie
notice in (ARIA's banner, navigation, contentinfo, complementary, search, dialog) are the
site's furniture, the same on every page, and no part of the leaflet: the ARIA and screen
reader dumps name them, and their readers leave them out (`is_furniture`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.markdown_escape import escaped_line_start
from ingest.markup_parts import pipe_table

# Landmark and window roles whose content is the site's, not the page's (WAI-ARIA 1.2):
# the header, menus, footer, side column, search form, and dialogs (a cookie notice, a
# newsletter prompt) that open over the page.
FURNITURE_ROLES = frozenset({"banner", "navigation", "contentinfo", "complementary", "search", "dialog",
                             "alertdialog", "form", "menu", "menubar", "toolbar", "tablist"})
# A region named for the cookie notice it holds: the word is the same in Dutch, English, German, French
_COOKIE = re.compile(r"cookie", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\r\n\u00a0]+")
_SPACE_BEFORE_MARK = re.compile(r" (?=[.,;:!?)])")


@dataclass(frozen=True)
class Heading:
    level: int
    text: str


@dataclass(frozen=True)
class Paragraph:
    text: str


@dataclass(frozen=True)
class Item:
    """A list item, `depth` 0 for a top-level list."""
    text: str
    depth: int = 0
    number: int | None = None


@dataclass(frozen=True)
class Table:
    rows: tuple[tuple[str, ...], ...]


Block = Heading | Paragraph | Item | Table


def is_furniture(role: str, name: str = "") -> bool:
    """Whether a landmark with this role and accessible name holds the site's furniture."""
    return role in FURNITURE_ROLES or (role in {"region", "group", "alert", "status"} and bool(_COOKIE.search(name)))


def joined_words(pieces: list[str]) -> str:
    """Inline pieces (text runs, a link's name, a strong word) as one line of words: spaces
    folded, none before a closing mark ("op onze website ." -> "op onze website.")."""
    text = _SPACES.sub(" ", " ".join(pieces)).strip()
    return _SPACE_BEFORE_MARK.sub("", text)


def blocks_as_markdown(blocks: list[Block]) -> str:
    """The blocks as Markdown: "#" headings at their levels, paragraphs, "-" or numbered items
    indented by depth, pipe tables; a blank line between blocks other than a list's items."""
    lines: list[str] = []
    previous: Block | None = None
    for block in blocks:
        if isinstance(block, Item):
            if not isinstance(previous, Item):
                lines.append("")
            mark = f"{block.number}." if block.number is not None else "-"
            lines.append("  " * block.depth + f"{mark} {block.text}")
        elif isinstance(block, Heading):
            lines += ["", "#" * min(max(block.level, 1), 6) + " " + block.text]
        elif isinstance(block, Paragraph):
            lines += ["", escaped_line_start(block.text)]
        elif block.rows:
            lines += pipe_table([list(row) for row in block.rows])
        previous = block
    return "\n".join(lines).strip() + "\n"


def without_empty(blocks: list[Block]) -> list[Block]:
    """The blocks that hold words."""
    return [block for block in blocks
            if (any(any(cell for cell in row) for row in block.rows) if isinstance(block, Table) else block.text)]
