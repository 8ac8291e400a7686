"""The Streamlit app through streamlit.testing: every page and its states.

Search (covered, uncovered, examples, English), exact search (phrases, modes,
filters, neighbours, citation), coverage (question table, CSV, inventory, query
log) and adding leaflets (a bad file, a good one), with each page's state read
from and written to the URL.
"""

from __future__ import annotations

import csv
import html
import io
import math
import re
import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parent.parent / "app.py")
FSGS = "Focale segmentale glomerulosclerose (FSGS)"
SSC = "Systemische sclerose, Sclerodermie"


@pytest.fixture
def app(leaflet_index, monkeypatch) -> AppTest:
    monkeypatch.setenv("LEAFLETS_INDEX", str(leaflet_index))
    monkeypatch.delenv("LEAFLETS_QUERY_LOG", raising=False)
    return AppTest.from_file(APP, default_timeout=120)


@pytest.fixture
def own_index(leaflet_index, tmp_path, monkeypatch) -> Path:
    """A private copy of the test index, for tests that write to it (uploads, query log)."""
    copy = tmp_path / "index"
    shutil.copytree(leaflet_index, copy, ignore=shutil.ignore_patterns("ingest.lock"))
    monkeypatch.setenv("LEAFLETS_INDEX", str(copy))
    return copy


def passages(at: AppTest) -> list[str]:
    return [element.proto.body for element in at.get("html") if "<style>" not in element.proto.body
            and "leaflet-context" not in element.proto.body and "copy-citation" not in element.proto.body
            and "documentElement.lang" not in element.proto.body and 'role="status"' not in element.proto.body]


def announced(at: AppTest) -> list[str]:
    """What the page's live region reads out to a screen reader."""
    return [element.proto.body for element in at.get("html") if 'role="status"' in element.proto.body
            and "copy-citation" not in element.proto.body]


def titles(at: AppTest) -> list[str]:
    """The card titles (headings, so that screen readers can move from card to card),
    Markdown escapes removed: '1\\. Title' -> 'Title'."""
    return [h.value.split("\\. ", 1)[1].replace("\\", "") for h in at.subheader
            if h.value.split("\\. ", 1)[0].isdigit()]


def param(at: AppTest, name: str):
    value = at.query_params.get(name)
    return value[0] if isinstance(value, list) and len(value) == 1 else value


# Search (patients)

def test_a_covered_question_yields_cited_cards(app):
    # ("waarom heb ik dikke enkels" finds the same card first, but the test leaflets never say
    # "dikke", which since rare words cost more puts it just under the threshold here)
    app.run()
    app.text_input(key="q").input("Waarom houd ik vocht vast in mijn enkels?").run()
    assert not app.exception
    assert not app.warning, "a covered question gets no 'not covered' warning"
    assert any("vocht" in body.lower() and "<mark>" in body for body in passages(app)[:3])
    assert FSGS in titles(app)
    assert any("bijgewerkt 2 juli 2025" in m.value for m in app.markdown)
    assert param(app, "q") == "Waarom houd ik vocht vast in mijn enkels?"
    # a screen reader hears that passages were found, and from which leaflet the first is
    [said] = announced(app)
    assert "passages uit de folders gevonden; de eerste komt uit" in said and 'aria-live="polite"' in said


def test_query_in_the_url_prefills_and_searches(app):
    app.query_params["q"] = "en coup de sabre"
    app.run()
    assert not app.exception
    assert app.text_input(key="q").value == "en coup de sabre"
    assert "coup de sabre" in passages(app)[0]


def test_the_browser_back_button_brings_the_earlier_question_back(app):
    """Back (or Forward) changes the address under the page: the page must show the address's
    question, not write the later one back over it (it did: Back seemed to do nothing)."""
    app.run()
    app.text_input(key="q").input("en coup de sabre").run()
    app.text_input(key="q").input("Is FSGS erfelijk?").run()
    assert param(app, "q") == "Is FSGS erfelijk?"
    app.query_params["q"] = "en coup de sabre"  # what the Back button does to the address
    app.run()
    assert not app.exception
    assert app.text_input(key="q").value == "en coup de sabre" and param(app, "q") == "en coup de sabre"
    assert "coup de sabre" in passages(app)[0]
    app.query_params["page"] = "exact"  # Forward to a look-up on another page, and Back again
    app.query_params["xq"] = "VEDOSS"
    del app.query_params["q"]
    app.run()
    assert app.text_input(key="xq").value == "VEDOSS"
    app.query_params.clear()
    app.query_params["q"] = "Is FSGS erfelijk?"
    app.run()
    assert not app.exception
    assert app.text_input(key="q").value == "Is FSGS erfelijk?" and param(app, "page") is None


