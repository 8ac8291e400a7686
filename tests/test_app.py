"""The Streamlit page through streamlit.testing: a question yields cited passages."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parent.parent / "app.py")


@pytest.fixture
def app(leaflet_index, monkeypatch) -> AppTest:
    monkeypatch.setenv("LEAFLETS_INDEX", str(leaflet_index))
    return AppTest.from_file(APP, default_timeout=120)


def passages(at: AppTest) -> list[str]:
    return [element.proto.body for element in at.get("html")]


def test_a_question_yields_a_cited_passage(app):
    app.run()
    app.text_input[0].input("waarom heb ik dikke enkels").run()
    assert not app.exception
    assert any("vocht" in body.lower() for body in passages(app)[:3])
    headings = [m.value for m in app.markdown]
    assert any("Focale segmentale glomerulosclerose" in h for h in headings)
    captions = [c.value for c in app.caption]
    assert any("Open de bron" in c and "2025\\-07\\-02" in c for c in captions)
    assert app.query_params["q"] == ["waarom heb ik dikke enkels"] or app.query_params["q"] == "waarom heb ik dikke enkels"


def test_query_in_the_url_prefills_and_searches(app):
    app.query_params["q"] = "en coup de sabre"
    app.run()
    assert not app.exception
    assert app.text_input[0].value == "en coup de sabre"
    assert "coup de sabre" in passages(app)[0]


def test_uncovered_question_says_so_first(app):
    app.query_params["q"] = "Mag ik autorijden na een niertransplantatie?"
    app.run()
    assert not app.exception
    warnings = [w.value for w in app.warning]
    assert any("niet te beantwoorden" in w for w in warnings)
    assert passages(app), "the closest passages are still offered below the warning"


def test_empty_page_shows_examples(app):
    app.run()
    assert not app.exception
    assert any("Voorbeelden" in m.value for m in app.markdown)
    assert not passages(app)
