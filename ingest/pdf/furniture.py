"""Running headers, footers and page numbers: found, dropped from the text, kept apart.

They are found by where they sit (`page_furniture`), not where the page happens to draw
them; in a file of up to four pages, a header or footer no other page repeats is found by
its place in the top or bottom margin and its shape (`lone_header`, `lone_footer`), and stays
in the text when it gives the leaflet's only phone number (`contact_kept`). They are
carried apart (`furniture_text`, `SourceText.furniture`) for the date a footer may state.
A web page a browser printed loses its cookie bar before the page is read
(`without_cookie_bar`), and the site's masthead, footer band and advertisements with the
browser's header and footer (`web_page_chrome`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

import pypdf

from ingest.clean.furniture import furniture_keys, is_cookie_bar, is_page_number, is_ui_line, runs_through
from ingest.clean.lines import ends_sentence
from ingest.dates import find_updated
from ingest.pdf.fragments import displayed_box
from ingest.pdf.geometry import Fragment, PdfLine
from ingest.pdf.style import Body, HEADING_SIZE_RATIO, PARAGRAPH_GAP_RATIO, measure_body

EDGE_ROWS = 2  # rows at the top and at the bottom of a page where headers and footers stand
SAME_PLACE = 2.0  # points: a header on two pages sits at the same height on both


@dataclass(frozen=True)
class _Row:
    """The lines of a page that share a baseline, read left to right: a footer set in
    pieces ("Pagina 2 van 3" ... "OZ-0412 versie 3"), even split over two columns, is one row."""

    indices: tuple[int, ...]
    text: str
    y: float
    size: float
    bold: bool
    cells: int = 1  # pieces set apart by wide gaps, over all its lines


def edge_rows(lines: list[PdfLine]) -> list[_Row]:
    """The top and bottom `EDGE_ROWS` rows of a page by height, in whatever order it draws them."""
    rows = _rows(lines, lambda above, below: above.y - below.y <= 0.5 * max(above.size, below.size))
    return rows if len(rows) <= 2 * EDGE_ROWS else rows[:EDGE_ROWS] + rows[-EDGE_ROWS:]


def _rows(lines: list[PdfLine], together) -> list[_Row]:
    """The page's lines with text in rows from the top, a line joining the row above when
    `together(first line of that row, line)`, each row read left to right."""
    rows: list[list[int]] = []
    for index in sorted(range(len(lines)), key=lambda i: -lines[i].y):
        if not lines[index].text.strip():
            continue
        if rows and together(lines[rows[-1][0]], lines[index]):
            rows[-1].append(index)
        else:
            rows.append([index])
    return [_row(lines, sorted(row, key=lambda i: lines[i].x)) for row in rows]


def _row(lines: list[PdfLine], indices: list[int]) -> _Row:
    text = " ".join(lines[i].text.strip() for i in indices)
    return _Row(tuple(indices), text, max(lines[i].y for i in indices),
                max(lines[i].size for i in indices), all(lines[i].bold for i in indices),
                sum(lines[i].cells for i in indices))


def page_furniture(pages: list[list[PdfLine]], first_page: int = 1,
                   margins: list[float] | None = None, tops: list[float] | None = None) -> list[set[int]]:
    """For each page, the indices of its running headers, footers and page numbers, found
    as `sheet_furniture` finds them, each of two pages a sheet sets side by side read as a
    page of its own (`PdfLine.half`): their footers side by side on one row ("... pagina 1
    van 3 ... pagina 2 van 3") repeat on no other sheet; each on its own repeats on each page."""
    apart = pages_apart(pages)
    if len(apart) == len(pages):
        return sheet_furniture(pages, first_page, margins, tops)
    return sheets_of(sheet_furniture(*_read_apart(pages, apart, margins, tops, first_page)), apart, len(pages))


@dataclass(frozen=True)
class _PageApart:
    """A page of a sheet: the sheet's position, and its lines' indices on the sheet."""

    sheet: int
    indices: tuple[int, ...]


def pages_apart(pages: list[list[PdfLine]]) -> list[_PageApart]:
    """The pages the sheets hold: one a sheet, or two where it sets two side by side."""
    return [_PageApart(sheet, tuple(i for i, line in enumerate(lines) if line.half == half))
            for sheet, lines in enumerate(pages) for half in sorted({line.half for line in lines} or {0})]


def _read_apart(pages: list[list[PdfLine]], apart: list[_PageApart], margins: list[float] | None,
                tops: list[float] | None,
                first_page: int) -> tuple[list[list[PdfLine]], int, list[float] | None, list[float] | None]:
    """The pages apart, numbered from `first_page`, each with its sheet's margins."""
    return ([[pages[page.sheet][i] for i in page.indices] for page in apart], first_page,
            [margins[page.sheet] for page in apart] if margins else margins,
            [tops[page.sheet] for page in apart] if tops else tops)


def sheets_of(found: list[set[int]], apart: list[_PageApart], sheets: int) -> list[set[int]]:
    """Indices found on each page apart, as indices of the lines of its sheet."""
    out: list[set[int]] = [set() for _ in range(sheets)]
    for page, here in zip(apart, found):
        out[page.sheet] |= {page.indices[i] for i in here}
    return out


def sheet_furniture(pages: list[list[PdfLine]], first_page: int = 1,
                    margins: list[float] | None = None, tops: list[float] | None = None) -> list[set[int]]:
    """For each page, the indices of its running headers, footers and page numbers.

    A row at the top or bottom of a page is furniture when it is a bare page number,
    or when it repeats, only its page number changing, on at least half of the
    pages and three or more (`runs_through`). A leaflet of two to four pages has
    too few for that: there a row on two pages (and half of them) counts when it
    sits at the same height on both and is set like furniture, smaller than the
    body text or at its size and not bold; a heading that happens to repeat is
    larger or bold. A row that numbers the pages, however it is set, is furniture on two
    pages too, and so are the rows its margin repeats beside it (`numbered_header`).
    A single page repeats nothing, and a short leaflet may set its header
    or footer on one page only (the first, the last): on up to `MAX_SHORT_PAGES` pages, each
    page's own footer and header are also found by their place and shape (`lone_footer`,
    `lone_header`), given where each page's bottom and top margins begin (`margins`, `tops`).
    """
    body = measure_body(pages)
    numbers = range(first_page, first_page + len(pages))
    dropped, running = _running_found(pages, numbers, body, margins, tops)
    for number, (page, lines) in enumerate(zip(numbers, pages)):
        dropped[number] |= overrun_furniture(lines, page, running)
    for number, found_here in enumerate(section_headers(pages, body, margins, tops, first_page)):
        dropped[number] |= found_here
    if margins and tops:
        for number, lines in enumerate(pages):
            dropped[number] |= printout_stamps(lines, margins[number], tops[number])
    for number, found_here in enumerate(web_page_chrome(pages, body)):
        dropped[number] |= found_here
    filled = [number for number, lines in enumerate(pages) if any(line.text.strip() for line in lines)]
    if filled and first_page == 1:
        dropped[filled[0]] |= trail_over_title(pages[filled[0]], body)
    if len(pages) <= MAX_SHORT_PAGES:
        for number, lines in enumerate(pages):
            if margins:
                dropped[number] |= lone_footer(lines, margins[number], body)
            if tops:
                dropped[number] |= lone_header(lines, tops[number], body, _later_title(pages, number, body))
            if margins:
                dropped[number] |= panel_feet(lines, margins[number], body)
    return dropped


def _running_rows(rows: list[list[_Row]], numbers: range, body: Body, margins: list[float] | None,
                  tops: list[float] | None) -> dict[str, list[_Row]]:
    """The running headers and footers among each page's edge `rows` (see `sheet_furniture`):
    each row's key, and the rows that share it."""
    found: dict[str, list[_Row]] = {}
    edges: dict[str, list[str]] = {}  # for each row found, the page margin it stands in
    places: dict[str, list[int]] = {}  # for each row found, the pages (positions) it stands on
    for position, (number, page_rows) in enumerate(zip(numbers, rows)):
        on_page: dict[str, _Row] = {}
        for row in page_rows:
            for key in row_keys(row.text, number):
                on_page.setdefault(key, row)
        for key, row in on_page.items():
            found.setdefault(key, []).append(row)
            edges.setdefault(key, []).append(_margin_of(row, position, margins, tops))
            places.setdefault(key, []).append(position)
    repeated = {key for key, same in found.items() if _running(same, len(rows), body.size, edges[key])
                and (not key.startswith(_LABELLED) or _set_as_header(same, body, edges[key]))}
    numbered = {key for key, same in found.items() if numbered_header(same, len(rows), edges[key])}
    beside = {(edges[key][0], tuple(places[key])) for key in numbered}
    repeated |= numbered | {key for key, same in found.items()
                            if (edges[key][0], tuple(places[key])) in beside and _in_place(same, edges[key])}
    return {key: found[key] for key in repeated}


def _running_found(pages: list[list[PdfLine]], numbers: range, body: Body, margins: list[float] | None,
                   tops: list[float] | None) -> tuple[list[set[int]], dict[str, list[_Row]]]:
    """For each page, the indices of its running headers, footers and page numbers among its
    edge rows; and the running rows by key. Where the margins are known, the edge rows are read
    again with those found set aside, and the running rows in a margin under (or over) them
    found, until no new one is: a document system's print stamp ("ONGECONTROLEERDE KOPIE -
    afgedrukt op ... door ...", `pdftk stamp`), itself running, over the header of every page,
    with react-pdf's footer drawn off the page above it, took the top `EDGE_ROWS` rows, and the
    header under them stayed in the text of each page. Only rows in a margin and smaller than
    the body text count again: the text's first rows may repeat a table's head, and a web
    page's last lines, under a cookie bar and a browser's footer, the same sentence."""
    rows = [edge_rows(lines) for lines in pages]
    running = _running_rows(rows, numbers, body, margins, tops)
    dropped = _running_indices(rows, numbers, running)
    while margins and tops:
        under = [[row for row in edge_rows(_set_aside(lines, found))
                  if _margin_of(row, position, margins, tops) and row.size < body.size]
                 for position, (lines, found) in enumerate(zip(pages, dropped))]
        more = _running_rows(under, numbers, body, margins, tops)
        if more.keys() <= running.keys():
            break
        running |= more
        dropped = [found | new for found, new in zip(dropped, _running_indices(under, numbers, more))]
    return dropped, running


def _running_indices(rows: list[list[_Row]], numbers: range, running: dict[str, list[_Row]]) -> list[set[int]]:
    """For each page, the indices of its `rows` that are page numbers or `running` rows."""
    return [{i for row in page_rows for i in row.indices
             if is_page_number(row.text) or is_roman_page_number(row.text)
             or row_keys(row.text, number) & running.keys()}
            for number, page_rows in zip(numbers, rows)]


# A page label at the end of a running row, whatever the count: "ii", "12", "1 / 2", "3 van 8".
_PAGE_LABEL_AT_END = re.compile(r"\s(?:\d{1,4}(?:\s*(?:/|van|of)\s*\d{1,4})?|[ivxlc]{1,7})$")
_LABELLED = "\x00label\x00"  # marks the key of a row without its page label


def row_keys(text: str, number: int) -> frozenset[str]:
    """The keys of a row (`furniture_keys`), and the row without the page label that ends it:
    dblatex numbers its front matter "Natte maculadegeneratie ii", "… iii" and its body "… 1 / 2",
    "… 2 / 2", a count that no distance to the page's place in the file shares (red team 24)."""
    keys = furniture_keys(text, number)
    text = " ".join(text.split())
    label = _PAGE_LABEL_AT_END.search(text)
    if label is None or not (is_page_number(label.group()) or is_roman_page_number(label.group())):
        return keys
    return keys | {_LABELLED + text[:label.start()]}


def _set_as_header(rows: list[_Row], body: Body, edges: list[str]) -> bool:
    """Whether rows that share their words but for a page label are a running header or
    footer, not a numbered heading at the head of each page ("Stap 1", "Stap 2"): at one
    height in one margin of each page, not bold, not larger than the body text."""
    return _in_place(rows, edges) and all(not row.bold and row.size <= body.size for row in rows)


def _set_aside(lines: list[PdfLine], indices: set[int]) -> list[PdfLine]:
    """The page's lines with the text of those at `indices` taken out, each keeping its index."""
    return [replace(line, text="") if index in indices else line for index, line in enumerate(lines)]


MIN_PANELS = 3  # columns side by side on a page: the panels of a folder folded in three or more
PANEL_FOOT_GAP = 5.0  # body lines between a panel's text and a line alone at its foot, at least
MAX_PANEL_FOOT_WORDS = 4


def panel_feet(lines: list[PdfLine], margin: float, body: Body) -> set[int]:
    """The indices of the lines that stand alone at the foot of a folder's panel: the last
    line of a column of a page of three panels or more (`MIN_PANELS` regions that start
    apart), in the page's bottom margin, far below the rest of its panel (`PANEL_FOOT_GAP`),
    a label of a few words at most at the body's size that ends no sentence and gives no phone
    number: the cover's "Patiënteninformatie" under its title (cairosvg's folder, red team
    22), read after the cover, opened the next panel's warning. Each panel is a page of the
    folder, and this is its footer, which `lone_footer`, over the whole sheet, does not see."""
    regions: dict[int, list[int]] = {}
    for index, line in enumerate(lines):
        if line.text.strip():
            regions.setdefault(line.region, []).append(index)
    if len({round(min(lines[i].x for i in found)) for found in regions.values()}) < MIN_PANELS:
        return set()
    out: set[int] = set()
    for found in regions.values():
        ordered = sorted(found, key=lambda i: lines[i].y)
        foot, above = lines[ordered[0]], [lines[i].y for i in ordered[1:]]
        text = foot.text.strip()
        if above and foot.y <= margin and foot.size <= body.size and min(above) - foot.y > PANEL_FOOT_GAP * body.size \
                and len(text.split()) <= MAX_PANEL_FOOT_WORDS and not ends_sentence(text) \
                and not _phone_numbers([text]):
            out.add(ordered[0])
    return out


# A front matter's page number in lower-case roman numerals ("i", "iv", "xii"), as LaTeX,
# Texinfo and word processors number a title page and a table of contents.
_ROMAN_PAGE = re.compile(r"(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})")


def is_roman_page_number(text: str) -> bool:
    """Whether a row at a page's head or foot is only a page number in lower-case roman
    numerals: texi2pdf numbered its contents page "i", which became a passage of its own
    (red team 17). Alone at the edge of a page such a numeral is no word nor list item; in
    capitals it may be a word ("I", "X") and is left alone."""
    return bool(_ROMAN_PAGE.fullmatch(text.strip()))


def contact_kept(pages: list[list[PdfLine]], dropped: list[set[int]], margins: list[float] | None = None,
                 tops: list[float] | None = None) -> list[set[int]]:
    """`dropped` (see `page_furniture`) less the lone footers and headers (`lone_footer`,
    `lone_header`) that give a phone number no other line of the leaflet gives: a poster or
    a one-page leaflet may put its only contact details in its footer band ("Oogpoli ... ·
    072 - 514 77 00 · www... · Uitgave januari 2026", Inkscape, red team 15), and a reader
    needs them. A page number, a print stamp, a version or a document code gives no phone
    number; a footer that repeats on another page, or a number the text gives already,
    gives none of its own. Two pages side by side on a sheet are two pages (`page_furniture`)."""
    apart = pages_apart(pages)
    if len(apart) != len(pages):
        pieces, _, apart_margins, apart_tops = _read_apart(pages, apart, margins, tops, 1)
        found = [{page.indices.index(i) for i in dropped[page.sheet] if i in page.indices} for page in apart]
        return sheets_of(contact_kept(pieces, found, apart_margins, apart_tops), apart, len(pages))
    if len(pages) > MAX_SHORT_PAGES:
        return dropped
    body = measure_body(pages)
    kept = [set(drop) for drop in dropped]
    for number, lines in enumerate(pages):
        lone = (lone_footer(lines, margins[number], body) if margins else set(),
                lone_header(lines, tops[number], body, _later_title(pages, number, body)) if tops else set())
        for rows in lone:
            rows &= dropped[number]
            numbers = _phone_numbers(lines[index].text for index in rows)
            if numbers and not numbers & _phone_numbers(line.text for page, others in enumerate(pages)
                                                        for index, line in enumerate(others)
                                                        if page != number or index not in rows):
                kept[number] -= rows
    return kept


# A phone number: "072 - 514 77 00", "(040) 888 12 60", "+31 20 566 9111", "0344 – 67 45 00".
PHONE = re.compile(r"(?:\+\d{2}|\(0|\b0)(?:[ \-–()]{0,3}\d){8,10}\b")


def _phone_numbers(texts) -> set[str]:
    """The phone numbers the texts give, each as its digits alone."""
    return {re.sub(r"\D", "", found) for text in texts for found in PHONE.findall(text)}


def section_headers(pages: list[list[PdfLine]], body: Body, margins: list[float] | None = None,
                    tops: list[float] | None = None, first_page: int = 1) -> list[set[int]]:
    """For each page, the indices of a running header or footer that names the page's section.

    Such a row holds a part every page repeats ("Maasland Ziekenhuis") or the page's number,
    and the title of the section the page is in, which changes (WeasyPrint's `string-set`,
    Word's STYLEREF field, htmldoc's "Boezemfibrilleren ... 1", "Wat kunt u zelf doen? ... 2"):
    no page repeats it whole. It is one when it stands at one height on half the pages and two
    or more, in a margin, set like furniture (not larger than the body text), and what is left
    of it on each page, once the part they share and the page number are taken away, is a
    heading of the leaflet set larger or bolder than it ("Maasland Ziekenhuis Wat kunt u wel en
    niet eten?"): a heading that opens the pages in their text stands in the text, not beside
    the same words again."""
    out: list[set[int]] = [set() for _ in pages]
    headings = _heading_styles(pages)
    edges = [edge_rows(lines) for lines in pages]
    for pick in (0, -1):  # the top row of each page, then the bottom row
        rows = sorted(((number, found[pick]) for number, found in enumerate(edges) if found),
                      key=lambda item: item[1].y)
        verdicts: dict[tuple[int, int], bool] = {}  # for each run of rows at one height, whether they are such rows
        low = high = 0
        for number, row in rows:  # the rows within `SAME_PLACE` of it: a run of `rows`, by height
            while abs(rows[low][1].y - row.y) > SAME_PLACE:
                low += 1
            while high < len(rows) and abs(rows[high][1].y - row.y) <= SAME_PLACE:
                high += 1
            if (low, high) not in verdicts:
                same = sorted(rows[low:high], key=lambda item: item[0])
                verdicts[low, high] = len(same) >= 2 and 2 * len(same) >= len(pages) and not any(
                    other.size > body.size or not _margin_of(other, n, margins, tops) for n, other in same) \
                    and _all_titled(headings, [(n + first_page, other) for n, other in same])
            if verdicts[low, high]:
                out[number].update(row.indices)
    return out


def _heading_styles(pages: list[list[PdfLine]]) -> dict[str, tuple[float, bool]]:
    """For each line's text (its words one space apart), the largest size it is set in and
    whether it is set bold anywhere."""
    styles: dict[str, tuple[float, bool]] = {}
    for lines in pages:
        for line in lines:
            text = " ".join(line.text.split())
            size, bold = styles.get(text, (line.size, line.bold))
            styles[text] = (max(size, line.size), bold or line.bold)
    return styles


def _all_titled(headings: dict[str, tuple[float, bool]], rows: list[tuple[int, _Row]]) -> bool:
    """Whether each of `rows` (with its page's number), less the words they all share and
    the page number each ends or opens with, is a heading of the leaflet. Numbered rows need
    share no words: their headings may share a first word ("Wat is ...? 1", "Wat kunt ...? 2")."""
    texts = _unnumbered(rows)
    numbered = texts is not None
    texts = texts if numbered else [row.text for _, row in rows]
    shared = _shared_words(texts)
    if not (numbered or any(shared)):
        return False
    return all(_titled(headings, text, row, shared) or numbered and _titled(headings, text, row, ([], []))
               for text, (_, row) in zip(texts, rows))


def _unnumbered(rows: list[tuple[int, _Row]]) -> list[str] | None:
    """The rows' texts without the page number at one end of each, where every row has one
    at the same end, each its page's number or that less one count for all (a count that
    starts after an unnumbered cover, see `furniture_keys`); else None."""
    for end in (-1, 0):
        words = [row.text.split() for _, row in rows]
        if not all(len(w) >= 2 and w[end].isdigit() for w in words):
            continue
        if len({int(w[end]) - page for w, (page, _) in zip(words, rows)}) == 1:
            return [" ".join(w[:-1] if end else w[1:]) for w in words]
    return None


def _shared_words(texts: list[str]) -> tuple[list[str], list[str]]:
    """The words all `texts` open with, and those they all end with (each part left of the other)."""
    words = [text.split() for text in texts]
    shortest = min(len(w) for w in words)
    head = next((k for k in range(shortest) if len({tuple(w[:k + 1]) for w in words}) > 1), shortest)
    tail = next((k for k in range(shortest - head) if len({tuple(w[len(w) - k - 1:]) for w in words}) > 1),
                shortest - head)
    return words[0][:head], words[0][len(words[0]) - tail:] if tail else []


def _titled(headings: dict[str, tuple[float, bool]], text: str, row: _Row,
            shared: tuple[list[str], list[str]]) -> bool:
    """Whether `text` (a row's, see `_all_titled`), less the words every such row shares, is
    a heading of the leaflet: a line of it (`headings`, see `_heading_styles`) set larger or
    bolder than the row."""
    head, tail = shared
    words = text.split()
    rest = " ".join(words[len(head):len(words) - len(tail)])
    if not rest or rest not in headings:
        return False
    size, bold = headings[rest]
    return size > row.size * HEADING_SIZE_RATIO or bold and not row.bold


def overrun_furniture(lines: list[PdfLine], page: int, running: dict[str, list[_Row]]) -> set[int]:
    """The indices of a page's running header or footer that text runs past: the row that
    the other pages show at their edge (`running`, by key), at the height it stands there,
    though on this page it is not among the edge rows. A slide whose bullets run on below
    its footer, off the slide's foot (Impress draws what overflows a text box), kept its
    footer "Kempenhaeghe-Noord | … 3 / 10" in the text of its last bullet."""
    found: set[int] = set()
    for row in baseline_rows(lines):
        keys = row_keys(row.text, page) & running.keys()
        if any(abs(row.y - other.y) <= SAME_PLACE for key in keys for other in running[key]):
            found.update(row.indices)
    return found


def baseline_rows(lines: list[PdfLine]) -> list[_Row]:
    """The lines of a page in rows of one baseline (within `SAME_PLACE`), each read left to right."""
    return _rows(lines, lambda above, below: above.y - below.y <= SAME_PLACE)


MAX_SHORT_PAGES = 4  # a leaflet this short is read for headers and footers page by page too
BOTTOM_MARGIN = 0.1  # share of a page's height, from its foot, where a footer stands
TOP_MARGIN = 0.1  # share of a page's height, from its head, where a header stands
MAX_FOOTER_WORDS = 20
# What only a footer says: a page number, a web or e-mail address, a version or a document code.
_FOOTER_MARK = re.compile(r"\b(?:pagina|page|blz)\.?\s*\d|\bwww\.|https?://|\S@\S|\b[\w-]+\.(?:nl|be|com|org|eu)\b"
                          r"|\b(?:versie|version|v|rev|revisie)\.?\s?\d|©|(?-i:\b[A-Z]{2,}[-/]?\d{2,}\b)", re.IGNORECASE)


# A web page a browser printed: the time it was printed (and the page's title) at the head of
# each page, its address and "1/3" at the foot. Unmistakable, so they go however close the
# text stands to them (a web page's cookie bar sits right above the foot).
_BROWSER_HEADER = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},?\s+\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s|$)")
_BROWSER_FOOTER = re.compile(r"(?:file|https?)://\S+\s+\d{1,4}\s*/\s*\d{1,4}")


