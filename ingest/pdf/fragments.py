"""The pieces of text a page's content stream draws, with their place, size and weight.

pypdf's text visitor reports each piece as the page draws it (`page_fragments`). Private-use
characters of bullet and Symbol fonts become what they show (`readable`); the vertical
rules a page draws are noted beside each piece (`Fragment.rule`); a piece whose place was
lost is put back between its neighbours (`placed_again`); a bordered table's row that one text
object draws is read cell by cell (`cell_moves`); an OCR layer drawn word by word
is joined into runs of words (`words_joined`) and its misread words put right (see
`ingest.pdf.ocr`); a justified line's stretched word spacing is no column gap (`unjustified`);
what pypdf would misread as gaps between words is written as it can measure it (`_respaced`),
and words set apart by kerns alone among letters kerned closer are spaced (`_word_gaps`); a
space drawn on its own stays after its word (`_space_after`); a right-to-left line is cut into its
words (see `ingest.pdf.bidi`); a glyph drawn over the one before
it reads as one character with it (an accent and its letter, see `ingest.pdf.overstrike`); a
page turned by its `/Rotate` is read as a viewer shows it, and a page whose text runs up or
down it as turned so that its text runs across (`displayed`).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field, replace

import pypdf

from ingest.pdf.bidi import right_to_left, rtl_fonts
from ingest.pdf.geometry import Fragment, PdfLine
from ingest.pdf.geometry import multiplied as _multiplied  # the product of two PDF matrices
from ingest.pdf.ocr import ocr_corrected
from ingest.pdf.stacked import restacked, stacked
from ingest.pdf.overstrike import WORD_ENDS, WORD_GOES_ON, Glyphs, cut, drawn_once, overstruck_text
from ingest.pdf.style import HEADING_SIZE_RATIO
from ingest.pdf.xobjects import MAX_FORM_DEPTH, unwrapped

# Symbol and Wingdings bullets that pypdf reads as private-use characters.
_BULLETS = str.maketrans({"\uf0b7": "•", "\uf0a7": "▪", "\uf0a8": "□", "\uf0d8": "➢",
                          "\uf076": "❖", "\uf0fc": "✓", "\uf0e0": "➢", "\uf02d": "–"})


def _symbol_font_table() -> dict[int, str]:
    """Text set in the Symbol font comes out of pypdf as U+F000 + the font's code: "2\uf0b0C"
    for "2°C", "T\uf068\uf06c" for Cyprus's "Τηλ". Adobe's Symbol encoding puts Greek on the
    Latin letters' codes and signs above 0xA0; these are the signs a leaflet may use."""
    table = {0xF000 + code: chr(code) for code in range(0x20, 0x7F)}  # digits, punctuation
    for latin, greek in (("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ"),
                         ("abcdefghijklmnopqrstuvwxyz", "αβχδεφγηιϕκλμνοπθρστυϖωξψζ")):
        table.update({0xF000 + ord(a): b for a, b in zip(latin, greek)})
    signs = {0x22: "∀", 0x24: "∃", 0x2A: "∗", 0x40: "≅", 0x5C: "∴", 0x5E: "⊥", 0x7E: "∼",
             0xA2: "′", 0xA3: "≤", 0xA5: "∞", 0xAB: "↔", 0xAC: "←", 0xAD: "↑", 0xAE: "→", 0xAF: "↓",
             0xB0: "°", 0xB1: "±", 0xB2: "″", 0xB3: "≥", 0xB4: "×", 0xB5: "∝", 0xB7: "•", 0xB8: "÷",
             0xB9: "≠", 0xBA: "≡", 0xBB: "≈", 0xBC: "…", 0xD7: "·"}
    table.update({0xF000 + code: sign for code, sign in signs.items()})
    return table


_SYMBOL_FONT = _symbol_font_table()


# WinAnsiEncoding's unused codes above 0x20 all show a bullet (PDF 1.7, annex D.2, note 3);
# pypdf hands them over as control characters. rst2pdf draws its list bullets as "\177".
_WIN_ANSI_BULLETS = str.maketrans(dict.fromkeys("\x7f\x81\x8d\x8f\x90\x9d", "•"))


def readable(text: str, font_name: str, encoding: object = None) -> str:
    """Private-use characters of bullet and Symbol fonts turned into the characters they show
    (bullets first, whatever the font, as list items are recognised by them), and so are the
    codes a font in `encoding` WinAnsiEncoding shows as a bullet (`_WIN_ANSI_BULLETS`)."""
    text = text.translate(_BULLETS)
    if encoding == "/WinAnsiEncoding":
        text = text.translate(_WIN_ANSI_BULLETS)
    return text.translate(_SYMBOL_FONT) if "symbol" in font_name.lower() else text


_SHOWN = frozenset({b"Tj", b"TJ", b"'", b'"'})
MIN_RULE_LENGTH = 5.0  # points: a vertical line this long is a cell's border, not a glyph or a dot
_PAINT = frozenset({b"S", b"s", b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*"})
_FILL = _PAINT - {b"S", b"s"}
_PATH = frozenset({b"m", b"l", b"c", b"v", b"y", b"re"})
MAX_DOT = 8.0  # points across a filled shape at most, to be a list's bullet
BOX_SIDE = 20.0  # points: a painted shape this wide and tall at least may frame text (a box)
PAGE_SHARE = 0.8  # of the page's width and height: a box this large is the page's background
PAGE_BLEED = 1.1  # times the page's width or height: a shape longer is a longer document's, cut to the page
MAX_BOX_SHAPES = 400  # shapes that may frame text on one page: a page painting more is a drawing
_IDENTITY = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]  # a matrix that moves nothing (never changed in place)
INVISIBLE = 3  # the text render mode of an OCR layer laid over a scan: neither filled nor stroked


GLYPH_STEP_EMS = 1.1  # the widest glyph's advance (an em dash's), and a little for rounding


@dataclass
class _Pen:
    """Where a text object's line stands (its line matrix, as `Td`, `Tm` and the like move
    it), where it stood when text was last shown in it, and how far it had moved on since the
    text shown before that."""

    line: list[float] = field(default_factory=lambda: [1.0, 0.0, 0.0, 1.0, 0.0, 0.0])
    leading: float = 0.0
    shown_at: tuple[float, float] | None = None  # None: no text shown since the text object began
    moved: float | None = None  # from the text shown before to the text shown last, if both were

    def follow(self, operator: bytes, operands: list) -> None:
        """The pen moved on by one operator of the content stream."""
        values = [_number(value) for value in operands] if operator not in (b"'", b'"') else []
        if operator in (b"BT", b"ET"):
            self.line, self.shown_at, self.moved = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0], None, None
        elif operator == b"TL" and values:
            self.leading = values[0]
        elif operator == b"Tm" and len(values) == 6:
            self.line = values
        elif operator in (b"Td", b"TD") and len(values) == 2:
            self.leading = -values[1] if operator == b"TD" else self.leading
            self.line = _multiplied([1.0, 0.0, 0.0, 1.0, *values], self.line)
        elif operator in (b"T*", b"'", b'"'):
            self.line = _multiplied([1.0, 0.0, 0.0, 1.0, 0.0, -self.leading], self.line)
        if operator in _SHOWN:
            here = (self.line[4], self.line[5])
            self.moved = None if self.shown_at is None else math.dist(here, self.shown_at)
            self.shown_at = here

    def glyph_step(self, size: float) -> bool:
        """Whether the text just shown stands less than a glyph's width (`GLYPH_STEP_EMS` of
        `size`) on from the text shown before it in the text object: the step from one glyph
        to the next, as Scribus draws them, not the move to a table's next cell."""
        em = size * math.hypot(self.line[0], self.line[1])
        return self.moved is not None and self.moved < GLYPH_STEP_EMS * em

    def close_line(self, shown_at: tuple[float, float] | None, size: float) -> bool:
        """Whether the line moved from where text was shown (`shown_at`) to another baseline
        less than a line of the font (`size`) away: more than half its size (a raised or
        lowered mark stays on its line), at most `CLOSE_LINE_EMS` of it."""
        if shown_at is None:
            return False
        em = size * math.hypot(self.line[2], self.line[3])
        return em > 0 and 0.5 * em < abs(self.apart(shown_at)[1]) <= CLOSE_LINE_EMS * em

    def apart(self, shown_at: tuple[float, float]) -> tuple[float, float]:
        """How far the line stands from where text was shown (`shown_at`): along its baseline
        and across it, as its text runs. groff sets a landscape page's text up the page
        (`0 1 -1 0 x y Tm`): a move to a table's next cell changes y, not x, and measured as
        text that runs across, no move was one along the line and no cell was found."""
        dx, dy = self.line[4] - shown_at[0], self.line[5] - shown_at[1]
        unit = math.hypot(self.line[0], self.line[1]) or 1.0
        cos, sin = self.line[0] / unit, self.line[1] / unit
        return dx * cos + dy * sin, dy * cos - dx * sin


CLOSE_LINE_EMS = 1.0  # of a font's size: a next line set this close is one pypdf may read as the same line


