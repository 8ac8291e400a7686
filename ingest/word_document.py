"""A Word document (.docx) read as the page it makes.

Hospitals keep many leaflets as Word files; ignored, a folder's `.docx` left no trace in the
index (red team 63). mammoth turns a document into plain, semantic HTML by its paragraph
styles, the job it is made for; the HTML reader then reads that page as any other. Word's Title
style is the page's `<h1>` and its headings one level under it, so "Heading 1" heads a section
of the title, not a second title; a picture is left out, not carried as a data URI. The
document's own title (its core properties) is the page's `<title>`, which the HTML reader weighs
as it weighs any page's ("Microsoft Word - folder.docx" is none). A page header or footer
(Word's running lines) is no part of the page.
"""

from __future__ import annotations

import html
import io
import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import mammoth

from ingest.document import IngestError

_STYLE_MAP = "\n".join([
    "p[style-name='Title'] => h1:fresh",
    "p[style-name='Subtitle'] => p:fresh",
    *(f"p[style-name='heading {level}'] => h{level + 1}:fresh" for level in range(1, 6)),
])
_TITLE = "{http://purl.org/dc/elements/1.1/}title"
# What a document may hold unpacked: a leaflet's text and pictures are a few MB; a zip that unpacks
# to far more is a compression bomb, not a leaflet.
MAX_UNPACKED_BYTES = 200_000_000


def docx_page(data: bytes, path: str | Path) -> str:
    """The HTML page a Word document makes (see above); IngestError naming the file where it
    is no readable document, or holds no text."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            unpacked = sum(member.file_size for member in package.infolist())
            title = _core_title(package)
    except zipfile.BadZipFile:
        raise IngestError(path, "not a readable Word document (its .docx container is damaged)") from None
    if unpacked > MAX_UNPACKED_BYTES:
        raise IngestError(path, f"the Word document is too large unpacked ({unpacked:,} bytes; the limit is "
                                f"{MAX_UNPACKED_BYTES:,})")
    try:
        result = mammoth.convert_to_html(io.BytesIO(data), style_map=_STYLE_MAP,
                                         convert_image=mammoth.images.img_element(lambda image: {"src": ""}))
    except zipfile.BadZipFile:  # a part that fails its checksum
        raise IngestError(path, "not a readable Word document (its .docx container is damaged)") from None
    except (KeyError, OSError):  # mammoth's "Could not find main document part" (an .odt renamed, say)
        raise IngestError(path, "not a Word document (the .docx holds no main document part)") from None
    except Exception as error:  # mammoth and its XML reader raise many kinds of errors
        raise IngestError(path, f"the Word document could not be read ({error.__class__.__name__})") from None
    if not any(ch.isalnum() for ch in re.sub(r"<[^>]*>", "", result.value)):
        raise IngestError(path, "the Word document holds no text")
    return (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{html.escape(title)}</title></head>\n'
            f"<body>\n{result.value}\n</body></html>\n")


def _core_title(package: zipfile.ZipFile) -> str:
    """The title the document's core properties give, or "" where they give none."""
    try:
        root = ElementTree.fromstring(package.read("docProps/core.xml"))
    except (KeyError, zipfile.BadZipFile, ElementTree.ParseError):
        return ""
    found = root.find(_TITLE)
    return " ".join((found.text or "").split()) if found is not None else ""
