"""Read a web page into a leaflet's Markdown, with its URL, title, publisher and date.

Before extraction the page is made to say what a reader sees (`_reader_view`): each
step lives in the module named for what it does; this module runs them in their
order, keeps dates in `<time>` in the text (trafilatura drops `<time>` with its
words) and the words of a button inside a sentence, then extracts the main content
with trafilatura and turns it into Markdown (`xml_markdown`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import trafilatura
from lxml.html import HtmlElement

from ingest.document import IngestError
from ingest.html.bbox_layout import is_bbox_layout, load_bbox_layout
from ingest.html.collapsible import (
    SECTION_CLASS, TOGGLES, elements_by_id, flatten, heading_classes, nest_under_group, open_details,
    open_loose_toggles, open_tabs, show_panel, unlist,
)
from ingest.html.cookies import drop_bare_notices, notice_words, only_cookie_notice
from ingest.html.diff_pages import new_version
from ingest.html.furniture import (
    drop_colophon, drop_comments, drop_file_links, drop_heading_menus, drop_page_menus, drop_share_bars, drop_widgets,
    keep_meta_sentences, keep_tip_boxes,
)
from ingest.html.footnotes import drop_print_furniture, footnotes_in_place
from ingest.html.headings import (
    HEADINGS, bylines_off_titles, document_title, drop_heading_anchors, drop_repeated_headings, drop_section_tags,
    named_half, site_name, subtitles_below, without_site_name,
)
from ingest.html.inline_runs import (
    body_lines, breaks_after_runs, drop_icons, items_apart, paragraph_runs, reopen_before_center, runs_after_headings,
)
from ingest.html.lead_paragraphs import lead_paragraphs
from ingest.html.layout_tables import caption_lines, list_tables, text_after_tables, unwrap_layout_tables
from ingest.html.listings import plain_listings
from ingest.html.lists import bullet_paragraphs, marked_definitions, number_items, unbullet_items
from ingest.html.mail_furniture import drop_mail_furniture, drop_message_headers, word_title
from ingest.html.mail_masthead import masthead_name
from ingest.html.main_frame import join_articles, mark_main
from ingest.html.man_page import drop_frame, drop_index, is_converted_man_page, read_man_page
from ingest.html.navigation import drop_heading_link_runs, drop_node_navigation
from ingest.html.page import page_facts, page_metadata, parse_page, without_data_uris
from ingest.html.page_dates import dated_line_sender, page_date
from ingest.html.pipe_paragraphs import pipe_paragraphs_as_tables
from ingest.html.reveal_markdown import markdown_slides
from ingest.html.positioned_pages import bold_leads_apart, drop_page_furniture, rows_as_tables
from ingest.html.title_block import title_block
from ingest.html.spanned_cells import fill_spanned_cells
from ingest.html.side_by_side_diff import is_diff_page, new_side
from ingest.html.site_bars import drop_masthead, drop_site_bars
from ingest.html.slides import drop_slide_furniture, drop_speaker_notes, unwrap_foreign_objects
from ingest.html.table_titles import table_titles_as_sections
from ingest.html.text_forms import forms_as_boxes
from ingest.html.tag_remnants import as_plain_text, is_half_converted
from ingest.html.tracked_changes import drop_deletions, is_marked_review
from ingest.html.styled_headings import class_headings, styled_headings
from ingest.html.title_page import (
    bylines_as_text, cover_site, drop_property_tables, drop_revision_history, marked_publisher, title_sender,
    without_title_label,
)
from ingest.html.word_documents import bold_title, drop_empty_contents_headings, headings_out_of_items
from ingest.html.word_styles import style_headings
from ingest.html.xml_markdown import xml_to_markdown
from ingest.browser_print import without_margin_paragraphs
from ingest.mail import without_notices, without_reply_prefix
from ingest.source import SourceText


def load_html(html: str, path: str | Path) -> SourceText:
    """A web page's main content as Markdown, with its URL, title and date."""
    try:
        shown = new_version(html)  # a diff tool's page: the new version it shows (red team 53)
    except Exception as error:  # lxml raises many kinds of errors
        raise IngestError(path, f"the HTML could not be read ({error.__class__.__name__})") from None
    if shown is not None and shown.markup != "html":
        from ingest.text import load_text  # here: the text reader imports what the HTML reader does
        return replace(load_text(shown.text.encode("utf-8"), path, shown.markup), review_copy=True)
    html = shown.text if shown is not None else html
    review_copy = shown is not None
    if is_half_converted(html):  # a converter's text with HTML5's tags left in it: text, no page
        from ingest.text import load_text  # here: the text reader imports what the HTML reader does
        return load_text(as_plain_text(html).encode("utf-8"), path, "plain")
    html = without_data_uris(html)
    frame: list[str] = []  # a converted man page's header and footer
    masthead = ""  # the site's name, set as an `<h1>` over the leaflet's
    sender = ""  # the name in a mail template's masthead
    try:
        tree = parse_page(html, path)
        review = new_side(tree, path) if tree is not None and is_diff_page(html) else None
        if review is not None:
            return review  # a diff tool's page of two versions: the new one's text (red team 53)
        if tree is not None and is_bbox_layout(tree):
            return load_bbox_layout(tree, path)  # a PDF's words in their boxes: no web page
        slides = markdown_slides(tree) if tree is not None else None
        if slides:  # a reveal.js deck of Markdown slides: its Markdown, no web page (red team 54)
            return _markdown_deck(slides, html, path)
        if tree is not None:
            unwrap_foreign_objects(tree)  # a slide deck's slides, each HTML inside an <svg>
            review_copy = review_copy or is_marked_review(tree)
            drop_deletions(tree)  # a tracked change's deleted words, before any step reads the text
            forms_as_boxes(tree)  # a quiz's sections, each in a <form>: text, before any step drops forms
            drop_empty_contents_headings(tree)  # an empty contents field's heading: no title, no section
            drop_speaker_notes(tree)
            style_headings(tree)  # wvHtml: <div name="Heading 1">, before anything reads headings
            if is_converted_man_page(html):
                drop_index(tree)  # before its links are read as a contents of the page
                frame = drop_frame(tree)
            subtitles_below(tree)
            bylines_off_titles(tree)
            table_titles_as_sections(tree)  # a table's `<h1>`: no title, before anything reads titles
            sender = masthead_name(tree)  # before the mail's furniture goes with it
        notice = notice_words(tree) if tree is not None else set()
        stated = page_date(tree) if tree is not None else ""
        block_publisher, block_date = title_block(tree) if tree is not None else ("", "")  # pandoc's
        facts = page_facts(html)
        metadata = page_metadata(html, path)
        # a dated line's sender, its line gone with the page's metadata: asked only where the
        # page's head names no publisher, as it is the last the publisher is taken from
        sitename = metadata.sitename if metadata and metadata.sitename else ""
        # a site's name that is only its host ("uzgent.be", trafilatura's guess from the address) or
        # a file's name ("gips.docx" of Word's "Microsoft Word - gips.docx") names the publisher
        # last: the organisation the page or its `<title>` names ("… | UZ Gent") is the one to cite
        host = sitename if _HOST.fullmatch(sitename) else ""
        known = facts.publisher or (sitename if not host else "")
        dated = dated_line_sender(tree) if tree is not None and not known else ""
        if tree is not None:
            masthead = drop_masthead(tree)  # before the bars: the site's menu under it then opens the page
            drop_site_bars(tree)  # once the page's dates are read: a copyright line's year counts there
            drop_bare_notices(tree)
        furniture = frame + drop_print_furniture(tree) + drop_slide_furniture(tree) + drop_revision_history(tree) \
            + drop_page_furniture(tree) if tree is not None else []
        site = site_name(tree) if tree is not None else ""
        marked = marked_publisher(tree) if tree is not None else ""  # before the docinfo goes
        heading = without_site_name(document_title(tree, facts.title), site) if tree is not None else ""
        own_title = word_title(tree) or bold_title(tree, facts.title) if tree is not None else ""
        extracted = trafilatura.extract(
            _reader_view(tree) if tree is not None else html, output_format="xml",
            include_formatting=True, include_links=False, include_images=False,
            include_comments=False, include_tables=True,
        )
    except IngestError:
        raise
    except Exception as error:  # trafilatura and lxml raise many kinds of errors
        raise IngestError(path, f"the HTML could not be read ({error.__class__.__name__})") from None
    if not extracted:
        raise IngestError(path, "no main text found in the HTML page")
    text = xml_to_markdown(extracted, path)
    if only_cookie_notice(text, notice):
        raise IngestError(path, "the page holds no leaflet text, only a cookie notice "
                                "(is it a consent wall saved instead of the page?)")
    text = _with_title(text, heading)
    text, notices = without_notices(text)  # a mail saved as a page: its confidentiality notice
    text, margins = without_margin_paragraphs(text)  # an OCRed print's header and footer (red team 45)
    notices = [*notices, *margins]
    title = (_lone_title(text) if masthead else "") or own_title or (metadata.title if metadata and metadata.title else "") or " ".join(facts.title.split()) \
        or _lone_title(text)
    title = without_title_label(without_site_name(named_half(without_reply_prefix(title), facts.title, text), site))
    title = "" if _FILE_PATH.fullmatch(title) else title  # a converter's `<title>` of its output's path
    manual = read_man_page(text) if is_converted_man_page(html) else None
    if manual is not None:
        text, title, notices = manual.text, manual.title, [*manual.furniture, *notices]
    url = facts.canonical or facts.og_url
    publisher = facts.publisher or marked or block_publisher or (sitename if not host else "") \
        or cover_site(title, " ".join(facts.title.split()), text) or dated \
        or (title_sender(title, facts.title) if host else "") or ("" if _FILE_NAME.fullmatch(host) else host)
    return SourceText(text, "markdown", title=title, url=url,
                      updated=stated.labelled or facts.modified or stated.unlabelled or facts.dated or block_date
                      or stated.footer,
                      publisher=publisher, review_copy=review_copy,
                      furniture="\n".join(line for line in dict.fromkeys(
                          [*furniture, *notices, title_sender(title, facts.title), sender]) if line))


