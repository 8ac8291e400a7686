"""A browser's print header and footer in a web page printed to PDF, found and dropped.

A browser that prints a page to PDF sets furniture of its own in each page's margins, which
a PDF's text extractor keeps as lines of the text: Chrome a header of the print's date and
time and the page's `<title>` ("12/6/26, 3:27 PM" + "Wintertenen - Huisartsenpraktijk De Linde",
Dutch "6-12-2026 15:27") and a footer of the page's address and "page/pages"
("file:///.../wintertenen.html" + "1/2"); Firefox a header of the `<title>` and the address and
a footer of "1 of 2" ("Pagina 1 van 2") and the date. pdf-parse glues each margin's fields
into one line and writes no form feed, so the furniture stood inside the paragraphs a page
break cut, and no passage knew its page. The page numbers prove the furniture (each page's
footer numbers it, 1 to the last, the last naming the count); the footers then mark the page
breaks, and a header counts only where the same line opens or closes every page.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ingest.node_lines import PageTitle, title_and_site

# "12/6/26, 3:27 PM" (Chrome, English), "6-12-2026 15:27" and "06.12.26, 15:27" (localized)
_DATE_TIME = r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},?[ \t]+\d{1,2}:\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?"
_ADDRESS = r"(?:file|https?)://\S+"
_CHROME_HEADER = re.compile(rf"[ \t\f]*{_DATE_TIME}[ \t]*(?P<title>.*?)[ \t]*")
_CHROME_FOOTER = re.compile(rf"[ \t\f]*(?P<address>{_ADDRESS}?)[ \t]*(?P<page>\d+)[ \t]*/[ \t]*(?P<pages>\d+)[ \t]*")
_FIREFOX_HEADER = re.compile(rf"[ \t\f]*(?P<title>.*?)[ \t]*(?P<address>{_ADDRESS})[ \t]*")
_FIREFOX_FOOTER = re.compile(
    rf"[ \t\f]*(?:(?:page|pagina)[ \t]+)?(?P<page>\d+)[ \t]+(?:of|van)[ \t]+(?P<rest>\d+(?:[ \t]*{_DATE_TIME})?)[ \t]*",
    re.IGNORECASE)


@dataclass(frozen=True)
class PrintedPage:
    """The text without the browser's margins (form feeds after each page's footer where it
    had none), the page's `<title>` halves where the text shows which is the page's, and the
    margins' lines that are no date (the address, the site's name) as furniture."""

    text: str
    title: PageTitle | None
    furniture: tuple[str, ...]


def without_print_margins(text: str) -> PrintedPage:
    """`text` without a browser's print header and footer (see the module's docstring); a text
    whose footers do not number its pages 1 to the last comes back as it is."""
    lines = text.split("\n")
    for footer, header in ((_chrome_footers, _CHROME_HEADER), (_firefox_footers, _FIREFOX_HEADER)):
        footers = footer(lines)
        if len(footers) > 1 or footers and _headers(lines, header, 1):  # one page: its header too
            return _unprinted(lines, footers, header, paged="\f" not in text)
    return PrintedPage(text, None, ())


def _chrome_footers(lines: list[str]) -> dict[int, str]:
    """Lines of an address and "page/pages", the k-th of them numbering page k of as many;
    each with its address."""
    found = [(index, match) for index, line in enumerate(lines) if (match := _CHROME_FOOTER.fullmatch(line))]
    footers = {}
    for page, (index, match) in enumerate(found, 1):
        glued, number = match["address"] + match["page"], str(page)  # an address may end in digits
        if int(match["pages"]) != len(found) or not glued.endswith(number):
            return {}
        footers[index] = glued[:-len(number)]
        if not re.fullmatch(_ADDRESS, footers[index]):
            return {}
    return footers


def _firefox_footers(lines: list[str]) -> dict[int, str]:
    """Lines of "page of pages" and the print's date, the k-th of them numbering page k of as
    many (the count and the date may be glued: "1 of 212/6/26, 3:27 PM"). Without the date a
    "Pagina 1 van 2" is any PDF's page label, which `ingest.running_footer` reads."""
    found = [(index, match) for index, line in enumerate(lines) if (match := _FIREFOX_FOOTER.fullmatch(line))]
    count = str(len(found))
    fits = [int(match["page"]) == page and re.fullmatch(rf"{count}[ \t]*{_DATE_TIME}", match["rest"])
            for page, (_, match) in enumerate(found, 1)]
    return {index: "" for index, _ in found} if len(found) > 1 and all(fits) else {}


