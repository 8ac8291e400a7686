"""The files a PDF carries as attachments (`embedded_files`): a leaflet sent inside a cover letter.

pdfattach, pdftk's `attach_files`, a word processor's "embed file" and a document system's
cover letter put a file inside a PDF (its /EmbeddedFiles name tree, or a page's paper-clip
annotation); a viewer lists it beside the page, and pypdf's text extraction never reads it. Red
team 48's leaflet stood so inside a one-page letter ("In de bijlage van dit document vindt u de
folder"), and only the letter was indexed, with no word of what was left out. Each attached file
is handed back with its name, or, where it cannot be taken out, with the cause, so that the
pipeline reads it as a leaflet of its own or names it in a warning. The attachments of an
attachment are not looked for: one level is what a cover letter holds.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from pathlib import PurePosixPath, PureWindowsPath

import pypdf

MAX_ATTACHMENTS = 20  # far beyond a cover letter's enclosures; a file carrying more is an archive


@dataclass(frozen=True)
class Attachment:
    """One attached file: its name (as the PDF gives it, folders left off) and its bytes,
    or, where they cannot be had, `cause`."""

    name: str
    data: bytes = b""
    cause: str = ""


def embedded_files(data: bytes, max_bytes: int) -> list[Attachment]:
    """The files attached to the PDF `data`, in the order the PDF lists them; none where the
    PDF cannot be opened (its own reader names that). A file larger than `max_bytes`, past
    `MAX_ATTACHMENTS`, or whose stream is damaged comes back with its cause, not its bytes."""
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            return []
        found = [(entry.name, entry) for entry in reader.attachment_list]
    except Exception:  # pypdf raises many kinds of errors on damaged files; `read_pdf` names them
        return []
    found += _annotated(reader)
    out: list[Attachment] = []
    for number, (name, entry) in enumerate(found):
        name = _base_name(str(name or "")) or f"bijlage-{number + 1}"
        if number >= MAX_ATTACHMENTS:
            out.append(Attachment(name, cause=f"not read: the PDF carries more than {MAX_ATTACHMENTS} attachments"))
            continue
        try:
            content = entry.content if hasattr(entry, "content") else entry
        except Exception as error:  # a damaged or undecodable stream
            out.append(Attachment(name, cause=f"the attachment cannot be taken out ({error.__class__.__name__})"))
            continue
        if len(content) > max_bytes:
            out.append(Attachment(name, cause=f"the attachment is too large ({len(content):,} bytes; the limit is "
                                              f"{max_bytes:,})"))
        elif not content:
            out.append(Attachment(name, cause="the attachment is empty (0 bytes)"))
        else:
            out.append(Attachment(name, bytes(content)))
    return _once(out)


def _annotated(reader: pypdf.PdfReader) -> list[tuple[str, bytes]]:
    """The files attached to the pages by paper-clip annotations (/FileAttachment), which the
    name tree (`attachment_list`) does not list."""
    found = []
    try:
        pages = list(reader.pages)
    except Exception:
        return []
    for page in pages:
        try:
            for annotation in page.get("/Annots") or ():
                annotation = annotation.get_object()
                if annotation.get("/Subtype") != "/FileAttachment":
                    continue
                spec = annotation["/FS"].get_object()
                stream = spec["/EF"].get_object()
                stream = (stream.get("/UF") or stream.get("/F")).get_object()
                found.append((str(spec.get("/UF") or spec.get("/F") or ""), stream.get_data()))
        except Exception:  # a damaged annotation: the page and the other attachments still stand
            continue
    return found


def _base_name(name: str) -> str:
    """The file's name without the folders a PDF may keep with it ("C:\\Brieven\\folder.pdf")."""
    return PureWindowsPath(PurePosixPath(name.strip()).name).name.strip()


def _once(attachments: list[Attachment]) -> list[Attachment]:
    """Each attached file once: a file both in the name tree and clipped to a page is one."""
    seen: set[tuple[str, bytes]] = set()
    out = []
    for attachment in attachments:
        key = (attachment.name, attachment.data if not attachment.cause else attachment.cause.encode())
        if key not in seen:
            seen.add(key)
            out.append(attachment)
    return out
