"""jusText's paragraph dumps kept as `.txt`, read as the Markdown they correspond to.

jusText (`python -m justext`, a web page's boilerplate remover) writes what it keeps of a page
one paragraph a line, each opened by a tag that says what it is: "<h> " a heading, "<p> " a
paragraph and, in its `boilerplate` format, "<b> " the page's furniture it judged no content;
its `detailed` format opens every line with a "<p ...>" that carries the judgement as
attributes (class="good", heading="1"). Read as plain text (red team 31) the tags stayed in
every passage, no heading was known, and the title was the file's name.

The conversion: "<h>" lines as headings, the first as the title ("# "), the others as sections
("## ": jusText keeps no heading's level); "<p>" lines as paragraphs; "<b>" lines, and the
detailed format's lines not judged "good", dropped, as jusText's default output drops them.
jusText keeps a newline inside a paragraph where the page's source wrapped it, so a line with
no tag goes on the paragraph above, as on the page. Its text is HTML-escaped ("&amp;", "&lt;",
"&gt;"), which the Markdown reader reads back. A page's list items come a paragraph each, their
bullets lost: the detailed format's xpath (".../ul[1]/li[2]") still says which paragraphs are
items, in which list and how deep (`_item_mark`); in the other formats the items are known by
how they stand under a lead (`_list_items`).

A `.txt` is taken for jusText only when it opens with a tag, at least `MIN_TAGGED` lines do,
every line without one directly follows another line (jusText writes no blank line, so an
untagged line is a paragraph's wrapped text), and no line shows a "<", a ">" or a bare "&" past
its tag, which jusText's escaping never leaves (`is_justext`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.clean.joining import MIN_UNMARKED_ITEMS
from ingest.clean.lines import ends_sentence
from ingest.markdown_escape import escaped_line_start

# The tag opening a line: "<p>", "<h>", "<b>" (default and boilerplate formats) or the detailed
# format's "<p class=... heading=...>"; jusText writes a space after it, an editor may trim one
# left with no text.
_TAG = re.compile(r'^<(?:(?P<tag>[phb])|p class="(?P<class>[a-z]+)" cfclass="[a-z]+" heading="(?P<heading>[01])"'
                  r' xpath="(?P<xpath>[^"<>\n]*)")>(?: |$)')
# A list item's step in the detailed format's xpath: the list ("ul", "ol") and the item's place in it.
_ITEM_STEP = re.compile(r"/(?P<list>[a-z]+)\[\d+\]/li\[(?P<number>\d+)\]")
_UNESCAPED = re.compile(r"[<>]|&(?!(?:amp|lt|gt);)")  # what `html.escape(text, quote=False)` never leaves
MIN_TAGGED = 2  # one tagged line may be a text's chance opening
_ITEM_ENDS = (";", ",")  # an item that the next one continues


@dataclass(frozen=True)
class _Paragraph:
    """One paragraph jusText kept, its wrapped lines joined: a heading or body text, and where
    the detailed format says so, its xpath (None in the formats that write none)."""

    text: str
    heading: bool
    xpath: str | None = None


def is_justext(text: str) -> bool:
    """Whether a text file's `text` is jusText's output: tagged paragraph lines, each followed
    by no more than its own wrapped lines, with jusText's escaping throughout."""
    tagged = 0
    previous = ""
    for line in text.replace("\r\n", "\n").split("\n"):
        if not line.strip():
            previous = ""
            continue
        tag = _TAG.match(line)
        if tag is None and not previous:
            return False
        if _UNESCAPED.search(line[tag.end():] if tag else line):
            return False
        tagged += tag is not None
        previous = line
    return tagged >= MIN_TAGGED


def justext_as_markdown(text: str) -> str:
    """`text`, jusText's output, as the Markdown of the page it kept: the title, section
    headings, paragraphs and list items; boilerplate dropped."""
    paragraphs = _paragraphs(text)
    items = _list_items(paragraphs)
    out: list[str] = []
    titled = False
    for index, paragraph in enumerate(paragraphs):
        if paragraph.heading:
            out += ["", ("##" if titled else "#") + " " + paragraph.text, ""]
            titled = True
        else:
            out += _body_lines(paragraph, index in items, paragraphs[index - 1] if index else None)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip("\n") + "\n"