@dataclass
class _Drawing:
    """What a page draws besides its text, as `page_fragments` needs it: the vertical rules
    (x, bottom, top) that border a table's cells, and how many characters the page shows in
    each render mode."""

    rules: list[tuple[float, float, float]]
    mode: int = 0
    chars: Counter | None = None
    saved: list[tuple[int, tuple | None, float]] = field(default_factory=list)  # what `q` saved, for `Q` to restore
    font: tuple | None = None  # the font and size set (`Tf`)
    pen: _Pen = field(default_factory=_Pen)  # where the text line stands
    again: bool = False  # the font set again unchanged since text was last shown
    along: bool = False  # a text object moved on along the line it showed text in (see `cell_moves`)
    advance: _Advance | None = None  # how far the text shown since the line last moved carried the pen
    respace: bool = False  # a font set again a glyph on, or word spacing: read the page again, see `_respaced`
    characters: float = 0.0  # the character spacing (`Tc`) in force
    path: list[tuple[float, float, float]] = field(default_factory=list)  # drawn, not yet painted
    point: tuple[float, float] | None = None  # where the path being drawn stands
    corners: list[tuple[float, float]] = field(default_factory=list)  # the points of the path being drawn
    steps: list[bytes] = field(default_factory=list)  # the operators that drew it
    dots: list[tuple[float, float, float, float]] = field(default_factory=list)  # small filled shapes
    boxes: list[tuple[float, float, float, float]] = field(default_factory=list)  # painted frames (see `BOX_SIDE`)
    simple: set[str] = field(default_factory=set)  # the page's fonts whose codes are single bytes
    glyphs: Glyphs | None = None  # where the glyphs stand: any drawn over another? (see `ingest.pdf.overstrike`)
    over: str | None = None  # a cut's mark: the next piece begins with a glyph drawn over the last one
    glue: bool = False  # the word two glyphs drawn as one make goes on in the next piece
    close: bool = False  # a text object went on to a line set closer than its font's size (see `line_moves`)

    def visit(self, operator: bytes, operands: list, cm: list[float], tm: list[float]) -> None:
        self._shape(operator, operands, cm)
        shown_at = self.pen.shown_at
        self.pen.follow(operator, operands)
        if operator in _MOVES and self.font and self.pen.close_line(shown_at, self.font[1]):
            self.close = True
        if self.glyphs is not None:
            self.glyphs.follow(operator, operands)
        if operator == b"MP" and operands and operands[0] in (WORD_GOES_ON, WORD_ENDS):
            self.over = operands[0]
        if operator in (b"Tm", b"Td", b"TD") and self.pen.shown_at is not None \
                and abs(self.pen.apart(self.pen.shown_at)[1]) < 0.01 and self._past_a_cell_gap():
            self.along = True
        if self.advance is not None:
            self._advance(operator, operands)
        if operator in (b"Tw", b'"') and operands and _number(operands[0]):
            self.respace = True  # word spacing, which pypdf leaves out of a string's width
        if operator == b"Tc" and operands:
            self.characters = _number(operands[0])
        elif operator == b'"' and len(operands) == 3:  # `"` sets the character spacing it shows with
            self.characters = _number(operands[1])
        if operator in _SHOWN and self.font and self.font[1] and 1000 * self.characters / self.font[1] >= WORD_GAP:
            self.respace = True  # glyphs set a word's gap apart by character spacing: see `_character_gaps`
        if operator == b"TJ" and operands and self.font and _tracked_gaps(operands[0], self._code_size()):
            self.respace = True  # words set apart only by kerns, among letters kerned closer: see `_respaced`
        if operator == b"TJ" and operands and any(_jump(item) for item in operands[0]):
            self.respace = True  # a kern that jumps to a cell or back to a bullet: see `_jumps_apart`
        if operator in _SHOWN and self.again and self.font:  # the font set again a glyph on: pypdf cut there
            self.respace = self.respace or self.pen.glyph_step(self.font[1])
            self.again = False
        if operator == b"Tr" and operands:
            self.mode = int(operands[0])
        elif operator == b"q":  # the render mode, font and `Tc` are graphics state: saved and restored with it
            self.saved.append((self.mode, self.font, self.characters))
            self.again = False
        elif operator == b"Q" and self.saved:
            self.mode, self.font, self.characters = self.saved.pop()
            self.again = False
        elif operator == b"Tf" and len(operands) == 2:  # set again while a line is shown: pypdf cuts it
            font = _font_set(operands)
            self.again = font == self.font and self.pen.shown_at is not None
            self.font = font
        elif operator in _PAINT:
            self.rules.extend(self.path)
            self.path = []
        elif operator == b"n":  # a clipping path, never painted
            self.path = []
        elif operator == b"re" and len(operands) == 4:
            x, y, w, h = (float(value) for value in operands)
            edges = [x + w / 2] if abs(w) <= 2 else [x, x + w]
            for edge in edges:
                self._rule(cm, (edge, y), (edge, y + h))
        elif operator == b"m" and len(operands) == 2:
            self.point = (float(operands[0]), float(operands[1]))
        elif operator == b"l" and len(operands) == 2 and self.point is not None:
            end = (float(operands[0]), float(operands[1]))
            self._rule(cm, self.point, end)
            self.point = end

    def _past_a_cell_gap(self) -> bool:
        """Whether the text line moved on along its baseline far enough to leave a table
        cell's gap (`CELL_GAP_EMS`) after the text shown, as its font's widths measure it
        (`_Advance`): only then may `cell_moves` find cells there, and only then is the
        content stream read a second time. A kerned line moves on by its text's width."""
        if self.advance is None:
            return True
        shown = self.advance.shown
        unit = math.hypot(self.pen.line[0], self.pen.line[1])
        em = self.advance.size * unit
        return shown is not None and em > 0 and \
            self.pen.apart(self.pen.shown_at)[0] - shown * unit > CELL_GAP_EMS * em

    def _advance(self, operator: bytes, operands: list) -> None:
        """`advance` kept up with the operator, as `cell_moves` keeps its own."""
        if operator in _SHOWN or operator in (b"Tf", b"Tc", b"Tw", b"Tz"):
            if operator in (b"'", b'"'):
                self.advance.moved()
            self.advance.follow(operator, operands)
        elif operator in _MOVES or operator == b"BT":
            self.advance.moved()

    def _code_size(self) -> int:
        """The bytes of one glyph's code in the font set: one in a simple font, else two."""
        return 1 if self.font and self.font[0] in self.simple else 2

    def _shape(self, operator: bytes, operands: list, cm: list[float]) -> None:
        """The bounds of each small shape the page fills (left, bottom, right, top): a list's
        bullet that a browser draws as a dot, not as a character (wkhtmltopdf)."""
        if operator in _PATH and len(operands) % 2 == 0:
            try:
                values = [float(value) for value in operands]
            except (TypeError, ValueError):
                return
            if operator == b"re" and len(values) == 4:
                x, y, w, h = values
                values = [x, y, x + w, y + h]
            self.corners.extend(_apply(cm, (a, b)) for a, b in zip(values[::2], values[1::2]))
            self.steps.append(operator)
        elif operator in _PAINT or operator == b"n":
            corners = without_spur(self.corners, self.steps)
            if operator in _PAINT and corners:
                xs, ys = [x for x, _ in corners], [y for _, y in corners]
                bounds = (min(xs), min(ys), max(xs), max(ys))
                if operator in _FILL and max(xs) - min(xs) <= MAX_DOT and max(ys) - min(ys) <= MAX_DOT:
                    self.dots.append(bounds)
                elif min(max(xs) - min(xs), max(ys) - min(ys)) >= BOX_SIDE:
                    self.boxes.append(bounds)
            self.corners, self.steps = [], []

    def _rule(self, cm: list[float], start: tuple[float, float], end: tuple[float, float]) -> None:
        (x0, y0), (x1, y1) = (_apply(cm, point) for point in (start, end))
        if abs(x0 - x1) <= 1 and abs(y0 - y1) >= MIN_RULE_LENGTH:
            self.path.append(((x0 + x1) / 2, min(y0, y1), max(y0, y1)))


def without_spur(corners: list[tuple[float, float]], steps: list[bytes]) -> list[tuple[float, float]]:
    """The points of a path, less its start where it opens with a line drawn to a closed
    curve that ends where the line did: a line there and back, which fills nothing. cairo
    joins an arc to the point the text before it ended at (`arc` after `show_text`, pycairo's
    bullets drawn as small filled circles): measured from there, a bullet was as wide as
    the heading above it and no list's dot."""
    if len(steps) > 2 and steps[:2] == [b"m", b"l"] and b"c" in steps[2:] \
            and math.dist(corners[1], corners[-1]) <= SPUR_SLACK:
        return corners[1:]
    return corners


SPUR_SLACK = 0.01  # points: a closed curve ends this close to where it began


_PLACING = (b"q", b"Q", b"cm")  # the operators that save, restore or change where the page draws


def _placed(operator: bytes, values: list[float], cm: list[float], saved: list[list[float]]) -> list[float]:
    """Where the page draws (its current transformation matrix) after `q` (saved on `saved`),
    `Q` (restored from it) or `cm` (six `values`): the walks over a content stream that place
    text (`_text_directions`, `cell_moves`) follow it alike."""
    if operator == b"q":
        saved.append(cm)
    elif operator == b"Q" and saved:
        cm = saved.pop()
    elif operator == b"cm" and len(values) == 6:
        cm = _multiplied(values, cm)
    return cm


def _apply(cm: list[float], point: tuple[float, float]) -> tuple[float, float]:
    x, y = point
    return cm[0] * x + cm[2] * y + cm[4], cm[1] * x + cm[3] * y + cm[5]


def page_fragments(page: pypdf.PageObject) -> list[Fragment]:
    """Every non-empty piece of text on the page with its position, size and weight, and
    the vertical rule before it (see `Fragment.rule`). On a page whose text is an invisible
    OCR layer, words misread by the OCR are put right (see `ocr_corrected`). A bordered
    table whose cells one text object draws is read cell by cell (see `cell_moves`). A page
    that draws one form and nothing else (pdfcrop) is read as the form's content (`unwrapped`)."""
    page = unwrapped(page)
    fragments, drawing = _visited(page, measured=True)
    across = _across_rules(fragments, drawing.rules)
    moves = cell_moves(page, drawing.rules) if drawing.along or across else []
    if drawing.close:
        moves = sorted({*moves, *line_moves(page)})
    struck = bool(drawing.glyphs.strikes or drawing.glyphs.redrawn)
    rtl = any(right_to_left(fragment.text) for fragment in fragments)  # its words cut apart (`_measured_jumps`)
    if moves or drawing.respace or struck or across or rtl:
        fragments, drawing = _visited(_rewritten(page, moves, struck, drawing.rules))
    fragments = drawn_bullets(fragments, drawing.dots)
    if drawing.rules:
        fragments = [replace(fragment, rule=_rule_before(fragment, drawing.rules)) for fragment in fragments]
    boxes = set(text_boxes(drawing.boxes, page))
    if drawing.boxes:
        fragments = [fragment if fragment.box in boxes else replace(fragment, box=None) for fragment in fragments]
    total = sum(drawing.chars.values())
    _, bottom, _, top = displayed_box(page)
    if stacked(fragments, bottom, top):  # a word-per-object OCR layer stacked off the page (hocr2pdf)
        fragments = restacked(fragments, top)
    if total and drawing.chars[INVISIBLE] >= OCR_SHARE * total or any(fragment.ocr for fragment in fragments):
        fragments = [replace(fragment, text=ocr_corrected(fragment.text), ocr=True) for fragment in fragments]
    return fragments


