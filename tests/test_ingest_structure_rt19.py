"""Text that red team 19 found lost or glued: a subtitle set as a heading over nothing (a PDF's
"Paronychia van vinger of teen" under "Nagelriemontsteking"), a heading right over another
of its rank ("When should you call the GP?" over "Call the GP straight away if"), the
organisation's line under a plain-text title glued to it, Org mode's subtitle inside its
`<h1>` and its postamble date beside a "Validate" link, and an HTML mail's confidentiality
notice."""

from __future__ import annotations

from pathlib import Path

from lxml import html

from ingest.html.page_dates import _dates_another_page
from ingest.pipeline import ingest_file

BODY = "Bij een nagelriemontsteking is de huid naast de nagel ontstoken. De huid is rood en doet pijn."
MORE = "Week de vinger drie keer per dag tien minuten in lauw water met wat zout."


def _ingested(tmp_path: Path, text: str, name: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return ingest_file(path)


def test_a_subtitle_heading_over_nothing_joins_the_title(tmp_path):
    # a PDF sets the subtitle in a smaller size than the section headings: `###` between `#` and `##`
    text = (f"# Nagelriemontsteking\n\n### Paronychia van vinger of teen\n\n## Wat is een nagelriemontsteking?\n\n"
            f"{BODY}\n\n## Wat kunt u zelf doen?\n\n{MORE}\n")
    item = _ingested(tmp_path, text, "nagel.md")
    assert item.leaflet.title == "Nagelriemontsteking – Paronychia van vinger of teen"
    assert [p.headings for p in item.passages] == [("Wat is een nagelriemontsteking?",), ("Wat kunt u zelf doen?",)]


def test_a_subtitle_of_the_sections_rank_joins_the_title_and_nests_nothing(tmp_path):
    text = (f"# Pijnlijke menstruatie\n\n## Dysmenorroe: oorzaken en behandeling\n\n"
            f"## Is pijn bij de menstruatie normaal?\n\n{BODY}\n\n## Wat kunt u zelf doen?\n\n{MORE}\n")
    item = _ingested(tmp_path, text, "menstruatie.md")
    assert item.leaflet.title == "Pijnlijke menstruatie – Dysmenorroe: oorzaken en behandeling"
    assert item.passages[0].headings == ("Is pijn bij de menstruatie normaal?",)


def test_a_heading_right_over_one_of_its_rank_heads_it(tmp_path):
    text = ("# Test\n\n## Wat kunt u doen?\n\nDrink veel water en rust goed uit na de behandeling.\n\n"
            "## Wanneer bellen?\n\n## Bel direct de huisarts als\n\n- u koorts krijgt boven 38,5 graden;\n"
            "- de wond gaat bloeden.\n\n## Zwangerschap\n\nBent u zwanger? Bel dan uw verloskundige.\n")
    item = _ingested(tmp_path, text, "bellen.md")
    assert [p.headings for p in item.passages] == [
        ("Wat kunt u doen?",), ("Wanneer bellen?", "Bel direct de huisarts als"), ("Zwangerschap",)]


def test_a_run_of_headings_or_a_label_over_a_heading_nests_nothing(tmp_path):
    # a table of contents set in the headings' type, and a figure's one-word label
    text = (f"# Injecteren\n\n## Inleiding\n\n{BODY}\n\n## a. Voorbereiden\n\n## b. Injecteren\n\n"
            f"## a. Voorbereiden\n\n{MORE}\n\n## FOUT\n\n## b. Injecteren\n\n{BODY}\n")
    item = _ingested(tmp_path, text, "injecteren.md")
    assert [p.headings for p in item.passages] == [("Inleiding",), ("a. Voorbereiden",), ("b. Injecteren",)]


def test_the_organisation_under_a_plain_title_is_no_word_of_it(tmp_path):
    text = ("Warm weer en hitte: tips voor ouderen en mantelzorgers\nThuiszorg Rivierenland\n"
            "Bijgewerkt: 23 juni 2026\n\nWAAROM IS HITTE GEVAARLIJK?\n"
            "Bij warm weer moet het lichaam harder werken om af te koelen. Ouderen merken minder snel dat ze "
            "dorst hebben en zweten minder.\n\nHOEVEEL MOET U DRINKEN?\n"
            "Drink op warme dagen ten minste 1,5 tot 2 liter per dag, ook als u geen dorst heeft.\n")
    item = _ingested(tmp_path, text, "hitte.txt")
    assert item.leaflet.title == "Warm weer en hitte: tips voor ouderen en mantelzorgers"
    assert all("Rivierenland" not in p.text for p in item.passages)


ORG_PAGE = """<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"/>
<title>Mammografie in het ziekenhuis</title><meta name="generator" content="Org Mode"/></head><body>
<div id="content" class="content">
<h1 class="title">Mammografie in het ziekenhuis
<br/>
<span class="subtitle">Röntgenfoto van de borsten op verwijzing van uw huisarts</span>
</h1>
<div id="outline-container-1" class="outline-2"><h2 id="1"><span class="section-number-2">1.</span> Wat is een
mammografie?</h2><div class="outline-text-2"><p>Een mammografie is een röntgenfoto van de borsten. Uw huisarts
heeft u verwezen, bijvoorbeeld omdat u een knobbeltje voelt.</p></div></div>
<div id="outline-container-2" class="outline-2"><h2 id="2"><span class="section-number-2">2.</span> Het
onderzoek</h2><div class="outline-text-2"><p>Een laborant maakt de foto's. Elke borst wordt tussen twee platen
samengedrukt. Het hele onderzoek duurt ongeveer vijftien minuten.</p></div></div>
</div>
<div id="postamble" class="status">
<p class="date">Datum: 2025-09-30 Tue 00:00</p>
<p class="author">Auteur: Afdeling Radiologie</p>
<p class="date">Gemaakt op: 2026-12-04 Fri 16:30</p>
<p class="validation"><a href="https://validator.w3.org/check?uri=referer">Validate</a></p>
</div></body></html>"""


def test_org_mode_subtitle_stands_under_its_title_as_text(tmp_path):
    item = _ingested(tmp_path, ORG_PAGE, "mammografie.html")
    assert item.leaflet.title == "Mammografie in het ziekenhuis"
    first = item.passages[0]
    assert first.text.startswith("Röntgenfoto van de borsten op verwijzing van uw huisarts"), first.text
    assert first.headings == ("1. Wat is een mammografie?",)


def test_org_mode_postamble_date_beside_its_validate_link_dates_the_page(tmp_path):
    assert _ingested(tmp_path, ORG_PAGE, "mammografie.html").leaflet.updated == "2025-09-30"


def test_a_teaser_card_date_still_dates_another_page():
    # a card's "Lees meer" link on a line of its own, to the site's page or with a heading over it
    for card in ("<p>Laatst gewijzigd: 4 maart 2025</p><p><a href='/copd'>Lees meer</a></p>",
                 "<h3>Leven met COPD</h3><p>Laatst gewijzigd: 4 maart 2025</p>"
                 "<p><a href='https://example.org/copd'>Lees meer</a></p>"):
        tree = html.fromstring(f"<html><body><div class='card'>{card}</div></body></html>")
        assert _dates_another_page(tree.xpath("//p")[0]), card


MAIL = """<html><head><meta charset="utf-8"><title>Chickenpox - information in English</title></head><body>
<div class="moz-text-html"><p>Dear Mrs Kaya,</p><p>Please find below our information about chickenpox.</p><hr>
<p><b><font size="+1">What is chickenpox?</font></b></p>
<p>Chickenpox is a contagious illness caused by the varicella-zoster virus. It usually goes away on its own.</p>
<p><b><font size="+1">Pregnancy</font></b></p>
<p>Are you pregnant and have you never had chickenpox? Contact your midwife or GP within three days.</p><hr>
<p>Kind regards,<br><br>Marieke van Dijk<br>GGD Zuidplas-Rijnmond<br>T 010 - 433 87 00</p>
<p style="font-size:8pt">This e-mail may contain confidential information and is intended only for the
addressee. If you have received it in error, please notify the sender and delete it.</p>
</div></body></html>"""


def test_an_html_mail_loses_its_confidentiality_notice_and_keeps_its_signature(tmp_path):
    text = "\n\n".join(p.text for p in _ingested(tmp_path, MAIL, "chickenpox.html").passages)
    assert "confidential" not in text, text
    assert "Marieke van Dijk" in text
