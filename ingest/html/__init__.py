"""Load web-page leaflets: the main content only, headings kept as headings.

Menus, cookie banners, footers and scripts are not the leaflet. trafilatura (a
maintained main-content extractor) finds the article; its XML output keeps
headings (h1-h6), paragraphs and lists apart, and is turned here into Markdown
so that the rest of ingest reads it like any Markdown leaflet.

`load_html` (in `load`) is the entry point. The steps, each in a module of its own:
`page` opens the page and reads its head; `page_dates` and `cookies` read what the
page says of itself before extraction; `load` makes the page say what a reader sees
(`collapsible`, `lead_paragraphs`, `styled_headings`, `lists`, `listings`, `furniture`, `mail_furniture`, `title_page`,
`layout_tables`, `main_frame`) and `xml_markdown` turns trafilatura's XML into Markdown;
`man_page` titles a converted manual page by its NAME line. `page_parts`, `headings` and
`controls` hold what several steps ask of a page's boxes, headings and buttons.
"""

from ingest.html.load import load_html

__all__ = ["load_html"]
