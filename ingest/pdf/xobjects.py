"""The images and forms a content stream draws (`drawn_xobjects`), not those its resources
merely hold: a resource may be shared with other pages, and only what a page draws tells
what is on it (a scan, a page of outlines). A page that draws one form and nothing else is
read as that form's content (`unwrapped`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pypdf
from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, NameObject

MAX_WRAPPER_BYTES = 2048  # a page that only draws its one form: "q 1 0 0 1 -84 -77 cm /Im1 Do Q"
MAX_FORM_DEPTH = 3  # forms drawn inside forms, as deep as the reader looks for text, images and outlines


def drawn_xobjects(owner: DictionaryObject, content: bytes) -> Iterator[DictionaryObject]:
    """Each XObject of `owner`'s resources (a page's, a form's) that `content` draws with `Do`."""
    resources = owner.get("/Resources")
    resources = resources.get_object() if resources is not None else None
    xobjects = resources.get("/XObject") if resources else None
    for name, item in (xobjects.get_object().items() if xobjects else ()):
        if re.search(re.escape(str(name).encode()) + rb"\s+Do\b", content):
            yield item.get_object()


# Operators that set how what follows is drawn, drawing nothing and naming no resource: a
# page whose content is these and one form's `Do` draws that form and nothing else.
_WRAPPING = frozenset({b"q", b"Q", b"cm", b"w", b"J", b"j", b"M", b"d", b"ri", b"i",
                       b"g", b"G", b"rg", b"RG", b"k", b"K"})


def unwrapped(page: pypdf.PageObject) -> pypdf.PageObject:
    """The page read as the content of the one form it draws, where its own content draws
    that form and nothing else (so deep as `MAX_FORM_DEPTH`); else the page itself.

    pdfcrop, pdfjam and some printer drivers set each page of a document as a form (its
    content `q 1 0 0 1 -84 -77 cm /Im1 Do Q`), every word and font inside the form. The
    repairs that read the page's own content stream again (`fragments._rewritten`: groff's
    kerning splits, a table row's cells, glyphs drawn twice) never reached text inside a form,
    and a cropped groff leaflet read "de r underlintworm", "T elefoon" (red team 48) where
    its uncropped original read right. Read as the form's content, put where the page puts
    it (its `cm`s and the form's `/Matrix`), with the form's resources, it reads as the
    original page does. The copy keeps the page's boxes and turn."""
    for _ in range(MAX_FORM_DEPTH):
        inlined = _form_inlined(page)
        if inlined is None:
            return page
        page = inlined
    return page


def _form_inlined(page: pypdf.PageObject) -> pypdf.PageObject | None:
    """A copy of the page whose one `Do` of a form is that form's content, or None where the
    page draws anything else, no form, or more than one thing."""
    try:
        contents = page.get_contents()
        if contents is None:
            return None
        data = contents.get_data()  # a wrapper's content is a few operators: a page of text is not parsed twice
        if len(data) > MAX_WRAPPER_BYTES or len(re.findall(rb"\bDo\b", data)) != 1:
            return None
        operations = pypdf.generic.ContentStream(contents, page.pdf, "bytes").operations
        drawn = [at for at, (_, operator) in enumerate(operations) if operator == b"Do"]
        if len(drawn) != 1 or any(operator not in _WRAPPING for _, operator in operations if operator != b"Do"):
            return None
        operands = operations[drawn[0]][0]
        form = page["/Resources"].get_object()["/XObject"].get_object()[operands[0]].get_object()
        if form.get("/Subtype") != "/Form":
            return None
        inside = pypdf.generic.ContentStream(form, page.pdf, "bytes").operations
        matrix = [FloatObject(float(value)) for value in form.get("/Matrix", [1, 0, 0, 1, 0, 0])]
        if len(matrix) != 6:
            return None
    except Exception:  # an unreadable stream or resource: the page is read as it stands
        return None
    placed = [([], b"q"), (ArrayObject(matrix), b"cm"), *inside, ([], b"Q")]
    stream = pypdf.generic.ContentStream(None, page.pdf)
    stream.operations = operations[:drawn[0]] + placed + operations[drawn[0] + 1:]
    copy = pypdf.PageObject(page.pdf)
    copy.update(page)
    copy[NameObject("/Contents")] = stream
    if "/Resources" in form:
        copy[NameObject("/Resources")] = form["/Resources"].get_object()
    return copy
