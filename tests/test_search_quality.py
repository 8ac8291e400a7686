"""Integration: both real leaflets ingested with the real model; known questions find their passage.

Questions and answer quotes come from the team's development set (a copy lives in
tests/data/dev_questions.jsonl); a passage answers when it holds at least half of
an answer quote (leaflets/evaluate.py).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from leaflets.evaluate import answers, load_questions

ROOT = Path(__file__).parent.parent
QUESTIONS = load_questions(ROOT / "tests" / "data" / "dev_questions.jsonl")
DIRECT = [q for q in QUESTIONS if q.covered and q.kind != "paraphrase"]
PARAPHRASES = [q for q in QUESTIONS if q.kind == "paraphrase"]
UNCOVERED = [q for q in QUESTIONS if not q.covered]


def first_answer_rank(searcher, question) -> int | None:
    hits = searcher.search(question.question, k=10).hits
    return next((rank for rank, hit in enumerate(hits, 1)
                 if any(answers(hit.passage.text, quote) for quote in question.answers)), None)


@pytest.mark.parametrize("question", DIRECT, ids=[q.id for q in DIRECT])
def test_keyword_question_and_english_find_the_answer_in_top_5(searcher, question):
    rank = first_answer_rank(searcher, question)
    assert rank is not None and rank <= 5, f"{question.question!r}: answer at rank {rank}"


def test_most_lay_paraphrases_find_the_answer_in_top_5(searcher):
    # Regression guard at the level measured when this test was written (8 of 10).
    found = sum((first_answer_rank(searcher, q) or 99) <= 5 for q in PARAPHRASES)
    assert found >= 8


def test_dikke_enkels_finds_the_vochtophoping_passage(searcher):
    hit = searcher.search("waarom heb ik dikke enkels", k=3).hits[0]
    assert "Vochtophopingen komen vooral voor in enkels" in hit.passage.text
    assert hit.leaflet.title == "Focale segmentale glomerulosclerose (FSGS)"
    assert hit.passage.headings == ("Vochtophoping",)
    assert hit.leaflet.updated == "2025-07-02"


def test_exact_term_is_found_and_highlighted(searcher):
    hit = searcher.search("en coup de sabre", k=1).hits[0]
    assert "en coup de sabre" in hit.passage.text
    assert any("coup de sabre" in h for h in hit.highlights)


def test_most_uncovered_questions_are_reported_as_not_covered(searcher):
    flagged = [q.id for q in UNCOVERED if not searcher.search(q.question).covered]
    assert len(flagged) >= 6, flagged  # 6 of 8 at calibration (benchmarks/calibrate_coverage.py)


@pytest.fixture(scope="module")
def bundled_searcher(settings, embedder, tmp_path_factory):
    """The leaflets the app ships: the two above and eight EMA leaflets for Enbrel."""
    from leaflets.api import ingest_paths, open_searcher

    bundled = settings.with_overrides(index=tmp_path_factory.mktemp("bundled"), sources=ROOT / "sources")
    outcome = ingest_paths(bundled)
    assert not outcome.errors, outcome.errors
    return open_searcher(bundled)


def test_leaflets_on_other_subjects_do_not_make_uncovered_questions_covered(bundled_searcher):
    # The Enbrel leaflets use "alcohol", "mag", "dag" and "lang"; the FSGS and scleroderma
    # leaflets these questions ask about do not, so their sentences still lack those words.
    flagged = [q.id for q in UNCOVERED if not bundled_searcher.search(q.question).covered]
    assert len(flagged) >= 6, flagged


ENBREL = load_questions(ROOT / "tests" / "data" / "enbrel_questions.jsonl")


def test_naming_the_leaflets_subject_does_not_make_a_question_covered(bundled_searcher):
    # Every Enbrel sentence names Enbrel, so "Kan ik met Enbrel naar de sauna?" finds close
    # sentences through the name alone. Without the subject check 1 of these 8 was flagged.
    flagged = [q.id for q in ENBREL if not q.covered and not bundled_searcher.search(q.question).covered]
    assert len(flagged) >= 4, flagged
    kept = [q.id for q in ENBREL if q.covered and bundled_searcher.search(q.question).covered]
    # 10 of 12 (11 without the check, and with it until the verdict read only the first five
    # texts: e07 "ik heb per ongeluk te veel gespoten" was kept by a passage that none of the
    # first ten hits shows, docs/quality.md "The verdict in a larger collection")
    assert len(kept) >= 10, kept


PATIENT = load_questions(ROOT / "tests" / "data" / "patient_questions.jsonl")


def test_questions_typed_the_way_patients_type_them(bundled_searcher):
    # Written by someone who never saw the search (tests/data/patient_questions.md): typos,
    # capitals, no punctuation, spreektaal, long questions that tell a story, English.
    answered = [q for q in PATIENT if q.covered]
    missed = [q.id for q in answered if (first_answer_rank(bundled_searcher, q) or 99) > 5]
    assert len(missed) <= 4, missed  # 43 of 47 in the top 5 when written
    kept = [q.id for q in answered if bundled_searcher.search(q.question).covered]
    # 32 of 47 before a long question's unknown words counted less, 37 after; 35 since the verdict
    # reads the first five texts (p34's answer stands sixth; p01 "wat is fsgs eigenlijk" 0.851 ->
    # 0.832), for 3 more unanswered flagged (docs/quality.md "The verdict in a larger collection")
    assert len(kept) >= 35, kept
    flagged = [q.id for q in PATIENT if not q.covered and not bundled_searcher.search(q.question).covered]
    assert len(flagged) >= 18, flagged  # 14 of 25 when written, 17 later, 20 since the first five texts


TRANSLATED = load_questions(ROOT / "tests" / "data" / "translated_dev_questions.jsonl")


def test_questions_in_other_languages_find_their_answers_and_name_their_language(searcher):
    # The dev questions in English, German, French, Turkish, Arabic and Polish, translated by
    # someone who never ran the search (tests/data/translated_questions.md). The model matches
    # across languages, less well than in Dutch (R@5 0.81 against 0.98).
    outcomes = []
    for q in TRANSLATED:
        result = searcher.search(q.question, k=10)
        rank = next((r for r, hit in enumerate(result.hits, 1)
                     if any(answers(hit.passage.text, quote) for quote in q.answers)), None)
        outcomes.append((q, result, rank))
    answered = [(q, rank) for q, _, rank in outcomes if q.covered]
    in_top5 = [q.id for q, rank in answered if rank is not None and rank <= 5]
    assert len(in_top5) >= 195, len(in_top5)  # 205 of 253 when written
    # A verdict of "not answered" is unsure across languages; the app and the CLI say so
    # instead whenever the search names the question's language.
    not_covered = [(q, result) for q, result, _ in outcomes if not result.covered]
    unnamed = [q.id for q, result in not_covered if result.language != q.lang]
    assert len(unnamed) <= 0.1 * len(not_covered), unnamed  # 5 of 195 when written (keywords)


def test_a_question_in_a_third_language_is_judged_against_its_own_midpoint(searcher):
    """Across languages the model matches less closely and every word of the question is
    missing from the leaflet, so one midpoint for all called nearly every answered Turkish,
    Arabic or Polish question "not covered" (48 of 215 kept, all 40 unanswered flagged). A
    third language has a midpoint
    of its own (index/confidence.py), chosen to call as many unanswered questions covered as
    Dutch ones are; English, the second language, keeps the Dutch one."""
    third = [q for q in TRANSLATED if q.lang not in ("nl", "en")]
    verdicts = [(q, searcher.search(q.question)) for q in third]
    kept = [q.id for q, result in verdicts if q.covered and result.covered]
    flagged = [q.id for q, result in verdicts if not q.covered and not result.covered]
    assert len(kept) >= 140, kept  # 149 of 215 with its own midpoint
    assert len(flagged) >= 28, flagged  # 32 of 40


def test_a_question_in_the_leaflets_words_is_not_sent_to_the_language_identifier(searcher, monkeypatch):
    import index.search

    def identify(question, language):
        raise AssertionError(f"identified {question!r}")

    monkeypatch.setattr(index.search, "question_language", identify)
    for text in ("Is FSGS erfelijk?", "en coup de sabre", "nierbiopsie"):
        assert searcher.search(text).language == ""
    with pytest.raises(AssertionError):
        searcher.search("neden ayak bileklerim şişiyor")


def test_plain_covered_questions_are_reported_as_covered(searcher):
    for text in ("Is FSGS erfelijk?", "Wat is het fenomeen van Raynaud?", "nierbiopsie"):
        result = searcher.search(text)
        assert result.covered, (text, result.confidence)
        assert 0.5 <= result.confidence <= 1.0


def test_every_hit_carries_its_citation(searcher):
    for hit in searcher.search("behandeling van longfibrose", k=5).hits:
        assert hit.leaflet.title and hit.passage.text
        assert hit.leaflet.source_path.endswith(".txt")
        assert hit.passage.id and hit.ranks.keys() == {"dense", "lexical"}


SYNTHETIC = load_questions(ROOT / "tests" / "data" / "synthetic_questions.jsonl")


def _searcher_over(folder: str, settings, tmp_path_factory, leaflets: int = 8, refused: tuple[str, ...] = ()):
    """A searcher over an index of the test leaflets in tests/data/<folder>; the files named in
    `refused` must be refused, each with an error naming it, and no other."""
    from leaflets.api import ingest_paths, open_searcher

    own = settings.with_overrides(index=tmp_path_factory.mktemp(folder), sources=ROOT / "tests" / "data" / folder)
    outcome = ingest_paths(own)
    assert sorted(Path(error.path).name for error in outcome.errors) == sorted(refused), outcome.errors
    assert outcome.report.leaflets == leaflets
    return open_searcher(own)


@pytest.fixture(scope="module")
def synthetic_searcher(settings, embedder, tmp_path_factory):
    """Leaflets in the shapes hospitals publish (web pages, PDFs, Markdown, Latin-1 text),
    written for the tests (tests/data/synthetic_leaflets.md)."""
    return _searcher_over("synthetic_leaflets", settings, tmp_path_factory)


def _line_found(searcher, phrase: str) -> str:
    """The whole line (a table row, a paragraph) of the first passage that exact search finds
    `phrase` in."""
    hits = searcher.search(f'"{phrase}"', k=1, mode="exact").hits
    assert hits, phrase
    text = hits[0].passage.text
    start = text.rfind("\n", 0, text.index(phrase)) + 1
    return text[start:].split("\n", 1)[0]


def _outcomes(searcher, questions) -> tuple[list[str], list[str], list[str]]:
    """The ids of the answered questions whose answer is not in the top 5, of the unanswered
    ones judged not covered, and of the answered ones judged covered."""
    answered = [q for q in questions if q.covered]
    missed = [q.id for q in answered if (first_answer_rank(searcher, q) or 99) > 5]
    flagged = [q.id for q in questions if not q.covered and not searcher.search(q.question).covered]
    kept = [q.id for q in answered if searcher.search(q.question).covered]
    return missed, flagged, kept


def test_leaflets_of_every_format_answer_their_questions(synthetic_searcher):
    missed, flagged, kept = _outcomes(synthetic_searcher, SYNTHETIC)
    assert len(missed) <= 1, missed  # 33 of 34 in the top 5 when written
    assert len(flagged) >= 11, flagged  # 11 of 15 when written
    assert len(kept) >= 26, kept  # 26 of 34 when written


def test_citations_of_other_formats_name_the_right_place(synthetic_searcher):
    hit = synthetic_searcher.search("hoe vaak moet ik de beenzak verwisselen", k=1).hits[0]
    assert hit.leaflet.updated == "2024-06-10"  # "Laatst bijgewerkt", not a date in the text
    hit = synthetic_searcher.search("naproxen", k=1, mode="exact").hits[0]
    assert hit.passage.headings == ("Behandeling van een aanval",)  # <b>…</b><br> heads its text
    assert "aanvalBij" not in hit.passage.text
    hit = synthetic_searcher.search("wat is de startdosering van metformine", k=1).hits[0]
    assert hit.leaflet.title.startswith("Metformine")
    hit = synthetic_searcher.search("wanneer mag ik weer zwemmen na staar", k=1).hits[0]
    assert hit.leaflet.title == "Staaroperatie (cataract)" and hit.passage.pages


def test_a_question_in_capitals_is_answered_as_in_lower_case(searcher):
    lower = searcher.search("waarom heb ik dikke enkels", k=3)
    upper = searcher.search("WAAROM HEB IK DIKKE ENKELS", k=3)
    assert [h.passage.id for h in upper.hits] == [h.passage.id for h in lower.hits]
    assert upper.confidence == pytest.approx(lower.confidence) and upper.query == "WAAROM HEB IK DIKKE ENKELS"


def test_input_without_a_question_is_never_covered(searcher):
    for junk in ("?", "...", "-", "😀"):
        result = searcher.search(junk)
        assert not result.covered and not result.hits, junk
    for only_stop_words in ("hoe en wat", "de"):
        result = searcher.search(only_stop_words)
        assert not result.covered and result.confidence == 0.0, only_stop_words
    for small_talk in ("dank je wel", "Bedankt!", "hallo", "Thank you", "how are you", "oké"):
        result = searcher.search(small_talk)
        assert not result.covered and result.confidence == 0.0, small_talk


def test_a_number_is_covered_only_where_a_leaflet_gives_it(bundled_searcher):
    """A number names nothing: a list of phone numbers lies close to "1234" in meaning, but
    only a passage that holds the number answers it, however its digits are spaced."""
    for absent in ("1234", "98765"):
        assert not bundled_searcher.search(absent).covered, absent
    for given in ("3355 5500", "+421 2 33555500"):
        result = bundled_searcher.search(given)
        assert result.covered, given
        assert any("3355 5500" in hit.passage.text for hit in result.hits), given


def test_no_dutch_question_is_taken_for_another_language(searcher, bundled_searcher, synthetic_searcher):
    # Through the search, which asks the identifier only about questions with words the
    # leaflets never use: typos ("nierbiobsie fsgs"), spreektaal and lay words included.
    asked = [(searcher, QUESTIONS), (bundled_searcher, ENBREL + PATIENT), (synthetic_searcher, SYNTHETIC)]
    dutch = [(s, q) for s, questions in asked for q in questions if q.lang in ("", "nl")]
    assert len(dutch) >= 170
    named = [(q.id, result.language) for s, q in dutch for result in [s.search(q.question)] if result.language]
    assert named == []


UNSEEN = load_questions(ROOT / "tests" / "data" / "unseen_questions.jsonl")


@pytest.fixture(scope="module")
def unseen_searcher(settings, embedder, tmp_path_factory):
    """Eight leaflets on subjects nothing was tuned on, with questions written before any
    search (tests/data/unseen_questions.md)."""
    return _searcher_over("unseen_leaflets", settings, tmp_path_factory)


def test_leaflets_nobody_tuned_on_answer_their_questions(unseen_searcher):
    missed, flagged, kept = _outcomes(unseen_searcher, UNSEEN)
    assert len(missed) <= 2, missed  # 62 of 63 in the top 5 when measured
    assert len(flagged) >= 17, flagged  # 19 of 22 since rare words cost more (8 before)
    assert len(kept) >= 38, kept  # 41 of 63 when measured


def test_citations_of_unseen_leaflets_name_title_and_date(unseen_searcher):
    titles = {leaflet.id: leaflet for leaflet in unseen_searcher.leaflets.values()}
    assert titles["zwanger-medicijnen"].title == "Zwanger en medicijnen"  # not the practice line above it
    assert titles["keelamandelen-kind"].updated == "2025-01-09"  # "Afdeling KNO · Laatst gewijzigd: …"
    assert titles["antistolling-trombosedienst"].updated == "2025-01"  # footer "TD-012 versie 4, januari 2025"
    hit = unseen_searcher.search("ik moet een kies laten trekken en ik gebruik acenocoumarol", k=1).hits[0]
    assert hit.leaflet.id == "antistolling-trombosedienst" and hit.leaflet.url.startswith("https://")


def test_a_brand_name_typed_alone_finds_the_passage_that_names_it(unseen_searcher):
    # "Tresiba" stands only in a table row of the insulin leaflet; the vectors of a lone name
    # found a one-line masthead passage closer (red team 6)
    result = unseen_searcher.search("Tresiba", k=3)
    assert "Tresiba" in result.hits[0].passage.text and result.covered
    assert not unseen_searcher.search("Ozempic").covered  # a name no leaflet uses


def test_a_typing_slip_is_not_taken_for_another_language(searcher):
    # the identifier guesses Polish for "nierbiobsie", a slip of the leaflets' "nierbiopsie"
    assert searcher.search("nierbiobsie").language == searcher.search("nierbiobsie fsgs").language == ""
    assert searcher.search("neden ayak bileklerim şişiyor").language == "tr"


def test_a_dutch_question_with_a_word_the_leaflets_lack_is_not_taken_for_english(searcher):
    # the identifier calls "knieprothese revalidatie" English (a user test, red team 13's
    # round): "revalidatie" is an everyday Dutch word, and no word is an English one
    assert searcher.search("knieprothese revalidatie").language == ""
    assert searcher.search("knee replacement rehabilitation").language == "en"
    assert searcher.search("ośrodek ekspercki Radboudumc").language == "pl"  # "ośrodek" as typed


REDTEAM7 = load_questions(ROOT / "tests" / "data" / "redteam7_questions.jsonl")


@pytest.fixture(scope="module")
def redteam7_searcher(settings, embedder, tmp_path_factory):
    """Nine more leaflets nobody tuned on, one of them in English, with questions written
    before any search (tests/data/redteam7_questions.md)."""
    return _searcher_over("redteam7_leaflets", settings, tmp_path_factory, leaflets=9)


def test_a_sixth_set_of_leaflets_answers_its_questions(redteam7_searcher):
    missed, flagged, kept = _outcomes(redteam7_searcher, REDTEAM7)
    assert len(missed) <= 2, missed  # 81 of 82 in the top 5 when measured
    assert len(flagged) >= 21, flagged  # 23 of 24 when measured
    assert len(kept) >= 56, kept  # 60 of 82 when measured


def test_english_questions_in_a_collection_with_an_english_leaflet(redteam7_searcher):
    # English words count against the English cataract page, which answers this one ...
    assert redteam7_searcher.search("when can I drive again after cataract surgery").covered
    # ... and not against the Dutch leaflets, which never use them when they answer (a review
    # found these judged not covered, 0.04 and 0.19, when they counted against every leaflet)
    assert redteam7_searcher.search("how do I use my inhaler").covered
    assert redteam7_searcher.search("kidney stones pain").covered


def test_citations_of_the_sixth_set_name_title_section_and_date(redteam7_searcher):
    leaflets = {leaflet.id: leaflet for leaflet in redteam7_searcher.leaflets.values()}
    assert leaflets["migraine-huisarts"].title == "Migraine"  # not the practice's letterhead
    assert leaflets["knieprothese"].updated == "2023-02-03"  # "Deze folder is vastgesteld op …"
    assert leaflets["eczeem-kind-vragen"].updated == "2022-05-05"  # "Geplaatst op 5 mei 2022"
    hit = redteam7_searcher.search("mag ik hormoonzalf op het gezicht van mijn kind smeren", k=1).hits[0]
    assert hit.leaflet.id == "eczeem-kind-vragen" and hit.passage.headings  # no main landmark
    hit = redteam7_searcher.search('"1 zakje A en 1 zakje B"', k=1, mode="exact").hits[0]
    assert hit.passage.headings == ("Het laxeermiddel innemen: stap voor stap",)


REDTEAM8 = load_questions(ROOT / "tests" / "data" / "redteam8_questions.jsonl")


@pytest.fixture(scope="module")
def redteam8_searcher(settings, embedder, tmp_path_factory):
    """Nine more leaflets nobody tuned on, one an English translation of another, with
    questions written before any search (tests/data/redteam8_questions.md)."""
    return _searcher_over("redteam8_leaflets", settings, tmp_path_factory, leaflets=9)


def test_a_seventh_set_of_leaflets_answers_its_questions(redteam8_searcher):
    missed, flagged, kept = _outcomes(redteam8_searcher, REDTEAM8)
    assert len(missed) <= 4, missed  # 75 of 78 in the top 5 when measured
    assert len(flagged) >= 20, flagged  # 22 of 25 when measured
    assert len(kept) >= 45, kept  # 49 of 78 when measured


def test_a_translation_ranks_below_its_original_for_the_originals_readers(redteam8_searcher):
    # the English translation holds the same terms; a term or a Dutch question is read in Dutch
    for query in ("TSH", "Thyrax Duotab", "wanneer neem ik mijn schildkliertablet in"):
        assert redteam8_searcher.search(query, k=1).hits[0].leaflet.id == "levothyroxine-schildklier", query
    # a question in English keeps the ranking its words give it
    hit = redteam8_searcher.search("How long should I wait before breakfast after taking levothyroxine?", k=1).hits[0]
    assert hit.leaflet.id == "levothyroxine-underactive-thyroid-en"


def test_citations_of_the_seventh_set_name_title_section_and_date(redteam8_searcher):
    leaflets = {leaflet.id: leaflet for leaflet in redteam8_searcher.leaflets.values()}
    assert leaflets["pacemaker-implantatie"].updated == "2024-09"  # "CAR-045 · september 2024 Pagina 1 van 4"
    assert leaflets["methotrexaat-reuma"].updated == "2023-09"  # "Versie 2023-09"
    hit = redteam8_searcher.search("Bij mannen kan de balzak de eerste week dik en blauw worden", k=1).hits[0]
    assert hit.passage.headings == ("NA DE OPERATIE", "Zwelling en blauwe plekken")
    hit = redteam8_searcher.search('"Fietsen"', k=1, mode="exact").hits[0]
    assert hit.passage.headings == ("WANNEER MAG IK WEER ...?",)  # a heading over a table
    hit = redteam8_searcher.search("hoe vaak krijg ik een nieuw masker", k=1).hits[0]
    assert hit.passage.headings == ("Onderhoud", "Hoe vaak krijg ik een nieuw masker?")  # FAQ group kept


REDTEAM9 = load_questions(ROOT / "tests" / "data" / "redteam9_questions.jsonl")


@pytest.fixture(scope="module")
def redteam9_searcher(settings, embedder, tmp_path_factory):
    """Ten more leaflets nobody tuned on, with an English and a Turkish translation, a page
    laid out in tables, a PDF with a sidebar and PDFs whose tables were printed cell by cell
    (tests/data/redteam9_questions.md)."""
    return _searcher_over("redteam9_leaflets", settings, tmp_path_factory, leaflets=10)


def test_an_eighth_set_of_leaflets_answers_its_questions(redteam9_searcher):
    missed, flagged, kept = _outcomes(redteam9_searcher, REDTEAM9)
    assert len(missed) <= 5, missed  # 75 of 79 in the top 5 when measured
    assert len(flagged) >= 21, flagged  # 23 of 25 when measured
    assert len(kept) >= 49, kept  # 53 of 79 when measured


def test_the_eighth_sets_leaflets_are_read_whole_and_in_order(redteam9_searcher):
    leaflets = {leaflet.id: leaflet for leaflet in redteam9_searcher.leaflets.values()}
    assert leaflets["carpaletunnel-operatie"].title == "Operatie bij carpaletunnelsyndroom"  # not its sidebar
    assert leaflets["koorts-bij-kinderen"].title == "Koorts bij kinderen"  # not the banner cell
    assert leaflets["lage-rugpijn"].updated == "2025-02"  # "Folder nr. 1187, februari 2025"
    assert leaflets["cocuklarda-ates-tr"].language == "tr"
    hit = redteam9_searcher.search('"Koud afsponzen"', k=1, mode="exact").hits[0]  # a list in a layout table
    assert hit.passage.headings == ("Wat kunt u zelf doen?",)
    hit = redteam9_searcher.search('"Wanneer weer mogelijk"', k=1, mode="exact").hits[0]  # cells that wrap
    assert "Activiteit | Wanneer weer mogelijk | Toelichting" in hit.passage.text
    hit = redteam9_searcher.search('"Tot 6 uur vooraf"', k=1, mode="exact").hits[0]  # set in the row's middle
    assert "Tot 6 uur vooraf | Normaal eten is toegestaan | Alles mag | Zoals gewoonlijk" in hit.passage.text
    hit = redteam9_searcher.search('"nervus medianus"', k=1, mode="exact").hits[0]  # a justified paragraph
    assert " | " not in hit.passage.text and hit.passage.headings == ("Wat is carpaletunnelsyndroom?",)


def test_a_translation_in_a_third_language_ranks_below_its_original(redteam9_searcher):
    hit = redteam9_searcher.search("hoeveel paracetamol mag mijn kind van 10 kilo", k=1).hits[0]
    assert hit.leaflet.id == "koorts-bij-kinderen"
    turkish = "Bebeğimin ateşini ölçmek için kulak termometresi kullanabilir miyim?"
    assert redteam9_searcher.search(turkish, k=1).hits[0].leaflet.id == "cocuklarda-ates-tr"  # kept in Turkish


REDTEAM10 = load_questions(ROOT / "tests" / "data" / "redteam10_questions.jsonl")


@pytest.fixture(scope="module")
def redteam10_searcher(settings, embedder, tmp_path_factory):
    """Ten more leaflets nobody tuned on, with an English and a Polish translation: a word
    processor's PDF with footnotes, a two-column PDF, an OCR layer drawn word by word, a CMS
    page, a single-page-app export and Markdown with HTML in it (tests/data/redteam10_questions.md)."""
    return _searcher_over("redteam10_leaflets", settings, tmp_path_factory, leaflets=10)


def test_a_ninth_set_of_leaflets_answers_its_questions(redteam10_searcher):
    missed, flagged, kept = _outcomes(redteam10_searcher, REDTEAM10)
    assert len(missed) <= 6, missed  # 83 of 87 in the top 5 when measured
    assert len(flagged) >= 19, flagged  # 21 of 26 when measured
    assert len(kept) >= 54, kept  # 58 of 87 when measured


def test_the_ninth_sets_leaflets_are_read_whole_and_in_order(redteam10_searcher):
    leaflets = {leaflet.id: leaflet for leaflet in redteam10_searcher.leaflets.values()}
    assert leaflets["hartfalen-vocht-zout"].updated == "2024"  # "Versie 2.1 – 2024" in the footer
    assert leaflets["glaucoom-oogdruppels"].updated == "2025-05-12"  # beside the article
    assert leaflets["longfunctieonderzoek"].updated == "2024-10"  # "Uitgave: afdeling ..., oktober 2024"
    assert leaflets["jicht-pl"].updated == "2025-03-01" and leaflets["jicht-pl"].language == "pl"
    hit = redteam10_searcher.search('"Dit heet postherpetische neuralgie"', k=1, mode="exact").hits[0]
    assert hit.leaflet.id == "gordelroos-scan"  # an OCR layer read in order
    hit = redteam10_searcher.search('"onderooglid"', k=1, mode="exact").hits[0]  # a CMS page's list
    assert hit.passage.headings == ("Welke oogdruppels zijn er?", "Zo druppelt u")
    hit = redteam10_searcher.search('"Bij koorts of diarree kan de verpleegkundige"', k=1, mode="exact").hits[0]
    assert hit.passage.headings[-1] == "2.1 Hoeveel mag u drinken?"  # a footnote beside what cites it
    assert "kant-en-klaarmaaltijden" in redteam10_searcher.search('"zoute snacks"', k=1, mode="exact").hits[0].passage.text
    hit = redteam10_searcher.search('"cranberrysap"', k=1, mode="exact").hits[0]  # a tip box in the article
    assert hit.leaflet.id == "blaasontsteking-vrouwen"
    beroerte = [p.text for _, p in redteam10_searcher.store.all_passages() if p.leaflet_id == "beroerte-revalidatie"]
    assert not any(re.search(r"</?[a-z]+[ >]", text) for text in beroerte)  # HTML in Markdown is read as text
    assert any("Thuis, met therapie in de buurt | U kunt zich thuis redden" in text for text in beroerte)


def test_an_english_question_finds_the_dutch_answer_before_an_english_leaflet_on_another_subject(redteam10_searcher):
    hit = redteam10_searcher.search("When can I drive again after a stroke?", k=1).hits[0]
    assert hit.leaflet.id == "beroerte-revalidatie"
    hit = redteam10_searcher.search("Does cranberry juice help prevent a bladder infection?", k=1).hits[0]
    assert hit.leaflet.id == "bladder-infection-women-en"  # a translation that answers stays first


REDTEAM11 = load_questions(ROOT / "tests" / "data" / "redteam11_questions.jsonl")


@pytest.fixture(scope="module")
def redteam11_searcher(settings, embedder, tmp_path_factory):
    """Ten more leaflets nobody tuned on, with a Ukrainian and an Arabic translation: an OCR
    layer with OCR's misreadings, a folder folded in three, a slide deck, a Word export with a
    bordered table, a Google Docs web page, MkDocs Markdown and pdftotext's layout text
    (tests/data/redteam11_questions.md)."""
    return _searcher_over("redteam11_leaflets", settings, tmp_path_factory, leaflets=10)


def test_a_tenth_set_of_leaflets_answers_its_questions(redteam11_searcher):
    missed, flagged, kept = _outcomes(redteam11_searcher, REDTEAM11)
    assert len(missed) <= 5, missed  # 88 of 91 in the top 5 when measured
    assert len(flagged) >= 20, flagged  # 22 of 26 when measured
    assert len(kept) >= 54, kept  # 58 of 91 when measured


def test_the_tenth_sets_leaflets_are_read_whole_and_in_order(redteam11_searcher):
    leaflets = {leaflet.id: leaflet for leaflet in redteam11_searcher.leaflets.values()}
    titles = {key: leaflets[key].title for key in ("01-decubitus-scan", "02-hielspoor-driebladfolder",
                                                   "06-griepprik-googledocs", "07-revalidatie-schouderoperatie",
                                                   "08-stoppen-met-roken")}
    assert titles == {"01-decubitus-scan": "Decubitus (doorliggen) voorkomen",  # not the file's name
                      "02-hielspoor-driebladfolder": "Hielspoor",  # not the printer's proof name
                      "06-griepprik-googledocs": "De griepprik: informatie voor patiënten",  # by font size
                      "07-revalidatie-schouderoperatie": "Revalidatie na een schouderoperatie",  # no {#top}
                      "08-stoppen-met-roken": "Stoppen met roken: zo gaat het lukken"}  # not the page header
    assert leaflets["04-astma-kinderen-voorzetkamer"].updated == "2024-09"  # "folder K-112 | september 2024"
    assert leaflets["06-griepprik-googledocs"].updated == "2025-04"  # "voor het laatst gecontroleerd in"
    assert leaflets["10-wondverzorging-arabisch"].updated == "2025-03-12"  # a <time datetime>
    passages = [p for _, p in redteam11_searcher.store.all_passages()]
    assert all(re.search(r"[^\W\d_]", p.text) for p in passages)  # no OCR speck, no page number alone
    assert not any(mark in p.text for p in passages for mark in ("!!!", "{{", "{#", "[ ]", " | | "))
    hit = redteam11_searcher.search('"Masseer een rode plek niet"', k=1, mode="exact").hits[0]  # OCR's "p1ek"
    assert hit.leaflet.id == "01-decubitus-scan"
    hit = redteam11_searcher.search('"Salbutamol"', k=1, mode="exact").hits[0]  # a bordered table's row
    assert "Luchtwegverwijder | Salbutamol 100 microgram (Ventolin, Airomir) | blauw |" in hit.passage.text
    hit = redteam11_searcher.search('"Varenicline en cytisine"', k=1, mode="exact").hits[0]  # text in two columns
    assert hit.passage.headings == ("Medicijnen op recept",) and hit.passage.pages == (2,)


def test_a_question_nothing_answers_finds_no_speck(redteam11_searcher):
    """OCR specks (". '") and page numbers ("• 3 -") were passages that came first, covered,
    for English, French and nonsense questions."""
    for question in ("Can I get the flu from the flu shot?", '"; DROP TABLE passages; --', "NEAR(a b) OR * ^ : ( ["):
        hits = redteam11_searcher.search(question, k=5).hits
        assert all(len(hit.passage.text.split()) > 3 for hit in hits), question


REDTEAM12 = load_questions(ROOT / "tests" / "data" / "redteam12_questions.jsonl")


@pytest.fixture(scope="module")
def redteam12_searcher(settings, embedder, tmp_path_factory):
    """Ten leaflets made by real programs (LibreOffice, Chromium's print, tesseract, qpdf,
    Ghostscript, pandoc, pdftotext), one in English (tests/data/redteam12_questions.md)."""
    return _searcher_over("redteam12_leaflets", settings, tmp_path_factory, leaflets=10)


def test_an_eleventh_set_of_leaflets_answers_its_questions(redteam12_searcher):
    missed, flagged, kept = _outcomes(redteam12_searcher, REDTEAM12)
    assert len(missed) <= 6, missed  # 93 of 97 in the top 5 when measured
    assert len(flagged) >= 17, flagged  # 19 of 25 when measured
    assert len(kept) >= 40, kept  # 44 of 97 when measured: the verdict on everyday words, not tuned here


def test_staff_find_the_words_of_a_pdf_that_ghostscript_rewrote(redteam12_searcher):
    """Its ligatures were byte-swapped ideographs: "fistel" and "blijft bloeden" found nothing."""
    for phrase in ('"fistel"', '"blijft bloeden"', '"minstens tien minuten"'):
        hits = redteam12_searcher.search(phrase, k=3, mode="exact").hits
        assert hits and hits[0].leaflet.id == "dialyseshunt", phrase


REDTEAM13 = load_questions(ROOT / "tests" / "data" / "redteam13_questions.jsonl")


@pytest.fixture(scope="module")
def redteam13_searcher(settings, embedder, tmp_path_factory):
    """Ten leaflets made by more real programs (ocrmypdf, WeasyPrint, wkhtmltopdf, Impress,
    Writer, Sphinx, MkDocs, lynx, LibreOffice HTML, qpdf), asked in ten languages
    (tests/data/redteam13_questions.md)."""
    return _searcher_over("redteam13_leaflets", settings, tmp_path_factory, leaflets=10)


def test_a_twelfth_set_of_leaflets_answers_its_questions(redteam13_searcher):
    missed, flagged, kept = _outcomes(redteam13_searcher, REDTEAM13)
    assert len(missed) <= 10, missed  # 91 of 99 in the top 5 when measured (89 before this round's fixes)
    # 24 of 26 when measured, 23 before words that name no subject cost nothing (index/confidence.py
    # NO_SUBJECT): "Welke epilepsiemedicijnen ..." and "... als je geen coeliakie hebt?" lost the
    # charge for "welke" and "hebt" that flagged them; over 26 sets the rule keeps 77 more answered
    # questions for 14 unanswered ones (docs/quality.md, "Words that name no subject")
    assert len(flagged) >= 21, flagged
    assert len(kept) >= 50, kept  # 56 of 99 when measured: none of 27 in a third language, by design


def test_staff_find_the_words_weasyprint_hyphenated_and_the_diet_table_row(redteam13_searcher):
    """WeasyPrint broke words with U+2010 ("dieet‐ advisering") and drew each table row in one
    text object, so a row read "koffie, thee, wijn, vruchtensap bier (behalve …)"."""
    hits = redteam13_searcher.search("dieetadvisering", k=3, mode="exact").hits
    assert hits and hits[0].leaflet.id == "coeliakie"
    row = redteam13_searcher.search('"vruchtensap | bier"', k=3, mode="exact").hits
    assert row and "Dranken | koffie, thee, wijn, vruchtensap | bier (behalve glutenvrij bier)" in row[0].passage.text


REDTEAM14 = load_questions(ROOT / "tests" / "data" / "redteam14_questions.jsonl")


@pytest.fixture(scope="module")
def redteam14_searcher(settings, embedder, tmp_path_factory):
    """Ten leaflets made by still other programs (Scribus, pdfLaTeX, Typst, groff, enscript,
    pdfjam, Asciidoctor, VitePress, mutool), asked in nine languages
    (tests/data/redteam14_questions.md)."""
    return _searcher_over("redteam14_leaflets", settings, tmp_path_factory, leaflets=10)


def test_a_thirteenth_set_of_leaflets_answers_its_questions(redteam14_searcher):
    missed, flagged, kept = _outcomes(redteam14_searcher, REDTEAM14)
    assert len(missed) <= 13, missed  # 100 of 111 in the top 5 when measured (87 before this round's fixes; 103 with brand names)
    assert len(flagged) >= 20, flagged  # 22 of 25 when measured
    assert len(kept) >= 52, kept  # 58 of 111 when measured: none of 16 in a third language, by design


def test_staff_find_the_words_of_scribus_and_groff_and_the_typst_table_row(redteam14_searcher):
    """Scribus at 10.5 pt read letter by letter ("d e n o s u m a b"), groff's justified lines
    split words at kerning pairs ("zilv ernitraat"), and Typst's table ran its two columns
    together: "Een verstopte neus Minder dan vier natte luiers per dag"."""
    for word, leaflet in (("denosumab", "osteoporose"), ("alendroninezuur", "osteoporose"),
                          ("zilvernitraat", "neusbloeding"), ("vaselinezalf", "neusbloeding")):
        hits = redteam14_searcher.search(word, k=3, mode="exact").hits
        assert hits and hits[0].leaflet.id == leaflet, word
    row = redteam14_searcher.search('"verstopte neus | minder dan vier"', k=3, mode="exact").hits
    assert row and "Een verstopte neus | Minder dan vier natte luiers per dag" in row[0].passage.text


REDTEAM15 = load_questions(ROOT / "tests" / "data" / "redteam15_questions.jsonl")


@pytest.fixture(scope="module")
def redteam15_searcher(settings, embedder, tmp_path_factory):
    """Ten leaflets from ten more programs (LuaLaTeX, dvips with Type 3 fonts, Apache FOP,
    AbiWord, Inkscape, fpdf2, Jekyll, Astro Starlight, LibreOffice Calc), asked in ten
    languages (tests/data/redteam15_questions.md)."""
    return _searcher_over("redteam15_leaflets", settings, tmp_path_factory, leaflets=10)


def test_a_fourteenth_set_of_leaflets_answers_its_questions(redteam15_searcher):
    missed, flagged, kept = _outcomes(redteam15_searcher, REDTEAM15)
    assert len(missed) <= 12, missed  # 93 of 103 in the top 5 when measured
    assert len(flagged) >= 19, flagged  # 21 of 27 when measured
    assert len(kept) >= 40, kept  # 45 of 103 when measured: none of 19 in a third language


def test_staff_find_the_abiword_row_the_calc_warning_and_the_latex_sentence(redteam15_searcher):
    """AbiWord's table row at the top of page 2 was dropped as a page header, Calc's page was
    read in drawing order (its warning cited under "Contact"), and a LaTeX margin note cut a
    sentence from its paragraph."""
    row = redteam15_searcher.search('"ropinirol"', k=3, mode="exact").hits
    assert row and "Ropinirol | Eén tot twee uur voor het slapengaan" in row[0].passage.text
    warning = redteam15_searcher.search('"stop nooit op eigen houtje"', k=3, mode="exact").hits
    assert warning and warning[0].passage.headings[-1] == "Waarschuwingen"
    sentence = redteam15_searcher.search('"jeuk begint. In die tijd kunt u anderen al besmetten"',
                                         k=3, mode="exact").hits
    assert sentence and sentence[0].leaflet.id == "schurft"


REDTEAM16 = load_questions(ROOT / "tests" / "data" / "redteam16_questions.jsonl")


@pytest.fixture(scope="module")
def redteam16_searcher(settings, embedder, tmp_path_factory):
    """Ten leaflets from ten more programs (ConTeXt, Gnumeric, xhtml2pdf, mammoth, Hugo,
    Eleventy, a2ps, a Windows-1252 text, PyMuPDF Story, rst2pdf), asked in eleven languages
    (tests/data/redteam16_questions.md)."""
    return _searcher_over("redteam16_leaflets", settings, tmp_path_factory, leaflets=10)


def test_a_fifteenth_set_of_leaflets_answers_its_questions(redteam16_searcher):
    missed, flagged, kept = _outcomes(redteam16_searcher, REDTEAM16)
    assert len(missed) <= 16, missed  # 82 of 96 in the top 5 when measured (75 before this round's fixes)
    assert len(flagged) >= 20, flagged  # 22 of 27 when measured
    assert len(kept) >= 32, kept  # 36 of 96 when measured, none of 30 in a third language (before its own midpoint)


REDTEAM17 = load_questions(ROOT / "tests" / "data" / "redteam17_questions.jsonl")


@pytest.fixture(scope="module")
def redteam17_searcher(settings, embedder, tmp_path_factory):
    """Eleven leaflets from eleven more programs (texi2pdf, mandoc, borb, a stamped PDF,
    LibreOffice Draw, Pelican, MJML, VitePress, an e-mail, an Obsidian note, Nikola), asked in
    fifteen languages (tests/data/redteam17_questions.md)."""
    return _searcher_over("redteam17_leaflets", settings, tmp_path_factory, leaflets=11)


def test_a_sixteenth_set_of_leaflets_answers_its_questions(redteam17_searcher):
    missed, flagged, kept = _outcomes(redteam17_searcher, REDTEAM17)
    assert len(missed) <= 16, missed  # 77 of 91 in the top 5 when measured (78 before this round)
    assert len(flagged) >= 24, flagged  # 26 of 29, before and after
    assert len(kept) >= 50, kept  # 56 of 91 (54 before: the third language's midpoint)


def test_staff_find_accented_words_and_the_sticker_but_not_the_patients_mail(redteam17_searcher):
    """texi2pdf and mandoc draw accents over letters ("corticostero¨ıd", `ma"i s`), the new
    phone number stood only in a sticker, and a reply quoted the patient's own mail."""
    accented = redteam17_searcher.search('"corticosteroïd"', k=5, mode="exact").hits
    assert "triggervinger" in {hit.leaflet.id for hit in accented}
    assert redteam17_searcher.search('"maïs"', k=3, mode="exact").hits
    sticker = redteam17_searcher.search('"055 521 30 30"', k=3, mode="exact").hits
    assert sticker and sticker[0].leaflet.id == "kuitkrampen"
    assert not redteam17_searcher.search('"Ik eet veel sinaasappels"', k=3, mode="exact").hits