def without_cookie_bar(fragments: list[Fragment]) -> list[Fragment]:
    """The pieces of a page less a web page's cookie bar: the pieces that name cookies as a
    bar does (`is_cookie_bar`), and the other buttons in the box they are drawn in. A browser
    prints the bar (fixed to the window's foot) over the text at the foot of every page, and
    read with the text it took in lines beside it ("... van 8.30 totWij gebruiken cookies
    ...") and, crossing the page, hid the sidebar beside the text (red team 19's Chromium print).
    The separators between its buttons ("·") go with it, and the page's own text the bar
    covers loses the bar as its box: Firefox left "· ·" in the line under the bar, and the
    heading and list item there were read as a box of their own (red team 27)."""
    boxes = {fragment.box for fragment in fragments if fragment.box is not None and is_cookie_bar(fragment.text)}
    if not boxes:
        return fragments
    return [replace(fragment, box=None) if fragment.box in boxes else fragment for fragment in fragments
            if not (fragment.box in boxes and (is_ui_line(fragment.text) or not re.search(r"\w", fragment.text))
                    or is_cookie_bar(fragment.text))]


def web_page_chrome(pages: list[list[PdfLine]], body: Body) -> list[set[int]]:
    """For each page of a web page a browser printed (its header and footer on a page, see
    `printed_titles`, or the site's interface over its title, see `interface_over`), the
    indices of the site's own lines around the page's text: the masthead above the page's
    title (`masthead`), the footer band holding its copyright (`site_footer`), and an
    advertisement (`advertisements`). Chromium printed a GGD's
    page with its top bar ("Werken bij de GGD Pers Contact English"), its logo and menu
    (which became headings over "Zoeken..."), its footer's address and links, and an
    advertisement for a lotion that answered a question as the GGD's advice (red team 19).
    The masthead is looked for on the print's first page (the first with the browser's
    header): a print joined after another document's pages (pdfunite, red team 48) opens there."""
    out: list[set[int]] = [set() for _ in pages]
    filled = [number for number, lines in enumerate(pages) if any(line.text.strip() for line in lines)]
    if not filled:
        return out
    titles = printed_titles(pages)
    start = next((number for number in filled if titles[number] is not None), filled[0])
    first = pages[start]
    top = masthead(first, body, titles[start] or "")
    if not (any(title is not None for title in titles) or interface_over([first[index] for index in sorted(top)])):
        return out
    out[start] |= top
    out[filled[-1]] |= site_footer(pages[filled[-1]])
    for number, lines in enumerate(pages):
        out[number] |= advertisements(lines, body)
    return out


