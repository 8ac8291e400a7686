"""Two glyphs drawn at one place read as the one character they show (`Glyphs`, `overstruck`).

A font without accented letters gets them by drawing an accent over a letter: pdfTeX sets
Texinfo's "één" in its OT1 fonts as the acute accent, a kern back over it, then "e" (read
"´e´en"), and "corticosteroïden" with a dotless "ı" under the diaeresis ("corticostero¨ıden");
mandoc, whose PDF fonts hold ASCII alone, prints "maïs" as `ma"` and an "i" drawn back over the
quote (read `ma"i s`), and a list's bullet as "+" struck over "o" (read "• o"). Read glyph by
glyph, where the fonts' widths put each one (`Glyphs`), a glyph drawn mostly over the one
shown just before it on its baseline is such an overstrike; the page is read again with
pypdf's text cut before it (`cut`, a marked-content point naming it), and the two become one
character (`overstruck_text`): the letter with its accent as one (Unicode NFC), a bullet, or
the glyph once where it was drawn twice.

A text drawn again where it was drawn shows once too: Calligra Words draws every line twice,
a text object of one glyph a show, then the same object again, and read twice every
sentence, heading and cell was doubled ("Wat is rabiës?Wat is rabiës?"). A show of the same
codes in the same font and size, starting where such a show started before on the page
(`Glyphs.redrawn`), is left out (`drawn_once`), as poppler leaves out text drawn over the
same text.
"""

from __future__ import annotations

import unicodedata

import pypdf

from ingest.pdf.geometry import multiplied

# The spacing accents fonts draw over a letter, with the combining mark each puts on it:
# TeX's OT1 accents, and the ASCII stand-ins of a font without them (mandoc: ' ` " ^ ~ , o),
# which StandardEncoding reads as curly quotes.
_MARKS = {
    "\u00b4": "\u0301", "'": "\u0301", "\u2019": "\u0301", "\u02ca": "\u0301",  # acute
    "`": "\u0300", "\u2018": "\u0300", "\u02cb": "\u0300",  # grave
    "\u00a8": "\u0308", '"': "\u0308",  # diaeresis
    "^": "\u0302", "\u02c6": "\u0302",  # circumflex
    "~": "\u0303", "\u02dc": "\u0303",  # tilde
    "\u00b8": "\u0327", ",": "\u0327",  # cedilla
    "\u02da": "\u030a", "\u00b0": "\u030a", "o": "\u030a",  # ring
    "\u02c7": "\u030c", "\u02d8": "\u0306", "\u00af": "\u0304", "\u02c9": "\u0304",  # caron, breve, macron
    "\u02d9": "\u0307", "\u02dd": "\u030b", "\u02db": "\u0328",  # dot above, double acute, ogonek
}
_DOTLESS = {"\u0131": "i", "\u0237": "j"}  # TeX sets an accent over "i" and "j" without their dot
_BULLETS = {frozenset("+o"), frozenset("+O")}  # nroff's bullet: a plus struck over an "o"
_UNDERLINE = "_"  # nroff's underline: an underscore struck under a letter


def overstruck(struck: str, over: str) -> str | None:
    """The character two characters drawn one over the other show, or None where they show
    no one character: a letter and an accent (in either order) as the accented letter, where
    Unicode has it as one; a bullet; an underlined letter as the letter; a glyph struck twice
    (nroff's bold) once."""
    if struck == over:
        return struck
    if frozenset((struck, over)) in _BULLETS:
        return "•"
    if _UNDERLINE in (struck, over):
        other = over if struck == _UNDERLINE else struck
        return other if other.isalnum() else None
    for letter, accent in ((struck, over), (over, struck)):
        mark = _MARKS.get(accent) or (accent if unicodedata.combining(accent) else None)
        if mark and letter.isalpha() and not (accent == "o" and letter.lower() == "o"):
            composed = unicodedata.normalize("NFC", _DOTLESS.get(letter, letter) + mark)
            if len(composed) == 1:
                return composed
    return None


