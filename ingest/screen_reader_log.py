"""A screen reader's spoken phrase log, kept as `.txt`, read as the page it was reading.

@guidepup/virtual-screen-reader (and a screen reader's speech viewer alike) writes what it says
a phrase a line: a node's role with its name and states ("heading, Contact, level 2",
"listitem, level 1, position 1, set size 3", "link, Privacy"), the text it reads between, and
the end of each container it leaves ("end of paragraph", "end of listitem, level 1, ...").
Read as plain text (red team 51) the announcements were glued into the sentences, the title
the file's name, no heading found, and the site's menu and side column passages.

This module walks the phrases: "heading, X, level N" is a heading (a name broken over lines
joined back), the text between a paragraph's (a blockquote's, a caption's) opening and its end
a paragraph, a list item's text an item at its level, a table's rows by their cells' names;
links, strong words and the like inside a paragraph its words. What the reader says of the page
rather than reads from it is left out: the announcements themselves, buttons, images and form
fields, links standing alone (a skip link, a share bar, its "Share:" label), and the landmarks
that hold the site's furniture (`ingest.accessible_blocks.is_furniture`); where the page has a
`main` landmark, only what it holds is read, as that is the page's own content.

A `.txt` is taken for a phrase log where many of its lines are role phrases and several close a
container ("end of paragraph"), as no other text writes (`is_screen_reader_log`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.accessible_blocks import (Block, Heading, Item, Paragraph, Table, blocks_as_markdown, is_furniture,
                                      joined_words, without_empty)

# The roles a screen reader speaks (WAI-ARIA 1.2's, "image" for img, and the HTML-AAM extras)
_ROLES = frozenset("""alert alertdialog application article banner blockquote button caption cell checkbox code
columnheader combobox complementary contentinfo definition deletion dialog directory document emphasis feed figure
form generic grid gridcell group heading image img insertion link list listbox listitem log main mark marquee math
menu menubar menuitem menuitemcheckbox menuitemradio meter navigation note option paragraph presentation
progressbar radio radiogroup region row rowgroup rowheader scrollbar search searchbox separator slider spinbutton
status strong subscript superscript switch tab table tablist tabpanel term time timer toolbar tooltip tree
treegrid treeitem""".split())
_PHRASE = re.compile(r"^(?P<end>end of )?(?P<role>[a-z]+)(?:, (?P<rest>.*))?$")
# The states and properties a phrase ends with, after the node's name, each after a ", "
_STATE = re.compile(r"(?:level|position|set size|row index|column index|row count|column count|row span|"
                    r"column span) (?:\d+|unknown)|current \w+|(?:not )?(?:checked|expanded|selected|pressed|"
                    r"disabled|required|busy|invalid|modal|read only|multi-selectable|visited)|has popup \w+|"
                    r"orientated \w+")
_LEVEL = re.compile(r", level (\d+)")
_HEADING_END = re.compile(r", level \d+$")
MAX_HEADING_LINES = 4
MIN_ENDS = 3
MIN_SHARE = 0.3
_TEXT_BLOCKS = frozenset({"paragraph", "blockquote", "caption", "term", "definition", "note", "listitem"})
_INLINE = frozenset({"strong", "emphasis", "code", "mark", "subscript", "superscript", "deletion", "insertion",
                     "time", "generic", "link"})
_SILENT = frozenset({"button", "checkbox", "combobox", "image", "img", "listbox", "menuitem", "menuitemcheckbox",
                     "menuitemradio", "meter", "option", "progressbar", "radio", "radiogroup", "scrollbar",
                     "searchbox", "separator", "slider", "spinbutton", "switch", "tab", "textbox", "timer",
                     "tooltip", "presentation"})
_CELLS = frozenset({"cell", "columnheader", "rowheader", "gridcell"})


@dataclass(frozen=True)
class Phrase:
    """One spoken line: a role's announcement (`end` where it leaves the node), or text (`role` empty)."""
    role: str
    name: str = ""
    level: int = 0
    end: bool = False
    text: str = ""


def is_screen_reader_log(text: str) -> bool:
    """Whether `text` is a spoken phrase log: `MIN_SHARE` of its lines role phrases, `MIN_ENDS`
    of them the end of a container."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    phrases = [phrase for phrase in map(_phrase, lines) if phrase.role]
    ends = sum(phrase.end for phrase in phrases)
    return ends >= MIN_ENDS and len(phrases) >= MIN_SHARE * len(lines)


def read_screen_reader_log(text: str) -> str | None:
    """The log's page as Markdown, or None where it reads to no words."""
    phrases = _phrases(text)
    mains = [index for index, phrase in enumerate(phrases) if phrase.role == "main" and not phrase.end]
    if mains:
        phrases = phrases[mains[0] + 1:_closings(phrases).get(mains[0], mains[0])]
    closings = _closings(phrases)
    reader = _Reader()
    index = 0
    while index < len(phrases):
        phrase = phrases[index]
        if phrase.role and not phrase.end and is_furniture(phrase.role, phrase.name):
            index = closings.get(index, index)
        else:
            reader.read(phrase)
        index += 1
    blocks = without_empty(reader.finish())
    return blocks_as_markdown(blocks) if blocks else None


