"""Whether a line break is the margin's or the author's, and what becomes of a hyphen there.

A break is read from the document's own layout (`Layout`: how wide its full lines are,
whether wrapped lines keep a trailing space) and from the words on either side of it; a
hyphen at the break is kept or dropped by the document's own vocabulary and by Dutch
spelling (`join_hyphenated`): "auto-immuun" keeps it, "behan-deling" loses it.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace

from ingest.clean.lines import (CONTINUATION_WORDS, NUMBERED, QUESTION_WORD, Line, answered_as_condition, ends_sentence,
                                is_item_start, is_sign_off, is_table_row, last_word, number_goes_on, starts_lower)
from ingest.dates import is_revision_line
from ingest.sentences import ABBREVIATED


# Words after a line-final hyphen that show an elided compound ("Gewrichts- en
# peesontstekingen"): the hyphen stays and so does the space.
_ELISION_WORDS = frozenset("en of tot and or to".split())
_ABBREVIATION = re.compile(ABBREVIATED + "$", re.IGNORECASE)


def has_wrap_spaces(lines: list[Line]) -> bool:
    """Whether this text marks wrapped lines with a trailing space.

    Text extracted from PDFs often keeps the space that separated the last word
    of a visual line from the next one; where a good share of lines shows that,
    a line *without* it ends a paragraph or list item, which tells lists of short
    lower-case items ("diarree", "obstipatie") apart from wrapped sentences.
    """
    filled = [ln for ln in lines if ln.text]
    marked = sum(ln.trailing_space for ln in filled)
    return marked >= 2 and marked >= 0.2 * len(filled)


@dataclass(frozen=True)
class Layout:
    """How a document wraps its lines: measured once, used for every line break.

    `wrap_spaces`: wrapped lines keep a trailing space (see `has_wrap_spaces`).
    `width`: the length of a full line (90th percentile); a line much shorter than
    that ended where its author ended it, not at the margin.
    `unwrapped`: most text lines (table rows, list items and short lines aside) run past any
    margin, a paragraph to a line, as typed: no margin broke them, so every line break is the
    author's. Typed items are short in such text too (trafilatura's output): they tell nothing
    there, but on a typeset page the margin that wraps the text wraps them too.
    `proportional`: set in proportional type (PDF), where counting characters measures a
    line only roughly.
    `cut_width`: the width at which a tool like GNU `fold` cut every longer line wherever that
    width fell, inside a word too (see `fold_width`); 0 where no such cut shows.
    `item_ends`: where the lines start that end a list item whose mark the text lost (see
    `unmarked_item_ends`): no line joins them.
    `blankless`: no blank line parts the text's paragraphs (see `is_blankless`): only a line's
    length and its end tell where one ends.
    `alone`: where the lines start that stand alone in such text (see `lines_alone`).
    `broken`: where the short lines start that the margin broke before a capitalised word of
    their sentence (see `margin_breaks`): no title, though they look like one.
    """

    wrap_spaces: bool = False
    width: int = 80
    unwrapped: bool = False
    proportional: bool = False
    cut_width: int = 0
    item_ends: frozenset[int] = frozenset()
    blankless: bool = False
    alone: frozenset[int] = frozenset()
    broken: frozenset[int] = frozenset()

    def cuts(self, left: Line, right: Line) -> bool:
        """Whether a cut at `cut_width` parted `left` from the line right under it."""
        return bool(self.cut_width) and not right.after_blank and bool(right.text) \
            and self.cut_width in _widths(left.raw)

    def cuts_word(self, left: Line, right: Line) -> bool:
        """Whether that cut fell inside a word (or before its punctuation: "anemie)" over ";"):
        no blank on either side of it, so the two halves join without a space."""
        return self.cuts(left, right) and not left.raw[-1:].isspace() and not right.raw[:1].isspace()

    def is_full(self, text: str) -> bool:
        return len(text) >= 0.6 * self.width

    def fills(self, text: str) -> bool:
        """Whether a line in proportional type reaches the margin: a line of a few words in
        a narrow column ("onderzoek. MRI staat voor Magnetic") wraps, it heads nothing."""
        return self.proportional and len(text) >= FILLED * self.width

    def had_room(self, text: str, following: str, sure: bool = False) -> bool:
        """Whether the first word of `following` would have fit on the line `text`:
        then that line ended where its author ended it, not at the margin. `sure` asks
        for room to spare: a few letters, as the measured width is not the margin's,
        and 15% of the line in proportional type, where letters differ in width."""
        words = following.split()
        spare = 0
        if sure:
            spare = round(PROPORTIONAL_SPARE * self.width) if self.proportional else SPARE_LETTERS
        return len(text) + 1 + len(words[0] if words else "") + spare <= self.width


SPARE_LETTERS = 5
SET_APART = 8  # letters a line stands in from the next one, across a blank line: centred or set right
_NUMBER_OR_BRACKET = (*"0123456789", ")")
_INNER_SENTENCE_END = re.compile(r"\w[.!?] +[A-Z]")  # "… goed werkt. Binnen": no title
_FIELD = re.compile(r"(?:Telefoon|Tel|Fax|E-?mail|Adres|Website|Internet|Bezoekadres|Postadres"
                    r"|Phone|Address)\.?:\s", re.IGNORECASE)
FILLED = 0.75
PROPORTIONAL_SPARE = 0.15


UNWRAPPED_WIDTH = 120  # longer than any printed or typed margin: such lines were never wrapped
PROSE_LETTERS = 40  # shorter lines (headings, items, contact lines) say nothing of the margin
UNWRAPPED_SHARE = 0.4  # of the longer lines: a few long ones (a URL) in wrapped text do not count


def measure_layout(lines: list[Line], proportional: bool = False) -> Layout:
    prose = [len(line.text) for line in lines if len(line.text) >= PROSE_LETTERS and not line.cells
             and (proportional or not (is_item_start(line.text) or is_table_row(line.text)))]
    unwrapped = bool(prose) and sum(n > UNWRAPPED_WIDTH for n in prose) >= UNWRAPPED_SHARE * len(prose) \
        or not proportional and _blocks_unwrapped(lines)
    lengths = [len(line.text) for line in lines if line.text]
    margin = lengths if unwrapped else [n for n in lengths if n <= UNWRAPPED_WIDTH] or lengths
    layout = Layout(has_wrap_spaces(lines), max(full_width(margin) or 80, 20), unwrapped, proportional,
                    0 if proportional else fold_width(lines), unmarked_item_ends(lines), is_blankless(lines))
    layout = replace(layout, broken=margin_breaks(lines, layout))
    return replace(layout, alone=lines_alone(lines, layout)) if layout.blankless else layout


BLANKLESS_LINES = 15  # filled lines to each run of blank lines, at least: more than any paragraph holds


def is_blankless(lines: list[Line]) -> bool:
    """Whether blank lines part no paragraphs: as a PDF tool that writes a page's lines one
    under the other writes them (Ghostscript's txtwrite, pdfplumber), paragraphs, headings and
    items follow each other with nothing between, and the only blank lines left are those of
    the page furniture taken out (`ingest.running_footer`). A text whose blank lines part its
    paragraphs has one run of them every few lines; a short note is too short to tell."""
    filled = [index for index, line in enumerate(lines) if line.text]
    if len(filled) < BLANKLESS_LINES:
        return False
    runs = sum(1 for above, below in zip(filled, filled[1:]) if below > above + 1)
    return (runs + 1) * BLANKLESS_LINES <= len(filled)


MIN_UNMARKED_ITEMS = 3  # lines that end a sentence under a lead line: two may be prose
ITEM_END_SHARE = 2 / 3  # of the run's lines: wrapped prose ends a sentence at a line's end far less often


def unmarked_item_ends(lines: list[Line]) -> frozenset[int]:
    """Where the lines start that end a list item whose bullet or number the text lost (antiword
    drops a Word list's marks): under a lead line that ends in ":", the lines up to a blank
    line, most of them ending a sentence or in ";" and the last so too, are items, one to each
    line that ends so ("Neem deze maatregelen:" over "Zet een hekje boven aan de trap." and "Ruim
    speelgoed op."). Read line by line, a capital after a sentence's end, or a lower-case line
    after a full line, went on the sentence as wrapped prose would."""
    ends: set[int] = set()
    for index, lead in enumerate(lines):
        if lead.text.endswith(":") and not lead.cells:
            run = _run_under(lines, index)
            closing = [line for line in run if _ends_item(line.text)]
            if len(closing) >= max(MIN_UNMARKED_ITEMS, ITEM_END_SHARE * len(run)) and closing[-1] is run[-1]:
                ends.update(line.start for line in closing)
            ends.update(line.start for line in _paragraph_item_ends(lines, index))
        elif lead.text and index + 1 < len(lines) and not lines[index + 1].text:
            run = _run_under(lines, index)
            if len(run) >= MIN_UNMARKED_ITEMS and _bare_items(run):
                ends.update(line.start for line in run)
    return frozenset(ends)


def _bare_items(run: list[Line]) -> bool:
    """Whether a run of lines one blank line under a heading is a list whose bullets the text's
    writer dropped (xmlstarlet's string value of `<li>`s: "koude, bleke huid;" over "rillen;"
    over "een trage ademhaling."): every line in lower case, each ending in ";" and the last
    ending its sentence. Read as wrapped prose, lower-case lines went on the item above."""
    return all(starts_lower(line.text) for line in run) and ends_sentence(run[-1].text) \
        and all(line.text.endswith(";") for line in run[:-1])


def _paragraph_item_ends(lines: list[Line], lead: int) -> list[Line]:
    """The last lines of the items under a lead line that stand a paragraph each, one blank
    line apart, as catdoc writes a Word list whose marks it lost ("Bel direct uw huisarts
    als:" over "de huid … rood wordt;", blank, "er pus uit de blaar komt;", blank, "u koorts
    krijgt."): paragraphs that end in ";" and the one after them that ends the sentence, three
    or more. A full line before a lower-case one went on across the blank as wrapped prose."""
    found: list[Line] = []
    at = lead + 1
    while at < len(lines) and (not found or not lines[at].text):
        at += not lines[at].text
        block = list(itertools.takewhile(lambda line: bool(line.text), itertools.islice(lines, at, None)))
        if not block or any(line.heading_level or line.cells or is_item_start(line.text) for line in block):
            return []
        found.append(block[-1])
        at += len(block)
        if not block[-1].text.endswith(";"):
            break
    return found if len(found) >= MIN_UNMARKED_ITEMS and ends_sentence(found[-1].text) else []


def _run_under(lines: list[Line], lead: int) -> list[Line]:
    """The lines under a lead line, one blank line allowed after it, up to the next blank line
    or the next lead line (each line is then read under one lead at most, and the search stays
    linear in a text of many leads and no blank lines); none where any is a heading, a table row
    or a marked item (the text marks its items)."""
    at = lead + 1
    at += at < len(lines) and not lines[at].text
    run = list(itertools.takewhile(lambda line: bool(line.text) and not line.text.endswith(":"),
                                   itertools.islice(lines, at, None)))
    if any(line.heading_level or line.cells or is_item_start(line.text) for line in run):
        return []
    return run


def _ends_item(text: str) -> bool:
    return ends_sentence(text) or text.endswith(";")


MIN_CUTS = 3  # lines of exactly one width that show a cut text: fewer may be chance
CUT_SHARE = 0.6  # of the long lines a next line follows: word wrapping fills a line exactly far less often
CUT_SIGNS = 0.25  # of those lines, at least, show a cut no wrapper makes (`_shows_cut`)
_CUT_AFTER = re.compile(r"[^\W_]+$")
_CUT_BEFORE = re.compile(r"^[^\W_]+")


def _widths(raw: str) -> tuple[int, int]:
    """A line's width in characters and in UTF-8 bytes: GNU `fold` counts bytes, so a
    line with an accent ("één") it cut at 80 is 78 characters long."""
    return len(raw), len(raw.encode("utf-8", "surrogatepass"))


def _shows_cut(left: str, right: str, words: set[str]) -> bool:
    """Whether a line break shows a cut that no word wrapper and no typesetter makes: a
    blank left at the end of `left` or as the one blank opening `right` (the cut fell on a
    space), punctuation opening `right` (";", "."), or a word cut in two whose halves make
    a word the text uses elsewhere ("vit" over "amine")."""
    if left[-1:].isspace() or re.match(r" \S|[.,;:!?)]", right):
        return True
    head, tail = _CUT_AFTER.search(left), _CUT_BEFORE.search(right)
    return bool(head and tail) and (head.group() + tail.group()).lower() in words


def fold_width(lines: list[Line]) -> int:
    """The width at which every long line was cut wherever it fell, as GNU `fold` (without
    `-s`) cuts: most long lines that a next line follows in their block are exactly that wide,
    and a good share of those breaks show a cut (`_shows_cut`), which tells them from a
    typesetter's justified lines, as wide but broken between words. 0 where none shows."""
    pairs = [(left.raw, right.raw) for left, right in zip(lines, lines[1:]) if left.text and right.text]
    counts: dict[int, int] = {}
    for raw, _ in pairs:
        for width in set(_widths(raw)):
            counts[width] = counts.get(width, 0) + (width >= PROSE_LETTERS)
    width = max(counts, key=lambda n: (counts[n], n), default=0)
    cut = [(raw, following) for raw, following in pairs if width in _widths(raw)]
    long = sum(max(_widths(raw)) >= FILLED * width for raw, _ in pairs)
    if len(cut) < MIN_CUTS or len(cut) < CUT_SHARE * long:
        return 0
    words = {word for line in lines for word in re.findall(r"[^\W_]+", line.text.lower())}
    signs = sum(_shows_cut(raw, following, words) for raw, following in cut)
    return width if signs >= max(2, CUT_SIGNS * len(cut)) else 0


MIN_UNWRAPPED_PARAGRAPHS = 3  # sentences typed on one long line each: one or two may be pasted in
PARAGRAPH_WORDS = 12  # a long line of fewer words is a web address or a row, no paragraph


def _blocks_unwrapped(lines: list[Line]) -> bool:
    """Whether a text that keeps its short lines (items, rows, a heading like "Bel direct uw
    huisarts als") was never wrapped, as html-text writes a page, every block a line: more
    paragraphs run past any margin on one line than lines show a margin's break (a line of
    prose that ends no sentence, no ";" or ":", with a line right under it). Wrapped text
    breaks every paragraph it holds; the few long lines in it (an address) break no sentence."""
    paragraphs = sum(len(line.text) > UNWRAPPED_WIDTH and len(line.text.split()) >= PARAGRAPH_WORDS
                     and not is_table_row(line.text) for line in lines)
    breaks = sum(PROSE_LETTERS <= len(left.text) <= UNWRAPPED_WIDTH and not ends_sentence(left.text)
                 and not left.text.endswith((";", ":")) and bool(right.text) and not right.after_blank
                 for left, right in zip(lines, lines[1:]))
    return paragraphs >= MIN_UNWRAPPED_PARAGRAPHS and paragraphs > breaks


def full_width(lengths: list[int]) -> int:
    """The length of a full line: the 90th percentile, so that a few longer lines do not count."""
    lengths = sorted(lengths)
    return lengths[int(0.9 * (len(lengths) - 1))] if lengths else 0


MAX_ALONE_WORDS = 8  # a heading's few words; a longer short line is a paragraph's end
_NO_ALONE_END = re.compile(r"[.,;:]$")  # a question may head a section ("Wanneer bellen?"); these end text


def lines_alone(lines: list[Line], layout: Layout) -> frozenset[int]:
    """Where the short lines start that stand alone in blankless text: a few words from a
    capital, ending in no full stop, comma or colon, between a line that ends a sentence and
    one that opens with a capital or a number ("…als u niet meer kortademig bent." over
    "Wanneer direct bellen?" over "Bel 112 …"), and ending well before the margin: the next
    line's first word had room to spare on it (`_left_room`). Read as wrapped prose it ended the
    paragraph above, where the line over it, set in proportional type, looked too full to leave
    room for its first word. Parted there, no sentence is cut: the line above ended its own, and
    the line itself ended where no margin broke it. In a narrow column (a folder's, some 40
    letters) most lines have a few words, and a wrapped one that opens a sentence ("Bel de
    afdeling Chirurgie van Ziekenhuis" over "Rijnoever als …") reaches the margin."""
    found = set()
    margin = 0 if layout.proportional else _least_margin(lines)
    for above, line, below in zip(lines, lines[1:], lines[2:]):
        words = line.text.split()
        if ends_sentence(above.text) and line.text[:1].isupper() and len(words) <= MAX_ALONE_WORDS \
                and not _NO_ALONE_END.search(line.text) and not _INNER_SENTENCE_END.search(line.text) \
                and below.text[:1].isupper() | below.text[:1].isdigit() and not line.cells \
                and (_left_room(line.text, below.text, layout) or _asks_alone(line.text, below.text, margin)):
            found.add(line.start)
    return frozenset(found)


def _least_margin(lines: list[Line]) -> int:
    """The longest line that the margin broke inside a sentence (one that ends no sentence over
    a line that goes on in lower case): in monospaced text the margin is at least that wide."""
    return max((len(line.text) for line, below in zip(lines, lines[1:])
                if starts_lower(below.text) and not below.after_blank and line.text and not ends_sentence(line.text)
                and not line.text.endswith((":", ";"))), default=0)


def _asks_alone(text: str, following: str, margin: int) -> bool:
    """Whether a question that opens with a question word stands alone in monospaced text
    ("Wat gebeurt er als u te weinig drinkt?" over "Bij uitdroging …", webvtt-py's transcript of
    captions wrapped at 42 letters): the next line's first word would have fit on it within the
    `margin` (`_least_margin`), if with no room to spare, and that line does not take it up as a
    condition ("Dan …"). A margin of fixed width would have set the word there, so its author
    ended the line. A question that opens with its verb is mostly an "if" in running text."""
    words = following.split()
    return bool(words) and text.endswith("?") and QUESTION_WORD.match(text) is not None \
        and len(text) + 1 + len(words[0]) <= margin and not answered_as_condition(text, following)


def _left_room(text: str, following: str, layout: Layout) -> bool:
    """Whether the line `text` left room to spare for the first word of `following`, and where
    that word is a number, for the word it counts too: a typesetter keeps "2 werkdagen" or "3
    dagen" on one line, so a line that wrapped before "2" may yet have reached the margin."""
    number, _, rest = following.partition(" ")
    if number.isdigit() and rest:
        return layout.had_room(f"{text} {number}", rest, sure=True)
    return layout.had_room(text, following, sure=True)


def should_join(left: Line, right: Line, layout: Layout, opens: bool = False) -> bool:
    """Whether `right` continues the paragraph that `left` wraps.

    In order: marked headings and new list items never join; in unwrapped text only a
    lower-case line after an unfinished sentence does; a line ending in ":" introduces
    something and stays, unless it fills the line and a lower-case line (or a number: a
    phone number, an amount) runs on to a sentence end or the margin ("Blijf bewegen:"
    over "wiebel met uw voeten."); a line
    ending in "," or in a word no sentence ends with continues; a short title-like line
    stays before a capitalised line (a heading over its text), unless it reaches a narrow
    column's margin; a field ("Telefoon: ...") starts a line of its own, and so does a
    capitalised line after a line that `opens` its paragraph and ends in a number or a
    bracket well before the margin (a phone number, opening hours). Where the text marks
    wraps with trailing spaces, that mark decides. Elsewhere a line break without a blank
    line is a wrap, except before a lower-case line after a short line (a list of short
    items) and before a capitalised line after a list item with room left for its first
    word (the item ended: "5. Tel tot 10" over "Gooi de naald weg."); across a blank line
    only a full-width line before a lower-case start wraps.
    """
    a, b = left.text, right.text
    if left.heading_level or right.heading_level or opens_item(left, right, layout) or left.start in layout.item_ends:
        return False
    if number_cut(left, right, layout):
        return True
    if is_table_row(a) and is_table_row(b):
        return False  # two rows of a table, however full the first and lower-case the next
    if is_sign_off(a) or is_sign_off(b):
        return False  # "Met vriendelijke groet," over the sender's name: a letter's end
    lower, single = starts_lower(b.removeprefix("(")), not right.after_blank  # "(gehoorimplantaat);"
    if _in_capitals(a) and not lower and not _in_capitals(b):
        return False  # "REGIONAAL ZIEKENHUIS NOORD" over "Patiëntenvoorlichting": a line set apart
    if layout.unwrapped:  # a web address starts in lower case and a line of its own
        return single and lower and not ends_sentence(a) and not a.endswith((":", ";")) \
            and not b.startswith(("www.", "http")) and (layout.is_full(a) or _goes_on(a, b))
    if a.endswith(":"):  # "... de Spoedeisende Hulp:" over "(030) 246 89 99. Meld uw ...": one sentence
        goes_on = lower or bool(re.match(r"\(?\d", b)) and not is_item_start(b)
        return single and goes_on and (layout.is_full(a) and (ends_sentence(b) or layout.is_full(b))
                                       or opens and lower and wrapped_title(a, b))
    if not ends_sentence(a) and (a.endswith(",") or last_word(a) in CONTINUATION_WORDS):
        return True
    if single and not ends_sentence(a) and address_cut(a, b):
        return True
    if len(a.split()) <= 8 and not ends_sentence(a) and not lower and not layout.fills(a) \
            and not _INNER_SENTENCE_END.search(a) and left.start not in layout.broken:
        return False
    if not ends_sentence(a) and _FIELD.match(b):
        return False  # "Afdeling Radiologie" over "Telefoon: 020 566 31 70": a field of its own
    if not ends_sentence(a) and b[:1].isupper() and is_revision_line(b):
        return False  # a long sender's line over "Laatst bijgewerkt: september 2025": the leaflet's date, a line of its own
    if ends_sentence(a) and not single:
        return bool(_ABBREVIATION.search(a)) and lower
    if ends_sentence(a) and layout.blankless and not lower and layout.had_room(a, b, sure=True):
        return False  # a paragraph's last line, where no blank line follows any: the next word had room to spare
    if left.start in layout.alone or right.start in layout.alone:
        return False
    if (not single or layout.blankless) and left.indent >= right.indent + SET_APART:
        return False  # a centred title over its byline, a blank line or none between: the margin broke neither
    if opens and single and not lower and a.endswith(_NUMBER_OR_BRACKET) and layout.had_room(a, b, sure=True):
        return False  # "… 071 582 44 10" over "Buiten kantoortijden: …": a line of its own
    if layout.wrap_spaces:
        if left.trailing_space:
            return lower or single or len(a.split()) > 8
        return single and not lower
    if lower:
        return layout.is_full(a)
    return single and not (is_item_start(a) and layout.had_room(a, b))


MAX_BROKEN_WORDS = 8  # a short line the margin broke: one long enough would read as prose anyway


def margin_breaks(lines: list[Line], layout: Layout) -> frozenset[int]:
    """Where the short lines start that a fixed margin broke before a capitalised word of
    their sentence ("In deze video legt wijkverpleegkundige" over "Anja uit waarom genoeg
    drinken belangrijk" over "is en hoe u dat volhoudt.": a caption's lines, as webvtt-py's
    transcript keeps them, wrapped at 42 letters): in monospaced wrapped text, a full line of
    a few words that ends no sentence and no "," ":" or ";", where the next line's first word
    would not have fit, over a line that ends no sentence either and goes on in lower case
    right under it. Read as a title over its text, it headed a section. A title the author
    ended leaves room for the next line's first word, or stands over a line that is no wrapped
    sentence's (a sender's line over its town)."""
    if layout.proportional or layout.unwrapped:
        return frozenset()
    found = set()
    for line, right, below in zip(lines, lines[1:], lines[2:]):
        text = line.text
        if text and right.text[:1].isupper() and not right.after_blank and not below.after_blank \
                and len(text.split()) <= MAX_BROKEN_WORDS and layout.is_full(text) and not ends_sentence(text) \
                and not text.endswith((",", ":", ";")) and not layout.had_room(text, right.text) \
                and not ends_sentence(right.text) and starts_lower(below.text):
            found.add(line.start)
    return frozenset(found)


# A street's name over its house number and the postcode ("Albert Schweitzerlaan" over "31, 7334
# DZ Apeldoorn"), or a Dutch postcode over its town ("Reggersweg 2, 7943 KC" over "Meppel.").
_HOUSE_NUMBER_ON = re.compile(r"\d{1,4}[a-zA-Z]?(?:-\d+)?, \d{4} ?[A-Z]{2}\b")
_POSTCODE_END = re.compile(r"\b\d{4} ?[A-Z]{2}$")


def address_cut(text: str, following: str) -> bool:
    """Whether a margin cut an address in two, a street name from its house number or a
    postcode from its town: an address line short of eight words that names a sender ended no
    line of its own, and read so it headed a section ("Polikliniek Oogheelkunde, Gelre
    ziekenhuizen, Albert Schweitzerlaan")."""
    street = text[-1:].isalpha() and _HOUSE_NUMBER_ON.match(following) is not None
    town = _POSTCODE_END.search(text) is not None and following[:1].isupper() and not is_item_start(following)
    return street or town


MAX_TITLE_HALF_WORDS = 8  # each half of a heading a source wrapped at its colon: a title's words, no sentence's
_TITLE_QUESTION = re.compile(r"[^\W\d_][^.!?:;]*\?")


def wrapped_title(lead: str, following: str) -> bool:
    """Whether a short line that ends in ":" and opens its paragraph, over one short question in
    lower case, is one heading its source wrapped at the colon ("Duimzuigen en de speen:" over
    "wanneer stoppen?": pandoc wraps a long `<h1>` in the HTML, and a text extractor that keeps
    the source's line breaks, cheerio's `.text()`, keeps that one too). Read as a lead line over
    a list, the title was two lines of text and no title. A list's items after a lead line are
    rarely one question alone: the next line in lower case joins no more (`should_join`)."""
    return len(lead.split()) <= MAX_TITLE_HALF_WORDS and len(following.split()) <= MAX_TITLE_HALF_WORDS \
        and _TITLE_QUESTION.fullmatch(following) is not None


def _goes_on(text: str, following: str) -> bool:
    """Whether a lower-case line after a short one in text no margin wrapped goes on the
    sentence of `text` that a stray break cut: `text` ends in "," or a word no sentence ends
    with, or `following` ends the sentence. Table rows and list items that html-text writes a
    line each, without their cells' bars and bullets ("matras stofzuigen" over "kamer
    opruimen"), do neither. (A full line goes on: a wide page's margin broke it.)"""
    return text.endswith(",") or last_word(text) in CONTINUATION_WORDS or ends_sentence(following)


# A number typed in groups at a line's end ("telefoon 038 424 20"): a phone number whose
# last group the margin may have put on the next line.
_GROUPED_NUMBER_END = re.compile(r"\d+(?: \d+)+$")


def number_cut(left: Line, right: Line, layout: Layout) -> bool:
    """Whether the margin cut a number typed in groups before its last group ("telefoon 038
    424 20" over "60. Buiten kantoortijd"), which then looks like a numbered item: `left` ends
    in such a number and no sentence, the next number had no room on it, and that number
    opens no list (it is not 1). A list item that ends in a phone number left room."""
    match = NUMBERED.match(right.text)
    return match is not None and int(match.group(1)) > 1 and not right.after_blank \
        and not ends_sentence(left.text) and _GROUPED_NUMBER_END.search(left.text) is not None \
        and not layout.had_room(left.text, right.text)


def opens_item(left: Line, right: Line, layout: Layout) -> bool:
    """Whether `right` starts a list item of its own: it opens with a bullet or a number that
    neither goes on `left`'s sentence (`number_goes_on`) nor ends a number cut (`number_cut`)."""
    return is_item_start(right.text) and not number_goes_on(left.text, right.text) \
        and not number_cut(left, right, layout)


def _in_capitals(text: str) -> bool:
    """Whether a line of two words or more is set in capitals: a paragraph in capitals goes
    on in capitals, so a line in ordinary type under it starts something else."""
    letters = [c for c in text if c.isalpha()]
    return len(text.split()) > 1 and len(letters) > 3 and all(c.isupper() for c in letters)


def join_hyphenated(left: str, right: str, vocabulary: set[str]) -> str:
    """How to glue a word broken after a hyphen: "-" kept, "" (dropped), or "- ".

    Decided with care because Dutch writes real hyphens in compounds: "auto-" +
    "immuunaandoeningen" stays "auto-immuunaandoeningen". Evidence from the same
    document wins (the hyphenated or the closed form used elsewhere); then Dutch
    spelling (a hyphen between colliding vowels unless the closed word is an everyday one,
    "pati-" + "ënten"; after capitals or digits as in
    "IgA-nefropathie", after a name inside a sentence as in "Wegener-granulomatose"
    or "Enbrel-injectie", after a short word inside a hyphenated group as in
    "kant-en-klaarmaaltijd"); otherwise the hyphen was only typographic and goes.
    """
    head = re.findall(r"[\w]+-$", left)
    tail = re.findall(r"^[\w]+", right)
    if not head or not tail:
        return "-"
    first, second = head[0][:-1], tail[0]
    if second.lower() in _ELISION_WORDS:
        return "- "
    joined, lower = first + second, first.lower()
    if f"{lower}-{second.lower()}" in vocabulary or any(w.startswith(f"{lower}-") for w in vocabulary):
        return "-"
    if joined.lower() in vocabulary:
        return ""
    vowels = "aeiouyáéíóúäëïöü"
    if first[-1:].lower() in vowels and second[:1].lower() in vowels:
        # "zee-egel" keeps its hyphen, but a typesetter also breaks "pati-ënten" and
        # "ge-opereerd" there: an everyday word when closed was broken, not hyphenated. So
        # was a rare one whose halves are no words ("trombosedi-" + "enst": groff's English
        # patterns break Dutch words anywhere); "ziekte-activiteit" has a word on each side
        if _everyday_word(joined.lower()):
            return ""
        return "-" if _everyday_word(first.lower()) or _everyday_word(second.lower()) else ""
    if any(c.isupper() or c.isdigit() for c in first[1:]) or first.isdigit():
        return "-"
    before = left[: len(left) - len(head[0])].strip()
    if re.search(r"\w-$", before) and len(first) <= 3:
        return "-"  # "kant-en-" + "klaarmaaltijd", "doe-het-" + "zelfzaak": a hyphenated group
    if first[:1].isupper() and before and not ends_sentence(before) and not before.endswith(":"):
        return "-"
    return ""


EVERYDAY_ZIPF = 2.0  # wordfreq's scale: a word met at least once per ten million words


def _everyday_word(word: str) -> bool:
    """Whether a word is in everyday Dutch or English use (`wordfreq`, loaded only when a
    line ends in a hyphen between two vowels)."""
    import wordfreq

    return max(wordfreq.zipf_frequency(word, language) for language in ("nl", "en")) >= EVERYDAY_ZIPF
