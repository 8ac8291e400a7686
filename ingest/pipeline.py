"""Files in, cited passages out: one function per file, one to find the files.

    load (by content type) → clean → find structure → split into passages

A file is usually one leaflet (`ingest_file`); a PDF whose catalog entry names
page ranges (`parts`) is several, and so is a PDF that carries leaflets as attachments
(`ingest_leaflets` handles all). Every failure
is an IngestError naming the file and the cause, so one bad file in a folder is
reported and skipped, never a crash or a silent gap.
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from ingest.aria_snapshot import is_aria_snapshot, read_aria_snapshot
from ingest.asciidoc import asciidoc_as_markdown, is_asciidoc
from ingest.bbcode import bbcode_as_markdown, is_bbcode
from ingest.braille_text import is_braille_ready
from ingest.captions import captions_transcript, is_captions
from ingest.catalog import Catalog, CatalogEntry, CatalogPart
from ingest.chat_export import chat_as_markdown, is_chat_export
from ingest.clean import CleanText, clean
from ingest.code_cells import without_code_cells
from ingest.creole import creole_as_markdown, is_creole
from ingest.dates import find_updated
from ingest.dvi2tty import dvi2tty_as_plain, is_dvi2tty
from ingest.document import (BRAILLE_TEXT, GARBLED_PAGES, LOST_PAGES, PERSONAL_DETAILS, REVIEW_COPY, SCANNED_PAGES,
                             UNREAD_PAGES, IngestedLeaflet, IngestError, IngestWarning, Leaflet, content_hash, given_stem)
from ingest.dokuwiki import dokuwiki_as_markdown, is_dokuwiki
from ingest.html import load_html
from ingest.html.encoding import decode_page
from ingest.html.text_page import TextPage, preformatted_text
from ingest.word_document import docx_page
from ingest.title_frame import MAX_ABBREVIATION_LETTERS, unshouted
from ingest.html_in_text import SAME_WORDS, appended_html, is_stray_doctype, share_of_words, with_title_line, without_stray_doctype
from ingest.info import is_info, load_info
from ingest.feed_items import feed_leaflet, without_feed_footer
from ingest.extractor_report import ExtractorReport, read_extractor_report
from ingest.feed_labels import is_rsstail_text, read_rsstail_items
from ingest.feed_page import FeedItem, items_as_html, newest_date
from ingest.feed_tsv import is_sfeed_tsv, read_sfeed_items
from ingest.haddock import haddock_as_markdown, is_haddock
from ingest.hl7_message import read_hl7_message, without_printed_escapes
from ingest.jira import is_jira, jira_as_markdown
from ingest.chunk_records import read_chunk_records
from ingest.clinical_document import ClinicalPage, clinical_document_page, holds_clinical_document, without_patient
from ingest.faq_records import read_faq_records
from ingest.json_tables import json_in_tables
from ingest.openehr_composition import read_openehr_composition
from ingest.qti2txt_quiz import read_qti2txt
from ingest.rivescript import read_rivescript
from ingest.json_text import is_html_fragment, read_json_document
from ingest.keyed_document import KeyedDocument
from ingest.justext import is_justext, justext_as_markdown
from ingest.language import guess_language
from ingest.letter_head import without_letter_head
from ingest.locale_keys import read_locale_keys
from ingest.lower_case_text import sentence_cased
from ingest.ocr_words import unreadable_pages
from ingest.markdown_signs import is_markdown
from ingest.mime_message import Message, MessageBody, read_message
from ingest.aiken_questions import read_aiken
from ingest.gift_questions import gift_as_html
from ingest.note_export import is_note_export, notes_as_html, read_notes
from ingest.notmuch_text import is_notmuch_text, read_notmuch_text
from ingest.mediawiki import is_mediawiki, mediawiki_as_markdown
from ingest.muse import is_muse, muse_as_markdown
from ingest.org import ORG_SUFFIXES, is_org, org_as_markdown
from ingest.pdf import PdfDocument, load_pdf, pdf_source, read_pdf
from ingest.pdf.attachments import Attachment, embedded_files
from ingest.pdf_structure_text import is_pdf_structure_text, read_pdf_structure_text
from ingest.record_header import without_record_header
from ingest.review_copy import read_review_copy
from ingest.roff import is_roff, roff_as_markdown
from ingest.untex import is_untex, untex_as_markdown
from ingest.pod import is_pod, pod_as_markdown
from ingest.program_literal import unwrapped_literal
from ingest.rst import is_rst, rst_as_html
from ingest.screen_reader_log import is_screen_reader_log, read_screen_reader_log
from ingest.source import SourceText
from ingest.split import DEFAULT_MAX_WORDS, split_outline
from ingest.spreadsheet import sheet_as_plain, sheet_rows
from ingest.structure import Outline, find_outline, publisher_in, running_sender
from ingest.text import decode_text, load_text
from ingest.texinfo import is_texinfo, load_texinfo
from ingest.textile import is_textile, textile_as_markdown
from ingest.toot_archive import TootThread, read_toot_archive
from ingest.translation_catalog import read_translation_catalog
from ingest.wikiextractor import read_wikiextractor
from ingest.xwiki import is_xwiki, xwiki_as_markdown
from ingest.zim import is_zim, zim_as_markdown

# `.eml` is a mail client's saved message, `.mht` and `.mhtml` a browser's saved page (ingest/mime_message.py);
# `.csv` a spreadsheet's rows (ingest/spreadsheet.py), `.vtt` and `.srt` a video's captions (ingest/captions.py).
# `.docx` a Word document (ingest/word_document.py).
SUPPORTED = {".txt", ".csv", ".md", ".markdown", ".html", ".htm", ".pdf", ".rst", ".rest", ".org", ".eml", ".mht", ".mhtml",
             ".vtt", ".srt", ".docx"}
# How `detect_kind` tells a file's type; a file skipped under an older rule is read again.
# 2: an HTML page named .pdf is read as HTML (it was refused as "not a PDF").
# 3: a .docx is read as a Word document (it was ignored, or refused as binary data).
KIND_RULES = 3
CATALOG_NAME = "catalog.toml"
DEFAULT_MAX_BYTES = 50_000_000
# Far beyond any leaflet (EMA's 363-page product information holds about 150,000 words), and
# about five minutes of embedding on two cores: a file past it is a data dump or a book, whose
# hours of embedding would block an editor's upload without warning.
MAX_LEAFLET_WORDS = 1_000_000
_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
                         re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True)
class SourceScan:
    """What a walk over the files and folders given to ingest found: the leaflet files to
    read, the files of other types (named as ignored), and what it would not follow (a link
    that leads out of its folder or nowhere, a folder it may not open), each with its cause."""

    files: list[Path]
    unsupported: list[Path]
    refused: list[IngestError]


def scan_sources(paths: list[Path]) -> SourceScan:
    """Walk `paths`: folders recursively (hidden files and folders and any `catalog.toml` left
    out), in sorted order; a file named explicitly is taken as it is, a link included (the
    user chose it).

    Inside a folder, a link is followed only where it stays inside that folder: one that
    leads out of it (a private file beside the sources) or to nothing is refused with its
    cause, never read, as is a named pipe or device. (A link into a hidden folder inside is
    read: it is a name someone put in the folder on purpose.) A link to a file of the folder that is read anyway is not read a
    second time; a linked folder inside is walked where it stands.
    """
    files: list[Path] = []
    refused: list[IngestError] = []
    for path in map(Path, paths):
        if path.is_dir():
            _walk(path, path.resolve(), files, refused)
        elif path.name.startswith(".") or path.name == CATALOG_NAME:
            continue
        elif path.exists() and not path.is_file():
            refused.append(IngestError(path, _NOT_A_FILE))
        else:
            files.append(path)
    kept = _read_once(files)
    return SourceScan(sorted(p for p in kept if p.suffix.lower() in SUPPORTED),
                      sorted(p for p in kept if p.suffix.lower() not in SUPPORTED), refused)


def find_sources(paths: list[Path]) -> list[Path]:
    """The leaflet files among `paths`: folders searched recursively, sorted.

    Files of unsupported types (see `unsupported_files`), hidden files, the catalog and links
    that lead out of their folder or to nothing (see `scan_sources`) are skipped; a file named
    explicitly is kept when its type is supported.
    """
    return scan_sources(paths).files


def unsupported_files(paths: list[Path]) -> list[Path]:
    """The files `find_sources` passes over for their type (a Word document, an image), sorted,
    so that a leaflet saved in a format we cannot read is named rather than silently missing."""
    return scan_sources(paths).unsupported


def _walk(folder: Path, inside: Path, files: list[Path], refused: list[IngestError]) -> None:
    """Add the files under `folder` to `files`, and what cannot be followed to `refused`;
    `inside` is the resolved folder that was given, which no link may lead out of."""
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as error:
        refused.append(IngestError(folder, f"the folder cannot be read ({error.strerror or error})"))
        return
    for entry in entries:
        path = Path(entry.path)
        if entry.name.startswith(".") or entry.name == CATALOG_NAME:
            continue
        if entry.is_symlink():
            cause = _link_cause(path, inside)
            if cause:
                refused.append(IngestError(path, cause))
            elif path.is_file():  # a linked folder inside is walked where it stands
                files.append(path)
            elif not path.is_dir():
                refused.append(IngestError(path, _NOT_A_FILE))
        elif entry.is_dir(follow_symlinks=False):
            _walk(path, inside, files, refused)
        elif entry.is_file(follow_symlinks=False):
            files.append(path)
        else:  # a pipe or a device: reading it would never end
            refused.append(IngestError(path, _NOT_A_FILE))


_NOT_A_FILE = "not a file but a named pipe, socket or device: never read, as reading it might never end"


def _link_cause(link: Path, inside: Path) -> str:
    """Why a link found in the folder `inside` is not followed, or "" when it may be."""
    try:
        target = link.resolve()
        exists = target.exists()
    except RuntimeError:  # Python 3.11: "Symlink loop from ..."
        return f"a broken link: it leads round in a loop ({os.readlink(link)})"
    except OSError as error:
        return f"a link that cannot be followed ({error.strerror or error})"
    if not exists:
        return f"a broken link: {target} does not exist"
    if not target.is_relative_to(inside):
        return f"a link to a {'folder' if target.is_dir() else 'file'} outside the folder: {target}"
    return ""


def _read_once(files: list[Path]) -> set[Path]:
    """`files` less the links to a file that is read anyway (itself or through another link):
    one file, one leaflet, rather than a second one refused for holding the first one's id."""
    real = {path.resolve() for path in files if not path.is_symlink()}
    kept, seen = set(), set()
    for path in files:
        if path.is_symlink():
            target = path.resolve()
            if target in real or target in seen:
                continue
            seen.add(target)
        kept.add(path)
    return kept


