"""Collapsible sections, tab panels and FAQs opened, their titles made headings.

The titles of collapsible sections (a heading holding a toggle button, which trafilatura
drops as page interface, or a toggle button that names the panel after it) and the
questions of `<details>` become plain headings under the heading before them (an FAQ's
group heading), and their collapsed panels, and those of tabs, are shown: a closed section
or tab is still the leaflet's text.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from ingest.html.controls import control_name
from ingest.html.headings import HEADING_TAGS, first_words_after, headings_before, level_below
from ingest.html.page_parts import REGEXP


# A heading that opens or closes a collapsible section holds one of these.
TOGGLES = (".//button | descendant-or-self::*[@aria-expanded or @aria-controls or @data-toggle"
           " or @data-bs-toggle or @role='button'] | .//a[starts-with(normalize-space(@href), '#')]")
# Class words of a collapsible section's title (on the heading or the box around it).
SECTION_CLASS = re.compile(r"accordion|collaps|toggle", re.IGNORECASE)
# Text only screen readers get ("uitklappen") or icons, inside such a heading.
_UNSEEN = (".//*[@aria-hidden='true' or re:test(@class, '(^|\\s)(sr-only|visually-hidden|"
           "screen-reader-text)(\\s|$)')]")

# Classes that hide a collapsed panel ("hidden", "is-hidden", "hide").
_HIDING_CLASS = re.compile(r"^(?:is-)?hid(?:e|den)$")


def elements_by_id(tree: HtmlElement) -> dict[str, list[HtmlElement]]:
    """The elements of a page by id, in page order (a page may give an id twice): looked
    up here once, not searched for on the whole page for each toggle."""
    found: dict[str, list[HtmlElement]] = {}
    for element in tree.xpath("//*[@id]"):
        found.setdefault(element.get("id"), []).append(element)
    return found


def show_panel(heading: HtmlElement, toggles: list[HtmlElement], ids: dict[str, list[HtmlElement]]) \
        -> list[HtmlElement]:
    """Show a collapsible section's panel: the one its toggles name (aria-controls,
    data-target, href), or else the element after the heading. The panels shown. `ids` holds
    the page's elements by id as they were before the first section was opened; one that has
    left the page since (inside a heading that lost its markup) is no panel."""
    names = [name for toggle in toggles for name in _targets(toggle)]
    root = heading.getroottree().getroot()
    panels = [found for name in names for found in ids.get(name, ())
              if found is root or root in found.iterancestors()]
    following = heading.getnext()
    shown = panels or ([following] if following is not None else [])
    for panel in shown:
        _show(panel)
    return shown


# A toggle outside any heading ("<button aria-controls=faq1>Mag ik ...?</button>"): it opens
# the panel it names, and a plain link to "#id" is one only when it says it toggles.
_LOOSE_TOGGLES = ("//*[@aria-controls or @data-target or @data-bs-target or self::a[@href and"
                  " (@aria-expanded or @data-toggle or @data-bs-toggle or @role='button')]]"
                  "[not(ancestor::h1 or ancestor::h2 or ancestor::h3 or ancestor::h4 or ancestor::h5"
                  " or ancestor::h6 or ancestor-or-self::nav or ancestor::header or ancestor::footer"
                  " or ancestor::form)]")
# How many boxes up from a toggle its panel may follow ("<div class=card-header><button>").
MAX_TOGGLE_DEPTH = 2
# A toggle that only shows more of the text before it: "Lees meer", "Toon meer", "Read more".
_MORE = re.compile(r"(?:(?:lees|toon|bekijk|laat|read|show)\s+)?(?:meer|more)(?:\s+(?:lezen|tonen|zien))?"
                   r"|uitklappen|expand", re.IGNORECASE)


def open_loose_toggles(tree: HtmlElement) -> None:
    """Open the panels of toggles that stand outside a heading, each toggle becoming the
    heading of its panel (one level below the heading before it), as a toggle inside a
    heading does; a "Lees meer" toggle only opens its panel. A toggle counts when the panel
    it names follows it and holds text (not a menu or a search form): a print or cookie
    button names no panel, a skip or contents link none that follows it."""
    opened = [(toggle, panel) for toggle in tree.xpath(_LOOSE_TOGGLES)
              if (panel := _following_panel(toggle)) is not None]
    before = headings_before([toggle for toggle, _ in opened], {panel for _, panel in opened})
    levels = [level_below(before[toggle]) for toggle, _ in opened]  # before any toggle is a heading
    unlist(opened)
    for (toggle, panel), level in zip(opened, levels):
        _show(panel)
        holder = toggle.getparent()  # a paragraph that holds the toggle alone becomes the heading
        if holder.tag == "p" and holder.text_content().split() == toggle.text_content().split():
            toggle = holder
        if _MORE.fullmatch(control_name(toggle)):
            toggle.drop_tree()
        else:
            toggle.attrib.clear()
            toggle.tag = f"h{level}"
            flatten(toggle)


# A tab of an ARIA tab set (`<button role="tab" aria-controls="tab-vergoeding">`, Bootstrap's
# `<a role="tab" href="#vergoeding">`), outside page furniture.
_TABS = "//*[@role='tab'][not(ancestor::nav or ancestor::header or ancestor::footer or ancestor::form)]"


def open_tabs(tree: HtmlElement) -> None:
    """Show the panels of a tab set: a reader opens every tab, and a closed panel (Joomla's
    `<joomla-tab-element hidden aria-hidden="true">`, which trafilatura drops) is still the
    leaflet's text. The tabs' names stay no headings: a row of them is no title of the
    panel after it (`_following_panel`)."""
    ids = elements_by_id(tree)
    for tab in tree.xpath(_TABS):
        panel = _tab_panel(tab, ids)
        if panel is not None:
            _show(panel)


def _tab_panel(tab: HtmlElement, ids: dict[str, list[HtmlElement]]) -> HtmlElement | None:
    """The panel a tab names, apart from it (neither holds the other)."""
    for name in _targets(tab):
        for panel in ids.get(name, ()):
            if panel is not tab and tab not in panel.iterancestors() and panel not in tab.iterancestors():
                return panel
    return None


def open_details(tree: HtmlElement) -> None:
    """Make the question of each `<details>` (its `<summary>`) a heading one level below the
    heading before it: trafilatura writes a summary as a heading with no level, read as an
    h2, so a question under an h2 group heading ("Onderhoud") took the group's place. Headings
    inside other questions' `<details>` are not before it (the question before is beside it,
    not above it); a "Lees meer" summary only opens its text."""
    summaries = tree.xpath("//details/summary")  # in page order: an outer question first
    questions, listed = [], set(summaries)
    for summary in summaries:
        if any(outer in listed for outer in summary.iterancestors()):
            continue  # goes with the summary it stands in, which loses its markup
        if _MORE.fullmatch(" ".join(summary.text_content().split())):
            summary.drop_tree()
        else:
            questions.append(summary)
    before = headings_before(questions, set(tree.iter("details")), as_headings=True)
    for summary in questions:  # an outer question is a heading before the inner ones turn to it
        summary.attrib.clear()
        summary.tag = f"h{level_below(before[summary])}"
        flatten(summary)
    unlist([(summary.getparent(), summary.getparent()) for summary in questions])


def unlist(opened: list[tuple[HtmlElement, HtmlElement]]) -> None:
    """Unwrap a list whose items are each a toggle (or a heading) and its panel and nothing
    else (an FAQ set as `<ul><li><button>Vraag?</button><div>Antwoord</div></li>`): a
    heading inside a list item would be read as the item's words. A list with other items
    stays a list."""
    toggle_items = set()
    for toggle, panel in opened:
        item = panel.getparent()
        if item is not None and item.tag == "li" and not (item.text or "").strip() and all(
                child is panel or child is toggle or toggle in child.iterdescendants()
                for child in item if isinstance(child.tag, str)) \
                and not any((child.tail or "").strip() for child in item):
            toggle_items.add(item)
    for listed in {item.getparent() for item in toggle_items} - {None}:
        items = [child for child in listed if isinstance(child.tag, str)]
        if listed.tag in {"ul", "ol"} and listed.getparent() is not None and set(items) <= toggle_items:
            for item in items:
                item.drop_tag()
            listed.drop_tag()


def _following_panel(toggle: HtmlElement) -> HtmlElement | None:
    """The panel a toggle names when it follows the toggle (or a box around the toggle
    alone, not a row of tabs) and holds words of its own: text, not links, buttons or a form."""
    names, words = _targets(toggle), toggle.text_content().split()
    box = toggle
    for _ in range(MAX_TOGGLE_DEPTH + 1):
        panel = box.getnext()
        if panel is not None and panel.get("id") in names:
            prose = panel.xpath(".//text()[not(ancestor::a or ancestor::button or ancestor::label"
                                " or ancestor::option or ancestor::script or ancestor::style)]")
            unfit = panel.tag in {"nav", "form"} or panel.xpath(".//nav|.//form|.//input|.//select|.//textarea")
            return panel if " ".join(prose).strip() and not unfit else None
        box = box.getparent()
        if box is None or box.text_content().split() != words:
            return None
    return None


def nest_under_group(sections: list[tuple[HtmlElement, list[HtmlElement]]]) -> None:
    """Put the titles of collapsible sections, and the headings in their panels, one level
    below a group heading of the same level or higher right before them (`<h2>Onderhoud</h2>`
    over Bootstrap's `<h2 class="accordion-header">` questions): as marked, each question took
    the group's place. The group heading is the one before a title outside the sections and
    their panels, and counts only when the first words after it are a title's: a heading with
    text of its own ("Inleiding") is a section beside them."""
    titles = {title for title, _ in sections}
    groups = headings_before(titles, {panel for _, panels in sections for panel in panels}, held=False)
    firsts: dict[HtmlElement, HtmlElement | None] = {}  # what holds the first words after each group heading
    levels: dict[HtmlElement, int] = {}
    for title, panels in sections:
        group = groups[title]
        if group is None:
            continue
        if group not in firsts:
            firsts[group] = first_words_after(group)
        if int(group.tag[1]) < int(title.tag[1]) or not _stands_in(firsts[group], titles):
            continue
        shift = int(group.tag[1]) + 1 - int(title.tag[1])
        for heading in [title, *(found for panel in panels for found in panel.xpath(".//*" + HEADING_TAGS))]:
            levels[heading] = max(levels.get(heading, 0), min(int(heading.tag[1]) + shift, 6))
    for heading, level in levels.items():
        heading.tag = f"h{level}"


def _stands_in(holder: HtmlElement | None, boxes: set[HtmlElement]) -> bool:
    """Whether an element is, or stands in, one of the boxes."""
    return holder is not None and (holder in boxes or any(box in boxes for box in holder.iterancestors()))


def flatten(heading: HtmlElement) -> None:
    """A heading that holds a toggle as its plain text: trafilatura drops buttons whole."""
    for unseen in heading.xpath(_UNSEEN, namespaces=REGEXP):
        if unseen.getparent() is not None:
            unseen.drop_tree()
    for br in heading.iter("br"):
        br.tail = " " + (br.tail or "")
    text = " ".join(heading.text_content().split())
    for child in list(heading):
        heading.remove(child)
    heading.text = text


def heading_classes(heading: HtmlElement) -> str:
    """The classes of a heading and of the element that holds it."""
    holder = heading.getparent()
    return f"{heading.get('class', '')} {holder.get('class', '') if holder is not None else ''}"


def _targets(toggle: HtmlElement) -> list[str]:
    """The ids of the panels a toggle opens."""
    names = (toggle.get("aria-controls") or "").split()
    for attribute in ("data-target", "data-bs-target", "href"):
        value = (toggle.get(attribute) or "").strip()
        if value.startswith("#") and len(value) > 1:
            names.append(value[1:])
    return names


def _show(panel: HtmlElement) -> None:
    """A collapsed panel as if opened: a closed section is still the leaflet's text."""
    for attribute in ("hidden", "aria-hidden"):
        panel.attrib.pop(attribute, None)
    if re.search(r"display\s*:\s*none|visibility\s*:\s*hidden", panel.get("style", "")):
        del panel.attrib["style"]
    classes = panel.get("class", "").split()
    if any(_HIDING_CLASS.match(name) for name in classes):
        panel.set("class", " ".join(name for name in classes if not _HIDING_CLASS.match(name)))