def _phrases(text: str) -> list[Phrase]:
    """The log's lines as phrases, a heading's name broken over lines joined back."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    phrases: list[Phrase] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.startswith("heading, ") and not _HEADING_END.search(line):
            ends = [end for end in range(index + 1, min(index + MAX_HEADING_LINES, len(lines)))
                    if _HEADING_END.search(lines[end])]
            if ends:
                line = " ".join(lines[index:ends[0] + 1])
                index = ends[0]
        phrases.append(_phrase(line))
        index += 1
    return phrases


def _phrase(line: str) -> Phrase:
    """A line as a role phrase where it opens with a role, else as text."""
    match = _PHRASE.match(line)
    if not match or match["role"] not in _ROLES or (match["role"] == "document" and match["rest"]):
        return Phrase("", text=line)
    rest = ", " + match["rest"] if match["rest"] else ""
    level = _LEVEL.search(rest)
    fields = rest.split(", ")  # its states off its end, one by one (no pattern searched the line again each time)
    while len(fields) > 1 and _STATE.fullmatch(fields[-1]):
        fields.pop()
    return Phrase(match["role"], ", ".join(fields)[2:], int(level.group(1)) if level else 0, bool(match["end"]))


def _closings(phrases: list[Phrase]) -> dict[int, int]:
    """The index of the phrase that ends each container opened in `phrases`, by the index of
    its opening: nested ones of its role counted, a repeated announcement ending where the one it
    repeats does; one pass over the phrases, a stack of open ones for each role. A container no
    phrase ends has no entry."""
    closings: dict[int, int] = {}
    opened: dict[str, list[int]] = {}
    for index, phrase in enumerate(phrases):
        if not phrase.role:
            continue
        stack = opened.setdefault(phrase.role, [])
        if phrase.end:
            if stack:
                closings[stack.pop()] = index
        elif index == 0 or phrases[index - 1] != phrase:
            stack.append(index)
    for index in range(1, len(phrases)):  # in order: a repeat of a repeat ends where the first does
        if index - 1 in closings and not phrases[index].end and phrases[index - 1] == phrases[index]:
            closings[index] = closings[index - 1]
    return closings


@dataclass
class _Reader:
    """The blocks the phrases make, a paragraph's or an item's words gathered until it ends."""
    blocks: list[Block] = field(default_factory=list)
    words: list[str] = field(default_factory=list)
    open: list[str] = field(default_factory=list)
    item_depth: int = 0
    rows: list[tuple[str, ...]] = field(default_factory=list)
    cells: list[str] = field(default_factory=list)

    def read(self, phrase: Phrase) -> None:
        if not phrase.role:
            if "table" not in self.open:
                self.words.append(phrase.text)
        elif phrase.role in _CELLS and not phrase.end:
            self.cells.append(phrase.name)
        elif phrase.role in _INLINE:
            self._inline(phrase)
        elif phrase.role == "heading":
            self._flush()
            self.blocks.append(Heading(phrase.level or 2, phrase.name))
        elif phrase.role not in _SILENT and phrase.role != "document":
            self._container(phrase)

    def _inline(self, phrase: Phrase) -> None:
        """A link or an inline word's announcement: its name a word of the text it stands in;
        a link standing alone (no text block open) no word, nor a "Share:" label before it."""
        if phrase.role != "link" or phrase.end:
            return
        if any(role in _TEXT_BLOCKS for role in self.open):
            self.words.append(phrase.name)
        elif self.words and self.words[-1].endswith(":"):
            self.words.pop()

    def _container(self, phrase: Phrase) -> None:
        """A container opened or left: the words gathered so far end their block."""
        self._flush()
        if not phrase.end:
            if phrase.role == "listitem":
                self.item_depth = max(phrase.level - 1, 0)
            self.open.append(phrase.role)
            return
        if phrase.role == "row" and self.cells:
            self.rows.append(tuple(self.cells))
            self.cells = []
        if phrase.role in self.open:
            del self.open[len(self.open) - 1 - self.open[::-1].index(phrase.role):]
        if phrase.role == "table" and self.rows:
            self.blocks.append(Table(tuple(self.rows)))
            self.rows = []

    def _flush(self) -> None:
        words = joined_words(self.words)
        self.words = []
        if not words:
            return
        inner = self.open[-1] if self.open else ""
        self.blocks.append(Item(words, self.item_depth) if inner == "listitem" else Paragraph(words))

    def finish(self) -> list[Block]:
        self._flush()
        if self.rows:
            self.blocks.append(Table(tuple(self.rows)))
        return self.blocks