def overstruck_text(before: str, after: str, goes_on: bool) -> tuple[str, bool]:
    """The text of a piece that ends with a glyph (`before`) and of the piece whose first
    glyph is drawn over it (`after`) as one, and whether the word the two make goes on in the
    piece that comes next (the word went on right after them: `goes_on`, and nothing of
    `after` is left to go on in). The space pypdf may read after them where the pen only
    came back to the end of the wider glyph (pdfTeX's "Ç": the "C", the cedilla drawn back
    over it, and a kern to the C's end) is no word's gap when the word goes on. Two glyphs
    that show no one character are kept as they were."""
    head, tail = before.rstrip(), after.lstrip()
    one = overstruck(head[-1:], tail[:1]) if head and tail else None
    if one is None:
        return before + after, False
    rest = tail[1:].lstrip() if goes_on else tail[1:]
    return head[:-1] + one + rest, goes_on and not rest.strip()


WORD_GOES_ON = pypdf.generic.NameObject("/Overstrike")  # the mark of a cut before an overstriking glyph
WORD_ENDS = pypdf.generic.NameObject("/OverstrikeWordEnd")  # ... after which a gap or another line follows
_SHOWN = frozenset({b"Tj", b"TJ", b"'", b'"'})
_STATE = frozenset({b"BT", b"Tf", b"Tc", b"Tw", b"Tz", b"TL", b"Ts", b"Tm", b"Td", b"TD", b"T*", b"q", b"Q", b"cm"})
REDRAWN_EMS = 0.1  # from where the same show started before, in its em at most: drawn again there
MIN_OVERLAP = 0.75  # of the narrower glyph's width, covered by the other: drawn over it, not kerned against it
MAX_RAISE_EMS = 0.5  # an accent over a capital is raised above the letter's baseline (TeX: 0.25 em)
GOES_ON_EMS = 0.15  # from the wider glyph's end to the next glyph at most: the word goes on, no gap


