from ingest.document import Leaflet, Passage
from index.citation import citation, page_label, source_link
from leaflets.render import passage_html


def make(url="", paged=False, pages=()):
    leaflet = Leaflet("l", "Titel", "/data/l.pdf", "h", url=url, updated="2025-07-02", paged=paged)
    passage = Passage("p", "l", ("Sectie", "Sub"), "Eerste zin van de passage hier. Tweede zin.", (0, 10), 0, pages)
    return leaflet, passage


def test_pdf_link_opens_the_page():
    leaflet, passage = make(paged=True, pages=(3, 4))
    assert source_link(leaflet, passage) == "file:///data/l.pdf#page=3"
    assert page_label(passage) == "pp. 3–4"


def test_pdf_link_opens_the_page_of_the_best_sentence():
    leaflet = Leaflet("l", "Titel", "/data/l.pdf", "h", paged=True)
    text = "Eerste zin op pagina drie. Tweede zin op pagina vier."
    passage = Passage("p", "l", (), text, (0, len(text)), 0, (3, 4), (0, text.index("Tweede")))
    assert source_link(leaflet, passage, "Tweede zin op pagina vier.") == "file:///data/l.pdf#page=4"
    assert source_link(leaflet, passage, "Eerste zin op pagina drie.") == "file:///data/l.pdf#page=3"
    assert source_link(leaflet, passage, "Een kop die niet in de tekst staat") == "file:///data/l.pdf#page=3"
    assert citation(leaflet, passage, "Tweede zin op pagina vier.").endswith("pp. 3–4, l.pdf)")
    old = Passage("p", "l", (), text, (0, len(text)), 0, (3, 4))  # an index from before format 7
    assert source_link(leaflet, old, "Tweede zin op pagina vier.") == "file:///data/l.pdf#page=3"


def test_web_link_scrolls_to_the_best_sentence():
    leaflet, passage = make(url="https://example.org/fsgs")
    assert source_link(leaflet, passage, "Tweede zin.") == "https://example.org/fsgs#:~:text=Tweede%20zin."


def test_web_link_has_a_text_fragment():
    leaflet, passage = make(url="https://example.org/fsgs")
    link = source_link(leaflet, passage)
    assert link == "https://example.org/fsgs#:~:text=Eerste%20zin%20van%20de%20passage%20hier.%20Tweede%20zin."
    long = Passage("p", "l", (), " ".join(f"w{i}" for i in range(30)), (0, 1), 0)
    assert source_link(leaflet, long).endswith("#:~:text=w0%20w1%20w2%20w3%20w4,w25%20w26%20w27%20w28%20w29")


def test_citation_names_title_section_page_date_and_link():
    leaflet, passage = make(paged=True, pages=(5,))
    text = citation(leaflet, passage)
    assert text.startswith('"Eerste zin')
    assert "(Titel, Sectie > Sub, p. 5, 2025-07-02, l.pdf)" in text


def test_a_citation_never_names_a_path_on_this_machine_and_says_the_date_as_the_page_does():
    """A pasted citation went out with "file:///work/main/sources/…": no reader of a reply
    can open that, and it shows where the server keeps its files."""
    leaflet, passage = make(paged=True, pages=(5,))
    text = citation(leaflet, passage, dated="bijgewerkt 2 juli 2025", unlinked="geen webadres; bestand {file}")
    assert text.endswith("(Titel, Sectie > Sub, p. 5, bijgewerkt 2 juli 2025, geen webadres; bestand l.pdf)")
    assert "file:" not in text and "/data/" not in text
    web, passage = make(url="https://example.org/fsgs")
    assert citation(web, passage, dated="datum onbekend").endswith(
        ", datum onbekend, https://example.org/fsgs#:~:text=Eerste%20zin%20van%20de%20passage%20hier.%20Tweede%20zin.)")


def test_a_citation_of_the_marked_sentence_quotes_it_alone_at_its_own_page():
    """Staff often answer with the one line: the quote is that sentence, the page the one it
    stands on, the link opens at it; a quote the passage does not hold quotes the passage."""
    leaflet = Leaflet("l", "Titel", "/data/l.pdf", "h", url="https://example.org/l.pdf", paged=True)
    text = "Eerste zin op pagina drie. Tweede zin op pagina vier."
    passage = Passage("p", "l", ("Sectie",), text, (0, len(text)), 0, (3, 4), (0, text.index("Tweede")))
    line = citation(leaflet, passage, "Tweede zin op pagina vier.", quote="Tweede zin op pagina vier.")
    assert line == '"Tweede zin op pagina vier." (Titel, Sectie, p. 4, https://example.org/l.pdf#page=4)'
    whole = citation(leaflet, passage, quote="Niet in de passage.")
    assert whole.startswith(f'"{text}" (Titel, Sectie, pp. 3–4, ')
    assert citation(leaflet, passage, quote=text) == citation(leaflet, passage)


def test_leaflet_markup_is_shown_as_text():
    html = passage_html("<script>alert(1)</script> [x](javascript:alert(1)) ok.", ("ok.",))
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<mark>ok.</mark>" in html


def test_highlight_marks_are_added_after_escaping():
    html = passage_html("A & B zijn <b>vet</b>.", ("A & B zijn <b>vet</b>.",))
    assert html == "<p><mark>A &amp; B zijn &lt;b&gt;vet&lt;/b&gt;.</mark></p>"


def test_a_paged_text_links_by_page_only_to_a_pdf():
    """pdftotext's output is paged: linked to its PDF it opens at the page, linked to a web
    page (or opened as itself) it cannot, so it scrolls by its words (review)."""
    from dataclasses import replace

    leaflet, passage = make(url="https://example.org/roken.pdf", paged=True, pages=(2,))
    text = replace(leaflet, source_path="/data/roken.txt")
    assert source_link(text, passage) == "https://example.org/roken.pdf#page=2"
    web = replace(text, url="https://example.org/roken")
    assert source_link(web, passage).startswith("https://example.org/roken#:~:text=Eerste")
    assert source_link(replace(text, url=""), passage) == "file:///data/roken.txt"
