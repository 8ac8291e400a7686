"""What site generators add to Markdown, read as the text their pages show.

Leaflets kept in a documentation site (MkDocs, Hugo, Docusaurus, Pandoc, GitHub) use
Markdown's dialects. Left as they are, their marks reach passages, titles and citations
("Revalidatie na een schouderoperatie {#top}", '!!! warning "Let op" Heeft u ...',
"{{< tip >}} Slapen gaat ..."). Before the text is cleaned:
- a heading's attributes (`## Na de operatie {#na}`, `{: .class}`) go;
- a box (an admonition `!!! warning "Let op"` or `??? note` with an indented body, a
  fenced div `::: tip Let op` ... `:::`, a GitHub alert `> [!WARNING]`, a note app's callout
  `> [!warning] Let op`) keeps its body, opened by its own title where it has one ("Let op:
  Heeft u een peeshechting gehad?"); a type alone ("warning") is a style, not the leaflet's words;
- a note app's (Obsidian's) marks read as the note shows them: a link to another note
  (`[[Handtherapie na operatie|handtherapeut]]`) as its words, tags (`#tafeltest`) and block
  ids (`^contact`) at a line's end gone;
- a shortcode (`{{< tip >}}`, `{{% notice info %}}`) goes, the text between kept;
- a definition list's term and definition become one line ("Passief bewegen: iemand anders
  beweegt de arm"), as they read on the page;
- a box's type on a line of its own, in the lower case its page's style capitalised
  ("gevaar" over a Docusaurus warning that html2text wrote out), goes;
- a task list's boxes (`- [ ] `, `- [x] `) go, their items kept; Pandoc's example items
  (`@.  Mag ik ...`, text2qti's questions) are items;
- a web page that a converter (html2text, markdownify) wrote out as Markdown loses the page's
  chrome (menus, comments, footer: `ingest.web_dump.without_markdown_chrome`);
- a slide deck's speaker notes (markitdown's `### Notes:`) go (`ingest.markdown_deck`).
Fenced code keeps its text as it is.
"""

from __future__ import annotations

import re

from ingest.markdown_deck import without_speaker_notes
from ingest.markdown_html import rewrite_outside_code
from ingest.web_dump import without_markdown_chrome

_HEADING_ATTRIBUTES = re.compile(r"^(?P<heading> {0,3}#{1,6}\s.*?)\s*\{:?\s*[#.][^{}]*\}\s*$")
_ATTRIBUTE_LINE = re.compile(r" {0,3}\{:\s*[^{}]*\}\s*")  # kramdown's {: .class} under a block
_ADMONITION = re.compile(r" {0,3}(?:!!!|\?\?\?\+?)[ \t]+[\w-]+(?:[ \t]+inline(?:[ \t]+end)?)?"
                         r"(?:[ \t]+\"(?P<title>[^\"]*)\")?[ \t]*")
_DIV_FENCE = re.compile(r" {0,3}:::+\s*(?P<kind>\{[^}]*\}|[\w-]+)?\s*(?P<title>.*?)\s*:*\s*")
# A GitHub alert (`> [!WARNING]`) or a note app's callout, of any type, folded or not, with its
# title or none (Obsidian: `> [!tip]- Bewaartip`).
_ALERT = re.compile(r"(?P<quote> {0,3}>\s*)\[![\w-]+\][+-]?\s*(?P<title>.*?)\s*")
# A note app's link to another note (`[[Handtherapie na operatie|handtherapeut]]`, `[[Folders
# overzicht]]`, `[[Spalken#Nachtspalk]]`) or an embed of one, or of an image (`![[hand.png]]`).
_WIKI_LINK = re.compile(r"(?P<embed>!?)\[\[(?P<target>[^\[\]|#^]*)(?:#\^?(?P<part>[^\[\]|]*))?"
                        r"(?:\|(?P<alias>[^\[\]]*))?\]\]")
# A tag (`#tafeltest`, `#hand/chirurgie`): "#" after a blank or a line's start, then a name with a
# letter in it; "#1", "C#" and a link's "pagina#kop" are none.
_TAG = re.compile(r"(?<!\S)#(?P<name>[\w/-]*[^\W\d_][\w/-]*)")
_TRAILING_TAGS = re.compile(r"(?:[ \t]+#[\w/-]*[^\W\d_][\w/-]*)+[ \t]*$")
_BLOCK_ID = re.compile(r"(?:^|[ \t]+)\^(?=[\w-]*[A-Za-z])[A-Za-z0-9-]+[ \t]*$")  # a note app's id of a block: "... 12. ^contact"
_SHORTCODE = re.compile(r"\{\{[<%].*?[%>]\}\}")
_DEFINITION = re.compile(r" {0,3}[:~](?: {1,4}|\t)(?P<text>\S.*)")
# A box's type as a converted page shows it when its style set it in capitals (Docusaurus's admonitions,
# in English and Dutch): a style, not the leaflet's words.
_BOX_TYPE = re.compile(r"(?:note|tip|info|caution|danger|warning|important|notitie|let op|gevaar|waarschuwing"
                       r"|voorzichtig|belangrijk)")
_TASK_BOX = re.compile(r"^(?P<item>\s*(?:[-*+]|\d{1,3}[.)])\s+)\[[ xX]\]\s+")
# Pandoc's example list item (`@.  Mag ik ...`, `(@)`, `(@label)`), numbered on the page: an item.
_EXAMPLE_ITEM = re.compile(r"^(?P<indent> {0,3})(?:@[.)]|\(@[\w-]*\))(?=[ \t]+\S)")


