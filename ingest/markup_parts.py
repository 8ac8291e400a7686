"""Markdown blocks that the wiki readers write alike: a list item at its depth, numbered on
at its depth, and a pipe table with its header row (Textile, Jira), and how a list line they
wrote is known (all of them)."""

from __future__ import annotations

import re

# A Markdown list item as `list_item` writes it: a paragraph after it needs a blank line first
LIST_LINE = re.compile(r"^[ \t]*(?:- |\d+\. )")
# A Markdown table's rule row ("|---|:--:|"), the line that says the row above it is a head.
PIPE_RULE = re.compile(r"\|(?:\s*:?-{3,}:?\s*\|)+")


def list_item(marks: str, text: str, numbers: dict[str, int]) -> str:
    """One "*" or "#" list line (already in Markdown inline marks) as a Markdown list item,
    indented under the marks before its last, numbered on from the one before it at its depth."""
    indent = "".join("   " if mark == "#" else "  " for mark in marks[:-1])
    for deeper in [key for key in numbers if len(key) > len(marks)]:
        del numbers[deeper]
    if marks[-1] != "#":
        return f"{indent}- {text}"
    numbers[marks] = numbers.get(marks, 0) + 1
    return f"{indent}{numbers[marks]}. {text}"


def pipe_table(rows: list[list[str]]) -> list[str]:
    """Rows of cells (already Markdown) as a pipe table, the first one its header, short rows
    filled out, with a blank line around it."""
    width = max(len(row) for row in rows)
    lines = ["| " + " | ".join(cell.replace("|", "\\|") for cell in row + [""] * (width - len(row))) + " |"
             for row in rows]
    return [""] + lines[:1] + ["|" + "|".join(" --- " for _ in range(width)) + "|"] + lines[1:] + [""]
