"""Red team 53's diff pages read as the new version they show: xmldiff's `diff:` marks, git's
colour words through ansi2html (or aha), diff-match-patch's `diff_prettyHtml`; and a page with
`<del>`/`<ins>` in number (htmldiff, pandiff) is a review copy, where one struck-out price is not.
The small inputs are these tools' own outputs (xmldiff 3.0, git 2.39, ansi2html 1.9.5,
diff-match-patch 20241021), cut down."""

from __future__ import annotations

from pathlib import Path

from ingest.document import REVIEW_COPY
from ingest.html.diff_pages import new_version
from leaflet_files import ingest_file_as

DATA = Path(__file__).parent / "data" / "redteam53_leaflets"

_XMLDIFF = """<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN" "http://www.w3.org/TR/REC-html40/loose.dtd">
<html xmlns:diff="http://namespaces.shoobx.com/diff">
  <head>
    <title>Griep | GGD <diff:delete>Oud</diff:delete><diff:insert>Nieuw</diff:insert></title>
  </head>
  <body>
    <main>
      <h1>Griep</h1>
      <p>Laatst bijgewerkt: <diff:delete>3</diff:delete><diff:insert>5</diff:insert> m<diff:delete>aart</diff:delete><diff:insert>ei</diff:insert> 202<diff:delete>4</diff:delete><diff:insert>6</diff:insert></p>
      <p class="lead" diff:update-attr="class:intro">Griep is <b diff:delete-formatting=""><i diff:insert-formatting=""><diff:insert>zeer</diff:insert></i><diff:insert> </diff:insert>besmettelijk</b>.</p>
      <p>Dit blijft staan, want griep gaat meestal binnen een week vanzelf over.</p>
      <p diff:delete="">Deze alinea gaat weg uit de tekst.</p>
      <ul>
        <li>Rust</li>
        <li>Drink <diff:insert>veel </diff:insert>water</li>
        <li diff:insert="">Was uw handen</li>
      </ul>
      <h2 diff:insert="">Nieuw kopje</h2>
      <p diff:insert="">Nieuwe alinea over de griepprik, die u elk najaar kunt halen bij de huisarts.</p>
    </main>
  </body>
</html>
"""

