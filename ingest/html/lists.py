"""Lists the page writes as text, and the numbers of its numbered lists.

A word processor's typed bullets ("●" paragraphs) are list items, so are the items of a
definition list whose terms are only bullets or numbers (`marked_definitions`), and the numbers
of `<ol>` items stay in the text: steps are referred to by number, and trafilatura keeps no
`start` or `value`.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from ingest.html.headings import NO_HEADING_HERE
from ingest.html.page_parts import LINE_BLOCKS


# A paragraph typed as a list item: a bullet ("●", "•", "-") and space before its words.
_BULLET = re.compile(r"^\s*[•●○◦▪▫■□◆◇►▸‣⁃∙·✓✔➢➤*–-](?:\s+|$)")
# ... or with a typed step number ("2.", "3)"), its text alone or not (Word: `<span>2.</span>`).
_TYPED_NUMBER = re.compile(r"^\s*(\d{1,3})[.)](?:\s+|$)")


def bullet_paragraphs(tree: HtmlElement) -> None:
    """Make paragraphs that start with a typed bullet ("●    60 jaar of ouder bent;", as a
    word processor's web page writes a list) the items of a list, those in a row one list:
    read as paragraphs, each item kept its bullet as a word and the heading above a list
    looked like a line of text. Two or more in a row with the same bullet make a list.
    Paragraphs typed as numbered steps ("1.  Verwarm het flesje ...", "2.  Ga op uw zij liggen
    ...", each a `<p>` as Word's "Save as Web Page" writes a numbered list) make an `<ol>` the
    same way, two or more in a row numbered on by one, their numbers kept: read as paragraphs,
    the steps fell apart into lists of two and paragraphs between them.
    Paragraphs in tables, lists and headings stay as they are. Lines of a paragraph that
    start so after its `<br>`s are items too (`bulleted_lines`)."""
    bulleted_lines(tree)
    run: list[HtmlElement] = []
    for paragraph in _typed_items(tree, _BULLETED_TEXTS, _BULLET):
        if run and _follows(run[-1], paragraph) and _marker(run[-1]) == _marker(paragraph):
            run.append(paragraph)
            continue
        _make_list(run if len(run) > 1 else [])
        run = [paragraph]
    _make_list(run if len(run) > 1 else [])
    run = []
    for paragraph in _typed_items(tree, _NUMBERED_TEXTS, _TYPED_NUMBER):
        if run and _follows(run[-1], paragraph) and _number(paragraph) == _number(run[-1]) + 1:
            run.append(paragraph)
            continue
        _make_list(run if len(run) > 1 else [], numbered=True)
        run = [paragraph]
    _make_list(run if len(run) > 1 else [], numbered=True)


def bulleted_lines(tree: HtmlElement) -> None:
    """Make the lines of a paragraph that start with the same typed bullet after its `<br>`s
    ("Bel direct uw huisarts als<br>- u koorts krijgt;<br>- u ...", two or more in a row) the
    items of a list after the lines before them, and the lines after the list a paragraph of
    their own. txt2html breaks only the line before such a list with a `<br>` and keeps the
    text's own line ends between its items, so a line end before the same bullet parts them
    too. Read as lines of the paragraph, the items ran into one sentence."""
    for paragraph in tree.xpath("//body//*[self::p or self::div][br]"):
        if paragraph.xpath(NO_HEADING_HERE) or any(True for _ in paragraph.iterdescendants(*LINE_BLOCKS)):
            continue
        _break_before_bullets(paragraph)
        starts = [paragraph, *paragraph.findall("br")]
        marks = [_line_mark(start.text if start is paragraph else start.tail) for start in starts]
        first = next((i for i, mark in enumerate(marks) if mark and marks[i + 1:i + 2] == [mark]), None)
        if first is not None:
            end = next((i for i in range(first, len(marks)) if marks[i] != marks[first]), len(marks))
            _lines_as_list(paragraph, starts[first:end], starts[end] if end < len(starts) else None)


def _line_mark(text: str | None) -> str:
    """The typed bullet a line of a paragraph starts with, or ""."""
    return text.strip()[:1] if text and _BULLET.match(text) and _BULLET.sub("", text, count=1).strip() else ""


def _break_before_bullets(paragraph: HtmlElement) -> None:
    """A `<br>` where a line after a `<br>` that starts with a typed bullet holds a line end
    before the same bullet."""
    for br in paragraph.findall("br"):
        mark = _line_mark(br.tail)
        pieces = re.split(rf"\n(?=\s*{re.escape(mark)}\s)", br.tail) if mark else []
        for piece in reversed(pieces[1:]):
            br.addnext(br.makeelement("br", {}))
            br.getnext().tail = piece
        br.tail = pieces[0] if pieces else br.tail


def _lines_as_list(paragraph: HtmlElement, items: list[HtmlElement], after: HtmlElement | None) -> None:
    """A `<ul>` after the paragraph of the lines from each of `items` (the paragraph or a
    `<br>`) to the next, bullets taken off; the lines from `after` on in a `<p>` after it."""
    listed = paragraph.makeelement("ul", {})
    paragraph.addnext(listed)
    listed.tail, paragraph.tail = paragraph.tail, None
    for start, end in zip(items, [*items[1:], after]):
        item = listed.makeelement("li", {})
        listed.append(item)
        item.text = _BULLET.sub("", (start.text if start is paragraph else start.tail) or "", count=1)
        _move_line(paragraph, start, end, item)
    if after is not None:
        rest = listed.makeelement("p", {})
        listed.addnext(rest)
        rest.tail, listed.tail = listed.tail, None
        rest.text = after.tail
        _move_line(paragraph, after, None, rest)
    if items[0] is paragraph:
        paragraph.drop_tree()


def _move_line(paragraph: HtmlElement, start: HtmlElement, end: HtmlElement | None, into: HtmlElement) -> None:
    """Move the elements of a paragraph's line (after `start` up to `end`) into `into`, and
    drop the `<br>` it starts with."""
    children = list(paragraph)
    first = 0 if start is paragraph else children.index(start) + 1
    last = children.index(end) if end is not None else len(children)
    for child in children[first:last]:
        into.append(child)
    if start is not paragraph:
        paragraph.remove(start)


def _follows(previous: HtmlElement, paragraph: HtmlElement) -> bool:
    """Whether a paragraph comes right after another, no words between them."""
    return previous.getnext() is paragraph and not (previous.tail or "").strip()


def _marker(paragraph: HtmlElement) -> str:
    """The typed bullet a paragraph starts with: a list's items share theirs, while a lone
    "* Vergoeding ..." (a footnote) or "– Dr. Jansen" (a signature) is no list."""
    return next((piece for piece in paragraph.itertext() if piece.strip()), " ").strip()[:1]


def _number(paragraph: HtmlElement) -> int:
    """The number a paragraph typed as a numbered step starts with."""
    return int(_TYPED_NUMBER.match(paragraph.text_content()).group(1))


# The texts of a page that start with a bullet, or with a digit: where a typed list item may start.
_BULLETED_TEXTS = ("//body//text()[normalize-space(.) != '' and contains('•●○◦▪▫■□◆◇►▸‣⁃∙·✓✔➢➤*–-',"
                   " substring(normalize-space(.), 1, 1))]")
_NUMBERED_TEXTS = ("//body//text()[normalize-space(.) != '' and contains('0123456789',"
                   " substring(normalize-space(.), 1, 1))]")


def _typed_items(tree: HtmlElement, texts: str, marker: re.Pattern[str]) -> list[HtmlElement]:
    """The paragraphs (`<p>`, `<div>`) of a page whose first text (one of `texts`, an XPath)
    starts with a typed `marker` and a space and that say more after it, and hold no other
    block, in page order; none in a table, list, heading or link. Found from the texts that
    start so: asking each box of a deeply nested page for its text is quadratic."""
    found: dict[HtmlElement, None] = {}  # in page order, each once
    for text in tree.xpath(texts):
        holder = text.getparent().getparent() if text.is_tail else text.getparent()
        block = next((box for box in [holder, *holder.iterancestors()] if box.tag in LINE_BLOCKS), None)
        if block is None or block.tag not in {"p", "div"} or block in found:
            continue
        first = next((piece for piece in block.itertext() if piece.strip()), "")
        if first.strip() == text.strip() and marker.match(text) \
                and not any(True for _ in block.iterdescendants(*LINE_BLOCKS)) \
                and marker.sub("", block.text_content(), count=1).strip() and not block.xpath(NO_HEADING_HERE):
            found[block] = None
    return list(found)


def _make_list(paragraphs: list[HtmlElement], numbered: bool = False) -> None:
    """Paragraphs side by side as the items of one `<ul>` in their place, bullets taken off;
    or of one `<ol>`, each keeping its number (`number_items` writes no other)."""
    if not paragraphs:
        return
    listed = paragraphs[0].makeelement("ol" if numbered else "ul", {})
    paragraphs[0].addprevious(listed)
    for paragraph in paragraphs:
        listed.append(paragraph)  # moves it, its tail with it
        paragraph.tag = "li"
        for name in ("class", "style"):
            paragraph.attrib.pop(name, None)
        for text in paragraph.xpath(".//text()") if not numbered else ():
            if text.strip():
                holder, unbulleted = text.getparent(), _BULLET.sub("", str(text), count=1)
                if text.is_tail:
                    holder.tail = unbulleted
                else:
                    holder.text = unbulleted
                break


# A definition list's term that is only an item's mark: a bullet glyph, or a number ("1.", "2)").
_MARK_TERM = re.compile(r"[•●○◦▪▫■□◆◇►▸‣⁃∙·✓✔➢➤*–-]|\d{1,3}[.)]")


def marked_definitions(tree: HtmlElement) -> None:
    """Make a definition list whose every term is only a bullet, or only an item number, a
    `<ul>`, or an `<ol>` whose items keep their numbers: a mark defines nothing. man2html writes
    each `.IP \\(bu` and `.IP 1.` item as `<dt>&bull;<dd>…` or `<dt>1.<dd>…`, and any tool
    that sets a list's marks in a column of their own can; as terms, the items read "• •: Een
    plotselinge pijn" and "• 1. Stop direct". A list of real terms, or of bullets mixed with
    numbers or terms, stays as it is."""
    for listed in tree.xpath("//dl[dt]"):
        terms = listed.findall("dt")
        marks = [term.text_content().strip() for term in terms]
        if any(child.tag not in {"dt", "dd"} for child in listed) \
                or not all(_MARK_TERM.fullmatch(mark) for mark in marks):
            continue
        numbered = [mark[:1].isdigit() for mark in marks]
        if any(numbered) and not all(numbered):
            continue
        for mark, term in zip(marks, terms):
            _as_item(mark if all(numbered) else "", term)
        listed.tag = "ol" if all(numbered) else "ul"
        listed.attrib.clear()


def _as_item(number: str, term: HtmlElement) -> None:
    """A definition list's mark and the definitions after it as one `<li>`, its number (if
    any) before its words; a mark that defines nothing goes."""
    item = term.getnext()
    term.drop_tree()
    if item is None or item.tag != "dd":
        return
    item.tag = "li"
    item.text = f"{number} {(item.text or '').lstrip()}" if number else item.text
    while item.getnext() is not None and item.getnext().tag == "dd":
        more = item.getnext()
        if len(item):
            item[-1].tail = f"{item[-1].tail or ''} {more.text or ''}"
        else:
            item.text = f"{item.text or ''} {more.text or ''}"
        item.extend(list(more))
        more.drop_tree()


def unbullet_items(tree: HtmlElement) -> None:
    """Take the bullet glyph off the start of an `<ul>` item that writes its own ("•" in
    LaTeXML's `<span class="ltx_tag ltx_tag_item">`, the item's list style set to none): the
    Markdown gives every item its bullet, and each read "• • Geef genoeg te drinken." As
    `number_items` leaves an `<ol>` item's own "1." in place of a second number. An item of
    a bullet alone ("–" for nothing) keeps it."""
    for item in tree.xpath("//ul/li"):
        first = next((text for text in item.xpath(".//text()") if text.strip()), None)
        if first is None or not _BULLET.match(first) \
                or not _BULLET.sub("", item.text_content().lstrip(), count=1).strip():
            continue
        holder, unbulleted = first.getparent(), _BULLET.sub("", str(first), count=1)
        if first.is_tail:
            holder.tail = unbulleted
        else:
            holder.text = unbulleted


# `<ol type>` values numbered with digits; letters and Roman numerals stay bullets.
_DIGIT_TYPES = {"", "1"}
# An item that already starts with its number ("1. Eet ...", "2) Drink ...").
NUMBERED_ITEM = re.compile(r"\s*\d{1,3}[.)]\s")


def number_items(numbered: HtmlElement) -> None:
    """Write the numbers of an `<ol>`'s items into their text ("3. Drink ..."): steps are
    referred to by number ("Lukt stap 3 niet?"), and trafilatura keeps no `start` or
    `value`, so the numbers must travel as text."""
    items = numbered.findall("li")
    if numbered.get("type", "").strip() not in _DIGIT_TYPES or any(
            NUMBERED_ITEM.match(item.text_content()) for item in items):
        return
    step = -1 if numbered.get("reversed") is not None else 1
    number = _int_attribute(numbered, "start", len(items) if step < 0 else 1)
    for item in items:
        number = _int_attribute(item, "value", number)
        item.text = f"{number}. {(item.text or '').lstrip()}"
        number += step


def _int_attribute(element: HtmlElement, name: str, default: int) -> int:
    value = element.get(name, "").strip()
    return int(value) if re.fullmatch(r"-?\d{1,6}", value) else default