def test_a_misspelt_word_offers_the_leaflets_spelling(app):
    app.query_params["q"] = "nierbiobsie"
    app.run()
    button = app.button(key="did-you-mean")
    assert button.label == "Bedoelde u: nierbiopsie?"
    button.click().run()
    assert not app.exception
    assert app.text_input(key="q").value == "nierbiopsie" and param(app, "q") == "nierbiopsie"
    assert not [b for b in app.button if b.key == "did-you-mean"]  # spelt right: no offer


def test_a_brand_name_is_searched_by_the_leaflets_name_for_it_and_the_page_says_so(app):
    app.query_params["q"] = "helpt Imuran bij sclerodermie"  # the leaflet says azathioprine
    app.run()
    assert not app.exception
    [note] = [info.value for info in app.info if "Imuran" in info.value]
    assert "Imuran staat niet in de folders" in note and "azathioprine" in note
    assert any("azathioprine" in body.lower() for body in passages(app)[:3])
    exact_app(app, "Imuran")  # staff's literal search finds nothing, but is told the leaflets' name
    assert not app.exception
    assert any("daar heet het azathioprine" in info.value for info in app.info)


def test_uncovered_question_says_so_first_then_the_nearest_passages(app):
    app.query_params["q"] = "Mag ik autorijden na een niertransplantatie?"
    app.run()
    assert not app.exception
    warning = app.warning[0].value
    assert "niet te beantwoorden" in warning and "arts of verpleegkundige" in warning
    assert passages(app), "the closest passages are still offered below the warning"
    nodes = list(app.main)
    warning_at = next(i for i, node in enumerate(nodes) if node is app.warning[0])
    first_card_at = next(i for i, node in enumerate(nodes) if getattr(node, "type", "") == "html"
                         and node.proto.body.startswith("<p>"))
    assert warning_at < first_card_at, "the plain 'not covered' comes before any passage"
    assert any("dichtst bij" in h.value for h in app.header)
    [said] = announced(app)
    assert "niet te beantwoorden" in said  # read out too, not only shown


def test_a_question_in_another_language_is_told_the_verdict_is_less_sure(app):
    # Turkish: can I get financial help if scleroderma stops me working (the leaflets do not say)
    app.query_params["q"] = "Skleroderma yüzünden artık çalışamazsam maddi yardım alabilir miyim?"
    app.run()
    assert not app.exception
    warning = app.warning[0].value
    assert "andere taal" in warning and "arts of verpleegkundige" in warning
    assert "another language" in warning  # and in English, which more people read than Dutch
    assert "niet te beantwoorden" not in warning  # not the plain "the leaflets do not answer"
    assert passages(app), "the closest passages are offered to read"


def test_a_turkish_question_the_leaflets_answer_is_shown_answered_with_a_check_note(app):
    app.query_params["q"] = "neden ayak bileklerim şişiyor"  # Turkish: why are my ankles swollen
    app.run()
    assert not app.exception
    assert "Controleer of de passages hieronder uw vraag echt beantwoorden" in app.warning[0].value
    assert any("Passages uit de folders" in h.value for h in app.header)


def test_passages_found_for_a_question_in_another_language_come_with_a_check_note(app):
    # an English question the leaflets do not answer can still look answered across languages
    app.query_params["q"] = "How often should I go to the dentist if I have scleroderma?"
    app.run()
    assert not app.exception
    warning = app.warning[0].value
    assert "Controleer of de passages hieronder uw vraag echt beantwoorden" in warning
    assert passages(app)


def test_empty_page_shows_examples_and_the_note(app):
    app.run()
    assert not app.exception
    assert not passages(app)
    assert any("geen medisch advies" in c.value for c in app.caption)
    examples = [b.label for b in app.button]
    assert "Is FSGS erfelijk?" in examples
    app.button(key="example-1").click().run()
    assert app.text_input(key="q").value == "Is FSGS erfelijk?"
    assert passages(app) and param(app, "q") == "Is FSGS erfelijk?"
    # with a question asked, the examples give way to its answer (on a phone they filled the screen)
    assert not [b for b in app.button if b.key and b.key.startswith("example-")]


