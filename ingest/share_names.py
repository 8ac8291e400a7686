"""The names of share and print links: what a share bar's links are called, whatever form they are in.

A web page's share bar ("Deel via WhatsApp | Facebook | E-mail", "Print") is told by the names
of its links: as links in HTML (`ingest.html.controls`), and as the bare lines a dump of the
page sets them on (`ingest.web_dump`, red team 35), from one vocabulary.
"""

from __future__ import annotations

import re

# Names of the services a share bar links to ("Deel via WhatsApp | Facebook | E-mail").
SHARE_SERVICES = frozenset(
    "whatsapp facebook linkedin twitter x e-mail email mail pinterest messenger telegram "
    "bluesky threads instagram mastodon".split()
)
_SERVICE_NAMES = "|".join(sorted(map(re.escape, SHARE_SERVICES), key=len, reverse=True))
# A link or button that can only be for sharing: "Deel", "Delen op Facebook", "Deel via
# WhatsApp", "Deel deze pagina", "Share on X", "Tweet", "Mail deze pagina".
_SHARE_NAME = re.compile(
    r"(?:deel|delen|share|tweet|(?:e-?)?mail|stuur door|doorsturen)"
    r"(?: (?:deze|dit|this) (?:pagina|page|folder|brochure|informatie|artikel|article|bericht|link))?"
    rf"(?: (?:via|op|met|per|on|to|naar) (?:{_SERVICE_NAMES}))?"
)
# A print button, the companion of share links in a bar: "Print", "Printen", "Pagina afdrukken".
_PRINT_NAME = re.compile(
    r"(?:print|printen|afdrukken)(?: (?:deze|dit|this) (?:pagina|page|folder|brochure|artikel|article))?"
    r"|(?:pagina|folder|brochure) (?:printen|afdrukken)"
)


def name_kind(name: str) -> str | None:
    """"share" for a link's name (in lower case) that names a sharing service or says it
    shares ("facebook", "delen op facebook"), "print" for one that prints ("printen"), else None."""
    if name in SHARE_SERVICES or _SHARE_NAME.fullmatch(name):
        return "share"
    return "print" if _PRINT_NAME.fullmatch(name) else None


def names_sharing(name: str) -> bool:
    """Whether a link's name (in lower case) can only be for sharing ("deel deze pagina",
    "delen op facebook"); a service's name alone ("facebook") may lead to the site's own page."""
    return name not in SHARE_SERVICES and bool(_SHARE_NAME.fullmatch(name))
