"""Web-page markup that must not cost words or headings: line breaks, accordions, widgets."""

from pathlib import Path

from ingest.clean import clean
from ingest.html import load_html
from ingest.pipeline import ingest_file

INTRO = ("<p>Bij deze afdeling behandelen we ziekten van de huid, zoals eczeem, psoriasis en "
         "huidkanker. In deze folder leest u wat u kunt verwachten.</p>")


def _page(body: str, title: str = "Folder") -> str:
    return f"<html><head><title>{title}</title></head><body><main><h1>{title}</h1>{INTRO}{body}</main></body></html>"


def _ingested(tmp_path: Path, html: str, name: str = "folder.html"):
    """The page written to a file and ingested as a leaflet would be."""
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    return ingest_file(path)


def _cleaned(html: str) -> str:
    """The text as passages will show it: loaded, then cleaned."""
    return clean(load_html(html, "folder.html")).text


def test_line_breaks_separate_words():
    text = _cleaned(_page(
        "<h2>Contact</h2><p>Polikliniek Dermatologie<br>Ziekenhuisweg 1<br/>1234 AB Utrecht</p>"
        "<ul><li>Maandag<br>van 8 tot 12 uur</li></ul>"
        "<h2>Tijden<br>en plaats</h2><table><tr><td>Balie<br>2</td><td>Route<br>42</td></tr></table>"
        "<p>Bel bij koorts<br>&gt; 38,5 graden<br>1. direct de afdeling</p>"))
    assert "Polikliniek Dermatologie Ziekenhuisweg 1 1234 AB Utrecht" in text
    assert "Maandag van 8 tot 12 uur" in text and "Tijden en plaats" in text
    assert "Balie 2 | Route 42" in text
    # a line that starts like Markdown after a break is still text of the paragraph
    assert "Bel bij koorts > 38,5 graden 1. direct de afdeling" in text


def test_bold_line_before_a_break_is_a_heading_over_its_text():
    markdown = load_html(_page(
        "<p><b>Behandeling van een aanval</b><br>Bij een aanval krijgt u ontstekingsremmers.</p>"
        "<p><strong>Let op:</strong><br>bel bij koorts.</p>"
        "<p><b>Reumafonds</b><br><b>Postbus 59091</b><br>3508 AB Utrecht</p>"), "jicht.html").text
    assert "## Behandeling van een aanval\n\nBij een aanval krijgt u ontstekingsremmers." in markdown
    # a bold label that introduces (":") or a run of bold lines (an address) is no heading
    assert "Let op:\nbel bij koorts." in markdown and markdown.count("## ") == 1
    assert "Reumafonds\nPostbus 59091\n3508 AB Utrecht" in markdown


def _accordion(toggle: str, hide: str, sections: dict[str, str]) -> str:
    items = "".join(
        f'<div class="accordion-item">{toggle.format(title=title, n=n)}'
        f'<div id="panel{n}" class="accordion-collapse collapse" {hide}><div class="accordion-body">'
        f"<p>{text}</p></div></div></div>"
        for n, (title, text) in enumerate(sections.items()))
    return f'<div class="accordion">{items}</div>'


SECTIONS = {
    "Voorbereiding": "Rook niet in de vier uur voor het onderzoek. Gebruik uw puffers niet op de dag "
                     "van het onderzoek, tenzij de arts iets anders zegt.",
    "Het onderzoek": "U blaast zo hard en lang mogelijk in een mondstuk. Een neusklem zorgt dat er "
                     "geen lucht via uw neus ontsnapt. Het onderzoek duurt ongeveer een half uur.",
    "Na het onderzoek": "U mag direct weer naar huis. De longarts bespreekt de uitslag met u tijdens "
                        "uw volgende afspraak op de polikliniek.",
}
TOGGLES = [
    '<h2 class="accordion-header"><button class="accordion-button collapsed" aria-expanded="false" '
    'aria-controls="panel{n}"><span>{title}</span><span class="icon" aria-hidden="true"></span></button></h2>',
    '<h2 class="accordion-header"><button class="accordion-button collapsed">{title}</button></h2>',
    '<h2><a href="#panel{n}" data-bs-toggle="collapse" role="button">{title}</a></h2>',
    '<h2 class="accordion-title"><span>{title}</span></h2>',
]