def test_english_switch_translates_the_interface_not_the_leaflets(app):
    app.query_params["lang"] = "en"
    app.query_params["q"] = "Mag ik autorijden na een niertransplantatie?"
    app.run()
    assert not app.exception
    assert app.title[0].value == "Search patient leaflets"
    assert "doctor or nurse" in app.warning[0].value
    assert any("not medical advice" in c.value for c in app.caption)
    english = passages(app)
    assert any('documentElement.lang = "en"' in e.proto.body for e in app.sidebar.get("html"))
    app.sidebar.radio(key="lang").set_value("nl").run()
    assert app.title[0].value == "Zoeken in patiëntenfolders"
    assert any('documentElement.lang = "nl"' in e.proto.body for e in app.sidebar.get("html"))
    assert english and passages(app) == english, "leaflet text is never translated"
    assert "lang" not in app.query_params, "the default language keeps the address short"


# Exact search (support staff)

def exact_app(app: AppTest, query: str, **params) -> AppTest:
    app.query_params["page"] = "exact"
    app.query_params["xq"] = query
    for name, value in params.items():
        app.query_params[name] = value
    return app.run()


def test_exact_phrase_with_neighbours_and_citation(app):
    exact_app(app, '"en coup de sabre"')
    assert not app.exception
    assert app.radio(key="mode").value == "exact"
    hits = passages(app)
    assert hits and all("coup de sabre" in body for body in hits)
    assert "<mark>" in hits[0]
    context = [e.proto.body for e in app.get("html") if "leaflet-context" in e.proto.body]
    assert context, "the passages around the hit are shown for context"
    quote = app.code[0].value
    assert quote.startswith('"') and "en coup de sabre" in quote
    assert f'" ({SSC}, Verschillende vormen > Lokale sclerodermie, ' in quote and quote.endswith(")")
    # the date as the card says it, and no path on the server (a reply's reader cannot open it)
    assert quote.endswith(", datum onbekend, geen webadres; bestand systemische-sclerose.txt)")
    assert "file:" not in quote
    buttons = [e.proto.body for e in app.get("html") if "copy-citation" in e.proto.body]
    assert buttons and "Kopieer citaat" in buttons[0]
    # and the marked sentence alone, with the same citation, for a reply that quotes one line
    assert "Kopieer gemarkeerde zin met citaat" in buttons[0]
    sentence = html.unescape(re.findall(r'data-citation="([^"]*)"', buttons[0])[1])
    assert sentence.startswith('"') and "en coup de sabre" in sentence and len(sentence) < len(quote)
    assert sentence.endswith(quote[quote.index('" ('):][1:])


def test_cards_are_headings_under_the_answers_heading(app):
    """Screen-reader users jump from result to result by headings: each card's title is one
    (h3), under the answers' heading (h2)."""
    app.run()
    app.text_input(key="q").input("Waarom houd ik vocht vast in mijn enkels?").run()
    assert not app.exception
    assert [(h.value, h.proto.tag) for h in app.header] == [("Passages uit de folders", "h2")]
    cards = titles(app)
    assert cards and len(cards) == len(passages(app)) and cards[0] == FSGS
    assert {h.proto.tag for h in app.subheader} == {"h3"}


def test_exact_search_shows_more_than_five_passages_on_request(app):
    """Staff look up every place a term stands: five and no more, with no sign of others,
    hid most of them."""
    exact_app(app, "nieren")
    first = passages(app)
    assert len(first) == 5
    assert any("er zijn er meer" in c.value for c in app.caption)
    app.button(key="exact_more").click().run()
    assert not app.exception
    more = passages(app)
    assert len(more) > 5 and more[:5] == first
    assert not [b for b in app.button if b.key == "exact_more"] or len(more) == 25


def test_exact_search_does_not_stem_or_paraphrase(app):
    exact_app(app, "enkel")  # the leaflets say "enkels"; exact search must not stem
    assert not app.exception
    assert not passages(app)
    assert "Geen passage bevat al deze woorden" in app.info[0].value
    app.radio(key="mode").set_value("lexical").run()
    assert passages(app), "the stemmed word search finds 'enkels'"
    assert param(app, "mode") == "lexical"