_HEADER = """<span class="ansi1">diff --git a/griep.md.old b/griep.md</span>
<span class="ansi1">index 47d49fa..d61c833 100644</span>
<span class="ansi1">--- a/griep.md.old</span>
<span class="ansi1">+++ b/griep.md</span>
<span class="ansi36">@@ -1,13 +1,13 @@</span>
"""
_COLOUR_WORDS = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title></title>
<style type="text/css">.ansi1 { font-weight: bold; } .ansi31 { color: #aa0000; } .ansi32 { color: #00aa00; }</style>
</head><body class="body_foreground body_background" style="font-size: normal;" >
<pre class="ansi2html-content">
""" + _HEADER + """# Griep

Laatst bijgewerkt: <span class="ansi31">3 maart 2024</span><span class="ansi32">5 mei 2026</span>

## Wat is griep

Griep is <span class="ansi32">zeer</span> besmettelijk.<span class="ansi31">Deze regel gaat weg.</span>

## Behandeling

| Middel | Dosis |
|---|---|
| Paracetamol | <span class="ansi31">500</span><span class="ansi32">1000</span> mg |

<span class="ansi32">Nieuwe regel.</span>

</pre>
</body>
</html>
"""


def _text(ingested) -> str:
    return "\n".join(passage.text for passage in ingested.passages)


def _warns_review(ingested) -> bool:
    return any(warning.kind == REVIEW_COPY for warning in ingested.warnings)


def test_xmldiff_page_reads_as_its_new_page(tmp_path):
    ingested = ingest_file_as(tmp_path, "griep.html", _XMLDIFF)
    text = _text(ingested)
    assert ingested.leaflet.updated == "2026-05-05"
    assert ingested.leaflet.title == "Griep"
    assert ingested.leaflet.publisher == "GGD Nieuw"  # the `<title>`'s new words, not "Oud"
    assert "Griep is zeer besmettelijk." in text
    assert "Drink veel water" in text and "Was uw handen" in text
    assert "Deze alinea gaat weg" not in text and "maart" not in text
    assert any("Nieuw kopje" in passage.headings for passage in ingested.passages)
    assert _warns_review(ingested)


def test_xmldiff_namespace_without_marks_is_no_review_copy():
    page = "<html xmlns:diff='http://namespaces.shoobx.com/diff'><body><p>Geen wijziging.</p></body></html>"
    assert new_version(page) is None


def test_git_colour_words_through_ansi2html_read_as_the_new_markdown(tmp_path):
    ingested = ingest_file_as(tmp_path, "griep.html", _COLOUR_WORDS)
    text = _text(ingested)
    assert ingested.leaflet.title == "Griep"
    assert ingested.leaflet.updated == "2026-05-05"
    assert [passage.headings[-1] for passage in ingested.passages] == ["Wat is griep", "Behandeling"]
    assert "1000 mg" in text and "5001000" not in text and "500 mg" not in text
    assert "Deze regel" not in text and "diff --git" not in text and "@@" not in text
    assert "Griep is zeer besmettelijk." in text
    assert _warns_review(ingested)


def test_colour_words_in_inline_styles_and_several_hunks():
    """ansi2html's `--inline` (and aha's) colours as styles; each hunk's `@@` line (with git's
    function context after it) goes, and a text file's diff is plain text."""
    page = ("<html><body><pre>\n<span style=\"font-weight:bold;\">diff --git a/griep.txt b/griep.txt</span>\n"
            "<span style=\"font-weight:bold;\">--- a/griep.txt</span>\n<span style=\"font-weight:bold;\">+++ b/griep.txt</span>\n"
            "<span style=\"color:teal;\">@@ -1,3 +1,3 @@</span>\nGriep\n\nNeem <span style=\"color:red;\">twee</span>"
            "<span style=\"color:green;\">drie</span> tabletten.\n"
            "<span style=\"color: #00aaaa\">@@ -20,2 +20,2 @@</span> Behandeling\nBel <span style=\"color: #aa0000\">"
            "020 123</span><span style=\"color: #00aa00\">030 456</span> bij koorts.\n</pre></body></html>")
    shown = new_version(page)
    assert shown is not None and shown.markup == "plain"
    assert shown.text == "Griep\n\nNeem drie tabletten.\nBel 030 456 bij koorts.\n"


def test_colour_words_in_ansi2html_inline_fragment():
    """ansi2html's `--inline`: the coloured runs alone, no `<pre>`, lines kept in the text."""
    fragment = _HEADER.replace('class="ansi1"', 'style="font-weight: bold"').replace(
        'class="ansi36"', 'style="color: #00aaaa"') + (
        "# Griep\n\nNeem <span style=\"color: #aa0000\">twee</span><span style=\"color: #00aa00\">drie</span>"
        " tabletten.\n")
    shown = new_version(fragment)
    assert shown is not None and shown.markup == "markdown"
    assert shown.text == "# Griep\n\nNeem drie tabletten.\n"


def test_coloured_line_diff_is_no_colour_words():
    """`git diff --color` marks whole lines with `+` and `-`: a text diff's, left to its reader."""
    page = ("<html><body><pre class=\"ansi2html-content\">\n" + _HEADER.replace("griep.md", "griep.txt")
            + " # Griep\n \n<span class=\"ansi31\">-Neem twee tabletten.</span>\n"
            "<span class=\"ansi32\">+</span><span class=\"ansi32\">Neem drie tabletten.</span>\n</pre></body></html>")
    assert new_version(page) is None


def test_coloured_terminal_page_without_git_header_is_left_alone():
    page = ("<html><body><pre class=\"ansi2html-content\">Tests: <span class=\"ansi32\">12 passed</span>, "
            "<span class=\"ansi31\">1 failed</span>\n</pre></body></html>")
    assert new_version(page) is None