REDTEAM18 = load_questions(ROOT / "tests" / "data" / "redteam18_questions.jsonl")


@pytest.fixture(scope="module")
def redteam18_searcher(settings, embedder, tmp_path_factory):
    """Eleven leaflets from still other programs and exports (pdfmake, hand-written PostScript,
    PDFKit, a jsPDF booklet imposed two to a sheet, a pdf-lib form, calibre, Word's and Google
    Docs' HTML, WordPress, a lynx dump, Markdown), asked in fourteen languages
    (tests/data/redteam18_questions.md)."""
    return _searcher_over("redteam18_leaflets", settings, tmp_path_factory, leaflets=11)


def test_a_seventeenth_set_of_leaflets_answers_its_questions(redteam18_searcher):
    missed, flagged, kept = _outcomes(redteam18_searcher, REDTEAM18)
    assert len(missed) <= 7, missed  # 89 of 94 in the top 5 when measured (88 before this round)
    assert len(flagged) >= 21, flagged  # 23 of 29, before and after
    assert len(kept) >= 34, kept  # 38 of 94 (40 before: the right titles now take "PDS", "Bell's palsy" out)


def test_staff_find_the_torn_sentence_and_the_section_but_no_form_values(redteam18_searcher):
    """A PostScript leaflet's sentence ran from one column into the next and was torn apart,
    calibre's "Droge kom" heading was read as text, a filled form held a patient's name, and a
    lynx dump kept its site's footer."""
    torn = redteam18_searcher.search('"Bij een deel van de mensen blijft een lichte scheefstand over"', k=3,
                                     mode="exact").hits
    assert torn and torn[0].leaflet.id == "aangezichtsverlamming"
    dry = redteam18_searcher.search('"droge kom"', k=3, mode="exact").hits
    assert dry and dry[0].passage.headings[-1] == "Droge kom"
    assert not redteam18_searcher.search('"Vries-Bakker"', k=3, mode="exact").hits
    assert not redteam18_searcher.search('"Privacy Cookies Disclaimer"', k=3, mode="exact").hits


