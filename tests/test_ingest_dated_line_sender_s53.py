"""A page's dated line is asked for its sender (`ingest.html.page_dates.dated_line_sender`, a
walk over the whole tree) only where the page's head names no publisher: the sender is the
last the publisher is taken from, so there the walk could change nothing."""

import ingest.html.load
from ingest.html.load import load_html

PARAGRAPH = ("<p>De verpleegkundige bekijkt de wond elke week op de polikliniek. Zij vertelt u wat u "
             "zelf kunt doen en wanneer u ons moet bellen.</p>")
PAGE = ('<html><head><title>Wondzorg na de operatie</title>{head}</head><body><main>'
        '<h1>Wondzorg na de operatie</h1><p class="meta">Chirurgie, Isala Zwolle | Laatst bijgewerkt: '
        f'februari 2026</p>{PARAGRAPH}{PARAGRAPH}</main></body></html>')


def _walks(monkeypatch) -> list[object]:
    walked: list[object] = []
    walk = ingest.html.load.dated_line_sender

    def counting(tree):
        walked.append(tree)
        return walk(tree)

    monkeypatch.setattr(ingest.html.load, "dated_line_sender", counting)
    return walked


def test_a_page_whose_head_names_its_publisher_is_not_walked_for_a_dated_lines_sender(monkeypatch):
    walked = _walks(monkeypatch)
    source = load_html(PAGE.format(head='<meta property="og:site_name" content="Ziekenhuis Gelderse Vallei">'),
                       "wondzorg.html")
    assert source.publisher == "Ziekenhuis Gelderse Vallei"
    assert not walked


def test_a_page_whose_head_names_no_publisher_takes_its_dated_lines_sender(monkeypatch):
    walked = _walks(monkeypatch)
    source = load_html(PAGE.format(head=""), "wondzorg.html")
    assert source.publisher == "Isala Zwolle"
    assert len(walked) == 1
