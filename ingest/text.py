"""Load plain-text and Markdown leaflets.

Leaflets come from many hands: UTF-8 (with or without a byte-order mark),
UTF-16 from Windows tools, or cp1252 (ISO-8859-15, Mac Roman) from old word processors. Decode what is
text, and refuse with a clear reason what is not (a binary file named .txt).

Plain text with form feeds is paged, as `pdftotext` writes a PDF's text: each form
feed starts a page, and the running headers, footers and page numbers of those pages
are dropped as the PDF loader drops them (`split_pages`).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import replace
from pathlib import Path

from ingest.annotation_records import without_annotation_records
from ingest.calendar_print import without_calendar_print
from ingest.clean.furniture import furniture_keys, furniture_lines, is_page_number, named_headers
from ingest.clean.lines import ends_sentence
from ingest.code_blocks import without_code_blocks, without_program_lines
from ingest.dates import is_date_line
from ingest.deck_pages import paged_deck_text
from ingest.document import IngestError
from ingest.ebook_text import without_ebook_furniture
from ingest.edbrowse import read_edbrowse
from ingest.escaped_lists import unescaped_markdown_lists, unescaped_plain_lists
from ingest.mail import read_mail
from ingest.mailing_text import without_cover_note, without_mailing_furniture
from ingest.node_lines import titled_page
from ingest.man import read_man_page
from ingest.run_on_page import titled_by_breadcrumb, without_page_actions
from ingest.running_footer import paged_by_numbers, without_running_footers, without_title_headers
from ingest.markdown_deck import without_pptx2md_notes
from ingest.marked_asides import without_marked_asides
from ingest.markdown_dialects import plain_dialects
from ingest.fences import fenced_lines
from ingest.glued_blocks import unglued_blocks
from ingest.hashed_title import hashed_title
from ingest.journal_export import without_journal_frame
from ingest.screen_widgets import without_screen_widgets
from ingest.markdown_html import html_as_markdown
from ingest.pandoc_raw import without_raw_output, without_raw_spans
from ingest.source import Markup, SourceText
from ingest.speech_chunks import joined_chunks
from ingest.stated_source import front_matter_source, stated_source
from ingest.ssml import ssml_text
from ingest.text_rows import read_text_rows
from ingest.textversionjs import read_textversionjs
from ingest.text_contents import without_contents, without_glued_contents, without_revision_history
from ingest.title_frame import framed_headings, framed_title
from ingest.bullet_headings import without_heading_bullets
from ingest.page_front_matter import with_page_meta
from ingest.page_menu import without_page_menu
from ingest.book_print import without_book_print
from ingest.browser_print import without_print_margins
from ingest.ocr_margins import without_margin_noise
from ingest.page_order import in_reading_order, paged_by_break_lines
from ingest.web_dump import COPYRIGHT_LINE, LIST_BULLET, without_page_chrome
from ingest.wiki_headings import wiki_headings

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# A GNU Info file's own marks (ingest/info.py): a node separator alone on its line, a DEL before
# a byte offset ending a line of its Tag Table. Text, however many nodes a short file has.
_INFO_MARKS = re.compile(r"^\x1f\f?\r?$|\x7f\d+\r?$", re.MULTILINE)
# A list's bullet as pypdf reads ReportLab's and rst2pdf's ("\177", a WinAnsiEncoding code that
# shows a bullet: ingest/pdf/fragments.py), at a line's start alone or before the item's words;
# a line's start in a JSON string too (after its "\n" escape: a chunker's records of the text).
# Text dumped by pypdf keeps it: a control character, a few of them refused the text as binary.
_DEL_BULLET = re.compile(r"(^|\\n)([ \t]*)\x7f(?=[ \t]|\\n|\r?$)", re.MULTILINE)
# A terminal's escape sequences, as a capture of a console keeps them (`lowdown -tterm`, `script`, a
# coloured `less -R`): a CSI sequence ("ESC[1;36m" colours, "ESC[2K" clears), an OSC one ended by
# BEL or ESC "\\" (a hyperlink, a window's title), a character set's choice ("ESC(B"). No text.
_TERMINAL_ESCAPE = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[()*+][0-9A-Za-z]|[=>78])")
# Front matter closes with "---", or with YAML's own end of document "..." (Pandoc, red team 62).
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*\n", re.DOTALL)
# A key whose value is YAML's block scalar: the indented lines under it are that value, no keys.
_BLOCK_SCALAR = re.compile(r"[^\s:][^:]*:[ \t]*[|>][-+0-9]*[ \t]*")
_META_LINE = re.compile(r"[A-Za-z][\w-]*[ \t]*:.*")  # "publisher: Harteraad"
# A key and its value; a key may be a <meta> property with its namespace, as html-to-markdown
# writes a page's `<head>` ("meta-og:site_name: Huisartsenpost", red team 36).
_META_KEY = re.compile(r"((?:meta-)?(?:og|article|twitter|dc|dcterms):[\w.-]+|[^:]+):(.*)", re.IGNORECASE)
_META_KEYS = frozenset({"title", "url", "date", "updated", "publisher"})  # the keys read
# An HTML comment: text the author hid from readers ("<!-- TODO: ... -->"), over lines too.
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


def decode_text(data: bytes, path: str | Path) -> str:
    """The text in `data`: UTF-8 (BOM allowed), UTF-16 with BOM, else cp1252, ISO-8859-15 where
    its euro sign shows, or Mac Roman where the cp1252 reading breaks words that Mac Roman reads
    whole (`_single_byte`).

    A terminal's escape sequences go (`_TERMINAL_ESCAPE`): a console's capture is its text, and
    counted as control characters, its colours refused it whole as binary data. pypdf's DEL for a
    list's bullet is read as the bullet it shows (`_DEL_BULLET`), no control character.

    Raises IngestError "not a text file" for binary data: NUL bytes outside UTF-16 (more than a
    stray one in UTF-8), or more than a few control characters (an Info file's marks are none).
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = _decode_utf16(data, path)
    elif b"\x00" in data[:65536]:
        text = _without_stray_nul(data)
        if text is None:
            raise IngestError(path, "not a text file (it contains binary data)")
    elif data.startswith(b"\xef\xbb\xbf"):
        text = _decode(data, "utf-8-sig", path)
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _without_stray_ff(data)
            text = _single_byte(data) if text is None else text
    text = _TERMINAL_ESCAPE.sub("", text) if "\x1b" in text else text
    text = _DEL_BULLET.sub("\\1\\2•", text) if "\x7f" in text else text
    controls = len(_CONTROL.findall(text[:65536])) - len(_INFO_MARKS.findall(text[:65536]))
    if controls > max(2, len(text[:65536]) // 200) or text.count("\ufffd") > len(text) // 20 + 2:
        raise IngestError(path, "not a text file (it is mostly binary data)")
    return text


def _without_stray_nul(data: bytes) -> str | None:
    """UTF-8 text with a stray NUL byte or two in it (qti-package-maker writes one before each
    table it draws), read without them; None where there are more, or the rest is no UTF-8: a
    binary file holds NULs by the thousand."""
    if data.count(b"\x00") > max(2, len(data) // 10_000):
        return None
    try:
        return data.replace(b"\x00", b"").decode("utf-8-sig")
    except UnicodeDecodeError:
        return None


def _without_stray_ff(data: bytes) -> str | None:
    """UTF-8 text with stray 0xFF bytes in it, read without them; None where the rest is no UTF-8.

    No UTF-8 text holds a 0xFF byte, and no Dutch word the letter "ÿ" that cp1252 reads it as: it
    is a decoder's artefact, as munpack writes a quoted-printable soft line break ("=" at a line's
    end) as 0xFF ("slang maximaal 15 mete\\xffr", red team 44). Read as cp1252, the whole text
    lost its UTF-8 letters too, and the byte broke words and a table's dashed rule."""
    if b"\xff" not in data:
        return None
    try:
        return data.replace(b"\xff", b"").decode("utf-8")
    except UnicodeDecodeError:
        return None


# A character of a high byte that stands inside a word: a letter in the right reading. In the wrong
# one it is punctuation or a capital between lower-case letters ("di‘tist", "PindaÕs").
_INSIDE_WORD = re.compile(r"(?<=[a-z])[^\x00-\x7f](?=[a-z])")


def _single_byte(data: bytes) -> str:
    """Text that is no UTF-8, read as cp1252 (Windows), unless Mac Roman (an old Mac's
    editor) breaks fewer words: the two share ASCII but not the high bytes, and a text
    read in the wrong one has words broken by punctuation ("Uw di‘tist" for "diëtist").
    ISO-8859-15 where its euro sign shows (`_is_latin9`)."""
    if _is_latin9(data):
        return data.decode("iso8859_15")
    windows = data.decode("cp1252", errors="replace")
    if not _INSIDE_WORD.search(windows):
        return windows
    mac = data.decode("mac_roman")
    return mac if _broken_words(mac) < _broken_words(windows) else windows


# Bytes C1 controls in ISO-8859, printable in cp1252 ("€" is 0x80 there); a byte of a fraction
# (cp1252's "¼ ½ ¾", ISO-8859-15's "Œ œ Ÿ") beside a digit.
_WINDOWS_ONLY = re.compile(rb"[\x80-\x9f]")
_FRACTION = re.compile(rb"[0-9 ][\xbc-\xbe]|[\xbc-\xbe][0-9]")


def _is_latin9(data: bytes) -> bool:
    """Whether the text is ISO-8859-15 (Latin-9), not cp1252: it has byte 0xA4, the euro
    there ("¤" in cp1252 and Latin-1, a sign no leaflet writes), no byte that only cp1252 prints,
    and no fraction that only cp1252 has ("1½ tablet")."""
    return b"\xa4" in data and not _WINDOWS_ONLY.search(data) and not _FRACTION.search(data)


def _broken_words(text: str) -> int:
    """How many high-byte characters inside a word are no lower-case letter: a word broken
    by a wrong reading. An apostrophe ("Pinda’s") belongs there."""
    return sum(1 for found in _INSIDE_WORD.finditer(text) if not (found.group().islower() or found.group() == "’"))


def _decode(data: bytes, encoding: str, path: str | Path) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise IngestError(path, f"not a text file ({encoding} breaks at byte {error.start})") from None


def _decode_utf16(data: bytes, path: str | Path) -> str:
    return _decode(data, "utf-16", path)


def load_text(data: bytes, path: str | Path, markup: Markup = "plain") -> SourceText:
    """A plain-text or Markdown leaflet, without its HTML comments (HTML inside Markdown
    read as Markdown: ingest/markdown_html.py) and a program's code (ingest/code_blocks.py); front matter gives
    title, date, URL and publisher (in plain text only where it is clearly front matter)."""
    text = without_annotation_records(_unix_line_ends(decode_text(data, path)))  # a reviewer's, glued in
    text = ssml_text(text)  # a speech script's tags are a voice's instructions, no text (red team 51)
    page = (read_edbrowse(text) or read_textversionjs(text)) if markup == "plain" else None
    if page:  # edbrowse's or textversionjs's marks read as the Markdown they stand for; the site's or mail's lines are furniture
        source = load_text(page.markdown.encode("utf-8"), path, "markdown")
        return replace(source, furniture="\n".join(line for line in (*page.furniture, source.furniture) if line))
    meta, text = split_front_matter(text, strict=markup != "markdown")
    meta = with_page_meta(meta)
    url = meta.get("url") or front_matter_source(meta) or stated_source(text)  # a clipper's "Source:" line
    text = drop_comments(without_marked_asides(text))  # a converter's marked `<aside>` of links (red team 56)
    page_starts: tuple[int, ...] = ()
    furniture = ""
    hints: dict[str, int] = {}
    if markup == "markdown":
        text = without_journal_frame(text)  # jrnl's year, month and stamp over an entry (red team 57)
        text = without_raw_output(text)  # Pandoc's raw LaTeX and lone HTML tags, no text (red team 62)
        text = without_pptx2md_notes(without_code_blocks(text))  # before its coloured runs go (red team 54)
        text = html_as_markdown(unescaped_markdown_lists(text))  # html2text's escaped items
        text = footnotes_in_place(without_link_definitions(plain_dialects(text)))
        text, furniture = closing_footer(text)
        if "\f" not in text:  # a PDF's text in Markdown keeps the PDF's running footers
            text, running = without_running_footers(text, frozenset(fenced_lines(text.split("\n"))))
            furniture = "\n".join(line for line in (*running, furniture) if line)
    else:
        hashed = hashed_title(text)  # a note tool's "# Name" over plain text (red team 57)
        text = hashed.text
        meta = {"title": hashed.title} | {key: value for key, value in meta.items() if value} if hashed.title else meta
        deck = paged_deck_text(text)  # a deck's slide labels or counters, pdfgrep's page numbers (red team 54)
        text, hints = (deck.text, dict(deck.headings)) if deck else (text, hints)
        text = unglued_blocks(without_program_lines(text))  # a page's script, its blocks run together (red team 47)
        text = without_screen_widgets(text)  # a waiting-room screen's clock, weather, queue call (red team 54)
        text = unescaped_plain_lists(text)  # html2text's escaped items ("\\- Draag", red team 49)
        text = in_reading_order(paged_by_break_lines(text))  # pdf2json's pages, bottom to top
        text = joined_chunks(text)  # a speech engine's chunks, one a line (red team 51)
        rows = read_text_rows(text)  # pdf.js-extract's rows, items joined by " | " (red team 48)
        text = rows.text if rows else text
        printed = without_print_margins(text)  # a browser's print header and footer (red team 42)
        text = without_margin_noise(printed.text)  # a photo's edge read by OCR (red team 45)
        book_print = without_book_print(text)  # a learning platform's print view of a book (red team 47)
        text = book_print.text
        crumbed = titled_by_breadcrumb(text)  # a page run into one line, its trail first (red team 47)
        text, actions = without_page_actions(crumbed.text)
        text = _SIGNATURE_DELIMITER.sub("\n\n\n", text)
        mail = read_mail(text)
        if mail:
            text = mail.text
            meta = {"title": mail.subject, "updated": mail.date} | {key: value for key, value in meta.items() if value}
            hints = mail.headings
            if not mail.questions:  # a mail that carries a text: its note to the reader is none of it
                text, note = without_cover_note(text)
                mail = replace(mail, furniture=(*mail.furniture, *note))
        text, mailing = without_mailing_furniture(text)
        text, appointment = without_calendar_print(text)  # khal's report and event line (red team 44)
        mailing += appointment
        page = read_man_page(text)
        if page:
            text = page.text
        text, book = without_ebook_furniture(text)  # an EPUB's CSS and file names, epub2txt's (red team 39)
        text, interface = without_link_list(text)
        interface += book
        interface += page.furniture if page else ()
        interface += mailing
        interface += printed.furniture
        interface += book_print.furniture
        interface += actions
        interface += rows.furniture if rows else ()
        interface += deck.furniture if deck else ()
        before, (text, chrome) = text, without_page_chrome(text)
        interface += chrome
        titled = titled_page(before, text)  # a scraped page's `<title>` line, gone with its masthead
        interface += [titled.site] if titled else []
        if "\f" not in text:
            text, running = without_running_footers(text)
            interface += running
        text, headers = without_title_headers(text)  # a running header an OCR kept (red team 45)
        interface += headers
        wiki = wiki_headings(text)  # "= Title =" lines a wiki's text extractor kept
        framed = framed_title(wiki.text)
        text, interface = framed.text, [*framed.furniture, *interface]
        text, sections = framed_headings(without_heading_bullets(text), framed.title)
        hints = {**wiki.headings, **sections, **hints}
        meta = {"title": framed.title} | {key: value for key, value in meta.items() if value} if framed.title else meta
        meta = {"title": wiki.title} | {key: value for key, value in meta.items() if value} if wiki.title else meta
        meta = {"title": titled.title} | {key: value for key, value in meta.items() if value} if titled else meta
        meta = {"title": printed.title.title} | {key: value for key, value in meta.items() if value} if printed.title else meta
        meta = {"title": book_print.title} | {key: value for key, value in meta.items() if value} if book_print.title else meta
        meta = {"title": crumbed.title} | {key: value for key, value in meta.items() if value} if crumbed.title else meta
        text, history = without_revision_history(text)
        interface += history
        text, menu = without_page_menu(without_contents(without_glued_contents(text)))  # a kiosk's tile menu (red team 54)
        interface += menu
        text, page_starts, furniture = split_pages(paged_by_numbers(text))
        furniture = "\n".join(line for line in (*(mail.furniture if mail else ()), *interface, furniture) if line)
    return SourceText(text, markup, page_starts=page_starts, title=meta.get("title", ""), url=url,
                      updated=meta.get("updated", meta.get("date", "")), publisher=meta.get("publisher", ""),
                      furniture=furniture, heading_hints=hints)


# An e-mail's "-- " line before its signature (RFC 3676), on its own after a blank line: no text.
_SIGNATURE_DELIMITER = re.compile(r"\n\n-- ?\n")
_WIDE_GAP = re.compile(r"\s{2,}")  # between the fields of a header or footer set out by spaces


def split_pages(text: str) -> tuple[str, tuple[int, ...], str]:
    """Plain text with form feeds as pages: the text without its page furniture, where
    each page starts in it (at its form feed), and the furniture (a line each, each once).

    Each form feed starts a page (one that ends the text starts none); a page with nothing
    on it still counts, so that page numbers stay the document's. Furniture is what the PDF
    loader drops (`furniture_lines`): a page number at a page's top or bottom, and a line
    that opens or closes most pages, or on a short text half of its pages and two or more
    at the same place (`same_place_lines`). Its line stays, empty, so a paragraph never runs into
    what stood around it. The form feeds stay: cleaning reads each as a line break and
    knows the text by them as typed (`ingest.clean.clean`). Text without form feeds comes
    back as it is, unpaged.
    """
    pages = text.split("\f")
    if len(pages) < 2:
        return text, (), ""
    if not pages[-1].strip():  # the form feed that ends the last page
        last = pages.pop()
        pages[-1] += "\f" + last
    if _opens_pages(pages):  # djvused's form feed before each page, the first one's too
        pages = pages[1:]
        if len(pages) < 2:
            return "\f".join(pages), (), ""
    lines = [page.split("\n") for page in pages]
    dropped = [a | b | c | d for a, b, c, d in zip(furniture_lines(lines), same_place_lines(lines),
                                                  _header_over_heading(lines), named_headers(lines))]
    found: dict[str, None] = {}
    bodies, starts, at = [], [], 0
    for page, drop in zip(lines, dropped):
        for index in sorted(drop):
            fields = [field for field in _WIDE_GAP.split(page[index].strip()) if not is_page_number(field)]
            found.update(dict.fromkeys([" ".join(" ".join(fields).split()), *fields] if len(fields) > 1 else fields))
        body = "\n".join("" if index in drop else line for index, line in enumerate(page))
        starts.append(at + len(bodies) - 1 if bodies else 0)  # at the form feed that starts it
        bodies.append(body)
        at += len(body)
    return "\f".join(bodies), tuple(starts), "\n".join(line for line in found if line)


def _opens_pages(pages: list[str]) -> bool:
    """Whether the form feeds open the pages rather than end them: the text opens with one
    (`djvused print-pure-txt`, red team 48), so the first "page" is empty, and the pages' own
    numbers (a number alone at a page's top or bottom) count from the page after it. Counted as a
    page, that empty one put every passage a page too far on. An empty first page whose pages
    number otherwise (pdftotext's blank cover) stays a page."""
    if len(pages) < 2 or pages[0].strip(" \t\n"):
        return False
    numbers = [_own_page_number(page) for page in pages[1:]]
    known = [(place, number) for place, number in enumerate(numbers, 1) if number is not None]
    return len(known) >= min(2, len(pages) - 1) and all(number == place for place, number in known)


def _own_page_number(page: str) -> int | None:
    """The number a page prints alone on its first or last filled line, if any."""
    filled = [line.strip() for line in page.split("\n") if line.strip()]
    for line in (filled[-1], filled[0]) if filled else ():
        if is_page_number(line) and line.isdigit():
            return int(line)
    return None


def _header_over_heading(pages: list[list[str]]) -> list[set[int]]:
    """A running header that names the section a page opens with, over that section's
    heading ("4 Behandeling" twice at the top of page 2): once only, so no repeat across
    pages finds it, and left in, the heading it doubled was read as text. The first line of a
    page after the first whose words the next line repeats."""
    found: list[set[int]] = [set()]
    for page in pages[1:]:
        filled = [index for index, line in enumerate(page) if line.strip(" \t\f")]
        same = len(filled) > 2 and " ".join(page[filled[0]].split()) == " ".join(page[filled[1]].split())
        found.append({filled[0]} if same else set())
    return found


# A text browser's dump (`lynx -dump`, `w3m -dump` with link numbers) ends with the addresses of
# the page's links under a label of their own, numbered as the marks in the text ("[9]allergoloog").
# Only the labels the browsers and converters write ("References", "Visible links", "Hidden links",
# "Links:"): a leaflet's own list of sources ("Referenties", "1. https://...") is none.
_LINK_LIST_LABEL = re.compile(r"[ \t]*(?:references|visible links|links)[ \t]*:?[ \t]*", re.IGNORECASE)
_HIDDEN_LINKS_LABEL = re.compile(r"[ \t]*hidden links[ \t]*:?[ \t]*", re.IGNORECASE)
# lynx numbers an address "9. https://...", w3m "[9] https://...".
_ADDRESS = r"(?:[a-z][a-z0-9+.-]*:|/)\S*[ \t]*"
_LINK_ADDRESS = re.compile(r"[ \t]*(?:(?P<number>\d{1,4})\.|\[(?P<bracketed>\d{1,4})\])[ \t]+" + _ADDRESS, re.IGNORECASE)
# ELinks lists a link that has a title as the title after its number, its address indented on
# the next line ("   1. Apotheek Het Spaarne" over "\thttps://...").
_TITLED_LINK = re.compile(r"[ \t]*(?P<number>\d{1,4})\.[ \t]+\S.*")
_TITLED_ADDRESS = re.compile(r"[ \t]+" + _ADDRESS, re.IGNORECASE)
# A link's mark, written just before the link's first word: "de [9]allergoloog", "[1]Home". A
# citation stands before a space or punctuation ("bij de meeste mensen [1].", "werkt beter [2],").
_LINK_MARK = re.compile(r"(?<![\w\]])\[(?P<number>\d{1,4})\](?=\w)")
# The separators of a site's menu and breadcrumb ("Home | Contact", "Home > Afdelingen"). A run of
# blanks is tried from its start only, so a long run costs one reading, not one for each blank.
_MENU_SEPARATOR = re.compile(r"(?<!\s)\s+[|>»›·•]\s+|(?<!\s)\s+\|\s*$")
MAX_MENU_ITEM_WORDS = 5  # "Voor patiënten en bezoekers"; an item longer than this is a sentence


def without_link_list(text: str) -> tuple[str, list[str]]:
    """A text browser's dump (`lynx -dump`) read as the page it shows: the list of link
    addresses at its end ("References", "1. https://...") leaves the text, the marks it
    numbers go from the text ("de [9]allergoloog" reads "de allergoloog"), and the site's
    menu, breadcrumb and footer bar, lines of nothing but links between separators ("[1]Home |
    [2]Contact", "[6]Home > [7]Afdelingen > Hooikoorts", "[14]Privacy | © Ziekenhuis"), are
    interface: they and then the list's lines come back apart, a line each, as a page's
    furniture (a footer's date or "© 2024" may still date the leaflet). Each line taken out
    leaves an empty line, so no paragraph runs into what stood around it. A text whose marks
    the list does not number (one below its highest it skips is a form's field, "Zoek [3]____
    [4]Zoeken", which ELinks numbers but lists no address for), that has fewer than two marks before a word (a citation, "[1].",
    stands before punctuation or a space), or that has no such list under a browser's label,
    comes back as it is: "[1]" in a leaflet is a reference. In a dump a no-break space reads as
    a space: ELinks sets one after each list's bullet or number ("•\xa0[5]Home")."""
    lines = text.replace("\xa0", " ").split("\n")
    listed = _link_list(lines)
    if listed is None:
        return text, []
    start, listed_numbers = listed
    numbers = set(range(1, max(listed_numbers) + 1))  # a number the list skips: a form's field (ELinks)
    marks = [int(mark.group("number")) for line in lines[:start] for mark in _LINK_MARK.finditer(line)]
    if len(marks) < 2 or not set(marks) <= numbers:
        return text, []
    interface: list[str] = []
    body = lines[:start]
    for first, last in _menu_runs(body):
        interface.append(" ".join(_LINK_MARK.sub("", " ".join(body[first:last])).split()))
        body[first:last] = [""] * (last - first)
    for index in _site_chrome(body):
        interface.append(" ".join(_LINK_MARK.sub("", LIST_BULLET.sub("", body[index], count=1)).split()))
        body[index] = ""
    unmarked = [_LINK_MARK.sub(lambda mark: "" if int(mark.group("number")) in numbers else mark.group(0), line)
                for line in body]
    interface.extend(line.strip() for line in lines[start:] if line.strip())
    return "\n".join(unmarked + [""] * (len(lines) - start)), interface


def _link_list(lines: list[str]) -> tuple[int, set[int]] | None:
    """Where a dump's list of link addresses starts (its first label's line) and the numbers it
    lists, when the text ends with one: every filled line after the label is a numbered
    address (a titled link's two lines, `_listed_number`), or the label of the links the page
    hides. A label right above it is its own ("References" over ELinks' "Visible links")."""
    for index in range(len(lines) - 1, -1, -1):
        if _LINK_LIST_LABEL.fullmatch(lines[index]):
            after = [line for line in lines[index + 1:] if line.strip()]
            numbers: set[int] = set()
            at = 0
            while at < len(after):
                if _HIDDEN_LINKS_LABEL.fullmatch(after[at]):
                    at += 1
                    continue
                number, used = _listed_number(after[at:at + 2])
                if number is None:
                    return None
                numbers.add(number)
                at += used
            if not numbers:
                return None
            above = [i for i in range(index) if lines[i].strip()]
            while above and _LINK_LIST_LABEL.fullmatch(lines[above[-1]]):
                index = above.pop()
            return index, numbers
    return None


def _listed_number(lines: list[str]) -> tuple[int | None, int]:
    """The number of the link an entry of a dump's link list opens with (None where the line is
    none), and how many lines the entry takes: one for an address after its number, two for
    a title after its number over the address (ELinks)."""
    address = _LINK_ADDRESS.fullmatch(lines[0])
    if address:
        return int(address.group("number") or address.group("bracketed")), 1
    titled = _TITLED_LINK.fullmatch(lines[0])
    if titled and len(lines) > 1 and _TITLED_ADDRESS.fullmatch(lines[1]):
        return int(titled.group("number")), 2
    return None, 1


def _menu_runs(lines: list[str]) -> list[tuple[int, int]]:
    """The lines (first, past the last) of each menu in a dump: from a line that opens with a
    link's mark to its paragraph's end, read as one line, nothing but two or more links
    between separators, and at most one item that is no link, last (the breadcrumb's page
    itself, "© Ziekenhuis"), each item a few words (`_is_menu`)."""
    runs: list[tuple[int, int]] = []
    index = 0
    while index < len(lines):
        if not lines[index].strip():
            index += 1
            continue
        end = index
        while end < len(lines) and lines[end].strip():
            end += 1
        first = next((i for i in range(index, end) if _LINK_MARK.match(lines[i].lstrip())
                      and _is_menu(" ".join(lines[i:end]))), None)
        if first is not None:
            runs.append((first, end))
        index = end
    return runs


MAX_FOOTER_LINE_WORDS = 10  # an address beside a footer's links, not a sentence of the text


def _site_chrome(lines: list[str]) -> list[int]:
    """The lines of a dump (its menus taken out) that are the site around the page, no text of
    it: the links that open the page, before its first line that is no link (the logo's link
    with the site's name, the menu's items, a line each: "[1]Maag-Darm-Levercentrum",
    "* [2]Patiënten"), which else made the site's name the title and the menu the first
    passage; and the paragraphs that close it (`_closing_chrome`). A dump of nothing but links
    has no page around them: it keeps them."""
    leading = []
    for index, line in enumerate(lines):
        if line.strip() and not (_is_link_line(line) or _is_form_line(line) or _ends_breadcrumb(lines, index)):
            return leading + _closing_chrome(lines, after=index)
        leading += [index] if line.strip() else []
    return []


# A search form as a text browser numbers its controls: a few words of label at most, the text
# field's mark over its blank ("Zoek in site [3]________"), then its buttons ("[4]Zoeken").
_FORM_LINE = re.compile(r"(?:[^\W\d][^\[\]]{0,40}?\s*)?\[\d{1,4}\]_{3,}(?:\s*\[\d{1,4}\][^\W\d][^\[\]]{0,29})*")
_NUMBERED_ITEM = re.compile(r"[ \t]*\d{1,2}[.)][ \t]+")  # an ordered list's item, " 1. [9]Home"


def _is_form_line(line: str) -> bool:
    """Whether a line of a dump is a form's controls (`_FORM_LINE`): interface, no text."""
    return bool(_FORM_LINE.fullmatch(line.strip()))


def _ends_breadcrumb(lines: list[str], index: int) -> bool:
    """Whether line `index` is the last item of a breadcrumb set as an ordered list, the page
    itself after the links that lead to it ("1. [9]Home", "2. [10]Medicijnen", "3. Statines"):
    an item of a few words that ends no sentence, after a linked item, its paragraph's last."""
    item = _NUMBERED_ITEM.match(lines[index])
    text = lines[index][item.end():].strip() if item else ""
    last = index + 1 == len(lines) or not lines[index + 1].strip()
    return (bool(text) and last and index > 0 and bool(_NUMBERED_ITEM.match(lines[index - 1]))
            and _is_link_line(lines[index - 1]) and len(text.split()) <= MAX_MENU_ITEM_WORDS
            and not ends_sentence(text))


def _closing_chrome(lines: list[str], after: int = 0) -> list[int]:
    """The lines of the paragraphs that close a dump as a site's footer does, read back from
    its end while each is one: a paragraph with a line of links only (`_is_link_line`: related
    pages, "[17]Privacy [18]Cookies") or a copyright line, its other lines short (the site's
    address); the site's address on its own above such a paragraph (`_is_address_line`); and
    the heading over such a list ("Gerelateerde onderwerpen"), a short line of
    its own that ends no sentence. At least one line of links or copyright must close the
    dump; a paragraph of the text's own sentences ends the footer."""
    paragraphs: list[list[int]] = []
    for index in range(after, len(lines)):
        if lines[index].strip():
            if not paragraphs or index - 1 not in paragraphs[-1]:
                paragraphs.append([])
            paragraphs[-1].append(index)
    found: list[int] = []
    for paragraph in reversed(paragraphs):
        chrome = [_is_link_line(lines[i]) or bool(COPYRIGHT_LINE.match(lines[i])) for i in paragraph]
        short = [len(lines[i].split()) <= MAX_FOOTER_LINE_WORDS for i in paragraph]
        heading = bool(found) and len(paragraph) == 1 and short[0] and not ends_sentence(lines[paragraph[0]].strip()) \
            and len(lines[paragraph[0]].split()) <= MAX_MENU_ITEM_WORDS
        address = bool(found) and all(_is_address_line(lines[i]) for i in paragraph)
        if not (any(chrome) and all(c or s for c, s in zip(chrome, short)) or heading or address):
            return found
        found = paragraph + found
    return []  # nothing but a footer: the page's own text, whatever it looks like


_FIELD_GAP = re.compile(r"\s+[·|•]\s+")  # "Apotheek Het Spaarne · Spaarnelaan 12 · 2011 AB Haarlem"


def _is_address_line(line: str) -> bool:
    """Whether a line is the site's address as a footer sets it: two fields or more between
    separators, each a few words that end no sentence."""
    fields = _FIELD_GAP.split(" ".join(line.split()))
    return len(fields) > 1 and all(len(field.split()) <= MAX_MENU_ITEM_WORDS and not ends_sentence(field)
                                   for field in fields)


def _is_link_line(line: str) -> bool:
    """Whether a line of a dump is links and nothing else, a list's bullet before them at most:
    each link's mark before a few words ("[1]Maag-Darm-Levercentrum Oosterheem", "* [14]Coeliakie", "1. [9]Home",
    "[17]Privacy [18]Cookies [19]Disclaimer"), and no sentence's end."""
    text = _after(_NUMBERED_ITEM, _after(LIST_BULLET, line)).strip()
    marks = list(_LINK_MARK.finditer(text))
    if not marks or marks[0].start() != 0 or ends_sentence(text):
        return False
    ends = [mark.start() for mark in marks[1:]] + [len(text)]
    return all(0 < len(text[mark.end():end].split()) <= MAX_MENU_ITEM_WORDS for mark, end in zip(marks, ends))


def _after(lead: re.Pattern[str], line: str) -> str:
    """The line without what `lead` matches at its start. A match, not a search: searched for,
    a bullet or number is tried at each blank of a long run of blanks, each try running
    over the rest of the run (minutes for the 200,000 blanks of a broken menu)."""
    found = lead.match(line)
    return line[found.end():] if found else line


def _is_menu(line: str) -> bool:
    """Whether a line is a menu or breadcrumb of links (see `_menu_runs`)."""
    items = [item.strip() for item in _MENU_SEPARATOR.split(line.strip()) if item.strip()]
    linked = [bool(_LINK_MARK.match(item)) for item in items]
    return (len(items) >= 2 and sum(linked) >= 2 and all(linked[:-1]) and not ends_sentence(items[-1])
            and all(len(item.split()) <= MAX_MENU_ITEM_WORDS for item in items))


def same_place_lines(pages: list[list[str]]) -> list[set[int]]:
    """For each typed page (a list of lines), the lines that stand at the same place at the
    top or bottom of half of the pages and two or more, only their page number changing:
    the running header and footer of a text too short for `furniture_lines` (which asks for
    three pages), where it is shaped like one (`_header_shaped`). Type has one size, so the place tells furniture from a heading that
    repeats: the first or second filled line of a page, or the last or the one above it,
    as the PDF loader asks a short leaflet's rows to sit at the same height."""
    places: list[dict[tuple[str, int], int]] = []
    for number, lines in enumerate(pages, start=1):
        filled = [index for index, line in enumerate(lines) if line.strip()]
        edges = {**{(-rank - 1): i for rank, i in enumerate(filled[::-1][:2])},
                 **{rank: i for rank, i in enumerate(filled[:2])}}
        places.append({(key, rank): i for rank, i in edges.items() for key in furniture_keys(lines[i], number)})
    counts = Counter(place for page in places for place in page)
    dropped = [{i for place, i in page.items() if counts[place] >= 2 and 2 * counts[place] >= len(pages)
                and _header_shaped(lines[i])} for page, lines in zip(places, pages)]
    for page, index in _masthead_again(pages):
        dropped[page].add(index)
    return dropped


def _masthead_again(pages: list[list[str]]) -> list[tuple[int, int]]:
    """(page, line) of the first page's opening line where a later page opens with it again,
    word for word, on half of the pages and two or more: pdftotext prints the running header
    "Erasmus Rijnmond Allergiecentrum" after each form feed, and without this it became the
    heading of the text that follows. The first page keeps its line (the masthead, or the
    title a header repeats). A line with a number ("Week 1") or a sentence's end is left alone:
    such a line repeated at a page's top is the text's own."""
    tops = [next(((i, " ".join(line.split())) for i, line in enumerate(lines) if line.strip()), None)
            for lines in pages]
    if tops[0] is None:
        return []
    first = tops[0][1]
    if any(c.isdigit() for c in first) or ends_sentence(first):
        return []
    again = [(number, top[0]) for number, top in enumerate(tops) if number and top and top[1] == first]
    return again if 2 * (len(again) + 1) >= len(pages) else []


def _header_shaped(line: str) -> bool:
    """Whether a line looks like a running header or footer rather than a heading or a
    sentence that a short text repeats ("Week 1" / "Week 2", "Noteer hoe het ging."): fields
    set apart (by a wide gap, a bar, a dot or a dash), and no sentence's end."""
    fields = [field for field in re.split(r"\s{3,}|\t|\s[|·•–—]\s", line.strip()) if field.strip()]
    return len(fields) >= 2 and not ends_sentence(line.strip())


# A Markdown rule on a line of its own ("---", "***", "___"), after a blank line: "---" right
# under a line of text underlines a heading instead.
_RULE = re.compile(r" {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})")
_FOOTER_FIELD_GAP = re.compile(r"\s+[·•|]\s+")  # "Laatst bijgewerkt: 27 februari 2026 · Overzicht"


def closing_footer(text: str) -> tuple[str, str]:
    """Markdown without the footer a note or a site's page ends in, and that footer: a line under
    the text's last rule, with nothing after it, that states when the page was updated, alone
    or beside a few short fields such as a link back to an overview ("*Laatst bijgewerkt: 27
    februari 2026* · Folders overzicht"). It is no leaflet text, but its date may still date
    the leaflet, as a web page's footer does: it comes back a field a line, without its
    emphasis. Its line stays, empty; any other ending comes back as it is."""
    lines = text.split("\n")
    filled = [index for index, line in enumerate(lines) if line.strip()]
    if len(filled) < 3 or not _RULE.fullmatch(lines[filled[-2]]) or lines[filled[-2] - 1].strip():
        return text, ""
    footer = lines[filled[-1]].strip()
    fields = [field.strip(" *_") for field in _FOOTER_FIELD_GAP.split(footer)]
    if not any(is_date_line(field) for field in fields) or any(
            not is_date_line(field) and (ends_sentence(field) or len(field.split()) > MAX_MENU_ITEM_WORDS)
            for field in fields):
        return text, ""
    lines[filled[-2]] = lines[filled[-1]] = ""
    return "\n".join(lines), "\n".join(field for field in fields if field)  # a field a line, as furniture is


def drop_comments(text: str) -> str:
    """HTML comments out of the text: no reader sees them, so no search may find them.

    Each becomes one space: a comment on lines of its own leaves a blank line (it ends a
    paragraph, as in Markdown), one inside a paragraph leaves the paragraph whole. An
    unclosed "<!--" stays, and so do "<" and "[" in ordinary text.
    """
    return _COMMENT.sub(" ", text)


# A link reference definition: `[stroke]: https://www.thuisarts.nl/beroerte "Stroke on Thuisarts"`,
# its address in angle brackets or not, its title in quotes or brackets, on its line or the next.
# A footnote (`[^1]: ...`) is none: its text is shown.
_LINK_DEFINITION = re.compile(r" {0,3}\[(?P<label>(?!\^)(?:[^\[\]\\]|\\.)+)\]:[ \t]*(?:<[^<>\n]*>|[^\s<>]+)"
                              r"(?:[ \t]+(?P<title>\"[^\"]*\"|'[^']*'|\([^()]*\)))?[ \t]*")
_LINK_TITLE = re.compile(r"[ \t]*(?:\"[^\"]*\"|'[^']*'|\([^()]*\))[ \t]*")
# A shortcut reference ("is not a [stroke]."): a label in brackets, no link text or address after it.
_SHORTCUT_REFERENCE = re.compile(r"(?<![\]!\\])\[(?P<label>(?!\^)[^\[\]]+)\](?![\[(:])")


def without_link_definitions(text: str) -> str:
    """Markdown without its link reference definitions, which CommonMark shows nowhere: an
    address under its label (`[stroke]: https://... "Stroke on Thuisarts"`, gathered at the end
    as an editor writes them) that a reference link in the text points to. Kept, the addresses
    and titles ran into the last section's text. Each definition's line stays, empty; a shortcut
    reference to one (`[stroke]`, no link text after it) reads as its words, as the page shows it
    (a full or collapsed one, `[a stroke][stroke]`, `[stroke][]`, reads so already:
    `strip_inline_markdown`). As CommonMark reads them, a definition opens a block or follows
    another (a line that looks like one inside a paragraph is its text), and fenced code stays
    as it is; so does a label in brackets that no definition names ("[1]", "[sic]")."""
    lines = text.split("\n")
    fenced = fenced_lines(lines)
    labels: set[str] = set()
    opens = True  # whether the line starts a block: after a blank line, a definition, or first
    index = 0
    while index < len(lines):
        definition = _LINK_DEFINITION.fullmatch(lines[index]) if index not in fenced else None
        if definition and opens:
            labels.add(_link_label(definition.group("label")))
            lines[index] = ""
            if not definition.group("title") and index + 1 < len(lines) and index + 1 not in fenced \
                    and _LINK_TITLE.fullmatch(lines[index + 1]):
                index += 1
                lines[index] = ""
        else:
            opens = not lines[index].strip()
        index += 1
    if not labels:
        return text
    return "\n".join(line if number in fenced else _SHORTCUT_REFERENCE.sub(
        lambda link: link.group("label") if _link_label(link.group("label")) in labels else link.group(0), line)
        for number, line in enumerate(lines))


def _link_label(label: str) -> str:
    """A link's label as CommonMark matches it: case and runs of blanks do not count."""
    return " ".join(label.split()).casefold()


_FOOTNOTE = re.compile(r" {0,3}\[\^(?P<id>[^\]\s]+)\]:[ \t]*(?P<text>.*)")


def footnotes_in_place(text: str) -> str:
    """Markdown with each footnote (`[^1]: ...`, gathered at the end as Markdown writes
    them) moved to just after the paragraph that cites it: left at the end, the notes
    joined the last section ("Contact"), away from what they explain. A note that nothing
    cites, and anything inside fenced code, stays where it is."""
    lines = text.split("\n")
    fenced = fenced_lines(lines)
    cited = {ident for number, line in enumerate(lines) if number not in fenced
             for ident in re.findall(r"\[\^([^\]\s]+)\](?!:)", line)}
    notes: dict[str, list[str]] = {}
    kept: list[str] = []
    index = 0
    while index < len(lines):
        note = _FOOTNOTE.fullmatch(lines[index]) if index not in fenced else None
        if not note or note.group("id") not in cited:
            kept.append(lines[index])
            index += 1
            continue
        body = [note.group("text")]
        index += 1
        while index < len(lines) and lines[index].startswith(("  ", "\t")) and lines[index].strip():
            body.append(lines[index].strip())
            index += 1
        notes[note.group("id")] = body
        kept.append("")  # the line count of the rest stays as the editor sees it
    out: list[str] = []
    pending: list[str] = []
    for line in kept:
        if not line.strip() and pending:
            out += ["", *pending]
            pending = []
        out.append(line)
        for ident in re.findall(r"\[\^([^\]\s]+)\](?!:)", line):
            pending += notes.pop(ident, [])
    return "\n".join(out + (["", *pending] if pending else []))


def _unix_line_ends(text: str) -> str:
    """Windows and old Mac line ends made Unix ones before anything reads the text by
    lines: front matter saved by a Windows editor must be found like any other."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _is_front_matter(block: str) -> bool:
    lines = [line for line in block.splitlines() if line.strip()]
    keys = {line.partition(":")[0].strip().lower() for line in lines}
    return all(_META_LINE.fullmatch(line) for line in lines) and bool(keys & _META_KEYS)


def split_front_matter(text: str, strict: bool = False) -> tuple[dict[str, str], str]:
    """YAML-style `key: value` front matter of a Markdown file, and the text after it.

    The front matter is replaced by as many blank lines, so line numbers of the
    rest of the text stay as the editor sees them. `strict` (for plain text, where
    "---" may just be a rule) takes it only when every filled line is `key: value` and
    one of the keys is one this loader reads.
    """
    match = _FRONT_MATTER.match(text)
    if not match or strict and not _is_front_matter(match.group(1)):
        return {}, text
    first = next((line for line in match.group(1).splitlines() if line.strip()), "")
    if match.group(0).rstrip().endswith("...") and not _META_LINE.fullmatch(first):
        return {}, text  # "---" over a line and "..." under it: a rule and an ellipsis, no YAML
    meta: dict[str, str] = {}
    scalar: list[str] | None = None  # the lines of a block scalar's value, while under its key
    key = ""
    for line in match.group(1).splitlines():
        if scalar is not None and (not line.strip() or line[:1].isspace()):
            scalar.append(line.strip())  # a block scalar's text (`title: >-`, Pandoc's `header-includes: |`)
            continue
        if scalar is not None:
            meta[key] = " ".join(" ".join(scalar).split())
        found = _META_KEY.match(line)
        key, value = (found[1].strip().lower(), found[2]) if found else ("", "")
        scalar = [] if key and _BLOCK_SCALAR.fullmatch(line) else None
        if key and scalar is None:
            meta[key] = without_raw_spans(_scalar(value.strip()))
    if scalar is not None:
        meta[key] = " ".join(" ".join(scalar).split())
    return meta, "\n" * match.group(0).count("\n") + text[match.end():]


def _scalar(value: str) -> str:
    """A front-matter value without its quotes; a double-quoted one with YAML's escapes read
    ("\\\\" a backslash), as JSON reads the same escapes."""
    if len(value) > 1 and value[0] == value[-1] == '"':
        try:
            return str(json.loads(value))
        except ValueError:
            pass
    return value.strip("'\"")