REDTEAM19 = load_questions(ROOT / "tests" / "data" / "redteam19_questions.jsonl")


@pytest.fixture(scope="module")
def redteam19_searcher(settings, embedder, tmp_path_factory):
    """Eleven leaflets from ten more programs (a web page Chromium printed with its menu, ad and
    cookie bar, pandoc, Prawn, TCPDF, PDFBox with a turned page, cairo, matplotlib, Org mode, a
    UTF-16 Notepad file, Dompdf, a Thunderbird HTML mail), asked in twelve languages
    (tests/data/redteam19_questions.md)."""
    return _searcher_over("redteam19_leaflets", settings, tmp_path_factory, leaflets=11)


def test_an_eighteenth_set_of_leaflets_answers_its_questions(redteam19_searcher):
    missed, flagged, kept = _outcomes(redteam19_searcher, REDTEAM19)
    assert len(missed) <= 9, missed  # 92 of 99 in the top 5 when measured (91 before this round)
    assert len(flagged) >= 23, flagged  # 25 of 28 (24 before: the advertisement answered one)
    assert len(kept) >= 47, kept  # 51 of 99 (50 before)


def test_staff_find_whole_sentences_and_the_subtitles_term_but_no_web_page_chrome(redteam19_searcher):
    """A bold running header cut a PDFBox leaflet's sentence over the page, a Prawn leaflet's
    subtitle held its only "paronychia", TCPDF left a table's header row apart from its rows, and
    Chromium's print kept a GGD page's cookie bar (glued into the contact sentence), its top bar
    and an advertisement that answered a question."""
    whole = redteam19_searcher.search('"Masseer het litteken vanaf twee weken na de operatie een paar keer per dag"',
                                      k=3, mode="exact").hits
    assert whole and whole[0].leaflet.id == "ganglion"
    term = redteam19_searcher.search('"paronychia"', k=3, mode="exact").hits
    assert term and term[0].leaflet.id == "nagelriemontsteking"
    table = redteam19_searcher.search('"Klacht | Normaal?"', k=3, mode="exact").hits
    assert table and "Branderig gevoel bij plassen" in table[0].passage.text
    contact = redteam19_searcher.search('"8.30 tot 17.00 uur"', k=3, mode="exact").hits
    assert contact and contact[0].leaflet.id == "waterpokken"
    for chrome in ('"Wij gebruiken cookies"', '"2 halen, 1 betalen"', '"Werken bij de GGD"', '"Leestijd"'):
        assert not redteam19_searcher.search(chrome, k=3, mode="exact").hits, chrome


REDTEAM20 = load_questions(ROOT / "tests" / "data" / "redteam20_questions.jsonl")


@pytest.fixture(scope="module")
def redteam20_searcher(settings, embedder, tmp_path_factory):
    """Eleven leaflets from ten more programs (pango-view, iText in two columns and its
    `pdftotext -layout` copy, Ghostscript's PDF/A, DocBook XSL, a w3m dump of a Drupal page with
    readers' comments, cups-filters texttopdf, txt2html, tabulate's Markdown grid tables, a Joomla
    page with tabs, an Outlook HTML mail), asked in thirteen languages
    (tests/data/redteam20_questions.md). The texttopdf file's text layer is a cipher: refused."""
    return _searcher_over("redteam20_leaflets", settings, tmp_path_factory, leaflets=10,
                          refused=("slijmbeursontsteking-elleboog.pdf",))


def test_a_nineteenth_set_of_leaflets_answers_its_questions(redteam20_searcher):
    """Five of the misses ask about the refused leaflet, which nothing can answer from its text."""
    missed, flagged, kept = _outcomes(redteam20_searcher, REDTEAM20)
    assert len(missed) <= 14, missed  # 12 of 96 missed when measured (16 before this round)
    assert len(flagged) >= 20, flagged  # 22 of 28 (20 before: two readers' comments answered)
    assert len(kept) >= 53, kept  # 57 of 96 (55 before)


def test_staff_find_repaired_words_and_opened_tabs_but_no_comments_or_history(redteam20_searcher):
    """txt2html wrote "één" as mojibake, a Joomla tab panel hid the reimbursement table, a
    pdftotext copy cut "U mag zelf naar huis rijden." over its columns, and a w3m dump kept the
    cookie bar and readers' comments (which answered questions), a DocBook page its revision history."""
    word = redteam20_searcher.search('"nog één keer"', k=3, mode="exact").hits
    assert word and word[0].leaflet.id == "24-uurs-urine"
    table = redteam20_searcher.search('"Profiel 2 | matig verhoogd"', k=3, mode="exact").hits
    assert table and table[0].leaflet.id == "diabetische-voet"
    whole = redteam20_searcher.search('"U mag zelf naar huis rijden."', k=3, mode="exact").hits
    assert whole and whole[0].leaflet.id == "fietstest"
    for furniture in ('"Echt een aanrader"', '"Accepteren Weigeren"', '"Wijzigingsgeschiedenis"', '"Sent:"'):
        assert not redteam20_searcher.search(furniture, k=3, mode="exact").hits, furniture


REDTEAM21 = load_questions(ROOT / "tests" / "data" / "redteam21_questions.jsonl")


@pytest.fixture(scope="module")
def redteam21_searcher(settings, embedder, tmp_path_factory):
    """Eleven leaflets from ten more tools (htmldoc, rsvg-convert, pdfme, pandoc with XeLaTeX,
    txt2tags, HEVEA, AsciiDoc, a Confluence page, html2text and markdownify of a Docusaurus and a
    Wix page, an ELinks dump of a Plone page), asked in thirteen languages
    (tests/data/redteam21_questions.md)."""
    return _searcher_over("redteam21_leaflets", settings, tmp_path_factory, leaflets=11)


def test_a_twentieth_set_of_leaflets_answers_its_questions(redteam21_searcher):
    missed, flagged, kept = _outcomes(redteam21_searcher, REDTEAM21)
    assert len(missed) <= 11, missed  # 9 of 100 missed when measured (10 before this round)
    assert len(flagged) >= 17, flagged  # 19 of 28 (17 before: two readers' comments answered)
    assert len(kept) >= 46, kept  # 50 of 100 (50 before)


def test_staff_find_box_drawn_table_rows_but_no_comments_link_lists_or_page_footers(redteam21_searcher):
    """ELinks drew a table with box characters and kept its list of link addresses, markdownify
    kept a Wix post's readers' comments (they answered questions), html2text a Docusaurus footer,
    HEVEA its colophon, and htmldoc's footer (the section's heading and the page number) was a
    passage that ranked first for questions in other languages."""
    row = redteam21_searcher.search('"Overleg met uw arts, niet zelf stoppen"', k=3, mode="exact").hits
    assert row and row[0].leaflet.id == "statines" and "Spierpijn" in row[0].passage.text
    for furniture in ('"Visible links"', '"Echt een aanrader"', '"Gebouwd met Docusaurus"', '"translated from"',
                      '"Wat kunt u zelf doen? 2"'):
        assert not redteam21_searcher.search(furniture, k=3, mode="exact").hits, furniture


REDTEAM22 = load_questions(ROOT / "tests" / "data" / "redteam22_questions.jsonl")


@pytest.fixture(scope="module")
def redteam22_searcher(settings, embedder, tmp_path_factory):
    """Eleven leaflets from eleven more tools (vim :hardcopy, pandoc to Beamer, tex4ht, a
    cairosvg folder in three, PDF::API2 pages set two-up, Halibut with sticky notes, an Outlook
    reply thread, pandoc's Markdown, reStructuredText kept as .txt, Hexo, a Notion export), asked
    in thirteen languages (tests/data/redteam22_questions.md)."""
    return _searcher_over("redteam22_leaflets", settings, tmp_path_factory, leaflets=11)


def test_a_twenty_first_set_of_leaflets_answers_its_questions(redteam22_searcher):
    missed, flagged, kept = _outcomes(redteam22_searcher, REDTEAM22)
    assert len(missed) <= 9, missed  # 7 of 98 missed when measured (6 before this round)
    assert len(flagged) >= 17, flagged  # 19 of 29 (18 before: an editor's comment answered)
    assert len(kept) >= 56, kept  # 60 of 98 (60 before)


def test_staff_find_rst_and_pandoc_table_rows_but_no_quoted_mails_or_editors_notes(redteam22_searcher):
    """An RST list-table and a pandoc simple table lost their rows; the Outlook reply kept the
    patient's quoted mail (her name, her child's), the RST file an editor's comment (it answered
    a near miss), the two-up PDF its half-pages' footers, the Notion page its owner's name."""
    row = redteam22_searcher.search('"Blijf liggen op de afdeling"', k=3, mode="exact").hits
    assert row and row[0].leaflet.id == "lumbaalpunctie" and "Eerste uur | Blijf liggen" in row[0].passage.text
    row = redteam22_searcher.search('"2 weken nadat de long"', k=3, mode="exact").hits
    assert row and "Vliegen | 2 weken nadat" in row[0].passage.text
    for furniture in ('"Opmerking redactie"', '"kraamverzorgster"', '"Sanne"', '"pagina 1 van 3"', '"Mirjam Kok"',
                      '"Documentcode"'):
        assert not redteam22_searcher.search(furniture, k=3, mode="exact").hits, furniture


REDTEAM23 = load_questions(ROOT / "tests" / "data" / "redteam23_questions.jsonl")


@pytest.fixture(scope="module")
def redteam23_searcher(settings, embedder, tmp_path_factory):
    """Eleven leaflets from eleven more tools (html2ps, man, par, Jupyter nbconvert, HonKit,
    react-pdf stamped by pdftk, odt2txt, unrtf, LaTeX with dvipdfmx's bitmap fonts, an Org
    file kept as .txt, a Gmail forward), asked in eleven languages
    (tests/data/redteam23_questions.md)."""
    return _searcher_over("redteam23_leaflets", settings, tmp_path_factory, leaflets=11)


def test_a_twenty_second_set_of_leaflets_answers_its_questions(redteam23_searcher):
    missed, flagged, kept = _outcomes(redteam23_searcher, REDTEAM23)
    assert len(missed) <= 12, missed  # 10 of 92 missed when measured (25 before this round's fixes)
    assert len(flagged) >= 20, flagged  # 22 of 28 (21 before)
    assert len(kept) >= 53, kept  # 57 of 92 (51 before)


def test_staff_find_text_from_bitmap_fonts_and_body_lines_but_no_code_tasks_or_forward_headers(redteam23_searcher):
    """A LaTeX PDF with bitmap fonts was refused; unrtf's page lost all but its table;
    justified text was cut into cells; html2ps's table rows ran their cells together; a
    notebook's code, an Org file's editor's task, a Gmail forward's header (a teacher's address),
    man's footer and an intranet breadcrumb were passages."""
    for words, leaflet in (('"buschauffeur"', "stuitbeen"), ('"Stofzuig de slaapkamer"', "aarsmaden"),
                           ('"Wegwerpluiers houden de huid droger"', "luieruitslag"),
                           ('"telefoon 038 424 20 60"', "buikgriep")):
        hits = redteam23_searcher.search(words, k=3, mode="exact").hits
        assert hits and hits[0].leaflet.id == leaflet, words
    row = redteam23_searcher.search('"Nifedipine 30 mg retard"', k=3, mode="exact").hits
    assert row and "Nifedipine 30 mg retard | 1 keer per dag | Niet samen met grapefruitsap" in row[0].passage.text
    for furniture in ('"import pandas"', '"dosering ibuprofen toevoegen"', '"obsderegenboog"', '"Forwarded message"',
                      '"Zorggroep Amstelland 3 juli"', '"Intranet"', '"CUSTOM_ID"'):
        assert not redteam23_searcher.search(furniture, k=3, mode="exact").hits, furniture


REDTEAM24 = load_questions(ROOT / "tests" / "data" / "redteam24_questions.jsonl")


@pytest.fixture(scope="module")
def redteam24_searcher(settings, embedder, tmp_path_factory):
    """Eleven leaflets from eleven more tools (dblatex, a tesseract text layer, XeLaTeX with an
    Arabic paragraph, makeinfo, groff -Thtml, a links2 dump, mutool's text, docx2txt, a Mac Roman
    text, pandoc's plain writer, a mailing's text part), asked in eleven languages
    (tests/data/redteam24_questions.md)."""
    return _searcher_over("redteam24_leaflets", settings, tmp_path_factory, leaflets=11)


def test_a_twenty_third_set_of_leaflets_answers_its_questions(redteam24_searcher):
    missed, flagged, kept = _outcomes(redteam24_searcher, REDTEAM24)
    assert len(missed) <= 11, missed  # 9 of 92 missed when measured (9 before this round's fixes)
    assert len(flagged) >= 22, flagged  # 24 of 28 (22 before: a sidebar ad answered one)
    assert len(kept) >= 49, kept  # 53 of 92 (52 before)


def test_staff_find_mac_roman_words_and_table_rows_but_no_front_matter_ads_or_navigation(redteam24_searcher):
    """A Mac Roman text read "di‘tist"; a links2 box table and pandoc's plain table lost their
    rows and header; a mutool dump's footer cut a sentence; dblatex's running header, contents
    and collaborators table, a links2 page's ad, Texinfo's node bars and a mailing's web-version
    line were passages."""
    for words, leaflet in (('"diëtist"', "kaliumbeperkt-dieet"), ('"intakegesprek"', "darmkankerscreening"),
                           ('"onderhoudsbehandeling voorschrijven"', "vaginale-schimmelinfectie")):
        hits = redteam24_searcher.search(words, k=3, mode="exact").hits
        assert hits and hits[0].leaflet.id == leaflet, words
    row = redteam24_searcher.search('"Lager dan 19"', k=3, mode="exact").hits
    assert row and "Lager dan 19 µmol/l | Geen cholestase" in row[0].passage.text
    header = redteam24_searcher.search('"Voedingsmiddel | Portie"', k=3, mode="exact").hits
    assert header and "Voedingsmiddel | Portie | Kalium" in header[0].passage.text
    for furniture in ('"Zwangerschapsyoga"', '"Voorgaande"', '"Bekijk hem in uw browser"', '"GYN-093"',
                      '"Handtekening"', '"Inhoudsopgave"', '"Natte maculadegeneratie ii"'):
        assert not redteam24_searcher.search(furniture, k=3, mode="exact").hits, furniture


REDTEAM25 = load_questions(ROOT / "tests" / "data" / "redteam25_questions.jsonl")


@pytest.fixture(scope="module")
def redteam25_searcher(settings, embedder, tmp_path_factory):
    """Eleven leaflets from eleven more tools (asciidoctor-pdf, Doxygen, pydyf with a landscape
    page, groff ms through pdftocairo, a cmark-gfm fragment, MediaWiki kept as .txt, an Apple Mail
    forward, an ISO-8859-15 text, Zensical, trafilatura's and inscriptis' text), asked in thirteen
    languages (tests/data/redteam25_questions.md)."""
    return _searcher_over("redteam25_leaflets", settings, tmp_path_factory, leaflets=11)


def test_a_twenty_fourth_set_of_leaflets_answers_its_questions(redteam25_searcher):
    missed, flagged, kept = _outcomes(redteam25_searcher, REDTEAM25)
    assert len(missed) <= 10, missed  # 8 of 95 missed when measured (10 before this round's fixes)
    assert len(flagged) >= 25, flagged  # 27 of 28 (25 before: readers' comments answered two)
    assert len(kept) >= 52, kept  # 56 of 95 (57 before)


def test_staff_find_euros_table_rows_and_wiki_text_but_no_comments_cookies_or_mail_headers(redteam25_searcher):
    """An ISO-8859-15 text read its euro as "¤"; groff's tbl table lost its cells; MediaWiki
    markup stayed as text, and a cmark-gfm fragment lost its headings; readers' comments without
    a time of day, a cookie bar with its buttons, an Apple Mail forward's header and groff's page
    header stayed (tests/data/redteam25_questions.md)."""
    def first(query: str):
        hits = redteam25_searcher.search(query, k=3, mode="exact").hits
        assert hits, query
        return hits[0]

    assert "€ 150 tot € 190" in first('"150 tot"').passage.text
    assert ("Corticosteroïdzalf | 1 keer per dag dun smeren, maximaal 2 weken | Dunne huid bij lang gebruik"
            in first('"Corticosteroïdzalf"').passage.text)
    assert "Medicijn | Hoe | Hoe lang\nKunsttranen | 4 tot 6 keer per dag" in first('"Kunsttranen"').passage.text
    titles = {leaflet.id: leaflet.title for leaflet in redteam25_searcher.leaflets.values()}
    assert titles["blefaritis"] == "Ooglidrandontsteking (blefaritis)"
    assert titles["hielprik"] == "De hielprik bij uw baby"
    assert titles["likdoorns"] == "Likdoorns en eelt"
    stopping = redteam25_searcher.search("hoe stopt u met neusspray", k=8).hits
    assert ("Hoe stopt u?",) in [hit.passage.headings for hit in stopping if hit.leaflet.id == "neusspray"]
    for furniture in ('"Reacties"', '"Posted by Jess"', '"Deze website gebruikt cookies"', '"m.dekker@ziggo.nl"',
                      '"Zaans Medisch Centrum Wintertenen Dermatologie"', '"Folderkop"', '"Categorie"',
                      '"Zwanger en bevallen"'):
        assert not redteam25_searcher.search(furniture, k=3, mode="exact").hits, furniture


REDTEAM26 = load_questions(ROOT / "tests" / "data" / "redteam26_questions.jsonl")


@pytest.fixture(scope="module")
def redteam26_searcher(settings, embedder, tmp_path_factory):
    """Eleven leaflets from eleven more tools (rinohtype, pdfminer's text, Sphinx's text builder,
    DokuWiki and AsciiDoc kept as .txt, a Python-Markdown fragment, reveal.js slides, a Ghost page,
    GNU fold, html-text, a Joplin clip by turndown), asked in twelve languages
    (tests/data/redteam26_questions.md)."""
    return _searcher_over("redteam26_leaflets", settings, tmp_path_factory, leaflets=11)


def test_a_twenty_fifth_set_of_leaflets_answers_its_questions(redteam26_searcher):
    missed, flagged, kept = _outcomes(redteam26_searcher, REDTEAM26)
    assert len(missed) <= 9, missed  # 7 of 95 missed when measured (11 before this round's fixes)
    assert len(flagged) >= 19, flagged  # 21 of 28 (21 before)
    assert len(kept) >= 51, kept  # 55 of 95 (57 before)


