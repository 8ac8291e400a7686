"""A web page as edbrowse prints it (`b url`, `,p`), read as the Markdown of the leaflet it shows.

edbrowse, the line editor that browses, writes a page with marks of its own: a heading as a
line that opens with its tag ("h1 Kloofjes in de mondhoeken", "h2 Wat is het?"), a link's text
in braces ("{Home}", "{Privacy} | {Disclaimer}"), a form's field as its value in angle brackets
after its label ("Zoeken<><Zoek>": an empty text box and the button), a list's item after "* ".
Read as plain text, no heading was one, the title was the file's name, and the site's menu,
search box, breadcrumb, share bar, aside of links and footer stood as passages (red team 37).

The marks tell the page apart (`read_edbrowse`): headings become Markdown's, a link its words,
and what only links and fields make is the site's: the masthead over the page's own first lines
(its menu, search box, breadcrumb and all above them), and what closes the page after its last
text (a share line, a heading over nothing but links, a line of fields such as the site's
address, links to its statements). Those lines come back as furniture, which may still date the
page or name its publisher.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.clean.lines import ends_sentence
from ingest.markdown_escape import escaped_line_start
from ingest.share_names import name_kind
from ingest.web_dump import COPYRIGHT_LINE

_HEADING = re.compile(r"h(?P<level>[1-6]) (?P<text>\S.*)")
_LINK = re.compile(r"\{(?P<text>[^{}\n]+)\}")
_FIELD = re.compile(r"<[^<>\n]*>")  # a form's field: "<>" an empty text box, "<Zoek>" a button
_ITEM = re.compile(r"[ \t]*[*+-][ \t]+")  # "* {Home}"
_NUMBERED = re.compile(r"[ \t]*\d{1,3}[.)][ \t]+\S")  # "1. Was uw handen."
_GAP = re.compile(r"[\s|·•>›»/,-]*")  # what stands between a menu's or a trail's links
_LAST_STEP = re.compile(r"\s*[>›»/]\s*(?P<step>[^\W\d_][^{}<>]*)")  # " > Huid" after a trail's links (greedy: no backtracking)
MIN_HEADINGS = 2  # a page has a title and a section at least; one "h2 " line may be a text's own
MAX_FIELD_WORDS = 5  # a field of a footer's line: a name, an address, a phone number
_FIELD_SEPARATOR = re.compile(r"\s+[·|•]\s+")


@dataclass(frozen=True)
class EdbrowsePage:
    """An edbrowse page as Markdown, and the site's lines taken out of it, a line each."""

    markdown: str
    furniture: tuple[str, ...]


def is_edbrowse(text: str) -> bool:
    """Whether a text is edbrowse's print of a page: lines that open with a heading's tag
    ("h2 Wat is het?"), two at least, and a link in braces."""
    lines = text.split("\n")
    return sum(bool(_HEADING.fullmatch(line.rstrip())) for line in lines) >= MIN_HEADINGS \
        and any(_LINK.search(line) for line in lines)


def read_edbrowse(text: str) -> EdbrowsePage | None:
    """The page as Markdown without its site's masthead and closing lines, or None for a text
    that is no edbrowse print (`is_edbrowse`)."""
    if not is_edbrowse(text):
        return None
    lines = text.split("\n")
    chrome = _masthead(lines) | _closing(lines)
    furniture = tuple(_words(lines[index]) for index in sorted(chrome) if _words(lines[index]))
    kept = ["" if index in chrome else _as_markdown(line) for index, line in enumerate(lines)]
    return EdbrowsePage("\n".join(kept), furniture)


def _as_markdown(line: str) -> str:
    """A line of the page in Markdown: a heading's tag as its "#" marks, a link as its words."""
    heading = _HEADING.fullmatch(line.rstrip())
    if heading:
        return "#" * int(heading.group("level")) + " " + _LINK.sub(r"\g<text>", heading.group("text"))
    item = _ITEM.match(line)
    if item:
        return "* " + escaped_line_start(_LINK.sub(r"\g<text>", line[item.end():]).strip())
    if _NUMBERED.match(line):  # an ordered list's item stays one
        return _LINK.sub(r"\g<text>", line)
    return escaped_line_start(_LINK.sub(r"\g<text>", line))