def test_leaflet_filter_from_the_url_limits_the_hits(app):
    exact_app(app, "medicijnen", leaflet="fsgs")
    assert not app.exception
    assert app.multiselect(key="leaflet").value == ["fsgs"]
    assert titles(app) and set(titles(app)) == {FSGS}
    app.multiselect(key="leaflet").set_value(["systemische-sclerose"]).run()
    assert set(titles(app)) == {SSC}
    assert param(app, "leaflet") == "systemische-sclerose"


def test_publisher_filter(tmp_path, settings, embedder, monkeypatch):
    from leaflets.api import ingest_paths

    sources = tmp_path / "sources"
    sources.mkdir()
    for name, publisher in (("nier", "Nierstichting"), ("reuma", "ReumaNederland")):
        (sources / f"{name}.md").write_text(
            f"# Folder over {name}\n\n## Behandeling\n\nBij {name}klachten helpen medicijnen soms.\n",
            encoding="utf-8")
    (sources / "catalog.toml").write_text(
        '[leaflets."nier.md"]\npublisher = "Nierstichting"\n'
        '[leaflets."reuma.md"]\npublisher = "ReumaNederland"\n', encoding="utf-8")
    index = tmp_path / "index"
    assert not ingest_paths(settings.with_overrides(index=index, sources=sources)).errors
    monkeypatch.setenv("LEAFLETS_INDEX", str(index))
    app = exact_app(AppTest.from_file(APP, default_timeout=120), "medicijnen")
    assert set(titles(app)) == {"Folder over nier", "Folder over reuma"}
    assert app.multiselect(key="publisher").options == ["Nierstichting", "ReumaNederland"]
    app.multiselect(key="publisher").set_value(["ReumaNederland"]).run()
    assert titles(app) == ["Folder over reuma"]
    assert param(app, "publisher") == "ReumaNederland"
    assert param(app, "xq") == "medicijnen" and param(app, "page") == "exact"


def test_a_text_printed_in_several_leaflets_is_one_card_naming_the_others(tmp_path, settings, monkeypatch):
    from leaflets.api import ingest_paths

    sources = tmp_path / "sources"
    sources.mkdir()
    for form in ("pen", "spuit"):
        (sources / f"{form}.md").write_text(
            f"# Middel X in een {form}\n\n## Zwangerschap\n\nBent u zwanger? Overleg dan eerst met uw arts.\n\n"
            f"## Bewaren\n\nBewaar de {form} in de koelkast.\n", encoding="utf-8")
    index = tmp_path / "index"
    assert not ingest_paths(settings.with_overrides(index=index, sources=sources)).errors
    monkeypatch.setenv("LEAFLETS_INDEX", str(index))
    at = AppTest.from_file(APP, default_timeout=120)
    at.query_params["q"] = "mag ik dit middel gebruiken als ik zwanger ben"
    at.run()
    assert not at.exception
    cards = passages(at)
    assert sum("Bent u zwanger?" in card for card in cards) == 1
    [note] = [c.value for c in at.caption if c.value.startswith("Dezelfde tekst staat ook in")]
    assert "Middel X in een" in note


# Coverage (editors)

def test_coverage_table_with_csv(app, monkeypatch):
    from leaflets.pages import coverage as page

    made = []
    monkeypatch.setattr(page, "rows_csv", lambda rows, **how: made.append(how) or "")
    app.query_params["page"] = "coverage"
    app.run()
    assert not app.exception
    app.text_area(key="questions").input("Is FSGS erfelijk?\nMag ik autorijden na een niertransplantatie?\n")
    app.button(key="coverage_run").click().run()
    assert not app.exception
    table = app.dataframe[0].value
    assert list(table["Vraag"]) == ["Is FSGS erfelijk?", "Mag ik autorijden na een niertransplantatie?"]
    assert list(table["Beantwoord"]) == ["ja", "nee"]
    assert table["Folder"][0] == FSGS and "erfelijk" in table["Beste passage"][0].lower()
    assert any("1 van 2 vragen" in m.value for m in app.markdown)
    download = app.get("download_button")[0]
    assert download.proto.label == "Download als CSV"
    assert made[-1] == {"spreadsheet": "nl"}  # a Dutch Excel's CSV (test_csv_of_the_page_matches_the_cli_table)
    assert "Andere taal (oordeel minder zeker)" not in table.columns  # all asked in the leaflets' language