def test_staff_find_whole_words_wiki_tables_and_titles_but_no_menus_buttons_or_contents(redteam26_searcher):
    """GNU fold cut words ("vit amine"); DokuWiki, AsciiDoc and Sphinx's text kept their markup and
    lost their tables and titles; an html-text dump kept its menu, breadcrumb, cookie buttons (its
    title) and feedback answers, a Joplin clip its print and download links, a pdfminer text its
    contents page (tests/data/redteam26_questions.md)."""
    def first(query: str):
        hits = redteam26_searcher.search(query, k=3, mode="exact").hits
        assert hits, query
        return hits[0]

    assert first('"vitamine"').leaflet.id == "vitamine-b12"
    assert "Gebruik | Dosering" in first('"Dosering"').passage.text
    assert "Situatie | Advies van de GGD" in first('"Situatie"').passage.text
    assert "Use | Dose" in first('"Dose"').passage.text
    titles = {leaflet.id: leaflet.title for leaflet in redteam26_searcher.leaflets.values()}
    assert titles["bof"] == "Bof"
    assert titles["altitude-sickness-en"] == "Altitude sickness"
    assert titles["bedwantsen"] == "Bedwantsen"
    assert titles["kalknagels"] == "Kalknagels (schimmelnagels)"
    for furniture in ('"vit amine"', '"lichaa m"', '"Zoeken Zoek"', '"Ja Nee"', '"Download als PDF"',
                      '"Alle cookies accepteren"', '"Inhoudsopgave"', '"arabic"', '"cols"'):
        assert not redteam26_searcher.search(furniture, k=3, mode="exact").hits, furniture


def test_a_price_is_answered_only_by_a_passage_that_speaks_of_money(redteam25_searcher, redteam26_searcher):
    """"hoeveel kost een vitamine b12 injectie" found the leaflet's injection sentences through
    "vitamine b12 injectie" alone and was called covered at 0.92; the leaflet names no price
    (index/asked_kind.py). A leaflet that does name one still answers its price question."""
    assert not redteam26_searcher.search("hoeveel kost een vitamine b12 injectie").covered
    assert not redteam26_searcher.search("how much does a vitamin B12 injection cost").covered
    assert redteam25_searcher.search("wat kost een hormoonspiraal").covered  # "€ 150 tot € 190"


REDTEAM27 = load_questions(ROOT / "tests" / "data" / "redteam27_questions.jsonl")


@pytest.fixture(scope="module")
def redteam27_searcher(settings, embedder, tmp_path_factory):
    """Eleven leaflets from eleven more tools (a GNU Info file, rich's console text, Jira, Textile, Zim
    and Muse kept as .txt, pod2text, a Quarto page, a Firefox printout, libharu, a groff page turned
    by pypdf), asked in twelve languages (tests/data/redteam27_questions.md)."""
    return _searcher_over("redteam27_leaflets", settings, tmp_path_factory, leaflets=11)


def test_a_twenty_sixth_set_of_leaflets_answers_its_questions(redteam27_searcher):
    missed, flagged, kept = _outcomes(redteam27_searcher, REDTEAM27)
    assert len(missed) <= 7, missed  # 5 of 95 missed when measured (17 before this round's fixes)
    assert len(flagged) >= 18, flagged  # 20 of 28 (21 before)
    assert len(kept) >= 51, kept  # 55 of 95 (51 before)


def test_staff_find_wiki_and_info_leaflets_by_title_and_table_without_their_marks(redteam27_searcher):
    """An Info file was refused as binary; Jira, Textile, Zim and Muse kept their marks and lost
    their titles, headings and tables; rich's padded lines glued words ("bijmensen"); a Firefox
    printout kept the site's top bar and had no title; a turned page glued its table to the text
    before it (tests/data/redteam27_questions.md)."""
    def first(query: str):
        hits = redteam27_searcher.search(query, k=3, mode="exact").hits
        assert hits, query
        return hits[0]

    assert "Grasmaaier | 90 dB | 45 minuten" in first('"Grasmaaier"').passage.text
    assert "Tand | Leeftijd bij doorkomen" in first('"Leeftijd bij doorkomen"').passage.text
    assert "Onderdeel | Goede instelling" in first('"Goede instelling"').passage.text
    assert first('"vooral voor bij mensen met migraine"').leaflet.id == "medicijnhoofdpijn"
    assert first('"Periode"').passage.headings == ("Therapeutische elastische kous",)
    titles = {leaflet.id: leaflet.title for leaflet in redteam27_searcher.leaflets.values()}
    assert titles["gehoorschade"] == "Gehoorschade door lawaai"
    assert titles["hernia"] == "Hernia in de onderrug"
    assert titles["tandjes-krijgen"] == "Tandjes krijgen"
    assert titles["muisarm"] == "Muisarm (KANS)"
    assert titles["carbon-monoxide-en"] == "Preventing carbon monoxide poisoning"
    assert titles["oorpijn-vliegen"] == "Oorpijn bij vliegen"
    assert redteam27_searcher.leaflets["verslikken"].updated == "2026-04-09"  # "Gewijzigd", not dcterms.date
    for furniture in ('"bijmensen"', '"Tag Table"', '"makeinfo"', '"anchor"', '"Wiki-Format"', '"verbatim"',
                      '"Direct naar inhoud"', '"kousPeriode"'):
        assert not redteam27_searcher.search(furniture, k=3, mode="exact").hits, furniture


REDTEAM28 = load_questions(ROOT / "tests" / "data" / "redteam28_questions.jsonl")


@pytest.fixture(scope="module")
def redteam28_searcher(settings, embedder, tmp_path_factory):
    """Eleven leaflets from eleven more tools (Calligra Words, pdfjs, Qt, FPDF, a filled PyPDFForm
    form, a Marp deck, TiddlyWiki, Readability, lowdown's terminal text, Org's ASCII export, BBCode),
    asked in thirteen languages (tests/data/redteam28_questions.md)."""
    return _searcher_over("redteam28_leaflets", settings, tmp_path_factory, leaflets=11)


def test_a_twenty_seventh_set_of_leaflets_answers_its_questions(redteam28_searcher):
    missed, flagged, kept = _outcomes(redteam28_searcher, REDTEAM28)
    assert len(missed) <= 7, missed  # 5 of 97 missed when measured (20 before this round's fixes)
    assert len(flagged) >= 23, flagged  # 25 of 28 (25 before)
    assert len(kept) >= 51, kept  # 55 of 97 (47 before)


def test_staff_find_decks_forum_posts_and_terminal_text_whole_and_once(redteam28_searcher):
    """A Marp deck kept one slide of nine; lowdown's terminal text was refused as binary; a BBCode
    post kept its tags; Org's ASCII export lost its title and table rows; Calligra's PDF read
    every line twice; a TiddlyWiki byline was a passage (tests/data/redteam28_questions.md)."""
    def first(query: str):
        hits = redteam28_searcher.search(query, k=3, mode="exact").hits
        assert hits, query
        return hits[0]

    assert first('"lichttherapie"').passage.headings == ("Behandeling",)
    assert "Niet belasten | het been raakt de grond niet" in first('"Belasting"').passage.text
    assert "Oedeemfase | zwachtelen" in first('"Fase"').passage.text
    assert 'hele woorden herhalen ("ik ik ik") | delen van woorden herhalen ("ka-ka-kat")' \
        in first('"ka-ka-kat"').passage.text
    assert "2e prik | dag 7 of later" in first('"dag 7 of later"').passage.text
    assert "1. Meet uw bloedsuiker als dat kan.\n2. Neem" in first('"Meet uw bloedsuiker"').passage.text
    titles = {leaflet.id: leaflet.title for leaflet in redteam28_searcher.leaflets.values()}
    assert titles["krukken"] == "Lopen met krukken"
    assert titles["open-been"] == "Een open been (ulcus cruris)"
    assert titles["stotteren"] == "Stotteren bij jonge kinderen"
    assert titles["rabiesvaccinatie"] == "Rabiësvaccinatie voor reizigers"
    assert titles["tongue-tie-en"] == "Tongue-tie in babies"
    assert redteam28_searcher.leaflets["waterwratjes"].updated == "2026-01-05"
    for furniture in ('"Table of Contents"', '"assistente"', '"Sonde wisselen uiterlijk"', '"DER-118"',
                      '"Toggle fullscreen"', '"heading"', '"GGD-RV-012"', '"Wat is rabiës? Wat is rabiës?"'):
        assert not redteam28_searcher.search(furniture, k=3, mode="exact").hits, furniture


REDTEAM29 = load_questions(ROOT / "tests" / "data" / "redteam29_questions.jsonl")


@pytest.fixture(scope="module")
def redteam29_searcher(settings, embedder, tmp_path_factory):
    """Eleven leaflets from eleven more tools (a man page's roff source, Creole, antiword, poppler's
    pdftohtml, markitdown's deck, pymupdf4llm, ikiwiki, Emacs Muse, yelp-build, Emacs ps-print and a
    pyHanko-signed PDF), asked in fourteen languages (tests/data/redteam29_questions.md)."""
    return _searcher_over("redteam29_leaflets", settings, tmp_path_factory, leaflets=11)


def test_a_twenty_eighth_set_of_leaflets_answers_its_questions(redteam29_searcher):
    missed, flagged, kept = _outcomes(redteam29_searcher, REDTEAM29)
    assert len(missed) <= 9, missed  # 7 of 92 missed when measured (5 before this round's fixes, read from junk)
    assert len(flagged) >= 25, flagged  # 27 of 28 (25 before)
    assert len(kept) >= 42, kept  # 46 of 92 (48 before)


def test_staff_find_roff_creole_and_pdftohtml_tables_row_by_row(redteam29_searcher):
    """A man page's roff source was read as text, request by request; Creole's table ran into one
    line; pdftohtml's cells stood one per line between page headers; an Org table in plain text and
    antiword's table kept their frames; markitdown's deck kept its speaker notes and pymupdf4llm
    its running footer (tests/data/redteam29_questions.md)."""
    def line(phrase: str) -> str:
        return _line_found(redteam29_searcher, phrase)

    assert line("3 keer per dag 400 mg") == "Ibuprofen | 3 keer per dag 400 mg | niet bij maagklachten of zwangerschap"
    assert line("2 keer per dag 500 mg") == "Ciprofloxacine | 2 keer per dag 500 mg | 7 dagen"
    assert line("zeer vet") == "Vaseline-lanettecrème | zeer vet | 's nachts, op ruwe plekken en kloven"
    assert line("in de late middag") == "Naar het oosten | in de ochtend | in de late middag en avond"
    assert line("10 tot 13 uur") == "3 tot 5 jaar | 10 tot 13 uur"
    assert line("30 to 40 kilos").startswith("30 to 40 kilos | 500 milligrams")
    leaflets = redteam29_searcher.leaflets
    assert leaflets["tandabces"].title == "Tandabces – Tandartsenpraktijk Mondzorg Centrum Leiden"
    assert leaflets["tandabces"].updated == "2025-12-04"
    assert leaflets["droge-huid"].title == "Droge huid bij ouderen"
    assert leaflets["reisziekte"].title == "Reisziekte bij kinderen"
    assert leaflets["bronchitis"].title == "Acute bronchitis"
    assert leaflets["ringworm"].updated == "2025-11-18"
    for furniture in ('"Notes:"', '"Welkom heten"', '"Page 1 of 2"', '"Patiëntenvoorlichting"', '".IP"',
                      '"rstReportMargin"', '"|="', '"DER-0231"'):
        assert not redteam29_searcher.search(furniture, k=3, mode="exact").hits, furniture


def test_a_name_another_leaflet_uses_is_no_slip(redteam29_searcher):
    """"Cinnarizine" is in no frequency list, which takes most such words for slips; but the car
    sickness leaflet names it, so a leaflet on pregnancy that never does cannot answer "mag ik
    cinnarizine gebruiken als ik zwanger ben" (index/search.py `_names`)."""
    assert not redteam29_searcher.search("mag ik cinnarizine gebruiken als ik zwanger ben").covered
    assert redteam29_searcher.search("vanaf welke leeftijd mag mijn kind cinnarizine").covered


REDTEAM30 = load_questions(ROOT / "tests" / "data" / "redteam30_questions.jsonl")


@pytest.fixture(scope="module")
def redteam30_searcher(settings, embedder, tmp_path_factory):
    """Eleven leaflets from eleven more tools (LaTeXML, LaTeX2HTML, Yodl, pod2pdf, PoDoFo's
    podofotxt2pdf, catdoc, pypdf's extract_text, xmlto's DocBook text, and pandoc's Haddock, XWiki
    and Slidy writers), asked in thirteen languages (tests/data/redteam30_questions.md)."""
    return _searcher_over("redteam30_leaflets", settings, tmp_path_factory, leaflets=11)


def test_a_twenty_ninth_set_of_leaflets_answers_its_questions(redteam30_searcher):
    missed, flagged, kept = _outcomes(redteam30_searcher, REDTEAM30)
    assert len(missed) <= 9, missed  # 7 of 92 missed when measured (9 before this round's fixes)
    assert len(flagged) >= 21, flagged  # 23 of 28 (22 before: a footer's advert answered one)
    assert len(kept) >= 46, kept  # 50 of 92 (49 before)


def test_staff_find_xwiki_catdoc_and_haddock_tables_row_by_row(redteam30_searcher):
    """XWiki's table ran into one line as MediaWiki; catdoc's tab rows, a blank line apart, into
    one paragraph; Haddock's grid table kept its rules, read as AsciiDoc; pypdf's justified
    lines became a table of one word per cell, its running footer's advert stayed in the text;
    xmlto's DocBook text was titled by its revision history (tests/data/redteam30_questions.md)."""
    def line(phrase: str) -> str:
        return _line_found(redteam30_searcher, phrase)

    assert line("een of meer ronde kale plekken") == "Alopecia areata | een of meer ronde kale plekken | het meest"
    assert line("dagelijks verschonen") == "open blaar | steriel gaasje met wondpleister | dagelijks verschonen"
    assert line("Red cheeks") == "Red cheeks | no | yes"
    assert line("geen reden voor een keizersnede").startswith("Bekkenpijn is geen reden voor een keizersnede. U kunt")
    leaflets = redteam30_searcher.leaflets
    assert leaflets["overgangsklachten"].title == "Opvliegers en andere overgangsklachten"
    assert leaflets["overgangsklachten"].updated == "2025-06-30"  # the latest revision row
    assert leaflets["kwallensteek"].title == "Kwallensteek"
    for furniture in ('"Zwangerschapsyoga"', '"De Wieg | Amersfoort"', '"Herziening 2"', '"LaTeX2HTML"',
                      '"what-is-fifth-disease"'):
        assert not redteam30_searcher.search(furniture, k=3, mode="exact").hits, furniture
    headings = {heading for _, passage in redteam30_searcher.store.all_passages() for heading in passage.headings}
    assert "Table of Contents" not in headings and not [h for h in headings if ".pod" in h], sorted(headings)


REDTEAM31 = load_questions(ROOT / "tests" / "data" / "redteam31_questions.jsonl")


@pytest.fixture(scope="module")
def redteam31_searcher(settings, embedder, tmp_path_factory):
    """Eleven leaflets from eleven more tools (GNU pr, jusText, Discount, pandoc's S5 writer,
    man2html, node-html-markdown, readability-lxml, pdfplumber, vilistextum, pypdfium2,
    markdown2), asked in thirteen languages (tests/data/redteam31_questions.md)."""
    return _searcher_over("redteam31_leaflets", settings, tmp_path_factory, leaflets=11)


def test_a_thirtieth_set_of_leaflets_answers_its_questions(redteam31_searcher):
    missed, flagged, kept = _outcomes(redteam31_searcher, REDTEAM31)
    assert len(missed) <= 8, missed  # 6 of 92 missed when measured (5 before this round's fixes)
    assert len(flagged) >= 23, flagged  # 25 of 28 (25 before)
    assert len(kept) >= 48, kept  # 52 of 92 (52 before)


def test_staff_find_justext_pdf_text_and_page_dumps_under_their_own_titles(redteam31_searcher):
    """jusText's tags stayed in every passage; pdfplumber's and PDFium's one-space table rows ran
    into one line, under a header row read as a heading; PDFium's running header titled the
    leaflet; whole page dumps kept their cookie buttons and menus and were titled by their file
    names; man2html's bullets read "• •:" (tests/data/redteam31_questions.md)."""
    def line(phrase: str) -> str:
        return _line_found(redteam31_searcher, phrase)

    assert line("Diclofenac-gel") == "Diclofenac-gel 3 tot 4 keer per dag op de knie smeren weinig bijwerkingen"
    assert line("Pols drukbandje") == "Pols drukbandje 2 tot 4 uur niet nodig, u mag lopen"
    assert line("Vanaf dag 2") == "Vanaf dag 2 neus spoelen met zoutwater, 3 keer per dag"
    leaflets = redteam31_searcher.leaflets
    titles = {"steenpuist": "Steenpuist (furunkel)", "knieartrose": "Artrose van de knie",
              "hamerteen": "Hamerteen: de operatie", "neuspoliepen": "Neuspoliepen"}
    assert {key: leaflets[key].title for key in titles} == titles
    for furniture in ('"<p>"', '"<h>"', '"Alles accepteren"', '"ZoekenZoek"', '"KNIE-03"', '"man2html"',
                      '"• •"', '"Gerelateerde folders"'):
        assert not redteam31_searcher.search(furniture, k=3, mode="exact").hits, furniture
    passages = [passage for _, passage in redteam31_searcher.store.all_passages()]
    headings = {heading for passage in passages for heading in passage.headings}
    assert "Toegang Drukverband Bedrust" not in headings and "Na het onderzoek" in headings, sorted(headings)
    assert all(passage.headings for passage in passages)  # no sender's line as a passage of its own


REDTEAM32 = load_questions(ROOT / "tests" / "data" / "redteam32_questions.jsonl")


@pytest.fixture(scope="module")
def redteam32_searcher(settings, embedder, tmp_path_factory):
    """Eleven leaflets from eleven more tools (HTML Tidy, mistune, premailer, MHonArc, pod2html,
    groff mom, Ghostscript txtwrite, boilerpy3, Resiliparse, striprtf, odf2xhtml), asked in
    thirteen languages (tests/data/redteam32_questions.md)."""
    return _searcher_over("redteam32_leaflets", settings, tmp_path_factory, leaflets=11)


def test_a_thirty_first_set_of_leaflets_answers_its_questions(redteam32_searcher):
    missed, flagged, kept = _outcomes(redteam32_searcher, REDTEAM32)
    assert len(missed) <= 6, missed  # 4 of 92 missed when measured (10 before this round's fixes)
    assert len(flagged) >= 22, flagged  # 24 of 28 (24 before)
    assert len(kept) >= 52, kept  # 56 of 92 (49 before)


def test_staff_find_a_mail_archives_message_and_tables_rtf_and_tabs_wrote(redteam32_searcher):
    """MHonArc's message page was refused whole; striprtf's table was a cell a paragraph and
    Resiliparse's tab-parted rows ended in a row read as a heading; Ghostscript's txtwrite text
    kept its running header and footer, titled the leaflet by the header and glued its sections;
    odf2xhtml's Title paragraph headed a stub; groff mom's "by" line was a passage
    (tests/data/redteam32_questions.md)."""
    def line(phrase: str) -> str:
        return _line_found(redteam32_searcher, phrase)

    assert line("2 keer per week 2 uur") == "1 tot 2 | 2 keer per week 2 uur, geen vergaderingen"
    assert line("60 tot 69 jaar") == "60 tot 69 jaar | 4,0"
    leaflets = redteam32_searcher.leaflets
    titles = {"morning-afterpil": "De morning-afterpil: wanneer en hoe?",
              "psa-test": "De PSA-test: wel of niet laten prikken?",
              "adhd-methylfenidaat": "Methylfenidaat bij ADHD: informatie voor ouders",
              "longembolie": "Longembolie: wat nu?"}
    assert {key: leaflets[key].title for key in titles} == titles
    assert leaflets["longembolie"].updated == "2026-01-14"
    for furniture in ('"Date Prev"', '"Thread Next"', '"pagina 1"', '"by Orthopedie"'):
        assert not redteam32_searcher.search(furniture, k=3, mode="exact").hits, furniture
    headings = {heading for _, passage in redteam32_searcher.store.all_passages() for heading in passage.headings}
    assert {"Leefregels", "Wanneer direct bellen?", "Typische klachten"} <= headings, sorted(headings)
    assert "70 jaar en ouder 5,0" not in headings


def test_staff_find_the_context_words_the_subtitles_term_and_no_printout_stamps(redteam16_searcher):
    """ConTeXt's words were glued ("Maakdegehoorgangnietschoon"), a cover subtitle held the
    leaflet's only "zwemmerseczeem", and a2ps's "Printed by root" stamp was a passage."""
    words = redteam16_searcher.search('"gehoorgang niet schoon met wattenstaafjes"', k=3, mode="exact").hits
    assert words and words[0].leaflet.id == "oorsmeer"
    term = redteam16_searcher.search('"zwemmerseczeem"', k=3, mode="exact").hits
    assert term and term[0].leaflet.id == "voetschimmel"
    assert not redteam16_searcher.search('"printed by"', k=3, mode="exact").hits
    box = redteam16_searcher.search('"schouderpijn na de operatie is normaal"', k=3, mode="exact").hits
    assert box and box[0].leaflet.id == "blindedarmoperatie"