def printed_by_browser(pages: list[list[PdfLine]]) -> bool:
    """Whether a page has both a browser's header (the time it was printed) at its head and
    its footer (the page's address and "1/3") at its foot."""
    return any(title is not None for title in printed_titles(pages))


def printed_titles(pages: list[list[PdfLine]]) -> list[str | None]:
    """For each page, the page title a browser's header prints after the time it was printed
    ("12/6/26, 8:40 PM Pityriasis rosea (roze vlekken op romp) | Huisartsenpraktijk De Linde"),
    "" for none, where the page has that header at its head and the browser's footer (the
    page's address and "1/3") at its foot; None where it has not."""
    out: list[str | None] = []
    for lines in pages:
        rows = edge_rows(lines)
        heads = [match for row in rows[:EDGE_ROWS] if (match := _BROWSER_HEADER.match(row.text.strip()))]
        footed = any(_BROWSER_FOOTER.fullmatch(row.text.strip()) for row in rows[-EDGE_ROWS:])
        out.append(" ".join(heads[0].string[heads[0].end():].split()) if heads and footed else None)
    return out


MAX_BOX_WORDS = 3  # a search box's or a button's words ("Zoeken...")
MAX_MASTHEAD_LINES = 12  # a site's top bar, logo, menu and breadcrumb, each maybe wrapped