def text_boxes(shapes: list[tuple[float, float, float, float]],
               page: pypdf.PageObject) -> list[tuple[float, float, float, float]]:
    """The painted shapes that may frame text (a filled or bordered box: "Let op!"), less
    those as large as the page (its background), those longer than the page (`PAGE_BLEED`:
    a web page's element printed whole and cut to each page, as calibre's and a browser's
    PDFs draw the body's column, 7,000 points tall, on every page) and those that are a
    table's cells, which stand edge to edge with another shape (a box stands on its own).
    A box frames the text drawn after it, on top of its fill (see `_visited`): a banner
    painted over text already drawn (a web page's cookie bar printed over its last line)
    frames none of it. A page that
    paints more than `MAX_BOX_SHAPES` such shapes is a drawing (a chart, a map), no layout of
    boxes, and frames none; the shapes are compared along a sweep from left to right, each
    only with those that reach its left edge, not each with all."""
    left, bottom, right, top = displayed_box(page)
    width, height = right - left, top - bottom
    shapes = [shape for shape in dict.fromkeys(shapes)
              if (shape[2] - shape[0] < PAGE_SHARE * width or shape[3] - shape[1] < PAGE_SHARE * height)
              and shape[2] - shape[0] <= PAGE_BLEED * width and shape[3] - shape[1] <= PAGE_BLEED * height]
    if len(shapes) > MAX_BOX_SHAPES:
        return []
    touched = _touched(shapes)
    return [shape for shape in shapes if shape not in touched]


def _touched(shapes: list[tuple[float, float, float, float]]) -> set[tuple[float, float, float, float]]:
    """The shapes that touch another (see `_touching`), found by a sweep over their left edges."""
    ordered = sorted(shapes)
    touched: set[tuple[float, float, float, float]] = set()
    for position, shape in enumerate(ordered):
        for other in ordered[position + 1:]:
            if other[0] > shape[2] + 1:  # this one and all after it start right of this shape
                break
            if _touching(shape, other):
                touched.update((shape, other))
    return touched


def _touching(one: tuple[float, float, float, float], other: tuple[float, float, float, float]) -> bool:
    """Whether two shapes share (part of) an edge, as a table's cells do; one inside the
    other (a box's fill and its border, a little larger) does not count."""
    inside = all(abs(a - b) <= 3 for a, b in zip(one, other)) or (
        other[0] <= one[0] and other[1] <= one[1] and other[2] >= one[2] and other[3] >= one[3]) or (
        one[0] <= other[0] and one[1] <= other[1] and one[2] >= other[2] and one[3] >= other[3])
    if inside:
        return False
    overlap_x = min(one[2], other[2]) - max(one[0], other[0])
    overlap_y = min(one[3], other[3]) - max(one[1], other[1])
    return overlap_x >= -1 and overlap_y >= -1


def box_around(piece: Fragment | PdfLine,
               boxes: list[tuple[float, float, float, float]]) -> tuple[float, float, float, float] | None:
    """The smallest box that holds the start of a piece of text (or a line) on its baseline, or None."""
    around = [box for box in boxes if box[0] <= piece.x <= box[2] and box[1] <= piece.y <= box[3]]
    return min(around, key=lambda box: (box[2] - box[0]) * (box[3] - box[1]), default=None)


def displayed(page: pypdf.PageObject) -> list[float]:
    """The matrix that takes the page's own coordinates to the page as a viewer shows it,
    turned by its `/Rotate`, its lower left corner at the origin; none (the identity) on a
    page that is not turned.

    a2ps prints two pages of text side by side on a sheet turned a quarter: each line runs up
    the page and the next stands to its right. Read in the page's own coordinates, every line
    started at the same height and all ran together ("in denek worden"); read as shown, lines
    are lines, the head of the page is at its top and its foot at its bottom. A page turned
    while its text runs across it as shown (a portrait page turned by mistake) is read as its
    text runs (see `_turned`)."""
    turn = _turned(page)
    box = page.mediabox
    left, bottom, right, top = (float(box.left), float(box.bottom), float(box.right), float(box.top)) \
        if box else (0.0, 0.0, 595.0, 842.0)
    return {90: [0.0, -1.0, 1.0, 0.0, -bottom, right],
            180: [-1.0, 0.0, 0.0, -1.0, right, top],
            270: [0.0, 1.0, -1.0, 0.0, top, -left]}.get(turn, [1.0, 0.0, 0.0, 1.0, 0.0, 0.0])


def displayed_box(page: pypdf.PageObject) -> tuple[float, float, float, float]:
    """The page as shown (left, bottom, right, top) in the coordinates `displayed` gives:
    its media box, or, on a turned page, a box from the origin, wide and high as shown."""
    box = page.mediabox
    left, bottom, right, top = (float(box.left), float(box.bottom), float(box.right), float(box.top)) \
        if box else (0.0, 0.0, 595.0, 842.0)
    turn = _turned(page)
    if turn == 0:
        return left, bottom, right, top
    width, height = right - left, top - bottom
    return (0.0, 0.0, height, width) if turn in (90, 270) else (0.0, 0.0, width, height)


def _turned(page: pypdf.PageObject) -> int:
    """The page's turn (its `/Rotate`: 0, 90, 180 or 270 degrees), where most text its content
    stream and its forms show runs across the page as shown, or it shows none; else, on a
    turned page, the turn its text runs across in: text that runs along the unturned page is
    read as it runs (0), and so is text set sideways on a page turned the other way. groff
    sets a landscape page's text up the page and turns it a quarter (`/Rotate 90`); pypdf's
    `rotate(90)` turned it on to 180, and read unturned, a table's rows all started at one
    height and ran together with its heading ("kousPeriode AdviesEerste dagen"). An unturned
    page whose text runs upside down is read turned (180): pdfbook2 turns every other side of
    a booklet's sheets (print order "4|1" upside down) for printing on both sides, and read
    as drawn, each line ran from right to left and the cover's lines stood in reverse. An
    unturned page whose text runs up or down it is read turned so too: psnup sets two pages
    side by side on a sheet, turned a quarter (`0 1 -1 0 x y Tm`) without a `/Rotate`, and
    read unturned, every line began at one height and its end ran into the next line's start
    ("rand vanhet zwembad"), the two pages' halves unseen. Only a page that sets a matrix
    turning it (`_TURNING`) is looked at so, as it costs a second reading of its content; the
    answer is kept on the page, which reading asks it of several times (`_turn_of`)."""
    known = page.__dict__.get(_TURN_KEY)
    if known is None:
        known = page.__dict__[_TURN_KEY] = _turn_of(page)
    return known


_TURN_KEY = "_leaflets_turn"  # where `_turned` keeps a page's turn: the page is read, never changed


def _turn_of(page: pypdf.PageObject) -> int:
    """The page's turn, as `_turned` says it, found afresh."""
    try:
        turn = int(page.rotation) % 360
    except (AttributeError, TypeError, ValueError):  # no page's /Rotate, or not a number
        return 0
    if turn not in (90, 180, 270):
        contents = page.get_contents()
        if contents is None or not _TURNING.search(contents.get_data()):
            return 0
        directions = _text_directions(page)
        return directions.most_common(1)[0][0] if directions else 0
    directions = _text_directions(page)
    return directions.most_common(1)[0][0] if directions else turn


# A matrix (`cm`, `Tm`) that turns what follows it upside down ("-1 0 0 -1 0 0 cm") or a
# quarter ("0 1 -1 0 84 63 Tm"): its first and fourth numbers are negative or zero.
_TURNING = re.compile(rb"(?<![\w.])(?:-[\d.]+|-?0*\.?0+)\s+-?[\d.]+\s+-?[\d.]+\s+(?:-[\d.]+|-?0*\.?0+)\s+"
                      rb"-?[\d.]+\s+-?[\d.]+\s+(?:cm|Tm)\b")




def _form_matrix(form: pypdf.generic.DictionaryObject) -> list[float]:
    """The `/Matrix` that maps a form's space into the space it is drawn in (identity if none)."""
    matrix = [_number(value) for value in form.get("/Matrix", _IDENTITY)]
    return matrix if len(matrix) == 6 else _IDENTITY


def _text_directions(page: pypdf.PageObject) -> Counter:
    """How many times the page shows text in each direction (degrees counter-clockwise from
    the page's own x axis, to the nearest quarter), as its `cm` and `Tm` set it, in its
    content stream and in the forms it draws (`Do`), each placed by its `/Matrix` and `cm`."""
    directions: Counter = Counter()

    def count(owner, content, placed: list[float], depth: int) -> None:
        try:
            operations = pypdf.generic.ContentStream(content, page.pdf, "bytes").operations
        except Exception:  # an unreadable stream: `page_fragments` reports what pypdf makes of it
            return
        resources = owner.get("/Resources")
        resources = resources.get_object() if resources is not None else None
        cm, saved, line = placed, [], _IDENTITY
        for operands, operator in operations:
            values = [_number(value) for value in operands] if operator in (b"cm", b"Tm") else []
            if operator in _PLACING:
                cm = _placed(operator, values, cm, saved)
            elif operator == b"Tm" and len(values) == 6:
                line = values
            elif operator == b"BT":
                line = _IDENTITY
            elif operator in _SHOWN:
                matrix = _multiplied(line, cm)
                if matrix[0] or matrix[1]:
                    directions[round(math.degrees(math.atan2(matrix[1], matrix[0])) / 90) % 4 * 90] += 1
            elif operator == b"Do" and operands and depth < MAX_FORM_DEPTH and resources is not None:
                try:
                    form = resources["/XObject"].get_object()[operands[0]].get_object()
                    if form.get("/Subtype") != "/Form":
                        continue
                    count(form if "/Resources" in form else owner, form, _multiplied(_form_matrix(form), cm), depth + 1)
                except (KeyError, AttributeError, TypeError):
                    continue

    contents = page.get_contents()
    if contents is not None:
        count(page, contents, _IDENTITY, 0)
    return directions


SLANT_DEGREES = 10  # text turned further than this from across or along the page runs aslant


