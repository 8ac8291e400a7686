"""A mailing's furniture in its text/plain part, as a mailing system (html-to-text) writes it.

The text part of a newsletter or a hospital's after-visit mail carries the same furniture as
its HTML (`ingest.html.mail_furniture`), each link's address in brackets after its words: the
line that offers the web version ("Bekijk hem in uw browser [https://.../view/8812]") near the
top, and the footer that says why the reader gets the mail, with a link to unsubscribe, at the
end. Left in, the first stood where the title is read and the footer closed the last section.
"""

from __future__ import annotations

import re

from ingest.clean.lines import filled_runs, is_sign_off
# The HTML reader's wording for the same furniture, read here as text.
from ingest.mail import (MAILING, MAX_FOOTER_WORDS, MAX_NOTICE_WORDS, SALUTATION, SHOWN_WRONGLY, UNSUBSCRIBE,
                         UNSUBSCRIBE_ADDRESS, WEB_VERSION)

_ADDRESS = re.compile(r"\[(?:https?://|mailto:|www\.)[^\]\s]*\]|<(?:https?://|mailto:)[^>\s]*>")
MAX_COVER_NOTE_WORDS = 50  # "Beste patiënt," and two sentences that say what the mail brings
MAX_OPENING_PARAGRAPHS = 3  # the web version's line stands above the mail's text: a preheader at most


def without_mailing_furniture(text: str) -> tuple[str, list[str]]:
    """Text without a mailing's web-version line and its unsubscribe footer (with the sign-off
    right above it), and their lines without the addresses, which may still date the leaflet.

    Both are known by their links: a paragraph among the first few (and the preheader above
    it, the preview an inbox shows, hidden in the mail; and the short note to the reader
    under it that opens with a salutation, "Beste patiënt, hieronder vindt u de folder"), of a notice's length, that
    offers the web version (or says the mail may show wrongly and names the mail), with a
    link's address in it; the last paragraph, of a footer's length, with words that
    unsubscribe and an address that does, or words about the mailing. Plain text with no
    link addresses is no mailing's text part and comes back as it is. Each line taken out
    stays, empty."""
    lines = text.split("\n")
    runs = filled_runs(lines)
    offers = [number for number, run in enumerate(runs[:MAX_OPENING_PARAGRAPHS]) if _offers_web_version(lines, run)]
    drop = runs[:offers[-1] + 1] if offers else []  # a preheader above it is the inbox's preview
    if offers:
        drop += _cover_note(lines, runs[len(drop):])
    if runs and _is_unsubscribe_footer(lines, runs[-1]):
        drop.append(runs[-1])
        if len(runs) > 1 and is_sign_off(lines[runs[-2][0]].strip()):
            drop.append(runs[-2])
    gone = {i for run in drop for i in run}
    if not gone:
        return text, []
    furniture = [" ".join(_ADDRESS.sub("", lines[i]).split()) for i in sorted(gone)]
    return "\n".join("" if i in gone else line for i, line in enumerate(lines)), [line for line in furniture if line]


def without_cover_note(text: str) -> tuple[str, list[str]]:
    """Text without the note to its reader that a mail carrying it opens with (`_cover_note`:
    "Dear client," over "Please read the information below before your appointment."), and the
    note's lines: it names the reader and says what the mail brings, no text of the leaflet, and
    left in, it stood where the leaflet's title is read (`mu view`'s mail, red team 44). Each line
    taken out stays, empty."""
    lines = text.split("\n")
    gone = {i for run in _cover_note(lines, filled_runs(lines)) for i in run}
    if not gone:
        return text, []
    return "\n".join("" if i in gone else line for i, line in enumerate(lines)), [lines[i].strip() for i in sorted(gone)]


def _offers_web_version(lines: list[str], run: list[int]) -> bool:
    """Whether a paragraph is a mailing's line that offers its web version (see above)."""
    text = " ".join(lines[i] for i in run)
    words = " ".join(_ADDRESS.sub("", text).split())
    return bool(_ADDRESS.search(text)) and len(words.split()) <= MAX_NOTICE_WORDS and bool(
        WEB_VERSION.search(words) or SHOWN_WRONGLY.search(words) and MAILING.search(words))


def _cover_note(lines: list[str], runs: list[list[int]]) -> list[list[int]]:
    """The paragraphs of a mail's note to its reader at the top of `runs`: a salutation on a
    first line, and the few sentences under it (in its paragraph, or the next where it stands
    alone), with more text after them."""
    if len(runs) < 2 or not SALUTATION.fullmatch(lines[runs[0][0]].strip()):
        return []
    note = runs[:2] if len(runs[0]) == 1 and len(runs) > 2 else runs[:1]
    words = " ".join(lines[i] for run in note for i in run).split()
    return note if len(words) <= MAX_COVER_NOTE_WORDS else []


def _is_unsubscribe_footer(lines: list[str], run: list[int]) -> bool:
    """Whether the last paragraph is a mailing's unsubscribe footer (see above)."""
    text = " ".join(lines[i] for i in run)
    addresses = _ADDRESS.findall(text)
    words = " ".join(_ADDRESS.sub("", text).split())
    return bool(addresses) and len(words.split()) <= MAX_FOOTER_WORDS and bool(UNSUBSCRIBE.search(words)) and (
        any(UNSUBSCRIBE_ADDRESS.search(address) for address in addresses) or bool(MAILING.search(words)))
