"""git's colour words through an ANSI-to-HTML converter read as the new file's text.

`git diff --color-words` (`--word-diff=color`) writes one text: the words a change deleted in
red, those it inserted in green, the rest as the new file has it, under git's header (`diff
--git`, `index`, `---`, `+++`, a `@@` line per hunk). ansi2html turns the colours into classes
(`ansi31`, `ansi32`) or inline styles (`color: #aa0000`), aha into `color:red;`. Read as a
page, the old and new words ran together ("maximaal 75 dagen" of "7" deleted and "5"
inserted) and the whole diff was one passage (red team 53). Without the red words and the
header it is the new file, read as the text it is: Markdown where the file is a `.md`.

Only a `<pre>` that opens with git's header is read so (or ansi2html's `--inline` fragment,
coloured runs alone): a terminal's colours mean nothing else here. A line diff (`git diff --color`, every line marked `+`, `-` or a space) is a text
diff's, not colour words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Literal

import lxml.html
from lxml import etree
from lxml.html import HtmlElement

from ingest.review_copy.unified_diff import is_diff_header


@dataclass(frozen=True)
class ColourWordsText:
    """The new file's text, and whether it is Markdown (by the file's name in the header)."""

    text: str
    markup: Literal["markdown", "plain"]


# git's header of one file's diff, and the line that opens each hunk (its "function" context
# after the second `@@` is a copy of an earlier line).
_FILE_HEADER = re.compile(r"diff --git \S|--- \S")
_HUNK_LINE = re.compile(r"@@@? -\d+(?:,\d+)? \+\d+(?:,\d+)?(?: \+\d+(?:,\d+)?)? @@@?.*")
_NEW_FILE = re.compile(r"^\+\+\+ (?:b/)?(.+?)\s*$", re.MULTILINE)
_MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd", ".mkdn"}

# Colours as ANSI-to-HTML converters write them: ansi2html's classes, or a style's colour.
_RED_CLASSES = {"ansi31", "ansi91"}
_GREEN_CLASSES = {"ansi32", "ansi92"}
_RUNS = {"span", "font", "b", "strong", "br"}
_STYLE_COLOUR = re.compile(r"(?:^|;)\s*color\s*:\s*([^;]+)", re.IGNORECASE)
_NAMED = {"red": "red", "darkred": "red", "maroon": "red", "firebrick": "red", "crimson": "red",
          "green": "green", "darkgreen": "green", "lime": "green", "limegreen": "green",
          "forestgreen": "green", "seagreen": "green"}


def colour_words_text(html: str) -> ColourWordsText | None:
    """The new file's text a colour-words diff page shows, or None where the page is none."""
    if "diff --git" not in html and "+++ " not in html:
        return None
    try:
        root = lxml.html.document_fromstring(
            html.encode("utf-8", "surrogatepass"), parser=lxml.html.HTMLParser(encoding="utf-8", huge_tree=True))
    except (etree.ParserError, ValueError):
        return None
    for pre in [*root.iter("pre"), *_bare_fragment(root)]:
        shown = pre.text_content().lstrip("\n")
        if not _FILE_HEADER.match(shown) or not any(_colour(box) for box in pre.iter()):
            continue
        body = _without_headers(_new_text(pre).split("\n"))
        if body is None or all(line[:1] in " +-" for line in body if line.strip()):
            continue  # no hunk, or a line diff: no colour words
        name = _NEW_FILE.search(shown)
        markdown = name is not None and PurePosixPath(name.group(1)).suffix.lower() in _MARKDOWN_SUFFIXES
        return ColourWordsText("\n".join(body).strip("\n") + "\n", "markdown" if markdown else "plain")
    return None


def _bare_fragment(root: HtmlElement) -> list[HtmlElement]:
    """The body of a fragment of coloured runs alone (ansi2html's `--inline`: no `<pre>`, its
    lines kept in the text), as a box to read like a `<pre>`."""
    body = root.find("body")
    if body is None or not len(body) or any(not isinstance(child.tag, str) or child.tag not in _RUNS
                                            for child in body):
        return []
    return [body]


def _new_text(box: HtmlElement) -> str:
    """A box's text without its red (deleted) words; its tail is not its own."""
    if _colour(box) == "red":
        return ""
    return (box.text or "") + "".join(_new_text(child) + (child.tail or "") for child in box
                                      if isinstance(child.tag, str))


def _without_headers(lines: list[str]) -> list[str] | None:
    """The diff's lines without git's file headers and hunk lines; None where no hunk opens."""
    kept: list[str] = []
    in_header = hunks = False
    for line in lines:
        if line.startswith("diff --git ") or (not hunks and line.startswith("--- ")):
            in_header = True
        if in_header and (is_diff_header(line) or not line.strip()):
            continue
        if _HUNK_LINE.fullmatch(line):
            in_header, hunks = False, True
            continue
        if in_header:
            return None  # a header line git does not write: no diff of git's
        kept.append(line)
    return kept if hunks else None


def _colour(box: HtmlElement) -> str:
    """"red" or "green" where a box's class or style gives its text that colour, else ""."""
    if not isinstance(box.tag, str):
        return ""
    classes = set(box.get("class", "").split())
    if classes & _RED_CLASSES:
        return "red"
    if classes & _GREEN_CLASSES:
        return "green"
    styled = _STYLE_COLOUR.search(box.get("style", ""))
    return _named_colour(styled.group(1).strip().lower()) if styled else ""


def _named_colour(value: str) -> str:
    """"red" or "green" for a CSS colour that is clearly one of them (a name, `#rgb`,
    `#rrggbb` or `rgb(…)`), else ""."""
    if value in _NAMED:
        return _NAMED[value]
    digits = re.fullmatch(r"#([0-9a-f]{3}|[0-9a-f]{6})", value)
    numbers = re.fullmatch(r"rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,[^)]*)?\)", value)
    if digits:
        hex_digits = digits.group(1) if len(digits.group(1)) == 6 else "".join(d * 2 for d in digits.group(1))
        red, green, blue = (int(hex_digits[i:i + 2], 16) for i in (0, 2, 4))
    elif numbers:
        red, green, blue = (int(number) for number in numbers.groups())
    else:
        return ""
    if red >= 0x80 and max(green, blue) <= red // 2:
        return "red"
    if green >= 0x80 and max(red, blue) <= green // 2:
        return "green"
    return ""
