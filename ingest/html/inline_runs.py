"""Read a box that mixes words and blocks as a browser lays it out, and icons as no words.

A browser sets each run of words standing loose in a box beside its blocks (`<div><span>Let
op</span><p>…</p></div>`, `<div>Let op!<p>…</p></div>`) in a block of its own, an anonymous
block box, and sets the words of inline elements with the spaces between them as the page
has them. trafilatura does neither: it kept only the leading words of such a box and lost
the paragraphs after them (a callout's label, then its warning), and in a box of loose words
that begins with an inline element it trims the space after each element ("operatie</strong>
is" read "operatieis"), or loses the words or reads the whole page as one paragraph (red team
16). `paragraph_runs` puts each such run in the `<p>` a browser shows it as, so that
trafilatura reads it as the paragraph it handles well. `drop_icons` drops a box's icon (an
"i", "!" or "ℹ️" in an element whose class names an icon): it is a picture, no word of the
text, and read as one it glued to the first word ("iSchouderpijn"). `items_apart` keeps the
words of a row of items apart (tags, labels drawn as boxes: `<span class="tag">`) where the
page sets no space between them: a browser draws each as a box of its own, and read as text
they glued into one word ("EyePatient leafletEN"). `body_lines` reads a page that sets its
whole text straight in `<body>` as lines ended by `<br>` (an RTF converter's, an HTML 3.2
page) as the paragraphs a browser shows, `runs_after_headings` the words a page sets loose
after a heading as the paragraph under it, and `reopen_before_center` puts back the font of a
centred title that the parser closed before it. `breaks_after_runs` moves a `<br>` that ends
a bold or italic run out after it (`<b>Kop<br></b>Tekst`, as pdftohtml writes a heading over
its paragraph): trafilatura drops a break inside its `<hi>`, and glued "Kop" to "Tekst".
"""

from __future__ import annotations

import re
from copy import deepcopy

from lxml.html import HtmlElement

# Boxes in which a browser sets loose words beside blocks in a block of their own. A list
# item, a table cell and a definition are left to the steps that read them.
_BOXES = {"div", "section", "article", "main", "aside", "figure", "blockquote", "details", "center"}
# Children that are blocks: what stands between them is a run of words of its own.
_BLOCKS = {"p", "div", "section", "article", "aside", "header", "footer", "nav", "main", "ul", "ol", "dl",
           "menu", "table", "h1", "h2", "h3", "h4", "h5", "h6", "hgroup", "blockquote", "pre", "figure",
           "figcaption", "form", "fieldset", "details", "summary", "hr", "address", "center", "script",
           "style", "template", "noscript", "iframe", "video", "audio", "canvas", "object"}

# A class word that names an icon: "icon", "callout-icon", "material-icons", "glyphicon",
# Font Awesome's "fa"/"fas"/"fa-info", Bootstrap Icons' "bi"/"bi-info".
_ICON_CLASS = re.compile(r"icon|^fa[srlbd]?$|^fa-|^bi$|^bi-", re.IGNORECASE)
# Material icons write the icon's name as a ligature ("warning"): the name is no word either.
_LIGATURE_CLASS = re.compile(r"^material-(?:icons|symbols)", re.IGNORECASE)
# Elements an icon is drawn in; a link or button keeps its words, whatever its class.
_ICON_TAGS = {"span", "i", "em", "b", "strong", "small", "div", "svg"}
# An icon shows at most this many characters ("i", "!", "ℹ️" without its variation selector).
_MAX_ICON_CHARS = 2


def drop_icons(tree: HtmlElement) -> None:
    """Drop the icons of the page (their tails, the words after them, stay)."""
    for element in tree.xpath("//body//*[@class]"):
        if element.tag in _ICON_TAGS and _is_icon(element):
            element.drop_tree()


def _is_icon(element: HtmlElement) -> bool:
    """Whether an element is an icon: its class names one, and it shows no more than a mark or
    two ("i", "!", "⚠") or a material icon's name, and no number."""
    classes = element.get("class", "").split()
    if not any(_ICON_CLASS.search(word) for word in classes):
        return False
    shown = re.sub(r"[\s\ufe0e\ufe0f\u200b-\u200d]", "", element.text_content())
    if any(_LIGATURE_CLASS.search(word) for word in classes):
        return bool(re.fullmatch(r"[a-z_0-9]*", shown))
    if re.search(r"\d", shown):
        return False  # a step's number in a badge ("1") is a word of the text
    return len(shown) <= _MAX_ICON_CHARS or not re.search(r"\w", shown)


def paragraph_runs(tree: HtmlElement) -> None:
    """Put each run of loose words in a box beside blocks, and the words of a box of loose
    words with an inline element among them, in a `<p>` of their own."""
    for box in tree.xpath("//body//*"):
        if box.tag in _BOXES:
            _wrap_runs(box)