def plain_dialects(text: str) -> str:
    """`text` (Markdown) without the marks of Markdown's dialects, their text kept."""
    return without_markdown_chrome(rewrite_outside_code(without_speaker_notes(text), _dialect_step))


def _dialect_step(lines: list[str], index: int, out: list[str]) -> int:
    admonition = _ADMONITION.fullmatch(lines[index])
    if admonition and _indented_next(lines, index):  # "!!! Neem geen ibuprofen" is a sentence
        return _admonition(lines, index, admonition.group("title") or "", out)
    if _BOX_TYPE.fullmatch(lines[index].strip()) and not (out and out[-1].strip()) \
            and index + 1 < len(lines) and not lines[index + 1].strip():
        return index + 1
    out.extend(_plain_line(lines[index], out))
    return index + 1


def _indented_next(lines: list[str], index: int) -> bool:
    """Whether the first filled line after `index` is indented by four spaces or a tab: an
    admonition's body, which it never is without."""
    following = next((line for line in lines[index + 1:] if line.strip()), "")
    return following.startswith(("    ", "\t"))


def _admonition(lines: list[str], index: int, title: str, out: list[str]) -> int:
    """Append an admonition's body, dedented and opened by its title, to `out`; return the
    number of the first line after it (its body: the lines indented under it, blank lines
    between them included)."""
    indent = len(lines[index]) - len(lines[index].lstrip(" "))
    body: list[str] = []
    end = index + 1
    while end < len(lines):
        line = lines[end]
        if line.strip() and len(line) - len(line.lstrip(" \t")) <= indent:
            break
        body.append(line)
        end += 1
    while body and not body[-1].strip():
        body.pop()
    deeper = min((len(line) - len(line.lstrip(" ")) for line in body if line.strip()), default=0)
    body = [line[deeper:] for line in body]
    if out and out[-1].strip():
        out.append("")
    out.extend(_opened_by(title, body))
    out.append("")
    return end


def _opened_by(title: str, body: list[str]) -> list[str]:
    """A box's body opened by its title: "Let op: Heeft u ..." when the body opens with a
    paragraph, the title on a line of its own before a list or a table."""
    title = title.strip()
    while body and not body[0].strip():
        body = body[1:]
    if not title:
        return body
    label = title if title.endswith((":", "?", "!", ".")) else f"{title}:"
    if body and not re.match(r"\s*(?:[-*+|>#]|\d{1,3}[.)])\s", body[0] + " "):
        return [f"{label} {body[0].lstrip()}", *body[1:]]
    return [label, *body]


def _plain_line(line: str, out: list[str]) -> list[str]:
    """One line outside fenced code and admonitions, its dialect's marks taken out; a
    definition joins its term, already in `out`."""
    line = _note_marks(line)
    heading = _HEADING_ATTRIBUTES.match(line)
    if heading:
        return [heading.group("heading")]
    if _ATTRIBUTE_LINE.fullmatch(line):
        return []
    fence = _DIV_FENCE.fullmatch(line)
    if fence and (fence.group("kind") or fence.group("title") or line.strip(": ") == ""):
        title = fence.group("title") if fence.group("kind") and not fence.group("kind").startswith("{") \
            else fence.group("title") if fence.group("kind") else ""
        return [""] + ([title if title.endswith((":", "?", "!", ".")) else f"{title}:"] if title else [])
    alert = _ALERT.fullmatch(line)
    if alert:
        title = alert.group("title")
        label = title if not title or title.endswith((":", "?", "!", ".")) else f"{title}:"
        return [alert.group("quote") + label if label else alert.group("quote").rstrip()]
    if not line.strip():
        return [""]
    definition = _DEFINITION.fullmatch(line)
    if definition and out and out[-1].strip() and not _DEFINITION.fullmatch(out[-1]) and _is_term(out):
        out[-1] = f"{out[-1].strip()}: {definition.group('text')}"
        return []
    if "{{" in line:
        line = _SHORTCODE.sub("", line)
        if not line.strip():
            return [""]
    return [_EXAMPLE_ITEM.sub(r"\g<indent>-", _TASK_BOX.sub(r"\g<item>", line), count=1)]


def _note_marks(line: str) -> str:
    """A line as a note app (Obsidian, Logseq) shows it: a link to a note reads as its alias or
    the note's name ("Spalken > Nachtspalk" for a part of it), an embed goes; tags at the end
    of a line, or a line of nothing else, are the note's keywords and go, a tag inside a
    sentence reads as its word; a block's id ("^contact") goes."""
    if "[[" in line:
        line = _WIKI_LINK.sub(_wiki_text, line)
    if "#" in line and _TAG.search(line):
        line = "" if not _TAG.sub("", line).strip() else _TAG.sub(r"\g<name>", _TRAILING_TAGS.sub("", line))
    if "^" in line:
        line = _BLOCK_ID.sub("", line)
    return line


def _wiki_text(link: re.Match[str]) -> str:
    if link.group("embed"):
        return ""
    if link.group("alias") is not None:
        return link.group("alias").strip()
    target, part = link.group("target").strip(), (link.group("part") or "").strip()
    return f"{target} > {part}" if target and part and not link.group(0).count("#^") else target or part


def _is_term(out: list[str]) -> bool:
    """Whether the last line of `out` stands alone as a definition's term: a short line
    after a blank line (or another definition), not the end of a paragraph."""
    term = out[-1].strip()
    before = out[-2] if len(out) > 1 else ""
    return len(term.split()) <= 8 and not term.endswith((".", ":", ";", ",")) and not term.startswith(("#", "|", "-", "*", ">")) \
        and (not before.strip() or ": " in before)
