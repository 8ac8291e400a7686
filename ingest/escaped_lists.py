"""A list that html2text wrote with escaped markers, read as the list it is.

html2text (mastodon-archive's `text`, rss2email's text mail, many a site's Markdown export)
escapes a list mark that opens a line of a paragraph, so that Markdown keeps the line as text:
"\\- Draag handschoenen", "\\* Neem", "\\+ Drink", "1\\. Was uw handen". A writer who typed a list
as lines opening with a dash (a toot, a post with `<br />` between the lines, no `<ul>`) still
wrote a list: read as Markdown, its items ran together into one paragraph, backslashes kept
("\\- Draag … \\- Wanten …", red team 49).

In plain text a backslash before a list mark is only ever a Markdown writer's escape: it goes,
and the line reads as the item it is. In Markdown the escape may be meant (a reader of another
markup escapes a paragraph's line that happens to open with "- ", `ingest.markdown_escape`),
so only a list's shape makes the lines items: two escaped lines or more, one under the other
(or a blank line apart), each opening a paragraph or after a hard line break ("  " or "\\" at
the line above's end, html2text's `<br />`); a line between them that ends no hard break may
be an item's wrapped words.
"""

from __future__ import annotations

import re

# An escaped list mark at a line's start: a bullet's "\-", "\*", "\+", or a number's "1\." / "1\)".
_ESCAPED_MARK = re.compile(r"^(?P<indent>[ \t]*)(?:\\(?P<bullet>[-*+])|(?P<number>\d{1,9})\\(?P<dot>[.)]))(?=[ \t])")
_HARD_BREAK = re.compile(r"(?: {2,}|\\)$")
MIN_ITEMS = 2


def unescaped_plain_lists(text: str) -> str:
    """Plain text with each escaped list mark at a line's start unescaped (see the module)."""
    if "\\" not in text:
        return text
    return "\n".join(_unescaped(line) for line in text.split("\n"))


def unescaped_markdown_lists(text: str) -> str:
    """Markdown with the escaped list marks of a list's lines unescaped (see the module)."""
    if "\\" not in text:
        return text
    lines = text.split("\n")
    for run in _list_runs(lines):
        for index in run:
            lines[index] = _unescaped(lines[index])
    return "\n".join(lines)


def _list_runs(lines: list[str]) -> list[list[int]]:
    """The escaped lines of each list: of each run of escaped lines that open a paragraph or
    follow a hard break, with only an item's wrapped lines or blank lines between them, the runs
    of `MIN_ITEMS` lines or more."""
    runs: list[list[int]] = []
    run: list[int] = []
    for index, line in enumerate(lines):
        above = lines[index - 1] if index else ""
        opens = not above.strip() or bool(_HARD_BREAK.search(above))
        if _ESCAPED_MARK.match(line) and opens:
            run.append(index)
        elif line.strip() and (opens or not run):  # a paragraph's own line: the list, if any, ended
            runs.append(run)
            run = []
    runs.append(run)
    return [run for run in runs if len(run) >= MIN_ITEMS]


def _unescaped(line: str) -> str:
    mark = _ESCAPED_MARK.match(line)
    if not mark:
        return line
    opening = mark["bullet"] or mark["number"] + mark["dot"]
    return mark["indent"] + opening + line[mark.end():]