def ingest_file(
    path: Path,
    *,
    root: Path | None = None,
    catalog: Catalog | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_words: int = DEFAULT_MAX_WORDS,
) -> IngestedLeaflet:
    """Read one leaflet file into its metadata, cleaned text and passages.

    A file the catalog splits into several leaflets is refused here: read it
    with `ingest_leaflets`.
    """
    items = ingest_leaflets(path, root=root, catalog=catalog, max_bytes=max_bytes, max_words=max_words)
    if len(items) != 1:
        raise IngestError(path, f"the catalog splits this file into {len(items)} leaflets; "
                          "read it with ingest_leaflets")
    return items[0]


def ingest_leaflets(
    path: Path,
    *,
    root: Path | None = None,
    catalog: Catalog | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_words: int = DEFAULT_MAX_WORDS,
    standing_for: Path | None = None,
) -> list[IngestedLeaflet]:
    """Every leaflet in one file: one, or one per catalog part of a multi-leaflet PDF.

    Parts keep the document's page numbers (`page_offset` added), so citations
    and `#page=N` links point at the document's real pages. A file `standing_for` another in
    `root` (a corrected leaflet stored elsewhere, read in its place) is keyed by that file's
    name: its id and catalog entry are the other file's.
    """
    path = Path(path)
    data = _read(path, max_bytes)
    key = _relative_key(Path(standing_for or path), root)
    entry = (catalog or Catalog()).entry_for(key)
    kind = detect_kind(data, path)
    if kind == "pdf":
        return _with_attachments(path, key, data, entry, max_bytes, max_words,
                                 lambda: _named_as_read(kind, path, _own_leaflets(path, key, data, entry, kind, max_words)))
    return _named_as_read(kind, path, _own_leaflets(path, key, data, entry, kind, max_words))