def _body_lines(paragraph: _Paragraph, guessed: bool, previous: _Paragraph | None) -> list[str]:
    """A body paragraph's Markdown lines: a list item, the next "<p>" of the item above (as the
    item's own paragraph), or a paragraph; `guessed` whether `_list_items` took it for an item."""
    words = escaped_line_start(paragraph.text)
    if not (mark := _item_mark(paragraph, guessed)):
        return ["", words, ""]
    if previous and not previous.heading and (item := _item_path(paragraph)) and _item_path(previous) == item:
        return ["", " " * len(mark) + words]
    return [mark + words]


def _paragraphs(text: str) -> list[_Paragraph]:
    """The paragraphs jusText judged content, in order, each with its wrapped lines joined."""
    paragraphs: list[_Paragraph] = []
    kept = False
    for line in text.replace("\r\n", "\n").split("\n"):
        if tag := _TAG.match(line):
            kept = tag.group("tag") in ("p", "h") or tag.group("class") == "good"
            if kept:
                heading = tag.group("tag") == "h" or tag.group("heading") == "1"
                paragraphs.append(_Paragraph(line[tag.end():].strip(), heading, tag.group("xpath")))
        elif kept and line.strip():
            paragraphs[-1] = _Paragraph(f"{paragraphs[-1].text} {line.strip()}".strip(), paragraphs[-1].heading,
                                        paragraphs[-1].xpath)
    return [paragraph for paragraph in paragraphs if paragraph.text]


def _item_path(paragraph: _Paragraph) -> str:
    """The xpath of the list item a paragraph stands in (its last "li" step), "" where none."""
    steps = list(_ITEM_STEP.finditer(paragraph.xpath or ""))
    return (paragraph.xpath or "")[:steps[-1].end()] if steps else ""


def _item_mark(paragraph: _Paragraph, guessed: bool) -> str:
    """The Markdown mark opening a body paragraph that is a list item, "" for one that is none.
    The detailed format's xpath says which paragraphs stand in an "<li>", in which list and how
    deep; the other formats say nothing, and `guessed` (from `_list_items`) decides."""
    if paragraph.xpath is None:
        return "- " if guessed else ""
    steps = _ITEM_STEP.findall(_item_path(paragraph))
    if not steps:
        return ""
    indent = "".join("   " if kind == "ol" else "  " for kind, _ in steps[:-1])
    kind, number = steps[-1]
    return indent + (f"{number}. " if kind == "ol" else "- ")


def _list_items(paragraphs: list[_Paragraph]) -> set[int]:
    """Where the items of a page's lists stand in a format without xpaths: jusText keeps each
    "<li>" as a paragraph of its own and drops its bullet. A paragraph of prose ends a sentence
    (or, as a lead, in ":"); one that ends neither is a list item, a caption or a label, and
    `MIN_UNMARKED_ITEMS` or more of them in a row under a lead that ends in ":" are a list's
    items (fewer may be a label or two). The last of them may end the sentence that items
    ending in ";" or "," carry on, begun as the first is (lower or upper case), as in a plain
    text's unmarked list (ingest/clean/joining.py)."""
    items: set[int] = set()
    for lead, paragraph in enumerate(paragraphs):
        if not paragraph.heading and paragraph.xpath is None and paragraph.text.endswith(":"):
            items.update(_items_under(paragraphs, lead))
    return items


def _items_under(paragraphs: list[_Paragraph], lead: int) -> range:
    """The indexes of the items under the lead paragraph `paragraphs[lead]`; none where too few."""
    first = end = lead + 1
    while end < len(paragraphs) and not paragraphs[end].heading and _is_open_item(paragraphs[end].text):
        end += 1
    if first < end < len(paragraphs) and paragraphs[end - 1].text.endswith(_ITEM_ENDS) \
            and not paragraphs[end].heading and ends_sentence(paragraphs[end].text) \
            and paragraphs[end].text[0].islower() == paragraphs[first].text[0].islower():
        end += 1
    return range(first, end) if end - first >= MIN_UNMARKED_ITEMS else range(0)


def _is_open_item(text: str) -> bool:
    """Whether a paragraph ends no sentence and leads to nothing (no ":"): an item's words."""
    return not ends_sentence(text) and not text.endswith(":")

