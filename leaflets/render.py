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


def context_html(text: str, label: str) -> str:
    """A neighbouring passage, muted and labelled, so the hit itself stands out."""
    return (f'<div class="leaflet-context" style="color:#4a4a4a;border-left:3px solid #c8c8c8;'
            f'padding-left:0.6em;font-size:0.9em"><p><strong>{html.escape(label)}</strong></p>'
            f'{passage_html(text)}</div>')


def copy_button_html(text: str, label: str, done: str) -> str:
    """A labelled button that copies `text` to the clipboard.

    The text travels escaped in a data attribute, never inside the script, so
    leaflet content cannot become code; the script itself is fixed. Browsers offer
    the clipboard API only on https and localhost; an app served over plain http on
    a hospital's intranet copies through a selected, hidden text area instead. Once copied,
    the button's name says so, and a live region beside it tells a screen reader (its name
    alone changing is not read out).
    """
    return (
        f'<button type="button" class="copy-citation" data-citation="{html.escape(text, quote=True)}" '
        f'data-done="{html.escape(done, quote=True)}" aria-label="{html.escape(label, quote=True)}" '
        'style="padding:0.35em 0.9em;border:1px solid #1f4e79;border-radius:0.4em;'
        'background:#fff;color:#1f4e79;font:inherit;cursor:pointer">'
        f'{html.escape(label)}</button><span class="sr-only" role="status"></span>'
        "<script>"
        "document.querySelectorAll('button.copy-citation:not([data-ready])').forEach(function (b) {"
        "b.dataset.ready = '1';"
        "b.addEventListener('click', function () {"
        "var done = function () { b.textContent = b.dataset.done; b.setAttribute('aria-label', b.dataset.done);"
        "b.nextElementSibling.textContent = b.dataset.done; };"
        "if (navigator.clipboard && window.isSecureContext) {"
        "navigator.clipboard.writeText(b.dataset.citation).then(done); return; }"
        "var area = document.createElement('textarea');"
        "area.value = b.dataset.citation; area.setAttribute('readonly', '');"
        "area.style.position = 'fixed'; area.style.opacity = '0';"
        "document.body.appendChild(area); area.select();"
        "if (document.execCommand('copy')) { done(); }"
        "document.body.removeChild(area);"
        "}); });"
        "</script>"
    )
