"""Headings a page marks only by style: a class that names a heading, or a larger font.

trafilatura reads only `<h1>`-`<h6>` as headings. A short block whose class names a heading
(`<div class="h3">`, `<p class="kop">`) and that heads body text is a heading. A word
processor's web page (a Google Docs or Word export) marks its headings only by font size,
in its `<style>` rules or inline: short lines larger than the text are headings ranked by
size, the largest the title.
"""

from __future__ import annotations

import re

from lxml import etree
from lxml.html import HtmlElement

from ingest.html.headings import (
    HEADINGS, HEADING_NAMES, NO_HEADING_HERE, first_words_after, heading_like, headings_before, level_below,
    title_holds,
)
from ingest.html.page_parts import FURNITURE, LINE_BLOCKS, REGEXP


# The class of a block that a content system styles as a heading: "h3", "kop2", "tussenkop",
# "heading", "c-heading--3", "section-title", "accordion__title" (a level where it names one).
_HEADING_CLASS = re.compile(r"(?:^|[-_])(?:h([1-6])|(?:sub)?heading|title|(?:tussen)?kop(?:je)?)"
                            r"(?:[-_]*h?([1-6]))?(?=$|[-_])", re.IGNORECASE)
# What a heading never holds: blocks of text, lists, tables.
_BLOCKS_INSIDE = ("./descendant::*[self::p or self::div or self::section or self::article or self::aside"
                  " or self::blockquote or self::ul or self::ol or self::li or self::dl or self::table"
                  " or self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6]")


def class_headings(tree: HtmlElement) -> None:
    """Make a short block whose class names a heading (`<div class="h3">Bewaren</div>`,
    `<p class="kop">`) a heading of the level the class names, or one level below the heading
    before it, where body text follows it: trafilatura reads only `<h1>`-`<h6>` as headings,
    so the block became a line of the text before it and its text was filed under the heading
    before. A block of links (a card's title), a line that reads as a sentence, and a block
    followed by another heading are not headings; nor is one in a table cell, a list item or
    page furniture. A box's title is no heading where the section's text goes on after the box
    (`_titles_a_box`)."""
    found: dict[HtmlElement, int] = {}
    for block in tree.xpath("//body//*[self::div or self::p][@class]"):
        named = [match for name in block.get("class", "").split() if (match := _HEADING_CLASS.search(name))]
        text = " ".join(block.text_content().split())
        if not named or not heading_like(text) or block.xpath(_BLOCKS_INSIDE) \
                or block.xpath(NO_HEADING_HERE) or block.xpath(FURNITURE, namespaces=REGEXP) \
                or not "".join(block.xpath(".//text()[not(ancestor::a)]")).strip():
            continue
        found[block] = next((int(match.group(1) or match.group(2)) for match in named
                             if match.group(1) or match.group(2)), 0)
    headed = {block: level for block, level in found.items() if _heads_text(block, set(found))}
    for block in [block for block in headed if _titles_a_box(block, set(found))]:
        del headed[block]
        block.tag = "p"  # a line: trafilatura drops a `<div>` of words alone on a long page
    before = headings_before([block for block, level in headed.items() if not level], set())
    for block, level in headed.items():
        block.attrib.pop("class")
        block.tag = f"h{level or level_below(before[block])}"


def _heads_text(block: HtmlElement, blocks: set[HtmlElement]) -> bool:
    """Whether the first words after a block are body text: not a heading, nor another block
    styled as one."""
    holder = first_words_after(block)
    return holder is not None and not _in_heading(holder, blocks)


def _in_heading(holder: HtmlElement, blocks: set[HtmlElement]) -> bool:
    """Whether words are those of a heading, or of another block styled as one."""
    return any(box in blocks or (isinstance(box.tag, str) and box.tag in HEADING_NAMES)
               for box in [holder, *holder.iterancestors()])


# Boxes a title heads: a callout or admonition (`<div class="admonition">`, a tip `<aside>`).
_TITLED_BOXES = {"div", "aside"}