def test_a_questions_file_over_the_limit_is_named_and_the_typed_questions_still_run(app):
    app.query_params["page"] = "coverage"
    app.run()
    app.text_area(key="questions").input("Is FSGS erfelijk?\n")
    app.get("file_uploader")[0].upload("vragen.txt", b"Wat is FSGS?\n" * 100_000, "text/plain")
    app.run()
    app.button(key="coverage_run").click().run()
    assert not app.exception
    assert [e.value for e in app.error] == ["vragen.txt is te groot (1,3 MB; de grens is 1 MB)."]
    assert list(app.dataframe[0].value["Vraag"]) == ["Is FSGS erfelijk?"]


def test_coverage_table_names_a_question_asked_in_another_language(app):
    app.query_params["page"] = "coverage"
    app.run()
    app.text_area(key="questions").input("Is FSGS erfelijk?\nFSGS kalıtsal mı?\n")
    app.button(key="coverage_run").click().run()
    assert not app.exception
    table = app.dataframe[0].value
    assert list(table["Andere taal (oordeel minder zeker)"].fillna("")) == ["", "tr"]


def test_leaflet_inventory_marks_old_and_undated_leaflets(app):
    app.query_params["page"] = "coverage"
    app.query_params["stale"] = "100000"
    app.run()
    assert not app.exception
    assert app.number_input(key="stale").value == 100000
    inventory = app.dataframe[0].value
    rows = {row["Titel"]: row for row in inventory.to_dict("records")}
    assert rows[FSGS]["Verouderd"] == "nee" and rows[FSGS]["Laatst bijgewerkt"] == "2025-07-02"
    assert rows[SSC]["Verouderd"] == "ja: geen datum", "no date: nobody can tell whether it is current"
    assert math.isnan(rows[SSC]["Leeftijd (dagen)"]) and app.dataframe[0].proto.placeholder == "–"
    assert rows[FSGS]["Passages"] > 0 and rows[FSGS]["Hoofdstukken"] > 0
    assert rows[FSGS]["Bestand"] == "fsgs.txt"  # two leaflets of one title are told apart
    app.number_input(key="stale").set_value(1).run()
    rows = {row["Titel"]: row for row in app.dataframe[0].value.to_dict("records")}
    assert rows[FSGS]["Verouderd"] == "ja"
    assert param(app, "stale") == "1"


def test_inventory_names_the_files_the_last_ingest_skipped(own_index, tmp_path):
    from index.layout import record_skipped

    empty, fixed = tmp_path / "leeg.txt", tmp_path / "hersteld.txt"
    empty.write_text("")
    fixed.write_text("")
    record_skipped(own_index, {str(empty.resolve()): "the file is empty (0 bytes)",
                               str(fixed.resolve()): "the file is empty (0 bytes)"}, [])
    fixed.write_text("Jicht\n\nEet minder vlees.\n")  # changed since: the next ingest reads it again
    at = AppTest.from_file(APP, default_timeout=120)
    at.query_params["page"] = "coverage"
    at.run()
    assert not at.exception
    assert any("Bij het laatste inlezen konden 1 bestand(en) niet worden gelezen" in w.value for w in at.warning)
    rows = at.dataframe[1].value.to_dict("records")  # after the inventory
    assert rows == [{"Bestand": str(empty.resolve()), "Oorzaak": "het bestand is leeg."}]  # in plain Dutch


def test_no_skipped_files_no_warning(app):
    app.query_params["page"] = "coverage"
    app.run()
    assert not any("niet worden gelezen" in w.value for w in app.warning)


def test_query_log_is_off_by_default(app):
    app.query_params["page"] = "coverage"
    app.run()
    assert any("zoeklogboek staat uit" in i.value for i in app.info)


def test_uncovered_searches_appear_grouped_when_the_log_is_on(own_index, monkeypatch):
    monkeypatch.setenv("LEAFLETS_QUERY_LOG", "1")
    for question in ("Mag ik autorijden na een niertransplantatie?",
                     "mag ik  autorijden na een niertransplantatie", "Is FSGS erfelijk?",
                     "Skleroderma yüzünden artık çalışamazsam maddi yardım alabilir miyim?"):
        at = AppTest.from_file(APP, default_timeout=120)
        at.query_params["q"] = question
        at.run()
        assert not at.exception
    assert (own_index / "query-log.jsonl").exists()
    at = AppTest.from_file(APP, default_timeout=120)
    at.query_params["page"] = "coverage"
    at.run()
    assert not at.exception
    log = at.dataframe[-1].value.to_dict("records")
    assert len(log) == 2, "the covered question is not listed; the two Dutch uncovered ones are one group"
    assert log[0]["Aantal"] == 2 and "autorijden" in log[0]["Vraag (voorbeeld)"]
    language = "Andere taal (oordeel minder zeker)"  # editors see which languages users ask in
    assert log[0][language] == "" and log[1][language] == "tr"