def _own_leaflets(path: Path, key: str, data: bytes, entry: CatalogEntry, kind: str,
                  max_words: int) -> list[IngestedLeaflet]:
    """The leaflets of the file's own text: one, or one per catalog part of a PDF."""
    if not entry.parts:
        source = without_feed_footer(load_source(data, path))
        if entry.page_offset and source.page_starts:
            source = replace(source, first_page=1 + entry.page_offset)
        feed = feed_leaflet(source)
        if feed is None:
            return [_ingest_source(path, key, data, entry, source, max_words)]
        item = _ingest_source(path, key, data, entry, feed.source, max_words)
        if not feed.left_out:
            return [item]
        left_out = IngestWarning(str(path), _left_out(feed.source.title, feed.left_out))
        return [replace(item, warnings=(*item.warnings, left_out))]
    if kind != "pdf":
        raise IngestError(path, "the catalog names page ranges (parts), but the file is not a PDF")
    document = read_pdf(data, path)
    return [_ingest_source(path, key, data, _part_entry(entry, part), _part_source(document, path, entry, part),
                           max_words) for part in entry.parts]


def _left_out(title: str, others: tuple[str, ...]) -> str:
    """The warning on a feed's dump read as its longest post or episode (`ingest.feed_items`)."""
    named = "; ".join(repr(other) for other in others)
    return (f"the file holds {len(others) + 1} posts or episodes of a feed: the longest, {title!r}, is indexed, "
            f"the other {len(others)} left out ({named}); save each as a file of its own to index it")


def _with_attachments(path: Path, key: str, data: bytes, entry: CatalogEntry, max_bytes: int, max_words: int,
                      own: Callable[[], list[IngestedLeaflet]]) -> list[IngestedLeaflet]:
    """A PDF's own leaflets (`own`), then a leaflet for each file it carries as an attachment
    (`embedded_files`) that ingest reads (a PDF, a web page, a text), each named after the PDF
    and the attachment: `<the PDF's id>-<the attachment's name>`, cited as its own title. The PDF's
    own text stays a leaflet too (a cover letter says what the enclosed leaflet does not: a waiting
    list, who to call), under the id it always had. An attachment that cannot be read is named
    in a warning on the PDF's first leaflet; where the PDF's own text cannot be read (a letter
    scanned) but an attachment can, the attachments are indexed and the PDF's cause is a warning."""
    attachments = embedded_files(data, max_bytes)
    try:
        items = own()
    except IngestError as error:
        if not attachments:
            raise
        items, own_cause = [], error.cause
    else:
        own_cause = ""
    base = entry.id or slugify(key)
    ids = {item.leaflet.id for item in items}
    warnings: list[IngestWarning] = [IngestWarning(str(path), f"the PDF's own text is not indexed: {own_cause}")] \
        if own_cause else []
    read = {item.text for item in items}  # a text already indexed (the PDF attached to itself) is read once
    for attachment in attachments:
        cause = attachment.cause
        if not cause:
            try:
                item = _attached_leaflet(path, key, data, attachment, _attachment_id(base, attachment.name, ids),
                                         entry, max_words)
                if item.text in read:
                    continue
                read.add(item.text)
                ids.add(item.leaflet.id)
                items.append(item)
                continue
            except IngestError as error:
                cause = error.cause
        warnings.append(IngestWarning(str(path), f"its attachment {attachment.name} is not indexed: {cause}"))
    if not items:  # attachments, none of them readable, and no text of its own
        raise IngestError(path, f"{own_cause}; {'; '.join(w.kind for w in warnings[1:])}")
    first = items[0]
    return [replace(first, warnings=(*first.warnings, *warnings)), *items[1:]]


def _attachment_id(base: str, name: str, taken: set[str]) -> str:
    """`<the PDF's id>-<the attachment's name>`, numbered on where two attachments share a name."""
    found = f"{base}-{slugify(name)}"
    number = 2
    while found in taken:
        found, number = f"{base}-{slugify(name)}-{number}", number + 1
    return found


def _attached_leaflet(path: Path, key: str, data: bytes, attachment: Attachment, leaflet_id: str,
                      entry: CatalogEntry, max_words: int) -> IngestedLeaflet:
    """One attached file read as a leaflet of its own: its text, title and date its own, the
    PDF's catalog entry giving only its publisher and language. Its `source_path` and hash are
    the PDF's, which holds it (the file that is stored, changed and removed); it cites its own
    pages, but links to the PDF without a page (`paged` off), as `#page=N` would open the
    letter's page N, not the attachment's. Its own attachments are not looked for."""
    inner = Path(attachment.name)
    if inner.suffix.lower() not in SUPPORTED and detect_kind(attachment.data, inner.with_suffix(".txt")) == "plain":
        raise IngestError(path, f"its type ({inner.suffix or 'no extension'}) is not one ingest reads; "
                                "save it as a file of its own in a supported format")
    try:
        source = load_source(attachment.data, inner)
    except IngestError as error:
        raise IngestError(path, error.cause) from None
    except Exception as error:  # a loader's bug on a strange attachment must not lose the PDF's own leaflet
        raise IngestError(path, f"the attachment cannot be read ({error.__class__.__name__})") from None
    attached_entry = CatalogEntry(id=leaflet_id, publisher=entry.publisher, language=entry.language)
    item = _ingest_source(path, key, data, attached_entry, source, max_words)
    return replace(item, leaflet=replace(item.leaflet, paged=False))