def _titles_a_box(block: HtmlElement, blocks: set[HtmlElement]) -> bool:
    """Whether a block is the title of a box that the section's text goes on after
    (`<div class="admonition warning"><p class="admonition-title">Let op</p><p>…</p></div>
    <p>Een eenvoudiger manier…</p>`): as a heading it headed the text after the box too,
    which was then cited under "Onderzoek › Let op" (red team 16). Left a line, the title
    reads before the box's body, as in a box whose title Markdown gives. A title may stand in
    a header box of its own, beside an icon (Quarto's `div.callout-header`)."""
    title = _title_line(block)
    box = title.getparent()
    if box is None or box.tag not in _TITLED_BOXES or (box.text or "").strip() \
            or any(_words(sibling) for sibling in title.itersiblings(preceding=True)) \
            or not any(_words(sibling) for sibling in title.itersiblings()):
        return False
    holder = first_words_after(box)
    return holder is not None and not _in_heading(holder, blocks)


def _title_line(block: HtmlElement) -> HtmlElement:
    """The block, or the outermost box around it that holds no other words."""
    words = " ".join(block.text_content().split())
    while (box := block.getparent()) is not None and box.tag in _TITLED_BOXES \
            and " ".join(box.text_content().split()) == words:
        block = box
    return block


def _words(element: HtmlElement) -> bool:
    """Whether an element, or the words after it, hold any."""
    return bool((element.text_content() if isinstance(element.tag, str) else "").strip()
                or (element.tail or "").strip())


# ---------------------------------------------------------------- headings set by font size

# A declaration of a font size, alone or in the `font` shorthand ("font: bold 20px Arial").
_FONT_SIZE = re.compile(r"(?:^|[;{\s])font-size\s*:\s*([^;}]+)", re.IGNORECASE)
_FONT = re.compile(r"(?:^|[;{\s])font\s*:\s*([^;}]+)", re.IGNORECASE)
_LENGTH = re.compile(r"(?<![\w.-])(\d*\.?\d+)(px|pt|pc|in|cm|mm|em|rem|%)(?![\w%])", re.IGNORECASE)
# Sizes in CSS pixels: absolute units, the keywords, and the browser's own sizes of headings
# and text (16px, an `<h2>` 1.5 times the size around it).
_PIXELS = {"px": 1.0, "pt": 4 / 3, "pc": 16.0, "in": 96.0, "cm": 96 / 2.54, "mm": 96 / 25.4}
_SIZE_WORDS = {"xx-small": 9.0, "x-small": 10.0, "small": 13.0, "medium": 16.0, "large": 18.0,
               "x-large": 24.0, "xx-large": 32.0, "xxx-large": 48.0}
_RELATIVE_WORDS = {"smaller": 1 / 1.2, "larger": 1.2}
_BROWSER_EMS = {"h1": 2.0, "h2": 1.5, "h3": 1.17, "h4": 1.0, "h5": 0.83, "h6": 0.67, "small": 1 / 1.2, "big": 1.2}
BROWSER_SIZE = 16.0
# A style rule this module reads: a tag, classes and an id, no more ("p.c4", ".c2", "#kop").
_SIMPLE_SELECTOR = re.compile(r"([a-zA-Z][\w-]*)?((?:[.#][\w-]+)*)")
_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_CSS_RULE = re.compile(r"([^{}@;]+)\{([^{}]*)\}")
# A line at least this much larger than the text is set as a heading; sizes this close are one.
MIN_HEADING_RATIO = 1.08
SAME_SIZE_PIXELS = 0.5


class _StyleRules:
    """The font sizes a page's `<style>` blocks give by tag, class and id (rules with other
    selectors are not read), and a lookup of the rule that sets an element's size."""

    def __init__(self, tree: HtmlElement) -> None:
        # by one name each rule needs (an id, a class, a tag): its rank (specificity, then
        # order), its tag, classes and id, and the size it sets
        self.rules: dict[str, list[tuple[tuple[int, ...], str | None, frozenset[str], str | None, str]]] = {}
        order = 0
        for style in tree.iter("style"):
            css = _CSS_COMMENT.sub("", style.text_content() or "")
            for selectors, declarations in _CSS_RULE.findall(css):
                size = _declared_size(declarations)
                if size is None:
                    continue
                for selector in selectors.split(","):
                    parsed = _simple_selector(selector.strip())
                    if parsed is not None:
                        order += 1
                        tag, classes, ident = parsed
                        key = f"#{ident}" if ident else f".{min(classes)}" if classes else tag or "*"
                        specificity = (1 if ident else 0, len(classes), 1 if tag else 0)
                        self.rules.setdefault(key, []).append(((*specificity, order), tag, classes, ident, size))

    def size(self, element: HtmlElement) -> str | None:
        """The font size the rules give an element (as the page writes it), or None."""
        if not self.rules:
            return None
        classes = frozenset(element.get("class", "").split())
        ident = element.get("id")
        keys = [element.tag, "*", *(f".{name}" for name in classes), *([f"#{ident}"] if ident else [])]
        best = None
        for key in keys:
            for rank, tag, needed, rule_id, size in self.rules.get(key, ()):
                if (tag is None or tag == element.tag) and needed <= classes and (rule_id is None or rule_id == ident) \
                        and (best is None or rank > best[0]):
                    best = (rank, size)
        return best[1] if best else None