def test_a_question_counts_once_per_visit_and_look_ups_are_no_questions(own_index, monkeypatch):
    """Switching the language or running the page again logged the question again (editors
    read "asked 3 times"); staff's exact look-ups ("VEDOS", misspelt) stood among the
    patients' questions that nothing answers."""
    monkeypatch.setenv("LEAFLETS_QUERY_LOG", "1")
    at = AppTest.from_file(APP, default_timeout=120)
    at.query_params["q"] = "Mag ik autorijden na een niertransplantatie?"
    at.run()
    at.sidebar.radio(key="lang").set_value("en").run()
    at.run()
    exact = AppTest.from_file(APP, default_timeout=120)
    exact.query_params["page"] = "exact"
    exact.query_params["xq"] = "VEDOS"
    exact.run()
    assert not at.exception and not exact.exception
    lines = (own_index / "query-log.jsonl").read_text().splitlines()
    assert len(lines) == 2  # the question once, the look-up once
    at = AppTest.from_file(APP, default_timeout=120)
    at.query_params["page"] = "coverage"
    at.run()
    log = at.dataframe[-1].value.to_dict("records")
    assert [row["Aantal"] for row in log] == [1] and "autorijden" in log[0]["Vraag (voorbeeld)"]


# Adding leaflets (editors)

def test_upload_reports_each_bad_file_in_plain_words(own_index):
    at = AppTest.from_file(APP, default_timeout=120)
    at.query_params["page"] = "upload"
    at.run()
    assert not at.exception
    uploader = at.get("file_uploader")[0]
    uploader.upload("kapot.pdf", b"this is no pdf at all", "application/pdf")
    uploader.upload("leeg.txt", b"", "text/plain")
    at.run()
    at.button(key="upload_run").click().run()
    assert not at.exception
    errors = [e.value for e in at.error]
    assert any("kapot.pdf" in e and "geen PDF" in e for e in errors)
    assert any("leeg.txt" in e and "leeg" in e for e in errors)
    assert not at.success
    assert not list((own_index / "uploads").glob("*.*")), "refused files are not stored"


def test_a_file_over_the_size_limit_is_refused_by_name_with_its_size_and_the_limit(own_index, monkeypatch):
    """The widget used to refuse it in English beside the file, hand the page nothing, and the
    page then asked the editor to choose a file (a user test with a 31.5 MB PDF)."""
    monkeypatch.setenv("LEAFLETS_MAX_UPLOAD_MB", "0.5")
    at = AppTest.from_file(APP, default_timeout=120)
    at.query_params["page"] = "upload"
    at.run()
    assert at.get("file_uploader")[0].proto.max_upload_size_mb != 1  # no limit of the widget's own
    at.get("file_uploader")[0].upload("groot.txt", b"Nierstenen\n\nDrink veel water.\n" * 30_000, "text/plain")
    at.run()
    at.button(key="upload_run").click().run()
    assert not at.exception
    assert [e.value for e in at.error] == ["groot.txt is niet toegevoegd: het bestand is te groot "
                                           "(900 kB; de grens is 500 kB)."]


def test_upload_of_a_good_file_is_indexed_and_searchable(own_index):
    at = AppTest.from_file(APP, default_timeout=120)
    at.query_params["page"] = "upload"
    at.run()
    text = ("# Nierstenen\n\n## Wat zijn nierstenen?\n\nNierstenen zijn harde klompjes in de nier. "
            "Drink veel water om nierstenen te voorkomen.\n").encode()
    at.get("file_uploader")[0].upload("../../etc/nierstenen.md", text, "text/markdown")
    at.run()
    at.button(key="upload_run").click().run()
    assert not at.exception
    assert "3 folders" in at.success[0].value
    stored = list((own_index / "uploads").iterdir())
    assert [p.name for p in stored if not p.name.startswith(".")] == ["upload-nierstenen.md"]
    search = AppTest.from_file(APP, default_timeout=120)
    search.query_params["page"] = "exact"
    search.query_params["xq"] = "klompjes"
    search.run()
    assert titles(search) == ["Nierstenen"]


