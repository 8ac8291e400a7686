"""The leaflet's title: the metadata's, or the largest text of its first pages.

The title is the metadata's only where the text states it, or where no larger text
opens the document: a scanner's or printer's file name loses to the largest text of the
first pages (`document_title`), an office program's name for a file is no title
(`metadata_title`), and a web site's name around a page's title is no part of it (`without_site`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.pdf.furniture import interface_over
from ingest.pdf.geometry import PdfLine
from ingest.clean.lines import CONTINUATION_WORDS, ends_sentence
from ingest.pdf.style import HEADING_SIZE_RATIO, ITEM_START, PARAGRAPH_GAP_RATIO, Body, heading_shaped, measure_body

# Office programs put themselves before the document's name ("Microsoft Word - folder.docx")
_OFFICE_PREFIX = re.compile(r"^Microsoft\s+(?:Office\s+)?(?:Word|PowerPoint|Excel|Publisher|Visio)\s*[-–—]\s*",
                            re.IGNORECASE)
# What a program calls a file or page not yet named: an office program's new file, an HTML
# editor's or converter's page ("Untitled Document", FrontPage's "New Page 1", "No Title" from
# liblouisutdml's back-translation, red team 43).
_PLACEHOLDER = re.compile(
    r"(?:(?:untitled|new|nieuw(?:e)?|naamloos|naamloze|no|geen)\s+)?"
    r"(?:document|dokument|presentatie|presentation|powerpoint-presentatie|untitled|naamloos(?: document)?"
    r"|titel|title|slide|dia|page|pagina)[\s-]*\d*", re.IGNORECASE)


def is_placeholder_title(title: str) -> bool:
    """Whether a title is a program's name for an unnamed file or page (`_PLACEHOLDER`)."""
    return _PLACEHOLDER.fullmatch(title.strip()) is not None
# An office file's or a plain text's name: a program that prints a text file (a2ps, enscript)
# stores it as the PDF's title ("whiplash.txt"), and Calligra Words stores the file's name with
# its extension cut off after the dot ("rabiesvaccinatie.").
_FILE_NAME = re.compile(r"(?P<stem>.*)\.(?:pdf|docx?|docm|dotx?|odt|rtf|pptx?|pptm|ppsx?|odp|xlsx?|ods|pub|indd"
                        r"|txt|text|md|rst|tex|ps|log|csv)?", re.IGNORECASE)


def metadata_title(title: str) -> str:
    """The metadata title as a patient may see it, or "" where it names a file, not a leaflet.

    Office exports store the program and the file name: "Microsoft Word - Na uw
    operatie.docx" is the leaflet "Na uw operatie", while "folder_def_2021.doc" or
    "Microsoft Word - Folder_Coloscopie_v3.docx" name no leaflet at all (a single word
    or one with underscores or a folder path is a file's name, not a title).
    """
    title = _OFFICE_PREFIX.sub("", title.strip())
    if is_placeholder_title(title):  # what an office program calls a new, unsaved file
        return ""
    file_name = _FILE_NAME.fullmatch(title)
    if file_name is None:
        return title
    stem = file_name.group("stem").strip()
    return stem if " " in stem and not any(mark in stem for mark in "_/\\") else ""


TITLE_PAGES = 2  # the first pages with text, where a leaflet's title stands


def document_title(metadata: str, pages: tuple[tuple[PdfLine, ...], ...], name: str = "") -> str:
    """The leaflet's title as its metadata gives it (see `metadata_title`), unless the first
    pages show one in larger type that the metadata does not match: a metadata title that
    the text never states ("ORT-033 hielspoor drukproef", a printer's proof; "Scan
    2025-06-18") names a file, not the leaflet, and a file's name (scan0043.pdf) gives
    none. Without larger type on those pages the metadata title stands, stated or not.
    With neither, the first heading, where it names the file's subject (`named_heading`), or
    the one bold line set a little over the body at the top (`lone_title`)."""
    shown = shown_title(pages)
    lines = {_key(line.text) for lines in pages[:TITLE_PAGES] for line in lines}
    metadata = without_code(without_site(metadata, pages, shown), lines)
    if metadata and (not shown or _states(pages, metadata)):
        return metadata
    return shown or metadata or named_heading(pages, name) or lone_title(pages)


