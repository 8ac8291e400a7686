"""A waiting-room screen's or kiosk's widgets, read out of a page's DOM text, taken out.

A narrowcasting page (a playlist of slides on a waiting room's screen) and a hall's information
kiosk set widgets around the leaflet: the clock, the weather, the queue's call ("Nu aan de
beurt: balie 2, nummer A-041") over it, and the player's credit ("Narrowcasting door … · speler
WK-03 · playlist bijgewerkt 09:12") and its ticker (news items in a row, "Griepprik 2026: kijk op de
website · Apotheek op zaterdag open tot 13.00 uur · …") under it. A reader of the DOM (domino's or jsdom's
`textContent`, html5lib's `itertext`) keeps them as lines, the clock glued to the logo's name
("Gezondheidscentrum De Boomgaard08:00"). Left in, the weather was the leaflet's title and the
clock ended its publisher (red team 54). Each is known by its shape where no leaflet writes it:
among the short lines over the text's first sentence, or on its last lines.
"""

from __future__ import annotations

import re

from ingest.clean.lines import ends_sentence

MAX_OPENING_LINES = 8  # the masthead's lines over a leaflet's title: a logo, widgets, a trail
MAX_WIDGET_WORDS = 10  # "Nu aan de beurt: balie 2, nummer A-041"; a leaflet's sentence says more
MAX_CLOSING_LINES = 4  # a player's credit stands among the page's last lines

_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?"
# A clock glued to the logo's or site's name before it ("Boomgaard08:00") and to the next widget.
_GLUED_CLOCK = re.compile(rf"(?<=[^\W\d_])({_CLOCK})(?=[^\W\d_]|\s*$)")
_CLOCK_LINE = re.compile(rf"{_CLOCK}(?:\s*(?:uur|u|h))?")
# The weather: a temperature among a few words ("Nieuwegein 7°C bewolkt", "12 °C", "Utrecht -2°").
_TEMPERATURE = re.compile(r"(?<![\w,.])[-−]?\d{1,2}(?:[,.]\d)?\s?°\s?[CF]?(?!\w)")
MAX_WEATHER_WORDS = 5
# A queue's call: a ticket's number ("nummer A-041", "number B12") or the call itself ("Nu aan de
# beurt", "Now serving").
_QUEUE_CALL = re.compile(r"\b(?:(?:volg|wacht)?nummer|number|ticket)\s*:?\s*[A-Z]{1,2}-?\d{2,4}\b"
                         r"|\bnu\s+aan\s+de\s+beurt\b|\bnow\s+serving\b", re.IGNORECASE)
# A signage player's credit on the page's last lines: the system's or the playlist's name.
_PLAYER_CREDIT = re.compile(r"\b(?:narrowcasting|digital\s+signage|playlist|afspeellijst)\b", re.IGNORECASE)
# A ticker's separator between its items: a middle dot, a bullet, a bar, "+++" or "***".
_TICKER_SEPARATOR = re.compile(r"\s+(?:[·•|◆●■▪]|\+{3}|\*{3})\s+")
MIN_TICKER_ITEMS = 3  # two phrases apart by a dot may be one line's two fields
MIN_TICKER_ITEM_WORDS = 3  # words with letters: an item is a phrase; an address's fields are not


def without_screen_widgets(text: str) -> str:
    """`text` without a screen's widget lines (see above): each line taken out stays, empty, and
    a clock glued to a name is taken off it."""
    lines = text.split("\n")
    opening = _opening(lines)
    if not opening:
        return text
    out = list(lines)
    for index in opening:
        pieces = [piece.strip() for piece in _GLUED_CLOCK.sub(r"\n\1\n", lines[index]).split("\n")]
        kept = [piece for piece in pieces if piece and not _is_widget(piece)]
        if kept != [lines[index].strip()]:
            out[index] = "\n".join(kept)
    closing = [index for index in range(len(lines)) if lines[index].strip()][-MAX_CLOSING_LINES:]
    for index in closing:
        if _is_player_credit(lines[index]) or _is_ticker(lines[index]):
            out[index] = ""
    return "\n".join(out)


def _opening(lines: list[str]) -> list[int]:
    """The filled lines over the text's first sentence, at most `MAX_OPENING_LINES`, where one
    of them holds a widget; [] where none does."""
    opening: list[int] = []
    for index, line in enumerate(lines):
        text = " ".join(line.split())
        if not text:
            continue
        if ends_sentence(text) or len(opening) == MAX_OPENING_LINES:
            break
        opening.append(index)
    pieces = (_GLUED_CLOCK.sub(r"\n\1\n", lines[index]).split("\n") for index in opening)
    return opening if any(_is_widget(piece.strip()) for found in pieces for piece in found) else []


def _is_widget(piece: str) -> bool:
    """Whether a line's piece is a clock, the weather or a queue's call (see above)."""
    text = " ".join(piece.split())
    words = len(text.split())
    return bool(_CLOCK_LINE.fullmatch(text)) \
        or words <= MAX_WEATHER_WORDS and bool(_TEMPERATURE.search(text)) and not ends_sentence(text) \
        or words <= MAX_WIDGET_WORDS and bool(_QUEUE_CALL.search(text)) and not ends_sentence(text)


def _is_player_credit(line: str) -> bool:
    """Whether a line is a signage player's credit: it names the system or its playlist, among
    fields and no sentence ("Narrowcasting door … · speler WK-03 · playlist bijgewerkt 09:12")."""
    text = " ".join(line.split())
    return bool(_PLAYER_CREDIT.search(text)) and len(text.split()) <= 2 * MAX_WIDGET_WORDS and not ends_sentence(text)


def _is_ticker(line: str) -> bool:
    """Whether a line is a screen's ticker: `MIN_TICKER_ITEMS` short phrases or more, apart by
    one separator repeated (a news ticker's, the text it scrolls at the screen's foot). Each item
    holds `MIN_TICKER_ITEM_WORDS` words with letters or more, and `MAX_WIDGET_WORDS` at most,
    so an address's or a contact line's fields ("Appelgaard 2 · 3436 CK Nieuwegein · 030 604 22 10")
    are no ticker."""
    text = " ".join(line.split())
    separators = {separator.strip() for separator in _TICKER_SEPARATOR.findall(f" {text} ")}
    if len(separators) != 1:
        return False
    items = [item for item in _TICKER_SEPARATOR.split(f" {text} ") if item.strip()]
    return len(items) >= MIN_TICKER_ITEMS and all(
        MIN_TICKER_ITEM_WORDS <= len(re.findall(r"\b[^\W\d_]+", item)) and len(item.split()) <= MAX_WIDGET_WORDS
        for item in items)
