"""Review of session 49's ingest changes: odd input and ordinary leaflets the new rules misread.

Slow paths are timed in scripts, not here; these tests pin what the fixed code reads from the
inputs that were slow (backtracking exponential in a line's declarations, loops quadratic in a
line's length).
"""

from leaflet_files import ingest_leaflets_as

from ingest.code_blocks import is_program_line
from ingest.pipeline import ingest_leaflets
from ingest.run_on_page import titled_by_breadcrumb

BODY = ("Deze folder geeft u informatie over de behandeling die u binnenkort krijgt. "
        "Lees hem goed door en neem hem mee naar uw afspraak.")


def _all_text(item) -> str:
    return "\n".join(passage.text for passage in item.passages)


def test_braces_left_open_after_many_colons_are_no_style_rule():
    # a style rule's declarations ("a:b" with ";" optional between them) split every way they could
    assert not is_program_line("Let op {" + " tijd:ochtend" * 40)
    assert is_program_line("body { margin: 0; padding: 0; }")
    assert is_program_line("h1, .kop { color: #333; font-size: 2em }")
    assert is_program_line("p{margin:0}")


def test_a_leaflet_line_with_many_colons_in_braces_is_read(tmp_path):
    line = "Spreekuur {" + " maandag:ochtend dinsdag:middag" * 15
    item = ingest_leaflets_as(tmp_path, "spreekuur.txt", f"Spreekuur\n\n{BODY}\n\n{line}\n")[0]
    assert "dinsdag:middag" in _all_text(item)


def test_a_long_trail_of_steps_is_read_in_one_pass():
    # each step's words were found by splitting the whole line before it again
    line = "Start / " + " / ".join(f"stap{number}" for number in range(20_000))
    assert titled_by_breadcrumb(line).title == ""
    crumbed = titled_by_breadcrumb("Start / Gezond werken / Goed slapen Goed slapen als u in ploegendienst werkt.")
    assert crumbed.title == "Goed slapen"


def test_a_feed_of_many_posts_under_one_title_keeps_every_post(tmp_path):
    # each heading looked back over the whole page for the words before it (quadratic in the posts)
    posts = "".join(f"{1_700_000_000 + number}\tNieuws\thttps://example.org/{number}\t"
                    f"<p>Bericht {number} over de griepprik.</p>\thtml\n" for number in range(1_000))
    item = ingest_leaflets_as(tmp_path, "nieuws.txt", posts)[0]
    text = _all_text(item)
    assert "Bericht 0 over" in text and "Bericht 999 over" in text


def _pdf_lines(texts: list[str]):
    from pdf_factory import Line
    return [Line(text) for text in texts]


def test_a_page_that_repeats_the_page_before_but_for_a_line_keeps_that_line(tmp_path):
    # a schedule's second week, its page the first's but for one line: read as a poster's tile, that line was lost
    from pdf_factory import make_pdf
    common = [f"Neem de tabletten in met een glas water, bij voorkeur op een vast tijdstip van de dag ({number})."
              for number in range(18)]
    week_one = _pdf_lines(["Afbouwschema", *common[:9], "Week 1: een halve tablet per dag.", *common[9:]])
    week_two = _pdf_lines(["Afbouwschema", *common[:9], "Week 2: een kwart tablet per dag.", *common[9:]])
    path = tmp_path / "schema.pdf"
    path.write_bytes(make_pdf([week_one, week_two]))
    text = _all_text(ingest_leaflets(path, root=tmp_path)[0])
    assert "Week 1: een halve tablet" in text and "Week 2: een kwart tablet" in text
    assert text.count("vast tijdstip van de dag (7)") == 1  # the copy's shared lines still read once

