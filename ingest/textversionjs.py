"""An HTML mail's plain-text part as textversionjs writes it, read as the Markdown it stands for.

textversionjs (EDMdesigner's, used by e-mail builders to fill a newsletter's text/plain part)
writes its own marks: a link as `[tekst] (adres)` and an image as `![alt] (adres)`, with a blank
between `]` and `(`; an `<h1>` over a line of "=" and an `<h2>` over a line of "-" (setext);
a list's item opened by "---" with no blank after it ("---Zorg voor rust"), an ordered item by
its number and dashes ("1--", "10-"); a table's row on a line, and a cell that holds a block
on a line of its own. Read as plain text, the title was the file's name, items kept their
"---", headings over a list or a table were lost and a table's last cell headed the paragraph
under it; the preheader, the "view in browser" link, the logo and the footer's links and
subscription sentence stood as passages (red team 58).

Its link form tells it apart (`is_textversionjs`): no other writer puts a blank between a link's
text and its address, and an ordinary text with a "---" rule or a "-- " signature has none. The
mail's furniture (`_masthead`, `_footer`) comes back as lines, which may still date the leaflet
or name its publisher, as the same newsletter's HTML furniture does (ingest/html/mail_furniture.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.clean.lines import ends_sentence
from ingest.mail import MAILING, MAX_NOTICE_WORDS, UNSUBSCRIBE, UNSUBSCRIBE_ADDRESS
from ingest.markdown_escape import escaped_line_start
from ingest.markup_parts import pipe_table
from ingest.web_dump import COPYRIGHT_LINE

# " [tekst] (https://…) ", "![alt] (https://…/logo.png)": the blank between "]" and "(" is its own.
_LINK = re.compile(r"(?P<image>!?)\[(?P<text>[^\[\]\n]{0,1000})\] \((?P<address>(?:https?://|mailto:|www\.|/|#)[^()\s]{0,2000})\)")
_UNDERLINE = re.compile(r"(?P<mark>=|-)(?P=mark)*")  # under an <h1> ("=") or an <h2> ("-")
_ITEM = re.compile(r"(?P<dashes>-{3,})(?P<text>[^\s-].*)")  # "---Zorg voor rust", deeper lists more dashes
_NUMBERED = re.compile(r"(?P<number>\d{1,2})(?P<dashes>-{1,2})(?P<text>[^\s-].*)")  # "1--", "10-"
_SEPARATORS = re.compile(r"[\s|·•/,-]*")  # what stands between a footer's links
MIN_UNDERLINE = 3  # a heading's underline; a shorter run of marks is a word's dashes
ITEM_DASHES = 3  # textversionjs's `listIndentionTabs`: each level of a list three dashes deeper
MAX_CELL_WORDS = 8  # a table's cell on its line: "Huisbezoek en huiltips op maat"
MIN_COLUMNS, MAX_COLUMNS = 2, 6  # a header line's labels, one word each, a capital each ("Wie Wat Hoe")
MIN_CELL_ROWS = 2  # a table of one row is a header line and a line under it, no table to rebuild


@dataclass(frozen=True)
class TextversionPart:
    """The mail's text part as Markdown, and its furniture taken out of it, a line each."""

    markdown: str
    furniture: tuple[str, ...]


def is_textversionjs(text: str) -> bool:
    """Whether a text is textversionjs's: a link written `[tekst] (adres)` and a heading's
    underline or a "---" item, textversionjs's marks, beside it."""
    if not _LINK.search(text):
        return False
    lines = text.split("\n")
    return any(_is_underline(lines, index) or _ITEM.fullmatch(line.rstrip()) for index, line in enumerate(lines))


def read_textversionjs(text: str) -> TextversionPart | None:
    """The mail's text part as Markdown without its masthead and footer, or None for a text
    that is none of textversionjs's (`is_textversionjs`)."""
    if not is_textversionjs(text):
        return None
    lines = [line.rstrip() for line in text.split("\n")]
    chrome = _masthead(lines) | _footer(lines)
    furniture = tuple(_words(lines[index]) for index in sorted(chrome) if _words(lines[index]))
    kept = ["" if index in chrome else line for index, line in enumerate(lines)]
    return TextversionPart("\n".join(_as_markdown(kept)), furniture)


