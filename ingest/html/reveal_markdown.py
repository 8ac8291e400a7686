"""A reveal.js deck whose slides are Markdown, read as the Markdown it is.

reveal.js's Markdown plugin (reveal-md's `--static` pages, decks written by hand) keeps the
slides as Markdown text inside `<section data-markdown>`, in a `<textarea data-template>` or a
`<script type="text/template">`, and renders them in the browser. Read as HTML, the deck was
one paragraph of raw Markdown, its separators and the speaker's notes in it (red team 54).
It is read as the plugin reads it: split at the section's slide separators (its
`data-separator` and `data-separator-vertical`, else reveal.js's "---" line), each slide's notes
(from its `data-separator-notes`, else a line opening "Note:", to the slide's end) dropped, as
they are the presenter's cues and never shown, and the plugin's attribute comments
(`<!-- .element: class="fragment" -->`, `<!-- .slide: ... -->`) gone. A section that names a
file (`data-markdown="slides.md"`) holds no text to read.
"""

from __future__ import annotations

import re
import textwrap

from lxml.html import HtmlElement

# reveal.js's defaults (plugin/markdown/plugin.js), JavaScript patterns read with Python's `re`.
DEFAULT_SEPARATOR = r"\r?\n---\r?\n"
DEFAULT_NOTES_SEPARATOR = r"^\s*notes?:"
_ATTRIBUTE_COMMENT = re.compile(r"<!--\s*\.(?:element|slide)\b.*?-->", re.DOTALL)


def markdown_slides(tree: HtmlElement) -> str | None:
    """The Markdown of a deck whose slides are all reveal.js Markdown sections, slides apart by
    a blank line, without separators, notes and attribute comments; None for any other page.
    In a deck that mixes HTML slides with Markdown ones, each Markdown section's slides are set
    in the page as paragraphs (`_as_blocks`), its notes gone, and None comes back."""
    templates: list[tuple[HtmlElement, list[str]]] = []
    for section in tree.xpath("//section[@data-markdown]"):
        template = _template(section)
        if template is not None:
            slides = [slide for slide in _slides("".join(template.itertext()), section) if slide.strip()]
            templates.append((template, slides))
    if not any(slides for _, slides in templates):
        return None
    if not _html_slides(tree):
        return "\n\n".join(slide for _, slides in templates for slide in slides) + "\n"
    for template, slides in templates:
        _as_blocks(template, slides)
    return None


def _as_blocks(template: HtmlElement, slides: list[str]) -> None:
    """Put a Markdown section's slides in its template's place as HTML blocks, a paragraph
    each (a `#` line a heading), so that a deck of HTML slides read as a page keeps them:
    a page's reader drops a `<script>` and reads a `<textarea>` as one run of text."""
    box = template.makeelement("div", {})
    for block in (block for slide in slides for block in re.split(r"\n[ \t]*\n", slide) if block.strip()):
        heading = re.match(r"(#{1,6})[ \t]+(.*)", block.strip())
        element = box.makeelement(f"h{len(heading.group(1))}" if heading else "p", {})
        element.text = heading.group(2).strip() if heading else " ".join(block.split())
        box.append(element)
    if template.tag in ("script", "textarea"):
        box.tail = template.tail
        template.getparent().replace(template, box)
    else:
        for child in list(template):
            template.remove(child)
        template.text = None
        template.append(box)


def _template(section: HtmlElement) -> HtmlElement | None:
    """The element that holds a Markdown section's text, as the plugin looks for it; None for
    a section that loads its Markdown from a file (its text is not in the page)."""
    found = section.xpath(".//*[@data-template] | .//script")
    if found:
        return found[0]
    return None if section.get("data-markdown") else section


def _slides(markdown: str, section: HtmlElement) -> list[str]:
    """A section's Markdown cut into its slides, each without its notes and attribute comments."""
    text = textwrap.dedent(markdown.replace("\r\n", "\n"))
    separators = [_pattern(section.get("data-separator"), DEFAULT_SEPARATOR)]
    vertical = section.get("data-separator-vertical")
    if vertical:
        separators.append(_pattern(vertical, ""))
    notes = _pattern(section.get("data-separator-notes"), DEFAULT_NOTES_SEPARATOR, re.IGNORECASE)
    slides = [text]
    for separator in separators:
        if separator is not None:
            slides = [part for slide in slides for part in _split(slide, separator)]
    return [_ATTRIBUTE_COMMENT.sub("", _without_notes(slide, notes)).strip("\n") for slide in slides]


def _split(text: str, separator: re.Pattern[str]) -> list[str]:
    """`text` cut at each match of `separator` (an empty match cuts nothing)."""
    parts, start = [], 0
    for match in separator.finditer(text):
        if match.end() > match.start():
            parts.append(text[start:match.start()])
            start = match.end()
    return [*parts, text[start:]]


def _without_notes(slide: str, notes: re.Pattern[str] | None) -> str:
    """A slide up to its notes: the presenter's cues run from the notes separator to its end."""
    found = notes.search(slide) if notes else None
    return slide[:found.start()] if found else slide


def _pattern(source: str | None, default: str, flags: int = 0) -> re.Pattern[str] | None:
    """A separator's pattern as reveal.js compiles it (multi-line), the default where the page
    gives none or one Python cannot read; None where neither is any."""
    for candidate in (source, default):
        if candidate:
            try:
                return re.compile(f"(?:{candidate})", re.MULTILINE | flags)
            except re.error:
                continue
    return None


def _html_slides(tree: HtmlElement) -> bool:
    """Whether the deck has slides written in HTML, with words of their own, beside its
    Markdown sections: a section that neither is one nor holds one."""
    for section in tree.xpath("//section[not(@data-markdown)][not(.//section[@data-markdown])]"
                              "[not(ancestor::section[@data-markdown])]"):
        if "".join(section.itertext()).strip():
            return True
    return False