def test_upload_of_a_corrected_leaflet_replaces_it(own_index, tmp_path):
    """The editor's way to fix a leaflet: upload the corrected file under its name. Before,
    it was added beside the old one, and search showed the old text first."""
    from leaflets import api
    from leaflets.config import Settings

    src = tmp_path / "src"
    src.mkdir()
    (src / "jicht.txt").write_text("Jicht\n\nBij een jichtaanval mag u 3 dagen geen vlees eten.\n")
    assert not api.ingest_paths(Settings.from_env(), [src / "jicht.txt"]).errors
    at = AppTest.from_file(APP, default_timeout=120)
    at.query_params["page"] = "upload"
    at.run()
    at.get("file_uploader")[0].upload("Jicht.txt", "Jicht\n\nBij een jichtaanval mag u 5 dagen geen "
                                      "vlees eten.\n".encode(), "text/plain")
    at.run()
    box = at.checkbox(key="replace-Jicht.txt")
    assert box.value and "vervangt de folder ‘Jicht’" in box.label
    at.button(key="upload_run").click().run()
    assert not at.exception and not at.error
    assert any("Jicht.txt vervangt nu jicht.txt in deze zoekindex" in s.value
               and "niet veranderd" in s.value for s in at.success)
    assert "3 dagen" in (src / "jicht.txt").read_text()  # the file outside the index is left alone
    assert [p.read_text() for p in (own_index / "uploads" / "stand-ins").glob("*/jicht.txt")] == [
        "Jicht\n\nBij een jichtaanval mag u 5 dagen geen vlees eten.\n"]
    search = AppTest.from_file(APP, default_timeout=120)
    search.query_params["page"] = "exact"
    search.query_params["xq"] = "jichtaanval"
    search.run()
    assert titles(search) == ["Jicht"] and "5 dagen" in passages(search)[0]


def _chosen(name: str, data: bytes) -> AppTest:
    """The upload page with one text file chosen, not yet added."""
    at = AppTest.from_file(APP, default_timeout=120)
    at.query_params["page"] = "upload"
    at.run()
    at.get("file_uploader")[0].upload(name, data, "text/plain")
    return at.run()


def _upload(name: str, data: bytes, untick: str = "") -> AppTest:
    at = _chosen(name, data)
    if untick:
        at.checkbox(key=untick).uncheck().run()
    at.button(key="upload_run").click().run()
    assert not at.exception and not at.error
    return at


def test_a_second_leaflet_uploaded_under_a_common_name_asks_and_can_stand_beside_the_first(own_index):
    """Two editors' `folder.txt`, two leaflets: the second used to take the first one's place
    without a word. Now the page names the leaflet it would replace, and unticked, both stay."""
    _upload("folder.txt", "Jicht\n\nBij een jichtaanval mag u drie dagen geen vlees eten.\n".encode())
    artrose = "Artrose\n\nBij artrose is fietsen een goede beweging voor de knie.\n".encode()
    box = _chosen("folder.txt", artrose).checkbox(key="replace-folder.txt")
    assert box.value and "vervangt de folder ‘Jicht’" in box.label
    _upload("folder.txt", artrose, untick="replace-folder.txt")
    stored = sorted(p.name for p in (own_index / "uploads").iterdir() if not p.name.startswith("."))
    assert stored == ["upload-folder-2.txt", "upload-folder.txt"]
    for word, title in (("jichtaanval", "Jicht"), ("fietsen", "Artrose")):
        search = AppTest.from_file(APP, default_timeout=120)
        search.query_params["page"] = "exact"
        search.query_params["xq"] = word
        search.run()
        assert titles(search) == [title]


