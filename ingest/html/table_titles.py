"""A table's own title set as a later `<h1>`: a section of the text, not the page's title.

Transactional-mail tools set the body's title as an `<h1>` and a data table's title as
another `<h1>` over the table (Mailgen's `<h1 class="data-table-title">`, as its themes and
Postmark-style templates do). trafilatura took the table's title for the page's (its class
names a "title"), and in the outline it became the parent of every section after the table
(red team 58). Such an `<h1>` becomes a heading at the level of the sections around it
(`table_titles_as_sections`); an ordinary page's second `<h1>` (a site's name over the
article's, an article's title over its first paragraph) stays as it is.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from ingest.html.headings import heading_like
from ingest.html.layout_tables import is_layout_table

# A class that names a table or a caption (`data-table-title`, `table_caption`, `caption`):
# a part of the name between dashes or underscores, not "tablet" or "captioned".
_CAPTION_CLASS = re.compile(r"(?:^|[-_])(?:table|caption)(?:[-_]|$)", re.IGNORECASE)
_LEVELS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_BOLD = {"strong", "b"}
_CELLS = "ancestor-or-self::*[self::td or self::th][1]"
# The page's headings and the paragraphs that may be bold lines, in page order.
_OUTLINE = "//body//*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6 or self::p[strong or b]]"


def table_titles_as_sections(tree: HtmlElement) -> None:
    """Set each `<h1>` after the page's first that titles a table at the level of the text's
    sections before it (two, where none came yet): one whose class names a table or a caption,
    or one that stands right over a table of data once the text's sections began (a heading
    or a bold line heading text under the first `<h1>`), where the page sets no other `<h1>`
    after its first. A page that sets its sections as `<h1>`s keeps them: one of its sections
    may open with a table (a folder's "Werk en ziekteverzuim" over its table, red team 16)."""
    if len(tree.xpath("//body//h1")) < 2:
        return
    titles: list[tuple[HtmlElement, int, bool]] = []  # a table's `<h1>`, its new level, by its class
    ordinary = False  # an `<h1>` after the first that titles no table
    titled = False  # the first `<h1>` came
    heading_level = 0  # of the last heading the page marks as one
    section_level = 0  # of the last section under the title, 0 while none came
    for element in tree.xpath(_OUTLINE):
        level = _LEVELS.get(element.tag)
        classed = level == 1 and any(_CAPTION_CLASS.search(name) for name in element.get("class", "").split())
        if level == 1 and titled and (classed or section_level and _over_data_table(element)):
            titles.append((element, section_level or 2, classed))
            heading_level = section_level or 2
            continue
        if level == 1:
            ordinary, titled, section_level = titled, True, 0
        elif level is not None and titled:
            section_level = level
        elif titled and _is_bold_line(element):
            section_level = min(heading_level + 1, 6)
        heading_level = level or heading_level
    for heading, level, classed in titles:
        if classed or not ordinary:
            heading.tag = f"h{level}"


def _over_data_table(heading: HtmlElement) -> bool:
    """Whether a heading stands right over a table of data: the first words after it are in
    a cell of a table that lays out no page."""
    words = _first_words_after(heading)
    cell = words.xpath(_CELLS) if words is not None else []
    table = cell[0].xpath("ancestor::table[1]") if cell else []
    return bool(table) and not is_layout_table(table[0])


def _first_words_after(heading: HtmlElement) -> HtmlElement | None:
    """The element whose words come first after a heading, in the boxes that follow it in its
    own box; None where words stand between, or a heading (each walk then ends where the next
    heading's begins, and all of them read the page once), or nothing follows there."""
    if (heading.tail or "").strip():
        return None
    for box in heading.itersiblings():
        for element in box.iter():
            if not isinstance(element.tag, str):
                continue
            if element.tag in _LEVELS:
                return None
            if (element.text or "").strip():
                return element
            if element is not box and (element.tail or "").strip():
                return element.getparent()
        if (box.tail or "").strip():
            return None
    return None


def _is_bold_line(element: HtmlElement) -> bool:
    """A paragraph of one short bold phrase (`<p><strong>Wat is koemelkallergie?</strong></p>`):
    how mail templates set a section's heading."""
    if element.tag != "p" or (element.text or "").strip() or len(element) != 1:
        return False
    bold = element[0]
    return bold.tag in _BOLD and not (bold.tail or "").strip() \
        and heading_like(" ".join(bold.text_content().split()))
