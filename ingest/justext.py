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
bullets lost (`_list_items`).

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

# The tag opening a line: "<p>", "<h>", "<b>" (default and boilerplate formats) or the detailed
# format's "<p class=... heading=...>"; jusText writes a space after it, an editor may trim one
# left with no text.
_TAG = re.compile(r'^<(?:(?P<tag>[phb])|p class="(?P<class>[a-z]+)" cfclass="[a-z]+" heading="(?P<heading>[01])"'
                  r' xpath="[^"<>\n]*")>(?: |$)')
_UNESCAPED = re.compile(r"[<>]|&(?!(?:amp|lt|gt);)")  # what `html.escape(text, quote=False)` never leaves
MIN_TAGGED = 2  # one tagged line may be a text's chance opening
_ITEM_ENDS = (";", ",")  # an item that the next one continues: no paragraph of prose ends so
_MARKDOWN_START = re.compile(r"^(?:[-+*>]|#{1,6}|\d{1,9}[.)])(?=[ \t]|$)|^[_-]+$")


@dataclass(frozen=True)
class _Paragraph:
    """One paragraph jusText kept, its wrapped lines joined: a heading or body text."""

    text: str
    heading: bool


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
        elif index in items:
            out.append("- " + _escaped_start(paragraph.text))
        else:
            out += ["", _escaped_start(paragraph.text), ""]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip("\n") + "\n"


def _paragraphs(text: str) -> list[_Paragraph]:
    """The paragraphs jusText judged content, in order, each with its wrapped lines joined."""
    paragraphs: list[_Paragraph] = []
    kept = False
    for line in text.replace("\r\n", "\n").split("\n"):
        if tag := _TAG.match(line):
            kept = tag.group("tag") in ("p", "h") or tag.group("class") == "good"
            if kept:
                heading = tag.group("tag") == "h" or tag.group("heading") == "1"
                paragraphs.append(_Paragraph(line[tag.end():].strip(), heading))
        elif kept and line.strip():
            paragraphs[-1] = _Paragraph(f"{paragraphs[-1].text} {line.strip()}".strip(), paragraphs[-1].heading)
    return [paragraph for paragraph in paragraphs if paragraph.text]


def _list_items(paragraphs: list[_Paragraph]) -> set[int]:
    """Where the items of a page's lists stand: jusText keeps each "<li>" as a paragraph of its
    own and drops its bullet. Under a lead that ends in ":", the paragraphs that end in ";" or
    "," (an item the next one continues), and the one after them that ends the sentence, begun
    as the first is (lower or upper case), are items, `MIN_UNMARKED_ITEMS` or more (fewer may be
    prose), as in a plain text's unmarked list (ingest/clean/joining.py)."""
    items: set[int] = set()
    for lead, paragraph in enumerate(paragraphs):
        if not paragraph.heading and paragraph.text.endswith(":"):
            items.update(_items_under(paragraphs, lead))
    return items


def _items_under(paragraphs: list[_Paragraph], lead: int) -> range:
    """The indexes of the items under the lead paragraph `paragraphs[lead]`; none where too few."""
    first = end = lead + 1
    while end < len(paragraphs) and not paragraphs[end].heading and paragraphs[end].text.endswith(_ITEM_ENDS):
        end += 1
    if first < end < len(paragraphs) and not paragraphs[end].heading and ends_sentence(paragraphs[end].text) \
            and paragraphs[end].text[0].islower() == paragraphs[first].text[0].islower():
        end += 1
    return range(first, end) if end - first >= MIN_UNMARKED_ITEMS else range(0)


def _escaped_start(words: str) -> str:
    """A paragraph that Markdown would read as an item, a heading, a quote or a rule, escaped
    where its mark is: "1\\. stap", "\\- niet"."""
    if not _MARKDOWN_START.match(words):
        return words
    number = re.match(r"\d{1,9}(?=[.)])", words)
    return words[:number.end()] + "\\" + words[number.end():] if number else "\\" + words
