"""A web page saved as Markdown with its `<head>` as front matter: who publishes it, and its title.

html-to-markdown writes a whole page's `<title>` as `title:` and each `<meta>` as a `meta-` key
("meta-og:site_name: Huisartsenpost Midden-Brabant", "meta-article:modified_time: ..."). The
site's name (og:site_name) is the publisher, as the HTML loader reads it (`ingest.html.page`),
and it comes off the title, where the `<title>` sets it beside the page's own ("Tetanus en de
tetanusprik | Huisartsenpost Midden-Brabant": red team 36), as the HTML loader takes it off
(`ingest.html.headings.without_site_name`).
"""

from __future__ import annotations

import re

from ingest.html.headings import without_site_name
from ingest.html.page import MODIFIED_META, PUBLISHER_META

# The <meta> names (bare, or as html-to-markdown writes them: "meta-" before) that name the
# publisher, and that state when the page last changed: those `ingest.html.page` reads. A bare
# "publisher" is the front matter's own field, read as it is.
_SITE_NAME_KEYS = tuple(f"{prefix}{name}" for name in sorted(PUBLISHER_META - {"publisher"}, reverse=True)
                        for prefix in ("", "meta-")) + ("meta-publisher",)
_MODIFIED_KEYS = tuple(f"{prefix}{name}" for name in sorted(MODIFIED_META) for prefix in ("", "meta-"))
# What stands between a page's title and the site's name after it: "Tetanus | Huisartsenpost".
_BEFORE_SITE = re.compile(r"\s+[|·•–—-]\s*$|\s*:\s*$")


def with_page_meta(meta: dict[str, str]) -> dict[str, str]:
    """Front matter with the publisher and date its page's `<meta>` give, where it states none
    of its own, and its title without the site's name or its own publisher's (`without_site`):
    a read-later tool (clean-mark) keeps the page's whole `<title>` beside a `publisher:` field."""
    site = next((meta[key] for key in _SITE_NAME_KEYS if meta.get(key)), "")
    modified = next((meta[key] for key in _MODIFIED_KEYS if meta.get(key)), "")
    found = dict(meta)
    if site and not found.get("publisher"):
        found["publisher"] = site
    if modified and not found.get("updated"):
        found["updated"] = modified
    for name in dict.fromkeys(filter(None, (site, meta.get("publisher", "")))):
        if found.get("title"):  # clean-mark's "title: … | Jeroen Bosch Ziekenhuis" beside its `publisher:`
            found["title"] = without_site(found["title"], name)
    return found


def without_site(title: str, site: str) -> str:
    """A page's title without the site's name that ends it after a separator, or opens it
    before one; the title as it is where nothing else is left."""
    if title.endswith(site):
        separator = _BEFORE_SITE.search(title[:-len(site)])
        kept = title[:separator.start()].strip() if separator else ""
        if kept:
            return kept
    return without_site_name(title, site)