def _named_as_read(kind: str, path: Path, items: list[IngestedLeaflet]) -> list[IngestedLeaflet]:
    """`items`, with a warning where the file's name says another type than its content and
    its link (no catalog URL) is the file itself, which a browser opens by its name."""
    suffix = path.suffix.lower()
    if kind == "pdf" and suffix != ".pdf":
        misnamed = (f"the file is a PDF named {suffix or 'without extension'}: read as a PDF, but its "
                    "link opens it as its name says; rename it to .pdf")
    elif kind == "html" and suffix == ".pdf":
        misnamed = ("the file is an HTML page named .pdf: read as HTML, but its link opens it as a "
                    "PDF; rename it to .html")
    else:
        return items
    return [replace(item, warnings=(*item.warnings, IngestWarning(str(path), misnamed)))
            if not item.leaflet.url else item for item in items]


def _part_source(document: PdfDocument, path: Path, entry: CatalogEntry, part: CatalogPart) -> SourceText:
    """The pages of one catalog part, numbered as the document numbers them."""
    first, last = part.first_page - entry.page_offset, part.last_page - entry.page_offset
    if first < 1 or last > len(document.pages):
        cited = f"{1 + entry.page_offset}-{len(document.pages) + entry.page_offset}"
        raise IngestError(path, f'catalog part "{part.id}": pages {part.first_page}-{part.last_page} '
                          f"are not in the file (it holds pages {cited})")
    return pdf_source(document, path, range(first - 1, last), part.first_page)


def _part_entry(entry: CatalogEntry, part: CatalogPart) -> CatalogEntry:
    """A part's own catalog entry: its id, title and date, the file's other fields."""
    return replace(entry, id=part.id, title=part.title, updated=part.updated or entry.updated, parts=())


def _ingest_source(path: Path, key: str, data: bytes, entry: CatalogEntry, source: SourceText,
                   max_words: int) -> IngestedLeaflet:
    """Clean, outline and split one loaded leaflet."""
    words = len(source.text.split())
    if words > MAX_LEAFLET_WORDS:
        raise IngestError(path, f"too long for a leaflet ({words:,} words; the limit is "
                          f"{MAX_LEAFLET_WORDS:,}): split it into the leaflets it holds")
    source = sentence_cased(source)  # typed all in lower case: its title and headings read by their capitals
    record = without_record_header(source)  # a patient's name is no leaflet text
    letter = without_letter_head(record.source)  # nor is an addressee's
    source = letter.source
    cleaned = clean(source)
    if not any(ch.isalnum() for ch in cleaned.text):
        raise IngestError(path, "no text left after cleaning")
    outline = find_outline(cleaned, publisher=entry.publisher or source.publisher,
                           own_title=entry.title or source.title)
    leaflet = _leaflet(path, key, data, entry, source, cleaned, outline)
    passages = split_outline(cleaned, outline, leaflet.id, max_words)
    if not passages:
        raise IngestError(path, "no passages: the file has headings but no body text")
    warnings = [IngestWarning(str(path), PERSONAL_DETAILS)] if record.personal or letter.personal else []
    if source.scanned_pages:  # cited as the passages cite them (page_offset, catalog parts)
        pages = tuple(source.first_page + position for position in source.scanned_pages)
        warnings.append(IngestWarning(str(path), SCANNED_PAGES, pages))
    if source.lost_pages:
        pages = tuple(source.first_page + position for position in source.lost_pages)
        warnings.append(IngestWarning(str(path), LOST_PAGES, pages))
    if source.unread_pages:
        pages = tuple(source.first_page + position for position in source.unread_pages)
        warnings.append(IngestWarning(str(path), UNREAD_PAGES, pages))
    if source.review_copy:  # read as its new version: an editor should know what was left out
        warnings.append(IngestWarning(str(path), REVIEW_COPY))
    if is_braille_ready(source.text):  # indexed, but no question finds it
        warnings.append(IngestWarning(str(path), BRAILLE_TEXT))
    garbled = unreadable_pages(source, leaflet.language)
    if garbled:  # pages whose OCR text is mostly no words; for a text without pages, the file
        pages = tuple(source.first_page + position for position in garbled) if source.page_starts else ()
        warnings.append(IngestWarning(str(path), GARBLED_PAGES, pages))
    return IngestedLeaflet(leaflet, cleaned.text, passages, tuple(warnings))