class Glyphs:
    """Where the glyphs a content stream shows stand, as far as the fonts' widths tell: each
    show's first glyph that is drawn over the last glyph shown before it (`strikes`: the
    operator's number, the item of its `TJ` array, and whether the word goes on after it).

    `fonts` holds each font's code length in bytes, widths by code (thousandths of an em) and
    the width of a code they leave out. Only simple fonts are measured: a letter is built of
    two glyphs where a font of 256 codes has no glyph for it, and a composite font (Unicode's
    letters, two-byte codes) puts a combining mark where the text says so already. A glyph in
    a font not measured, or text that does not run level, is not placed. Only a show's first
    glyph can be drawn back over the glyph before it (the glyphs of one string follow each
    other), so a show is measured as a whole.

    A show that starts where a show of the same codes in the same font started before on the
    page is drawn again (`redrawn`: the operator's number). Where it starts needs no widths;
    after a show whose glyphs are not measured, not where the next show starts, until the
    line moves."""

    def __init__(self, fonts: dict[str, tuple[int, dict[int, float], float]]) -> None:
        # each simple font's widths as a table of its 256 codes: every string a page shows is measured
        self.fonts = {name: tuple(widths.get(code, default) for code in range(256))
                      for name, (size, widths, default) in fonts.items() if size == 1}
        self.strikes: list[list] = []  # [operator number, item number, word goes on (None: not known yet)]
        self.redrawn: set[int] = set()  # the shows drawn again where they were drawn
        self._starts: dict[tuple, list[tuple[float, float, float]]] = {}  # each show: where it started, its em
        self._known = True  # where the next show starts: no glyph of unknown width shown since the line moved
        self._font_name = ""
        self._cm, self._saved = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0], []
        self._line = self._text = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
        self._font: tuple[float, ...] | None = None  # the widths of the font set
        self._size = self._spacing = self._words = self._rise = self._leading = 0.0
        self._scale = 1.0
        self._last: tuple[float, float, float, float] | None = None  # last glyph: left, right, baseline, em
        self._pair_end: float | None = None  # of the last overstrike, still waiting for the glyph after it

    def follow(self, operator: bytes, operands: list, number: int = 0) -> None:
        """The glyphs one operator of the content stream shows, or the state it sets."""
        if operator in _SHOWN:
            if operator in (b"'", b'"'):
                if operator == b'"' and len(operands) == 3:
                    self._words, self._spacing = _number(operands[0]), _number(operands[1])
                self._move(0.0, -self._leading)
                self._known = True
            if operator in (b"Tj", b"TJ") and operands:
                self._started(operands[0], number)
            items = operands[0] if operator == b"TJ" and operands else operands[-1:]
            for item, part in enumerate(items if isinstance(items, list) else [items]):
                if isinstance(part, (bytes, str)) and not isinstance(part, pypdf.generic.NameObject):
                    self._show(_raw(part), number, item)
                else:
                    self._advance(-_number(part) / 1000 * self._size * self._scale)
        elif operator in _STATE:
            self._state(operator, [_number(value) for value in operands] if operator != b"Tf" else operands)

    def close(self) -> None:
        """The end of the content stream: an overstrike still waiting ends its word."""
        self._placed(None)

    def _started(self, shown: object, number: int) -> None:
        """Note where a show starts, and whether the same show started there before."""
        if not self._known:
            return
        parts = shown if isinstance(shown, list) else [shown]
        codes = tuple(_raw(part) if isinstance(part, (bytes, str)) else round(_number(part), 1) for part in parts)
        matrix = multiplied(self._text, self._cm)
        em = self._size * max(abs(matrix[0]), abs(matrix[1]), abs(matrix[2]), abs(matrix[3]))
        starts = self._starts.setdefault((self._font_name, round(em, 1), codes), [])
        near = REDRAWN_EMS * em
        if any(abs(x - matrix[4]) <= near and abs(y - matrix[5]) <= near for x, y, _ in starts):
            self.redrawn.add(number)
        else:
            starts.append((matrix[4], matrix[5], em))

    def _state(self, operator: bytes, values: list) -> None:
        if operator in (b"BT", b"Tm", b"Td", b"TD", b"T*"):
            self._known = True  # the line moved: where the next show starts is known again
        if operator == b"BT":
            self._line = self._text = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
        elif operator == b"Tf" and len(values) == 2:
            self._font, self._size = self.fonts.get(str(values[0])), _number(values[1])
            self._font_name = str(values[0])
        elif operator == b"Tc" and values:
            self._spacing = values[0]
        elif operator == b"Tw" and values:
            self._words = values[0]
        elif operator == b"Tz" and values:
            self._scale = values[0] / 100
        elif operator == b"TL" and values:
            self._leading = values[0]
        elif operator == b"Ts" and values:
            self._rise = values[0]
        elif operator == b"Tm" and len(values) == 6:
            self._line = self._text = values
        elif operator in (b"Td", b"TD") and len(values) == 2:
            self._leading = -values[1] if operator == b"TD" else self._leading
            self._move(*values)
        elif operator == b"T*":
            self._move(0.0, -self._leading)
        elif operator == b"q":
            self._saved.append(self._cm)
        elif operator == b"Q" and self._saved:
            self._cm = self._saved.pop()
        elif operator == b"cm" and len(values) == 6:
            self._cm = multiplied(values, self._cm)

    def _move(self, x: float, y: float) -> None:
        self._line = self._text = multiplied([1.0, 0.0, 0.0, 1.0, x, y], self._line)

    def _advance(self, x: float) -> None:
        self._text = [*self._text[:4], self._text[4] + x * self._text[0], self._text[5] + x * self._text[1]]

    def _show(self, codes: bytes, number: int, item: int) -> None:
        if self._font is None or not codes:
            self._known = self._known and not codes
            self._last = None  # where its glyphs end is not known: nothing is compared with them
            self._placed(None)
            return
        total = sum(map(self._font.__getitem__, codes))
        shown = (total / 1000 * self._size + self._spacing * len(codes) + self._words * codes.count(32)) * self._scale
        matrix = multiplied(self._text, self._cm)
        level = matrix[0] > 0 and abs(matrix[1]) <= 0.01 * matrix[0] and abs(matrix[2]) <= 0.01 * abs(matrix[3])
        if not level:
            self._last = None
            self._placed(None)
        else:
            em = self._size * matrix[0]
            baseline = matrix[5] + self._rise * matrix[3]
            first = self._box(matrix, 0.0, codes[0], em, baseline)
            blank = codes[0] == 32
            self._placed(None if blank else first)
            if not blank and self._over(first):
                self.strikes.append([number, item, None])
                self._pair_end = max(first[1], self._last[1])
                if len(codes) > 1:
                    self._placed(None if codes[1] == 32 else
                                 self._box(matrix, self._step(codes[0]), codes[1], em, baseline))
            start = shown - self._step(codes[-1])
            self._last = None if codes[-1] == 32 else self._box(matrix, start, codes[-1], em, baseline)
        self._advance(shown)

    def _step(self, code: int) -> float:
        """How far a glyph carries the pen along the line, in text space."""
        words = self._words if code == 32 else 0.0
        return (self._font[code] / 1000 * self._size + self._spacing + words) * self._scale

    def _box(self, matrix: list[float], at: float, code: int, em: float,
             baseline: float) -> tuple[float, float, float, float]:
        """A glyph's left and right edge on the page, its baseline and its em, `at` along the line."""
        left = matrix[4] + at * matrix[0]
        width = self._font[code] / 1000 * self._size * self._scale * matrix[0]
        return left, left + width, baseline, em

    def _over(self, glyph: tuple[float, float, float, float]) -> bool:
        """Whether a glyph is drawn over the last glyph shown (`MIN_OVERLAP`), near its baseline."""
        last = self._last
        if last is None or glyph[1] <= glyph[0] or last[1] <= last[0]:
            return False
        covered = min(glyph[1], last[1]) - max(glyph[0], last[0])
        return abs(glyph[2] - last[2]) <= MAX_RAISE_EMS * glyph[3] \
            and covered >= MIN_OVERLAP * min(glyph[1] - glyph[0], last[1] - last[0])

    def _placed(self, glyph: tuple[float, float, float, float] | None) -> None:
        """The glyph after the last overstrike is placed (None: a space, another line, or
        none): the word goes on where it starts right after the two glyphs, on their line."""
        if self._pair_end is None:
            return
        self.strikes[-1][2] = glyph is not None and abs(glyph[2] - self._last[2]) <= MAX_RAISE_EMS * glyph[3] \
            and -MAX_RAISE_EMS * glyph[3] <= glyph[0] - self._pair_end <= GOES_ON_EMS * glyph[3]
        self._pair_end = None


