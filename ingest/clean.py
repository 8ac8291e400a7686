"""Clean loader text into paragraphs and lists that read as the leaflet reads.

Leaflets arrive hard-wrapped (text taken from PDFs has a line break after every
visual line, often followed by a blank line, and page breaks as blank runs),
with words hyphenated across lines and with bits of web-page interface. Search
and citation need whole paragraphs: a sentence cut by a line break is a sentence
no search matches and no reader wants to see.

The result is a `CleanText`: blocks (paragraphs, lists, marked headings)
separated by one blank line, list items on their own lines, and a map from every
character back to the source text so that PDF pages can be cited.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Literal

from ingest.source import SourceText

# Lines of web-page interface that are not leaflet content. Each pattern must
# match a whole line (after whitespace is collapsed). Keep this the one place.
UI_PHRASES: tuple[str, ...] = (
    r"Selecteer de tekst die je wilt vertalen\b.*",  # translation widget
    r"Waarom werken we samen met deskundigen\?",  # link to an "about us" page
    r"Lees\s+meer\s+over\s+[^.!?:;]{1,80}",  # "read more" link to another page
    r"Kijk bij de veelgestelde vragen\b[^.!?:;]{0,80}",  # link to the site's FAQ
    r"(?:Accepteer|Weiger|Accept|Reject)\s+(?:alle\s+|all\s+)?cookies\b.*",
    # a cookie bar, which a browser prints on every page of a saved web page, and its buttons
    r"(?:Wij|We|(?:Deze|Onze|This|Our)\s+(?:web)?site)\s+(?:gebruik(?:t|en)|maak(?:t|en)\s+gebruik\s+van"
    r"|uses?)\s+cookies\b[^.!?]{0,200}[.!?]?",
    r"Alles\s+accepteren|Accepteren|Weigeren|Cookie-?instellingen|Accept\s+all|Decline|Reject\s+all",
    # a share bar ("Deel deze pagina Facebook · LinkedIn · E-mail · Print")
    r"(?:Deel|Print|Share)\s+(?:deze\s+|this\s+)?(?:pagina|page)"
    r"(?:[:\s]+(?:Facebook|Twitter|LinkedIn|WhatsApp|E-?mail|Mail|Print|Printen|Instagram)[\s·|,/]*)*",
    r"(?:Terug\s+)?naar\s+boven|Back\s+to\s+top",
    # a breadcrumb trail ("Home › Patiënten › Folders › KNO")
    r"(?:Home|Homepage|Startpagina|Voorpagina)(?:\s*[›»>]\s*[^›»>\s](?:[^›»>]{0,78}[^›»>\s])?){1,12}",
    # a feedback widget ("Was deze informatie nuttig? Ja / Nee")
    r"(?:(?:Was|Is|Vond\s+u)\s+(?:deze|dit|this)\s+(?:informatie|pagina|tekst|artikel|page|information|article)"
    r"(?:\s+(?:nuttig|duidelijk|behulpzaam|helpful|useful))?|Heeft\s+deze\s+(?:informatie|pagina)\s+u\s+geholpen)"
    r"\s*\?(?:\s*(?:Ja|Nee|Yes|No)\b\s*[/|·]?)*",
    # a site's menu bar, after its name at most ("Ziekenhuis X Patiënten Bezoekers Afdelingen Contact")
    r"(?:[^\W\d][\w'’.-]*\s+){0,4}?(?:(?:Patiënten|Bezoekers|Afdelingen|Specialismen|Contact|Zoeken|Menu|Home"
    r"|Nieuws|Over\s+ons|Werken\s+bij|Afspraak\s+maken|Patients|Visitors|Departments|Search)(?:\s+|$)){3,}",
    # a site's footer: its copyright beside links to its privacy or cookie statement
    r"(?=.*\b(?:Privacy|Cookies?|Disclaimer|Sitemap)\b).*©.*",
)
# A line of interface may hold several of them ("Deel deze pagina … Wij gebruiken cookies …")
_UI_ONE = "|".join(f"(?:{p})" for p in UI_PHRASES)
_UI_LINE = re.compile(rf"(?:{_UI_ONE})(?:\s+(?:{_UI_ONE}))*", re.IGNORECASE)
_UI_LONGEST = 400  # characters: interface is short, and a long line is never matched against it
# A line that only labels pictures the text cannot show ("Afbeelding 2 Afbeelding 3" under
# the drawings of EMA's injection instructions). The sentences that point at them
# ("zie afbeelding 2") stay, and the citation's page link shows the picture.
_FIGURE_LABELS = re.compile(
    r"(?:(?:afbeelding|afb\.?|figuur|fig\.?|figure|illustratie|illustration)\s*\d{1,3}[a-z]?[\s|]*)+",
    re.IGNORECASE,
)

# Words a Dutch or English sentence, heading or list item cannot end with: a line
# ending in one of them continues on the next line, whatever that line looks like.
CONTINUATION_WORDS = frozenset(
    "de het een te van voor met door om en of naar als dat die zoals dan maar "
    "the a an of to and or with for from by as that which".split()
)
# Words after a line-final hyphen that show an elided compound ("Gewrichts- en
# peesontstekingen"): the hyphen stays and so does the space.
_ELISION_WORDS = frozenset("en of tot and or to".split())
_ABBREVIATION = re.compile(
    r"(?:\b(?:[a-z]\.){2,}|\b(?:bijv|bv|ca|evt|resp|zgn|incl|excl|nr|etc|vs|dr|mr|mw|prof|"
    r"max|min|ong|e\.g|i\.e)\.)$",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^(?:[•●▪◦·‣∙○■□➢►–*\-+])\s+")
_LONE_BULLET = re.compile(r"[•●▪◦·‣∙○■□➢►–*\-+]")
_NUMBERED = re.compile(r"^(\d{1,2})[.)]\s+")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
_SPACES = re.compile(r"[^\S\n]+")
_ODD_SPACE = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\v]")
# A gap between the columns of a table aligned by spaces or tabs: a run with a tab, or
# two spaces or more (see `column_cells`).
_COLUMN_GAP = re.compile(r"[ \t]*\t[ \t]*| {2,}")
_INVISIBLE = re.compile(r"[\u00ad\u200b\u2060\ufeff]")
# A soft hyphen shows only where a line breaks, so one at a line end is where the
# typesetter broke a word: it becomes a hyphen that joining re-joins ("och-" + "tend").
_LINE_END_SOFT_HYPHEN = re.compile(r"\u00ad+(?=[^\S\n]*(?:\n|\Z))")
# Typesetters that hyphenate (WeasyPrint's `hyphens: auto`) draw the break as U+2010 HYPHEN
# (or U+2011, the non-breaking one), not "-": at a line end it is read as "-", so that
# joining decides for it as for any hyphen ("rus‐" + "tig", "gluten‐" + "vrij").
_LINE_END_HYPHEN = re.compile(r"[\u2010\u2011](?=[^\S\n]*(?:\n|\Z))")
# Typesetting ligatures ("ﬁ", "ﬂ", "ﬀ"...) as their letters: they look the same, and exact
# search, which does not decompose them, must find "fles" in a PDF that printed "ﬂes".
_LIGATURES = str.maketrans({c: unicodedata.normalize("NFKC", chr(c)) for c in range(0xFB00, 0xFB07)}
                           # Word's bullets in the Symbol and Wingdings fonts, as a PDF's text copied
                           # or pdftotext hands them over: private-use code points no font shows
                           | {0xF0B7: "•", 0xF0A7: "▪", 0xF0D8: "➢"})


@dataclass(frozen=True)
class Block:
    """A paragraph, a list, or a heading the markup marks, in the cleaned text.

    `start`/`end` is its [start, end) span in `CleanText.text`; list items are
    its `lines`. `level` is the heading level for marked headings, else 0. `underline` is
    how plain text underlined a line of its own (1 for "=====", 2 for "-----", else 0):
    not a marked heading, but a rank that the shape of lines alone cannot tell.
    """

    kind: Literal["paragraph", "list", "heading"]
    start: int
    end: int
    lines: tuple[str, ...]
    level: int = 0
    underline: int = 0

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


@dataclass(frozen=True)
class CleanText:
    """Cleaned text, its blocks, and where each piece came from in the source.

    `origins` holds (clean offset, source offset) pairs, sorted, one per piece of
    source text that was copied; `page_starts` are the source's page offsets and
    `first_page` the number cited for the first of them.
    """

    text: str
    blocks: tuple[Block, ...]
    origins: tuple[tuple[int, int], ...] = ()
    page_starts: tuple[int, ...] = ()
    first_page: int = 1

    def source_offset(self, index: int) -> int:
        """Offset in the (normalised) source text of cleaned character `index`."""
        if not self.origins:
            return index
        position = bisect_right(self.origins, (index, float("inf"))) - 1
        clean_at, source_at = self.origins[max(position, 0)]
        return source_at + max(index - clean_at, 0)

    def pages(self, start: int, end: int) -> tuple[int, ...]:
        """Every page (as cited: from `first_page` on) that characters [start, end) come from."""
        if not self.page_starts or end <= start:
            return ()
        offsets = [self.source_offset(start), self.source_offset(end - 1)]
        offsets += [src for at, src in self.origins if start <= at < end]
        found = {bisect_right(self.page_starts, offset) for offset in offsets}
        shift = self.first_page - 1
        return tuple(range(min(found) + shift, max(found) + shift + 1)) if found else ()

    def page_at(self, index: int) -> int:
        """The page (as cited) that cleaned character `index` comes from; 0 when unpaged."""
        if not self.page_starts:
            return 0
        return bisect_right(self.page_starts, self.source_offset(index)) + self.first_page - 1

    def page_offsets(self, start: int, end: int) -> tuple[int, ...]:
        """For each page of `pages(start, end)`, where its text begins, counted from `start`
        (the first is 0; a page with no text of its own shares the next one's offset)."""
        pages = self.pages(start, end)
        return tuple(0 if n == 0 else bisect_left(range(start, end), page, key=self.page_at)
                     for n, page in enumerate(pages))


@dataclass
class _Line:
    """One source line: its collapsed text, where it starts, its edge whitespace."""

    text: str
    start: int
    trailing_space: bool = False
    heading_level: int = 0
    after_blank: bool = True
    cells: tuple[tuple[str, int], ...] = ()  # columns and their offsets, where spacing aligns them
    indent: int = 0  # blanks before the text: where a table cell's wrapped line stands
    parts: tuple[tuple[str, int], ...] = ()  # as `cells`, but parted by one gap or more
    gap_cells: tuple[tuple[str, int], ...] = ()  # as `cells`, parted after a question mark too
    underline: int = 0  # plain text's underline under this line: 1 for "=====", 2 for "-----"
    raw: str = ""  # the line as written, its edges and inner spacing kept: where its columns stand


@dataclass
class _Logical:
    """A line after re-joining: pieces of source text with their source offsets."""

    pieces: list[tuple[str, int]]
    kind: Literal["text", "item", "heading", "row"] = "text"
    level: int = 0
    last: _Line | None = None

    @property
    def text(self) -> str:
        return "".join(piece for piece, _ in self.pieces)


@dataclass
class _RawBlock:
    kind: Literal["paragraph", "list", "heading"]
    items: list[_Logical] = field(default_factory=list)
    level: int = 0


# ---------------------------------------------------------------- normalising


def normalise_unicode(text: str, keep_tabs: bool = False) -> str:
    """NFC, one kind of space, no invisible characters, Unix line ends.

    Curly quotes, dashes and diacritics stay as they are: users see the text as
    the leaflet wrote it. Only what no reader can see (soft hyphens, zero-width
    spaces, the difference between a space and a no-break space, a ligature
    and its letters) goes. A soft hyphen at the end of a line (or of the text, a
    line that a PDF reader hands over alone) was shown there: it becomes "-", and so does a
    typographic hyphen (U+2010, U+2011) there, where a typesetter broke a word. With
    `keep_tabs`, tabs stay for `split_lines` to find the columns they separate. A form
    feed (where a typed text starts a page) breaks the line.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\f", "\n")
    text = _LINE_END_SOFT_HYPHEN.sub("-", unicodedata.normalize("NFC", text))
    text = _LINE_END_HYPHEN.sub("-", text)
    text = unswapped(_INVISIBLE.sub("", text)).translate(_LIGATURES)
    return _ODD_SPACE.sub(lambda space: space.group() if keep_tabs and space.group() == "\t" else " ", text)


def unswapped(text: str) -> str:
    """Letters whose two bytes a PDF tool wrote the wrong way round, put back.

    Ghostscript's pdfwrite (10.0, rewriting a word processor's PDF) maps ligatures such as
    "ti", "ft" and "fi" to their letters with each UTF-16 unit's bytes swapped: "t" (0x0074)
    became 0x7400, the ideograph "琀", so "operatie" read "opera琀椀e", "fistel" "昀椀stel", and
    neither a reader nor a search could use the word. Such an ideograph is 0xNN00 with an ASCII
    letter NN; in a text that holds no other ideographs it is that letter. A Chinese text has
    many others and is left alone."""
    swapped = [c for c in set(text) if c in _SWAPPED_LETTERS]
    if not swapped:
        return text
    ideographs = sum(1 for c in text if "\u3400" <= c <= "\u9fff" and c not in _SWAPPED_LETTERS)
    found = sum(text.count(c) for c in swapped)
    return text.translate(_SWAPPED) if found > 10 * ideographs else text


_SWAPPED = {(ord(letter) << 8): letter for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"}
_SWAPPED_LETTERS = frozenset(map(chr, _SWAPPED))


def normalise_pages(text: str, page_starts: tuple[int, ...],
                    keep_tabs: bool = False) -> tuple[str, tuple[int, ...]]:
    """`normalise_unicode` page by page, so that page offsets stay right."""
    if not page_starts:
        return normalise_unicode(text, keep_tabs), ()
    bounds = [*page_starts, len(text)]
    pages = [normalise_unicode(text[a:b], keep_tabs) for a, b in zip(bounds, bounds[1:])]
    starts, at = [], 0
    for page in pages:
        starts.append(at)
        at += len(page)
    return "".join(pages), tuple(starts)


def is_ui_line(line: str) -> bool:
    """Whether a whole line is web-page interface (see `UI_PHRASES`)."""
    line = line.strip()
    return len(line) <= _UI_LONGEST and bool(_UI_LINE.fullmatch(line))


def is_figure_label(line: str) -> bool:
    """Whether a whole line only names figures ("Afbeelding 7", "Figuur 2 Figuur 3", in a
    bordered row "Afbeelding 6 | Afbeelding 7")."""
    return bool(_FIGURE_LABELS.fullmatch(line.strip()))


MIN_RUNNING_PAGES = 3  # a line at the edge of this many pages (and half of them) runs through
_NUMBER = re.compile(r"(?<![\w.,])\d{1,4}(?!\w|[.,]\d)")  # a number on its own, not "1a" or "1.5"
_PAGE_WORD = r"(?:pagina|page|pag\.?|blz\.?|p\.)"
_PAGE_NUMBER = re.compile(
    rf"(?:{_PAGE_WORD}\s*)?[-–—]?\s*\d{{1,4}}\s*[-–—]?(?:\s*(?:/|van|of)\s*\d{{1,4}})?",
    re.IGNORECASE,
)
# A page number no text can be anything else, wherever it stands: between dashes ("- 2 -",
# "— 2 —") or after the word page ("Pagina 2 van 4"); a bare "2" or "2/4" may be text.
_PAGE_LABEL = re.compile(
    rf"(?P<dash>[-–—])\s*\d{{1,4}}\s*(?P=dash)|{_PAGE_WORD}\s*\d{{1,4}}(?:\s*(?:/|van|of)\s*\d{{1,4}})?",
    re.IGNORECASE,
)


def strip_page_furniture(pages: list[str]) -> list[str]:
    """Drop running headers, footers and page numbers from PDF page texts.

    A line counts as furniture when it is a bare page number at the top or bottom
    of a page, or when the same line (where only the page number changes, so
    "Pagina 3 van 9" repeats) opens or closes at least half of the pages, and three or more.
    """
    dropped = furniture_lines([page.split("\n") for page in pages])
    return ["\n".join("" if i in drop else line for i, line in enumerate(page.split("\n")))
            for page, drop in zip(pages, dropped)]


def furniture_lines(pages: list[list[str]], first_page: int = 1) -> list[set[int]]:
    """For each page (a list of lines), the indices of its furniture lines.

    The rule of `strip_page_furniture`; `first_page` is the number printed on the
    first page, so that "Pagina 238" on a part of a longer document compares equal.
    """
    numbers = range(first_page, first_page + len(pages))
    edges = [_edge_lines(lines) for lines in pages]
    counts: Counter[str] = Counter()
    for number, lines, edge in zip(numbers, pages, edges):
        counts.update(set().union(*(furniture_keys(lines[i], number) for i in edge)))
    repeated = {key for key, count in counts.items() if runs_through(count, len(pages))}
    return [{i for i in edge if is_page_number(lines[i]) or furniture_keys(lines[i], number) & repeated}
            for number, lines, edge in zip(numbers, pages, edges)]


def _edge_lines(lines: list[str]) -> list[int]:
    """The first two and last two filled lines: where headers and footers stand."""
    filled = [i for i, ln in enumerate(lines) if ln.strip()]
    return sorted(set(filled[:2] + filled[-2:]))


def runs_through(count: int, page_count: int) -> bool:
    """Whether a line found at the edge of `count` of `page_count` pages is running furniture:
    on at least half of the pages and on three or more (a heading may repeat twice)."""
    return count >= MIN_RUNNING_PAGES and count * 2 >= page_count


def furniture_keys(line: str, page: int) -> frozenset[str]:
    """The forms in which a running header or footer repeats from page to page.

    The line as written, and the line with each of its numbers in turn replaced by
    its distance to the page number: "Pagina 3 van 3 OZ-0412 versie 3" on page 3
    and "Pagina 1 van 3 OZ-0412 versie 3" on page 1 share "Pagina #+0 van 3 OZ-0412
    versie 3", whichever other numbers equal the page's; a count that starts after
    an unnumbered cover ("Pagina 2" on the third page) compares equal too.
    """
    text = " ".join(line.split())
    if not text:
        return frozenset()
    keys = {text}
    for match in _NUMBER.finditer(text):
        keys.add(f"{text[:match.start()]}#{int(match.group()) - page:+d}{text[match.end():]}")
    return frozenset(keys)


def is_page_number(line: str) -> bool:
    """Whether a whole line is a page number: "12", "- 12 -", "— 12 —", "Pagina 3 van 9", "3/9"."""
    return bool(_PAGE_NUMBER.fullmatch(line.strip()))


def is_page_label(line: str) -> bool:
    """Whether a whole line is a page number that nothing else writes so: "- 2 -", "— 2 —",
    "Pagina 2 van 4". Text that lost its page breaks (no form feeds) still shows them, and
    they are no list item ("- 2 -" is no bullet over "2 -")."""
    return bool(_PAGE_LABEL.fullmatch(line.strip()))


# ---------------------------------------------------------------- lines


def split_lines(text: str, heading_hints: dict[str, int] | None = None,
                heading_at: dict[int, int] | None = None) -> list[_Line]:
    """Source lines with collapsed inner whitespace; empty lines stay (as "").

    A line is a heading when its text is in `heading_hints` or its start offset in
    `heading_at`. A line whose spacing sets columns apart keeps them (see `column_cells`).
    """
    hints, marked = heading_hints or {}, heading_at or {}
    lines: list[_Line] = []
    at = 0
    for raw in text.split("\n"):
        stripped = raw.strip(" \t")
        lead = len(raw) - len(raw.lstrip(" \t"))
        collapsed = _SPACES.sub(" ", stripped)
        after_blank = not lines or not lines[-1].text
        trailing = raw.endswith((" ", "\t")) and bool(stripped)
        level = marked.get(at, 0) or hints.get(collapsed, 0) if collapsed else 0
        cells = column_cells(stripped, at + lead)
        parts = cells or column_cells(stripped, at + lead, gaps=1)
        gap_cells = cells or column_cells(stripped, at + lead, questions=False)
        lines.append(_Line(collapsed, at + lead, trailing, level, after_blank, cells, lead, parts, gap_cells,
                           raw=raw))
        at += len(raw) + 1
    return lines


def column_cells(text: str, start: int = 0, gaps: int = 2,
                 questions: bool = True) -> tuple[tuple[str, int], ...]:
    """The cells of a line that spacing sets in columns, each with its offset (`start` is
    the line's): () unless `gaps` gaps or more (tabs, or runs of spaces) part its words.

    Two spaces after a full stop before a capital are how some type sentences, no column
    gap: "Neem de tablet in.  Drink water." is one cell; so are two after a question mark,
    unless not `questions` (a table's header cell "Telt mee?").
    """
    found = [gap for gap in _COLUMN_GAP.finditer(text)
             if not (_SENTENCE_END.search(text[:gap.start()]) and text[gap.end():gap.end() + 1].isupper()
                     and (questions or not text[:gap.start()].rstrip("\"'”’)]").endswith("?")))]
    if len(found) < gaps:
        return ()
    bounds = [0] + [edge for gap in found for edge in gap.span()] + [len(text)]
    return tuple((_SPACES.sub(" ", text[a:b]), start + a) for a, b in zip(bounds[::2], bounds[1::2]))


def has_wrap_spaces(lines: list[_Line]) -> bool:
    """Whether this text marks wrapped lines with a trailing space.

    Text extracted from PDFs often keeps the space that separated the last word
    of a visual line from the next one; where a good share of lines shows that,
    a line *without* it ends a paragraph or list item, which tells lists of short
    lower-case items ("diarree", "obstipatie") apart from wrapped sentences.
    """
    filled = [ln for ln in lines if ln.text]
    marked = sum(ln.trailing_space for ln in filled)
    return marked >= 2 and marked >= 0.2 * len(filled)


# ---------------------------------------------------------------- joining


CELL_SEPARATOR = " | "  # between the cells of a table row, which stands as one line


def is_table_row(line: str) -> bool:
    """Whether a line of cleaned text is a table row ("Autorijden | na 1 week | na 2 weken")."""
    return CELL_SEPARATOR in line


def ends_sentence(text: str) -> bool:
    """Whether text ends with sentence-final punctuation (closing quotes allowed)."""
    return bool(_SENTENCE_END.search(text))


def _starts_lower(text: str) -> bool:
    return bool(text) and text[0].islower()


def _last_word(text: str) -> str:
    words = re.findall(r"[^\W\d_]+", text.lower())
    return words[-1] if words and re.search(r"[^\W\d_]$", text) else ""


def _is_item_start(text: str) -> bool:
    return bool(_BULLET.match(text) or _NUMBERED.match(text))


@dataclass(frozen=True)
class Layout:
    """How a document wraps its lines: measured once, used for every line break.

    `wrap_spaces`: wrapped lines keep a trailing space (see `has_wrap_spaces`).
    `width`: the length of a full line (90th percentile); a line much shorter than
    that ended where its author ended it, not at the margin.
    `unwrapped`: most text lines (table rows and short lines aside) run past any margin, a
    paragraph to a line, as typed: no margin broke them, so every line break is the author's.
    `proportional`: set in proportional type (PDF), where counting characters measures a
    line only roughly.
    """

    wrap_spaces: bool = False
    width: int = 80
    unwrapped: bool = False
    proportional: bool = False

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
_NUMBER_OR_BRACKET = (*"0123456789", ")")
_INNER_SENTENCE_END = re.compile(r"\w[.!?] +[A-Z]")  # "… goed werkt. Binnen": no title
_FIELD = re.compile(r"(?:Telefoon|Tel|Fax|E-?mail|Adres|Website|Internet|Bezoekadres|Postadres"
                    r"|Phone|Address)\.?:\s", re.IGNORECASE)
FILLED = 0.75
PROPORTIONAL_SPARE = 0.15


UNWRAPPED_WIDTH = 120  # longer than any printed or typed margin: such lines were never wrapped
PROSE_LETTERS = 40  # shorter lines (headings, items, contact lines) say nothing of the margin
UNWRAPPED_SHARE = 0.4  # of the longer lines: a few long ones (a URL) in wrapped text do not count


def measure_layout(lines: list[_Line], proportional: bool = False) -> Layout:
    prose = [len(line.text) for line in lines if len(line.text) >= PROSE_LETTERS and not line.cells]
    unwrapped = bool(prose) and sum(n > UNWRAPPED_WIDTH for n in prose) >= UNWRAPPED_SHARE * len(prose)
    lengths = [len(line.text) for line in lines if line.text]
    margin = lengths if unwrapped else [n for n in lengths if n <= UNWRAPPED_WIDTH] or lengths
    return Layout(has_wrap_spaces(lines), max(full_width(margin) or 80, 20), unwrapped, proportional)


def full_width(lengths: list[int]) -> int:
    """The length of a full line: the 90th percentile, so that a few longer lines do not count."""
    lengths = sorted(lengths)
    return lengths[int(0.9 * (len(lengths) - 1))] if lengths else 0


def should_join(left: _Line, right: _Line, layout: Layout, opens: bool = False) -> bool:
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
    if left.heading_level or right.heading_level or _is_item_start(b):
        return False
    lower, single = _starts_lower(b.removeprefix("(")), not right.after_blank  # "(gehoorimplantaat);"
    if layout.unwrapped:  # a web address starts in lower case and a line of its own
        return single and lower and not ends_sentence(a) and not a.endswith((":", ";")) \
            and not b.startswith(("www.", "http"))
    if a.endswith(":"):  # "... de Spoedeisende Hulp:" over "(030) 246 89 99. Meld uw ...": one sentence
        goes_on = lower or bool(re.match(r"\(?\d", b)) and not _is_item_start(b)
        return single and goes_on and layout.is_full(a) and (ends_sentence(b) or layout.is_full(b))
    if not ends_sentence(a) and (a.endswith(",") or _last_word(a) in CONTINUATION_WORDS):
        return True
    if len(a.split()) <= 8 and not ends_sentence(a) and not lower and not layout.fills(a) \
            and not _INNER_SENTENCE_END.search(a):
        return False
    if not ends_sentence(a) and _FIELD.match(b):
        return False  # "Afdeling Radiologie" over "Telefoon: 020 566 31 70": a field of its own
    if ends_sentence(a) and not single:
        return bool(_ABBREVIATION.search(a)) and lower
    if opens and single and not lower and a.endswith(_NUMBER_OR_BRACKET) and layout.had_room(a, b, sure=True):
        return False  # "… 071 582 44 10" over "Buiten kantoortijden: …": a line of its own
    if layout.wrap_spaces:
        if left.trailing_space:
            return lower or single or len(a.split()) > 8
        return single and not lower
    if lower:
        return layout.is_full(a)
    return single and not (_is_item_start(a) and layout.had_room(a, b))


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


def _vocabulary(lines: list[_Line]) -> set[str]:
    """Every word of the document, lower-cased, hyphenated compounds included."""
    words: set[str] = set()
    for line in lines:
        words.update(re.findall(r"\w+(?:-\w+)*", line.text.lower()))
    return words


def join_plain_lines(lines: list[_Line], proportional: bool = False) -> list[_Logical]:
    """Re-join hard-wrapped plain text into logical lines (paragraphs or items); the rows
    of a table aligned by spaces or tabs stay one per line, their cells apart by " | ";
    typed text set in two columns (`column_stretches`) reads its left column, then its right."""
    lines = _with_header_rows(_attach_lone_bullets(lines))
    if not proportional:
        lines = _two_column_rows(lines)
    vocabulary = _vocabulary(lines)
    rows, wrapped = _aligned_rows(lines)
    stretches = {} if proportional else column_stretches(lines, rows | set(wrapped))
    return _join_lines(lines, measure_layout(lines, proportional), vocabulary, rows, wrapped, stretches)


def _join_lines(lines: list[_Line], layout: Layout, vocabulary: set[str], rows: set[int],
                wrapped: dict[int, list[tuple[int, tuple[str, int]]]],
                stretches: dict[int, _Stretch]) -> list[_Logical]:
    """`join_plain_lines` once its tables and columns are found: each column's lines are
    joined on their own, measured by their own width."""
    out: list[_Logical] = []
    skip = 0
    for index, line in enumerate(lines):
        if index < skip or not line.text and index not in stretches or index in wrapped:
            continue
        if index in stretches:
            skip = stretches[index].end
            for column in stretches[index].columns:
                out += _join_lines(column, measure_layout(column), vocabulary, set(), {}, {})
            continue
        if index in rows:
            cells = [[cell] for cell in line.cells]
            for below in range(index + 1, len(lines)):
                if below not in wrapped:
                    break
                for number, (text, start) in wrapped[below]:
                    cells[number].append((" " + text, start - 1))
            pieces = [piece for cell in cells for piece in cell]
            ends = list(itertools.accumulate(len(cell) for cell in cells))[:-1]
            for end in ends:
                text, start = pieces[end - 1]
                pieces[end - 1] = (text + CELL_SEPARATOR, start)
            out.append(_Logical(pieces, "row", last=line))
            continue
        current = out[-1] if out else None
        if current and current.kind not in ("heading", "row") and current.last:
            glue = _glue(current.last, line, layout, vocabulary, opens=len(current.pieces) == 1)
            if glue is not None:
                _append(current, glue, line)
                continue
        out.append(_start_logical(line))
    return out


# ---------------------------------------------------------------- columns

MIN_COLUMN_ROWS = 3  # lines with words in both columns: fewer may be a coincidence of spacing
MAX_COLUMN_BLANKS = 2  # blank lines a column stretch runs on across (a paragraph break)
MIN_PROSE_WORDS = 3  # words on a column's line, on average: fewer are a table's cells
_WIDE_SPACE = re.compile(r" {2,}")


@dataclass(frozen=True)
class _Stretch:
    """Lines set in two columns up to line `end` (exclusive), as the lines of each column."""

    end: int
    columns: tuple[list[_Line], list[_Line]]


def column_stretches(lines: list[_Line], taken: set[int] = frozenset()) -> dict[int, _Stretch]:
    """Where typed text sets prose in two columns side by side, as `pdftotext -layout`
    keeps a PDF's columns: by the line where each stretch starts.

    A stretch is a run of lines whose text resumes, after a gap of two spaces or more, at
    the same column on at least `MIN_COLUMN_ROWS` of them; a line may hold only the left
    column's words or, indented to that column, only the right's, and the run goes on over
    a blank line or two where both columns start a paragraph. Both columns must read as
    prose (`_reads_as_prose`): a table of two columns keeps its rows. Lines in `taken`
    (a table's rows) and lines with tabs belong to no stretch.
    """
    found: dict[int, _Stretch] = {}
    index = 0
    while index < len(lines):
        stretch, index_after = _stretch_at(lines, index, taken)
        found.update({index: stretch} if stretch else {})
        index = index_after
    return found


def _resumes(line: _Line) -> list[int]:
    """The columns (from the line's left edge) where its text resumes after a wide gap."""
    if not line.text or "\t" in line.raw:
        return []
    return [gap.end() for gap in _WIDE_SPACE.finditer(line.raw.rstrip()) if gap.start() > 0]


def _may_part(line: _Line) -> bool:
    """Whether a line may hold two columns: no marked heading, no table row, no tabs, and
    its words as written (not a line that took a lone bullet from the line above)."""
    return not (line.heading_level or line.cells or "\t" in line.raw) \
        and _SPACES.sub(" ", line.raw.strip()) == line.text


def _column_place(line: _Line, column: int) -> str | None:
    """Where a line stands against a column boundary: "blank", "both" (words on either
    side), "left", "right", or None where it runs across it."""
    if not line.text:
        return "blank"
    if not _may_part(line):
        return None
    if column in _resumes(line):
        return "both"
    if line.indent == column:
        return "right"
    return "left" if len(line.raw.rstrip()) <= column - 2 else None


def _stretch_at(lines: list[_Line], first: int, taken: set[int]) -> tuple[_Stretch | None, int]:
    """The stretch that starts at line `first`, if any, and the line to look at next: past
    a run of lines parted at one column that reads as no prose (a table), whose lines
    start no stretch of their own."""
    after = first + 1
    if first in taken or not lines[first].text or not _may_part(lines[first]):
        return None, after
    for column in _resumes(lines[first]):
        places: list[str] = []
        blanks = 0
        for index in range(first, len(lines)):
            place = _column_place(lines[index], column) if index not in taken else None
            if place == "blank" and blanks < MAX_COLUMN_BLANKS:
                blanks += 1
                places.append(place)
                continue
            if place in (None, "blank") or place == "left" and blanks:
                break
            places += [place]
            blanks = 0
        while places and places[-1] == "blank":
            places.pop()
        if places.count("both") < MIN_COLUMN_ROWS:
            continue
        columns = _split_columns(lines[first:first + len(places)], places, column)
        if all(_reads_as_prose(side) for side in columns):
            return _Stretch(first + len(places), columns), first + len(places)
        after = max(after, first + len(places))
    return None, after


def _split_columns(lines: list[_Line], places: list[str], column: int) -> tuple[list[_Line], list[_Line]]:
    """The lines of each column; where one column has no words on a line, a blank line."""
    left: list[_Line] = []
    right: list[_Line] = []
    for line, place in zip(lines, places):
        begin = line.start - line.indent
        gap = next((g for g in _WIDE_SPACE.finditer(line.raw) if g.end() == column), None)
        left_end = gap.start() if place == "both" and gap else len(line.raw) if place == "left" else 0
        right_start = column if place in ("both", "right") else len(line.raw)
        left.append(_column_line(line.raw[:left_end], begin, left))
        right.append(_column_line(line.raw[right_start:], begin + right_start, right))
    return left, right


def _column_line(raw: str, begin: int, column: list[_Line]) -> _Line:
    """A column's piece of a line as a line of its own (`begin`: where `raw` starts)."""
    text = raw.strip(" ")
    lead = len(raw) - len(raw.lstrip(" "))
    after_blank = not column or not column[-1].text
    return _Line(_SPACES.sub(" ", text), begin + lead, after_blank=after_blank, raw=text)


def _reads_as_prose(lines: list[_Line]) -> bool:
    """Whether a column's lines wrap running text: most run on into the next (it starts in
    lower case, or the line ends in a comma, a hyphen or a word no sentence ends with), and
    they hold `MIN_PROSE_WORDS` words or more on average. A table's cells each stand alone."""
    filled = [line.text for line in lines if line.text]
    pairs = [(a.text, b.text) for a, b in zip(lines, lines[1:]) if a.text and b.text]
    runs_on = sum(_starts_lower(b.removeprefix("(")) or a.endswith((",", "-")) or _last_word(a) in CONTINUATION_WORDS
                  for a, b in pairs)
    return len(pairs) >= 2 and 2 * runs_on >= len(pairs) \
        and sum(len(text.split()) for text in filled) >= MIN_PROSE_WORDS * len(filled)


def _with_header_rows(lines: list[_Line]) -> list[_Line]:
    """The lines, a table's header row given its cells where the two-space rule for
    sentences hid them after a question mark ("Product  Telt mee?  Hoeveelheid vocht"): a
    line right above two rows that its gaps part into as many cells as the first of them has."""
    out = list(lines)
    for index, line in enumerate(lines[:-2]):
        below = lines[index + 1].cells
        if line.text and not line.cells and below and lines[index + 2].cells:
            cells = line.gap_cells
            if len(cells) == len(below):
                out[index] = replace(line, cells=cells)
    return out


MIN_TWO_COLUMN_ROWS = 3  # lines one under the other: two could be a sentence and its neighbour


def _two_column_rows(lines: list[_Line]) -> list[_Line]:
    """The lines, those of a two-column table typed with spaces given their two cells
    ("1 - 6 jaar          1 tot 2 sachets junior"): a table row needs two gaps elsewhere
    (`column_cells`), as one gap is common in typed prose, so a dose table of two columns ran
    its rows into one line. Three lines or more, one right under the other, each parted by one
    gap into two cells whose second starts in the same column, are such rows; a list whose
    items stand a few spaces after their bullet or number is none, and nor is prose typed in
    two columns side by side (`column_stretches`), which reads column by column."""
    out = list(lines)
    prose = {row for start, stretch in column_stretches(lines).items() for row in range(start, stretch.end)}
    run: list[int] = []
    for index, line in enumerate([*lines, _Line("", 0)]):
        column = None if index in prose else _second_column(line)
        if column is not None and run and not line.after_blank and abs(column - _second_column(lines[run[-1]])) <= 1:
            run.append(index)
            continue
        if len(run) >= MIN_TWO_COLUMN_ROWS:
            for row in run:
                out[row] = replace(lines[row], cells=lines[row].parts)
        run = [index] if column is not None else []
    return out


def _second_column(line: _Line) -> int | None:
    """Where the second of a line's two cells starts in the line, or None when spacing does
    not part it in two cells, or its first is a bullet or a number (a list, not a table)."""
    if line.cells or line.heading_level or len(line.parts) != 2 or _is_item_start(line.parts[0][0] + " x"):
        return None
    return line.parts[1][1] - (line.start - line.indent)


def _aligned_rows(lines: list[_Line]) -> tuple[set[int], dict[int, list[tuple[int, tuple[str, int]]]]]:
    """The indices of lines that are rows of a table aligned by spaces or tabs: two
    lines or more, one under the other, each with columns (see `column_cells`); and the
    lines that hold the wrapped rest of a row's cells, each piece with its cell's number:
    indented to where that cell starts in the row above ("Op de rug, knieën" / "gebogen")."""
    rows: set[int] = set()
    wrapped: dict[int, list[tuple[int, tuple[str, int]]]] = {}
    run: list[int] = []
    pending: dict[int, list[tuple[int, tuple[str, int]]]] = {}
    for index, line in enumerate([*lines, _Line("", 0)]):
        pieces = _under_cells(lines[run[-1]], line) if run else None
        if pieces:
            pending[index] = pieces
            continue
        if line.cells and not line.heading_level:
            run.append(index)
            continue
        if len(run) >= 2:
            rows.update(run)
            wrapped.update(pending)
        run, pending = [], {}
    return rows, wrapped


def _under_cells(row: _Line, line: _Line) -> list[tuple[int, tuple[str, int]]] | None:
    """The pieces of an indented line that each start where a cell of `row` other than its
    first starts, with that cell's number; None when any piece stands elsewhere."""
    if not line.text or line.heading_level or line.indent == 0:
        return None
    columns = [start - (row.start - row.indent) for _, start in row.cells]
    begin = line.start - line.indent
    found = []
    for text, start in line.parts or ((line.text, line.start),):
        column = next((number for number, at in enumerate(columns) if number and abs(start - begin - at) <= 1), None)
        if column is None or not _fits_cell(text, start - begin, column, columns, row):
            return None
        found.append((column, (text, start)))
    return found


def _fits_cell(text: str, at: int, column: int, columns: list[int], row: _Line) -> bool:
    """Whether a wrapped piece fits its cell: it ends before the next column starts, or, in
    the last column, is no longer than a cell's line there (twice its text, at most). An
    indented paragraph under the table runs past them."""
    if column + 1 < len(columns):
        return at + len(text) < columns[column + 1]
    return len(text) <= max(2 * len(row.cells[column][0]), 20)


def _glue(left: _Line, right: _Line, layout: Layout, vocabulary: set[str], opens: bool = False) -> str | None:
    """The text that joins two lines, or None when they stay apart."""
    if right.heading_level or left.heading_level or _is_item_start(right.text):
        return None
    if _wraps_address(left.text) and re.match(r"[a-z0-9]", right.text):
        # a web address wrapped after a slash or its own hyphen goes on in the next line's
        # first word ("www.ggd.nl/" over "hoofdluis", "www.kempenhaeghe-" over "noord.nl"):
        # no space, which would cut the link in two, and no hyphen dropped (no typesetter
        # hyphenates an address); the slash or hyphen stays. Across a blank line `should_join`
        # decides, after a hyphen too
        joins = left.text.endswith("-") and not right.after_blank or should_join(left, right, layout, opens)
        return left.text[-1] if joins else None
    if re.search(r"[^\W\d_]-$", left.text) and _starts_lower(right.text):
        return join_hyphenated(left.text, right.text, vocabulary)
    if re.search(r"[^\W\d_]-$", left.text) and right.text[:1].isupper():
        # the rest of a word a typesetter broke starts in lower case: a capital after the
        # hyphen goes on a name's compound ("Kempenhaeghe-" over "Noord"), hyphen and all,
        # where a margin wrapped it: not across a blank line ("afdeling KNO-", blank, "Na de
        # ingreep" is a paragraph's end), nor in text that no margin wraps (`should_join`'s
        # rule there: a capital after a line break starts a line of the author's own)
        return "-" if not right.after_blank and not layout.unwrapped else None
    return " " if should_join(left, right, layout, opens) else None


def _wraps_address(text: str) -> bool:
    """Whether a line ends in a web address cut after a slash or a hyphen ("www.ggd.nl/",
    "zie https://www.kempenhaeghe-"): its last word ends so and holds "http(s)://" or "www."
    before that. Only the last word is read, and only for where such a start stands, so a
    long line costs no more than one reading of it."""
    word = (text.rsplit(None, 1) or [""])[-1]
    return word[-1:] in ("/", "-") and _ADDRESS_START.search(word, 0, len(word) - 1) is not None


_ADDRESS_START = re.compile(r"https?://|\bwww\.")


def _attach_lone_bullets(lines: list[_Line]) -> list[_Line]:
    """A bullet sign alone on its line (common in PDF text) joins the line it marks; a run of
    them (pdftotext prints a list's bullets first, then its items) joins the lines that
    follow, one each, in turn."""
    out: list[_Line] = []
    pending: list[_Line] = []
    run = 0  # the bullets of the run being joined: one alone stands right before its item
    for line in lines:
        if _LONE_BULLET.fullmatch(line.text):
            run = run if pending else 0
            pending.append(line)
            run += 1
            continue
        if pending and line.text:
            bullet = pending.pop(0)  # an item of a run starts where its own words do
            line = replace(line, text=f"{bullet.text} {line.text}", start=bullet.start if run == 1 else line.start,
                           after_blank=bullet.after_blank)
        out.append(line)
    out.extend(pending)
    return out


def _append(logical: _Logical, glue: str, line: _Line) -> None:
    text, start = logical.pieces[-1]
    if glue == "":  # a typographic hyphen: drop it
        logical.pieces[-1] = (text[:-1], start)
    elif glue.endswith(" "):
        logical.pieces[-1] = (text + " ", start)
    logical.pieces.append((line.text, line.start))
    logical.last = line


def _start_logical(line: _Line) -> _Logical:
    if line.heading_level:
        return _Logical([(line.text, line.start)], "heading", line.heading_level, line)
    bullet = _BULLET.match(line.text)
    if bullet:
        text = "• " + line.text[bullet.end():]
        return _Logical([(text, line.start + bullet.end() - 2)], "item", last=line)
    kind = "item" if _NUMBERED.match(line.text) else "text"
    return _Logical([(line.text, line.start)], kind, last=line)


# ---------------------------------------------------------------- markdown

_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+")
_MD_RULE = re.compile(r"^\s*(?:[-*_]\s*){3,}$")
_MD_SETEXT = re.compile(r"^\s*(=+|-+)\s*$")


def strip_inline_markdown(text: str) -> str:
    """Markdown inline markup removed, its words kept: what a reader sees.

    Images go whole (their alt text describes a picture; it is no leaflet text), and
    so do footnote markers ("[^1]"); a footnote's own line keeps its text.
    """
    text = re.sub(r"[ \t]*!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])", "", text)
    text = re.sub(r"^\s*\[\^[^\]\s]+\]:\s*|[ \t]*\[\^[^\]\s]+\]", "", text)
    text = re.sub(r"\[\s*\]\([^)]*\)", "", text)  # a link left empty by its image
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"\[([^\]]+)\]\[[^\]]*\]", r"\1", text)
    text = re.sub(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?!\w)", r"\1", text)
    text = re.sub(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w])", r"\1", text)
    text = re.sub(r"`([^`]+)`", r"\1", text)
    return re.sub(r"\\([\\`*_{}\[\]()#+\-.!>])", r"\1", text)


def _setext_level(lines: list[_Line], index: int, shortest: int = 1) -> int:
    """1 when line `index` is underlined with "=====", 2 with "-----", else 0.

    The line must open a block and the underline be at least `shortest` long; a
    numbered line counts ("1. Inleiding" over "------------" heads a section), a
    bullet item over a rule does not.
    """
    line = lines[index]
    following = lines[index + 1].text if index + 1 < len(lines) else ""
    opens = index == 0 or not lines[index - 1].text
    underlined = _MD_SETEXT.match(following) and len(following.strip()) >= shortest
    if not (line.text and opens and underlined) or _BULLET.match(line.text):
        return 0
    return 1 if following.lstrip().startswith("=") else 2


def _mark_setext_headings(lines: list[_Line]) -> list[_Line]:
    """Turn "Title" over "=====" (or "-----") into a level 1 (or 2) heading line."""
    out: list[_Line] = []
    for index, line in enumerate(lines):
        level = _setext_level(lines, index)
        if level:
            out.append(replace(line, heading_level=level))
        elif out and out[-1].heading_level and _MD_SETEXT.match(line.text):
            out.append(_Line("", line.start))
        else:
            out.append(line)
    return out


def drop_setext_underlines(lines: list[_Line]) -> list[_Line]:
    """Plain text underlines headings the way Markdown does ("Pijnstilling" over
    "------------"). The underline goes and the text under it starts a new block, so
    the heading stands alone, where the shape of lines finds it like any other. A
    single "-" is no underline here: PDF text sets bullets apart like that."""
    out: list[_Line] = []
    underline = False
    for index, line in enumerate(lines):
        after_underline = underline
        underline = index > 0 and _setext_level(lines, index - 1, shortest=3) > 0
        if underline:
            out[-1] = replace(out[-1], underline=_setext_level(lines, index - 1, shortest=3))
            out.append(_Line("", line.start))
        elif after_underline and line.text:
            out.append(replace(line, after_blank=True))
        else:
            out.append(line)
    return out


def join_markdown_lines(lines: list[_Line]) -> list[_Logical]:
    """Markdown lines into logical lines: blank lines end paragraphs, `#` marks headings,
    each row of a pipe table is a line of its own."""
    out: list[_Logical] = []
    open_paragraph = False
    marked = _mark_setext_headings(lines)
    table = _table_lines(marked)
    # Bold lines head sub-sections only where `#` headings mark the structure: elsewhere
    # the whole outline is read from the shape of lines, bold ones included.
    has_headings = any(line.heading_level or _MD_HEADING.match(line.text) for line in marked)
    level_above = 1  # the level of the last `#` heading: a bold line heads a part of it
    list_indents: list[int] = []  # the indents of the items of the list read so far
    for index, line in enumerate(marked):
        text = line.text
        if index in table:
            row = _table_row(line) if table[index] else None
            out += [row] if row else []
            open_paragraph = False
            continue
        heading = _MD_HEADING.match(text)
        if has_headings and not (line.heading_level or heading) and _bold_line_heading(marked, index):
            out.append(_Logical([(text.strip()[2:-2].strip(), line.start + text.index(text.strip()) + 2)],
                                "heading", min(level_above + 1, 6)))
            open_paragraph = False
            continue
        if line.heading_level or heading:
            level = line.heading_level or len(heading.group(1))
            level_above = level
            offset = heading.start(2) if heading and not line.heading_level else 0
            title = strip_inline_markdown(heading.group(2) if offset else text)
            out.append(_Logical([(title, line.start + offset)], "heading", level))
            open_paragraph, list_indents = False, []
            continue
        if not text or _MD_RULE.match(text) or text.startswith("```"):
            open_paragraph = False
            continue
        text = re.sub(r"^>\s?", "", text)
        item = _MD_ITEM.match(text)
        body = strip_inline_markdown(text[item.end():] if item else text)
        if item:
            nested = any(indent < line.indent - 1 for indent in list_indents)  # a list in an item
            list_indents.append(line.indent)
            marker = ("◦ " if nested else "• ") if text.lstrip()[0] in "-*+" else item.group(0).strip() + " "
            out.append(_Logical([(marker + body, line.start)], "item"))
        elif open_paragraph and out:
            _append(out[-1], " ", _Line(body, line.start))
        else:
            out.append(_Logical([(body, line.start)], "text"))
            list_indents = []
        out[-1].last = _Line(body, line.start)
        open_paragraph = True
    return [_without_split_emphasis(logical) for logical in out]


_SPLIT_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", re.DOTALL)


def _without_split_emphasis(logical: _Logical) -> _Logical:
    """A logical line without the bold marks of a phrase that a line break split ("Is uw
    ontlasting **zwart, plakkerig" / "en glimmend als teer**"): each line alone showed
    only half of the pair, so it kept its asterisks."""
    text = logical.text
    marks = {at for match in _SPLIT_EMPHASIS.finditer(text) for at in (match.start(1), match.start(1) + 1,
                                                                          match.end(2), match.end(2) + 1)}
    if not marks:
        return logical
    pieces, at = [], 0
    for piece, source in logical.pieces:
        kept = "".join(char for offset, char in enumerate(piece) if at + offset not in marks)
        pieces.append((kept, source))
        at += len(piece)
    return replace(logical, pieces=pieces)


_MD_TABLE_RULE = re.compile(r"\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*")
_MD_PIPE = re.compile(r"(?<!\\)\|")  # a cell border; "\|" is a pipe inside a cell


def _table_lines(lines: list[_Line]) -> dict[int, bool]:
    """The lines of GitHub-style pipe tables: True for a row, False for the rule under
    the header ("|---|---|"). A table is a header row over a rule with as many cells,
    and the rows with pipes that follow up to a blank line."""
    found: dict[int, bool] = {}
    index = 0
    while index + 1 < len(lines):
        header, rule = lines[index].text, lines[index + 1].text
        if not (_MD_PIPE.search(header) and _MD_PIPE.search(rule) and _MD_TABLE_RULE.fullmatch(rule)
                and len(_table_cells(header)) == len(_table_cells(rule))):
            index += 1
            continue
        found[index], found[index + 1] = True, False
        index += 2
        while index < len(lines) and _MD_PIPE.search(lines[index].text):
            found[index] = True
            index += 1
    return found


def _table_cells(text: str) -> list[str]:
    """The cells of a table row, outer pipes dropped: "| 4 tot 10 | 0 |" gives "4 tot 10", "0"."""
    inner = text.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") and not inner.endswith("\\|") else inner
    return [cell.strip().replace("\\|", "|") for cell in _MD_PIPE.split(inner)]


def _table_row(line: _Line) -> _Logical | None:
    """A table row as one readable line, its cells apart by " | "; None for an empty row."""
    cells = [strip_inline_markdown(cell) for cell in _table_cells(line.text)]
    if not any(cells):
        return None
    text = CELL_SEPARATOR.join(cells)
    return _Logical([(text, line.start)], "row", last=_Line(text, line.start))


_MD_BOLD_LINE = re.compile(r"^\s*(\*\*|__)(?=\S)([^*_]+?)(?<=\S)\1\s*$")


def _bold_line_heading(lines: list[_Line], index: int) -> bool:
    """Whether a line that is only bold text, with blank lines around it, is a heading: how
    leaflets converted from a word processor often mark sub-sections under their `#`
    headings ("**Bijwerkingen bij kinderen**"). A bold sentence ("**Neem nooit meer dan 4
    tabletten.**") is not."""
    bold = _MD_BOLD_LINE.match(lines[index].text)
    if not bold:
        return False
    alone = all(not lines[i].text.strip() for i in (index - 1, index + 1) if 0 <= i < len(lines))
    words = bold.group(2).split()
    return alone and 0 < len(words) <= 12 and not bold.group(2).rstrip().endswith((".", ",", ";", ":", "!"))


# ---------------------------------------------------------------- blocks


def group_blocks(logical: list[_Logical]) -> list[_RawBlock]:
    """Group logical lines into paragraphs, lists and marked headings.

    Consecutive items form one list. A line starting lower-case after a list
    intro (":"), a list item or an unfinished line is an unmarked list item, as in
    "Je merkt dat aan:" followed by "darmkrampen", "diarree". A numbered line
    starting with a capital that no intro announces may be a heading
    ("1. Wat is Enbrel?"), so it stays a paragraph of its own, unless it goes on
    from the number before it: "2." right after "1." makes both steps of one list.
    """
    blocks: list[_RawBlock] = []
    for line in logical:
        previous = blocks[-1] if blocks else None
        if line.kind == "heading":
            blocks.append(_RawBlock("heading", [line], line.level))
        elif line.kind == "row":
            if previous and _is_table(previous):
                previous.items.append(line)
            else:
                blocks.append(_RawBlock("list", [line]))
        elif previous and previous.kind == "paragraph" and _continues_numbering(line, previous):
            previous.kind = "list"
            previous.items.append(line)
        elif _is_list_item(line, previous):
            if previous and previous.kind == "list" and not _is_table(previous):
                previous.items.append(line)
            else:
                blocks.append(_RawBlock("list", [line]))
        else:
            blocks.append(_RawBlock("paragraph", [line]))
    return blocks


def _is_table(block: _RawBlock) -> bool:
    """Whether a block holds the rows of a table: a list of rows, one per line."""
    return block.kind == "list" and block.items[-1].kind == "row"


def _is_list_item(line: _Logical, previous: _RawBlock | None) -> bool:
    text = line.text
    if previous is not None and _is_table(previous):  # a bulleted list may follow, in a list of its own
        return line.kind == "item" and not _numbered_title(text)
    after_intro = previous is not None and previous.kind != "heading" and (
        previous.kind == "list"
        or previous.items[-1].text.endswith(":")
        or not ends_sentence(previous.items[-1].text)
    )
    if line.kind == "item":
        return not _numbered_title(text) or _continues_numbering(line, previous) or (
            previous is not None and previous.kind != "heading" and previous.items[-1].text.endswith(":"))
    return _starts_lower(text) and after_intro


def _numbered_title(text: str) -> bool:
    """Whether a line is numbered and goes on with a capital ("1. Wat is Enbrel?"): a
    heading, or a step."""
    match = _NUMBERED.match(text)
    return bool(match) and text[match.end():][:1].isupper()


def _number(text: str) -> int | None:
    """The number a numbered line starts with ("3. Na 6 weken" gives 3), else None."""
    match = _NUMBERED.match(text)
    return int(match.group(1)) if match else None


def _continues_numbering(line: _Logical, previous: _RawBlock | None) -> bool:
    """Whether a numbered line takes up the numbering of the block before it: the next
    number, or "1." again after "1." (Markdown lets every item say "1."). A numbered
    heading after a bullet list ("3. Na 6 weken" under "2.2 Wat mag u niet?"), or one that
    repeats the list's last number ("2. Spuiten" after steps 1 and 2), does not."""
    number = _number(line.text)
    if number is None or previous is None or previous.kind == "heading":
        return False
    numbers = [n for n in (_number(item.text) for item in previous.items) if n is not None]
    return bool(numbers) and (numbers[-1] == number - 1 or numbers[-1] == number == 1)


def render(blocks: list[_RawBlock], page_starts: tuple[int, ...] = (), first_page: int = 1) -> CleanText:
    """Lay blocks out as text: one blank line between blocks, items one per line."""
    parts: list[str] = []
    origins: list[tuple[int, int]] = []
    placed: list[Block] = []
    at = 0
    for number, block in enumerate(blocks):
        if number:
            parts.append("\n\n")
            at += 2
        start = at
        for index, item in enumerate(block.items):
            if index:
                parts.append("\n")
                at += 1
            for piece, source in item.pieces:
                origins.append((at, source))
                parts.append(piece)
                at += len(piece)
        lines = tuple(item.text for item in block.items)
        last = block.items[0].last if len(block.items) == 1 else None
        underline = last.underline if block.kind == "paragraph" and last is not None else 0
        placed.append(Block(block.kind, start, at, lines, block.level, underline))
    return CleanText("".join(parts), tuple(placed), tuple(origins), page_starts, first_page)


# ---------------------------------------------------------------- entry point


def clean(source: SourceText) -> CleanText:
    """The cleaned text of a loaded source: normalised, re-joined, grouped."""
    text, page_starts = normalise_pages(source.text, source.page_starts, keep_tabs=True)
    hints = {normalise_unicode(k).strip(): v for k, v in source.heading_hints.items()}
    hints = {" ".join(k.split()): v for k, v in hints.items()}
    lines = split_lines(text, hints, source.heading_at)
    lines = [ln for ln in lines
             if not (ln.text and (is_ui_line(ln.text) or is_figure_label(ln.text) or is_page_label(ln.text)))]
    if source.markup == "markdown":
        logical = join_markdown_lines(lines)
    else:
        logical = join_plain_lines(drop_setext_underlines(lines), proportional=is_typeset(source))
    logical = [_tidy(item) for item in logical]
    logical = [item for item in logical if item.text.strip()]
    return render(group_blocks(logical), page_starts, source.first_page)


def is_typeset(source: SourceText) -> bool:
    """Whether a source is set in proportional type, where counting characters measures a
    line only roughly: a PDF's pages. Text that marks its pages with form feeds (as
    `pdftotext -layout` or a printer's file) was typed, a character a column."""
    return bool(source.page_starts) and "\f" not in source.text


def _tidy(item: _Logical) -> _Logical:
    """Collapse doubled spaces that joining may leave, and trim the ends."""
    pieces, previous_space = [], True
    for text, start in item.pieces:
        collapsed = _SPACES.sub(" ", text)
        if previous_space and collapsed.startswith(" "):
            collapsed, start = collapsed[1:], start + 1
        if collapsed:
            pieces.append((collapsed, start))
            previous_space = collapsed.endswith(" ")
    if pieces and pieces[-1][0].endswith(" "):
        pieces[-1] = (pieces[-1][0].rstrip(" "), pieces[-1][1])
    pieces = [(t, s) for t, s in pieces if t]
    return replace(item, pieces=pieces)
