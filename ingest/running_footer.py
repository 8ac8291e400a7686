"""Running footers in text that a PDF tool wrote without form feeds (`mutool draw -F txt`).

Such a tool ends each page with a blank line, so nothing marks the page but its furniture: a
footer that repeats with only its page number changed ("GYN-093 / herzien 30 juni 2025   1",
then "...   2"), and under it the next page's header. Left in, both stood inside the sentence
the page break cut ("De gynaecoloog kan GYN-093 / herzien ... 1 Ziekenhuis Rivierenland Tiel
Patiëntenvoorlichting dan een ..."), and the header became a heading that cut it in two.
Other tools set the same furniture in another order: pdfplumber writes a header of two lines
right under the footer, PDFium (pypdfium2) a page's header and footer first, over its text.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import takewhile

from ingest.clean.furniture import FIELD_GAP, is_page_label, is_page_number
from ingest.clean.lines import ends_sentence
from ingest.clean.markdown import TABLE_RULE
from ingest.toot_archive import is_tagged_counter

_FIELD_GAP = re.compile(r"\s{3,}|\t")  # between a footer's fields: "GYN-093 / herzien ...     1"
_NUMBER = re.compile(r"\d+")
MAX_LABEL_WORDS = 4  # "Page 1 of 2", "Pagina 3 van 9": a page label after or before a footer's words
_EMPHASIS = "*_"  # Markdown's around a footer a PDF tool set in bold or italics
MAX_HEADER_LINES = 3
MAX_HEADER_WORDS = 6  # "Ziekenhuis Rivierenland Tiel"; a longer line is text
_CUT = re.compile(r"[\w,-]")  # how a line ends that a page break cut inside its sentence


@dataclass(frozen=True)
class Footer:
    """A line that is a running footer: where it stands, its fields but the page number, and that number."""

    index: int
    key: tuple[str, ...]
    page: int


def without_running_footers(text: str, code: frozenset[int] = frozenset()) -> tuple[str, list[str]]:
    """Text without its running footers and the page headers under them, and their lines
    (each once, the page number left out: a footer's date may still date the leaflet).

    A running footer is a paragraph of one line, its page number a field of its own (set
    apart by a wide gap, or a page label such as "Page 1 of 2"), that two lines or more
    repeat with only that number changed and rising; with such a label it may stand right
    against the page's text (pypdf). The paragraph right under a footer is the next page's header where the same
    paragraph stands under another footer or opens the text, or where the page break cut a
    sentence (the line above the footer ends inside it, the one after the header goes on in
    lower case) and it is a few short lines that end no sentence; a header written right
    against the text goes line by line (`_header_lines_under`), and its copy atop the text
    (`_opening_header`) but a line that may be the title (`_opening_title`). A footer whose
    page number only a space sets apart is one where the same header stands over each
    (`_footers_under_headers`); the lines that stand over every footer alike are a header
    too (`_headers_over`). Each line taken out stays,
    empty, but where a pipe table goes on under the page break: see `_continued_tables`. Lines
    in `code` (a Markdown file's code blocks) are no footers; text with form feeds is left to
    `split_pages`, which knows its pages."""
    lines = text.split("\n")
    footers = [footer for footer in _running_footers(lines) or _footers_under_headers(lines)
               if footer.index not in code]
    if len(footers) < 2:
        text, found = _without_last_page_footer(lines)
        return _without_lone_footers(text.split("\n"), found)
    at = [footer.index for footer in footers]
    headers = _headers_under(lines, at) | _headers_over(lines, at)
    headers |= _opening_header(lines, headers)
    found = dict.fromkeys(" ".join(footer.key) for footer in footers)
    found.update(dict.fromkeys(_words(lines[i]) for i in sorted(headers)))
    drop = set(at) | headers
    drop -= _opening_title(lines, headers, drop, {_words(" ".join(footer.key)) for footer in footers})
    gone = _continued_tables(lines, at, drop)
    kept = ("" if i in drop else line for i, line in enumerate(lines) if i not in gone)
    return "\n".join(kept), list(found)


def _without_last_page_footer(lines: list[str]) -> tuple[str, list[str]]:
    """Text without the one footer a word processor's text writes at its end, and that footer's
    lines. wvText and docx2python set a page's footer once, after the last page's text: its
    label counts the pages and names the last ("MDL-041 Poliepen ... · pagina 2 van 2"), and the
    footer's other line right over it sets short fields apart ("Het Baken · Zwolle · www...").
    No text ends on its own page count; a text that ends otherwise comes back as it is."""
    filled = [index for index, line in enumerate(lines) if line.strip()]
    if len(filled) < 3 or not _last_page_label(lines[filled[-1]]):
        return "\n".join(lines), []
    drop = [filled[-1]]
    if _fielded_line(lines, filled[-2]):
        drop.insert(0, filled[-2])
    found = [" ".join(lines[index].split()) for index in drop]
    return "\n".join("" if index in drop else line for index, line in enumerate(lines)), found


MAX_FOOTER_WORDS = 10  # "Prikaccidenten – november 2025": a footer's words before its page label


def is_footer_line(line: str) -> bool:
    """Whether a line is a page's running footer, wherever it stands and however often: a few
    words that end no sentence and a page label parted from them by a dash, bar or dot, or one
    that counts the pages ("Prikaccidenten – november 2025 – pagina 2", "KIN-112 Page 1 of 2").
    No text writes its words so; a word processor's page header and footer, converted to HTML
    or text (rtf-html-php), stand once before the title, and the line read as the title or as
    a passage of its own that won searches (red team 46)."""
    fields = _labelled_fields(" ".join(line.strip().strip(_EMPHASIS).split()))
    words = next((field for field in fields if not is_page_label(field)), "")
    return len(fields) == 2 and any(c.isalpha() for c in words) \
        and len(words.split()) <= MAX_FOOTER_WORDS and not ends_sentence(words)


def _without_lone_footers(lines: list[str], found: list[str]) -> tuple[str, list[str]]:
    """Text without a paragraph of one line that is a running footer (`is_footer_line`),
    where no footer repeats, and the lines found (with those found before). A last line whose
    label counts the pages is left to `_without_last_page_footer`: a text ends on the last
    page's footer ("pagina 3 van 3"), and one that ends on another ("pagina 1 van 3") is kept whole."""
    last = max((index for index, line in enumerate(lines) if line.strip()), default=-1)
    drop = [index for index, line in enumerate(lines) if line.strip() and is_footer_line(line)
            and not (index == last and _OF_PAGES.search(line))
            and (index == 0 or not lines[index - 1].strip())
            and (index + 1 == len(lines) or not lines[index + 1].strip())]
    found = [*found, *(" ".join(lines[index].split()) for index in drop)]
    return "\n".join("" if index in drop else line for index, line in enumerate(lines)), found


def _last_page_label(line: str) -> bool:
    """Whether a line is a footer whose page label counts the pages and names the last of them
    ("pagina 2 van 2") beside the footer's words."""
    fields = _labelled_fields(" ".join(line.split()))
    label = next((field for field in fields if is_page_label(field) and _OF_PAGES.search(field)), "")
    numbers = [int(number) for number in _NUMBER.findall(label)]
    return len(fields) == 2 and len(numbers) == 2 and numbers[0] == numbers[1]


def _fielded_line(lines: list[str], index: int) -> bool:
    """Whether a line alone in its paragraph sets short fields apart as a masthead does
    ("Huisartsenpraktijk Het Baken · Zwolle · www.hetbaken-zwolle.nl"), no sentence among them."""
    alone = not lines[index - 1].strip() if index else True
    fields = FIELD_GAP.split(lines[index].strip())
    return alone and not lines[index + 1].strip() and len(fields) > 1 and all(
        0 < len(field.split()) <= MAX_HEADER_WORDS and not ends_sentence(field) for field in fields)


def _running_footers(lines: list[str]) -> list[Footer]:
    """The footers of the text (see `without_running_footers`), of the one kind that repeats most."""
    kinds: dict[tuple[str, ...], list[Footer]] = {}
    for index, line in enumerate(lines):
        footer = _footer_shape(lines, index)
        if footer:
            kinds.setdefault(footer.key, []).append(footer)
    return _longest_rising(kinds)


def _longest_rising(kinds: dict[tuple[str, ...], list[Footer]]) -> list[Footer]:
    """Of the footers found, the kind that two lines or more repeat with the page number
    rising and that repeats most; none where no kind does."""
    runs = [run for run in kinds.values()
            if len(run) >= 2 and all(a.page < b.page for a, b in zip(run, run[1:]))]
    return max(runs, key=len, default=[])


def _footers_under_headers(lines: list[str]) -> list[Footer]:
    """Footers whose page number only a space sets apart from their words ("www.gc-kanaleneiland.nl ·
    KNIE-03 1"), each right under the same line: PDFium writes a page's header and footer first,
    over its text, so the pair repeats on each page with only the number rising. A number after
    a line's words tells nothing alone (a table's cell, "Bel 112"), nor after one word ("Dag 1",
    "Week 2": the text's own count); the header over each copy is what tells, where the pairs
    stand as pages set them (`_pages_apart`)."""
    kinds: dict[tuple[str, ...], list[Footer]] = {}
    for index in range(1, len(lines)):
        words, above = lines[index].split(), lines[index - 1]
        if len(words) < 3 or not above.strip() or not _header_shaped([above]):
            continue
        number, rest = (words[-1], words[:-1]) if _page_field(words[-1]) else (words[0], words[1:])
        if _page_field(number) and any(c.isalpha() for c in "".join(rest)):
            footer = Footer(index, (" ".join(rest),), int(number))
            kinds.setdefault((*footer.key, _words(above)), []).append(footer)
    return _longest_rising({key: run for key, run in kinds.items() if _pages_apart(lines, run)})


def _pages_apart(lines: list[str], footers: list[Footer]) -> bool:
    """Whether footers stand as PDFium writes them, each page's header and footer first: the
    first under no more than a header's lines atop the text, and each further from the one
    before than the next page's header alone reaches. A table's label over its value ("Aantal"
    over "2 capsules per dag") repeats under a heading, a row or two apart."""
    over_first = sum(1 for line in lines[:footers[0].index] if line.strip())
    return over_first <= MAX_HEADER_LINES and all(b.index - a.index - 1 > MAX_HEADER_LINES
                                                  for a, b in zip(footers, footers[1:]))


def _footer_shape(lines: list[str], index: int) -> Footer | None:
    """The line at `index` as a footer, where it may be one: a line with a page number as a
    field of its own beside fields with words: set apart by a wide gap, or a page label
    ("Page 1 of 2", "- 1 -") at either end, which no text writes beside its words so. A
    line that a page's text stands right against (pypdf writes the footer under the page's
    last line) must carry such a label: a bare number after a gap may be a table's cell."""
    line = lines[index].strip().strip(_EMPHASIS).strip()
    alone = (index == 0 or not lines[index - 1].strip()) and (index + 1 == len(lines) or not lines[index + 1].strip())
    if not any(c.isalpha() for c in line):
        return None
    fields = [field for field in _FIELD_GAP.split(line) if field]
    numbers = [i for i, field in enumerate(fields) if _page_field(field)]
    if len(fields) < 2 or len(numbers) != 1 or not alone and not is_page_label(fields[numbers[0]]):
        fields = _labelled_fields(line)
        numbers = [i for i, field in enumerate(fields) if is_page_label(field)]
    if len(fields) < 2 or len(numbers) != 1:
        return None
    at = numbers[0]
    key = tuple(" ".join(field.split()) for field in fields[:at] + fields[at + 1:])
    return Footer(index, key, int(_NUMBER.search(fields[at]).group()))


def _page_field(field: str) -> bool:
    """Whether a footer's field is its page number: bare ("1") or labelled ("Page 1 of 2")."""
    return is_page_number(field) and (field.isdigit() or is_page_label(field))


# A page label that counts the pages ("Page 1 of 2", "Pagina 3 van 9", "1/4"): only a footer
# writes one beside its words; "zie pagina 3" refers the reader to another page.
_OF_PAGES = re.compile(r"\d+\s*(?:of|van|/)\s*\d+", re.IGNORECASE)
_DASHED = re.compile(r"([-–—])\s*\d+\s*\1")  # "- 2 -": no text writes a number so
_SEPARATOR = "-–—|·•"  # between a footer's fields on one line: "Longembolie – pagina 2", "KIN-112 | Page 2"


def _labelled_fields(line: str) -> list[str]:
    """A line's words and the page label at its end or start, as two fields ("Leaflet KIN-112
    Page 1 of 2": "Leaflet KIN-112", "Page 1 of 2"), where the label counts the pages, stands
    between dashes, or a dash, bar or dot parts it from the words ("Longembolie: wat nu? –
    pagina 2": a tool that writes the footer right under the page's text, as Ghostscript's
    txtwrite does, sets no gap to tell the fields by); the line alone where it has none. A
    sentence that points at a page ("zie pagina 3") puts no separator before the label."""
    words = line.split()
    for size in range(min(MAX_LABEL_WORDS, len(words) - 1), 0, -1):
        for label, rest in ((" ".join(words[-size:]), " ".join(words[:-size])),
                            (" ".join(words[:size]), " ".join(words[size:]))):
            at_end = label == " ".join(words[-size:])
            parted = rest[-1:] in _SEPARATOR if at_end else rest[:1] in _SEPARATOR
            counts = bool(_OF_PAGES.search(label) or _DASHED.fullmatch(label))
            if is_page_label(label) and (counts or parted):
                if not counts:  # the separator only parts the label: no field of the footer's words
                    rest = rest.rstrip(_SEPARATOR).strip() if at_end else rest.lstrip(_SEPARATOR).strip()
                return [rest, label] if at_end else [label, rest]
    return [line]


def _paragraph_after(lines: list[str], index: int) -> list[int]:
    """The lines of the first paragraph after line `index`, as far as one more than a header
    has: a longer paragraph is no header, and a text without blank lines (pdfplumber, PDFium)
    is one paragraph that each footer's would otherwise read to the end."""
    at = index + 1
    while at < len(lines) and not lines[at].strip():
        at += 1
    end = at
    while end < min(len(lines), at + MAX_HEADER_LINES + 1) and lines[end].strip():
        end += 1
    return list(range(at, end))


def _header_after(lines: list[str], index: int) -> list[int]:
    """The first paragraph after line `index` as far as a header may go (MAX_HEADER_LINES): a
    header read line by line takes no more, though the paragraph holds one more line to tell
    that it is longer than a header."""
    return _paragraph_after(lines, index)[:MAX_HEADER_LINES]


def _headers_under(lines: list[str], footers: list[int]) -> set[int]:
    """The lines of the page headers under the footers (see `without_running_footers`)."""
    def words(run: list[int]) -> str:
        return _words(" ".join(lines[i] for i in run))

    under = {footer: _paragraph_after(lines, footer) for footer in footers}
    under = {footer: run for footer, run in under.items() if run and _header_shaped([lines[i] for i in run])}
    opening = words(_paragraph_after(lines, -1))
    seen = Counter(words(run) for run in under.values())
    found: set[int] = set()
    for footer, run in under.items():
        if seen[words(run)] >= 2 or words(run) == opening or _cuts_sentence(lines, footer, run):
            found |= set(run)
    return found | _header_lines_under(lines, footers)


def _header_lines_under(lines: list[str], footers: list[int]) -> set[int]:
    """The lines under the footers that are the next page's header where a PDF tool wrote it
    right against the page's text (pypdf leaves no blank line under it, pdfplumber none under
    a header of two lines): from the first line under a footer on, each short line that ends
    no sentence and stands at the same place atop the text too, or under two footers or more.
    The header ends at the first line that does not: what follows is the page's own. Where
    the text opens with the header too, that copy says how far it goes: under it, a table's
    header row that Word repeats atop each page repeats as well ("Dag Tabletten Milligram")."""
    opening = [_words(lines[i]) for i in _header_after(lines, -1)]
    runs = [_header_after(lines, footer) for footer in footers]
    seen = Counter((place, _words(lines[i])) for run in runs for place, i in enumerate(run))
    footer_lines = set(footers)
    copied = any(run and opening[:1] == [_words(lines[run[0]])] for run in runs)

    def is_header(place: int, index: int) -> bool:
        words = _words(lines[index])
        repeated = seen[place, words] >= 2 and not (place and copied)
        return index not in footer_lines and _header_shaped([lines[index]]) \
            and (opening[place:place + 1] == [words] or repeated)

    found: set[int] = set()
    for run in runs:
        found.update(index for _, index in takewhile(lambda pair: is_header(*pair), enumerate(run)))
    return found


def _headers_over(lines: list[str], footers: list[int]) -> set[int]:
    """The lines right over every footer alike, from the nearest up, a few short ones that end
    no sentence: the page's header where a PDF tool writes a page's header and footer first, over
    its text (PDFium). A page's last lines over a footer at its foot differ from page to page."""
    runs = [list(range(footer - 1, max(footer - MAX_HEADER_LINES, 0) - 1, -1)) for footer in footers]
    footer_lines = set(footers)
    found: set[int] = set()
    for place in range(MAX_HEADER_LINES):
        row = [run[place] for run in runs if place < len(run)]
        if len(row) < len(runs) or len({_words(lines[i]) for i in row}) != 1 \
                or not lines[row[0]].strip() or not _header_shaped([lines[row[0]]]) or footer_lines & set(row):
            break
        found.update(row)
    return found


def _opening_header(lines: list[str], headers: set[int]) -> set[int]:
    """The copy of a running header that opens the text (pdfplumber writes "Isala | Hartcentrum"
    over "Patiënteninformatie CAR-114" atop each page): furniture as on the other pages, and left
    in, its second line was read as the text's first passage. Its first line may still be the
    title: see `_opening_title`."""
    header = {_words(lines[i]) for i in headers}
    return set(takewhile(lambda i: _words(lines[i]) in header, _header_after(lines, -1)))


def _opening_title(lines: list[str], headers: set[int], drop: set[int], footers: set[str]) -> set[int]:
    """The text's first line where a running header's copy opens it and that line may be the
    leaflet's title ("Staaroperatie" over "Afdeling Oogheelkunde" atop each page, "Hielspoor"
    over PDFium's footer): the outline takes the title from the text's first lines, and with
    the copy gone the leaflet was named after its file. Later pages' copies still go. A copy
    of one line stays as the outline reads it, the title or the sender over it; over more
    lines, a line set in fields is the sender's masthead ("Isala | Hartcentrum" over
    "Patiënteninformatie CAR-114"), and the title stands under the copy. Nor is it the title
    where the page's own first line repeats inside it: the page sets its title itself, under a
    header that names it beside the sender ("Gezondheidscentrum Kanaleneiland Artrose van de knie"),
    nor where the running footer's words (`footers`, the page number left out) are the page's own
    first line: the footer names the leaflet ("Longembolie: wat nu? – pagina 2"), whose title
    stands under the header, not in it."""
    filled = [index for index, line in enumerate(lines) if line.strip()]
    atop = list(takewhile(lambda index: index in drop, filled))  # the header's copy, and PDFium's footer
    own = filled[len(atop)] if len(atop) < len(filled) else None
    copy = [index for index in atop if index in headers]
    if not copy or copy[0] != filled[0]:
        return set()
    first = _words(lines[copy[0]])
    named_below = own is not None and (f" {_words(lines[own]).casefold()} " in f" {first.casefold()} "
                                       or _words(lines[own]) in footers)
    masthead = len(copy) > 1 and len(FIELD_GAP.split(first)) > 1
    return set() if named_below or masthead else {copy[0]}


def _words(line: str) -> str:
    """A line's words, one space between them."""
    return " ".join(line.split())


def _header_shaped(run: list[str]) -> bool:
    """Whether a paragraph may be a page's header: a few short lines that end no sentence."""
    return len(run) <= MAX_HEADER_LINES and all(
        len(line.split()) <= MAX_HEADER_WORDS and not ends_sentence(line.strip()) for line in run)


def _cuts_sentence(lines: list[str], footer: int, header: list[int]) -> bool:
    """Whether the page break at `footer` cut a sentence that goes on under `header`: the
    filled line above the footer ends inside it, the one after the header opens in lower case."""
    above = next((lines[i].strip() for i in range(footer - 1, -1, -1) if lines[i].strip()), "")
    after = _paragraph_after(lines, header[-1])
    first = lines[after[0]].strip() if after else ""
    return bool(above) and bool(_CUT.fullmatch(above[-1])) and not ends_sentence(above) and first[:1].islower()


# The most lines a page break spans between a table's halves: blanks, the footer, the next
# page's header (MAX_HEADER_LINES); looking no further keeps a text of many footers linear.
BREAK_LINES = 4 * MAX_HEADER_LINES


def _continued_tables(lines: list[str], footers: list[int], drop: set[int]) -> set[int]:
    """The lines to take out so that a pipe table the page break at a footer cut goes on as one:
    the PDF tool wrote its rows on the next page as a table of their own, under the same header
    row and its rule. Those two go, with the lines between the halves (blank or dropped)."""
    gone: set[int] = set()
    for footer in footers:
        above = next((i for i in range(footer - 1, max(footer - BREAK_LINES, 0) - 1, -1)
                      if lines[i].strip() and i not in drop), None)
        below = next((i for i in range(footer + 1, min(footer + BREAK_LINES, len(lines)))
                      if lines[i].strip() and i not in drop), None)
        if above is None or below is None or below + 1 >= len(lines):
            continue
        header = _table_header(lines, above)
        if header is not None and _cells(lines[below]) == _cells(lines[header]) \
                and TABLE_RULE.fullmatch(lines[below + 1].strip()):
            gone |= set(range(above + 1, below + 2))
    return gone


def _table_header(lines: list[str], row: int) -> int | None:
    """The header row of the pipe table whose row is at `row`: the row over its rule."""
    top = row
    while top > 0 and lines[top - 1].strip().startswith("|"):
        top -= 1
    rows = lines[top:row + 1]
    if len(rows) < 3 or not rows[0].strip().startswith("|") or not TABLE_RULE.fullmatch(rows[1].strip()):
        return None
    return top


def _cells(row: str) -> list[str]:
    """A pipe table row's cells, blanks around them left out."""
    return [" ".join(cell.split()) for cell in row.strip().strip("|").split("|")]


def paged_by_numbers(text: str) -> str:
    """Text that lost its form feeds with one put back after each page number that closes a
    page: a paragraph of its own that is only a page number ("1", "- 2 -", "Pagina 3"), the
    numbers rising by one, the last the text's last line. PyMuPDF's `get_text("blocks")` writes
    a page's number as a block of its own and no page break, and ps2ascii writes it centred
    under the page's last line (`_stands_alone`): left so, "1" and the next page's
    header stood inside the paragraph the break cut, and the last "2" was a passage of its own.
    With the pages marked, `ingest.text.split_pages` drops their furniture as for any paged
    text. A text that ends otherwise, or numbers no two pages so, comes back as it is."""
    if "\f" in text:
        return text
    lines = text.split("\n")
    alone = [index for index, line in enumerate(lines)
             if is_page_number(line) and _NUMBER.search(line) and _stands_alone(lines, index)]
    filled = [index for index, line in enumerate(lines) if line.strip()]
    if not alone or not filled or alone[-1] != filled[-1]:
        return text
    closing = [alone[-1]]
    for index in reversed(alone[:-1]):
        if _page_of(lines[index]) == _page_of(lines[closing[0]]) - 1:
            closing.insert(0, index)
    if len(closing) < 2 or _counts_posts(lines, closing):
        return text
    for index in closing:
        lines[index] += "\f"
    return "\n".join(lines)


_TOTAL = re.compile(r"/[ \t]*(\d+)")  # the count after a label's number: "3/11"


def _counts_posts(lines: list[str], closing: list[int]) -> bool:
    """Whether the numbers that close the "pages" count a thread's posts ("2/11" under each toot
    of a Mastodon thread): another line counts to the same total with hashtags after it ("1/11
    [#huid](…)", the thread's first post). Read as pages, a thread was cited as "p. 4–7" (red team 49)."""
    totals = {found.group(1) for found in (_TOTAL.search(lines[index]) for index in closing) if found}
    tagged = (_TOTAL.search(line) for line in lines if is_tagged_counter(line))
    return any(found and found.group(1) in totals for found in tagged)


MIN_FOOTER_SHIFT = 4  # characters a centred page number stands right of the line above's start


def _stands_alone(lines: list[str], index: int) -> bool:
    """Whether a page number's line stands apart from the text: a paragraph of its own (PyMuPDF's
    blocks), or, where no blank line parts it (ps2ascii's text of a PostScript file, which
    writes a page's lines one under the other), centred right of where the line above starts."""
    above = lines[index - 1] if index else ""
    below = lines[index + 1] if index + 1 < len(lines) else ""
    if not above.strip() and not below.strip():
        return True
    lead = len(lines[index]) - len(lines[index].lstrip())
    return bool(above.strip()) and lead >= len(above) - len(above.lstrip()) + MIN_FOOTER_SHIFT


def _page_of(line: str) -> int:
    return int(_NUMBER.search(line).group())


OPENING_LINES = 3  # a leaflet's title, its sender and maybe a date: what a running header repeats
MAX_RUNNING_HEADER_WORDS = 12
_HEADER_WORD = re.compile(r"\w+")


def without_title_headers(text: str) -> tuple[str, list[str]]:
    """Text without the lines that repeat its opening lines as a page's running header, and
    those lines.

    An OCR of a printed leaflet keeps each page's header as a line of its own where the page
    broke, often between two list items ("Huisartsenpraktijk Oosterpoort Hoofdpijn door
    pijnstillers"): the sender and the (shortened) title that open the text, one after the
    other. Left in, it became a section heading over the items under it (red team 45). Such a
    line is one opening line's words (two or more), before or after words that another opening
    line holds in the same order (at least two, and half of that line's), and no part of one
    opening line alone (a heading that a contents entry at the top names)."""
    lines = text.split("\n")
    opening = [index for index, line in enumerate(lines) if line.strip()][:OPENING_LINES]
    if len(opening) < 2:
        return text, []
    openers = [_header_words(lines[index]) for index in opening]
    headers = [index for index in range(opening[-1] + 1, len(lines))
               if _repeats_opening(_header_words(lines[index]), openers)]
    drop = set(headers)
    return "\n".join(line for index, line in enumerate(lines) if index not in drop), [lines[i].strip() for i in headers]


def _header_words(line: str) -> list[str]:
    return _HEADER_WORD.findall(line.casefold())


def _repeats_opening(words: list[str], openers: list[list[str]]) -> bool:
    """Whether `words` are one opener's before or after a part of another's (`without_title_headers`)."""
    if not words or len(words) > MAX_RUNNING_HEADER_WORDS or any(_in_order(words, line) for line in openers):
        return False  # one opening line again, or a part of it: a heading ("1 Wat zijn kalknagels?")
    for first, whole in enumerate(openers):
        if len(whole) < 2 or len(whole) >= len(words):
            continue
        rests = [words[len(whole):]] if words[:len(whole)] == whole else []
        rests += [words[:-len(whole)]] if words[-len(whole):] == whole else []
        for rest in rests:
            if any(other != first and _part_of(rest, part) for other, part in enumerate(openers)):
                return True
    return False


def _part_of(rest: list[str], line: list[str]) -> bool:
    """Whether `rest` is at least two words and half of `line`'s, in `line`'s order."""
    return len(rest) >= 2 and 2 * len(rest) >= len(line) and _in_order(rest, line)


def _in_order(words: list[str], line: list[str]) -> bool:
    """Whether `line` holds `words` in their order."""
    remaining = iter(line)
    return all(word in remaining for word in words)
