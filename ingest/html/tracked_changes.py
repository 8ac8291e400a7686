"""A word processor's tracked changes as the document now reads: deletions gone, insertions kept.

A document saved with its changes still tracked keeps the deleted words beside the inserted
ones, and the converters mark them: HTML's `<del>` (Word's filtered HTML writes
`<del cite=… datetime=…>` inside a `<span class=msoDel>`, LibreOffice and the ICE editor
`<del>`), PyDocX a `<span class="pydocx-delete">`, pandoc's `--track-changes=all` a
`<span class="deletion">`. Read as text, "meestal <del>binnen een week</del><ins>binnen een tot
twee weken</ins>" said both ("binnen een weekbinnen een tot twee weken", red team 46). Deleted
words are not the document's text: they go; inserted ones are, and stay as plain words.

A page with changes marked so in number is a review copy (lxml's htmldiff, pandiff, a document
saved with its changes tracked), and says so (`is_marked_review`); a page's one struck-out
price is not.
"""

from __future__ import annotations

from lxml.html import HtmlElement


# The classes the converters give a deletion (matched case-blind, as one class word): PyDocX's,
# Word's HTML (`msoDel`), pandoc's, ICE's and the plain "deleted" of editors' exports.
DELETION_CLASSES = {"pydocx-delete", "msodel", "deletion", "deleted", "del"}
INSERTION_CLASSES = {"pydocx-insert", "msoins", "insertion", "inserted", "ins"}
# How many deletions and how many insertions make a page a review copy: both kinds, each more
# than once. A shop's or a leaflet's struck-out old price (`<del>`, with or without an `<ins>`
# beside it) is one change, and a page that strikes out a myth uses `<del>` alone.
_REVIEW_MARKS = 2


def drop_deletions(tree: HtmlElement) -> None:
    """Remove the text a tracked change deleted: `<del>` elements and boxes whose class marks
    a deletion. The words after each (its tail) stay."""
    for deleted in list(tree.iter("del")) + [box for box in tree.iter() if _class_marks(box)]:
        if deleted.getparent() is not None:
            deleted.drop_tree()


def is_marked_review(tree: HtmlElement) -> bool:
    """Whether a page marks changes between two versions in number (before `drop_deletions`)."""
    deletions = sum(1 for box in tree.iter() if box.tag == "del" or _class_marks(box))
    insertions = sum(1 for box in tree.iter() if box.tag == "ins" or _class_marks(box, INSERTION_CLASSES))
    return deletions >= _REVIEW_MARKS and insertions >= _REVIEW_MARKS


def _class_marks(box: HtmlElement, marks: set[str] = DELETION_CLASSES) -> bool:
    """Whether a box's class names it a tracked change's deleted text (or, given
    `INSERTION_CLASSES`, its inserted text)."""
    classes = box.get("class", "") if isinstance(box.tag, str) else ""
    return any(name.lower() in marks for name in classes.split())
