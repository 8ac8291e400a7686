"""What a converter of a word processor's document (PyDocX, Mammoth and the like) leaves in
its page that a reader would not read so: an empty contents heading, a bold title line, and
the sections a list's last item swallowed.

Such a page has no `<title>`, sets every Heading 1 as an `<h1>` and Word's Title paragraph
as a bold `<p>`; its table of contents field, empty until Word fills it, as its title alone
(`<h1>Inhoud</h1>`). The first `<h1>`, the contents heading, became the leaflet's title, and
the sender line under it a section "Inhoud" (red team 46). PyDocX also keeps every paragraph
after a list inside the list's last item, its headings as bold lines between `<br>`s: four
sections read as the last bullet.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from ingest.html.headings import HEADING_NAMES, heading_like
from ingest.pdf.contents import CONTENTS_HEADINGS


# What a contents heading heads when its field is empty: nothing, or a cover's few short
# lines (the sender, the date of issue) before the first section's heading.
MAX_COVER_BLOCKS = 3
MAX_COVER_WORDS = 24
# A title line is no longer than this many words.
MAX_TITLE_WORDS = 16

_BOLD = {"b", "strong"}
_LISTS = {"ul", "ol"}


def is_contents_heading(words: str) -> bool:
    """Whether a heading's words name a table of contents ("Inhoud", "Table of contents")."""
    return " ".join(words.split()).strip(" :").casefold() in CONTENTS_HEADINGS


def drop_empty_contents_headings(tree: HtmlElement) -> None:
    """Remove a contents heading that heads no contents: the next heading follows it, or only
    a few short lines without a link or list (a cover's sender and date). It is never the
    document's title, and the lines under it are the cover's, not a section "Inhoud"."""
    for heading in list(tree.iter(*HEADING_NAMES)):
        if heading.getparent() is not None and is_contents_heading(heading.text_content()) \
                and _heads_no_contents(heading):
            heading.drop_tree()


def _heads_no_contents(heading: HtmlElement) -> bool:
    """Whether the blocks after a heading, up to the next heading, are at most a cover's lines."""
    blocks, words = 0, len((heading.tail or "").split())
    for sibling in heading.itersiblings():
        if not isinstance(sibling.tag, str):
            continue
        if sibling.tag in HEADING_NAMES:
            break
        if sibling.tag in _LISTS | {"table", "nav"} or sibling.xpath(".//a[@href] | .//li"):
            return False
        blocks += 1
        words += len(sibling.text_content().split()) + len((sibling.tail or "").split())
    return blocks <= MAX_COVER_BLOCKS and words <= MAX_COVER_WORDS


def bold_title(tree: HtmlElement, page_title: str) -> str:
    """The words of a page's bold first line, for a page that names no title of its own (no
    `<title>`, no single `<h1>`): a word processor's Title paragraph, set in bold before the
    first heading. The first of several `<h1>`s is a section's heading, not the title."""
    body = tree.find("body")
    if page_title.strip() or body is None or len(body.xpath(".//h1")) == 1:
        return ""
    for block in body.iter():
        if not isinstance(block.tag, str) or block is body:
            continue
        if block.tag in HEADING_NAMES:
            return ""
        if block.tag in {"p", "div"} and block.text_content().strip() and not block.xpath("./p | ./div"):
            words = " ".join(block.text_content().split())
            bold = " ".join(" ".join(run.text_content() for run in block.iter(*_BOLD)
                                     if not any(outer.tag in _BOLD for outer in run.iterancestors())).split())
            fits = bold == words and len(words.split()) <= MAX_TITLE_WORDS and not words.endswith((".", ":", ";", ","))
            return words if fits else ""
    return ""


def headings_out_of_items(tree: HtmlElement) -> None:
    """Take the sections a list item swallowed out of it: a bold line alone between two `<br>`s
    with words after it is a heading, and it and all after it in the item stand after the
    list, as a heading (at the level of the heading over the list) over a box of its own
    words; the list's later items follow in a list of their own."""
    for item in list(tree.iter("li")):
        parent = item.getparent()
        if parent is None or parent.tag not in _LISTS:
            continue
        lines = [child for child in item if _is_bold_line(child)]
        if lines:
            _split_item(item, parent, lines)


def _is_bold_line(element: HtmlElement) -> bool:
    """Whether an item's child is a bold heading line: a `<br>` right before it and right after
    it, words after that, and words that can head text."""
    before, after = element.getprevious(), element.getnext()
    return element.tag in _BOLD and before is not None and before.tag == "br" and not (before.tail or "").strip() \
        and after is not None and after.tag == "br" and not (element.tail or "").strip() \
        and bool((after.tail or "").strip() or after.getnext() is not None) \
        and heading_like(" ".join(element.text_content().split()))


def _split_item(item: HtmlElement, parent: HtmlElement, lines: list[HtmlElement]) -> None:
    """The item cut before its first bold line; each bold line a heading after the list, with
    the item's words up to the next one in a `<div>` under it (a `<p>` where it holds no blocks); the later items after them."""
    level = _level_over(parent)
    later = list(item.itersiblings())
    placed: list[HtmlElement] = []
    box = None
    for child in list(item)[list(item).index(lines[0]) - 1:]:  # from the `<br>` before the first line
        item.remove(child)
        if child in lines:
            heading = item.makeelement(f"h{level}", {})
            heading.text = " ".join(child.text_content().split())
            box = item.makeelement("div", {})
            box.text = None
            placed += [heading, box]
        elif box is not None:
            if child.tag == "br" and not len(box) and not (box.text or "").strip():
                box.text = child.tail  # the `<br>` that ends the heading's line
            else:
                box.append(child)
    for child in placed:
        child.tail = None
        if child.tag == "div" and not child.xpath("./table | ./ul | ./ol | ./div | ./p | ./blockquote"):
            child.tag = "p"  # trafilatura passes over the words of a `<div>` without blocks
    if later:
        rest = parent.makeelement(parent.tag, dict(parent.attrib))
        if parent.tag == "ol":
            start = parent.get("start", "1").strip()
            rest.set("start", str((int(start) if start.isdigit() else 1) + len(parent) - len(later)))
        for sibling in later:
            rest.append(sibling)
        placed.append(rest)
    anchor = parent
    tail, parent.tail = parent.tail, None
    for element in placed:
        anchor.addnext(element)
        anchor = element
    anchor.tail = tail


def _level_over(box: HtmlElement) -> int:
    """The level of the last heading before a box (2 where none is)."""
    last = 2
    for element in box.getroottree().getroot().iter():
        if element is box:
            break
        if element.tag in HEADING_NAMES:
            last = int(element.tag[1])
    return last