def _wrap_runs(box: HtmlElement) -> None:
    """The box with its runs of words in `<p>`s, where it has blocks beside them or an
    inline element among them."""
    pieces = _pieces(box)
    runs = [piece for piece in pieces if isinstance(piece, tuple) and _has_words(*piece)]
    blocks = len(pieces) > 1
    if not runs or (not blocks and not runs[0][1]):
        return  # no loose words, or a box of words alone (trafilatura reads it well)
    _rebuild(box, pieces)


_Piece = HtmlElement | tuple[str, list[HtmlElement]]


def _pieces(box: HtmlElement) -> list[_Piece]:
    """A box's content in page order: its blocks, and between them its runs of loose words
    (the words before the run's first element, and the run's inline elements)."""
    pieces: list[_Piece] = []
    text, run = box.text or "", []
    for child in box:
        if _is_block(child):
            pieces += [(text, run), child]
            text, run = child.tail or "", []
        else:
            run.append(child)
    pieces.append((text, run))
    return pieces


def _rebuild(box: HtmlElement, pieces: list[_Piece]) -> None:
    """The box holding its pieces again, each run of words in a `<p>` of its own."""
    box.text = None
    for piece in pieces:
        if not isinstance(piece, tuple):
            piece.tail = None
            box.append(piece)
        elif _has_words(*piece):
            paragraph = box.makeelement("p", {})
            paragraph.text = piece[0]
            paragraph.extend(piece[1])
            box.append(paragraph)
        else:
            _put_back(box, *piece)


# A body whose loose runs hold at least this share of its words sets its text straight in it.
MIN_LOOSE_SHARE = 0.5


def body_lines(tree: HtmlElement) -> None:
    """Make each line of the runs of loose words in a `<body>` that holds most of its words
    so a paragraph of its own: an RTF converter (unrtf) or a hand-written HTML 3.2 page sets
    its whole text straight in the body, each paragraph a run of `<font>`s ended by a `<br>`,
    and has no box around it. trafilatura found no paragraph there and kept only the page's
    one table; the headings among the lines (a larger bold line) were lost with the rest."""
    for body in tree.xpath("//body"):
        pieces = _pieces(body)
        loose = sum(len(_run_words(*piece).split()) for piece in pieces if isinstance(piece, tuple))
        if not loose or loose < MIN_LOOSE_SHARE * len(body.text_content().split()):
            continue
        _rebuild(body, [line for piece in pieces
                        for line in (_lines(*piece) if isinstance(piece, tuple) else [piece])])
        for box in body:
            inner = _pieces(box) if box.tag in _BOXES else []
            if len(inner) == 1 and _has_words(*inner[0]):  # a box of lines alone: a centred title
                _rebuild(box, _lines(*inner[0]))


def runs_after_headings(tree: HtmlElement) -> None:
    """Put the run of loose words straight after a heading, up to the next block, in a `<p>`
    after it where the heading's own tail holds words: a page that sets a section's text in
    no box after its heading (man2html: `<H2>NAAM</H2>zweepslag - Zweepslag in de kuit<A
    NAME=…>`, any HTML 3.2 page) shows it as a paragraph under the heading, while trafilatura
    kept it only as the heading's tail and the Markdown lost it. Loose links alone after a
    heading (a share bar beside a section's title) are no paragraph."""
    for heading in tree.xpath("//body//*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6]"):
        if heading.getparent().tag not in _BOXES | {"body"} or not re.search(r"\w", heading.tail or ""):
            continue
        paragraph = heading.makeelement("p", {})
        paragraph.text, heading.tail = heading.tail, None
        following = heading.getnext()
        heading.addnext(paragraph)
        while following is not None and not _is_block(following):
            after = following.getnext()
            paragraph.append(following)  # with its tail
            following = after


# Inline elements that set how words look, which libxml2 closes where a `<center>` opens in them.
_FORMATTING = {"font", "b", "strong", "i", "em", "u", "span", "big", "small"}


def reopen_before_center(tree: HtmlElement) -> None:
    """Put back around the words of a `<center>` the font a page set them in: libxml2 closes
    the inline elements open where a `<center>` starts (`<font size="5"><center>Titel`
    parses as an empty `<font size="5">` before the `<center>`), where a browser sets the
    centred words in that font. unrtf writes a centred title so, as do hand-written HTML 3.2
    pages; without its size the title read as a line of text."""
    for center in tree.xpath("//body//center"):
        before = center.getprevious()
        if before is None or not isinstance(before.tag, str) or (before.tail or "").strip() \
                or any(_is_block(child) for child in center):
            continue
        chain = [before]
        while len(chain[-1]) == 1 and not (chain[-1][0].tail or "").strip():
            chain.append(chain[-1][0])
        if len(chain[-1]) or any(element.tag not in _FORMATTING or (element.text or "").strip()
                                 for element in chain):
            continue
        wrapper = deepcopy(before)
        innermost = next(element for element in wrapper.iter() if not len(element))
        innermost.text, center.text = center.text, None
        innermost.extend(list(center))
        wrapper.tail = None
        center.append(wrapper)
        before.drop_tree()  # its tail (white space) stays