def interface_over(lines: list[PdfLine]) -> bool:
    """Whether the lines read over a page's title are a web site's masthead: a few lines, no
    sentence among them, one of them the site's interface (a breadcrumb trail, a menu, a
    link that skips them: `is_ui_line`). A browser told to print without its header and
    footer (Firefox's WebDriver print) leaves no other mark of a web page: its top bar, logo
    and menu stood as passages and the logo as the heading over the menu (red team 27)."""
    texts = [line.text.strip() for line in lines if line.text.strip()]
    return 0 < len(texts) <= MAX_MASTHEAD_LINES and any(is_ui_line(text) for text in texts) \
        and not any(ends_sentence(text) and len(text.split()) > MAX_BOX_WORDS for text in texts)


def masthead(lines: list[PdfLine], body: Body, printed_title: str = "") -> set[int]:
    """The indices of the lines a printed web page reads before its title (the first line in
    the page's largest size, larger than the body) and above it: a site's top bar, logo,
    menu, search box and breadcrumb. A web page opens its article with its title; where a
    sentence stands over the largest text, that text is no title (a call-out, "Bel 112")
    and nothing goes, unless the page title the browser's header prints (`printed_title`)
    opens with that text: then it is the title, and the sentence over it the site's top bar
    ("Spoed? Bel 0343 51 66 20 en kies 1.", a practice's urgent-care bar, red team 48)."""
    filled = [index for index, line in enumerate(lines) if line.text.strip()]
    largest = max((lines[index].size for index in filled), default=0.0)
    if largest < body.size * HEADING_SIZE_RATIO:
        return set()
    title = next(index for index in filled if lines[index].size == largest)
    over = {index for index in filled[:filled.index(title)] if lines[index].y > lines[title].y}
    if _opens(printed_title, lines[title].text):
        return over
    if any(ends_sentence(lines[index].text.strip()) and len(lines[index].text.split()) > MAX_BOX_WORDS
           for index in over):
        return set()  # "Zoeken..." in its box is no sentence
    return over


