"""Red team 23's English forward: a practice's name with a translation's gloss in brackets
("Huisartsenpraktijk De Linde (GP practice)") under the title was no masthead, so it stood as
a stub passage under the subtitle, ranked for questions about other leaflets."""

from __future__ import annotations

from ingest.pipeline import ingest_file

PAGE = """<html><body><h1>Threadworms</h1>
<p><b>Worms in children</b></p>
<p>Huisartsenpraktijk De Linde (GP practice)</p>
<h2>What are threadworms?</h2>
<p>Threadworms are small white worms about one centimetre long. They live in the bowel.</p>
<h2>Treatment</h2>
<p>The medicine mebendazole kills the worms, but not the eggs. Take a second tablet after two weeks.</p>
</body></html>"""


def test_an_organisations_name_with_a_gloss_in_brackets_is_a_masthead(tmp_path):
    path = tmp_path / "threadworms.html"
    path.write_text(PAGE, encoding="utf-8")
    item = ingest_file(path)
    assert [p.headings for p in item.passages] == [("What are threadworms?",), ("Treatment",)]
    assert not any("GP practice" in p.text for p in item.passages)


def test_a_sentence_with_brackets_under_the_title_stays_text(tmp_path):
    path = tmp_path / "threadworms.html"
    path.write_text(PAGE.replace("Huisartsenpraktijk De Linde (GP practice)",
                                 "Threadworms are common in children (aged 5 to 10)."), encoding="utf-8")
    text = "\n".join(p.text for p in ingest_file(path).passages)
    assert "Threadworms are common in children (aged 5 to 10)." in text
