"""xmldiff's formatted diff of two pages read as the new page: its `diff:` marks resolved.

xmldiff's `XMLFormatter` writes the old page with the edits into it, in a namespace of its own
(http://namespaces.shoobx.com/diff): changed words as `<diff:delete>`/`<diff:insert>` (or
`<diff:replace diff:old-text=…>`), whole elements with a `diff:delete` or `diff:insert`
attribute, a formatting tag changed with `diff:delete-formatting`/`diff:insert-formatting`, and
changed attributes or tags noted in `diff:update-attr`, `diff:rename` and the like (the element
already has its new ones). Read as a page, the deleted words stayed beside the inserted ones
("Laatst bijgewerkt: 14 februa2 april 20246", red team 53). Resolved, it is the new page, to be
read as any page of its site.
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree
from lxml.html import HtmlElement


# The declaration of xmldiff's namespace, with the prefix the page gives it ("diff").
_DECLARATION = re.compile(r"""xmlns:([A-Za-z_][\w.-]*)\s*=\s*["']http://namespaces\.shoobx\.com/diff["']""")


def xmldiff_new_page(html: str) -> str | None:
    """The new page an xmldiff diff shows, or None where the page is no such diff (no
    declaration of xmldiff's namespace, or no change marked in it)."""
    declared = _DECLARATION.search(html[:100_000])
    if declared is None:
        return None
    prefix = declared.group(1)
    try:
        root = lxml.html.document_fromstring(
            html.encode("utf-8", "surrogatepass"),
            parser=lxml.html.HTMLParser(encoding="utf-8", huge_tree=True, remove_comments=False))
    except (etree.ParserError, ValueError):
        return None
    titled = _resolve_titles(root, f"{prefix}:")
    if not _resolve_marks(root, f"{prefix}:") and not titled:
        return None
    root.attrib.pop(f"xmlns:{prefix}", None)
    return lxml.html.tostring(root.getroottree(), encoding="unicode")


def _resolve_marks(root: HtmlElement, prefix: str) -> bool:
    """Drop what the marks delete, keep what they insert, and take the marks out; whether the
    page had any."""
    marks = [box for box in root.iter() if isinstance(box.tag, str)
             and (box.tag.startswith(prefix) or any(name.startswith(prefix) for name in box.attrib))]
    for box in marks:
        action = box.tag[len(prefix):] if box.tag.startswith(prefix) else ""
        deleted = action == "delete" or f"{prefix}delete" in box.attrib
        unformatted = action == "delete-formatting" or f"{prefix}delete-formatting" in box.attrib
        for name in [name for name in box.attrib if name.startswith(prefix)]:
            del box.attrib[name]
        if box.getparent() is None:
            continue  # the page itself (its namespace declaration), or a deleted box's top
        if deleted:
            box.drop_tree()  # deleted words, or a deleted element: its tail is the next text
        elif action or unformatted:
            box.drop_tag()  # `<diff:insert>`, `<diff:replace>`: new words, as plain words; a
            # formatting tag the new version lost: its words stay
    return bool(marks)


def _resolve_titles(root: HtmlElement, prefix: str) -> bool:
    """Resolve the marks in a `<title>`, whose words an HTML parser reads as text, tags and all;
    whether it had any."""
    marked = False
    for title in root.iter("title"):
        text = title.text or ""
        if f"<{prefix}" in text:
            deleted = re.compile(rf"<{re.escape(prefix)}delete\b[^>]*>.*?</{re.escape(prefix)}delete\s*>", re.DOTALL)
            title.text = re.sub(rf"</?{re.escape(prefix)}[^>]*>", "", deleted.sub("", text))
            marked = True
    return marked