def _opens(whole: str, start: str) -> bool:
    """Whether `whole` opens with the words of `start`, case and spacing aside."""
    start = " ".join(start.split()).casefold()
    return bool(start) and " ".join(whole.split()).casefold().startswith(start)


def trail_over_title(lines: list[PdfLine], body: Body) -> set[int]:
    """The indices of a web page's breadcrumb trail printed over its title (the first line in
    the page's largest size, larger than the body): a line of three steps or more between
    arrows ("Intranet > Patientenvoorlichting > Dermatologie", html2ps's print of an intranet
    page), not larger than the body text. A trail that starts at "Home" is interface wherever
    it stands (`is_ui_line`); one that starts at the site's own name is so only over the title."""
    filled = [index for index, line in enumerate(lines) if line.text.strip()]
    largest = max((lines[index].size for index in filled), default=0.0)
    if largest < body.size * HEADING_SIZE_RATIO:
        return set()
    title = next(index for index in filled if lines[index].size == largest)
    return {index for index in filled if lines[index].y > lines[title].y and lines[index].size <= body.size
            and _TRAIL.fullmatch(lines[index].text.strip())}


# A breadcrumb trail: three steps or more of a few words each, no sentence, between arrows.
_TRAIL = re.compile(r"[^\W\d][^›»>.!?]{0,40}(?:\s[›»>]\s[^\W\d][^›»>.!?]{0,40}){2,8}")


_COPYRIGHT = re.compile(r"©|\(c\)\s*\d{4}|\bcopyright\b", re.IGNORECASE)


def site_footer(lines: list[PdfLine]) -> set[int]:
    """The indices of the lines in a drawn band (a box) that holds a copyright line and no
    sentence: a web site's footer (its address, "Volg ons", "Privacyverklaring · Cookies",
    "© 2026 GGD ..."), which a browser prints under the last page's text."""
    boxes = {line.box for line in lines if line.box is not None and _COPYRIGHT.search(line.text)}
    found: set[int] = set()
    for box in boxes:
        inside = [index for index, line in enumerate(lines) if line.box == box and line.text.strip()]
        if not any(ends_sentence(lines[index].text.strip())
                   or len(re.findall(r"\w+", lines[index].text)) > MAX_FOOTER_WORDS for index in inside):
            found.update(inside)
    return found


# The label over an advertisement on a web page ("ADVERTENTIE", "Gesponsord").
_AD_LABEL = re.compile(r"advertentie|advertorial|advertisement|gesponsord|sponsored|anzeige|reclame", re.IGNORECASE)
AD_LEADING = 2.0  # of a line's size: the ad's lines follow each other at most this far apart


def advertisements(lines: list[PdfLine], body: Body) -> set[int]:
    """The indices of each advertisement's lines: a label of its own ("ADVERTENTIE"), set no
    larger than the body text, and the lines read after it at its left edge, each right under
    the one before."""
    found: set[int] = set()
    for index, label in enumerate(lines):
        if not _AD_LABEL.fullmatch(label.text.strip()) or label.size > body.size:
            continue
        found.add(index)
        above = label
        for number in range(index + 1, len(lines)):
            line = lines[number]
            if abs(line.x - label.x) > SAME_PLACE or not 0 < above.y - line.y <= AD_LEADING * max(above.size, line.size):
                break
            found.add(number)
            above = line
    return found


def bottom_margin(page: pypdf.PageObject) -> float:
    """The height below which a line stands in the page's bottom margin, on the page as shown
    (a turned page's lines are read as shown, see `displayed`)."""
    _, bottom, _, top = displayed_box(page)
    return bottom + BOTTOM_MARGIN * (top - bottom)


def top_margin(page: pypdf.PageObject) -> float:
    """The height above which a line stands in the page's top margin, on the page as shown."""
    _, bottom, _, top = displayed_box(page)
    return top - TOP_MARGIN * (top - bottom)