def lone_title(pages: tuple[tuple[PdfLine, ...], ...]) -> str:
    """The one bold line of the first pages in their largest size, a little over the body, among
    the first lines of the first page (`_slightly_larger_line`), where it is shaped like a
    heading, else "". groff's `ms` title ("Een ongelukje met een tand bij uw kind", 11 points over
    10) is the only line so set: no section heading shares its size, so it needs no word of
    the file's name to title a PDF without /Title ("tandtrauma-kind.pdf", red team 37)."""
    line = _slightly_larger_line(pages)
    text = " ".join(line.text.split()) if line is not None else ""
    return text if text and heading_shaped(text) else ""


_TITLE_PARTS = re.compile(r"\s+[-–—|·]\s+")  # "Page - Site", "Site | Page"
MAX_SITE_WORDS = 6  # "Ziekenhuis De Linde", "Thuisarts.nl": a name, not the half of a title
MIN_REPEATS = 2  # pages that print a line at least, to be a running header or footer


def without_site(title: str, pages: tuple[tuple[PdfLine, ...], ...], shown: str) -> str:
    """The metadata title less the name of the site or publisher that a web page's <title>
    adds after or before the page's own ("Het verwijderen van een verstandskies - Ziekenhuis
    De Linde", which calibre and browsers store as the PDF's title): where the rest is the
    title the first pages show (`shown`) or a line they set in their largest size, or where
    the name stands in a running header or footer without the rest ("Ziekenhuis De Linde |
    Poli MKA" on every page). Every passage
    is cited with its leaflet's title, and the name made it a site's title, not the leaflet's.
    A title whose parts are both its own ("Artrose - knie") keeps them: the first pages show
    it whole, and no line repeats the one part without the other."""
    separators = list(_TITLE_PARTS.finditer(title))
    if not separators:
        return title
    first, last = separators[0], separators[-1]
    repeated = _repeated_lines(pages)
    largest = _largest_lines(pages)
    for rest, site in ((title[:last.start()], title[last.end():]), (title[first.end():], title[:first.start()])):
        if not rest.strip() or len(site.split()) > MAX_SITE_WORDS:
            continue
        if _key(rest) in (_key(shown), *largest) or any(_key(site) in _fields(line) and _key(rest) not in line
                                            for line in repeated):
            return rest.strip()
    return title


# A document number filed with a title ("VAS-0412", "ORT-033", "KNO041"): letters, then three
# digits or more ("COVID-19", "HPV-16" name a subject)
_CODE = re.compile(r"[A-Za-z]{1,8}[-_.]?\d{3,}[\w.-]*")


def without_code(title: str, lines: set[str]) -> str:
    """The metadata title less a document number before or after it ("VAS-0412
    Trombosebeen") where the first pages state the rest as a line of its own ("Trombosebeen",
    `lines` folded by `_key`): the number files the leaflet in a document system, the patient
    knows it by its name. A title whose number the cover shows with it keeps the number."""
    words = title.split()
    if len(words) < 2:
        return title
    for code, rest in ((words[0], words[1:]), (words[-1], words[:-1])):
        if _CODE.fullmatch(code) and _key(" ".join(rest)) in lines:
            return " ".join(rest)
    return title


def _largest_lines(pages: tuple[tuple[PdfLine, ...], ...]) -> set[str]:
    """The lines of the first pages set in their largest size, larger than the body text, as
    `_key`s: a web page's title, which a browser prints under the site's top bar, logo, menu
    and breadcrumb, too far down for `shown_title` ("Waterpokken" under a GGD's masthead,
    red team 19)."""
    body = measure_body([list(lines) for lines in pages])
    sized = [line for lines in pages[:TITLE_PAGES] for line in lines if line.text.strip()]
    largest = max((line.size for line in sized), default=0.0)
    if largest < body.size * HEADING_SIZE_RATIO:
        return set()
    return {_key(line.text) for line in sized if line.size == largest}