def test_a_medicine_named_alone_finds_the_leaflet_that_names_it_in_a_compound(redteam16_searcher):
    """The anal-fissure leaflet says "diltiazemcrème"; a patient types "diltiazem"."""
    result = redteam16_searcher.search("hoelang moet ik de diltiazem zalf smeren", k=3)
    assert result.hits[0].leaflet.id == "anale-fissuur"


REDTEAM33 = load_questions(ROOT / "tests" / "data" / "redteam33_questions.jsonl")


@pytest.fixture(scope="module")
def redteam33_searcher(settings, embedder, tmp_path_factory):
    """Eleven leaflets from eleven more tools (calibre, markdown-it-py, rst2html5, wvHtml,
    LibreOffice's XHTML and PDF/UA exports, remark/rehype, mandoc, a2x, Wagtail, kramdown),
    asked in thirteen languages (tests/data/redteam33_questions.md)."""
    return _searcher_over("redteam33_leaflets", settings, tmp_path_factory, leaflets=11)


def test_a_thirty_second_set_of_leaflets_answers_its_questions(redteam33_searcher):
    missed, flagged, kept = _outcomes(redteam33_searcher, REDTEAM33)
    assert len(missed) <= 6, missed  # 4 of 92 missed when measured (2 before this round's fixes)
    assert len(flagged) >= 18, flagged  # 20 of 28 (20 before)
    assert len(kept) >= 48, kept  # 52 of 92 (52 before)


def test_staff_cite_word_and_a2x_sections_by_their_headings_and_no_site_furniture(redteam33_searcher):
    """wvHtml's headings were bullets and its page footer a passage; a2x's framed section titles
    and calibre's menu were text; a remark page's link bar and copyright line were passages; three
    short sections of prose were one passage under no heading; mandoc's page was titled by its
    header; five leaflets that name their publisher had none (tests/data/redteam33_questions.md)."""
    headings = {heading for _, passage in redteam33_searcher.store.all_passages() for heading in passage.headings}
    assert {"De proefdosis", "Na de test", "4. Behandeling", "7. Meer weten?", "Bijwerkingen", "Uitslag",
            "Bijwerkingen van thiamazol"} <= headings, sorted(headings)
    for furniture in ('"pagina 2"', '"Privacyverklaring"', '"Werken bij"', '"Patiënten"', '"TRIGEMINUSNEURALGIE(7)"'):
        assert not redteam33_searcher.search(furniture, k=3, mode="exact").hits, furniture
    assert _line_found(redteam33_searcher, "Over vlooienbestrijding") == "Over vlooienbestrijding | Uw dierenarts"
    leaflets = redteam33_searcher.leaflets
    titles = {"schildklier-overactief": "Een te snel werkende schildklier (hyperthyreoïdie)",
              "penicilline-allergie": "Penicilline-allergie: klopt het wel?", "kattenkrabziekte": "Kattenkrabziekte"}
    assert {key: leaflets[key].title for key in titles} == titles
    assert leaflets["trigeminusneuralgie"].title.startswith("Trigeminusneuralgie – aangezichtspijn")
    publishers = {"hartecho": "Noordwest Ziekenhuisgroep", "haarnestcyste": "Maas & Kempen Ziekenhuis",
                  "morton-neuroom": "Voetencentrum Utrecht", "sore-throat-en": "Oosterpark Health Centre",
                  "botscan": "Ziekenhuis De Vallei", "trigeminusneuralgie": "Ziekenhuis Oost-Achterhoek"}
    assert {key: leaflets[key].publisher for key in publishers} == publishers


REDTEAM34 = load_questions(ROOT / "tests" / "data" / "redteam34_questions.jsonl")


@pytest.fixture(scope="module")
def redteam34_searcher(settings, embedder, tmp_path_factory):
    """Eleven leaflets from eleven more tools (wvText, ronn, Markdown.pl, Redcarpet, MultiMarkdown,
    LibreOffice's Text export, docx2python, newspaper4k, goose3, mistletoe, showdown), asked in
    thirteen languages (tests/data/redteam34_questions.md)."""
    return _searcher_over("redteam34_leaflets", settings, tmp_path_factory, leaflets=11)


def test_a_thirty_third_set_of_leaflets_answers_its_questions(redteam34_searcher):
    missed, flagged, kept = _outcomes(redteam34_searcher, REDTEAM34)
    assert len(missed) <= 3, missed  # 1 of 92 missed when measured (1 before this round's fixes)
    assert len(flagged) >= 16, flagged  # 18 of 28 (18 before)
    assert len(kept) >= 49, kept  # 53 of 92 (54 before)


def test_staff_cite_bulleted_headings_and_man_pages_with_their_titles_and_no_footers(redteam34_searcher):
    """wvText's headings were bullets and its page footer a passage; docx2python's text was titled
    by its running header; ronn's page by "impingement(7)", its decoration a passage; mistletoe's
    Markdown by its file name; a site's name over a Markdown.pl page titled it; showdown's and
    Markdown.pl's footer lines were passages; MultiMarkdown's mark read "Malassezia1"
    (tests/data/redteam34_questions.md)."""
    headings = {heading for _, passage in redteam34_searcher.store.all_passages() for heading in passage.headings}
    assert {"Is het gevaarlijk?", "Na de ingreep", "Na het weghalen", "Wat is impingement?"} <= headings, sorted(headings)
    for furniture in ('"pagina 2 van 2"', '"impingement(7)"', '"Privacyreglement"', '"Malassezia1"',
                      '"Waterlandlaan 250"'):
        assert not redteam34_searcher.search(furniture, k=3, mode="exact").hits, furniture
    leaflets = redteam34_searcher.leaflets
    titles = {"atheroomcyste": "Atheroomcyste (vetbult) laten verwijderen", "darmpoliepen": "Poliepen in de dikke darm",
              "impingement-schouder": "Impingement van de schouder", "nierbiopsie": "Nierbiopsie",
              "platvoeten-kind": "Platvoeten bij kinderen"}
    assert {key: leaflets[key].title for key in titles} == titles
    publishers = {"atheroomcyste": "Huisartsenpraktijk Het Baken", "darmpoliepen": "Ziekenhuis Gelderse Poort",
                  "impingement-schouder": "Orthopedisch Centrum Kennemerland", "nierbiopsie": "Isselland Medisch Centrum",
                  "abdominal-ultrasound-en": "Eemland Hospital"}
    assert {key: leaflets[key].publisher for key in publishers} == publishers


REDTEAM35 = load_questions(ROOT / "tests" / "data" / "redteam35_questions.jsonl")


@pytest.fixture(scope="module")
def redteam35_searcher(settings, embedder, tmp_path_factory):
    """Eleven leaflets from eleven more tools (md4c, RedCloth, marko, go-md2man with man, scdoc with
    pdfroff, RDoc, wget's saved page, selectolax, readabilipy, html2markdown, unoconv), asked in
    thirteen languages (tests/data/redteam35_questions.md)."""
    return _searcher_over("redteam35_leaflets", settings, tmp_path_factory, leaflets=11)


def test_a_thirty_fourth_set_of_leaflets_answers_its_questions(redteam35_searcher):
    missed, flagged, kept = _outcomes(redteam35_searcher, REDTEAM35)
    assert len(missed) <= 7, missed  # 5 of 92 missed when measured (9 before this round's fixes)
    assert len(flagged) >= 22, flagged  # 24 of 28 (22 before)
    assert len(kept) >= 36, kept  # 39 of 92 (42 before: three name a title the leaflet now has, which the verdict discounts)


def test_staff_cite_man_pages_and_dumped_pages_by_their_titles_and_no_furniture(redteam35_searcher):
    """selectolax's dump was titled by two menu items, its breadcrumb and share links passages;
    go-md2man's and pdfroff's man pages were titled by their frame, which was a passage; readabilipy's
    page by the site's header; six senders' lines named no publisher; a table written a cell a line
    lost its rows (tests/data/redteam35_questions.md)."""
    headings = {heading for _, passage in redteam35_searcher.store.all_passages() for heading in passage.headings}
    assert {"Hoe ontstaat het?", "De uitslag", "Wat kunt u zelf doen?"} <= headings, sorted(headings)
    for furniture in ('"Facebook"', '"Werken bij"', '"Slijmbeursontsteking(aan)"', '"trommelvliesperforatie(7)"',
                      '"2026-12-06"', '"Nederlands | English"'):
        assert not redteam35_searcher.search(furniture, k=3, mode="exact").hits, furniture
    assert _line_found(redteam35_searcher, "minder dan 50%") == "minder dan 50% | geen operatie, wel medicijnen en gezond leven"
    leaflets = redteam35_searcher.leaflets
    titles = {"duplex-halsslagader": "Duplexonderzoek van de halsslagaders",
              "polymyalgia-rheumatica": "Polymyalgia rheumatica (PMR)", "slijmbeursontsteking-heup": "Slijmbeursontsteking"}
    assert {key: leaflets[key].title for key in titles} == titles
    assert leaflets["trommelvliesperforatie"].title.startswith("Trommelvliesperforatie")
    publishers = {"nagelschimmel": "Podotherapie Vechtdal", "ziekte-van-sever": "Maasstad Ziekenhuis",
                  "urodynamisch-onderzoek": "Gelre ziekenhuizen", "slijmbeursontsteking-heup": "Sint Jans Gasthuis",
                  "trommelvliesperforatie": "Ziekenhuis Rivierenland Tiel", "polymyalgia-rheumatica": "ReumaZorg Nederland",
                  "duplex-halsslagader": "Ziekenhuis Amstelland"}
    assert {key: leaflets[key].publisher for key in publishers} == publishers


REDTEAM36 = load_questions(ROOT / "tests" / "data" / "redteam36_questions.jsonl")


@pytest.fixture(scope="module")
def redteam36_searcher(settings, embedder, tmp_path_factory):
    """Eleven leaflets from eleven more tools (HTML::FormatText, HTML::FormatPS, texi2any's HTML and
    plain text, pandoc's ms through groff, html-to-markdown, kreuzberg, extractous, LibreOffice's
    HTML, netrik, pdfmom), asked in thirteen languages (tests/data/redteam36_questions.md)."""
    return _searcher_over("redteam36_leaflets", settings, tmp_path_factory, leaflets=11)


def test_a_thirty_fifth_set_of_leaflets_answers_its_questions(redteam36_searcher):
    missed, flagged, kept = _outcomes(redteam36_searcher, REDTEAM36)
    assert len(missed) <= 10, missed  # 8 of 92 missed when measured (8 before this round's fixes)
    assert len(flagged) >= 17, flagged  # 19 of 28 (19 before)
    assert len(kept) >= 41, kept  # 44 of 92 (45 before: r028's "hondenbeet" stood only in a dropped aside)


def test_staff_find_every_word_of_dumped_pages_and_pdfs_under_their_titles(redteam36_searcher):
    """kreuzberg's `###` sentences lost a closing section; HTML::FormatText's page was titled by its
    buttons, netrik's table and share line and both asides were passages; FormatPS's lost UTF-8 byte
    hid the sender and the date; texi2any's title stood twice (tests/data/redteam36_questions.md)."""
    assert redteam36_searcher.search('"Polikliniek Dermatologie: 040 239 91 11"', k=1, mode="exact").hits
    headings = {heading for _, passage in redteam36_searcher.store.all_passages() for heading in passage.headings}
    assert {"Dagelijks of rond de seks", "Wanneer eerder contact?"} <= headings, sorted(headings)
    for furniture in ('"Alles accepteren"', '"Deel deze pagina"', '"Aanmelden wachtlijst PrEP"', '"Deelenlaan"',
                      '"Bloedtransfusie"'):
        assert not redteam36_searcher.search(furniture, k=3, mode="exact").hits, furniture
    assert _line_found(redteam36_searcher, "een blauwe plek") == "een blauwe plek | niets, dit gaat vanzelf over"
    leaflets = redteam36_searcher.leaflets
    titles = {"beenmergpunctie": "Beenmergonderzoek", "chlamydia": "Chlamydia", "tetanusprik": "Tetanus en de tetanusprik",
              "pulled-elbow-en": "Pulled elbow"}
    assert {key: leaflets[key].title for key in titles} == titles
    publishers = {"beenmergpunctie": "Maasziekenhuis Pantein", "zondagsarmpje": "Franciscus Gasthuis & Vlietland",
                  "pulled-elbow-en": "Franciscus Gasthuis & Vlietland", "tetanusprik": "Huisartsenpost Midden-Brabant"}
    assert {key: leaflets[key].publisher for key in publishers} == publishers
    assert (leaflets["zondagsarmpje"].updated, leaflets["kolven-neonatologie"].updated) == ("2025-12", "2025-11")


REDTEAM37 = load_questions(ROOT / "tests" / "data" / "redteam37_questions.jsonl")


@pytest.fixture(scope="module")
def redteam37_searcher(settings, embedder, tmp_path_factory):
    """Eleven leaflets from eleven more tools (BeautifulSoup's get_text, mwparserfromhell, psnup,
    djvutxt, ocrad, gocr, Parsedown, edbrowse, PyMuPDF's blocks, odfdo, pdftotext -bbox-layout),
    asked in thirteen languages (tests/data/redteam37_questions.md)."""
    return _searcher_over("redteam37_leaflets", settings, tmp_path_factory, leaflets=11)


def test_a_thirty_sixth_set_of_leaflets_answers_its_questions(redteam37_searcher):
    missed, flagged, kept = _outcomes(redteam37_searcher, REDTEAM37)
    assert len(missed) <= 10, missed  # 8 of 92 missed when measured (6 before this round's fixes, two
    # of them credited to a passage that held the whole sheet or a running header naming the answer)
    assert len(flagged) >= 25, flagged  # 27 of 28 (26 before: "hoe duur" asks a price)
    assert len(kept) >= 49, kept  # 52 of 92 (53 before)


def test_staff_find_the_sections_of_turned_sheets_scraped_pages_and_ocr_text(redteam37_searcher):
    """psnup's sheet read unturned glued every line; pdftotext's word boxes were two headless
    passages; BeautifulSoup's and edbrowse's pages kept their menus, cookie text and share bars;
    running headers and page numbers of PDF-made text stood in passages (redteam37_questions.md)."""
    headings = {heading for _, passage in redteam37_searcher.store.all_passages() for heading in passage.headings}
    assert {"Een blijvende tand eruit", "Moet het sieraad eruit?", "Bereikbaarheid", "Huisdieren"} <= headings
    for furniture in ('"Delen: WhatsApp"', '"Zoeken"', '"Wij gebruiken functionele en analytische cookies"'):
        assert not redteam37_searcher.search(furniture, k=3, mode="exact").hits, furniture
    assert redteam37_searcher.search('"tegen de rand van het zwembad"', k=1, mode="exact").hits
    assert _line_found(redteam37_searcher, "stukje eraf").startswith("stukje eraf | gladmaken of niets doen")
    assert _line_found(redteam37_searcher, "haren op de huid") == (
        "haren op de huid | plak de haren eraf met tape en spoel de huid met lauw water")
    passages = [passage.text for _, passage in redteam37_searcher.store.all_passages()]
    assert all(text.strip() not in {"1", "2"} for text in passages)
    leaflets = redteam37_searcher.leaflets
    titles = {"eikenprocessierups": "Jeuk door de eikenprocessierups", "mondhoekontsteking": "Kloofjes in de mondhoeken",
              "oorpiercing-ontsteking": "Ontstoken oorpiercing", "broken-toe-en": "A broken toe",
              "tandtrauma-kind": "Een ongelukje met een tand bij uw kind"}
    assert {key: leaflets[key].title for key in titles} == titles
    publishers = {"eikenprocessierups": "GGD Gelderland-Midden", "gebroken-teen": "Tergooi MC",
                  "tandtrauma-kind": "Kindertandartsenpraktijk De Wisseltand",
                  "oorpiercing-ontsteking": "Huisartsenpraktijk De Boog"}
    assert {key: leaflets[key].publisher for key in publishers} == publishers
    assert leaflets["tandtrauma-kind"].updated == "2026-02"


REDTEAM38 = load_questions(ROOT / "tests" / "data" / "redteam38_questions.jsonl")


@pytest.fixture(scope="module")
def redteam38_searcher(settings, embedder, tmp_path_factory):
    """Eleven leaflets from eleven more tools (unhtml, catdvi, w3lib, parsel, pdftext, ps2ascii,
    txt2man, untex, bleach, EbookLib, xmllint), asked in thirteen languages
    (tests/data/redteam38_questions.md)."""
    return _searcher_over("redteam38_leaflets", settings, tmp_path_factory, leaflets=11)


def test_a_thirty_seventh_set_of_leaflets_answers_its_questions(redteam38_searcher):
    missed, flagged, kept = _outcomes(redteam38_searcher, REDTEAM38)
    assert len(missed) <= 9, missed  # 7 of 92 missed when measured (11 before this round's fixes)
    assert len(flagged) >= 19, flagged  # 21 of 28 (21 before)
    assert len(kept) >= 49, kept  # 52 of 92 (55 before, three through a whole page's words)


def test_staff_find_the_sections_of_half_converted_pages_columns_man_and_latex_text(redteam38_searcher):
    """unhtml's page was one passage, catdvi's two columns a table, untex's preamble a passage,
    txt2man's NAME section a passage, parsel's and w3lib's pages kept their menus and footers
    (redteam38_questions.md)."""
    headings = {heading for _, passage in redteam38_searcher.store.all_passages() for heading in passage.headings}
    assert {"Zo haalt u een splinter eruit", "Diabetes", "Tegen de pijn", "Het litteken",
            "Hoe voorkomt u besmetting thuis?", "Nachtangst"} <= headings, sorted(headings)
    assert "NAME" not in headings and "Gerelateerd" not in headings
    for furniture in ('"hyperref"', '"pdfcreator"', '"Quick links"'):
        assert not redteam38_searcher.search(furniture, k=3, mode="exact").hits, furniture
    assert redteam38_searcher.search('"De basisverzekering vergoedt dit meestal niet"', k=1, mode="exact").hits
    passages = [passage.text for _, passage in redteam38_searcher.store.all_passages()]
    assert all(" | " not in text for text in passages if "hielkloven" in text.casefold())
    assert all(text.strip() not in {"1", "2"} for text in passages)
    leaflets = redteam38_searcher.leaflets
    titles = {"splinter": "Een splinter verwijderen", "hielkloven": "Kloven in de hielen",
              "hechtingen-bevalling": "Hechtingen na de bevalling", "wond-lijmen": "Een wond gelijmd: wat nu?",
              "legionella": "Legionella en de veteranenziekte"}
    assert {key: leaflets[key].title for key in titles} == titles
    publishers = {"splinter": "Huisartsenpraktijk De Wilgenhof", "hielkloven": "Podotherapie Berkelland",
                  "schimmel-in-huis": "GGD Haaglanden", "nachtmerries-kind": "GGD Noord- en Oost-Gelderland"}
    assert {key: leaflets[key].publisher for key in publishers} == publishers
    assert (leaflets["sarcoidose"].updated, leaflets["hielkloven"].updated) == ("2026-04", "2026-02-03")


REDTEAM39 = load_questions(ROOT / "tests" / "data" / "redteam39_questions.jsonl")


@pytest.fixture(scope="module")
def redteam39_searcher(settings, embedder, tmp_path_factory):
    """Eleven leaflets from eleven print and office tools (dvi2tty, officeparser, mobi, pdfx,
    rapidocr, word-extractor, archmage, unpdf, pdf2json, textract, epub2txt), asked in thirteen
    languages (tests/data/redteam39_questions.md)."""
    return _searcher_over("redteam39_leaflets", settings, tmp_path_factory, leaflets=11)


def test_a_thirty_eighth_set_of_leaflets_answers_its_questions(redteam39_searcher):
    missed, flagged, kept = _outcomes(redteam39_searcher, REDTEAM39)
    assert len(missed) <= 11, missed  # 9 of 92 missed when measured (9 before this round's fixes)
    assert len(flagged) >= 22, flagged  # 24 of 28 (24 before)
    assert len(kept) >= 49, kept  # 52 of 92 (54 before)


def test_staff_find_the_sections_of_reversed_wrapped_and_ebook_text(redteam39_searcher):
    """pdf2json's pages ran bottom to top, dvi2tty's wrap marks stood inside words, epub2txt's CSS
    and file names were a passage, word-extractor's sender line was the title
    (redteam39_questions.md)."""
    headings = {heading for _, passage in redteam39_searcher.store.all_passages() for heading in passage.headings}
    assert {"1.1 Wat is een stuitligging?", "1.3 Uitwendige versie", "1.1 Wat gebeurt er bij een steek?",
            "Symptoms", "Wat is een navelbreuk?"} <= headings, sorted(headings)
    assert "Een navelbreuk bij uw baby" not in headings
    for furniture in ('"Page (0) Break"', '"white-space"', '"ch001.xhtml"', '"fl* *auwvallen"'):
        assert not redteam39_searcher.search(furniture, k=3, mode="exact").hits, furniture
    assert redteam39_searcher.search('"bij benauwdheid of flauwvallen"', k=1, mode="exact").hits
    assert _line_found(redteam39_searcher, "Botuline-injecties | oksels").startswith("Botuline-injecties | oksels")
    leaflets = redteam39_searcher.leaflets
    titles = {"stuitligging": "Uw baby ligt in stuitligging", "bijensteek": "Gestoken door een bij of wesp",
              "contactlenzen": "Veilig contactlenzen dragen"}
    assert {key: leaflets[key].title for key in titles} == titles
    publishers = {"contactlenzen": "Van Dijk Optiek & Contactlenzen", "overmatig-zweten": "Tergooi MC",
                  "triggerfinger-en": "Gelderse Vallei Hospital", "navelbreuk-baby": "JGZ Zuid-Holland West",
                  "stuitligging": "Verloskundigenpraktijk De Wieg"}
    assert {key: leaflets[key].publisher for key in publishers} == publishers


