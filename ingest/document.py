"""What ingest hands to the index: leaflets and their passages.

These dataclasses are the contract between `ingest/` and `index/`; both sides
import them from here and nowhere else.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path


class IngestError(Exception):
    """A leaflet file could not be turned into passages.

    Always names the file and the cause, so an editor knows what to fix.
    """

    def __init__(self, path: str | Path, cause: str):
        self.path = str(path)
        self.cause = cause
        super().__init__(f"{self.path}: {cause}")


SCANNED_PAGES = "scanned pages"
LOST_PAGES = "lost pages"  # a file cut short: pages that could not be read
UNREAD_PAGES = "unread pages"  # pages whose text layer is glyph codes, not words (no ToUnicode)
GARBLED_PAGES = "garbled pages"  # pages (or a file) of OCR text whose words are mostly misread
PERSONAL_DETAILS = "personal details"  # the head of a record, letter or label naming a patient, left out
BRAILLE_TEXT = "braille-ready text"  # a transcription for an embosser, not print (ingest/braille_text.py)
REVIEW_COPY = "review copy"  # a diff or redline between two versions: only the new text was read


@dataclass(frozen=True)
class IngestWarning:
    """Something an editor should know about a file that was indexed all the same, named
    by its `kind` and the (cited) `pages` it concerns; the CLI and the app word it."""

    path: str
    kind: str
    pages: tuple[int, ...] = ()

    @property
    def message(self) -> str:
        """The warning in English, as `leaflets ingest` prints it."""
        if self.kind == SCANNED_PAGES and len(self.pages) == 1:
            return (f"page {page_list(self.pages)} is only an image, with no text (a scan?); its "
                    "words cannot be found until OCR is done")
        if self.kind == SCANNED_PAGES:
            return (f"pages {page_list(self.pages)} are only images, with no text (scans?); their "
                    "words cannot be found until OCR is done")
        if self.kind == LOST_PAGES:
            return (f"the file is cut short or damaged: {'page' if len(self.pages) == 1 else 'pages'} "
                    f"{page_list(self.pages)} could not be read; the other pages are indexed")
        if self.kind == UNREAD_PAGES:
            return (f"the text of {'page' if len(self.pages) == 1 else 'pages'} {page_list(self.pages)} "
                    "cannot be read (its fonts map no glyph to a letter); its words cannot be found until "
                    "OCR is done; the other pages are indexed")
        if self.kind == GARBLED_PAGES and not self.pages:
            return ("the file's text is mostly not words of its language (a poor OCR of a photo or "
                    "scan?); its words are hard to find: check it, or run OCR again on a better image")
        if self.kind == GARBLED_PAGES:
            return (f"the text of {'page' if len(self.pages) == 1 else 'pages'} {page_list(self.pages)} "
                    "is mostly not words of the leaflet's language (a poor OCR of a photo or scan?); its "
                    "words are hard to find: check it, or run OCR again on a better image")
        if self.kind == BRAILLE_TEXT:
            return ("the file is braille-ready text for an embosser (BRF), not print text: its words are braille "
                    "signs and contractions that match no question; add the leaflet's print edition to make it "
                    "findable")
        if self.kind == REVIEW_COPY:
            return ("the file is a review copy that shows changes between two versions (a diff, a redline, "
                    "tracked changes): only the new version's text was indexed, without the deleted text and "
                    "change marks; check it, and add the clean current version of the leaflet when you have it")
        if self.kind == PERSONAL_DETAILS:
            return ("the file is addressed to or kept for one patient (a health record, a letter, a pharmacy "
                    "label): its head with their personal details (name, address, birth date, patient number) "
                    "was left out of the passages; check that the rest names no patient before sharing it")
        return self.kind

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


def page_list(numbers: tuple[int, ...] | list[int]) -> str:
    """'3', '2-4, 7, 9-10': page numbers as an editor reads them."""
    runs: list[list[int]] = []
    for number in numbers:
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    return ", ".join(str(run[0]) if len(run) == 1 else f"{run[0]}-{run[-1]}" for run in runs)


@dataclass(frozen=True)
class Leaflet:
    """One leaflet: where it came from and what it says about itself.

    Fields that neither the text nor the catalog state stay empty; nothing is
    invented. `updated` is an ISO date (YYYY-MM-DD), or YYYY-MM where the leaflet
    states only a month ("laatst goedgekeurd in 10/2022"), or "".
    """

    id: str
    title: str
    source_path: str
    content_hash: str
    url: str = ""
    publisher: str = ""
    language: str = ""
    updated: str = ""
    paged: bool = False


@dataclass(frozen=True)
class Passage:
    """A piece of a leaflet that can be shown and cited on its own.

    `span` is a [start, end) character range into the leaflet's cleaned text;
    `pages` is empty for unpaged sources and lists every page the passage
    touches for PDFs, `page_starts` where each of those pages begins in `text`
    (so that a sentence inside a passage over pages 3-4 is cited at its own page).
    `position` is its order within the leaflet.
    """

    id: str
    leaflet_id: str
    headings: tuple[str, ...]
    text: str
    span: tuple[int, int]
    position: int
    pages: tuple[int, ...] = ()
    page_starts: tuple[int, ...] = ()

    def page_of(self, offset: int) -> int | None:
        """The page of the character at `offset` in `text`; None for unpaged sources."""
        if not self.pages:
            return None
        starts = self.page_starts if len(self.page_starts) == len(self.pages) else (0,)
        return self.pages[max(i for i, at in enumerate(starts) if at <= max(offset, 0))]


@dataclass(frozen=True)
class IngestedLeaflet:
    """A leaflet with its cleaned text and the passages cut from it."""

    leaflet: Leaflet
    text: str
    passages: list[Passage] = field(default_factory=list)
    warnings: tuple[IngestWarning, ...] = ()


UPLOAD_PREFIX = "upload-"  # the app stores an editor's `acne.pdf` as `upload-acne.pdf`


def given_stem(path: Path | str) -> str:
    """A leaflet file's name less its extension, as its author gave it: a file stored from the
    app's upload page by the name the editor uploaded ("upload-acne.pdf" -> "acne"). A title
    found by, or taken from, the file's name must not read "upload-acne": a user test's
    uploaded `acne.pdf` was titled so, as "upload" outweighed "acne" in the name."""
    stem = Path(path).stem
    return stem.removeprefix(UPLOAD_PREFIX) or stem


def content_hash(data: bytes) -> str:
    """Hash of a source file's bytes: changes exactly when the file changes."""
    return hashlib.sha256(data).hexdigest()


def passage_id(leaflet_id: str, text: str) -> str:
    """Stable id from leaflet and content: unchanged text keeps its id."""
    digest = hashlib.sha256(f"{leaflet_id}\x00{text}".encode()).hexdigest()
    return digest[:16]


def same_text_key(text: str) -> str:
    """What two passages must share to count as the same text (one section that several
    leaflets print word for word): their words, whatever the line breaks and spacing."""
    return " ".join(text.split())