def lone_header(lines: list[PdfLine], margin: float, body: Body, title: frozenset[str] = frozenset()) -> set[int]:
    """The indices of the header of a page that no other page repeats: its top rows (one or
    two), as `lone_footer` finds a footer: in the top margin, smaller than the body text (or
    at its size as a three-part title, `_three_part`, or in fields that name the leaflet's
    `title`, see `_titled_fields`), shaped like a footer, and the text under them starting
    more than a paragraph's gap lower. A row's fields count the runs of spaces a piece
    holds them apart by too (`_fields`).
    A title is larger than the body text, a masthead of one field has no footer's shape, and
    small print that runs on into the text under it is text: these stay."""
    header: list[_Row] = []
    rows = [replace(row, cells=_fields(row, lines)) for row in edge_rows(lines)[:EDGE_ROWS]]
    for number, row in enumerate(rows):
        if number + 1 < len(rows) and _logo(row, lines, margin):
            header.append(row)  # a letterhead's mark over its name: the header if its name is
            continue
        if row.y < margin or row.size > body.size \
                or row.size == body.size and not (_three_part(row) or _scanned_fields(row, lines)
                                                  or _titled_fields(row, title)) \
                or not footer_shaped(row) or in_columns(row, lines, below=True):
            break
        header.append(row)
    if not header or all(_logo(row, lines, margin) for row in header):
        return set()
    if all(_BROWSER_HEADER.match(row.text.strip()) for row in header):
        return {index for row in header for index in row.indices}
    bottom = header[-1]
    below = [line.y for line in lines if line.text.strip() and line.y < bottom.y - 0.5 * bottom.size]
    if not below or (bottom.y - max(below)) / body.size <= body.spacing * PARAGRAPH_GAP_RATIO:
        return set()
    return {index for row in header for index in row.indices}


MAX_LOGO_LETTERS = 4  # a mark's initials ("DL", "UMCG"), not a word of a title


def _logo(row: _Row, lines: list[PdfLine], margin: float) -> bool:
    """Whether a top row is a letterhead's mark: a few capitals (the initials "DL") set on a
    shape the page draws (its coloured block), in the top margin. A stamp added to a leaflet
    (pikepdf's overlay, red team 17) set "DL" over "Huisartsen De Linde · Zorg dichtbij": the
    mark, larger and bold, stopped the header there, and became a heading over the tagline.
    It counts only over a row that is a header by itself (see `lone_header`)."""
    text = row.text.strip()
    return row.y >= margin and text.isalpha() and text.isupper() and len(text) <= MAX_LOGO_LETTERS \
        and all(lines[index].box is not None for index in row.indices)


def printout_stamps(lines: list[PdfLine], margin: float, top: float) -> set[int]:
    """The indices of the rows at a page's head and foot (in its margins, below `margin` or
    above `top`) that a program printing a text file stamps on every sheet, whatever their
    size or how many pages repeat them: a2ps's "Dec 04, 26 3:11 Page 1/2 whiplash.txt" over
    each page (its file name in large bold type, which made it the leaflet's title) and its
    "Printed by root" and "Friday December 04, 2026 1/1 /tmp/.../whiplash.txt" at the sheet's
    edges, which showed a build server's user and path to a patient (see `_is_stamp`)."""
    rows = edge_rows(lines)
    edges = [row for row in rows[:EDGE_ROWS] if row.y >= top] + [row for row in rows[-EDGE_ROWS:] if row.y <= margin]
    return {index for row in edges if _is_stamp(row.text) for index in row.indices}


# What a print program stamps on a sheet: who printed it ("Printed by root"), or three of a date,
# a weekday, a time of day, a file's name or path, and a page count ("Page 1/2", "1/1").
_PRINTED_BY = re.compile(r"(?:printed|gedrukt|afgedrukt)\s+(?:by|door)\s+\S+(?:\s+\S+)?", re.IGNORECASE)
_STAMP_MONTH = r"(?:jan|feb|maa|mar|mrt|apr|may|mei|jun|jul|aug|sep|oct|okt|nov|dec)[a-z]*\.?"
_STAMP_MARKS = (
    re.compile(rf"\b{_STAMP_MONTH}\s+\d{{1,2}},?\s+\d{{2,4}}\b|\b\d{{1,2}}\s+{_STAMP_MONTH}\s+\d{{4}}\b"
               r"|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b", re.IGNORECASE),  # a date
    re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
               r"|\b(?:maan|dins|woens|donder|vrij|zater|zon)dag\b", re.IGNORECASE),  # a weekday
    re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\b"),  # a time of day
    re.compile(r"(?:/[\w.-]*[^\W\d_][\w.-]*){2,}|\b[\w-]+\.[a-z][a-z0-9]{0,4}\b"),  # a file's path or name
    re.compile(r"\b(?:page|pagina|blz)\.?\s*\d{1,4}\b|(?<![\w/.-])\d{1,4}\s*/\s*\d{1,4}(?![\d.-])(?!/\d)",
               re.IGNORECASE),  # a page count
)
STAMP_MARKS = 3  # of these marks, for a row to be a print program's stamp


def _is_stamp(text: str) -> bool:
    """Whether a row is what a program that prints text files stamps on each sheet: a few
    words, no sentence, that say who printed it, or hold three of a date, a weekday, a time
    of day, a file's name or path and a page count (a2ps's "Friday December 04, 2026 1/1",
    enscript's, a browser's header). A leaflet's own footer holds its organisation and rarely
    more than a date and a page number."""
    text = text.strip()
    if ends_sentence(text) or len(re.findall(r"\w+", text)) > MAX_FOOTER_WORDS:
        return False
    return bool(_PRINTED_BY.fullmatch(text)) or sum(bool(mark.search(text)) for mark in _STAMP_MARKS) >= STAMP_MARKS


COLUMN_ALIGN = 2.0  # points: the cells of one table column start this close on every row


def in_columns(row: _Row, lines: list[PdfLine], below: bool) -> bool:
    """Whether a row of cells is a table's row: each of its cells starts where a cell of the
    next row of cells on the page starts (under it when `below`, else above it; a cell's
    wrapped line between them is passed over). A table run over a page break opens the next
    page with a row of its own, in the top margin and shaped like a three-part header
    (AbiWord's "Ropinirol | Eén tot twee uur ... | Misselijkheid", red team 15); a header's
    or footer's fields spread over the page and stand over no columns of the text beside them."""
    starts = _cell_starts(row, lines)
    if len(starts) < 2 or _said_twice(row.text):
        return False
    rows = baseline_rows(lines)
    here = next((number for number, other in enumerate(rows) if set(row.indices) & set(other.indices)), None)
    if here is None:
        return False
    for other in rows[here + 1:] if below else reversed(rows[:here]):
        beside = _cell_starts(other, lines)
        if len(beside) >= 2:
            return all(any(abs(start - at) <= COLUMN_ALIGN for at in beside) for start in starts)
        if not any(abs(beside[0] - start) <= COLUMN_ALIGN for start in starts[1:]):
            return False  # text, not a cell's wrapped line
    return False