REDTEAM40 = load_questions(ROOT / "tests" / "data" / "redteam40_questions.jsonl")


@pytest.fixture(scope="module")
def redteam40_searcher(settings, embedder, tmp_path_factory):
    """Eleven leaflets from eleven web and plain-text tools (remove-markdown, cheerio, snarkdown,
    hxselect, inky, pyquery, mime-construct, sanitize-html, rst2ansi, md2gemini, wtf_wikipedia),
    asked in thirteen languages (tests/data/redteam40_questions.md)."""
    return _searcher_over("redteam40_leaflets", settings, tmp_path_factory, leaflets=11)


def test_a_thirty_ninth_set_of_leaflets_answers_its_questions(redteam40_searcher):
    missed, flagged, kept = _outcomes(redteam40_searcher, REDTEAM40)
    assert len(missed) <= 7, missed  # 5 of 92 missed when measured (5 before)
    assert len(flagged) >= 20, flagged  # 22 of 28 (23 before)
    assert len(kept) >= 50, kept  # 53 of 92 (53 before)


def test_staff_find_the_sections_of_a_saved_mail_and_scraped_text(redteam40_searcher):
    """mime-construct's message was read as text (header, boundaries, quoted-printable, the HTML
    part's markup), cheerio's page lost its title and headings, snarkdown's pipe table stayed a
    line of pipes (redteam40_questions.md)."""
    headings = {heading for _, passage in redteam40_searcher.store.all_passages() for heading in passage.headings}
    assert {"Bij de tandarts", "Gevolgen voor het gebit", "Tips om te stoppen", "Na de operatie"} <= headings
    for furniture in ('"Content-Type"', '"=C3=AB"', '"<table"', '"|---|"'):
        assert not redteam40_searcher.search(furniture, k=3, mode="exact").hits, furniture
    assert _line_found(redteam40_searcher, "in bad of zwemmen") == "in bad of zwemmen | na 1 week"
    assert _line_found(redteam40_searcher, "1 tot 2 jaar") == "1 tot 2 jaar | speen alleen in bed"
    leaflets = redteam40_searcher.leaflets
    titles = {"slechte-adem": "Slechte adem: oorzaken en wat u eraan doet",
              "duimzuigen": "Duimzuigen en de speen: wanneer stoppen?",
              "carpaaltunnel-en": "Carpal tunnel syndrome: what to expect"}
    assert {key: leaflets[key].title for key in titles} == titles
    publishers = {"slechte-adem": "Tandartspraktijk Het Gebit", "duimzuigen": "GGD Twente",
                  "tennisarm": "Fysiotherapie De Linde", "tepelkloven": "Borstvoedingspraktijk Zoogzorg"}
    assert {key: leaflets[key].publisher for key in publishers} == publishers


REDTEAM41 = load_questions(ROOT / "tests" / "data" / "redteam41_questions.jsonl")


@pytest.fixture(scope="module")
def redteam41_searcher(settings, embedder, tmp_path_factory):
    """Eleven leaflets from eleven publishing and document generators (staticjinja, Lektor,
    madoko, OpTeX, Markdoc, jupytext, myst-docutils, hovercraft, darkslide, jupyter-book,
    metalsmith), asked in thirteen languages (tests/data/redteam41_questions.md)."""
    return _searcher_over("redteam41_leaflets", settings, tmp_path_factory, leaflets=11)


def test_a_fortieth_set_of_leaflets_answers_its_questions(redteam41_searcher):
    missed, flagged, kept = _outcomes(redteam41_searcher, REDTEAM41)
    assert len(missed) <= 9, missed  # 7 of 92 missed when measured (6 before: the notebook's code held three answers)
    assert len(flagged) >= 20, flagged  # 22 of 28 (22 before)
    assert len(kept) >= 49, kept  # 52 of 92 (53 before)


def test_staff_find_no_code_or_speaker_notes_in_generated_leaflets(redteam41_searcher):
    """jupytext's notebook cell was cited as leaflet text, darkslide's hidden "Presenter Notes"
    headed every section, OpTeX's table cells were glued (redteam41_questions.md)."""
    headings = {heading for _, passage in redteam41_searcher.store.all_passages() for heading in passage.headings}
    assert "Presenter Notes" not in headings and {"Behandeling", "4 De ABCDE-regel"} <= headings
    for code in ('"import pandas"', '"pd.DataFrame"'):
        assert not redteam41_searcher.search(code, k=3, mode="exact").hits, code
    assert redteam41_searcher.search('"A: Asymmetrie | De twee helften"', k=1, mode="exact").hits
    leaflets = redteam41_searcher.leaflets
    publishers = {"inspanningsastma": "Amphia Breda", "hiccups-en": "De Linde GP Practice",
                  "ooglidtrillen": "Oogzorg Noord", "moedervlekken": "Ziekenhuis Amstelland"}
    assert {key: leaflets[key].publisher for key in publishers} == publishers


REDTEAM42 = load_questions(ROOT / "tests" / "data" / "redteam42_questions.jsonl")


@pytest.fixture(scope="module")
def redteam42_searcher(settings, embedder, tmp_path_factory):
    """Eleven leaflets from eleven tools of publishing, export and mail (pdf-parse after a
    browser's print, node-html-parser, striptags, jq, xmlstarlet, mail-parser, htmlmin, linkedom,
    article-extractor, notmuch, happy-dom), asked in thirteen languages
    (tests/data/redteam42_questions.md)."""
    return _searcher_over("redteam42_leaflets", settings, tmp_path_factory, leaflets=11)


def test_a_forty_first_set_of_leaflets_answers_its_questions(redteam42_searcher):
    missed, flagged, kept = _outcomes(redteam42_searcher, REDTEAM42)
    assert len(missed) <= 5, missed  # 3 of 92 missed when measured (5 before)
    assert len(flagged) >= 23, flagged  # 25 of 28 (25 before)
    assert len(kept) >= 49, kept  # 52 of 92 (54 before)


def test_staff_find_the_sections_of_mail_dumps_exports_and_prints(redteam42_searcher):
    """notmuch's and mail-parser's mails kept their HTML as markup, a block-a-line text lost its
    headings, a browser's print header and footer stood in passages (redteam42_questions.md)."""
    headings = {heading for _, passage in redteam42_searcher.store.all_passages() for heading in passage.headings}
    assert {"Wat is smog?", "Waarom lopen ouderen meer risico?", "Hoe herkent u onderkoeling?", "Klachten",
            "Shampoo tegen roos", "Vragen?"} <= headings, sorted(headings)
    for furniture in ('"<h2"', '"Content-type: text/html"', '"file:///"', '"mail_boundary"'):
        assert not redteam42_searcher.search(furniture, k=3, mode="exact").hits, furniture
    leaflets = redteam42_searcher.leaflets
    titles = {"fijnstof": "Smog en fijnstof: tips als u een longziekte heeft", "onderkoeling": "Onderkoeling bij ouderen thuis",
              "hoofdroos": "Roos en schilferende hoofdhuid", "fopspeen": "De speen: handig, maar niet voor altijd",
              "asbest": "Asbest in en om het huis"}
    assert {key: leaflets[key].title for key in titles} == titles
    assert (leaflets["hoofdroos"].publisher, leaflets["hoofdroos"].updated) == ("Apotheek Stadshart", "2026-03-03")
    assert all(not passage.pages for _, passage in redteam42_searcher.store.all_passages()
               if passage.leaflet_id == "fijnstof")


REDTEAM43 = load_questions(ROOT / "tests" / "data" / "redteam43_questions.jsonl")


@pytest.fixture(scope="module")
def redteam43_searcher(settings, embedder, tmp_path_factory):
    """Eleven leaflets in accessible and translated versions (a video's captions by ffmpeg,
    pysubs2 and webvtt-py, translation round trips by itstool, po4a, Translate Toolkit and mdpo,
    braille round trips by liblouis, an e-book by epy), asked in thirteen languages
    (tests/data/redteam43_questions.md)."""
    return _searcher_over("redteam43_leaflets", settings, tmp_path_factory, leaflets=11)


def test_a_forty_third_set_of_leaflets_answers_its_questions(redteam43_searcher):
    missed, flagged, kept = _outcomes(redteam43_searcher, REDTEAM43)
    assert len(missed) <= 7, missed  # 5 of 92 missed when measured (13 before)
    assert len(flagged) >= 17, flagged  # 19 of 28 (20 before)
    assert len(kept) >= 58, kept  # 63 of 92 (61 before)


def test_staff_find_the_sections_of_a_videos_captions(redteam43_searcher):
    """WebVTT and SubRip files read as text: every cue's timing a heading, the first cue's
    number the title, sentences cut across cues (redteam43_questions.md)."""
    headings = {heading for _, passage in redteam43_searcher.store.all_passages() for heading in passage.headings}
    assert {"Wat heeft u nodig?", "Zo trekt u de kous aan", "Houding tijdens het eten", "Medicijnen innemen",
            "Wat gebeurt er als u te weinig drinkt?"} <= headings, sorted(headings)
    assert not any("-->" in heading or heading.isdigit() for heading in headings), sorted(headings)
    assert not redteam43_searcher.search('"WEBVTT"', k=3, mode="exact").hits
    assert not any("-->" in passage.text for _, passage in redteam43_searcher.store.all_passages())
    leaflets = redteam43_searcher.leaflets
    assert (leaflets["steunkousen"].title, leaflets["steunkousen"].updated) == ("Steunkousen aan- en uittrekken",
                                                                                 "2026-01-12")
    assert leaflets["slikproblemen"].title == "Veilig eten en drinken bij slikproblemen"
    assert leaflets["prikkelbare-darm"].title != "No Title"


REDTEAM44 = load_questions(ROOT / "tests" / "data" / "redteam44_questions.jsonl")


@pytest.fixture(scope="module")
def redteam44_searcher(settings, embedder, tmp_path_factory):
    """Eleven leaflets from patient portals, health records, mail, chat and spreadsheet exports
    (Xalan and Saxon over CDA and FHIR, css-inline, mshow, munpack, mu view, whatstk, xlsx2csv,
    csvlook, khal, nh3), asked in thirteen languages (tests/data/redteam44_questions.md)."""
    return _searcher_over("redteam44_leaflets", settings, tmp_path_factory, leaflets=11)


def test_a_forty_fourth_set_of_leaflets_answers_its_questions(redteam44_searcher):
    missed, flagged, kept = _outcomes(redteam44_searcher, REDTEAM44)
    assert len(missed) <= 4, missed  # 2 of 92 missed when measured (3 before)
    assert len(flagged) >= 19, flagged  # 21 of 28 (21 before)
    assert len(kept) >= 52, kept  # 56 of 92 (56 before)


def test_no_patient_is_named_and_exports_keep_their_sections(redteam44_searcher):
    """A health record's header put the patient's name, birth date and number in a passage; a
    calendar print's file path was a title; chat stamps, CSV commas and csvlook's made-up column
    names stood in passages that had no headings (redteam44_questions.md)."""
    for private in ('"J. de Vries"', '"7751234"', '"12-03-1978"', '"A. Jansen"'):
        assert not redteam44_searcher.search(private, k=3, mode="exact").hits, private
    for furniture in ('"events found"', '"Ilse JGZ"', '"Media weggelaten"', '"multipart/alternative"'):
        assert not redteam44_searcher.search(furniture, k=3, mode="exact").hits, furniture
    assert not any(",," in passage.text for _, passage in redteam44_searcher.store.all_passages())
    headings = {heading for _, passage in redteam44_searcher.store.all_passages() for heading in passage.headings}
    assert {"Driftbui als het scherm uit moet", "Uw voedingsschema", "PLAATSEN", "Wat is een nauwe voorhuid?",
            "Why are you receiving this letter?"} <= headings, sorted(headings)
    leaflets = redteam44_searcher.leaflets
    titles = {"uitstrijkje": "Het uitstrijkje bij de huisarts", "schermtijd": "Schermtijd bij jonge kinderen",
              "sondevoeding": "Sondevoeding thuis", "glucosesensor": "Werken met een glucosesensor",
              "tbc-contactonderzoek-en": "Tuberculosis contact tracing"}
    assert {key: leaflets[key].title for key in titles} == titles
    assert leaflets["eeg-onderzoek"].publisher == "Gelre ziekenhuizen Apeldoorn"


REDTEAM45 = load_questions(ROOT / "tests" / "data" / "redteam45_questions.jsonl")


@pytest.fixture(scope="module")
def redteam45_searcher(settings, embedder, tmp_path_factory):
    """Eleven leaflets scanned, photographed or rewritten (hocr-lines, hocr2pdf, pdfsandwich,
    alto-tools, pdfrw, tesserocr, pyocr, ocrfeeder's page a file, pytesseract, pdfly,
    tesseract.js), asked in thirteen languages (tests/data/redteam45_questions.md)."""
    return _searcher_over("redteam45_leaflets", settings, tmp_path_factory, leaflets=13)


def test_a_forty_fifth_set_of_leaflets_answers_its_questions(redteam45_searcher):
    missed, flagged, kept = _outcomes(redteam45_searcher, REDTEAM45)
    assert len(missed) <= 22, missed  # 20 of 92 missed when measured (22 before; a photo's OCR loses most)
    assert len(flagged) >= 21, flagged  # 23 of 28 (24 before)
    assert len(kept) >= 58, kept  # 62 of 92 (62 before)


def test_staff_find_the_sections_of_scans_and_ocr_text(redteam45_searcher):
    """hocr2pdf's word layer made body lines headings and the file name the title; a running
    header OCRed into the text and a photo's margin noise stood as headings and titles
    (redteam45_questions.md)."""
    headings = {heading for _, passage in redteam45_searcher.store.all_passages() for heading in passage.headings}
    assert {"Voorbereiding", "Het aanbrengen", "Thuis met het kastje", "Inleveren en uitslag", "Zelf doen"} <= headings
    assert "Huisartsenpraktijk Oosterpoort Hoofdpijn door pijnstillers" not in headings
    assert not any("dus niet douchen" in heading for heading in headings), sorted(headings)
    leaflets = redteam45_searcher.leaflets
    titles = {"holter": "Holteronderzoek: 24 of 48 uur uw hartritme meten",
              "moedervlek-verwijderen": "Na het verwijderen van een moedervlek"}
    assert {key: leaflets[key].title for key in titles} == titles
    assert (leaflets["nierbiopsie"].publisher, leaflets["bloed-geven"].publisher) == ("Isala Zwolle", "Sanquin Bloedbank")


REDTEAM46 = load_questions(ROOT / "tests" / "data" / "redteam46_questions.jsonl")


@pytest.fixture(scope="module")
def redteam46_searcher(settings, embedder, tmp_path_factory):
    """Eleven word-processor documents with real Word features (a contents field, tracked
    changes, comments, text boxes, footnotes, merged rows) converted by PyDocX, docxpy, docx2md,
    Writer2xhtml, odf2pod, Apache POI, haystack, ezodf, rtf-html-php, rtf-to-html and rtf-parser,
    asked in thirteen languages (tests/data/redteam46_questions.md)."""
    return _searcher_over("redteam46_leaflets", settings, tmp_path_factory, leaflets=11)


def test_a_forty_sixth_set_of_leaflets_answers_its_questions(redteam46_searcher):
    missed, flagged, kept = _outcomes(redteam46_searcher, REDTEAM46)
    assert len(missed) <= 12, missed  # 10 of 92 missed when measured (9 before)
    assert len(flagged) >= 14, flagged  # 16 of 28 (16 before)
    assert len(kept) >= 57, kept  # 61 of 92 (61 before)


def test_word_documents_keep_their_titles_sections_and_current_text(redteam46_searcher):
    """An extractor's frame and metadata, POD commands, a contents heading, deleted words of a
    tracked change, a template placeholder and table cells stood in passages, titles and
    headings (redteam46_questions.md)."""
    texts = [passage.text for _, passage in redteam46_searcher.store.all_passages()]
    for residue in ("PID_TITLE", "=head1", "<{tag_name}>", "binnen een weekbinnen", "vó?ó?r", "Had 324 characters"):
        assert not any(residue in text for text in texts), residue
    headings = {heading for _, passage in redteam46_searcher.store.all_passages() for heading in passage.headings}
    assert not {"Inhoud", "2 uur", "Na 12 weken", "Cooling", "Opbouwschema", "Bijwerkingen en advies"} & headings
    assert {"Wat kunt u er zelf aan doen?", "Hoe voorkomt u zwemmersjeuk?", "3 Hoe gaat de behandeling?",
            "Het schema na de operatie", "Wat is papegaaienziekte?"} <= headings, sorted(headings)
    leaflets = redteam46_searcher.leaflets
    titles = {"psittacose": "Papegaaienziekte (psittacose)", "dry-needling": "Dry needling bij spierpijn",
              "zwemmersjeuk": "Zwemmersjeuk na het zwemmen in buitenwater",
              "tatoeage-nazorg": "Verzorging van uw nieuwe tatoeage"}
    assert {key: leaflets[key].title for key in titles} == titles


REDTEAM47 = load_questions(ROOT / "tests" / "data" / "redteam47_questions.jsonl")


@pytest.fixture(scope="module")
def redteam47_searcher(settings, embedder, tmp_path_factory):
    """Eleven leaflets published through learning platforms, wikis, flashcard and quiz tools and
    notebooks, extracted by wikitextparser, wikiextractor, mwcomposerfromhell, ankipandas,
    html-sanitizer, strip-tags, htmlparser2, nbmanips, gazpacho, pygiftparser and htmlement
    (tests/data/redteam47_questions.md)."""
    return _searcher_over("redteam47_leaflets", settings, tmp_path_factory, leaflets=11)


def test_a_forty_seventh_set_of_leaflets_answers_its_questions(redteam47_searcher):
    missed, flagged, kept = _outcomes(redteam47_searcher, REDTEAM47)
    assert len(missed) <= 11, missed  # 9 of 92 missed when measured (13 before)
    assert len(flagged) >= 16, flagged  # 18 of 28 (19 before)
    assert len(kept) >= 48, kept  # 52 of 92 (52 before)


def test_course_wiki_and_quiz_exports_keep_their_sections_without_their_machinery(redteam47_searcher):
    """A quiz tool's forms, a flashcard deck's HTML, a notebook's code cell, a wiki dump's
    wrapper, a lesson player's script and buttons and a print view's details stood in passages,
    titles and headings, or left sections out (redteam47_questions.md)."""
    texts = [passage.text for _, passage in redteam47_searcher.store.all_passages()]
    for residue in ("<li>", "<doc id=", "import pandas", "pipwerks", "Markeer als voltooid", "Afgedrukt door",
                    "document.body.className", "Bron bekijken"):
        assert not any(residue in text for text in texts), residue
    headings = {heading for _, passage in redteam47_searcher.store.all_passages() for heading in passage.headings}
    assert {"Oorzaken", "Vergoeding", "Drukplekken", "Hechtmiddel", "De uitslag", "Kosten",
            "Wie heeft de vaccinatie nodig?", "Who needs the vaccination?"} <= headings, sorted(headings)
    leaflets = redteam47_searcher.leaflets
    titles = {"erectieproblemen": "Erectieproblemen", "kunstgebit": "Uw kunstgebit verzorgen",
              "zweettest": "De zweettest bij uw kind", "gevoelige-tanden": "Gevoelige tandhalzen",
              "hepatitis-a-vaccinatie": "Vaccinatie tegen hepatitis A",
              "mpox": "Mpox: informatie voor mensen met een besmetting",
              "ploegendienst-slapen": "Goed slapen als u in ploegendienst werkt"}
    assert {key: leaflets[key].title for key in titles} == titles
    assert (leaflets["erectieproblemen"].updated, leaflets["hepatitis-a-vaccinatie-en"].updated) == ("2026-01-16",
                                                                                                   "2025-12-12")


REDTEAM48 = load_questions(ROOT / "tests" / "data" / "redteam48_questions.jsonl")


