"""The images and forms a content stream draws (`drawn_xobjects`), not those its resources
merely hold: a resource may be shared with other pages, and only what a page draws tells
what is on it (a scan, a page of outlines)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pypdf.generic import DictionaryObject

MAX_FORM_DEPTH = 3  # forms drawn inside forms, as deep as the reader looks for text, images and outlines


def drawn_xobjects(owner: DictionaryObject, content: bytes) -> Iterator[DictionaryObject]:
    """Each XObject of `owner`'s resources (a page's, a form's) that `content` draws with `Do`."""
    resources = owner.get("/Resources")
    resources = resources.get_object() if resources is not None else None
    xobjects = resources.get("/XObject") if resources else None
    for name, item in (xobjects.get_object().items() if xobjects else ()):
        if re.search(re.escape(str(name).encode()) + rb"\s+Do\b", content):
            yield item.get_object()