def _said_twice(text: str) -> bool:
    """Whether a row says the same words twice, numbers aside: the running header of the two
    pages a booklet's sheet sets side by side ("Chirurgie – Dagbehandeling ... Chirurgie –
    Dagbehandeling ..."), each over its own page's text, not a table's row of two cells."""
    words = re.findall(r"[^\W\d_]+", text.casefold())
    half = len(words) // 2
    return bool(words) and len(words) % 2 == 0 and words[:half] == words[half:]


def _cell_starts(row: _Row, lines: list[PdfLine]) -> list[float]:
    """Where the row's cells start, left to right, each place once (the two halves of a
    booklet sheet may draw their lines at one place: one cell, not two)."""
    starts: list[float] = []
    for start in sorted(start for index in row.indices for start in lines[index].starts or (lines[index].x,)):
        if not starts or start - starts[-1] > COLUMN_ALIGN:
            starts.append(start)
    return starts


def _three_part(row: _Row) -> bool:
    """Whether a row is a three-part title at the body's size, not bold: fields at the left,
    the middle and the right of the line, wide gaps between them (groff's `.tl`: "KNO-afdeling
    ... Neusbloeding ... Gelre Vechtdal", which -ms prints from page 2 on). No line of text,
    and no heading, spreads a few words so over the page."""
    return not row.bold and row.cells >= 3 and len(re.findall(r"\w+", row.text)) <= MAX_FOOTER_WORDS // 2


def _fields(row: _Row, lines: list[PdfLine]) -> int:
    """The fields a row is set in: its lines' cells, and in each the runs of spaces a piece
    holds two fields apart by (pdftocairo drew groff's header "Zaans Medisch Centrum",
    spaces, "Wintertenen" as one piece and "Dermatologie" apart: two cells, three fields).
    A line typed with spaces counted its runs as cells already (`ingest.pdf.lines`)."""
    return sum(max(line.cells, len(line.starts) + len(_SPACED_FIELDS.findall(line.text.strip())))
               for line in (lines[index] for index in row.indices))


_SPACED_FIELDS = re.compile(r" {3,}")  # between two fields of one piece


def _titled_fields(row: _Row, title: frozenset[str]) -> bool:
    """Whether a row at the body's size, not bold, set in fields of a few words, names the
    leaflet's title (`title`, see `_later_title`): a header on a page after the first, which
    groff's -ms prints from page 2 on and so only once in a leaflet of two pages ("Zaans
    Medisch Centrum ... Wintertenen Dermatologie", its middle field lost to a wide kern)."""
    return _fielded(row) and bool(title & set(re.findall(r"[^\W\d_]{4,}", row.text.casefold())))


def _later_title(pages: list[list[PdfLine]], number: int, body: Body) -> frozenset[str]:
    """The words of the leaflet's title (its first page's top row, set larger or bolder than
    the body text) for page `number` after it; for the first page itself, none."""
    filled = [page for page, lines in enumerate(pages) if any(line.text.strip() for line in lines)]
    if not filled or number <= filled[0]:
        return frozenset()
    top = edge_rows(pages[filled[0]])[0]
    if top.size <= body.size and not top.bold:
        return frozenset()
    return frozenset(re.findall(r"[^\W\d_]{4,}", top.text.casefold()))


def _scanned_fields(row: _Row, lines: list[PdfLine]) -> bool:
    """Whether a row of an OCR layer is set in fields (`_fielded`): its size is its line box's
    height, no cue, and tesseract read groff's three-part header "Orthopedie | Sint Lucas
    Ziekenhuis Venlo" (empty middle) as two cells at the body's size (red team 24)."""
    return all(lines[index].ocr for index in row.indices) and _fielded(row)


def lone_footer(lines: list[PdfLine], margin: float, body: Body) -> set[int]:
    """The indices of the footer of a page that no other page repeats (a one-page leaflet).

    The page's bottom rows (one or two) are its footer when they stand in its bottom
    margin, smaller than the body text and shaped like a footer (`footer_shaped`), and
    the text above them ends more than a paragraph's gap higher. A last paragraph is set
    at the body's size, a sentence is text wherever it stands, and a contact block in
    small print runs on from the text above it: these stay.
    """
    footer: list[_Row] = []
    for row in reversed(edge_rows(lines)[-EDGE_ROWS:]):
        if row.y > margin or row.size >= body.size or not footer_shaped(row) \
                or in_columns(row, lines, below=False):
            break
        footer.append(row)
    if not footer:
        return set()
    if all(_BROWSER_FOOTER.fullmatch(row.text.strip()) for row in footer):
        return {index for row in footer for index in row.indices}
    top = footer[-1]
    above = [line.y for line in lines if line.text.strip() and line.y > top.y + 0.5 * top.size]
    if not above or (min(above) - top.y) / body.size <= body.spacing * PARAGRAPH_GAP_RATIO:
        return set()
    return {index for row in footer for index in row.indices}


def footer_shaped(row: _Row) -> bool:
    """Whether a row reads as a footer: a few words, no sentence, and either a mark only
    a footer has (`_FOOTER_MARK`) or fields set apart by a bar, a dash or a wide gap
    ("Interne Geneeskunde - Ziekenhuis Rijnland Oost")."""
    text = row.text.strip()
    if "?" in text or "!" in text or ends_sentence(text) or text.endswith((",", ":", ";")) \
            or len(re.findall(r"\w+", text)) > MAX_FOOTER_WORDS:
        return False
    return bool(_FOOTER_MARK.search(text)) or row.cells + len(_FIELD_SEPARATOR.findall(text)) >= 2


def _margin_of(row: _Row, page: int, margins: list[float] | None, tops: list[float] | None) -> str:
    """"top" or "bottom" when the row stands in that margin of its page, else ""."""
    if tops and row.y >= tops[page]:
        return "top"
    if margins and row.y <= margins[page]:
        return "bottom"
    return ""


def _running(rows: list[_Row], page_count: int, body_size: float, edges: list[str] | None = None) -> bool:
    """Whether rows with one key, one from each page, are a running header or footer. On
    two to four pages: set like furniture, and at the same height on each page or in the
    same margin of each (a scanned page is another size, and its header sits a few points
    lower or higher than on the pages around it: red team 12's tesseract page); or set in
    fields (`_fielded`) or shaped like a footer (`footer_shaped`: "Handencentrum Oost |
    Handchirurgie", "Maasland Ziekenhuis - Afdeling Urologie") at one height in one margin of
    each page, however large and bold: PDFBox's and TCPDF's bold header bands became a heading
    on page 2 that cut a sentence over the page (red team 19). A heading that repeats at the
    head of each page ("Na het onderzoek") has no fields, and no mark of furniture
    (`_NUMBERED_MARK`): pod2pdf sets the POD file's name ("heupdysplasie.pod") bold at the
    body's size over each page, where page 2's copy became the first line of the heading
    under it (red team 30)."""
    if runs_through(len(rows), page_count):
        return True
    if len(rows) < 2 or len(rows) * 2 < page_count:
        return False
    heights = [row.y for row in rows]
    styled = all(row.size < body_size or (row.size == body_size and not row.bold) for row in rows)
    margin = bool(edges) and edges[0] != "" and len(set(edges)) == 1 and not ends_sentence(rows[0].text.strip())
    return styled and (max(heights) - min(heights) <= SAME_PLACE or margin) \
        or margin and max(heights) - min(heights) <= SAME_PLACE and all(_fielded(row) or footer_shaped(row)
                                                                        or _NUMBERED_MARK.search(row.text)
                                                                        for row in rows)


