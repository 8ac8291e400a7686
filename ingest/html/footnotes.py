"""Footnotes read beside what cites them, and a word processor's printed page furniture gone.

A page saved by a word processor or written by a converter keeps its footnotes at the end
(LibreOffice's `sdfootnote`, Word's `_ftn`, pandoc's and Markdown's `footnotes` list, Google
Docs' `ftnt`, Asciidoctor's `_footnotedef_`): read there, the notes joined the last section
("Praktische informatie"), away from the sentence they explain, and LibreOffice glued each note's number to its first word
("1TL-01 lampen"). A note is known by its links, not by its generator's names: a mark in the
text ("¹", "[1]", "*") links to the note, and the note links back to the mark. It is moved to
just after the paragraph that cites it and opens with the mark and a space ("¹ TL-01 lampen
..."), as a footnote at a PDF page's foot is read (`ingest.pdf.footnotes`).

The running header and footer a word processor writes for its printed pages (LibreOffice's
`<div title="footer">` with its page-number field, Word's `mso-element:footer`) are no text of
the leaflet: on the web page they left a lone page number ("2") as its last line.
"""

from __future__ import annotations

import re

from lxml import etree
from lxml.html import HtmlElement

from ingest.html.page_parts import PAGE_BOXES
from ingest.running_footer import is_footer_line


# A footnote's mark in the text: a number, perhaps in brackets, or an asterisk or dagger.
_MARK = re.compile(r"\[?(?:\d{1,3}|\*{1,3}|[†‡§])\]?")
# The in-page links whose words are such a mark (checked in Python: XPath 1 has no patterns).
_MARK_LINKS = "//body//a[starts-with(normalize-space(@href), '#') and string-length(normalize-space(.)) < 6]"
# The blocks a note is read from, and those it can follow.
_NOTE_BLOCKS = {"p", "li", "div", "dd", "aside"}
_CITING_BLOCKS = {"p", "li", "dd", "dt", "td", "th", "blockquote", "div", "h1", "h2", "h3", "h4", "h5", "h6"}
# A cited block inside one of these is followed by the whole of it: a note between two rows or
# two items would break the table or the list.
_WHOLES = ("table", "ul", "ol", "dl")


def footnotes_in_place(tree: HtmlElement) -> None:
    """Move each footnote to just after the block that cites it (see the module's notes). A
    note is the block a mark's link leads to, holding a link back to the mark; a mark in a
    heading, a note that holds its own mark or stands before it (the note's own number,
    which links back to the text), and a link that leads elsewhere (a page's table of
    contents, "zie [Dosering](#dosering)") are left as they are. Boxes the notes leave empty
    (pandoc's `<section class="footnotes">` with its rule) go with them."""
    targets = _link_targets(tree)
    order = {element: index for index, element in enumerate(tree.iter())}
    moved: dict[HtmlElement, HtmlElement] = {}  # a citing block: the last note put after it
    for mark in tree.xpath(_MARK_LINKS):
        words = " ".join(mark.text_content().split())
        target = targets.get(mark.get("href", "").strip()[1:])
        if not _MARK.fullmatch(words) or target is None:
            continue
        note = _note_block(target, _names(mark))
        citing = _citing_block(mark)
        if note is None or citing is None or note in citing.iterancestors() or citing in note.iterancestors() \
                or note is citing or citing.tag in {"h1", "h2", "h3", "h4", "h5", "h6"} \
                or order.get(note, -1) < order.get(mark, 0):
            continue
        after = moved.get(citing, citing)
        words = _bracketed(mark, words)
        paragraph = _note_paragraph(note, mark, words)
        _drop_emptied(note)
        after.addnext(paragraph)
        paragraph.tail, after.tail = after.tail, None
        moved[citing] = paragraph


def _bracketed(mark: HtmlElement, words: str) -> str:
    """The mark as the text shows it, in brackets where a bare number is glued to the word before
    it and not raised: MultiMarkdown writes `Malassezia<a class="footnote">1</a>`, which read
    "Malassezia1" (red team 34); "Malassezia[1]" and a note "[1] …", as other converters' marks.
    After a sentence's stop the number reads "mens. [1]", apart from the stop (`_CLAUSE_ENDS`)."""
    previous = mark.getprevious()
    before = (previous.tail if previous is not None else mark.getparent().text) or ""
    glued = before[-1:].isalpha() or before[-1:] in _CLAUSE_ENDS
    if not words.isdigit() or not glued or mark.xpath("ancestor-or-self::sup | .//sup"):
        return words
    for child in list(mark):
        mark.remove(child)
    mark.text = f"[{words}]" if before[-1:].isalpha() else f" [{words}]"
    return f"[{words}]"


# The marks a note's number may stand right after as a sentence's or clause's end: Writer2xhtml
# writes "van mens op mens.<a href="#ftn1">1</a>", which read "mens.1" (red team 46).
_CLAUSE_ENDS = ".,;:!?)"


def _link_targets(tree: HtmlElement) -> dict[str, HtmlElement]:
    """Every element a link can lead to, by its id or its `<a name>`."""
    targets: dict[str, HtmlElement] = {}
    for element in tree.xpath("//*[@id] | //a[@name]"):
        for name in (element.get("id"), element.get("name") if element.tag == "a" else None):
            if name:
                targets.setdefault(name.strip(), element)
    return targets


