"""Web pages as red team 24 found them read wrongly: a manual from Texinfo (`makeinfo --html`)
set a bar "Volgende: …, Voorgaande: …, Omhoog: … [Inhoud]" above every node, which ended every
passage, and a page from groff (`-Thtml`) set its table of contents as loose in-page links,
one per line, straight in `<body>`, which became the first passage."""

from __future__ import annotations

from pathlib import Path

from ingest.pipeline import ingest_file

SECTIONS = [("Wat is wondroos?", "Wondroos is een infectie van de huid door een bacterie. De huid wordt rood, warm "
                                 "en gezwollen, en u kunt koorts krijgen."),
            ("Behandeling", "U krijgt antibiotica in tabletten. Neem de kuur helemaal af, ook als de roodheid "
                            "al eerder minder wordt."),
            ("Wanneer moet u bellen?", "Bel de huisarts als de roodheid zich binnen twee dagen verder uitbreidt "
                                       "of als u hoge koorts krijgt.")]


def _page(tmp_path: Path, body: str) -> Path:
    page = tmp_path / "wondroos.html"
    page.write_text(f"<!doctype html><html lang='nl'><head><meta charset='utf-8'><title>Wondroos</title></head>"
                    f"<body>{body}</body></html>", encoding="utf-8")
    return page


def _texinfo_bar(number: int) -> str:
    """The node bar makeinfo sets above node `number` (0 is the top node)."""
    ids = ["Top", *(f"node{index}" for index in range(1, len(SECTIONS) + 1))]
    names = ["Wondroos", *(title for title, _ in SECTIONS)]
    steps = []
    if number + 1 < len(ids):
        steps.append(f'Volgende: <a href="#{ids[number + 1]}" accesskey="n" rel="next">{names[number + 1]}</a>')
    if number:
        steps.append(f'Voorgaande: <a href="#{ids[number - 1]}" accesskey="p" rel="prev">{names[number - 1]}</a>')
        steps.append('Omhoog: <a href="#Top" accesskey="u" rel="up">Wondroos</a>')
    return (f'<div class="header"><p>\n{", ".join(steps)} &nbsp; [<a href="#SEC_Contents" title="Inhoudsopgave" '
            f'rel="contents">Inhoud</a>]</p>\n</div>\n')


def test_texinfo_node_bars_are_no_text(tmp_path):
    body = (f'<div class="top" id="Top">{_texinfo_bar(0)}<h1 class="top">Wondroos</h1><p>Informatie voor patiënten '
            f'met wondroos aan het been of in het gezicht.</p><hr>')
    for number, (title, text) in enumerate(SECTIONS, 1):
        body += (f'</div><div class="chapter" id="node{number}">{_texinfo_bar(number)}<h2 class="chapter">'
                 f'{number} {title}</h2><p>{text}</p><hr>')
    item = ingest_file(_page(tmp_path, body + "</div>"))
    text = " ".join(passage.text for passage in item.passages)
    assert "Volgende" not in text and "Voorgaande" not in text and "Omhoog" not in text and "Inhoud" not in text
    assert "Neem de kuur helemaal af" in text and "Informatie voor patiënten" in text


def test_a_sentence_that_links_to_the_next_page_stays(tmp_path):
    body = ('<h1>Wondroos</h1><p>Wondroos is een infectie van de huid. Wat u zelf kunt doen, leest u op de '
            '<a href="deel2.html" rel="next">volgende pagina</a>.</p>')
    text = " ".join(passage.text for passage in ingest_file(_page(tmp_path, body)).passages)
    assert "leest u op de volgende pagina" in text


# Trafilatura drops the first few of such links itself, not the rest (red team 24: three of eight).
MORE_SECTIONS = [*SECTIONS, ("Na de kuur", "Na de kuur kan de huid nog weken wat verkleurd zijn; dat is normaal."),
                 ("Hoe vaak komt het terug?", "Bij een op de vier mensen komt wondroos binnen een paar jaar terug."),
                 ("Veelgestelde vragen", "Is wondroos besmettelijk? Nee, niet van mens op mens."),
                 ("Contact", "Bel de polikliniek Dermatologie op werkdagen van 8.30 tot 16.30 uur.")]


def test_groff_loose_contents_links_are_no_passage(tmp_path):
    contents = "".join(f'<a href="#{title}">{title}</a><br>\n' for title, _ in MORE_SECTIONS)
    sections = "".join(f'<h2>{title}\n<a name="{title}"></a>\n</h2>\n<p style="margin-top: 1em">{text}</p>\n'
                       for title, text in MORE_SECTIONS)
    body = f'<h1 align="center">Wondroos</h1>\n{contents}\n<hr>\n{sections}'
    item = ingest_file(_page(tmp_path, body))
    assert [passage.headings[-1] for passage in item.passages] == [title for title, _ in MORE_SECTIONS]


def test_a_line_that_links_to_one_section_stays(tmp_path):
    body = ('<h1>Wondroos</h1>\n<h2>Behandeling</h2><p>U krijgt antibiotica.</p>\n'
            '<h2>Wanneer moet u bellen?</h2>Lees eerst <a href="#Behandeling">Behandeling</a><br>\n'
            'en bel dan de huisarts als de roodheid zich verder uitbreidt.<br>\n')
    text = " ".join(passage.text for passage in ingest_file(_page(tmp_path, body)).passages)
    assert "Lees eerst Behandeling" in text