def _markdown_deck(markdown: str, html: str, path: str | Path) -> SourceText:
    """A reveal.js deck's Markdown read as a Markdown leaflet, the page's `<title>` its title
    where no `#` heading names it, its stated address and publisher kept."""
    from ingest.text import load_text  # here: the text reader imports what the HTML reader does
    source = load_text(markdown.encode("utf-8"), path, "markdown")
    facts = page_facts(html)
    titled = any(line.startswith("# ") for line in source.text.splitlines())
    return replace(source, title=source.title or ("" if titled else " ".join(facts.title.split())),
                   url=source.url or facts.canonical or facts.og_url, publisher=source.publisher or facts.publisher)


def _with_title(text: str, heading: str) -> str:
    """The Markdown with the page's document title (`document_title`) as its `#` heading,
    where extraction lost it and no other `#` heading stands in its place."""
    if not heading or any(line.startswith("# ") for line in text.splitlines()):
        return text
    return f"# {heading}\n\n{text}"


# A `<title>` that is a file's path ("/tmp/build/brandwond-ocrfeeder", "C:\\Users\\…\\page"): an OCR
# tool's (ocrfeeder) or converter's name for its output, no leaflet's title (red team 45).
_FILE_PATH = re.compile(r"(?:file://)?(?:/|[A-Za-z]:\\)[^\s]*")
_HOST = re.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)+")  # "uzgent.be": an address (or a file's name), no name
_FILE_NAME = re.compile(r".*\.(?:docx?|odt|rtf|pdf|html?|txt|md)", re.IGNORECASE)  # red team 63