def _repeated_lines(pages: tuple[tuple[PdfLine, ...], ...]) -> set[str]:
    """The lines that `MIN_REPEATS` pages or more print (a running header or footer), as `_key`s."""
    seen: dict[str, set[int]] = {}
    for number, lines in enumerate(pages):
        for line in lines:
            seen.setdefault(_key(line.text), set()).add(number)
    return {text for text, found in seen.items() if text and len(found) >= MIN_REPEATS}


def _fields(line: str) -> list[str]:
    """The fields of a running header or footer: its parts apart by a separator or a wide blank."""
    return [field.strip() for part in _TITLE_PARTS.split(line) for field in re.split(r" {2,}", part)]


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


MIN_NAME_LETTERS = 5  # the file name's longest word at least, to name a subject inside a word
MIN_WORD_LETTERS = 4  # ... or as a word of the heading's own ("acne" in "Acne bij jongeren"; "pdf" names none)


def named_heading(pages: tuple[tuple[PdfLine, ...], ...], name: str) -> str:
    """The first line of the first pages set larger than the body, where it is shaped like a
    heading and holds the longest word of the file's name `name` (its stem), else "".

    A web page printed by a browser (wkhtmltopdf) has no metadata title, and sets its title
    as large as its section headings, which the next page uses too: the leaflet was titled by
    its file's name, "enkelverstuiking", though its first heading, "Enkelverstuiking
    (enkeldistorsie)", says the same and more. A first heading that does not name the file's
    subject ("Wat gebeurt er bij een verstuiking?") opens a section, not the leaflet. A short
    name ("acne", mutool's file without a /Title) names it as a word of the heading
    ("Acne bij jongeren"), not inside one, and only at the start of the cover's largest text
    (`_opens_cover`)."""
    words = re.findall(r"[^\W\d_]+", name.casefold())
    key = max(words, key=len, default="")
    if len(key) < MIN_WORD_LETTERS:
        return ""
    first = _first_large_line(pages) or _scanned_first_line(pages) or _slightly_larger_line(pages)
    text = " ".join(first.text.split()) if first is not None else ""
    if first is not None and first.ocr and text and text.split()[-1].lower() in CONTINUATION_WORDS:
        text = _run_on(pages, first, text)
    named = key in text.casefold() if len(key) >= MIN_NAME_LETTERS else _opens_cover(first, key, pages)
    return text if text and heading_shaped(text) and named else ""


def _run_on(pages: tuple[tuple[PdfLine, ...], ...], first: PdfLine, text: str) -> str:
    """An OCR'd title with the line it runs on into: one that ends in a word that goes on
    ("Holteronderzoek: 24 of 48 uur uw" over "hartritme meten", red team 45) was wrapped, and
    an OCR layer sets both lines alike, so no size says where the title ends."""
    lines = next(lines for lines in pages if first in lines)
    after = [line for line in lines[lines.index(first) + 1:] if line.text.strip()]
    return " ".join([text, *after[0].text.split()]) if after else text


def _first_large_line(pages: tuple[tuple[PdfLine, ...], ...]) -> PdfLine | None:
    """The first line of the first pages set larger than the body, or None."""
    body = measure_body([list(lines) for lines in pages])
    return next((line for lines in pages[:TITLE_PAGES] for line in lines
                 if line.text.strip() and line.size >= body.size * HEADING_SIZE_RATIO), None)


def _scanned_first_line(pages: tuple[tuple[PdfLine, ...], ...]) -> PdfLine | None:
    """The first line of the first page with text where that page is an OCR layer, else None:
    tesseract sets every word in one invisible font scaled to its box, so no line is larger
    by a cue the reader can trust ("Voorste kruisbandreconstructie" at 11 points over a body of
    10); the file was titled by its name (red team 24). `named_heading` still asks that the
    line name the file's subject."""
    lines = next((lines for lines in pages[:TITLE_PAGES] if any(line.text.strip() for line in lines)), ())
    texts = [line for line in lines if line.text.strip()]
    if not texts or not all(line.ocr for line in texts):
        return None
    return max(texts, key=lambda line: line.y)