def _fielded(row: _Row) -> bool:
    """Whether a row is set in fields across the page, not bold, of a few words: a header
    ("Longartsen Spaarne Zuid ... Afbouwschema", LibreOffice Calc's, a point larger than
    the sheet's text), which no heading is, however it is sized."""
    return not row.bold and row.cells >= 2 and len(re.findall(r"\w+", row.text)) <= MAX_FOOTER_WORDS // 2


def numbered_header(rows: list[_Row], page_count: int, edges: list[str]) -> bool:
    """Whether rows with one key, one from each page, are a running header or footer that
    numbers its pages: the page's number changes from row to row ("12/03/26 19:41:17
    obstipatie-kinderen.lat1 1", then "... 2": enscript's page header), on two pages or more
    and half of them, at one height in one margin of each. On three pages or more such a
    row is furniture however it is set (enscript's header is bold and larger than the
    text). On two pages it needs a second mark of furniture too (`_NUMBERED_MARK`: a time
    or date, a file name, a page word): numbered headings at the top of each page ("Week 1
    na de operatie", "Week 2 ...", "Dag 1", "Stap 1") change with the page just as well."""
    if len(rows) < 2 or len(rows) * 2 < page_count or len({row.text for row in rows}) < len(rows):
        return False
    marked = len(rows) >= 3 or all(_NUMBERED_MARK.search(row.text) for row in rows)
    return marked and _in_place(rows, edges) and not ends_sentence(rows[0].text.strip())


# What marks a row that numbers the pages as furniture, not a numbered heading: a time or a
# date ("19:41:17", "12/03/26"), a file name ("folder.txt"), a page word, or a footer's mark.
_NUMBERED_MARK = re.compile(r"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b"
                            r"|\b[\w-]+\.[a-z][a-z0-9]{0,4}\b|\b(?:pagina|page|blz|p)\b\.?\s*\d|"
                            + _FOOTER_MARK.pattern, re.IGNORECASE)


def _in_place(rows: list[_Row], edges: list[str]) -> bool:
    """Whether rows stand at one height on their pages, in one margin of each (beside a
    numbered header: the rest of the header's box, "12/03/26", repeated word for word)."""
    heights = [row.y for row in rows]
    return len(rows) >= 2 and max(heights) - min(heights) <= SAME_PLACE and edges[0] != "" and len(set(edges)) == 1


_FIELD_SEPARATOR = re.compile(r"\s[|•·–—-]\s")


def furniture_text(pages: list[list[PdfLine]], dropped: list[set[int]], first_page: int = 1) -> str:
    """The running headers and footers that `page_furniture` found, each once, a line each.

    They are no passage, but may be the only place a leaflet states its date ("Laatst
    herzien: september 2023", "Apotheek – versie 4 – september 2023"). A footer sets its
    fields apart with a bar, a dash or wide space, and a date's label begins its line:
    so each field from there on is a line of its own too. Cells set apart by wide space
    are written apart by a bar, as a footer's fields: mandoc's "Maag-Darm-Leverziekten  10
    februari 2026  DIVERTICULITIS(7)" dates its page as a field, not in a run of words. Page
    numbers are left out, alone or at either end of a line.
    """
    texts: dict[str, None] = {}
    for number, (lines, drop) in enumerate(zip(pages, dropped), start=first_page):
        for index in sorted(drop):
            cells = [cell.split() for cell in re.split(r"\s{2,}", lines[index].text.strip())]
            cells[0] = cells[0][1:] if cells[0][:1] == [str(number)] else cells[0]
            cells[-1] = cells[-1][:-1] if cells[-1][-1:] == [str(number)] else cells[-1]
            text = " | ".join(" ".join(words) for words in cells if words)
            if not text or is_page_number(text) or is_roman_page_number(text):
                continue
            texts[text] = None
            for separator in _FIELD_SEPARATOR.finditer(text):
                texts.setdefault(text[separator.end():].strip(), None)
    return "\n".join(text for text in texts if text)


def front_matter(pages: list[list[PdfLine]], dropped: list[set[int]]) -> list[set[int]]:
    """For each page, the indices of all its lines when it is front matter: numbered in roman
    numerals by its running header or footer ("… ii") before pages numbered from 1 ("… 1 / 2"),
    with no line that ends a sentence. dblatex sets DocBook's collaborators and revision tables
    so ("TITEL : … GESCHREVEN DOOR 5 december 2026", "3.0 | 14 december 2025 | …"): metadata,
    which became passages (red team 24). A preface numbered so, written in sentences, stays."""
    labels = [_page_label(lines, found) for lines, found in zip(pages, dropped)]
    out: list[set[int]] = [set() for _ in pages]
    for number, lines in enumerate(pages):
        if labels[number] == "roman" and "arabic" in labels[number + 1:] \
                and not any(ends_sentence(line.text.strip()) for line in lines):
            out[number] = {index for index, line in enumerate(lines) if line.text.strip()}
    return out


def _page_label(lines: list[PdfLine], found: set[int]) -> str:
    """"roman" or "arabic": how the page's furniture numbers it, if it does; else ""."""
    for index in sorted(found):
        text = " ".join(lines[index].text.split())
        label = _PAGE_LABEL_AT_END.search(text)
        last = label.group().strip() if label else text
        if is_roman_page_number(last):
            return "roman"
        if is_page_number(last):
            return "arabic"
    return ""


_VERSION_FIRST = re.compile(r"v?\d{1,2}(?:\.\d{1,2}){0,2}\s")  # a revision row opens with its number: "3.0", "2.1"


def newest_revision(pages: list[list[PdfLine]], front: list[set[int]]) -> str:
    """The row of a front matter's revision table with the newest date, its cells apart by
    " | " as a running footer sets its fields, or "": the leaflet's date stands there only
    (DocBook's revision history), and not in the collaborators table beside it, whose date is
    the day the file was built. A revision row opens with its version number."""
    rows = [" | ".join(cell.strip() for cell in re.split(r"\s{2,}", lines[index].text.strip()))
            for lines, found in zip(pages, front) for index in sorted(found)
            if lines[index].cells >= 3 and _VERSION_FIRST.match(lines[index].text.strip())]
    dated = [(find_updated("", row, unlabelled=True), row) for row in rows]
    return max(((iso, row) for iso, row in dated if iso), default=("", ""))[1]