@pytest.fixture(scope="module")
def redteam48_searcher(settings, embedder, tmp_path_factory):
    """Eleven leaflets through print spools, archives and document systems: djvused, pdfimpose,
    pstoedit (refused: its letters are shapes), pdfxup, pdfunite, pdfposter, pdfattach (the
    leaflet an attachment: eleven leaflets from ten files), pdfcrop, pdf.js-extract, pdfquery and
    py-pdf-parser (tests/data/redteam48_questions.md)."""
    return _searcher_over("redteam48_leaflets", settings, tmp_path_factory, leaflets=11,
                          refused=("zelfkatheterisatie.pdf",))


def test_a_forty_eighth_set_of_leaflets_answers_its_questions(redteam48_searcher):
    missed, flagged, kept = _outcomes(redteam48_searcher, REDTEAM48)
    assert len(missed) <= 15, missed  # 13 of 92 missed when measured (20 before)
    assert len(flagged) >= 21, flagged  # 23 of 28 (23 before)
    assert len(kept) >= 50, kept  # 54 of 92 (49 before)


def test_archived_and_reprinted_pdfs_read_once_with_their_attachment_and_pages(redteam48_searcher):
    """An attached leaflet, a poster's tiles, an archive's cover sheet, pdf.js-extract's rows,
    djvused's pages and pdfcrop's kerned words (redteam48_questions.md)."""
    leaflets = redteam48_searcher.leaflets
    assert leaflets["ooglidcorrectie-ooglidcorrectie"].title == "Ooglidcorrectie van het bovenooglid"
    texts = [passage.text for _, passage in redteam48_searcher.store.all_passages()]
    for residue in ("Archiefexemplaar", "r underlintworm", "T elefoon", "--- Page", "le:///"):
        assert not any(residue in text for text in texts), residue
    poster = [passage for _, passage in redteam48_searcher.store.all_passages()
              if passage.leaflet_id == "bloeddruk-thuis-meten"]
    assert len(poster) <= 8 and {page for passage in poster for page in passage.pages} == {1}
    assert any("tot en met vrijdag van 10.30 tot 12.00 uur." in passage.text for passage in poster)
    holter = [passage for _, passage in redteam48_searcher.store.all_passages() if passage.leaflet_id == "holter-onderzoek"]
    assert {page for passage in holter for page in passage.pages} == {1, 2}
    titles = {"tatoeage-verwijderen": "Tatoeage laten verwijderen met laser",
              "pityriasis-rosea": "Pityriasis rosea (roze vlekken op romp)",
              "holter-onderzoek": "Holteronderzoek: 24 of 48 uur een hartfilmpje"}
    assert {key: leaflets[key].title for key in titles} == titles
    assert (leaflets["bloeddruk-thuis-meten"].publisher, leaflets["lintworm"].publisher) == (
        "Huisartsen Samen Leiden", "Huisartsengroep Vleuten-De Meern")


REDTEAM49 = load_questions(ROOT / "tests" / "data" / "redteam49_questions.jsonl")


@pytest.fixture(scope="module")
def redteam49_searcher(settings, embedder, tmp_path_factory):
    """Eleven leaflets published as posts, threads, feeds and show notes and read back by
    mastodon-archive, podcastparser, rss-parser, rss2email, feedparser, sfeed, rsstail,
    wordpress-export-to-markdown, slack-export-viewer, feed2exec and snudown
    (tests/data/redteam49_questions.md)."""
    return _searcher_over("redteam49_leaflets", settings, tmp_path_factory, leaflets=11)


def test_a_forty_ninth_set_of_leaflets_answers_its_questions(redteam49_searcher):
    missed, flagged, kept = _outcomes(redteam49_searcher, REDTEAM49)
    assert len(missed) <= 3, missed  # 1 of 92 missed when measured (3 before)
    assert len(flagged) >= 23, flagged  # 25 of 28 (24 before)
    assert len(kept) >= 56, kept  # 60 of 92 (61 before)


def test_feeds_and_threads_cite_their_posts_not_their_machinery(redteam49_searcher):
    """Time stamps as headings, escapes, feed labels, bylines, thread counters as pages, other
    posts and episodes, and empty publishers (redteam49_questions.md)."""
    texts = [passage.text for _, passage in redteam49_searcher.store.all_passages()]
    for residue in ("1771747200", "\\n", "Pub.date:", "@huidpatienten 2025", "\\- ", "verscheen eerst op",
                    "Afl. 13", "Snurken"):
        assert not any(residue in text for text in texts), residue
    passages = [passage for _, passage in redteam49_searcher.store.all_passages()]
    assert not any(passage.pages for passage in passages if passage.leaflet_id == "winterhanden")
    headings = {heading for passage in passages for heading in passage.headings}
    assert {"Wanneer vraag je hulp?", "Problemen bij het zindelijk worden", "Wat kun je doen tijdens een aanval?",
            "Wat kunt u zelf doen?"} <= headings, sorted(headings)
    leaflets = redteam49_searcher.leaflets
    titles = {"zindelijkheid": "Zindelijk worden: je peuter leren plassen op het potje",
              "winterhanden": "Winterhanden en wintervoeten",
              "pinda-ei-baby": "Pinda en ei geven aan je baby: zo verklein je de kans op allergie"}
    assert {key: leaflets[key].title for key in titles} == titles
    publishers = {"afbouwen-antidepressiva": "MIND Landelijk Platform Psychische Gezondheid",
                  "misofonie": "Stichting Misofonie Nederland", "winterhanden": "Huidpatiënten Nederland"}
    assert {key: leaflets[key].publisher for key in publishers} == publishers


REDTEAM50 = load_questions(ROOT / "tests" / "data" / "redteam50_questions.jsonl")


@pytest.fixture(scope="module")
def redteam50_searcher(settings, embedder, tmp_path_factory):
    """Eleven leaflets written as medicine and health-content XML (ePI FHIR, SPL, official
    publications, JATS, DocBook, DITA, TEI) and converted by fhir.resources, xslt-processor,
    fhirpath, xml_grep, pubmed_parser, docbook2x-texi, xmlpatterns, BaseX, acdh-tei-pyutils,
    epijats and jats convert (tests/data/redteam50_questions.md)."""
    return _searcher_over("redteam50_leaflets", settings, tmp_path_factory, leaflets=11)


def test_a_fiftieth_set_of_leaflets_answers_its_questions(redteam50_searcher):
    missed, flagged, kept = _outcomes(redteam50_searcher, REDTEAM50)
    assert len(missed) <= 7, missed  # 5 of 92 missed when measured (4 before)
    assert len(flagged) >= 19, flagged  # 21 of 28 (22 before)
    assert len(kept) >= 57, kept  # 61 of 92 (61 before)


def test_structured_xml_conversions_read_as_documents(redteam50_searcher):
    """A JSON dump of strings, Texinfo markup, a dose table's last cell, a date line and glued
    blocks stood in passages and headings (redteam50_questions.md)."""
    texts = [passage.text for _, passage in redteam50_searcher.store.all_passages()]
    for residue in ("fhirpath(", "xmlns=", "@node", "@tab", "@end itemize", "levenSporten", "Hoofdletsel Heb"):
        assert not any(residue in text for text in texts), residue
    headings = {heading for _, passage in redteam50_searcher.store.all_passages() for heading in passage.headings}
    assert not {"2 tabletten", "05-01-2026"} & headings
    assert {"3. Hoe geeft u dit middel?", "Voorbereiden van een wissel", "Hoofdletsel",
            "Wanneer geen jodiumtablet?"} <= headings, sorted(headings)
    leaflets = redteam50_searcher.leaflets
    titles = {"buikvliesdialyse": "Buikvliesdialyse thuis: de wissels veilig uitvoeren",
              "hemofilie": "Leven met hemofilie: wat je zelf kunt doen bij een bloeding"}
    assert {key: leaflets[key].title for key in titles} == titles
    publishers = {"jodiumtabletten": "Ministerie van Volksgezondheid, Welzijn en Sport",
                  "ondansetron": "Aurora Pharma Benelux B.V.", "ondansetron-en": "Aurora Pharma Benelux B.V."}
    assert {key: leaflets[key].publisher for key in publishers} == publishers


REDTEAM51 = load_questions(ROOT / "tests" / "data" / "redteam51_questions.jsonl")


@pytest.fixture(scope="module")
def redteam51_searcher(settings, embedder, tmp_path_factory):
    """Eleven leaflets as accessibility and assistive tools write them: pdfinfo -struct-text,
    opendataloader-pdf, speechmarkdown (SSML), brltty-ctb (braille), Playwright's ARIA snapshot,
    a virtual screen reader's phrase log, gTTS, pdf_oxide, liteparse, gruut and pysbd
    (tests/data/redteam51_questions.md)."""
    return _searcher_over("redteam51_leaflets", settings, tmp_path_factory, leaflets=11)


def test_a_fifty_first_set_of_leaflets_answers_its_questions(redteam51_searcher):
    missed, flagged, kept = _outcomes(redteam51_searcher, REDTEAM51)
    assert len(missed) <= 17, missed  # 15 of 92 missed when measured (15 before)
    assert len(flagged) >= 19, flagged  # 21 of 28 (22 before)
    assert len(kept) >= 48, kept  # 52 of 92 (51 before)


def test_accessibility_dumps_read_as_the_pages_they_describe(redteam51_searcher):
    """A tagged PDF's structure dump, an ARIA snapshot, a screen reader's phrase log and an SSML
    script put their syntax in every passage and gave no title (redteam51_questions.md)."""
    texts = [passage.text for _, passage in redteam51_searcher.store.all_passages()]
    for residue in ("/Placement", "(block)", "/url:", "end of paragraph", "set size", "</speak>", "[level="):
        assert not any(residue in text for text in texts), residue
    leaflets = redteam51_searcher.leaflets
    titles = {"schildwachtklier": "De schildwachtklierprocedure bij borstkanker",
              "svt": "Supraventriculaire tachycardie (SVT)", "bcg-blaasspoeling": "BCG-blaasspoelingen",
              "icd": "Leven met een ICD"}
    assert {key: leaflets[key].title for key in titles} == titles
    publishers = {"nierdonatie": "Radboudumc", "svt": "Harteraad", "schildwachtklier": "Ziekenhuis Rivierenland Tiel"}
    assert {key: leaflets[key].publisher for key in publishers} == publishers


REDTEAM52 = load_questions(ROOT / "tests" / "data" / "redteam52_questions.jsonl")


@pytest.fixture(scope="module")
def redteam52_searcher(settings, embedder, tmp_path_factory):
    """Eleven leaflets as hospitals generate and mail-merge them: z3c.rml, trml2pdf, Chameleon,
    pug, mailmerge, python-liquid, Cheetah, Mako, envsubst, Genshi and chevron
    (tests/data/redteam52_questions.md)."""
    return _searcher_over("redteam52_leaflets", settings, tmp_path_factory, leaflets=11)


def test_a_fifty_second_set_of_leaflets_answers_its_questions(redteam52_searcher):
    missed, flagged, kept = _outcomes(redteam52_searcher, REDTEAM52)
    assert len(missed) <= 7, missed  # 5 of 92 missed when measured (4 before)
    assert len(flagged) >= 16, flagged  # 18 of 28 (17 before)
    assert len(kept) >= 51, kept  # 55 of 92 (54 before)


def test_merged_letters_name_no_patient(redteam52_searcher):
    """Letters, a pharmacy label and a mail merge put a patient's name, address and e-mail in
    titles, headings and passages (redteam52_questions.md)."""
    shown = [text for _, passage in redteam52_searcher.store.all_passages() for text in (passage.text, *passage.headings)]
    shown += [leaflet.title for leaflet in redteam52_searcher.leaflets.values()]
    for personal in ("Jansen-El Amrani", "Bergstraat", "Wiersma", "Hoofdstraat-West", "Daan de Vries", "yilmaz",
                     "Selin", "dry run"):
        assert not any(personal in text for text in shown), personal
    leaflets = redteam52_searcher.leaflets
    titles = {"fijt": "Nagelriemontsteking (fijt)", "suikertest": "De suikertest (OGTT) tijdens de zwangerschap",
              "longfunctie": "Uw afspraak voor longfunctieonderzoek (spirometrie)"}
    assert {key: leaflets[key].title for key in titles} == titles
    publishers = {"fijt": "Gezondheidscentrum Het Hoge Land", "gerstekorrel": "Huisartsenpraktijk De Linde",
                  "haarverlies": "Stichting Kanker en Haar"}
    assert {key: leaflets[key].publisher for key in publishers} == publishers
    assert leaflets["haarverlies"].updated == "2025-11-04"
    rows = next(passage.text for _, passage in redteam52_searcher.store.all_passages() if "8 tot 12 kilo" in passage.text)
    assert "8 tot 12 kilo | 240 mg | maximaal 3 keer" in rows


REDTEAM53 = load_questions(ROOT / "tests" / "data" / "redteam53_questions.jsonl")


@pytest.fixture(scope="module")
def redteam53_searcher(settings, embedder, tmp_path_factory):
    """Eleven review copies of leaflets, each the change from an older version to the current one
    as a review tool shows it: wdiff, dwdiff, diff2html, lxml's htmldiff, diffoscope, diff -y,
    diff-match-patch, xmldiff, git's colour words through ansi2html, pandiff and git blame
    (tests/data/redteam53_questions.md)."""
    return _searcher_over("redteam53_leaflets", settings, tmp_path_factory, leaflets=11)


def test_a_fifty_third_set_of_leaflets_answers_its_questions(redteam53_searcher):
    missed, flagged, kept = _outcomes(redteam53_searcher, REDTEAM53)
    assert len(missed) <= 7, missed  # 5 of 92 missed when measured (13 before)
    assert len(flagged) >= 16, flagged  # 18 of 28 (19 before)
    assert len(kept) >= 58, kept  # 62 of 92 (58 before)


def test_review_copies_read_as_their_new_version(redteam53_searcher):
    """Deleted text, change marks and diff furniture stood in passages ("maximaal 75 dagen" from
    an old 7 and a new 5), titles and dates (the old column's date) (redteam53_questions.md)."""
    shown = [text for _, passage in redteam53_searcher.store.all_passages() for text in (passage.text, *passage.headings)]
    for withdrawn in ("komt TBE niet voor", "Kinderen jonger dan 1 jaar kunnen niet", "Een wigkussen",
                      "Neem iemand mee die u naar huis kan rijden", "Draag geen sieraden", "75 dagen", "560 jaar"):
        assert not any(withdrawn in text for text in shown), withdrawn
    for mark in ("[-", "{+", "·", "¶", "diff --git", "@@ ", "^aec3dea", "RENAMED"):
        assert not any(mark in text for text in shown), mark
    leaflets = redteam53_searcher.leaflets
    titles = {"geelzucht-pasgeborene": "Geelzucht bij uw pasgeboren baby", "gonorroe": "Gonorroe (druiper)",
              "keizersnede": "Herstel na een keizersnede", "keizersnede-en": "Recovering from a caesarean section",
              "emg-onderzoek": "EMG-onderzoek: meten van zenuwen en spieren"}
    assert {key: leaflets[key].title for key in titles} == titles
    dates = {"emg-onderzoek": "2025-11", "tekenencefalitis": "2026-04-02", "voorkeurshouding": "2026-03",
             "gonorroe": "2026-03-04", "keizersnede": "2026-01-15"}
    assert {key: leaflets[key].updated for key in dates} == dates


REDTEAM54 = load_questions(ROOT / "tests" / "data" / "redteam54_questions.jsonl")


@pytest.fixture(scope="module")
def redteam54_searcher(settings, embedder, tmp_path_factory):
    """Eleven leaflets presented rather than printed: landslide, domino, reveal-md, pdfgrep, cleaver,
    pptx2md, node-pptx-parser, sphinx-revealjs, rst2s5, playa-pdf (a beamer deck) and html5lib (a
    kiosk page) (tests/data/redteam54_questions.md)."""
    return _searcher_over("redteam54_leaflets", settings, tmp_path_factory, leaflets=11)


def test_a_fifty_fourth_set_of_leaflets_answers_its_questions(redteam54_searcher):
    missed, flagged, kept = _outcomes(redteam54_searcher, REDTEAM54)
    assert len(missed) <= 4, missed  # 2 of 92 missed when measured (5 before)
    assert len(flagged) >= 22, flagged  # 24 of 28 (24 before)
    assert len(kept) >= 56, kept  # 60 of 92 (60 before)


def test_decks_and_screens_read_as_their_slides(redteam54_searcher):
    """Speaker notes, slide separators, escapes, slide labels, page prefixes, a screen's clock and
    weather and its script stood in passages, titles and publishers (redteam54_questions.md)."""
    shown = [text for _, passage in redteam54_searcher.store.all_passages() for text in (passage.text, *passage.headings)]
    for residue in ("Welkom heten", "Laat het filmpje", "Note:", "<!--s-->", "\\,", "Slide rId", "1:Verkoudheid",
                    "setInterval", "Tik op het scherm", "7°C", "Nu aan de beurt", "1 / 9"):
        assert not any(residue in text for text in shown), residue
    leaflets = redteam54_searcher.leaflets
    titles = {"antibiotica": "Antibiotica: niet altijd nodig", "reanimatie-aed": "Reanimeren en een AED gebruiken",
              "verkoudheid": "Verkoudheid", "alcohol-minderen": "Minder alcohol drinken"}
    assert {key: leaflets[key].title for key in titles} == titles
    publishers = {"antibiotica": "Gezondheidscentrum De Boomgaard", "autorijden-medicijnen": "Apotheek Het Spoor",
                  "antibiotics-en": "De Boomgaard Health Centre"}
    assert {key: leaflets[key].publisher for key in publishers} == publishers
    headings = {passage.headings for _, passage in redteam54_searcher.store.all_passages()
                if passage.leaflet_id == "reanimatie-aed"}
    assert {("De AED",), ("Burgerhulpverlener worden",)} <= headings
    pages = {page for _, passage in redteam54_searcher.store.all_passages()
             if passage.leaflet_id == "tandenpoetsen-peuter" for page in passage.pages}
    assert pages == set(range(2, 10))  # slide 1 is the title slide: its title, sender and date are no passage


REDTEAM55 = load_questions(ROOT / "tests" / "data" / "redteam55_questions.jsonl")


@pytest.fixture(scope="module")
def redteam55_searcher(settings, embedder, tmp_path_factory):
    """Ten leaflets as content systems render them: Contentful, Sanity Portable Text, Storyblok,
    DatoCMS, Tiptap, Strapi Blocks, Editor.js, md2cf (Confluence storage), MDX and Ghost's Markdown
    card (tests/data/redteam55_questions.md)."""
    return _searcher_over("redteam55_leaflets", settings, tmp_path_factory, leaflets=10)


def test_a_fifty_fifth_set_of_leaflets_answers_its_questions(redteam55_searcher):
    missed, flagged, kept = _outcomes(redteam55_searcher, REDTEAM55)
    assert len(missed) <= 10, missed  # 8 of 90 missed when measured (8 in the red team's run)
    assert len(flagged) >= 24, flagged  # 26 of 29 (26)
    assert len(kept) >= 45, kept  # 47 of 90 (48)


REDTEAM56 = load_questions(ROOT / "tests" / "data" / "redteam56_questions.jsonl")


@pytest.fixture(scope="module")
def redteam56_searcher(settings, embedder, tmp_path_factory):
    """Ten leaflets as search engines, crawlers and RAG pipelines extract them: docx-parser,
    Scrapy, defuddle, mdream, pdf-text-reader, LangChain's HTML header splitter, dom-to-semantic-
    markdown, chonkie, semchunk and semantic-text-splitter (tests/data/redteam56_questions.md)."""
    return _searcher_over("redteam56_leaflets", settings, tmp_path_factory, leaflets=10)


def test_a_fifty_sixth_set_of_leaflets_answers_its_questions(redteam56_searcher):
    missed, flagged, kept = _outcomes(redteam56_searcher, REDTEAM56)
    assert len(missed) <= 6, missed  # 4 of 91 missed when measured (2 in the red team's run: see docs/quality.md)
    assert len(flagged) >= 21, flagged  # 23 of 27 (23)
    assert len(kept) >= 53, kept  # 56 of 91 (57)


def test_extracted_and_chunked_leaflets_read_as_their_documents(redteam56_searcher):
    """Chunk records' field names and escapes, a splitter's metadata and menu chunk, a Word
    text's glued paragraphs and pdfjs's trailing bullets stood in passages; five leaflets were
    titled by their file names (redteam56_questions.md)."""
    passages = [passage for _, passage in redteam56_searcher.store.all_passages()]
    shown = [text for passage in passages for text in (passage.text, *passage.headings)]
    for residue in ('"token_count"', '"text":', "chnk_", "\\n", "\x7f", "elleboogAfdeling", "hebben?tintelingen",
                    "Accepteren", "· pagina 1"):
        assert not any(residue in text for text in shown), residue
    assert "12 maanden 9 van de 10 mannen" not in {heading for passage in passages for heading in passage.headings}
    leaflets = redteam56_searcher.leaflets
    titles = {"crohn-voeding": "Voeding bij de ziekte van Crohn", "smetten": "Smetten (intertrigo)",
              "gele-koorts-vaccinatie": "Vaccinatie tegen gele koorts",
              "cubitaal-tunnelsyndroom": "Cubitaal tunnelsyndroom: beknelde zenuw bij de elleboog",
              "nachtelijk-plassen": "'s Nachts vaak plassen (nycturie)"}
    assert {key: leaflets[key].title for key in titles} == titles
    publishers = {"sepsis-herkennen": "Stichting Sepsis en daarna", "cubitaal-tunnelsyndroom": "Ziekenhuis Rivierenland Tiel",
                  "smetten": "Maasstad Ziekenhuis Rotterdam", "gele-koorts-vaccinatie": "GGD Hollands Noorden",
                  "anale-jeuk": "Huisartsenpraktijk De Linde"}
    assert {key: leaflets[key].publisher for key in publishers} == publishers