def _simple_selector(selector: str) -> tuple[str | None, frozenset[str], str | None] | None:
    """A selector of a tag, classes and an id as its parts, or None for any other selector."""
    match = _SIMPLE_SELECTOR.fullmatch(selector)
    if not selector or match is None:
        return None
    parts = re.findall(r"[.#][\w-]+", match.group(2))
    ids = [part[1:] for part in parts if part[0] == "#"]
    if len(ids) > 1:
        return None
    tag = match.group(1).lower() if match.group(1) else None
    return tag, frozenset(part[1:] for part in parts if part[0] == "."), ids[0] if ids else None


def _declared_size(declarations: str) -> str | None:
    """The font size a block of declarations sets ("20pt", "1.5em", "large"), or None."""
    sizes = _FONT_SIZE.findall(declarations)
    if sizes:
        return sizes[-1].replace("!important", "").strip().lower()
    for shorthand in _FONT.findall(declarations):
        length = _LENGTH.search(shorthand.split("/")[0])
        if length:
            return length.group(0).lower()
    return None


def _pixels(size: str | None, parent: float, root: float) -> float | None:
    """A declared font size in CSS pixels, given the size around it and the root's, or None."""
    if size is None:
        return None
    if size in _SIZE_WORDS:
        return _SIZE_WORDS[size]
    if size in _RELATIVE_WORDS:
        return parent * _RELATIVE_WORDS[size]
    length = _LENGTH.fullmatch(size)
    if length is None:
        return None
    value, unit = float(length.group(1)), length.group(2).lower()
    if unit in _PIXELS:
        return value * _PIXELS[unit]
    return value * (parent if unit == "em" else root if unit == "rem" else parent / 100)


def _font_sizes(tree: HtmlElement) -> dict[HtmlElement, float]:
    """Each element's font size in CSS pixels, as a browser sets it: an inline style, else
    the page's style rules, else the browser's size of its tag (an `<h2>`), else the size of
    the box around it. Empty when the page sets no size at all: its text is one size."""
    rules = _StyleRules(tree)
    inline = tree.xpath("//*[@style][contains(translate(@style, 'FONT', 'font'), 'font')] | //font[@size]")
    if not rules.rules and not inline:
        return {}
    root = tree.getroottree().getroot()
    sizes: dict[HtmlElement, float] = {}
    top = _pixels(rules.size(root), BROWSER_SIZE, BROWSER_SIZE) or BROWSER_SIZE
    stack = [top]
    for event, element in etree.iterwalk(root, events=("start", "end")):
        if not isinstance(element.tag, str):
            continue
        if event == "end":
            stack.pop()
            continue
        parent = stack[-1]
        declared = _declared_size(element.get("style", "")) or rules.size(element)
        size = _pixels(declared, parent, top) if declared else _font_tag_size(element)
        if size is None and element.tag in _BROWSER_EMS:
            size = parent * _BROWSER_EMS[element.tag]
        sizes[element] = size or parent
        stack.append(sizes[element])
    return sizes


# The sizes of an old `<font size="1">` to `"7"` in CSS pixels ("+1" is one above 3).
_FONT_TAG_PIXELS = {1: 10.0, 2: 13.0, 3: 16.0, 4: 18.0, 5: 24.0, 6: 32.0, 7: 48.0}


def _font_tag_size(element: HtmlElement) -> float | None:
    """The size an old `<font size>` sets, in CSS pixels, or None."""
    value = element.get("size", "").strip() if element.tag == "font" else ""
    if not re.fullmatch(r"[+-]?[1-7]", value):
        return None
    number = int(value) + (3 if value[0] in "+-" else 0)
    return _FONT_TAG_PIXELS[min(max(number, 1), 7)]