def _words(line: str) -> str:
    """A line's words as the page shows them: no bullet, tag, braces or fields."""
    heading = _HEADING.fullmatch(line.rstrip())
    item = None if heading else _ITEM.match(line)
    text = heading.group("text") if heading else line[item.end():] if item else line
    return " ".join(_FIELD.sub(" ", _LINK.sub(r"\g<text>", text)).split())


def _is_links(line: str) -> bool:
    """Whether a line is links and nothing else but a bullet and separators ("* {Home}",
    "{Privacy} | {Disclaimer}"), or a trail of links that ends on the page's own step
    ("{Home} > {Zelfzorg} > Huid")."""
    item = _ITEM.match(line)  # a bullet opens the line, if any
    text = (line[item.end():] if item else line).strip()
    links = list(_LINK.finditer(text))
    if not links:
        return False
    if _GAP.fullmatch(_LINK.sub(" ", text)):
        return True
    step = _LAST_STEP.fullmatch(text[links[-1].end():])  # a trail's last step, no link
    return len(links) >= 2 and step is not None and _GAP.fullmatch(_LINK.sub(" ", text[:links[-1].end()])) is not None \
        and len(step.group("step").split()) <= MAX_FIELD_WORDS and not ends_sentence(step.group("step").strip())


def _is_form(line: str) -> bool:
    """Whether a line is a form's fields under their label at most ("Zoeken<><Zoek>")."""
    return bool(_FIELD.search(line)) and len(_FIELD.sub(" ", line).split()) <= MAX_FIELD_WORDS \
        and not ends_sentence(_FIELD.sub("", line).strip())


def _is_share(line: str) -> bool:
    """Whether a line is a share bar: links that share, after a label at most
    ("Delen: {WhatsApp} {Facebook} {E-mail}")."""
    names = [link.group("text").strip().lower() for link in _LINK.finditer(line)]
    label = _LINK.sub("", line).strip().rstrip(":").lower()
    return bool(names) and all(name_kind(name) for name in names) and (not label or name_kind(label) is not None)


def _masthead(lines: list[str]) -> set[int]:
    """The lines over the page's first heading down to its last line of the site's (links, a
    form's fields), all of them: what stands over the site's menu and breadcrumb (a banner,
    the logo's link) is the site's too; what stands between them and the heading (the
    sender's line) is the page's."""
    first = next((index for index, line in enumerate(lines) if _HEADING.fullmatch(line.rstrip())), len(lines))
    site = [index for index in range(first) if _is_links(lines[index]) or _is_form(lines[index])]
    return set(range(site[-1] + 1)) if site else set()


def _closing(lines: list[str]) -> set[int]:
    """The lines that close the page after its text, read back from its end while each is the
    site's: links alone, a share line, a form, a heading right over links (an aside: "h3 Snel
    naar" over "* {E-consult}"), and a line of short fields (the site's address) or a copyright
    line over such links. A line of the page's own text ends them."""
    found: set[int] = set()
    linked = False  # whether the site's links stand below the line being read
    over_links = False  # whether the filled line below it is links
    for index in reversed(range(len(lines))):
        line = lines[index].strip()
        if not line:
            continue
        links = _is_links(line) or _is_share(line) or _is_form(line)
        heading = _HEADING.fullmatch(line) is not None and over_links
        fields = linked and (COPYRIGHT_LINE.match(line) is not None or _is_fields(line))
        if not (links or heading or fields):
            break
        found.add(index)
        linked, over_links = linked or links, links
    return found


def _is_fields(line: str) -> bool:
    """Whether a line is short fields between separators that end no sentence (an address)."""
    fields = _FIELD_SEPARATOR.split(_LINK.sub(r"\g<text>", line))
    return len(fields) > 1 and all(len(field.split()) <= MAX_FIELD_WORDS and not ends_sentence(field)
                                   for field in fields)
