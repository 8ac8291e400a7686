"""A typeset document's title page: its revision history and its author lines.

A document tool's web page (DocBook XSL, and a word processor's protocol template) sets a
revision history on its title page: a table of versions, dates and initials ("Herziening 3 |
2025-11-04 | MvdB"), furniture of the document, not text a reader asks about; it was read
as the first passage. Its lines come back, as a printed page's running footer does: a date
stated only there still dates the leaflet. DocBook sets the author or the organisation under
the title as an `<h3 class="corpauthor">`: a byline, not the heading of the text after it.
A table of the document's properties in the header with its title (Notion's "Created",
"Owner", "Tags", "Status") is the workspace's record of the page, not text either. The line
whose class says it names the publisher (a word processor's paragraph style "Publisher",
docutils' docinfo field "Organization") names it, though no word in it says "hospital"
(`marked_publisher`). So does a name that both the `<title>` sets beside the leaflet's title
and a line over the title holds as a field ("Een gebroken teen | Tergooi MC" over
"Spoedeisende Hulp – Tergooi MC"): two places that name the site (`cover_site`). An
organisation the `<title>` alone sets beside the leaflet's title ("Gerstekorrel — Huisartsenpraktijk
De Linde") is the page's running header, as a browser prints it over each page (`title_sender`).
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from ingest.dates import find_updated
from ingest.html.headings import HEADING_TAGS, is_section_name, other_half
from ingest.node_lines import TITLE_SEPARATOR, title_halves
from ingest.html.page_parts import REGEXP
from ingest.structure import is_organisation_name, organisation_in, publisher_in


# A box whose class names a revision history (DocBook's `div.revhistory`, "revision-history",
# "version-history"), or the title page's release line and publication date beside it
# (DocBook's `p.releaseinfo` "Folder ORT-031", `p.pubdate`).
_HISTORY_CLASS = ("//body//*[re:test(concat(' ', @class, ' '), '[\\s_-](rev(ision)?|version)[-_]?history[\\s_-]"
                  "|\\s(releaseinfo|pubdate)\\s', 'i')]")
# The title of a revision history table, in its caption, its summary or its first row alone.
_HISTORY_TITLE = re.compile(r"(?:wijzigings|versie|revisie|herzienings)geschiedenis|versiebeheer"
                            r"|(?:revision|version|change|document)\s+history|änderungshistorie"
                            r"|versionshistorie|historique\s+des\s+(?:révisions|versions)", re.IGNORECASE)


def drop_revision_history(tree: HtmlElement) -> list[str]:
    """Remove the page's revision history and the lines beside it (see the module): a box
    its class names one, or a table its caption, summary or first row titles one. Its lines
    come back (`_history_lines`)."""
    found = tree.xpath(_HISTORY_CLASS, namespaces=REGEXP) + [
        table for table in tree.xpath("//body//table") if _titled_history(table)]
    lines: list[str] = []
    for box in found:
        if box.getparent() is not None and not any(outer in found for outer in box.iterancestors()):
            lines += _history_lines(box)
            box.drop_tree()
    return lines


def _history_lines(box: HtmlElement) -> list[str]:
    """A box's texts a line each; a table's rows a line each, their cells as fields, the
    newest first: the first date of the lines dates the leaflet, and a history may list its
    oldest version first."""
    rows = [" | ".join(" ".join(cell.text_content().split()) for cell in row.xpath("./td | ./th"))
            for row in box.xpath(".//tr")]
    if not rows:
        return [" ".join(text.split()) for text in box.xpath(".//text()") if text.strip()]
    return sorted(rows, key=lambda row: find_updated("", row, unlabelled=True), reverse=True)


def _titled_history(table: HtmlElement) -> bool:
    """Whether a table's caption, summary or first row (its title alone) names a revision history."""
    caption = table.find("caption")
    rows = table.xpath("./tr | ./*/tr")
    titles = [table.get("summary", ""), caption.text_content() if caption is not None else "",
              rows[0].text_content() if rows and len(rows[0]) == 1 else ""]
    return any(_HISTORY_TITLE.fullmatch(" ".join(title.split()).rstrip(":")) for title in titles)


# A heading whose class or id names who wrote the document or when: DocBook's `h3.author`,
# `h3.corpauthor`, `h3.editor`, `h3.othercredit`, a "byline"; Yodl's `<h2 id="author">` and
# `<h2 id="date">` under its title.
_BYLINE_HEADINGS = ("//body//*" + HEADING_TAGS + "[re:test(concat(' ', @class, ' ', @id, ' '),"
                    " '\\s(corp)?author\\s|\\seditor\\s|\\sothercredit\\s|\\sbyline\\s|\\sdate\\s', 'i')]")


def bylines_as_text(tree: HtmlElement) -> None:
    """Make a heading whose class or id names an author, the organisation that wrote the
    document or its date a line of text: set under the title, as a heading it headed the text
    after it (Yodl's date line headed the first section)."""
    for heading in tree.xpath(_BYLINE_HEADINGS, namespaces=REGEXP):
        heading.tag = "p"


# A table in the header of the page or article (the box of its title), each of its rows a
# field: a label cell and a value cell.
_HEADER_TABLES = "//body//header//table[not(.//table)]"
# A list of fields right under the title, or under a subtitle under it: docutils' docinfo.
_TITLE_FIELDS = ("//body//h1/following-sibling::*[1][self::dl]"
                 " | //body//h1/following-sibling::*[1][self::p]/following-sibling::*[1][self::dl]")