def _slightly_larger_line(pages: tuple[tuple[PdfLine, ...], ...]) -> PdfLine | None:
    """The one line of the first pages set in their largest size, bold and larger than the body
    by less than a heading's ratio, among the first lines of the first page with text, or None:
    groff's `ms` sets its title (`.TL`, pandoc's `-t ms`) bold, one point over the body
    ("Chlamydia" at 11 points over 10, under the publisher's line); with no /Title the leaflet was
    titled by its file's name (red team 36). `named_heading` still asks that the line name the
    file's subject."""
    body = measure_body([list(lines) for lines in pages])
    sized = [line for lines in pages[:TITLE_PAGES] for line in lines if line.text.strip()]
    largest = max((line.size for line in sized), default=0.0)
    alone = [line for line in sized if line.size == largest]
    opening = next(([line for line in lines if line.text.strip()] for lines in pages if any(
        line.text.strip() for line in lines)), [])
    if not body.size < largest < body.size * HEADING_SIZE_RATIO or len(alone) != 1 or not alone[0].bold or alone[0] not in opening[:TITLE_LINES]:
        return None
    return alone[0]


def _opens_cover(line: PdfLine | None, key: str, pages: tuple[tuple[PdfLine, ...], ...]) -> bool:
    """Whether a short file name (`key`, "acne") names the leaflet's subject in `line`: the
    line opens with it as a word of its own and is the largest text of the first pages
    ("Acne bij jongeren"). A short name may be a file's kind, not its subject ("info.pdf",
    "test.pdf", "scan.pdf"): a heading that merely holds the word ("Test uw kennis" lower
    down, "Meer info") titles no leaflet."""
    if line is None or re.findall(r"[^\W\d_]+", line.text.casefold())[:1] != [key]:
        return False
    return line.size >= max(other.size for lines in pages[:TITLE_PAGES] for other in lines if other.text.strip())


TITLE_LINES = 3  # a title opens its page (in reading order), at most under a masthead line or two


def shown_title(pages: tuple[tuple[PdfLine, ...], ...]) -> str:
    """The largest text of the first pages with text, where it is set larger than the body,
    in a size no later page uses (a chapter heading on every page is no title), among the
    first lines of the first page that has large text, and reads as a title: the first line in that size and the lines right under it in the same style
    (a title wrapped over two lines), in a heading's few words; else ""."""
    body = measure_body([list(lines) for lines in pages])
    texts = [lines for lines in pages if any(line.text.strip() for line in lines)]
    first, later = texts[:TITLE_PAGES], texts[TITLE_PAGES:]
    sized = [line for lines in first for line in lines if line.text.strip()]
    largest = max((line.size for line in sized), default=0.0)
    if largest < body.size * HEADING_SIZE_RATIO:
        return ""
    if any(line.size >= largest for lines in later for line in lines) and not is_cover(first[0], largest, later):
        return ""
    for number, lines in enumerate(first):
        texts = [line for line in lines if line.text.strip()]
        start = next((n for n, line in enumerate(texts) if line.size == largest), None)
        if number and any(line.size >= body.size * HEADING_SIZE_RATIO for line in first[0]):
            return ""  # page 1 has a title of its own; a larger heading inside is a section's
        if start is None:
            continue
        run = [texts[start]]
        for line in texts[start + 1:]:
            if (line.size, line.bold, line.region) != (run[-1].size, run[-1].bold, run[-1].region) \
                    or not 0 < run[-1].y - line.y <= 2 * line.size:
                break
            run.append(line)
        if start >= TITLE_LINES and not (interface_over(texts[:start]) and _alone_in_size(first, run)):
            return ""  # large text further down (a call-out, "Bel 112") is no title, unless under a site's masthead
        text = " ".join(" ".join(line.text for line in run).split())
        return text if heading_shaped(text) else ""
    return ""


def _alone_in_size(pages: list[tuple[PdfLine, ...]], run: list[PdfLine]) -> bool:
    """Whether no line of `pages` but the title's `run` is set in its size: a web page's title
    under its site's masthead is larger than its sections' headings; a first heading in their
    size ("Na uw bezoek") opens a section, not the page."""
    return sum(1 for lines in pages for line in lines if line.text.strip() and line.size == run[0].size) == len(run)


MAX_COVER_LINES = 10  # a cover: its title, a subtitle, who made it and when, each maybe wrapped