def test_upload_of_a_pdf_with_scanned_pages_says_which_pages_cannot_be_found(own_index):
    from pdf_factory import Line, make_pdf
    from tests.test_ingest_warnings import _with_image_pages

    pdf = _with_image_pages(make_pdf([[Line("Na uw operatie", 18, True), Line(
        "U mag de eerste week niet zwaar tillen. Bel bij koorts de afdeling.", gap=8)]]), at=[1])
    at = AppTest.from_file(APP, default_timeout=120)
    at.query_params["page"] = "upload"
    at.run()
    at.get("file_uploader")[0].upload("operatie.pdf", pdf, "application/pdf")
    at.run()
    at.button(key="upload_run").click().run()
    assert not at.exception
    assert at.success, "the text pages are indexed"
    assert [w.value for w in at.warning] == [
        "operatie.pdf is toegevoegd, maar: pagina 2 is alleen een afbeelding, zonder tekst (een "
        "scan?); de woorden erop zijn pas te vinden na tekstherkenning (OCR)."]


def test_every_page_state_survives_a_reload_from_its_url(app):
    exact_app(app, "medicijnen", leaflet="fsgs", mode="lexical", lang="en")
    shared = {name: app.query_params[name] for name in app.query_params}
    again = AppTest.from_file(APP, default_timeout=120)
    for name, value in shared.items():
        again.query_params[name] = value
    again.run()
    assert not again.exception
    assert again.text_input(key="xq").value == "medicijnen"
    assert again.radio(key="mode").value == "lexical"
    assert again.multiselect(key="leaflet").value == ["fsgs"]
    assert again.title[0].value == "Search patient leaflets"
    assert titles(again) == titles(app)


def test_switching_page_drops_the_other_pages_state(app):
    exact_app(app, "medicijnen", leaflet="fsgs")
    app.sidebar.radio(key="page").set_value("coverage").run()
    assert not app.exception
    assert param(app, "page") == "coverage"
    assert "xq" not in app.query_params and "leaflet" not in app.query_params


def test_csv_of_the_page_matches_the_cli_table(searcher):
    from leaflets.coverage import coverage_report, rows_csv

    rows = coverage_report(searcher, ["Is FSGS erfelijk?"])
    record = next(csv.DictReader(io.StringIO(rows_csv(rows))))
    assert record["question"] == "Is FSGS erfelijk?" and record["covered"] == "yes"
    assert record["leaflet"] == FSGS and float(record["confidence"]) == rows[0].confidence
    dutch = rows_csv(rows, spreadsheet="nl")  # what the Dutch page hands a spreadsheet
    assert dutch.startswith("\ufeffquestion;covered;") and "\nIs FSGS erfelijk?;yes;" in dutch
    english = rows_csv(rows, spreadsheet="en")
    assert english.startswith("\ufeffquestion,covered,") and english[1:] == rows_csv(rows)
    record = next(csv.DictReader(io.StringIO(dutch.lstrip("\ufeff")), delimiter=";"))
    assert record["question"] == "Is FSGS erfelijk?" and record["leaflet"] == FSGS


def test_first_run_builds_the_index_then_searches(tmp_path, embedder, monkeypatch):
    from index.layout import current_build

    monkeypatch.setenv("LEAFLETS_INDEX", str(tmp_path / "fresh"))
    monkeypatch.setenv("LEAFLETS_SOURCES", str(Path(__file__).parent / "data" / "leaflets"))
    at = AppTest.from_file(APP, default_timeout=180)
    at.query_params["q"] = "Is FSGS erfelijk?"
    at.run()
    assert not at.exception and not at.error
    assert current_build(tmp_path / "fresh") is not None
    assert FSGS in titles(at)


def test_an_index_from_an_older_version_is_updated_on_start(own_index, settings, monkeypatch):
    import json

    from index.layout import current_build, outdated

    monkeypatch.setenv("LEAFLETS_SOURCES", str(settings.sources))
    config_file = current_build(own_index) / "config.json"
    config = json.loads(config_file.read_text())
    config["format"] = 2
    config_file.write_text(json.dumps(config))
    at = AppTest.from_file(APP, default_timeout=180)
    at.query_params["q"] = "Is FSGS erfelijk?"
    at.run()
    assert not at.exception and not at.error
    assert not outdated(current_build(own_index))
    assert FSGS in titles(at)


def test_a_missing_index_folder_that_cannot_be_built_is_a_plain_error(tmp_path, monkeypatch):
    monkeypatch.setenv("LEAFLETS_INDEX", str(tmp_path / "fresh"))
    monkeypatch.setenv("LEAFLETS_SOURCES", str(tmp_path / "no-such-folder"))
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    assert "no-such-folder" in at.error[0].value and "niet te gebruiken" in at.error[0].value