REDTEAM57 = load_questions(ROOT / "tests" / "data" / "redteam57_questions.jsonl")


@pytest.fixture(scope="module")
def redteam57_searcher(settings, embedder, tmp_path_factory):
    """Nine leaflets as web clippers, read-later services and note tools keep them: readability-cli,
    unfluff, node-readability, html-to-md, percollate, clean-mark, jrnl, CherryTree and breadability
    (tests/data/redteam57_questions.md)."""
    return _searcher_over("redteam57_leaflets", settings, tmp_path_factory, leaflets=9)


def test_a_fifty_seventh_set_of_leaflets_answers_its_questions(redteam57_searcher):
    missed, flagged, kept = _outcomes(redteam57_searcher, REDTEAM57)
    assert len(missed) <= 12, missed  # 10 of 92 missed when measured (15 in the red team's run)
    assert len(flagged) >= 22, flagged  # 24 of 28 (24)
    assert len(kept) >= 47, kept  # 50 of 92 (49)


def test_clipped_leaflets_read_as_their_pages(redteam57_searcher):
    """breadability's bytes literal was refused, a journal's frame and a copyright field headed
    passages, a note's '# ' line and a page's whole <title> stood as titles, and a clipper's
    stated source gave no link (redteam57_questions.md)."""
    passages = [passage for _, passage in redteam57_searcher.store.all_passages()]
    headings = {heading for passage in passages for heading in passage.headings}
    assert not headings & {"2026 GGD Hart voor Brabant", "December"}
    assert not any(heading.startswith("2026-12-07") for heading in headings)
    assert not any(passage.text.startswith("# ") for passage in passages)
    leaflets = redteam57_searcher.leaflets
    titles = {"dengue-en": "Dengue fever: information for travellers",
              "hitteberoerte-sport": "Sporten in de hitte: oververhitting en hitteberoerte",
              "cannabis-minderen": "Minder blowen of stoppen met cannabis",
              "fraxiparine-zelf-spuiten": "Zelf fraxiparine spuiten na een operatie"}
    assert {key: leaflets[key].title for key in titles} == titles
    publishers = {"hitteberoerte-sport": "Sportmedisch Centrum Papendal", "cannabis-minderen": "Tactus Verslavingszorg",
                  "dengue-en": "GGD Hart voor Brabant"}
    assert {key: leaflets[key].publisher for key in publishers} == publishers
    assert leaflets["droge-mond"].url == "http://www.mondzorgdewissel.nl/folders/droge-mond.html"


REDTEAM58 = load_questions(ROOT / "tests" / "data" / "redteam58_questions.jsonl")


@pytest.fixture(scope="module")
def redteam58_searcher(settings, embedder, tmp_path_factory):
    """Ten leaflets sent as newsletters: mrml (MJML), mailgen, textversionjs's text part,
    inline-css, toronado, pynliner, HEML, nodemailer's .eml, email-comb and React Email
    (tests/data/redteam58_questions.md)."""
    return _searcher_over("redteam58_leaflets", settings, tmp_path_factory, leaflets=10)


def test_a_fifty_eighth_set_of_leaflets_answers_its_questions(redteam58_searcher):
    missed, flagged, kept = _outcomes(redteam58_searcher, REDTEAM58)
    assert len(missed) <= 4, missed  # 2 of 90 missed when measured (3 in the red team's run)
    assert len(flagged) >= 21, flagged  # 23 of 28 (21)
    assert len(kept) >= 54, kept  # 57 of 90 (60)


def test_newsletters_read_as_their_leaflets(redteam58_searcher):
    """A table's caption titled a mailgen mail, a text part's preheader and footer links stood
    in passages, and five senders on a line with the date named no publisher
    (redteam58_questions.md)."""
    shown = [text for _, passage in redteam58_searcher.store.all_passages() for text in (passage.text, *passage.headings)]
    for residue in ("Bekijk deze e-mail", "Afmelden", "---Zorg", "In deze nieuwsbrief"):
        assert not any(residue in text for text in shown), residue
    leaflets = redteam58_searcher.leaflets
    titles = {"koemelkallergie": "Koemelkallergie bij baby's", "huilbaby": "Als je baby veel huilt"}
    assert {key: leaflets[key].title for key in titles} == titles
    publishers = {"koemelkallergie": "JGZ Brabant-Noord", "huilbaby": "GGD Hollands Midden",
                  "eetstoornis": "GGZ Rivierduinen", "huidkanker-controle": "Rijnstate Ziekenhuis Arnhem",
                  "ivf-injecties": "Radboudumc Nijmegen", "crying-baby-en": "GGD Hollands Midden",
                  "borstkanker-nacontrole": "Isala Zwolle"}
    assert {key: leaflets[key].publisher for key in publishers} == publishers


REDTEAM59 = load_questions(ROOT / "tests" / "data" / "redteam59_questions.jsonl")


@pytest.fixture(scope="module")
def redteam59_searcher(settings, embedder, tmp_path_factory):
    """Nine leaflets kept as localisation files: pybabel's POT, xgettext and msginit's PO, a Rails
    YAML locale (po2yaml), i18next JSON, a Qt Linguist .ts (po2ts), Java .properties, an iOS .strings
    file in UTF-16, Fluent and po2csv's CSV (tests/data/redteam59_questions.md)."""
    return _searcher_over("redteam59_leaflets", settings, tmp_path_factory, leaflets=9)


def test_a_fifty_ninth_set_of_leaflets_answers_its_questions(redteam59_searcher):
    missed, flagged, kept = _outcomes(redteam59_searcher, REDTEAM59)
    assert len(missed) <= 4, missed  # 2 of 89 missed when measured (16 in the red team's run)
    assert len(flagged) >= 20, flagged  # 22 of 28 (24 in the red team's run)
    # 57 of 89 (47 in the red team's run); 53 since the verdict reads the first five texts and the
    # subject check only the subject's leaflet, for one more unanswered flagged (r108): r015, r020,
    # r024, r025 ask about endometriosis in words no endometriosis passage shares (docs/quality.md,
    # "The verdict in a larger collection")
    assert len(kept) >= 51, kept


def test_localisation_files_read_as_their_leaflets(redteam59_searcher):
    """Catalogue syntax, keys, escapes and XML tags stood in every passage, seven leaflets were
    titled by their file names, and the .strings file was refused (redteam59_questions.md)."""
    shown = [text for _, passage in redteam59_searcher.store.all_passages() for text in (passage.text, *passage.headings)]
    for residue in ("msgid", "msgstr", "#: ", '" "', "<source>", "<comment>", "\\u00e8", "leaflet.actinischekeratose",
                    "gehoortest.html:", "bechterew-s", "heading:", "atropine.s1"):
        assert not any(residue in text for text in shown), residue
    leaflets = redteam59_searcher.leaflets
    titles = {"aneurysma-buikslagader": "Verwijde buikslagader (aneurysma): controle en behandeling",
              "actinische-keratose": "Actinische keratose: ruwe plekjes door de zon",
              "neustussenschot-correctie": "Correctie van het neustussenschot (septumplastiek)",
              "gehoorscreening-baby": "De gehoortest bij uw pasgeboren baby",
              "bechterew-oefeningen": "Bewegen met de ziekte van Bechterew", "endometriosis-en": "Endometriosis",
              "bijziendheid-atropine": "Atropine-oogdruppels tegen toenemende bijziendheid bij kinderen"}
    assert {key: leaflets[key].title for key in titles} == titles
    dates = {"actinische-keratose": "2026-01", "bijziendheid-atropine": "2025-12", "aneurysma-buikslagader": "2026-03"}
    assert {key: leaflets[key].updated for key in dates} == dates
    headings = {passage.headings for _, passage in redteam59_searcher.store.all_passages()
                if passage.leaflet_id == "klompvoet-ponseti"}
    assert ("Het draagschema van de brace",) in headings


REDTEAM60 = load_questions(ROOT / "tests" / "data" / "redteam60_questions.jsonl")


@pytest.fixture(scope="module")
def redteam60_searcher(settings, embedder, tmp_path_factory):
    """Ten leaflets as chatbots, help centres and static sites keep an FAQ: a RiveScript brain, a
    QnA Maker knowledge base (bf-lu), ChatterBot's training export, an NLP.js model, elasticlunr,
    MiniSearch and FlexSearch indexes, two FAQ accordion pages and django-helpdesk's dumpdata
    (tests/data/redteam60_questions.md)."""
    return _searcher_over("redteam60_leaflets", settings, tmp_path_factory, leaflets=10)


def test_a_sixtieth_set_of_leaflets_answers_its_questions(redteam60_searcher):
    missed, flagged, kept = _outcomes(redteam60_searcher, REDTEAM60)
    assert len(missed) <= 7, missed  # 5 of 85 missed when measured (4 in the red team's run)
    assert len(flagged) >= 21, flagged  # 23 of 30 (23 in the red team's run)
    assert len(kept) >= 44, kept  # 47 of 85 (47)


def test_knowledge_bases_read_as_their_faq(redteam60_searcher):
    """A QnA Maker knowledge base headed each answer by the previous record's question, Django's
    dumpdata lost its category's title, FlexSearch's token maps were ten passages and its title,
    and bookkeeping fields stood in the text (redteam60_questions.md, 2.1-2.7)."""
    shown = [text for _, passage in redteam60_searcher.store.all_passages() for text in (passage.text, *passage.headings)]
    for residue in ("custom editorial", "[[", "qnaList", '"id"', "isContextOnly", ".map"):
        assert not any(residue in text for text in shown), residue
    leaflets = redteam60_searcher.leaflets
    titles = {"enkelbreuk": "Gips bij een gebroken enkel", "eenzaamheid-ouderen": "Eenzaam? U bent niet de enige",
              "ankle-fracture-en": "A cast for a broken ankle",
              "longrevalidatie": "Longrevalidatie: weer meer kunnen met COPD"}
    assert {key: leaflets[key].title for key in titles} == titles
    sections = {}
    for _, passage in redteam60_searcher.store.all_passages():
        if passage.leaflet_id == "enkelbreuk" and passage.headings:
            sections.setdefault(passage.headings[0], []).append(passage.text)
    assert any("elke dag" in text for text in sections["Trombose voorkomen"])  # its own answer, not the next
    assert not any("Huidverzorging tijdens bestraling" in text for _, passage in redteam60_searcher.store.all_passages()
                   if passage.leaflet_id == "huid-bestraling" for text in (passage.text,))


REDTEAM61 = load_questions(ROOT / "tests" / "data" / "redteam61_questions.jsonl")


@pytest.fixture(scope="module")
def redteam61_searcher(settings, embedder, tmp_path_factory):
    """Nine leaflets exported from health-record and medicine-information systems: HL7 v2 messages
    (hl7apy, simple-hl7, hl7-standard, @medplum/core; python-hl7's printed values), a C-CDA page
    (ccda-processor), an SPL read by ElementTree, an openEHR composition through json2html and a
    health app's json2md export (tests/data/redteam61_questions.md)."""
    return _searcher_over("redteam61_leaflets", settings, tmp_path_factory, leaflets=9)


def test_a_sixty_first_set_of_leaflets_answers_its_questions(redteam61_searcher):
    missed, flagged, kept = _outcomes(redteam61_searcher, REDTEAM61)
    assert len(missed) <= 3, missed  # 1 of 92 missed when measured (7 in the red team's run)
    assert len(flagged) >= 21, flagged  # 23 of 28 (23 in the red team's run)
    assert len(kept) >= 60, kept  # 63 of 92 (64)


def test_health_record_exports_read_as_their_leaflets_never_their_patient(redteam61_searcher):
    """An HL7 message's segments, the patient's name, number and birth date stood in the first
    passage, and a C-CDA page was titled by its patient (redteam61_questions.md, 2.1-2.5)."""
    shown = [text for _, passage in redteam61_searcher.store.all_passages() for text in (passage.text, *passage.headings)]
    shown += [leaflet.title for leaflet in redteam61_searcher.leaflets.values()]
    for residue in ("MSH|", "PID|", "OBX|", "556677", "19710605", "de Vries", "Mulder", "Smit^", "8812345", "Gerald",
                    "Hendrik", "Jansen", "\\F\\", "\\.br\\", "ClinicalDocument"):
        assert not any(residue in text for text in shown), residue
    leaflets = redteam61_searcher.leaflets
    titles = {"lithium": "Lithium: wat u moet weten over uw medicijn", "tamoxifen": "Tamoxifen bij borstkanker",
              "clopidogrel-stent-en": "Clopidogrel after a stent has been placed",
              "plaspillen": "Furosemide: een plaspil bij hartfalen"}
    assert {key: leaflets[key].title for key in titles} == titles
    publishers = {"lithium": "GGZ Rivierduinen", "tamoxifen": "Antoni van Leeuwenhoek", "clopidogrel-stent": "Isala Zwolle",
                  "plaspillen": "Hartfalenpolikliniek, Maasstad Ziekenhuis Rotterdam"}
    assert {key: leaflets[key].publisher for key in publishers} == publishers
    headings = {passage.headings[:1] for _, passage in redteam61_searcher.store.all_passages()
                if passage.leaflet_id == "plaspillen"}
    assert {("Bij ziekte",), ("Vocht en zout",), ("Contact",)} <= headings


REDTEAM62 = load_questions(ROOT / "tests" / "data" / "redteam62_questions.jsonl")


@pytest.fixture(scope="module")
def redteam62_searcher(settings, embedder, tmp_path_factory):
    """Six leaflets as an online patient course keeps them: text2qti's solutions Markdown,
    qti-package-maker's human-readable page (with its stray NUL) and Aiken quiz, a Moodle GIFT bank
    (gift-wrapper), qti2txt's text of a Canvas quiz and an Open edX component (olx-utils)
    (tests/data/redteam62_questions.md)."""
    return _searcher_over("redteam62_leaflets", settings, tmp_path_factory, leaflets=6)


def test_a_sixty_second_set_of_leaflets_answers_its_questions(redteam62_searcher):
    missed, flagged, kept = _outcomes(redteam62_searcher, REDTEAM62)
    assert len(missed) <= 4, missed  # 2 of 63 missed when measured (10 in the red team's run: a page was skipped)
    assert len(flagged) >= 23, flagged  # 25 of 27 (24 in the red team's run)
    # 33 of 63 (35 in the red team's run). 37 before session 55 read the English page as the text it
    # shows: its glued run had Dutch passages among the first five texts, whose cosine counts at no
    # word cost for an English question; now its own passages come first, and the words they
    # paraphrase cost ("false teeth" for "dentures", r046; docs/quality.md, red team 62)
    assert len(kept) >= 31, kept


def test_quizzes_read_as_their_course_text(redteam62_searcher):
    """A GIFT bank, an Aiken quiz and qti2txt's quiz text kept their markup, answer lines and
    settings as text and were titled by their file names (redteam62_questions.md, 2.2, 2.3, 2.5)."""
    shown = [text for _, passage in redteam62_searcher.store.all_passages() for text in (passage.text, *passage.headings)]
    for residue in ("$CATEGORY", "::[html]", "~Nee", "ANSWER:", "&#233;", "<h2>", "Quiz title:", "shuffle answers"):
        assert not any(residue in text for text in shown), residue
    leaflets = redteam62_searcher.leaflets
    titles = {"ms-vermoeidheid": "Omgaan met vermoeidheid bij MS: module 3 van de e-learning",
              "koolhydraten-tellen": "Koolhydraten tellen bij diabetes type 1: lesboek bij de online training",
              "ademhalingsoefeningen": "Ademhalingsoefeningen na een buikoperatie: de videocursus in tekst"}
    assert {key: leaflets[key].title for key in titles} == titles
    assert "anaesthesia-preparation-en" in leaflets  # read, not skipped for its one NUL byte


REDTEAM63 = load_questions(ROOT / "tests" / "data" / "redteam63_questions.jsonl")


@pytest.fixture(scope="module")
def redteam63_searcher(settings, embedder, tmp_path_factory):
    """Seven Belgian leaflets: Flemish hospitals' PDFs (fpdf2, reportlab), CMS pages, a Word file
    (python-docx), a GP practice's text and one Belgian French translation; questions in Flemish,
    Netherlands Dutch, French and four more languages (tests/data/redteam63_questions.md)."""
    return _searcher_over("redteam63_leaflets", settings, tmp_path_factory, leaflets=7)


def test_a_sixty_third_set_of_leaflets_answers_its_questions(redteam63_searcher):
    missed, flagged, kept = _outcomes(redteam63_searcher, REDTEAM63)
    assert len(missed) <= 3, missed  # 1 of 68 missed when measured (8 in the red team's run: the Word file was ignored)
    assert len(flagged) >= 21, flagged  # 23 of 30 (23)
    assert len(kept) >= 38, kept  # 41 of 68 (31)



REDTEAM64 = load_questions(ROOT / "tests" / "data" / "redteam64_questions.jsonl")


@pytest.fixture(scope="module")
def redteam64_searcher(settings, embedder, tmp_path_factory):
    """Seven leaflets built around tables and schedules (doses by weight, a bowel-preparation
    timetable, fasting times, vaccinations, blood-glucose targets, an INR calendar, opening hours)
    through python-docx, LibreOffice, WeasyPrint, pandoc, reportlab, Python-Markdown and plain text
    (tests/data/redteam64_questions.md)."""
    return _searcher_over("redteam64_leaflets", settings, tmp_path_factory, leaflets=7)


def test_a_sixty_fourth_set_of_leaflets_answers_its_questions(redteam64_searcher):
    missed, flagged, kept = _outcomes(redteam64_searcher, REDTEAM64)
    assert len(missed) <= 5, missed  # 4 of 66 missed when measured (3 in the red team's run)
    assert len(flagged) >= 19, flagged  # 21 of 27 (21)
    assert len(kept) >= 42, kept  # 45 of 66 (45)


def test_a_table_row_with_the_questions_number_is_marked(redteam64_searcher):
    """"met 14 maanden" marked the 12-month row; a header row with long labels was marked alone
    (redteam64_questions.md 3.2, index/highlight.py)."""
    hits = redteam64_searcher.search("welke prik krijgt mijn kind met 14 maanden", k=5).hits
    [table] = [hit for hit in hits if hit.passage.text.startswith("Leeftijd | Prik")]
    assert [sentence[:28] for sentence in table.highlights] == ["14 maanden | BMR en MenACWY "]


REDTEAM65 = load_questions(ROOT / "tests" / "data" / "redteam65_questions.jsonl")


@pytest.fixture(scope="module")
def redteam65_searcher(settings, embedder, tmp_path_factory):
    """Seven leaflets, each precise about some things and silent about their neighbours (a dose
    of one medicine, not of another it names; before, not after; adults, not children), through
    python-docx, LibreOffice, Python-Markdown, Markdown, reportlab, plain text and WeasyPrint;
    36 of its questions are near misses (tests/data/redteam65_questions.md)."""
    return _searcher_over("redteam65_leaflets", settings, tmp_path_factory, leaflets=7)


def test_a_sixty_fifth_set_of_leaflets_answers_its_questions(redteam65_searcher):
    missed, flagged, kept = _outcomes(redteam65_searcher, REDTEAM65)
    assert len(missed) <= 1, missed  # 0 of 42 missed when measured (0 in the red team's run)
    assert len(flagged) >= 39, flagged  # 41 of 51, 26 of 36 near misses (41)
    assert len(kept) >= 20, kept  # 22 of 42 (22)


def test_a_medicine_no_leaflet_names_is_not_answered_with_another_ones_dose(redteam65_searcher):
    """"silodosine" is unknown to the frequency lists, so it cost what a typing slip costs, and
    the eczema leaflet's hydrocortison dose answered it (redteam65_questions.md 3.2)."""
    assert not redteam65_searcher.search("hoeveel silodosine moet ik per dag nemen").covered
    assert not redteam65_searcher.search("hoe vaak moet ik de ofloxacine oogdruppels gebruiken").covered
    assert redteam65_searcher.search("hoeveel colchicine mag ik per dag").covered


def test_the_sentence_that_answers_is_marked_not_the_one_naming_the_subject(redteam65_searcher):
    """The pacemaker leaflet's "Bij de controle leest de technicus uw pacemaker uit" was marked
    for the battery's life (redteam65_questions.md 3.5; index/highlight.py `query_share`)."""
    hit = redteam65_searcher.search("hoe lang gaat de batterij van een pacemaker mee", k=1).hits[0]
    assert hit.highlights == ("De batterij gaat gemiddeld 8 tot 12 jaar mee.",)