def _names(mark: HtmlElement) -> set[str]:
    """The ids and names a note's back-link may lead to: the mark's own, and those of the
    boxes around it inside its line (`<sup id="fnref:1"><a href="#fn:1">1</a></sup>`)."""
    names = set()
    for element in [mark, *mark.iterancestors()]:
        if element.tag in _CITING_BLOCKS:
            break
        names |= {name.strip() for name in (element.get("id"), element.get("name")) if name}
    return names


def _note_block(target: HtmlElement, names: set[str]) -> HtmlElement | None:
    """The block of the note a mark leads to (the target, or the block around it), when it
    links back to the mark; else None."""
    block = next((box for box in [target, *target.iterancestors()] if box.tag in _NOTE_BLOCKS), None)
    if block is None or block.tag in PAGE_BOXES:
        return None
    back = [link for link in block.xpath(".//a[@href]") if link.get("href", "").strip()[1:] in names]
    return block if back and block.getparent() is not None else None


def _citing_block(mark: HtmlElement) -> HtmlElement | None:
    """The block a note follows: the one that holds the mark, or the table or list around it."""
    block = next((box for box in mark.iterancestors() if box.tag in _CITING_BLOCKS), None)
    if block is None:
        return None
    whole = [box for box in block.iterancestors() if box.tag in _WHOLES]
    block = whole[-1] if whole else block
    return block if block.tag not in PAGE_BOXES and block.getparent() is not None else None


def _note_paragraph(note: HtmlElement, mark: HtmlElement, words: str) -> HtmlElement:
    """The note as one paragraph that opens with its mark as the text shows it ("¹" where it is
    raised, "[1]", also where the brackets stand around the link: Asciidoctor's
    `<sup>[<a>1</a>]</sup>`) and a space, without its links back to the text ("1", "↩") and
    the stop or bracket after its own number (Asciidoctor's "<a>1</a>. Mee-eters ...")."""
    for link in note.xpath(".//a[@href]"):
        if link.get("href", "").strip().startswith("#") and not re.search(r"[^\W\d_]", link.text_content()):
            link.drop_tree()  # the note's own number, or a "↩" back to the text
    body = _NUMBER_END.sub("", " ".join(note.text_content().split()))
    paragraph = etree.Element("p")
    raised = mark.xpath("ancestor-or-self::sup | .//sup")
    shown = " ".join(raised[0].text_content().split()) if raised else ""
    if raised and shown != words and _MARK.fullmatch(shown):
        paragraph.text = f"{shown} {body}"  # "[1]": brackets have no raised form
    elif raised:
        etree.SubElement(paragraph, "sup").text = words
        paragraph[0].tail = " " + body
    else:
        paragraph.text = f"{words} {body}"
    return paragraph


# What stays of a note's own number once its link is gone: the stop or bracket after it.
_NUMBER_END = re.compile(r"^[.):](?:\s+|$)")


def _drop_emptied(note: HtmlElement) -> None:
    """Take a note out, and the boxes around it it leaves without words."""
    box = note.getparent()
    note.drop_tree()
    while box is not None and box.tag not in PAGE_BOXES and box.getparent() is not None \
            and not box.text_content().strip() and not box.xpath(".//img"):
        parent = box.getparent()
        box.drop_tree()
        box = parent


# A word processor's running header and footer of its printed pages: LibreOffice names them in
# a box's title, wvHtml in its `name` (the Word style, English or Dutch), Word in its style.
_PRINT_FURNITURE = ("//body//div[@title='header' or @title='footer' or @title='Header' or @title='Footer']"
                    " | //body//div[@name='Header' or @name='Footer' or @name='Koptekst' or @name='Voettekst']"
                    " | //body//*[contains(translate(@style, ' ', ''), 'mso-element:header')"
                    " or contains(translate(@style, ' ', ''), 'mso-element:footer')]")


def drop_print_furniture(tree: HtmlElement) -> list[str]:
    """Remove the running header and footer a word processor writes for its printed pages
    (LibreOffice's `<div title="footer">`, wvHtml's `<div name="Footer">`, Word's
    `style="mso-element:footer"`): a page
    number field and the leaflet's name repeated, no text of the web page. Their lines come
    back, as a PDF's running headers and footers do: a date stated only there still dates
    the leaflet."""
    lines: list[str] = []
    for box in tree.xpath(_PRINT_FURNITURE):
        if box.getparent() is not None:
            lines += [" ".join(line.split()) for line in box.xpath(".//text()") if line.strip()]
            box.drop_tree()
    return lines + _drop_footer_lines(tree)


# A paragraph of one line, in no table, list or heading.
_LINE_PARAGRAPHS = "//body//*[self::p or self::div][not(.//p or .//div or .//br or .//table or .//li)][not(ancestor::td or ancestor::li or ancestor::th)]"


def _drop_footer_lines(tree: HtmlElement) -> list[str]:
    """Remove the paragraphs that are a page's running footer alone ("Prikaccidenten – november
    2025 – pagina 2", `is_footer_line`): a converter that keeps no box for the printed page's
    header and footer (rtf-html-php) writes them as the first paragraphs, over the title."""
    lines = []
    for paragraph in tree.xpath(_LINE_PARAGRAPHS):
        line = " ".join(paragraph.text_content().split())
        if paragraph.getparent() is not None and line and is_footer_line(line):
            lines.append(line)
            _drop_emptied(paragraph)
    return lines