def _read(path: Path, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size == 0:
            raise IngestError(path, "the file is empty (0 bytes)")
        if size > max_bytes:
            raise IngestError(path, f"the file is too large ({size:,} bytes; the limit is {max_bytes:,})")
        return path.read_bytes()
    except OSError as error:
        raise IngestError(path, f"the file cannot be read ({error.strerror or error})") from None


_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # a compound file: Word 97-2003, or an encrypted .docx


def detect_kind(data: bytes, path: Path) -> str:
    """ "pdf", "html", "docx", "markdown" or "plain", by content first and name second.

    Where the content is unmistakable it wins over the name, both ways: a PDF is known
    by its %PDF header (a PDF named .html is read as a PDF), HTML by its opening tags
    (`<!doctype html`, `<html>`: an HTML page named .pdf is read as HTML); any other
    file named .pdf is refused, and so is a .docx that is no zip container. A GNU Info
    file, reStructuredText (.rst, or a .txt by its signs), Org (.org, or a .txt by its
    signs), and Jira, Textile, Creole, AsciiDoc, Zim, Muse,
    DokuWiki, MediaWiki and Markdown kept as a .txt (by their signs, `_TEXT_MARKUPS`) are
    "plain" here, as an editor replaces one text file by another;
    `load_source` reads them as what they are.
    """
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if _HTML_START.match(data[:4096].lstrip(b"\xef\xbb\xbf")) and not is_stray_doctype(data):
        return "html"
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        raise IngestError(path, "not a PDF (no %PDF header): the file is damaged or misnamed")
    if suffix == ".docx":
        if data.startswith(_OLE_SIGNATURE):  # Word's older format, and how it saves a .docx with a password
            raise IngestError(path, "an old Word document (.doc) or a password-protected one: save it as .docx "
                                    "without a password, or as PDF")
        if not data.startswith(b"PK\x03\x04"):
            raise IngestError(path, "not a Word document (no .docx container): the file is damaged or misnamed")
        return "docx"
    if suffix in {".html", ".htm"}:
        return "html"
    return "markdown" if suffix in {".md", ".markdown"} else "plain"


def _not_org(path: Path) -> bool:
    return path.suffix.lower() not in ORG_SUFFIXES


# The wiki and document markups a `.txt` may be written in, each read as the Markdown of the page
# it renders, asked in this order (Info and reStructuredText are asked before them):
# - a chat's export first of all: its stamped messages open its lines, whatever markup the leaflet
#   pasted in it shows;
# - jusText's paragraph dump next: a tag opens each paragraph's line ("<p> ", "<h> ") and
#   its escaping leaves no other "<", ">" or bare "&", as no other markup writes, while the
#   paragraphs it kept of a web page may show any markup's marks ("* ", "= ", "[/b]");
# - a man page's roff source next: its request lines (".SH", ".IP") no other markup writes;
# - Perl's POD next (odf2pod's documents): its "=head1" and "=cut" commands no other markup writes;
# - a stripped LaTeX document next: its preamble's package names and its "id  Title  id" headings;
# - BBCode next: its closing tags ("[/b]", "[/list]") no other markup writes, where a forum
#   post's own text may show their line marks ("* ", "= ", "h2. ");
# - Jira and Textile first: their "hN." headings no other markup writes, and their "*" and "**"
#   lists are Org's headings too;
# - AsciiDoc before Org: its nested bullets ("** ") and anchors ("[[id]]") are Org's subheadings
#   and links too, where Org never writes a "= Title" or "== " line;
# - Creole before AsciiDoc: the two share "=" headings, and `is_creole` asks for Creole's own marks;
# - Zim's header and Muse's own signs before Org's: Muse shares its "* " headings and
#   "[[url][text]]" links, Zim its "[[...]]" links; Zim before DokuWiki, whose "=" headings it shares;
# - a file named `.org` is Org whatever else it shows.
_TEXT_MARKUPS: tuple[tuple[Callable[[str, Path], bool], Callable[[str], str]], ...] = (
    (lambda text, path: is_chat_export(text), chat_as_markdown),
    (lambda text, path: is_justext(text), justext_as_markdown),
    (lambda text, path: is_roff(text), roff_as_markdown),
    (lambda text, path: is_pod(text), pod_as_markdown),
    (lambda text, path: is_untex(text), untex_as_markdown),
    (lambda text, path: is_bbcode(text), bbcode_as_markdown),
    (lambda text, path: is_jira(text), jira_as_markdown),
    (lambda text, path: is_textile(text), textile_as_markdown),
    (lambda text, path: is_xwiki(text), xwiki_as_markdown),  # before Creole and MediaWiki: it shares their marks
    (lambda text, path: _not_org(path) and is_creole(text), creole_as_markdown),
    (lambda text, path: _not_org(path) and is_haddock(text), haddock_as_markdown),  # its "=" headings are AsciiDoc's
    (lambda text, path: _not_org(path) and is_asciidoc(text), asciidoc_as_markdown),
    (lambda text, path: is_zim(text), zim_as_markdown),
    (lambda text, path: _not_org(path) and is_muse(text), muse_as_markdown),
    (is_org, org_as_markdown),
    (lambda text, path: is_dokuwiki(text), dokuwiki_as_markdown),
    (lambda text, path: is_mediawiki(text), mediawiki_as_markdown),
)


def load_source(data: bytes, path: Path, *, hl7: bool = True) -> SourceText:
    """The loader for the file's real type; `hl7=False` for a text an HL7 message gave, so
    that text is not read as a message again."""
    literal = unwrapped_literal(data)
    if literal is not None:  # a program's `repr()` of the text: read what it holds (red team 57)
        return _literal_source(literal, path)
    kind = detect_kind(data, path)
    if kind == "pdf":
        return load_pdf(data, path)
    if kind == "docx":  # a Word document: read as the page mammoth makes of it
        return load_html(docx_page(data, path), path)
    if kind == "html":
        page = decode_page(data, path)
        shown = json_in_tables(page)
        dumped = _shown_json_source(json.dumps(shown, ensure_ascii=False), path) if shown is not None else None
        if dumped is not None:  # json2html's tables of a JSON value: read as that JSON is
            return dumped
        clinical = clinical_document_page(page)
        if clinical is not None:  # a C-CDA document in the page: its header and sections, never its patient
            return _clinical_source(clinical, path)
        if holds_clinical_document(page):  # one not read: the page, never its patient
            page = without_patient(page)
        text_file = preformatted_text(page)
        if text_file is not None:  # a text file shown as a page, in one <pre>: read as that text (red team 62)
            return _text_page_source(text_file, path)
        return load_html(with_title_line(page), path)
    if kind == "plain":
        message = read_message(data, path)
        if message is not None:
            return _message_source(message, path)
        text = decode_text(data, path)
        observations = read_hl7_message(text) if hl7 else None
        if observations == "":  # a message is never read as plain text: its header and patient would show
            raise IngestError(path, "an HL7 message without observation or note text")
        if observations is not None:  # an HL7 v2 message: its OBX (else NTE) values are the leaflet, the rest no text
            return load_source(observations.encode("utf-8"), path, hl7=False)
        unescaped = without_printed_escapes(text)  # python-hl7's printed values: `\.br\` a line break
        if unescaped != text:
            text, data = unescaped, unescaped.encode("utf-8")
        review = _review_source(text, path)
        if review is not None:  # a diff's or a blame's text: its new version, before any markup is asked
            return review
        keyed = _keyed_source(text, path)
        if keyed is not None:  # a chunker's records, a translation catalogue, a localisation file
            return keyed
        dumped = _json_source(text, path)
        if dumped is not None:  # a document's strings dumped as JSON: the text they make
            return dumped
        report = read_extractor_report(text)
        if report is not None:  # POI's or Tika's report around the text: read the text it frames
            return _reported_source(load_source(report.text.encode("utf-8"), path), report)
        articles = read_wikiextractor(text)
        if articles is not None:  # WikiExtractor's <doc> wrappers: no text, their title the title
            return replace(load_source(articles.text.encode("utf-8"), path), title=articles.title)
        message = read_notmuch_text(text) if is_notmuch_text(text) else None
        if message is not None:
            return _message_source(message, path)
        thread = read_toot_archive(text)
        if thread is not None:  # mastodon-archive's toots: their contents are html2text's Markdown
            return _thread_source(thread, path)
        alternatives = appended_html(text)
        if alternatives is not None:
            return _alternatives_source(*alternatives, path)
        if without_stray_doctype(text) != text:
            text = without_stray_doctype(text)
            data = text.encode("utf-8")
        feed = _feed_source(read_sfeed_items(text), path) if is_sfeed_tsv(text) else None
        if feed is None and is_rsstail_text(text):
            feed = _feed_source(read_rsstail_items(text), path)
        if feed is not None:  # before the note export and the spreadsheet: sfeed's posts are tab-separated rows too
            return feed
        quiz = _quiz_page_source(gift_as_html(text), path)
        if quiz is not None:  # a quiz tool's questions (GIFT): their stems the leaflet, their answers no text
            return quiz
        aiken = read_aiken(text)
        if aiken is not None:  # an Aiken quiz's stems (HTML ones read as a page); its choices no text
            stems, is_html = aiken
            quiz = _quiz_page_source(stems, path) if is_html else load_source(stems.encode("utf-8"), path)
            if quiz is not None:
                return quiz
        deck = _note_export_source(text, path) if is_note_export(text) else None
        if deck is not None:  # before the spreadsheet: a deck's notes are tab-separated rows too
            return deck
        accessible = _accessibility_dump(text)
        if accessible is not None:  # before any markup is asked: an ARIA snapshot's "- " nodes are no list's
            return load_text(accessible.encode("utf-8"), path, "markdown")
        uncoded = without_code_cells(text)  # before any markup is asked: a cell's rules and "#" comments are none
        if uncoded != text:
            text, data = uncoded, uncoded.encode("utf-8")
        transcript = captions_transcript(text) if is_captions(text) else None
        if transcript:  # a video's captions (WebVTT, SubRip): their words, no cue timings
            return load_text(transcript.encode("utf-8"), path, "plain")
        rows = sheet_rows(text, named_csv=path.suffix.lower() == ".csv")
        if rows:  # a spreadsheet's CSV or csvlook table: its commas, quotes and pipes are no markup's
            return load_text(sheet_as_plain(rows).encode("utf-8"), path, "plain")
        if is_dvi2tty(text):  # before any markup is asked: its "#" bullets and "*" marks are no markup's
            return load_text(dvi2tty_as_plain(text).encode("utf-8"), path, "plain")
        if is_info(text):  # before reStructuredText: Info's underlined titles are rST's sections too
            return load_info(text, path)
        if is_texinfo(text):  # Info's source: its "@" commands at lines' starts no other markup writes
            return load_texinfo(text, path)
        if is_rst(text, path):
            return _rst_source(text, data, path)
        for written_in, as_markdown in _TEXT_MARKUPS:
            if written_in(text, path):
                return load_text(as_markdown(text).encode("utf-8"), path, "markdown")
        if is_markdown(text):
            return load_text(data, path, "markdown")
    if kind == "markdown":
        review = _review_source(decode_text(data, path), path)
        if review is not None:  # a word diff of the Markdown, say: its new version is the Markdown
            return review
    return load_text(data, path, "markdown" if kind == "markdown" else "plain")


def _text_page_source(page: TextPage, path: Path) -> SourceText:
    """A text file shown as a page (`ingest.html.text_page`) read as any text file is, whatever
    readers that text asks for in turn (a diff's, WikiExtractor's): read under a text file's
    name, so that none of them takes it for the page again; an error still names the page. Its
    `<title>` titles it where the text names no title."""
    try:
        source = load_source(page.text.encode("utf-8"), path.with_suffix(".txt"))
    except IngestError as error:
        raise IngestError(path, error.cause) from None
    return replace(source, title=source.title or page.title)


def _literal_source(data: bytes, path: Path) -> SourceText:
    """The text a Python literal held (`ingest.program_literal`), read as any file of it is; an
    HTML fragment (breadability's `<div id="readabilityBody">`) as the page it is the body of,
    whatever the file's name: bare, the HTML reader found no main text in it."""
    if is_html_fragment(data.decode("utf-8", errors="replace")):
        return load_html(f"<html><body>\n{decode_page(data, path)}\n</body></html>\n", path)
    return load_source(data, path)


def _clinical_source(clinical: ClinicalPage, path: Path) -> SourceText:
    """A C-CDA document (`ingest.clinical_document`) read as the page it makes, its header's title,
    sender and date the leaflet's: the page's own `<title>` (the patient's name) is never read."""
    source = load_html(clinical.html, path)
    return replace(source, title=clinical.title or source.title, publisher=clinical.publisher or source.publisher,
                   updated=clinical.updated or source.updated)


def _review_source(text: str, path: Path) -> SourceText | None:
    """A review copy in text form (`ingest.review_copy`) read as the new version it shows, as any
    text file of that version is read, marked a review copy; None where `text` is none."""
    new = read_review_copy(text)
    if new is None:
        return None
    return replace(load_source(new.encode("utf-8"), path), review_copy=True)


def _accessibility_dump(text: str) -> str | None:
    """The Markdown of a page's accessibility tree dumped as text (`ingest.accessible_blocks`):
    Playwright's ARIA snapshot, a screen reader's spoken phrase log, a tagged PDF's structure tree
    (`pdfinfo -struct-text`); None where `text` is no such dump or reads to no words."""
    readers = ((is_aria_snapshot, read_aria_snapshot), (is_screen_reader_log, read_screen_reader_log),
               (is_pdf_structure_text, read_pdf_structure_text))
    for is_dump, read_dump in readers:
        if is_dump(text):
            try:
                return read_dump(text)
            except RecursionError:  # a tree nested deeper than Python recurses: read as plain text
                return None
    return None


def _reported_source(source: SourceText, report: ExtractorReport) -> SourceText:
    """The text an extractor's report framed, its metadata's title the file's own where the
    text states none, the report's lines furniture (a date there may still date the leaflet)."""
    furniture = "\n".join(line for line in (*report.furniture, source.furniture) if line)
    return replace(source, title=source.title or report.title, furniture=furniture)


def _message_source(message: Message, path: Path) -> SourceText:
    """An e-mail message (or a page saved as one) read as the body a mail client shows: its
    HTML by the HTML reader, its plain text as any text file is read (in whatever markup it is
    written), the header filling in what the body leaves open. Where the HTML reader finds no
    text in the HTML alternative, the plain one is read."""
    for body in message.bodies:
        try:
            source = load_html(body.text, path) if body.kind == "html" else load_source(body.text.encode("utf-8"), path)
        except IngestError:
            if body is message.bodies[-1]:
                raise
            continue
        return message.fills(source, body)
    raise IngestError(path, "an e-mail message with no text to read")  # `read_message` gives one body or more


def _thread_source(thread: TootThread, path: Path) -> SourceText:
    """A Mastodon thread read as the Markdown of its toots, the first toot's day its date where
    the text states none, the bylines, addresses, counters and hashtags furniture."""
    source = load_text(thread.markdown.encode("utf-8"), path, "markdown")
    furniture = "\n".join(line for line in (*thread.furniture, source.furniture) if line)
    return replace(source, updated=source.updated or thread.posted, furniture=furniture)


def _alternatives_source(plain: str, html: str, path: Path) -> SourceText:
    """A mail's two alternatives dumped one after the other (`ingest.html_in_text`), read once:
    the HTML copy by the HTML reader where it reads to the text part's words, else the text."""
    try:
        source = load_html(html, path)
    except IngestError:
        source = None
    if source is not None and share_of_words(plain, source.text) >= SAME_WORDS:
        return source
    return load_source(plain.encode("utf-8"), path)


def _feed_source(items: list[FeedItem], path: Path) -> SourceText | None:
    """A feed's posts as a feed reader wrote them (`ingest.feed_page`), read as the page they
    make, dated by the newest post where the text states no date; None where the HTML reader
    finds no text in them."""
    try:
        source = load_html(items_as_html(items), path)
    except IngestError:
        return None
    return replace(source, updated=source.updated or newest_date(items))


# Readers of a leaflet kept as keyed records, in the order they are asked: an openEHR composition
# (`ingest.openehr_composition`: its reference model names its parts), a RAG chunker's JSON
# records (`ingest.chunk_records`), a translation catalogue (PO, Qt .ts, po2csv:
# `ingest.translation_catalog`), an app's localisation file (.strings, .properties, .ftl, YAML,
# i18next: `ingest.locale_keys`), a RiveScript bot's brain file (`ingest.rivescript`), qti2txt's text
# of a quiz (`ingest.qti2txt_quiz`).
_KEYED_READERS: tuple[Callable[[str], KeyedDocument | None], ...] = (
    read_openehr_composition, read_chunk_records, read_faq_records, read_translation_catalog, read_locale_keys,
    read_rivescript, read_qti2txt)


def _keyed_source(text: str, path: Path) -> SourceText | None:
    """A leaflet kept as keyed records (`_KEYED_READERS`), read as the text they make: Markdown
    with the parts their keys name (the title, the publisher its sender's line names, the date's
    line), else their texts joined, read as any text is; the furniture they leave out kept where
    a publisher's name may stand. None where the text is none of them."""
    for read in _KEYED_READERS:
        document = read(text)
        if document is not None:
            break
    else:
        return None
    data = document.text.encode("utf-8")
    source = load_text(data, path, "markdown") if document.headed else load_source(data, path)
    furniture = "\n".join(line for line in (*document.furniture, source.furniture) if line)
    return replace(source, title=document.title or source.title, furniture=furniture,
                   publisher=source.publisher or (publisher_in(document.sender) if document.sender else ""),
                   updated=source.updated or document.updated)


def _json_source(text: str, path: Path) -> SourceText | None:
    """A document's strings dumped as JSON (`ingest.json_text`), read as the page or the text
    they make, its first string the title and its ISO date the leaflet's; None where the text
    is no such dump, or the page its strings make holds no text."""
    document = read_json_document(text)
    if document is None:
        return None
    try:
        source = load_html(document.text, path) if document.is_html \
            else load_source(document.text.encode("utf-8"), path)
    except IngestError:
        return None
    return replace(source, title=document.title or source.title, updated=document.updated or source.updated)


def _shown_json_source(text: str, path: Path) -> SourceText | None:
    """The JSON text a page showed (`ingest.json_tables`) read by the keyed readers, as a plain
    text holding it is; None where none takes it or what it makes holds no text (the page is
    then read as a page). Not the generic reader of a JSON document's strings: that one takes
    any value, so an ordinary table that happens to have json2html's shape would lose its row
    headers to it. The readers are handed the page's name as a JSON file's, so that the text
    they make is not taken for HTML by the page's suffix."""
    as_json = path.with_suffix(".json")
    try:
        return _keyed_source(text, as_json)
    except IngestError:
        return None


def _note_export_source(text: str, path: Path) -> SourceText | None:
    """A flashcard deck's notes exported as text (`ingest.note_export`), read as the page their
    HTML fields make; None where the HTML reader finds no text in it."""
    try:
        return load_html(notes_as_html(read_notes(text)), path)
    except IngestError:
        return None


def _quiz_page_source(page: str | None, path: Path) -> SourceText | None:
    """The page a quiz tool's questions make (`ingest.gift_questions`, `ingest.aiken_questions`), read as any page is;
    None where there is none or the HTML reader finds no text in it."""
    if page is None:
        return None
    try:
        return load_html(page, path)
    except IngestError:
        return None


def _rst_source(text: str, data: bytes, path: Path) -> SourceText:
    """A reStructuredText leaflet read as the web page docutils renders from it
    (ingest/rst.py); one docutils or the HTML reader cannot read is read as plain text."""
    try:
        return load_html(rst_as_html(text), path)
    except Exception:  # docutils raises many kinds of errors; the plain reader names its own
        return load_text(data, path, "plain")


def _relative_key(path: Path, root: Path | None) -> str:
    """The file's name relative to `root` (POSIX slashes), as the catalog keys it."""
    if root is not None:
        try:
            return path.resolve().relative_to(Path(root).resolve()).as_posix()
        except ValueError:
            pass
    return path.name


def slugify(key: str) -> str:
    """A stable leaflet id from a relative path: lower-case ASCII words joined by "-"."""
    stem = key.rsplit(".", 1)[0] if "." in key.rsplit("/", 1)[-1] else key
    ascii_text = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "leaflet"


def _leaflet(path: Path, key: str, data: bytes, entry: CatalogEntry, source: SourceText,
             cleaned: CleanText, outline: Outline) -> Leaflet:
    """The leaflet's metadata: the catalog first, then what the document says (its date in
    the text, else in its running headers and footers, else in its metadata; its publisher in
    its metadata, else on its cover, else in its running headers and footers). The date is the
    leaflet's last update: the catalog's, unless the text states a later one (`_last_update`).
    A title the document sets in capitals is cited in the case its text writes the words in
    (ingest/title_frame.py `unshouted`); the catalog's as the editor wrote it."""
    language = entry.language or guess_language(cleaned.text)
    stated = find_updated(cleaned.text, source.furniture, language=language, unlabelled=True)
    return Leaflet(
        id=entry.id or slugify(key),
        title=entry.title or unshouted(outline.title or source.title, cleaned.text, unsure_as_is=True)
        or given_stem(path),
        source_path=str(path),
        content_hash=content_hash(data),
        url=entry.url or source.url,
        publisher=entry.publisher or _as_written(source.publisher or outline.sender
                                                 or running_sender(source.furniture.split("\n")),
                                                 cleaned.text, source.furniture),
        language=language,
        updated=_last_update(entry.updated, stated) or _iso_or_empty(source.updated),
        paged=bool(source.page_starts),
    )


def _as_written(name: str, *texts: str) -> str:
    """A name set in capitals ("TROMBOSEDIENST NOORDWEST-VELUWE" over the title) as the
    document writes it most often elsewhere as a name, a capital first and small letters after
    it ("Trombosedienst Noordwest-Veluwe, afdeling …"); as it is where it never does, and where
    it is one short word, an abbreviation ("RIVM", which "www.rivm.nl" writes small)."""
    words = name.split()
    if not name or name.upper() != name or name.lower() == name \
            or len(words) == 1 and len(name) <= MAX_ABBREVIATION_LETTERS:
        return name
    pattern = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"(?!\w)", re.IGNORECASE)
    forms = Counter(" ".join(found.group().split()) for text in texts for found in pattern.finditer(text))
    named = [(count, form) for form, count in forms.items()
             if form[:1].isupper() and form.upper() != form and form.lower() != form]
    return max(named)[1] if named else name