def slanted(matrix: list[float]) -> bool:
    """Whether text drawn with this matrix runs aslant over the page, neither across nor along
    it (a quarter turn from either is text set sideways, a table's header or a spine): a
    watermark ("CONCEPT" at 45 degrees over a stamped folder, red team 17), no line of the
    text. Read, it was the leaflet's largest type: its first heading, over the title."""
    if not (matrix[0] or matrix[1]):
        return False
    angle = math.degrees(math.atan2(matrix[1], matrix[0])) % 90
    return SLANT_DEGREES < angle < 90 - SLANT_DEGREES


def _height(matrix: list[float]) -> float:
    """How much a matrix stretches the height of a glyph (its second row's length)."""
    return math.hypot(matrix[2], matrix[3])


def _across_rules(fragments: list[Fragment], rules: list[tuple[float, float, float]]) -> bool:
    """Whether a piece of text runs across a vertical rule drawn at its height: a table row
    one text object drew, which `cell_moves` takes apart. Only then is the page's content
    read a second time (most ruled pages hold each cell in a piece of its own)."""
    return any(f.x + CELL_PADDING < x < f.end - CELL_PADDING and bottom - 1 <= f.y <= top + 1
               for f in fragments for x, bottom, top in rules)


def _visited(page: pypdf.PageObject, measured: bool = False) -> tuple[list[Fragment], _Drawing]:
    """The pieces of text pypdf's visitor reports, and what the page draws besides; `measured`:
    where its glyphs stand too (`_Drawing.glyphs`). A piece that begins with a glyph drawn
    over the last one (a cut `_rewritten` marked) goes on in the piece before it, the two
    glyphs as one character, and so does the next piece where the word they make goes on
    (see `overstruck_text`)."""
    fragments: list[Fragment] = []
    drawing = _Drawing([], chars=Counter(), simple=_simple_fonts(page), advance=_Advance(page),
                       glyphs=Glyphs(glyph_widths(page)) if measured else None)
    shown = displayed(page)
    forms = _Forms(page)

    def visit(text: str, cm: list[float], tm: list[float], font: dict | None, size: float) -> None:
        drawing.chars[drawing.mode] += len(text.strip())
        cm = _multiplied(_multiplied(cm, forms.placed), shown)
        if slanted(_multiplied(tm, cm)):
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scaled = round(size * (abs(tm[3] * cm[3]) or _height(_multiplied(tm, cm)) or 1.0), 1)
        name = str((font or {}).get("/BaseFont", "")).lower()
        bold = any(word in name for word in ("bold", "black", "heavy"))
        encoding = (font or {}).get("/Encoding")
        encoding = encoding.get_object() if isinstance(encoding, pypdf.generic.IndirectObject) else encoding
        for number, piece in enumerate(readable(text, name, encoding).split("\n")):
            if piece.strip() == "o" and "courier" in name:  # Word's "o" sub-bullet
                piece = "◦ "
            if piece.strip() and fragments and (drawing.over or drawing.glue and _goes_on(fragments[-1], x, y)):
                if drawing.over:
                    text, drawing.glue = overstruck_text(fragments[-1].text, piece, drawing.over == WORD_GOES_ON)
                else:
                    text, drawing.glue = fragments[-1].text + piece.lstrip(), False
                fragments[-1], drawing.over = replace(fragments[-1], text=text), None
            elif piece.strip():
                drawing.over, drawing.glue = None, False
                fragment = Fragment(unjustified(piece), x, y - number * scaled * 1.2, scaled, bold)
                fragments.append(replace(fragment, box=box_around(fragment, drawing.boxes)) if drawing.boxes
                                 else fragment)
            elif piece and not number and fragments and _space_after(fragments[-1], x, y):
                fragments[-1] = replace(fragments[-1], text=fragments[-1].text + " ")

    def operation(operator: bytes, operands: list, cm: list[float], tm: list[float]) -> None:
        forms.before(operator, operands, cm)
        drawing.visit(operator, operands, _multiplied(_multiplied(cm, forms.placed), shown), tm)

    def after(operator: bytes, operands: list, cm: list[float], tm: list[float]) -> None:
        forms.after(operator)

    page.extract_text(visitor_text=visit, visitor_operand_before=operation, visitor_operand_after=after)
    return raised_numbers(words_joined(placed_again(fragments))), drawing


class _Forms:
    """Where the form XObjects a page draws (`Do`) put what they draw on the page.

    pypdf reads a form's content on its own, from the identity matrix: what a form draws came
    at the place it has in the form, not where the page sets the form. pdfpages (pdfjam,
    pdfbook2) sets each page of a booklet as a form on half a landscape sheet, moved and turned
    there; both halves read as drawn over one another at one place, and their lines ran into
    each other ("Ruimte voor uw vragen" over the first page's text). Each form's placement
    (its `/Matrix`, times the `cm` it is drawn with, times its own form's) is kept from its
    `Do` to the first operator drawn inside it (the text pypdf hands over at the `Do` is still
    the page's) and dropped after it."""

    def __init__(self, page: pypdf.PageObject) -> None:
        self.stack: list[tuple[list[float], object]] = [(_IDENTITY, page.get("/Resources"))]
        self.pending: tuple[list[float], object] | None = None  # a form begun, none of its operators seen
        self.depths: list[int] = []  # the stack's height at each `Do` not yet over

    @property
    def placed(self) -> list[float]:
        """The matrix from the space of what is drawn now to the page's."""
        return self.stack[-1][0]

    def before(self, operator: bytes, operands: list, cm: list[float]) -> None:
        """Before an operator: a form begun is entered; a `Do` begins a form (or draws an image)."""
        if self.pending is not None:
            self.stack.append(self.pending)
            self.pending = None
        if operator == b"Do" and operands:
            self.depths.append(len(self.stack))
            form = self._form(operands[0])
            if form is not None:
                self.pending = (_multiplied(_multiplied(_form_matrix(form), cm), self.placed),
                                form.get("/Resources") or self.stack[-1][1])

    def after(self, operator: bytes) -> None:
        """After an operator: a `Do` is over, and whatever it drew, even a form pypdf gave up on."""
        if operator == b"Do" and self.depths:
            del self.stack[max(1, self.depths.pop()):]
            self.pending = None

    def _form(self, name: object) -> pypdf.generic.DictionaryObject | None:
        try:
            form = self.stack[-1][1].get_object()["/XObject"].get_object()[name].get_object()
        except (KeyError, AttributeError, TypeError):
            return None
        return form if form.get("/Subtype") == "/Form" else None


def _goes_on(fragment: Fragment, x: float, y: float) -> bool:
    """Whether a piece at (x, y) goes on along the line of `fragment`, right of its start."""
    return abs(fragment.y - y) <= 0.5 * fragment.size and x > fragment.x


def _space_after(fragment: Fragment, x: float, y: float) -> bool:
    """Whether a space drawn at (x, y) on its own stands after `fragment`, on its baseline and
    right of its start, which does not end in one already. borb draws each word and each space
    between them as a piece of its own: the space, no text to keep, was dropped, and where the
    guessed widths of the word before it ran past the next word ("pijnlijk," in narrow
    letters) nothing set the two apart ("pijnlijk,en"). Kept at the word's end, it does."""
    return abs(fragment.y - y) <= 0.1 * fragment.size and x > fragment.x and not fragment.text[-1:].isspace()


def drawn_bullets(fragments: list[Fragment], dots: list[tuple[float, float, float, float]]) -> list[Fragment]:
    """The pieces, a bullet ("•") added before each line that a small filled shape marks.

    A browser printing a web page (wkhtmltopdf) draws a list's bullets as dots, not as
    characters: without them the items ran into one paragraph ("uw tenen blauw worden; uw
    kuit dik wordt; ..."). A dot marks the piece that starts a line just right of it (within
    `MAX_MARK_EMS`), no wider or taller than half that piece's letters, and standing beside
    them, between its baseline and its letters' tops; nothing else on that line stands between
    them or before the dot (a dot inside a line is no bullet), and the piece does not open with
    a bullet of its own. A dot is about as wide as it is tall and stands alone: shapes side by
    side are a drawing (a logo's letters drawn as outlines), and a page of very many small
    shapes is a chart or outlined text, not a list. A list's dots stand one above the other, and
    its items are set as the page's text: a lone dot before a line set larger (by `HEADING_SIZE_RATIO`)
    or bolder than the page's body text is an ornament (a designer's dot before "Wat is hielspoor?")."""
    if len(dots) > MAX_DOTS:
        return fragments
    marked: list[tuple[float, Fragment]] = []  # each dot that marks a piece: its left edge, the piece
    for number, (left, bottom, right, top) in enumerate(dots):
        middle = (bottom + top) / 2
        height = top - bottom
        if not 0.5 <= (right - left) / max(height, 0.01) <= 2 or any(
                other != number and b <= middle <= d and a - right < 3 * height and left - c < 3 * height
                for other, (a, b, c, d) in enumerate(dots)):
            continue  # a shape beside another: a drawing's part
        beside = [f for f in fragments if f.y - 0.1 * f.size <= middle <= f.y + 0.7 * f.size]
        after = [f for f in beside if 0 < f.x - right <= MAX_MARK_EMS * f.size]
        if not after:
            continue
        item = min(after, key=lambda f: f.x)
        if max(right - left, height) > MAX_DOT_EMS * item.size or height < MIN_DOT_EMS * item.size \
                or any(f is not item and f.x < item.x and f.end > left - item.size for f in beside) \
                or _MARKED.match(item.text) or any(f is item for _, f in marked):
            continue
        marked.append((left, item))
    body = _body_style(fragments)
    out = list(fragments)
    for left, item in marked:
        listed = sum(abs(left - other) <= SAME_X for other, _ in marked) >= 2
        if not listed and (item.size > HEADING_SIZE_RATIO * body[0] or item.bold and not body[1]):
            continue
        at = next(index for index, f in enumerate(out) if f is item)
        out.insert(at, Fragment("• ", left, item.y, item.size, item.bold))
    return out


def _body_style(fragments: list[Fragment]) -> tuple[float, bool]:
    """The size and weight most of a page's characters are set in."""
    styles = Counter[tuple[float, bool]]()
    for fragment in fragments:
        styles[fragment.size, fragment.bold] += len(fragment.text.strip())
    return styles.most_common(1)[0][0] if styles else (0.0, False)