def _headers(lines: list[str], shape: re.Pattern[str], count: int) -> list[int]:
    """The header's lines: the one line of its shape that stands `count` times, once a page."""
    shaped = Counter(" ".join(line.split()) for line in lines if shape.fullmatch(line))
    repeated = [line for line, times in shaped.items() if times == count]
    if len(repeated) != 1:
        return []
    return [index for index, line in enumerate(lines) if " ".join(line.split()) == repeated[0]]


def _unprinted(lines: list[str], footers: dict[int, str], header: re.Pattern[str], paged: bool) -> PrintedPage:
    """The text without its margins' lines, a form feed where each footer stood if `paged`."""
    headers = _headers(lines, header, len(footers))
    kept = [_page_breaks(line) if index in headers else line for index, line in enumerate(lines)]
    for index in footers:
        kept[index] = "\f" if paged else _page_breaks(lines[index])
    furniture = dict.fromkeys(address for address in footers.values() if address)
    title = None
    if headers:
        match = header.fullmatch(lines[headers[0]])
        if match.groupdict().get("address"):
            furniture[match["address"]] = None
        body = [line for line in kept if line.strip(" \t\f")]
        title = title_and_site(match["title"], body) if match["title"] else None
    if title:
        furniture[title.site] = None
        kept, masthead = _from_heading(kept, title.title)
        furniture.update(dict.fromkeys(masthead))
    return PrintedPage("\n".join(kept), title, tuple(furniture))


def _from_heading(lines: list[str], title: str) -> tuple[list[str], list[str]]:
    """The lines from the page's heading on, the heading that repeats the `<title>`'s own half
    as a line of its own on the first page; and the filled lines above it, as furniture: what a
    printed page sets over its heading is its site's (a cookie bar, the masthead, a menu, a
    breadcrumb, a button: red team 48). Lines with no such heading come back as they are."""
    wanted = " ".join(title.split()).casefold()
    for index, line in enumerate(lines):
        if "\f" in line:
            break
        if " ".join(line.split()).casefold() == wanted:
            above = [" ".join(text.split()) for text in lines[:index] if text.strip()]
            return ["" for _ in lines[:index]] + lines[index:], above
    return lines, []


def _page_breaks(line: str) -> str:
    """What is left of a margin's line: the form feeds that open it (a page's first line, as
    pdftotext and the page markers of `ingest.page_order` write it), so its page stays."""
    return "\f" * line[:len(line) - len(line.lstrip(" \t\f"))].count("\f")


_MARGIN_LINE = re.compile(rf"[ \t]*(?:{_DATE_TIME}|{_ADDRESS}|(?:{_ADDRESS}[ \t]*)?\d+[ \t]*/[ \t]*\d+)[ \t]*")
_TITLE_AND_SITE = re.compile(r"[^|]{1,80}\s\|\s[^|]{1,80}")  # "Brandwonden | Huisartsenpost Midden-Brabant"
MAX_MARGIN_PARAGRAPHS = 4  # a print header and footer: date, address, the page's title, "1/3"


def without_margin_paragraphs(text: str) -> tuple[str, list[str]]:
    """Markdown text without a browser's print margins that an OCR of the printed page kept
    as paragraphs of their own at the text's top or bottom, and those lines.

    An OCR tool that writes a page as HTML (ocrfeeder) keeps Chrome's print header and footer
    as blocks of their own: "12/6/26, 6:10 PM" over the page (the leaflet's title then, red
    team 45), "file:///…/brandwond.html", "Brandwonden | Huisartsenpost Midden-Brabant" and
    "1/3" under it; one page each, so `without_print_margins`' proof (pages numbered 1 to the
    last) is not there. A paragraph of one line that is only a date and time, an address or a
    page's "n/m" is such a margin; a "title | site" line too where it stands among them."""
    paragraphs = text.split("\n\n")
    top = _margin_run(paragraphs)
    bottom = _margin_run(paragraphs[top:][::-1])
    if not top and not bottom:
        return text, []
    kept = paragraphs[top:len(paragraphs) - bottom]
    dropped = [*paragraphs[:top], *paragraphs[len(paragraphs) - bottom:]]
    return "\n\n".join(kept), [" ".join(paragraph.split()) for paragraph in dropped if paragraph.strip()]


def _margin_run(paragraphs: list[str]) -> int:
    """How many of `paragraphs`, from the first, are print margins (blank ones among them);
    a "title | site" line counts only where a dated, addressed or numbered margin stands by it."""
    run, proven, count = 0, False, 0
    for index, paragraph in enumerate(paragraphs):
        line = paragraph.strip()
        if not line:
            continue
        if "\n" in line or count >= MAX_MARGIN_PARAGRAPHS:
            break
        if _MARGIN_LINE.fullmatch(line):
            proven, count = True, count + 1
        elif _TITLE_AND_SITE.fullmatch(line):
            count += 1
        else:
            break
        run = index + 1
    return run if proven else 0