def test_accordion_headings_and_their_hidden_panels_come_through():
    intro = "".join(f"<p>Alinea {n}: bij een longfunctieonderzoek meten we hoeveel lucht u in- en "
                    "uitademt en hoe snel dat gaat, met goede apparatuur.</p>" for n in range(6))
    for toggle in TOGGLES:
        for hide in ['aria-hidden="true"', 'style="display:none"', "hidden", ""]:
            markdown = load_html(_page(intro + _accordion(toggle, hide, SECTIONS)), "long.html").text
            for title, text in SECTIONS.items():
                assert f"## {title}\n\n{text}" in markdown, (toggle, hide, markdown)


def test_short_accordion_page_keeps_its_headings():
    markdown = load_html(_page(_accordion(TOGGLES[1], 'aria-hidden="true"', SECTIONS)), "kort.html").text
    assert [line for line in markdown.split("\n") if line.startswith("#")] == [
        "# Folder", "## Voorbereiding", "## Het onderzoek", "## Na het onderzoek"]


def test_details_summary_still_headings():
    page = _page("<details><summary>Mag ik sporten?</summary><p>Ja, bewegen is goed voor u.</p></details>"
                 "<details><summary>Moet ik minder zout eten?</summary><p>Meestal wel.</p></details>")
    markdown = load_html(page, "faq.html").text
    assert "## Mag ik sporten?\n\nJa, bewegen is goed voor u." in markdown and "## Moet ik minder zout eten?" in markdown


def test_feedback_widget_is_dropped_but_text_near_buttons_stays():
    body = ("<p>Drink minstens twee liter water per dag en eet minder vlees.</p>"
            '<div class="rs_skip"><button>Lees voor</button></div>'
            "<ul><li><input type='checkbox'> uw medicijnenlijst</li><li><input type='checkbox'> uw zorgpas</li></ul>"
            "<table><tr><td>Polikliniek</td><td>Afspraak <button>Plannen</button></td><td>Route 42</td></tr></table>"
            '<div class="faq"><button aria-expanded="true">Mag ik eten?</button><p>Ja, tot zes uur van tevoren.</p></div>'
            '<div class="feedback"><p>Was deze informatie nuttig?</p><button>Ja</button><button>Nee</button></div>')
    markdown = load_html(_page(body), "jicht.html").text
    assert "nuttig" not in markdown and "Lees voor" not in markdown
    assert "Drink minstens twee liter water" in markdown and "- uw medicijnenlijst" in markdown
    # a table keeps its columns, a short answer under a toggle is text
    assert "Polikliniek | Afspraak | Route 42" in markdown and "Ja, tot zes uur van tevoren." in markdown


def test_advice_beside_a_single_button_is_never_taken_for_a_widget():
    body = ("<p>Bel bij koorts direct de afdeling: 024 361 11 11 <button>Bellen</button></p>"
            "<ul><li>Uw medicijnlijst <button>Meer info</button></li><li>Uw verzekeringspas</li></ul>"
            "<div class=alert><p><strong>Let op:</strong> stop 7 dagen vooraf met bloedverdunners. "
            "<button>Sluiten</button></p></div>"
            "<p>Bel direct bij <button>koorts</button> boven 38,5 graden.</p>")
    text = _cleaned(_page(body))
    assert "Bel bij koorts direct de afdeling: 024 361 11 11" in text
    assert "Uw medicijnlijst" in text and "stop 7 dagen vooraf met bloedverdunners" in text
    assert "Bel direct bij koorts boven 38,5 graden." in text  # a button inside a sentence is a word of it