def _lone_title(text: str) -> str:
    """The words of the Markdown's one `#` heading, for a page whose head names none: a mail
    made in Word has no `<title>` and sets its title as a large bold line (`styled_headings`
    makes it the `<h1>`); under the mail's greeting, the outline did not take it for the
    title, and the leaflet was named after its file."""
    titles = [line[2:].strip() for line in text.splitlines() if line.startswith("# ")]
    return titles[0] if len(titles) == 1 else ""


def _reader_view(tree: HtmlElement) -> HtmlElement:
    """The parsed page as a reader sees it: collapsible sections and tab panels opened,
    sibling articles read as one page, dates and list numbers kept, readers' comments, button
    widgets, share bars, download links, a mailing's web-version line and unsubscribe footer,
    the document's property table in its header, the header of a message a mail forwards,
    a manual's next/previous bars and a contents of loose links to its headings,
    icons and the permalink marks in headings gone, footnotes beside what cites them, listings
    as the plain text they show, loose words beside blocks in paragraphs, a row of tags with
    spaces between them, a pipe table left as one paragraph a table, and a table's cell that
    spans rows or columns in each it covers."""
    pipe_paragraphs_as_tables(tree)
    fill_spanned_cells(tree)
    drop_heading_anchors(tree)
    drop_section_tags(tree)
    bylines_as_text(tree)
    drop_property_tables(tree)
    drop_icons(tree)
    items_apart(tree)
    headings_out_of_items(tree)
    footnotes_in_place(tree)
    drop_comments(tree)
    keep_tip_boxes(tree)
    keep_meta_sentences(tree)
    lead_paragraphs(tree)
    reopen_before_center(tree)
    breaks_after_runs(tree)
    bold_leads_apart(tree)  # after the breaks that end its bold runs are out of them
    rows_as_tables(tree)
    text_after_tables(tree)
    list_tables(tree)
    body_lines(tree)  # before the steps that read paragraphs: lists, headings set by size
    runs_after_headings(tree)
    marked_definitions(tree)
    bullet_paragraphs(tree)
    unwrap_layout_tables(tree)  # before the heading finders: a line in a layout cell is no table cell's
    styled_headings(tree)
    class_headings(tree)
    drop_mail_furniture(tree)
    drop_message_headers(tree)
    open_tabs(tree)
    drop_heading_menus(tree)  # before their links are read as toggles of collapsible sections
    headed = []  # collapsible sections: a heading and the panel after it
    sections = []  # the same, with every panel a heading opens
    ids = elements_by_id(tree)
    for heading in tree.xpath(HEADINGS):
        toggles = heading.xpath(TOGGLES)
        if toggles or SECTION_CLASS.search(heading_classes(heading)):
            shown = show_panel(heading, toggles, ids)
            sections.append((heading, shown))
            headed += [(heading, panel) for panel in shown if panel is heading.getnext()]
        if toggles:
            flatten(heading)
    nest_under_group(sections)
    unlist(headed)
    open_details(tree)
    open_loose_toggles(tree)
    join_articles(tree)
    drop_widgets(tree)
    drop_share_bars(tree)
    drop_file_links(tree)
    drop_colophon(tree)
    for button in tree.xpath("//p//button | //li//button"):
        button.drop_tag()  # a term inside a sentence ("bij <button>koorts</button>") is a word of it
    plain_listings(tree)
    for time in tree.xpath("//time"):
        time.drop_tag()  # trafilatura drops <time> with its words ("Laatst bijgewerkt: <time>")
    caption_lines(tree)
    drop_node_navigation(tree)
    drop_repeated_headings(tree)  # once the navigation between them is gone
    drop_page_menus(tree)  # before the items of an <ol> menu get their numbers as words
    drop_heading_link_runs(tree)  # the loose links no menu box holds
    for numbered in tree.xpath("//ol"):
        number_items(numbered)
    unbullet_items(tree)
    paragraph_runs(tree)
    mark_main(tree)
    return tree