# A piece that opens with a list's mark: a bullet, or a dash, star or plus before a space.
_MARKED = re.compile(r"\s*(?:[•●▪◦·‣∙○■□➢►❖✓]|[–*+-](?:\s|$))")
SAME_X = 1.0  # points: the dots of one list stand one above the other


MAX_MARK_EMS = 3.0  # from a bullet to its item's text at most
MAX_DOTS = 300  # small filled shapes on a page at most, for any of them to be a list's bullet
MAX_DOT_EMS = 0.6  # a bullet's width and height at most, in ems of its item's text: an icon is larger
MIN_DOT_EMS = 0.15  # its height at least: a rule under a word is flat


_MOVES = frozenset({b"Tm", b"Td", b"TD", b"T*", b"'", b'"'})


def cell_moves(page: pypdf.PageObject, rules: list[tuple[float, float, float]]) -> list[int]:
    """The positions in the page's content stream of each operator that moves the text on
    along its baseline past a vertical rule: into the next cell of a bordered table.

    WeasyPrint draws a whole table row in one text object, moving to each cell with `Tm`;
    pypdf hands such a row over as one piece, its cells a single space apart ("Dranken
    koffie, thee, wijn bier, moutdranken"), and no gap or rule could tell them apart.
    A move along the baseline that leaves a wide gap (`CELL_GAP_EMS`) after the end of the
    text shown, as its font's widths measure it (`_Advance`), is one too, ruled or not:
    PyMuPDF's Story draws a table without borders so ("lichte jeuk" … "verkoelende lotion")."""
    contents = page.get_contents()
    if contents is None:
        return []
    moves: list[int] = []
    along: list[tuple[int, float, float]] = []  # moves along a baseline past the text shown (see `_moves_to_cells`)
    cm, saved = displayed(page), []
    line = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]  # the text line matrix
    leading, last, previous = 0.0, None, line  # where the text stood after the last move, and its line
    advance = _Advance(page)
    operations = pypdf.generic.ContentStream(contents, page.pdf, "bytes").operations
    for number, (operands, operator) in enumerate(operations):
        if operator in _SHOWN or operator in (b"Tf", b"Tc", b"Tw", b"Tz"):
            advance.follow(operator, operands)
            continue
        try:
            values = [float(value) for value in operands] if operator not in (b"'", b'"') else []
        except (TypeError, ValueError):
            continue
        if operator in _PLACING:
            cm = _placed(operator, values, cm, saved)
        elif operator == b"BT":
            line, last = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0], None
        elif operator == b"TL" and values:
            leading = values[0]
        elif operator in _MOVES:
            if operator == b"Tm" and len(values) == 6:
                line = values
            elif operator in (b"Td", b"TD") and len(values) == 2:
                leading = -values[1] if operator == b"TD" else leading
                line = _multiplied([1.0, 0.0, 0.0, 1.0, *values], line)
            elif operator not in (b"Tm", b"Td", b"TD"):  # T*, ' and ": the next line
                line = _multiplied([1.0, 0.0, 0.0, 1.0, 0.0, -leading], line)
            here = _apply(cm, (line[4], line[5]))
            end = advance.end(previous, cm) if last is not None else None
            if last is not None and abs(here[1] - last[1]) <= 1 and any(
                    last[0] + CELL_PADDING < x <= here[0] and bottom - 1 <= here[1] <= top + 1
                    for x, bottom, top in rules):
                moves.append(number)
            elif last is not None and abs(here[1] - last[1]) <= 1 and end is not None and here[0] > end:
                along.append((number, here[0], (here[0] - end) / (advance.em(cm, previous) or 1.0)))
            last, previous = here, line
            advance.moved()
            if operator in (b"'", b'"'):
                advance.follow(operator, operands)
    return sorted(moves + _moves_to_cells(along))


def line_moves(page: pypdf.PageObject) -> list[int]:
    """The positions in the page's content stream of each operator that moves the text on to
    a line set closer than its font's size (`_Pen.close_line`).

    pypdf reads a move to another baseline as a new line only where it goes down most of the
    font's size; a title set in 20 points on a leading of 13 (a hand-written PostScript program
    that keeps one leading for every size) came as one line, "Aangezichtsverlamming (Bell's
    palsy)", whose guessed width ran across the gutter beside it and cut the page's columns
    there (see `columns.reading_regions`), and its second line was lost from the title. Cut at
    such a move, each line is a piece of its own at its own height."""
    contents = page.get_contents()
    if contents is None:
        return []
    pen, font, moves = _Pen(), None, []
    for number, (operands, operator) in enumerate(pypdf.generic.ContentStream(contents, page.pdf, "bytes").operations):
        shown_at = pen.shown_at
        pen.follow(operator, operands)
        if operator == b"Tf" and len(operands) == 2:
            font = _font_set(operands)
        elif operator in _MOVES and font and pen.close_line(shown_at, font[1]):
            moves.append(number)
    return moves


CELL_GAP_EMS = 3.0  # blank after a line's text that sets the next piece apart as a cell (`lines.WIDE_GAP`)
MIN_CELL_GAP_EMS = 0.1  # blank, at least, before a cell whose column a wider gap found: text is not shown over
COLUMN_SLACK = 0.5  # points between two moves to one column


def _moves_to_cells(along: list[tuple[int, float, float]]) -> list[int]:
    """Of the moves along a baseline (operator, x moved to, blank left in ems), those into a
    table's next cell: one that leaves a wide gap (`CELL_GAP_EMS`), and one to the x where
    such a move went that leaves any gap at all (the column's widest cell, `MIN_CELL_GAP_EMS`:
    "slecht slapen door jeuk" stands a cell's padding before "cetirizine")."""
    columns = [x for _, x, gap in along if gap > CELL_GAP_EMS]
    return [number for number, x, gap in along if gap > CELL_GAP_EMS or gap > MIN_CELL_GAP_EMS
            and any(abs(x - column) <= COLUMN_SLACK for column in columns)]


class _Advance:
    """How far the text shown since the last move carried the pen, in text space, as the
    fonts' widths (`/Widths`, a composite font's `/W`) measure it; unknown (None) where a
    font states none (the standard fonts) or a string is not a plain one."""

    def __init__(self, page: pypdf.PageObject,
                 fonts: dict[str, tuple[int, dict[int, float], float]] | None = None) -> None:
        self.fonts = _font_widths(page) if fonts is None else fonts
        self.font: tuple[int, dict[int, float], float] | None = None  # code bytes, widths, default width
        self.size, self.char_spacing, self.word_spacing, self.scale = 0.0, 0.0, 0.0, 1.0
        self.shown: float | None = 0.0

    def follow(self, operator: bytes, operands: list) -> None:
        """The state after one text operator: a font or spacing set, or text shown."""
        if operator == b"Tf" and len(operands) == 2:
            self.font, self.size = self.fonts.get(str(operands[0])), _number(operands[1])
        elif operator == b"Tc" and operands:
            self.char_spacing = _number(operands[0])
        elif operator == b"Tw" and operands:
            self.word_spacing = _number(operands[0])
        elif operator == b"Tz" and operands:
            self.scale = _number(operands[0]) / 100
        elif operator in _SHOWN and operands:
            shown = operands[-1] if operator != b"TJ" else operands[0]
            parts = shown if isinstance(shown, list) else [shown]
            width = self._width(parts)
            self.shown = None if width is None or self.shown is None else self.shown + width

    def _width(self, parts: list) -> float | None:
        if self.font is None:
            return None
        size, widths, default = self.font
        total = 0.0
        for part in parts:
            if isinstance(part, (int, float)):
                total -= float(part) / 1000 * self.size
                continue
            if not isinstance(part, bytes):
                part = getattr(part, "original_bytes", None)
                if not isinstance(part, bytes):
                    return None
            codes = [int.from_bytes(part[at:at + size], "big") for at in range(0, len(part), size)]
            total += sum(widths.get(code, default) / 1000 * self.size + self.char_spacing for code in codes)
            total += self.word_spacing * part.count(b" ") if size == 1 else 0.0
        return total * self.scale

    def moved(self) -> None:
        self.shown = 0.0

    def end(self, line: list[float], cm: list[float]) -> float | None:
        """Where (x on the page) the text shown since the move to `line` ends, or None."""
        return None if self.shown is None else _apply(cm, _apply(line, (self.shown, 0.0)))[0]

    def em(self, cm: list[float], line: list[float]) -> float:
        """The font's size on the page."""
        return self.size * math.hypot(line[0], line[1]) * math.hypot(cm[0], cm[1])


def _font_widths(page: pypdf.PageObject) -> dict[str, tuple[int, dict[int, float], float]]:
    """Each of the page's fonts that states its glyphs' widths: its code length in bytes, the
    widths by code (thousandths of an em) and the width of a code they leave out."""
    out: dict[str, tuple[int, dict[int, float], float]] = {}
    try:
        fonts = page["/Resources"].get_object()["/Font"].get_object()
    except (KeyError, AttributeError, TypeError):
        return out
    for name, font in fonts.items():
        try:
            font = font.get_object()
            if font.get("/Subtype") == "/Type0":
                descendant = font["/DescendantFonts"].get_object()[0].get_object()
                out[str(name)] = (2, _cid_widths(descendant.get("/W")), float(descendant.get("/DW", 1000)))
            elif "/Widths" in font:
                first = int(font.get("/FirstChar", 0))
                widths = {first + at: float(w) for at, w in enumerate(font["/Widths"].get_object())}
                missing = font.get("/FontDescriptor")
                missing = float(missing.get_object().get("/MissingWidth", 0)) if missing is not None else 0.0
                out[str(name)] = (1, widths, missing)
        except (KeyError, AttributeError, TypeError, ValueError, IndexError):
            continue
    return out


