"""What a link or button does: share the page, print it, or something else.

A share bar, a cookie notice's consent button, a teaser card and a "Lees meer" toggle are
all told by the names and addresses of their links and buttons; this module reads those
names once for all of them (the names of share and print links: `ingest.share_names`).
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from ingest.share_names import name_kind, names_sharing


# The address of a sharing service's "share this" page, whatever the link is called. A
# WhatsApp address with a phone number is a way to reach the hospital, not a share link.
_SHARER_ADDRESS = re.compile(
    r"(?:^|[/.])(?:facebook\.com/(?:sharer|share\.php|dialog/share)|(?:twitter|x)\.com/(?:intent|share)"
    r"|linkedin\.com/(?:sharearticle|sharing|cws/share)|wa\.me/\?|pinterest\.com/pin/create|t\.me/share)"
    r"|(?:(?:^|[/.])api\.whatsapp\.com/send|^whatsapp://send)(?![^#]*[?&]phone=[+\d])|^mailto:\?",
    re.IGNORECASE,
)


def control_kind(control: HtmlElement) -> str | None:
    """"share" for a link or button that shares the page, "print" for one that prints it."""
    return "share" if is_sharing(control) else name_kind(control_name(control))


def is_sharing(control: HtmlElement) -> bool:
    """Whether a link or button can only be for sharing: by a name that says so ("Deel
    deze pagina", "Delen op Facebook"), or by the address of a sharing service."""
    return names_sharing(control_name(control)) or bool(_SHARER_ADDRESS.search(control.get("href", "").strip()))


def control_name(control: HtmlElement) -> str:
    """A link's or button's name in lower case: its text, or its label when it is an icon."""
    name = " ".join(control.text_content().split()) or control.get("aria-label", "") or control.get("title", "")
    return " ".join(name.lower().split()).rstrip(":")


def in_control(text: str) -> bool:
    """Whether a text of the page (an lxml text result) stands in a share or print button."""
    holder = text.getparent()
    if text.is_tail and holder is not None:  # the words after an element are its parent's
        holder = holder.getparent()
    buttons = holder.xpath("ancestor-or-self::button") if holder is not None else []
    return any(control_kind(button) for button in buttons)