def _last_update(catalog: str, stated: str) -> str:
    """The date a leaflet was last updated, of the catalog's (`catalog`) and the one its text
    states (`stated`; both YYYY-MM-DD, YYYY-MM, YYYY or ""): the text's where it is later to
    the month or day, else the catalog's, which also wins when it is the later one, or the
    only one, or as late as far as both go ("2025-07" and "2025-07-15").

    A user test replaced a leaflet with its corrected text, "Laatste update, 1 december
    2026", and it kept the catalog's "2 juli 2025": a date false the other way. A year alone
    in the text (a copyright line, often the current year on a web page) does not overrule
    the catalog."""
    if not catalog or len(stated) < len("YYYY-MM"):
        return catalog or stated
    common = min(len(catalog), len(stated))
    return stated if stated[:common] > catalog[:common] else catalog


def _iso_or_empty(value: str) -> str:
    """The date a document's metadata gives (a page's stated "Datum: 12-2023", front
    matter's `date: 2025-03-01` or `date: 12 mei 2025`, a modification time) as ISO text:
    YYYY-MM-DD, YYYY-MM or YYYY."""
    value = re.sub(r"^(\d{4})/(\d{2})/(\d{2})", r"\1-\2-\3", (value or "").strip())  # "2025/03/01"
    iso = re.match(r"\d{4}(?:-\d{2}(?:-\d{2})?)?(?![\d/.-])", value)
    return find_updated(f"Datum: {iso.group(0) if iso else value}") if value else ""