MIN_PROPERTY_ROWS = 2
MAX_PROPERTY_WORDS = 8  # a value of a field: a name, a code, a date


def drop_property_tables(tree: HtmlElement) -> None:
    """Remove a table of fields (a label and a value a row) in the header that holds the
    page's title: the document's properties as its workspace keeps them (Notion's export sets
    "Created", "Owner", "Tags", "Status" and "Last edited time" so, in a `<header>` with the
    title). It was read as the first passage, with a staff member's name in it; a date it
    holds was read before (`page_date`), though the leaflet's own date line wins. So is a list
    of short fields right under the title (reStructuredText's docinfo, ":Afdeling: ...",
    ":Versie: 4", ":Laatst herzien: ..."), which docutils renders as a `<dl>` there: it was
    a passage that came second for questions on the leaflet's subject."""
    for table in tree.xpath(_HEADER_TABLES):
        rows = table.xpath("./tr | ./*/tr")
        if len(rows) >= MIN_PROPERTY_ROWS and all(len(row.xpath("./td | ./th")) == 2 for row in rows) \
                and table.getparent() is not None:
            table.drop_tree()
    for fields in tree.xpath(_TITLE_FIELDS):
        values = fields.xpath("./dd")
        if len(fields.xpath("./dt")) >= MIN_PROPERTY_ROWS and len(values) == len(fields.xpath("./dt")) \
                and all(len(value.text_content().split()) <= MAX_PROPERTY_WORDS for value in values):
            fields.drop_tree()


# An element whose class says it holds the publisher's name: a paragraph style "Publisher" (LibreOffice
# writes a style's name as the class), docutils' docinfo field `dd.organization` (html4: `tr.organization`,
# its label in a `<th>`), "uitgever".
_PUBLISHER_CLASS = ("//body//*[re:test(concat(' ', @class, ' '), '\\s(publisher|organi[sz]ation|uitgever)\\s', 'i')]"
                    "[not(self::dt or self::th)]")


def marked_publisher(tree: HtmlElement) -> str:
    """The publisher the first element of a publisher's class names (`_PUBLISHER_CLASS`), its
    label left out, read as a marked line (`publisher_in`: "Voetencentrum Utrecht · Orthopedie en
    Podotherapie" names "Voetencentrum Utrecht"); "" where none does. Read before the docinfo
    goes (`drop_property_tables`)."""
    for element in tree.xpath(_PUBLISHER_CLASS, namespaces=REGEXP):
        named = publisher_in(" ".join(element.xpath(".//text()[not(ancestor::th or ancestor::dt)]")))
        if named:
            return named
    return ""


# Between the fields of a cover line: "Spoedeisende Hulp – Tergooi MC", "Poli X, Ziekenhuis Y".
_COVER_FIELD_GAP = re.compile(r",\s+|\s[-–—|·]\s")


def cover_site(title: str, page_title: str, markdown: str) -> str:
    """The publisher the page names twice: the half of its `<title>` beside the leaflet's
    title, where a line over the Markdown's `#` title holds it as a field of its own."""
    site = other_half(title, page_title)
    if not site:
        return ""
    for line in markdown.splitlines():
        if line.startswith("# "):
            return ""
        fields = [" ".join(field.split()).casefold() for field in _COVER_FIELD_GAP.split(line.strip())]
        if len(line.split()) <= 12 and site.casefold() in fields:
            return publisher_in(site)
    return ""


def title_sender(title: str, page_title: str) -> str:
    """The organisation the half of the `<title>` beside the leaflet's title names, where a word
    of it says it is one (`organisation_in`: "Huisartsenpraktijk De Linde", not "Gezondheid
    A-Z"): a line of the page's running furniture, as a browser prints the `<title>` over each
    page, so that it ranks below a sender the text names (red team 52). A name that opens with
    the site's section for leaflets ("Patiënteninformatie Kinderziekenhuis") names the
    collection, not who publishes it."""
    name = organisation_in(other_half(title, page_title))
    return "" if name and is_section_name(name.split()[0]) else name


# What kind of document a `<title>` says the page is, before a colon: "Folder: Nierbiopsie",
# "Patiëntenfolder: …", "Brochure: …", "Leaflet: …". It names every leaflet of the site.
_TITLE_LABEL = re.compile(
    r"(?:patiënt(?:en)?|patients?)?[\s-]*(?:folder|brochure|leaflet|flyer|factsheet|informatie|information"
    r"|voorlichting)\s*:\s+(?=\S)", re.IGNORECASE)


def without_title_label(title: str) -> str:
    """A `<title>` without the label of the document's kind that opens it ("Folder: Nierbiopsie"
    is "Nierbiopsie"), and without the halves after the subject that name who sends it
    ("Nierbiopsie - Afdeling Nefrologie - UMC Utrecht": a department, a hospital), as a site
    titles each of its leaflets: they name the sender, never the subject. A title that is
    only a label's words, or only a sender's, stays as it is."""
    label = _TITLE_LABEL.match(title)
    rest = title[label.end():] if label else title
    halves = title_halves(rest)
    kept = len(halves)
    while kept > 1 and is_organisation_name(halves[kept - 1]):
        kept -= 1
    if kept < len(halves):
        rest = rest[:list(TITLE_SEPARATOR.finditer(rest))[kept - 1].start()]
    return " ".join(rest.split()) or title