def is_cover(lines: tuple[PdfLine, ...], largest: float, later: list[tuple[PdfLine, ...]]) -> bool:
    """Whether the first page is a cover: it opens with text in the `largest` size (under a
    masthead line or two at most) and holds
    little else, no sentence and no list (a subtitle, who made it, a date), and its opening
    line is no heading the later pages repeat in its size. A slide deck sets every slide's title in one
    size, so the cover's title is no larger than the later slides' ("Eerste hulp bij een
    epileptische aanval" over "Wat is een epileptische aanval?"); a leaflet whose pages
    open with sections in its largest size has text under the first one, not a cover."""
    texts = [line for line in lines if line.text.strip()]
    start = next((n for n, line in enumerate(texts) if line.size == largest), None)
    if start is None or start >= TITLE_LINES or len(texts) > MAX_COVER_LINES:
        return False
    rest = [line.text.strip() for line in texts if line.size != largest]
    if any(ends_sentence(text) or ITEM_START.match(text) for text in rest):
        return False
    opening = " ".join(texts[start].text.split())
    return not any(" ".join(line.text.split()) == opening for page in later for line in page if line.size == largest)


def _states(pages: tuple[tuple[PdfLine, ...], ...], title: str) -> bool:
    """Whether the document's text holds every word of `title`."""
    words = {word for lines in pages for line in lines for word in re.findall(r"\w+", line.text.casefold())}
    return set(re.findall(r"\w+", title.casefold())) <= words


# What a cover prints before its author's name, on the name's line or on a line of its own:
# groff mom's title page sets "by" alone over .AUTHOR; others write "door", "Auteur:", "Tekst:".
_AUTHOR_LABEL = re.compile(r"(?:(?:written|geschreven)\s+)?(?:by|door)(?:\s*:\s*|\s+|$)"
                           r"|(?:auteurs?|authors?|tekst|text)\s*(?::\s*|$)", re.IGNORECASE)


def without_author_label(lines: list[PdfLine], body: Body) -> list[PdfLine]:
    """The cover's lines without the label its author's name stands under or after ("by" /
    "Orthopedie, Sint Maartenskliniek Nijmegen"): the lines after the title (the first line set
    larger than the body) and before the first line set larger again or ending a sentence,
    `MAX_COVER_LINES` at most. The label is the typesetter's, not the leaflet's; with it, the
    byline read as a sentence ("by Orthopedie, ...") and stood as a passage of its own, which
    ranked first for questions nobody asked of it; without it, the name is the cover's byline
    that names the leaflet's sender. A label alone on the last of those lines labels nothing;
    one before a name on its line labels it only where the line is a paragraph of its own: "Door
    Corona ..." may open a sentence wrapped onto the next line."""
    larger = body.size * HEADING_SIZE_RATIO
    title = next((n for n, line in enumerate(lines) if line.text.strip() and line.size >= larger), None)
    if title is None:
        return lines
    start = next((n for n in range(title + 1, len(lines)) if lines[n].size < larger), len(lines))
    dropped: set[int] = set()
    out = list(lines)
    for index in range(start, min(start + MAX_COVER_LINES, len(lines))):
        text = lines[index].text.strip()
        if lines[index].size >= larger or ends_sentence(text):
            break
        label = _AUTHOR_LABEL.match(text)
        name = text[label.end():] if label else ""
        if label and not name and index + 1 < len(lines) and lines[index + 1].size < larger:
            dropped.add(index)
        elif label and name[:1].isupper() and heading_shaped(name) and _stands_alone(lines, index, body):
            out[index] = replace(lines[index], text=name)
    return [line for index, line in enumerate(out) if index not in dropped]


def _stands_alone(lines: list[PdfLine], index: int, body: Body) -> bool:
    """Whether line `index` is a paragraph of its own: the last line, or one set apart from the
    next by a paragraph's gap, another size or another left edge (a cover's centred lines)."""
    if index + 1 >= len(lines):
        return True
    line, following = lines[index], lines[index + 1]
    gap = (line.y - following.y) / max(line.size, 1.0)
    return gap > body.spacing * PARAGRAPH_GAP_RATIO or following.size != line.size or abs(following.x - line.x) > 1