_PRETTY = ('<span>Griep&para;<br>&para;<br>Laatst bijgewerkt: </span><del style="background:#ffe6e6;">3</del>'
           '<ins style="background:#e6ffe6;">5</ins><span> m</span><del style="background:#ffe6e6;">aart</del>'
           '<ins style="background:#e6ffe6;">ei</ins><span> 202</span><del style="background:#ffe6e6;">4</del>'
           '<ins style="background:#e6ffe6;">6</ins><span>&para;<br>&para;<br>Wat is griep?&para;<br>&para;<br>'
           'Griep is </span><ins style="background:#e6ffe6;">zeer </ins><span>besmettelijk &amp; vervelend. '
           'Meestal gaat het binnen een week vanzelf over.</span><del style="background:#ffe6e6;">&para;<br>'
           'Deze regel gaat weg.</del><span>&para;<br>&para;<br>Behandeling&para;<br>&para;<br>Neem </span>'
           '<del style="background:#ffe6e6;">5</del><ins style="background:#e6ffe6;">10</ins><span>00 mg '
           'paracetamol, hooguit vier keer per dag.&para;<br></span>\n')


def test_diff_match_patch_pretty_html_reads_as_the_new_text(tmp_path):
    shown = new_version(_PRETTY)
    assert shown is not None and shown.markup == "plain"
    assert shown.text.startswith("Griep\n\nLaatst bijgewerkt: 5 mei 2026\n\nWat is griep?\n\n")
    ingested = ingest_file_as(tmp_path, "griep.html", _PRETTY)
    text = _text(ingested)
    assert ingested.leaflet.title == "Griep"
    assert ingested.leaflet.updated == "2026-05-05"
    assert "¶" not in text and "Deze regel" not in text and "1000 mg" in text
    assert "Griep is zeer besmettelijk & vervelend." in text
    assert _warns_review(ingested)


_CMS = ("<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>Griep | Praktijk</title></head><body>"
        "<main><article><h1>Griep</h1><p>Laatst bijgewerkt: 5 mei 2026</p>{body}</article></main></body></html>")
_PARAGRAPHS = "".join(f"<h2>Vraag {number}?</h2><p>Dit is de uitleg bij vraag {number}: griep gaat meestal "
                      f"binnen een week vanzelf over, maar bel bij hoge koorts de praktijk.</p>" for number in range(1, 5))


def test_changes_marked_in_number_make_a_review_copy(tmp_path):
    body = ("<p>Neem <del>twee</del><ins>drie</ins> tabletten per dag. Bel <del>020 123 45 67</del>"
            "<ins>030 456 78 90</ins> bij koorts.</p>" + _PARAGRAPHS)
    ingested = ingest_file_as(tmp_path, "griep.html", _CMS.format(body=body))
    assert "drie tabletten" in _text(ingested) and "twee" not in _text(ingested)
    assert _warns_review(ingested)


def test_one_struck_out_price_is_no_review_copy(tmp_path):
    body = "<p>De griepprik kost <del>€ 20,00</del> <ins>€ 15,00</ins> voor wie geen recht heeft op een gratis prik.</p>"
    ingested = ingest_file_as(tmp_path, "griep.html", _CMS.format(body=body + _PARAGRAPHS))
    assert not _warns_review(ingested)


def test_red_team_leaflets_read_as_their_new_version(tmp_path):
    expected = {
        "tekenencefalitis.html": ("Vaccinatie tegen tekenencefalitis (TBE)", "2026-04-02",
                                  ["komt TBE niet voor", "Kinderen jonger dan 1 jaar kunnen niet", "560 jaar"]),
        "keizersnede.html": ("Herstel na een keizersnede", "2026-01-15",
                             ["maximaal 75 dagen", "diff --git", "dagenzes weken"]),
        "ercp.html": ("ERCP: onderzoek en behandeling van galwegen en alvleesklier", "2025-12-09",
                      ["¶", "middernacht"]),
    }
    for name, (title, updated, absent) in expected.items():
        ingested = ingest_file_as(tmp_path, name, (DATA / name).read_bytes())
        text = _text(ingested)
        assert ingested.leaflet.title == title, name
        assert ingested.leaflet.updated == updated, name
        assert all(passage.headings for passage in ingested.passages), name
        assert not [words for words in absent if words in text], name
        assert _warns_review(ingested), name