def _line_size(block: HtmlElement, sizes: dict[HtmlElement, float]) -> tuple[float, int]:
    """The size most of a block's characters are set in, and how many characters it holds."""
    weights: dict[float, int] = {}
    for text in block.xpath(".//text()[not(ancestor::script or ancestor::style)]"):
        holder = text.getparent()
        if text.is_tail:
            holder = holder.getparent()
        size = round(sizes.get(holder, BROWSER_SIZE) / SAME_SIZE_PIXELS) * SAME_SIZE_PIXELS
        weights[size] = weights.get(size, 0) + len("".join(text.split()))
    if not weights:
        return BROWSER_SIZE, 0
    size = max(weights, key=lambda found: (weights[found], found))
    return size, sum(weights.values())


def styled_headings(tree: HtmlElement) -> None:
    """Make the short lines a page sets in a larger font than its text headings, ranked by
    size: the way a word processor's web page (a Google Docs or Word export) marks them, with
    `<p class="c4"><span class="c5">` and a rule `.c5{font-size:14pt}` in its `<style>`, or an
    inline `font-size`. trafilatura sees no heading in them, and the title became the small
    line above it. The text's size is the one most of its characters have; a line at least
    `MIN_HEADING_RATIO` larger is a heading. The largest size is the title (an `<h1>`) when
    one line alone has it and it comes first; the other sizes rank below it. A page that
    marks its headings (`<h2>`) gets only its title by size (`_size_levels`). A line ending
    like a sentence, one in a table, list or link, one in page furniture, and one followed
    by a line as large or larger, or by nothing, are not headings (but a line styled as the
    document's title is the title right over a larger `<h1>`: `_styled_title`); nor is a
    newsletter's masthead over its headline (`_is_masthead`)."""
    sizes = _font_sizes(tree)
    if not sizes:
        return
    body = tree.find("body")
    furniture = set(tree.xpath(FURNITURE.replace("ancestor-or-self::", "//", 1), namespaces=REGEXP))
    blocks = [block for block in _line_blocks(body if body is not None else tree)
              if not any(box in furniture for box in [block, *block.iterancestors()])]
    measured = {block: _line_size(block, sizes) for block in blocks}
    weights: dict[float, int] = {}
    for size, count in measured.values():
        weights[size] = weights.get(size, 0) + count
    if not weights:
        return
    text_size = max(weights, key=lambda found: (weights[found], -found))
    lines = {block: size for block, (size, count) in measured.items()
             if block.tag in {"p", "div"} and size >= text_size * MIN_HEADING_RATIO and count
             and heading_like(" ".join(block.text_content().split())) and not block.xpath(NO_HEADING_HERE)
             and not _quoted(" ".join(block.text_content().split()))
             and "".join(block.xpath(".//text()[not(ancestor::a)]")).strip()}
    headings = {heading: round(sizes[heading] / SAME_SIZE_PIXELS) * SAME_SIZE_PIXELS
                for heading in tree.xpath(HEADINGS) if heading in sizes
                and heading.text_content().strip() and not heading.xpath(FURNITURE, namespaces=REGEXP)}
    every = {**lines, **headings}
    order = {element: index for index, element in enumerate(tree.iter())} if headings and lines else {}
    titled = _styled_title(tree, next(iter(lines), None), headings, order)  # the lines are in page order
    lines = {block: size for block, size in lines.items() if block is titled or _heads_smaller(block, size, every)}
    first = next(iter(lines), None)
    if first is not None and first is not titled and _is_masthead(first, lines, measured, text_size):
        del lines[first]
    levels = _size_levels(lines, headings, order, titled)
    for block, level in levels.items():
        for name in ("class", "style"):
            block.attrib.pop(name, None)
        block.tag = f"h{level}"


def _is_masthead(first: HtmlElement, lines: dict[HtmlElement, float],
                 measured: dict[HtmlElement, tuple[float, int]], text_size: float) -> bool:
    """Whether the first of the lines is a masthead over the title, not the title: a
    newsletter's band sets the sender's name large with only small print beside it in its
    box ("Huidcentrum Noord" over "Nieuwsbrief voor patiënten · mei 2026"), and the headline
    after it is a second line alone at its size and larger than every line after it. As the
    title, the sender's name headed the leaflet and named it. A title with its small print
    in a box of its own keeps its place where its sections' headings follow: none of them is
    a second title."""
    sizes = list(lines.values())
    order = list(lines)
    if len(order) < 2 or sizes.count(lines[first]) > 1 or sizes.count(lines[order[1]]) > 1 \
            or any(lines[later] >= lines[order[1]] for later in order[2:]):
        return False
    words = first.text_content().split()
    box = next((box for box in first.iterancestors() if box.text_content().split() != words), None)
    beside = [block for block in measured if block is not first and box in block.iterancestors()
              and block.text_content().split()]
    return bool(beside) and all(measured[block][0] < text_size for block in beside)