def glyph_widths(page: pypdf.PageObject) -> dict[str, tuple[int, dict[int, float], float]]:
    """The widths of the page's fonts in thousandths of an em (see `_font_widths`): a Type 3
    font's, which its `/FontMatrix` scales (dvips's bitmap fonts: 91 units an em), scaled so;
    and its standard fonts' that state none (Times-Roman, Helvetica: a reader knows them), as
    pypdf knows them."""
    widths = _font_widths(page)
    try:
        fonts = page["/Resources"].get_object()["/Font"].get_object()
    except (KeyError, AttributeError, TypeError):
        return widths
    for name, font in fonts.items():
        font, name = font.get_object(), str(name)
        if name in widths and font.get("/Subtype") == "/Type3":
            try:
                scale = 1000 * float(font["/FontMatrix"][0])
            except (KeyError, IndexError, TypeError, ValueError):
                scale = 0.0
            size, known, default = widths.pop(name)
            if scale > 0:
                widths[name] = (size, {code: width * scale for code, width in known.items()}, default * scale)
        elif name not in widths:
            standard = _standard_widths(font)
            if standard:
                widths[name] = (1, standard, standard.get(32, 0.0))
    return widths


def _standard_widths(font: pypdf.generic.DictionaryObject) -> dict[int, float]:
    """A standard font's widths by code, from the metrics pypdf carries (not public; a pypdf
    without them leaves such a font unmeasured), or none for any other font."""
    if font.get("/Subtype") != "/Type1" or "/Widths" in font:
        return {}
    try:
        from pypdf.generic._font import Font  # noqa: PLC0415
        widths = Font.from_font_resource(font).character_widths
    except Exception:  # an older pypdf, or a font it cannot read
        return {}
    return {ord(key): float(value) for key, value in widths.items() if len(key) == 1}


def _cid_widths(array: object) -> dict[int, float]:
    """A composite font's `/W` array as widths by code: `c [w1 w2 ...]` or `first last w`."""
    values = list(array.get_object()) if array is not None else []
    widths: dict[int, float] = {}
    at = 0
    while at + 1 < len(values):
        first, then = int(values[at]), values[at + 1].get_object() if hasattr(values[at + 1], "get_object") \
            else values[at + 1]
        if isinstance(then, list):
            widths.update({first + n: float(w) for n, w in enumerate(then)})
            at += 2
        elif at + 2 < len(values):
            widths.update({code: float(values[at + 2]) for code in range(first, int(then) + 1)
                           if code - first < 65536})
            at += 3
        else:
            break
    return widths


def _rewritten(page: pypdf.PageObject, moves: list[int], struck: bool = False,
               rules: list[tuple[float, float, float]] | None = None) -> pypdf.PageObject:
    """A copy of the page whose content stream ends the piece of text pypdf is gathering
    before each of `moves`: an identity `cm` there makes pypdf hand over what it has; with
    `struck`, before each glyph drawn over the glyph before it too, marked (see `cut`), and
    without the text drawn again where it was drawn (see `drawn_once`); its
    text spaced as pypdf can measure it (see `_respaced`), each `TJ` cut where a kern jumps or
    crosses one of the page's vertical `rules` (see `_jumps_apart`)."""
    stream = pypdf.generic.ContentStream(page.get_contents(), page.pdf, "bytes")  # as pypdf reads text
    identity = [pypdf.generic.FloatObject(value) for value in (1, 0, 0, 1, 0, 0)]
    cuts = set(moves)
    strikes: dict[int, dict[int, bool]] = {}
    redrawn: set[int] = set()
    if struck:
        glyphs = Glyphs(glyph_widths(page))
        for number, (operands, operator) in enumerate(stream.operations):
            glyphs.follow(operator, operands, number)
        glyphs.close()
        redrawn = glyphs.redrawn
        for number, item, goes_on in glyphs.strikes:
            strikes.setdefault(number, {})[item] = bool(goes_on)
    operations = []
    left_out = drawn_once(stream.operations, redrawn)
    for number, operation in enumerate(stream.operations):
        if number in cuts:
            operations.append((identity, b"cm"))
        if number in left_out:
            continue
        operations.extend(cut(operation, strikes[number]) if number in strikes else [operation])
    fonts = rtl_fonts(page) if any(operator == b"TJ" for _, operator in operations) else {}
    jumps = _jumps_apart(operations, _Advance(page, glyph_widths(page)), rules, displayed(page), fonts)
    stream.operations = _respaced(jumps, _simple_fonts(page), glyph_widths(page))
    copy = pypdf.PageObject(page.pdf)
    copy.update(page)
    copy[pypdf.generic.NameObject("/Contents")] = stream
    return copy


def _respaced(operations: list, simple: set[str],
              widths: dict[str, tuple[int, dict[int, float], float]] | None = None) -> list:
    """The operations, drawing the same, with nothing pypdf misreads as a gap between words.

    pypdf hands over the text it gathered at every `Tf`, even one that sets the font and size
    already set: Scribus sets its font again before each glyph at a fractional size (10.5
    pt), each glyph came as a piece of its own and the page read "D a a r n a a s t". Such a
    `Tf`, before text shown a glyph's step on (see `_Pen.glyph_step`), is left out, and
    pypdf measures the gaps between the glyphs as on any other line. One further on is kept:
    it is all that cuts a table's row that one text object draws into its cells, as pypdf
    reads a move along the baseline, however far, as a single space.
    pypdf leaves word spacing (`Tw`) out of a string's width, so a justified line that goes
    on after a move (groff ends its string at each kerning pair and moves on with `Td`) seemed
    to leave a gap there ("v eel", "zilv ernitraat"). Word spacing widens each single-byte
    space of a simple font's string, so it is written as the same shift after each space,
    which pypdf counts (a composite font's two-byte codes take none).
    A `TJ` that kerns its letters closer and sets its words apart by kerns alone (see
    `_word_gaps`) has each word's gap split so that pypdf reads a space there.
    Character spacing (`Tc`) that sets glyphs a word's gap apart, or closes up a space glyph,
    is read as it shows (`_character_gaps`)."""
    out = []
    font, spacing, saved, pen = None, 0.0, [], _Pen()
    characters = 0.0  # the character spacing (`Tc`) in force
    again = None  # a `Tf` setting the font again since text was last shown: kept or left out at the next
    for operands, operator in operations:
        pen.follow(operator, operands)
        if operator in _SHOWN and again is not None:
            if not pen.glyph_step(font[1]):
                out.append(again)
            again = None
        if operator in (b"q", b"Q"):
            again = None  # the font it set again is the font already set: leaving it out changes nothing
        if operator == b"q":
            saved.append((font, spacing, characters))
        elif operator == b"Q" and saved:
            font, spacing, characters = saved.pop()
        elif operator == b"Tc" and operands:
            characters = _number(operands[0])
        elif operator == b"Tf" and len(operands) == 2:
            if _font_set(operands) == font and pen.shown_at is not None:
                again = (operands, operator)
                continue
            font, again = _font_set(operands), None
        elif operator == b"Tw" and operands:
            spacing = _number(operands[0])
            continue
        elif operator == b'"' and len(operands) == 3:
            spacing, characters = _number(operands[0]), _number(operands[1])
            out.append(([operands[1]], b"Tc"))
            operands, operator = operands[2:], b"'"
        if operator in _SHOWN and operands and characters and font and font[0] in simple and font[1] \
                and font[0] in (widths or {}):
            if operator == b"'":
                out.append(([], b"T*"))
            items = operands[0] if operator == b"TJ" else [operands[0]]
            operands, operator = [pypdf.generic.ArrayObject(
                _character_gaps(items, 1000 * characters / font[1], 1000 * spacing / font[1], widths[font[0]]))], b"TJ"
        if operator in _SHOWN and operands and spacing and font and font[0] in simple and font[1]:
            if operator == b"'":
                out.append(([], b"T*"))
            items = operands[0] if operator == b"TJ" else [operands[0]]
            operands, operator = [pypdf.generic.ArrayObject(_with_word_shifts(items, -1000 * spacing / font[1]))], b"TJ"
        if operator == b"TJ" and operands and font:
            operands = [pypdf.generic.ArrayObject(_word_gaps(operands[0], 1 if font[0] in simple else 2))]
        out.append((operands, operator))
    return out


MIN_SPACE_EMS = 0.1  # a space glyph that moves the pen on less than this (ems) leaves no gap


def _character_gaps(items: list, characters: float, spacing: float,
                    widths: tuple[int, dict[int, float], float]) -> list:
    """A simple font's `TJ` array's items drawn under character spacing `characters` and word
    spacing `spacing` (thousandths of an em), so that pypdf reads a space where one shows and
    none where none does, drawing the same. Ghostscript writes groff's kerning and word gaps
    (pdfroff) as character spacing over a few glyphs: "(TH)" at 0.25 em apart, "(.B)" after a
    sentence, "(WA T)" closed up by -0.12 em, its space glyph by word spacing too. pypdf reads
    a string's glyphs as they stand in it: "ONTSTAATHET", "middenoor.Bij", "WA T IS". Between
    two glyphs that stand `WORD_GAP` or more apart a kern pypdf reads as a space is put
    (`_SPACE_MARK`, taken back at once); a space glyph whose step is less than `MIN_SPACE_EMS`
    becomes a kern as wide as its step."""
    _, known, default = widths
    space = known.get(32, default)
    out: list = []
    gap = None  # the blank after the last glyph shown, in thousandths of an em; None before the first
    for item in items:
        if not isinstance(item, (bytes, str)) or isinstance(item, pypdf.generic.NameObject):
            out.append(item)
            if gap is not None:
                gap -= _number(item)
            continue
        run = b""
        for code in _raw(item):
            if code == 32 and space + characters + spacing < 1000 * MIN_SPACE_EMS:
                if run:
                    out.append(pypdf.generic.ByteStringObject(run))
                    run = b""
                out.append(pypdf.generic.FloatObject(-(space + characters + spacing)))
                gap = (gap or 0.0) + space + characters + spacing
                continue
            if gap is not None and gap >= WORD_GAP and code != 32 and not run.endswith(b" "):
                if run:
                    out.append(pypdf.generic.ByteStringObject(run))
                    run = b""
                out.extend([pypdf.generic.FloatObject(-_SPACE_MARK), pypdf.generic.FloatObject(_SPACE_MARK)])
            run += bytes([code])
            gap = characters + (spacing if code == 32 else 0.0)
        if run:
            out.append(pypdf.generic.ByteStringObject(run))
    return out


