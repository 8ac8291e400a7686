"""A word processor's tracked changes as the document now reads: deletions gone, insertions kept.

A document saved with its changes still tracked keeps the deleted words beside the inserted
ones, and the converters mark them: HTML's `<del>` (Word's filtered HTML writes
`<del cite=… datetime=…>` inside a `<span class=msoDel>`, LibreOffice and the ICE editor
`<del>`), PyDocX a `<span class="pydocx-delete">`, pandoc's `--track-changes=all` a
`<span class="deletion">`. Read as text, "meestal <del>binnen een week</del><ins>binnen een tot
twee weken</ins>" said both ("binnen een weekbinnen een tot twee weken", red team 46). Deleted
words are not the document's text: they go; inserted ones are, and stay as plain words.
"""

from __future__ import annotations

from lxml.html import HtmlElement


# The classes the converters give a deletion (matched case-blind, as one class word): PyDocX's,
# Word's HTML (`msoDel`), pandoc's, ICE's and the plain "deleted" of editors' exports.
DELETION_CLASSES = {"pydocx-delete", "msodel", "deletion", "deleted", "del"}


def drop_deletions(tree: HtmlElement) -> None:
    """Remove the text a tracked change deleted: `<del>` elements and boxes whose class marks
    a deletion. The words after each (its tail) stay."""
    for deleted in list(tree.iter("del")) + [box for box in tree.iter() if _marks_deletion(box)]:
        if deleted.getparent() is not None:
            deleted.drop_tree()


def _marks_deletion(box: HtmlElement) -> bool:
    """Whether a box's class names it a tracked change's deleted text."""
    classes = box.get("class", "") if isinstance(box.tag, str) else ""
    return any(name.lower() in DELETION_CLASSES for name in classes.split())