def _line_blocks(root: HtmlElement) -> list[HtmlElement]:
    """The blocks under `root` that hold lines of text and no other such block, in page
    order (marked from the inside out: asking each box for the blocks inside is quadratic)."""
    blocks = list(root.iter(*LINE_BLOCKS))
    holding: set[HtmlElement] = set()
    for block in blocks:
        for box in block.iterancestors():
            if box in holding:
                break  # and every box around it
            holding.add(box)
    return [block for block in blocks if block not in holding]


def _heads_smaller(block: HtmlElement, size: float, headings: dict[HtmlElement, float]) -> bool:
    """Whether the first words after a line are text, or a heading of a smaller size."""
    holder = first_words_after(block)
    if holder is None:
        return False
    above = next((box for box in [holder, *holder.iterancestors()] if box in headings), None)
    return above is None or headings[above] < size


def _size_levels(lines: dict[HtmlElement, float], headings: dict[HtmlElement, float],
                 order: dict[HtmlElement, int], titled: HtmlElement | None = None) -> dict[HtmlElement, int]:
    """The heading level of each line by its size (see `styled_headings`). Beside the
    page's own headings only the title is read by size: the first line, larger than all of
    them (or `titled`, styled as the title: `_styled_title`) and than all other lines,
    becomes the `<h1>` and the page's headings move one level down where one is an `<h1>`
    too; a page that marks its headings leaves its other lines (a subtitle, an introduction
    in a larger font) as text."""
    if not lines:
        return {}
    ranked = sorted(set(lines.values()), reverse=True)
    first = next(iter(lines))  # the lines are in page order
    largest = [block for block, size in lines.items() if size == ranked[0]]
    if not headings:
        start = 1 if largest == [first] else 2
        return {block: min(start + ranked.index(size), 6) for block, size in lines.items()}
    if largest != [first] or (ranked[0] <= max(headings.values()) and first is not titled) or any(
            order[heading] < order[first] for heading in headings):
        return {}
    if any(heading.tag == "h1" for heading in headings):
        for heading in headings:
            heading.tag = f"h{min(int(heading.tag[1]) + 1, 6)}"
    return {first: 1}


# The class an office converter gives a document's Title paragraph (a `<p>`): Word's
# "MsoTitle", odf2xhtml's "P-Title" (its "P-" before the style's name). No other: a content
# system's "title", "c-title" or "js-title" is a section's label set over a larger `<h1>`
# ("Longgeneeskunde" over "Longembolie: wat nu?"), and Google Docs sets its "title" larger
# than its headings, so it needs no exception. (LibreOffice's own export gives the Title
# style no class of its own: it derives from no HTML tag's style.)
_TITLE_STYLES = frozenset({"msotitle", "p-title"})


def _styled_title(tree: HtmlElement, first: HtmlElement | None, headings: dict[HtmlElement, float],
                  order: dict[HtmlElement, int]) -> HtmlElement | None:
    """The first line set larger than the text, where it is the page's title though the page's
    headings are set larger still: it is a `<p>` whose class is a converter's Title style
    (`_TITLE_STYLES`), it stands before every heading, and the page's `<title>` does not name
    the first heading. An office
    converter writes a document's Title paragraph so, with its own rule (odf2xhtml:
    `<p class="P-Title">`, `.P-Title{font-size:20pt}`), and its headings as `<h1>`s in the
    browser's larger size; its `<title>` is the file's metadata title, a label ("ADHD-folder
    v2.3") or empty. The first section's `<h1>` was read as the title, and the real one headed
    a passage of the sender's line alone (red team 32). Where the `<title>` names the first
    heading, that heading is the page's title and the styled line a site's or a series' name."""
    if first is None or not headings or first.tag != "p" \
            or not any(name.lower() in _TITLE_STYLES for name in first.get("class", "").split()):
        return None
    heading = min(headings, key=order.__getitem__)
    if order[heading] < order[first] or title_holds(tree, " ".join(heading.text_content().split())):
        return None
    return first


def _quoted(text: str) -> bool:
    """Whether a line is a quotation (a pull quote set large: "“Na drie weken kon ik weer
    fietsen”"): a patient's words, not a heading."""
    return len(text) > 2 and text[0] in "\"'“„‘«" and text[-1] in "\"'”’»"