def cut(operation: tuple[list, bytes], items: dict[int, bool]) -> list[tuple[list, bytes]]:
    """An operator showing text, cut before each of `items` (the item of its `TJ` array whose
    first glyph is drawn over the glyph before: whether the word goes on after it) so that
    pypdf hands over the text before it: an identity `cm` ends the piece pypdf gathers, and a
    marked-content point (`WORD_GOES_ON`, `WORD_ENDS`) tells the text visitor that the next
    piece begins with the overstriking glyph. It draws the same."""
    operands, operator = operation
    identity = [pypdf.generic.FloatObject(value) for value in (1, 0, 0, 1, 0, 0)]
    if operator != b"TJ" or not operands:
        return [(identity, b"cm"), ([WORD_GOES_ON if items.get(0) else WORD_ENDS], b"MP"), operation]
    array, out, start = list(operands[0]), [], 0
    for item in sorted(items):
        if item > start:
            out.append(([pypdf.generic.ArrayObject(array[start:item])], b"TJ"))
        out += [(identity, b"cm"), ([WORD_GOES_ON if items[item] else WORD_ENDS], b"MP")]
        start = item
    out.append(([pypdf.generic.ArrayObject(array[start:])], b"TJ"))
    return out


def drawn_once(operations: list[tuple[list, bytes]], redrawn: set[int]) -> set[int]:
    """The shows drawn again (`Glyphs.redrawn`, by number) that can be left out of the
    operations, drawing the same: a show carries the pen on, so one is left out only where
    the line moves before the next show, or that show is left out too."""
    out, free = set(), True  # free: no show still to come stands where this one leaves the pen
    for number in range(len(operations) - 1, -1, -1):
        operator = operations[number][1]
        if operator in (b"Tj", b"TJ"):
            free = free and number in redrawn
            if free:
                out.add(number)
        elif operator in (b"BT", b"ET", b"Tm", b"Td", b"TD", b"T*", b"'", b'"'):
            free = True
    return out


def _raw(item: bytes | str) -> bytes:
    if isinstance(item, pypdf.generic.TextStringObject):
        return item.get_original_bytes()
    return item if isinstance(item, bytes) else item.encode("latin-1", "replace")


def _number(value: object) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return 0.0

