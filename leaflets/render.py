"""Leaflet text made safe to show: data, never markup.

Whatever a leaflet contains (HTML, Markdown, `javascript:` links, scripts) is
escaped first; only then are highlight marks added around the best sentences.
"""

from __future__ import annotations

import html


def passage_html(text: str, highlights: tuple[str, ...] | list[str] = ()) -> str:
    """The passage as escaped HTML, paragraphs kept, best sentences in <mark>."""
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    return "".join(f"<p>{_mark(p, highlights)}</p>" for p in paragraphs)


def _mark(paragraph: str, highlights) -> str:
    escaped = html.escape(paragraph, quote=True)
    for sentence in highlights:
        target = html.escape(sentence, quote=True)
        if target and target in escaped:
            escaped = escaped.replace(target, f"<mark>{target}</mark>", 1)
    return escaped.replace("\n", "<br>")