JUMP_EMS = CELL_GAP_EMS  # a kern that moves the pen on this far (ems) jumps to another cell
JUMP_BACK_EMS = 1.5  # one that moves it back this far goes back to draw what stands before (a bullet)
_LINE_RELATIVE = frozenset({b"T*", b"Td", b"TD", b"'", b'"'})  # moves from the line's start, not the pen's


def _jump(item: object) -> bool:
    """Whether a `TJ` array's item is a kern that jumps (`JUMP_EMS`, `JUMP_BACK_EMS`)."""
    if isinstance(item, (bytes, str)):
        return False
    kern = _number(item)
    return kern <= -1000 * JUMP_EMS or kern >= 1000 * JUMP_BACK_EMS


def _jumps_apart(operations: list, advance: _Advance, rules: list[tuple[float, float, float]] | None = None,
                 shown: list[float] = _IDENTITY, fonts: dict | None = None) -> list:
    """The operations, each `TJ` cut where a kern jumps, the text after it set where the jump
    put it (`Td` from the line's start by the width shown, as the fonts measure it).

    Ghostscript writes a line whose pieces iText placed apart as one `TJ` with positioning
    jumps in it: a table row's cells ("Behandeling" -18749 "Vergoeding uit basisverzekering")
    and a list item drawn before its bullet ("... pijnlijk wordt;" 21450 "•"). pypdf reads
    any kern as at most a space and places the whole at its start: the cells ran together and
    the bullet stood after its item. A jump back is always cut, and so is a kern over a table's
    rule (`rules`, on the page as `shown`); a jump on only where another line's jump lands at
    the same x (`_cuts`): a table's column. A justified title's one wide
    gap ("Operatie" ... "bij", mPDF) is no cell. The line's start is set back (`Td`) before the
    next move that counts from it; a `TJ` whose widths no font states is left as it is. A
    right-to-left `TJ` is cut at each word's kern too (see `ingest.pdf.bidi`), each piece
    ending in a kern pypdf reads as the word's space."""
    jumps = _measured_jumps(operations, advance, rules, shown, fonts)
    cuts = _cuts(jumps)
    out: list = []
    back = 0.0  # how far the line's start was moved on, to be set back before a move that counts from it
    identity = [pypdf.generic.FloatObject(value) for value in (1, 0, 0, 1, 0, 0)]
    for number, (operands, operator) in enumerate(operations):
        if back and operator in _LINE_RELATIVE:
            out.append(([pypdf.generic.FloatObject(-back), pypdf.generic.FloatObject(0)], b"Td"))
        if operator in _LINE_RELATIVE or operator in (b"BT", b"Tm"):
            back = 0.0
        if number not in cuts:
            out.append((operands, operator))
            continue
        items, done, start = list(operands[0]), 0, 0.0
        for at, width, word in cuts[number]:  # each piece but the last ends in its jump, which `Td` makes
            space = [pypdf.generic.FloatObject(-_SPACE_MARK)] if word else []
            out.extend([([pypdf.generic.ArrayObject(items[done:at] + space)], b"TJ"), (identity, b"cm"),
                        ([pypdf.generic.FloatObject(width - start), pypdf.generic.FloatObject(0)], b"Td")])
            back += width - start
            done, start = at + 1, width
        out.append(([pypdf.generic.ArrayObject(items[done:])], b"TJ"))
    return out


@dataclass(frozen=True)
class _Jump:
    """A kern in a `TJ` that jumps: where in the array, how far on from the array's start it
    leaves the pen (text space), where it lands on the page as shown (x), and whether it goes
    back. Text set up the page (psnup's, groff's landscape) moves along y as drawn: measured
    there, each row's jumps landed at that row's own x, no two rows' at one column, and the
    cells ran together ("spalkentand is naar binnen")."""

    item: int
    width: float
    lands: float  # x on the page as shown (see `displayed`): a column's jumps land at one x
    back: bool
    ruled: bool = False  # a kern into the next cell over a table's rule (see `_over_rule`): always cut
    word: bool = False  # a word's gap in a right-to-left `TJ` (see `ingest.pdf.bidi`): always cut
    wide: bool = False  # no jump, but wider than a word's gap (`_wide_kern`): cut where a jump lands too


def _measured_jumps(operations: list, advance: _Advance, rules: list[tuple[float, float, float]] | None = None,
                    shown: list[float] = _IDENTITY, fonts: dict | None = None) -> dict[int, list[_Jump]]:
    """The jumps of each `TJ` (by its position among `operations`) whose widths the fonts state:
    its kerns that jump (`_jump`), and those that carry the pen past a vertical rule at its
    height (`rules`, on the page as `shown`, see `_over_rule`), however short; in a `TJ` that
    shows right-to-left text (read by `fonts`, see `_right_to_left`), each word's kern."""
    out: dict[int, list[_Jump]] = {}
    pen, cm, saved, font = _Pen(), list(_IDENTITY), [], ""
    for number, (operands, operator) in enumerate(operations):
        if operator in _PLACING:
            cm = _placed(operator, [_number(value) for value in operands], cm, saved)
        pen.follow(operator, operands)
        if operator in (b"Tf", b"Tc", b"Tw", b"Tz"):
            advance.follow(operator, operands)
            font = str(operands[0]) if operator == b"Tf" and operands else font
        if operator != b"TJ" or not operands:
            continue
        words = _right_to_left(operands[0], (fonts or {}).get(font))
        if not any(_jump(item) or _wide_kern(item) or rules and _kern_on(item) or words and _word_kern(item)
                   for item in operands[0]):
            continue
        items, found = list(operands[0]), []
        for at, item in enumerate(items):
            word = words and _word_kern(item) and not _jump(item)
            if not _jump(item) and not _wide_kern(item) and not (rules and _kern_on(item)) and not word:
                continue
            width = _shown_width(advance, items[:at + 1])
            if width is None:
                found = []
                break
            lands = _apply(cm, _apply(pen.line, (width, 0.0)))
            starts = _apply(cm, _apply(pen.line, (_shown_width(advance, items[:at]) or 0.0, 0.0))) if rules else lands
            ruled = bool(rules) and _over_rule(_apply(shown, starts), _apply(shown, lands), rules)
            if _jump(item) or ruled or word or _wide_kern(item):
                found.append(_Jump(at, width, _apply(shown, lands)[0], _number(item) > 0, ruled, bool(word),
                                   wide=not _jump(item) and not ruled and not word))
        if found:
            out[number] = found
    return out


WIDE_KERN_EMS = 1.0  # a kern that moves the pen on this far (ems) leaves more than a word's gap


def _wide_kern(item: object) -> bool:
    """Whether a `TJ` array's item is a kern wider than a word's gap (`WIDE_KERN_EMS`) but no jump."""
    return not isinstance(item, (bytes, str)) and -1000 * JUMP_EMS < _number(item) <= -1000 * WIDE_KERN_EMS


RULE_KERN_EMS = 0.1  # a kern that moves the pen on this far (ems) may cross a table's rule: no pair's kerning


def _kern_on(item: object) -> bool:
    """Whether a `TJ` array's item is a kern that moves the pen on by `RULE_KERN_EMS` or more."""
    return not isinstance(item, (bytes, str)) and _number(item) <= -1000 * RULE_KERN_EMS


def _over_rule(start: tuple[float, float], end: tuple[float, float], rules: list[tuple[float, float, float]]) -> bool:
    """Whether a kern from `start` to `end` on the page crosses a vertical rule drawn at that
    height into the next cell of a bordered table: html2ps sets a table's row as one `TJ`, a
    kern into each cell ("Nifedipine 30 mg retard" -736 "1 keer per dag", 8 points over the
    rule between them), and the cells ran together as words of one sentence."""
    return any(start[0] + CELL_PADDING < x <= end[0] and bottom - 1 <= start[1] <= top + 1
               for x, bottom, top in rules)


def _cuts(jumps: dict[int, list[_Jump]]) -> dict[int, list[tuple[int, float, bool]]]:
    """Where to cut each `TJ` (item, width from its start, a word's gap): at each jump back,
    each word's gap of a right-to-left line, and at each
    jump on that lands where a jump or a wide kern of another `TJ` lands too (`JUMP_SLACK`);
    at a wide kern (`_wide_kern`) that lands where a jump of another `TJ` does. cairo sets a
    table's header "Middel" -5665 "Gebruik", and the rows under it "Corticosteroïdzalf" -1500
    "1 keer per dag": the column's narrowest gap, no jump, but at the jump's x."""
    landings = [(number, jump.lands, jump.wide) for number, found in jumps.items() for jump in found
                if not jump.back and not jump.word]
    out: dict[int, list[tuple[int, float, bool]]] = {}
    for number, found in jumps.items():
        cut = [(jump.item, jump.width, jump.word) for jump in found if jump.back or jump.ruled or jump.word or any(
            other != number and abs(lands - jump.lands) <= JUMP_SLACK and not (wide and jump.wide)
            for other, lands, wide in landings)]
        if cut:
            out[number] = cut
    return out


JUMP_SLACK = 1.0  # points between two jumps' landings to one column


def _right_to_left(items: list, decode) -> bool:
    """Whether a `TJ` array's strings show right-to-left letters, as `decode` reads them."""
    if decode is None:
        return False
    try:
        return any(right_to_left(decode(_raw(item))) for item in items
                   if isinstance(item, (bytes, str)) and not isinstance(item, pypdf.generic.NameObject))
    except Exception:  # a code the font's map cannot read: read as pypdf reads it
        return False


def _word_kern(item: object) -> bool:
    """Whether a `TJ` array's item is a kern that sets two words apart (`WORD_GAP`)."""
    return not isinstance(item, (bytes, str)) and _number(item) <= -WORD_GAP


def _shown_width(advance: _Advance, items: list) -> float | None:
    """How far a `TJ` array's items move the pen, in text space; None where no font says."""
    advance.moved()
    advance.follow(b"TJ", [pypdf.generic.ArrayObject(items)])
    return advance.shown