def breaks_after_runs(tree: HtmlElement) -> None:
    """Move each `<br>` that ends an element setting how words look (`_FORMATTING`) out
    after it, through every such element it ends: a browser breaks the line at the same
    place, and trafilatura keeps a break only outside its `<hi>` (see the module)."""
    for brk in tree.xpath("//body//br"):
        parent = brk.getparent()
        while parent is not None and parent.tag in _FORMATTING and parent[-1] is brk \
                and not (brk.tail or "").strip():
            brk.tail = (brk.tail or "") + (parent.tail or "")  # the run's tail follows the break
            parent.tail = None
            parent.addnext(brk)
            parent = brk.getparent()


def _lines(text: str, elements: list[HtmlElement]) -> list[tuple[str, list[HtmlElement]]]:
    """A run of loose words cut into its lines: after each `<br>` of the run, and after each
    element of it that ends in one (`<font>…<br></font>`). The `<br>`s that end lines go;
    one inside a line stays a break in it."""
    lines, line = [], (text, [])
    for element in [part for element in elements for part in _split_at_breaks(element)]:
        if element.tag == "br":
            lines.append(line)
            line = (element.tail or "", [])
            element.getparent().remove(element)  # with its tail, now the next line's
            continue
        line[1].append(element)
        last = _last_break(element)
        if last is not None:
            tail, element.tail = element.tail or "", None
            last.drop_tree()  # its tail (white space) stays
            lines.append(line)
            line = (tail, [])
    lines.append(line)
    return lines


def _split_at_breaks(element: HtmlElement) -> list[HtmlElement]:
    """An element that sets how words look (`_FORMATTING`) around several lines, as one copy
    of it for each line, in its place (`<font>a<br>b</font>` as `<font>a<br></font><font>b
    </font>`); any other element as it is."""
    breaks = [child for child in element[:-1] if child.tag == "br"] if element.tag in _FORMATTING else []
    if not breaks:
        return [element]
    parts, part = [], element.makeelement(element.tag, dict(element.attrib))
    part.text = element.text
    for child in list(element):
        part.append(child)  # moves the child, its tail with it
        if child in breaks:
            parts.append(part)
            part = element.makeelement(element.tag, dict(element.attrib))
            part.text, child.tail = child.tail, None
    parts.append(part)
    part.tail = element.tail
    for made in parts:
        element.addprevious(made)
    element.getparent().remove(element)
    return parts


def _last_break(element: HtmlElement) -> HtmlElement | None:
    """The `<br>` an inline element ends in, with no word after it inside the element; None
    where it ends otherwise."""
    inner = element
    while len(inner):
        child = inner[-1]
        if (child.tail or "").strip():
            return None
        if child.tag == "br":
            return child
        inner = child
    return None


def _is_block(child: HtmlElement) -> bool:
    """Whether a child of a box is laid out as a block: a block element, or an element of
    another tag that holds one (a custom element, `<joomla-tab>`, around panels of paragraphs
    and tables): a browser sets the blocks inside it apart, and read as words in a `<p>`,
    its table lost its rows and cells in the paragraph."""
    if not isinstance(child.tag, str):
        return False
    return child.tag in _BLOCKS or any(isinstance(inner.tag, str) and inner.tag in _BLOCKS
                                       for inner in child.iterdescendants())


# Controls: their labels ("Sluiten") are no words of the text.
_CONTROLS = {"button", "input", "select", "textarea", "option"}


def _has_words(text: str, elements: list[HtmlElement]) -> bool:
    """Whether a run of loose words holds a word, outside a control's label: a dialog's lone
    "Sluiten" button is no paragraph."""
    return bool(re.search(r"\w", _run_words(text, elements)))


def _run_words(text: str, elements: list[HtmlElement]) -> str:
    """The words of a run of loose words, without a control's label."""
    return text + "".join((element.text_content() if element.tag not in _CONTROLS else "") + (element.tail or "")
                          for element in elements if isinstance(element.tag, str))


def _put_back(box: HtmlElement, text: str, elements: list[HtmlElement]) -> None:
    """A run without words (white space, an image, an empty anchor) back in the box as it stood."""
    if len(box):
        box[-1].tail = text or None
    else:
        box.text = text or None
    box.extend(elements)


def items_apart(tree: HtmlElement) -> None:
    """A space between the items of each box that holds nothing but two or more `<span>`s of
    one class with no space between them (see the module)."""
    for box in tree.xpath("//body//*[count(span[@class]) >= 2]"):
        items = list(box)
        classes = {item.get("class", "").strip() for item in items}
        loose = (box.text or "") + "".join(item.tail or "" for item in items[:-1])
        if loose.strip() or len(classes) != 1 or "" in classes or any(item.tag != "span" for item in items):
            continue
        for item in items[:-1]:
            if not item.tail:
                item.tail = " "
