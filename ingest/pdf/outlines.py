"""Whether a PDF without a text layer draws its text as shapes (`drawn_as_outlines`), not as a scan.

A converter that cannot carry a font over draws each glyph as a filled path: pstoedit's PDF
driver turned groff's embedded Type 1 glyphs into outlines (red team 48), as "convert text to
paths" in a drawing program or Ghostscript's `-dNoOutputFonts` do. Such a file has no text to
read and no picture of a page either; told that it "looks scanned, OCR is needed", an editor
went looking for a scanner instead of exporting the leaflet again with its fonts.
"""

from __future__ import annotations

import re

import pypdf

from ingest.pdf.xobjects import MAX_FORM_DEPTH, drawn_xobjects

MIN_OUTLINE_PATHS = 300  # subpaths on a page at least: a page of glyphs, not a logo, a rule or a chart

_SUBPATH = re.compile(rb"(?<![^\s\]\)>])m(?=\s)")  # the `m` (moveto) operator: each glyph's outline starts one or more
_INLINE_IMAGE = re.compile(rb"(?<![^\s])BI(?=\s)")

OUTLINED = ("no text layer: the text is drawn as shapes (outlines), not as characters, so there is nothing "
            "to read and no scan either; export the leaflet again with its fonts (a PDF that keeps its text), "
            "or OCR it")


def drawn_as_outlines(pages: list[pypdf.PageObject]) -> bool:
    """Whether no page draws an image (of any size) and some page draws many subpaths
    (`MIN_OUTLINE_PATHS`): the text of a page without text is then shapes, not a picture."""
    counts = []
    for page in pages:
        contents = page.get_contents()
        if contents is None:
            continue
        found = _drawn(page, contents.get_data(), 0)
        if found is None:
            return False
        counts.append(found)
    return max(counts, default=0) >= MIN_OUTLINE_PATHS


def _drawn(owner, content: bytes, depth: int) -> int | None:
    """The subpaths `content` draws, with those of the forms it draws; None where it draws an image."""
    if _INLINE_IMAGE.search(content):
        return None
    paths = len(_SUBPATH.findall(content))
    for xobject in drawn_xobjects(owner, content):
        if xobject.get("/Subtype") == "/Image":
            return None
        if xobject.get("/Subtype") == "/Form" and depth < MAX_FORM_DEPTH:
            inner = _drawn(xobject, xobject.get_data(), depth + 1)
            if inner is None:
                return None
            paths += inner
    return paths