def _with_word_shifts(items: list, shift: float) -> list:
    """A `TJ` array's items, `shift` (in thousandths of an em) after each space of its strings."""
    out = []
    for item in items:
        if isinstance(item, (bytes, str)) and not isinstance(item, pypdf.generic.NameObject):
            raw = item.get_original_bytes() if isinstance(item, pypdf.generic.TextStringObject) else bytes(item)
            for part in re.split(rb"(?<= )", raw):
                if part:
                    out.append(pypdf.generic.ByteStringObject(part))
                    if part.endswith(b" "):
                        out.append(pypdf.generic.FloatObject(shift))
        else:
            out.append(item)
    return out


WORD_GAP = 150.0  # thousandths of an em looser than a line's letter spacing: a gap between words
MIN_TRACKING = 20.0  # thousandths of an em: letters kerned closer than this, each pair, are tracked text
_SPACE_MARK = 100000.0  # thousandths of an em: a kern pypdf reads as a word's gap whatever its font


def _kerns(items: list, code_size: int) -> list[float]:
    """The kern between each pair of glyphs a `TJ` array shows one after the other (0 between
    two glyphs of one string), in thousandths of an em; positive kerns draw glyphs closer."""
    kerns: list[float] = []
    glyph_before = False
    for item in items:
        if isinstance(item, (bytes, str)) and not isinstance(item, pypdf.generic.NameObject):
            glyphs = len(_raw(item)) // code_size
            if glyphs:
                kerns.extend([0.0] * (glyphs - 1 + glyph_before))
                glyph_before = True
        elif glyph_before:
            kerns.append(_number(item))
            glyph_before = False  # the kern stands before the next glyph, counted with it
    return kerns


def _raw(item: bytes | str) -> bytes:
    return item.get_original_bytes() if isinstance(item, pypdf.generic.TextStringObject) else bytes(item)


def _tracking(items: list, code_size: int) -> float:
    """How much closer than their widths a `TJ` array sets its letters (the median kern
    between glyphs), in thousandths of an em: 0 for most text."""
    kerns = sorted(_kerns(items, code_size))
    return kerns[len(kerns) // 2] if len(kerns) >= 3 else 0.0


def _tracked_gaps(items: list, code_size: int) -> bool:
    """Whether a `TJ` array kerns its letters closer (by `MIN_TRACKING` at least) and sets a
    word apart by a kern alone (see `_word_gaps`)."""
    tracking = _tracking(items, code_size)
    return tracking >= MIN_TRACKING and any(
        tracking - _number(item) >= WORD_GAP for item in items if not isinstance(item, (bytes, str)))


def _word_gaps(items: list, code_size: int) -> list:
    """A `TJ` array's items, each kern between words split in two so that pypdf reads a space
    there, drawing the same.

    pypdf reads a kern as a word's gap only when it is wider than about half the font's space,
    whatever the letters' own spacing. ConTeXt with DejaVu pulls every pair of letters closer by
    about 0.09 em (at a horizontal scale of 1.15) and leaves its words 0.2 to 0.35 em apart, no
    space glyph between them: the page read "Maakdegehoorgangnietschoon". A kern looser than the
    array's letter spacing by `WORD_GAP` is a word's gap; it becomes a kern pypdf always reads as
    one (`_SPACE_MARK`) and the kern that takes it back, the pen's moves adding up as before.
    Arrays whose letters are not kerned closer (`MIN_TRACKING`) are left as pypdf reads them."""
    tracking = _tracking(items, code_size)
    if tracking < MIN_TRACKING:
        return list(items)
    out: list = []
    for item in items:
        if not isinstance(item, (bytes, str)) and tracking - _number(item) >= WORD_GAP:
            out.extend([pypdf.generic.FloatObject(-_SPACE_MARK), pypdf.generic.FloatObject(_SPACE_MARK + _number(item))])
        else:
            out.append(item)
    return out


def _simple_fonts(page: pypdf.PageObject) -> set[str]:
    """The names of the page's fonts whose codes are single bytes (all but Type0 fonts)."""
    try:
        fonts = page["/Resources"].get_object()["/Font"].get_object()
        return {str(name) for name, font in fonts.items() if font.get_object().get("/Subtype") != "/Type0"}
    except (KeyError, AttributeError, TypeError):
        return set()


def _font_set(operands: list) -> tuple[str, float]:
    """The font and size a `Tf` sets."""
    return str(operands[0]), _number(operands[1])


def _number(value: object) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return 0.0


OCR_SHARE = 0.8  # of a page's characters drawn invisibly: an OCR layer over a scan


def placed_again(fragments: list[Fragment]) -> list[Fragment]:
    """The pieces, each one whose place was lost put between the pieces drawn before and
    after it. A text matrix pypdf cannot read (a number written "3.2e-05", as no PDF may
    write one) leaves a piece at the page's origin, its lower left corner, where no text
    stands: read there, the line broke its paragraph mid-sentence ("Dat noemen we" /
    "wisselhouding."). The line drawn between two others stands between them: halfway,
    where they stand two lines apart, else a line under the one before."""
    out = list(fragments)
    for number, fragment in enumerate(out):
        if fragment.x or fragment.y or not 0 < number:
            continue
        before = out[number - 1]
        after = next((f for f in out[number + 1:] if f.x or f.y), None)
        leading = 1.2 * max(before.size, fragment.size)
        if after is not None and 1.5 * leading <= before.y - after.y <= 2.5 * leading:
            y = (before.y + after.y) / 2
        else:
            y = before.y - leading
        out[number] = replace(fragment, x=before.x, y=y)
    return out


_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_NUMBER_MARK = re.compile(r"\s*\d{1,3}\s*")


def raised_numbers(fragments: list[Fragment]) -> list[Fragment]:
    """The pieces, a number set small and raised beside the piece drawn before or after it
    written in superscript digits: a footnote's mark, as Writer draws it ("verliest." then
    a 7-point "1" above the baseline), read as "verliest.1" and "1 Verlies ...", a mark
    neither the text nor the footnotes showed (see `ingest.pdf.footnotes`); set on the
    baseline beside it, as the superscript digits raise it already. One that labels a list's
    item (`_labels_item`) reads "1.", as a numbered item does."""
    out = list(fragments)
    for number, fragment in enumerate(fragments):
        if not _NUMBER_MARK.fullmatch(fragment.text):
            continue
        beside = [fragments[n] for n in (number - 1, number + 1) if 0 <= n < len(fragments)]
        base = next((other for other in beside if fragment.size < 0.85 * other.size
                     and 0.15 * other.size <= fragment.y - other.y <= 0.6 * other.size), None)
        if base is None:
            continue
        label = _labels_item(fragments, fragment, base)
        text = f"{fragment.text.strip()}." if label else fragment.text.strip().translate(_SUPERSCRIPT)
        out[number] = replace(fragment, text=text, y=base.y)  # on its line's baseline
    return out


LABEL_GAP = 0.4  # ems of the item's text between a list label and its words; a footnote's mark touches them


def _labels_item(fragments: list[Fragment], mark: Fragment, base: Fragment) -> bool:
    """Whether a small raised number is a numbered item's label, not a footnote's mark: it
    opens its line (nothing stands left of it on the baseline of the words it is raised
    beside) and stands apart from those words by a label's gap (Beamer's numbers in small balls,
    "1" then "Rook niet ..." a label's width to its right). Read as a mark, the items of a list read
    "¹ Rook niet ... ² Ga 5 minuten ...", one paragraph of footnote marks; a footnote that a
    raised number opens (Writer's, LaTeX's) sets its words right after it."""
    if base.x - mark.end < LABEL_GAP * base.size:
        return False
    return not any(other is not mark and abs(other.y - base.y) <= 0.3 * base.size and other.x < mark.x
                   for other in fragments)


CELL_PADDING = 1.0  # points at least between a cell's border and its text (Word sets 5.4)


def _rule_before(fragment: Fragment, rules: list[tuple[float, float, float]]) -> float:
    """The x of the nearest vertical rule left of where `fragment` starts that runs past its
    baseline, or -inf."""
    return max((x for x, bottom, top in rules
                if x <= fragment.x - CELL_PADDING and bottom - 1 <= fragment.y <= top + 1), default=float("-inf"))


WORD_BY_WORD_SHARE = 0.8  # of a page's pieces that are one word each: an OCR layer's way
MAX_WORD_SPACE = 1.5  # ems between two words of one line: more sets cells or columns apart


def words_joined(fragments: list[Fragment]) -> list[Fragment]:
    """The pieces of a page drawn word by word (as OCR programs lay an invisible text
    layer over a scan) joined into runs of words on one baseline, as other writers draw
    them. Single words leave gaps everywhere that look like the gutter between columns or
    the gaps between a table's cells, and the page was read out of order. Words join when
    one follows the other on the same baseline, in the same font, less than
    `MAX_WORD_SPACE` apart; a page of longer pieces is left as it is. The baseline is the
    word before's, not the line's first word's: on a scan laid a little askew, a line's
    baseline climbs or falls from word to word."""
    words = sum(1 for f in fragments if len(f.text.split()) == 1)
    if len(fragments) < 20 or words < WORD_BY_WORD_SHARE * len(fragments):
        return fragments
    joined: list[Fragment] = []
    last: Fragment | None = None  # the last word joined: a tilted line's baseline drifts
    for fragment in fragments:
        previous = joined[-1] if joined else None
        if previous and last and abs(last.y - fragment.y) <= 0.1 * fragment.size \
                and (previous.size, previous.bold) == (fragment.size, fragment.bold) \
                and -0.5 * fragment.size <= fragment.x - last.end <= MAX_WORD_SPACE * fragment.size:
            space = "" if fragment.text[:1].isspace() or previous.text[-1:].isspace() else " "
            joined[-1] = replace(previous, text=previous.text + space + fragment.text)
        else:
            joined.append(fragment)
        last = fragment
    return joined


_WORD_GAP = re.compile(r"(?<=\S) +(?=\S)")


def unjustified(text: str) -> str:
    """A justified line's words one space apart. Word spacing stretched to fill the line
    reads as two spaces between every pair of words ("In  uw  pols  loopt"), and two
    spaces are how cleaning tells a table's columns apart; a table row keeps single spaces
    inside its cells ("Week 1  10 mg"), so only a line whose every gap is double is one."""
    gaps = [len(gap.group()) for gap in _WORD_GAP.finditer(text)]
    return _WORD_GAP.sub(" ", text) if len(gaps) >= 2 and all(gap == 2 for gap in gaps) else text