def _as_markdown(lines: list[str]) -> list[str]:
    """The lines as Markdown blocks: each line of textversionjs's is a block of the mail (a
    paragraph, a `<br>`'s line, a row or a cell), so each stands apart; a heading's text and
    underline become a "#" heading; a list's items stay together; a table's cells, a line
    each under its header line, its rows (`_table`)."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if not line.strip():
            index += 1
            continue
        if _is_underline(lines, index + 1):
            level = "#" if lines[index + 1].startswith("=") else "##"
            out += [f"{level} {_linked(line.strip())}", ""]
            index += 2
            continue
        table = _table(lines, index)
        if table:
            rows, index = table
            out += pipe_table(rows)[1:]  # the block above ends in its blank line
            continue
        item = _item(line)
        if item is not None:
            out.append(item)
            if index + 1 >= len(lines) or _item(lines[index + 1]) is None:
                out.append("")
            index += 1
            continue
        out += [escaped_line_start(_linked(line.strip())), ""]
        index += 1
    return out


def _is_underline(lines: list[str], index: int) -> bool:
    """Whether line `index` underlines a heading: a run of "=" or "-" under a line of text
    that is no item and no underline of its own."""
    if not 0 < index < len(lines) or len(lines[index].strip()) < MIN_UNDERLINE:
        return False
    above = lines[index - 1].strip()
    return bool(_UNDERLINE.fullmatch(lines[index].strip())) and bool(above) and _item(above) is None \
        and not _UNDERLINE.fullmatch(above)


def _item(line: str) -> str | None:
    """A list's item in Markdown ("- Zorg voor rust", "1. Bel"), its depth by its dashes; None
    for a line that is none."""
    numbered = _NUMBERED.fullmatch(line.strip())
    if numbered and len(numbered.group("number") + numbered.group("dashes")) == ITEM_DASHES:
        return f"{numbered.group('number')}. {_linked(numbered.group('text').strip())}"
    item = _ITEM.fullmatch(line.strip())
    if not item:
        return None
    depth = max(len(item.group("dashes")) // ITEM_DASHES - 1, 0)
    return "  " * depth + "- " + _linked(item.group("text").strip())


def _table(lines: list[str], start: int) -> tuple[list[list[str]], int] | None:
    """A table at `start` as its rows of cells (the header's first), and the index after it: a header line of a few
    labels (its cells, one capitalised word each, set side by side) over lines of one cell each, as many
    as make whole rows under it, none a sentence. None where the lines make no such table,
    and they stay lines, each a block of its own."""
    header = lines[start].split()
    width = len(header)
    if not MIN_COLUMNS <= width <= MAX_COLUMNS or not all(word[0].isupper() or word[0].isdigit() for word in header) \
            or ends_sentence(lines[start].strip()) or _LINK.search(lines[start]):
        return None
    end = start + 1
    while end < len(lines) and _is_cell(lines[end]):
        end += 1
    cells = [line.strip() for line in lines[start + 1:end]]
    rows = len(cells) // width
    if rows < MIN_CELL_ROWS:
        return None
    cells = cells[:rows * width]  # a lone line after the last whole row is the text's own
    table = [header] + [[_linked(cell) for cell in cells[row * width:(row + 1) * width]] for row in range(rows)]
    return table, start + 1 + rows * width


def _is_cell(line: str) -> bool:
    """Whether a line may be a table's cell: a few words, no sentence, no item, no heading."""
    text = line.strip()
    return bool(text) and len(text.split()) <= MAX_CELL_WORDS and not ends_sentence(text) \
        and _item(text) is None and not _UNDERLINE.fullmatch(text) and "|" not in text


def _linked(line: str) -> str:
    """A line with its links in Markdown's form: no blank between the text and the address."""
    return _LINK.sub(lambda link: f"{link.group('image')}[{link.group('text')}]({link.group('address')})", line)


def _words(line: str) -> str:
    """A line's words as the mail shows them: a link's text, no address, no image."""
    return " ".join(_LINK.sub(lambda link: "" if link.group("image") else link.group("text"), line).split())


def _is_links(line: str) -> bool:
    """Whether a line is links and nothing else but separators ("[Facebook] (…) | [Instagram]
    (…)", "![GGD Hollands Midden] (…/logo.png)")."""
    return bool(_LINK.search(line)) and bool(_SEPARATORS.fullmatch(_LINK.sub(" ", line)))


def _masthead(lines: list[str]) -> set[int]:
    """The lines over the mail's first heading down to its last line of links, all of them:
    the preheader (the inbox's preview) over the "view in browser" link and the logo is the
    mail's too; what stands between them and the heading is the leaflet's."""
    first = next((index for index in range(len(lines)) if _is_underline(lines, index + 1)), len(lines))
    links = [index for index in range(first) if _is_links(lines[index])]
    return set(range(links[-1] + 1)) if links else set()


def _footer(lines: list[str]) -> set[int]:
    """The lines that close the mail, read back from its end while each is a line of links
    or a short notice about the mailing (why the reader gets it, a copyright), where one of
    the links unsubscribes: the leaflet's own last lines may name an e-mail address too."""
    footer: list[int] = []
    index = len(lines) - 1
    while index >= 0 and (not lines[index].strip() or _is_links(lines[index]) or _is_notice(lines[index])):
        footer.append(index)
        index -= 1
    links = [link for index in footer for link in _LINK.finditer(lines[index])]
    unsubscribes = any(UNSUBSCRIBE.search(link.group("text")) or UNSUBSCRIBE_ADDRESS.search(link.group("address"))
                       for link in links)
    return {index for index in footer if lines[index].strip()} if unsubscribes else set()


def _is_notice(line: str) -> bool:
    """Whether a line is a mailing's notice: a sentence about the mail or a copyright."""
    words = _words(line)
    return bool(words) and len(words.split()) <= MAX_NOTICE_WORDS and (
        bool(MAILING.search(words)) or bool(COPYRIGHT_LINE.match(words)) or bool(UNSUBSCRIBE.search(words)))
