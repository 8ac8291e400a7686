"""Web pages and mails as red team 20 found them read wrongly: a Joomla article's closed tab
panel lost its table and its "Laatst gewijzigd" box dated nothing; an Outlook mail kept the
header of the message it forwards and headed a passage with its signature; a DocBook title
page's revision history was the first passage."""

from __future__ import annotations

from pathlib import Path

import lxml.html

from ingest.html.inline_runs import paragraph_runs
from ingest.html.page_dates import page_date
from ingest.pipeline import ingest_file

LEAFLETS = Path(__file__).parent / "data" / "redteam20_leaflets"

TEXT = ("<h2>Uw voetcontrole</h2><p>Uw huisarts of praktijkondersteuner controleert elk jaar uw voeten. U krijgt "
        "dan een zorgprofiel. Dit bepaalt welke voetzorg de zorgverzekeraar vergoedt en hoe vaak u komt.</p>")
TABLE = ("<table><caption>Zorgprofiel en vergoeding</caption><tr><th>Zorgprofiel</th><th>Vergoede voetzorg</th></tr>"
         "<tr><td>Profiel 2</td><td>podotherapeut en pedicure</td></tr>"
         "<tr><td>Profiel 3</td><td>intensieve voetzorg</td></tr></table>")


def _page(tmp_path: Path, body: str, info: str = "") -> Path:
    page = tmp_path / "voet.html"
    page.write_text("<!doctype html><html lang='nl'><head><meta charset='utf-8'><title>Voetzorg</title></head>"
                    f"<body><main><div class='item-page'><h1>Voetzorg</h1>{info}<div class='body'>"
                    "<p>Diabetes kan na jaren de zenuwen in uw voeten beschadigen. U voelt dan minder goed pijn, "
                    f"warmte of kou. Een wondje merkt u daardoor soms pas laat.</p>{body}</div></div></main>"
                    "</body></html>", encoding="utf-8")
    return page


def _tabs(tag: str) -> str:
    return (f"<{tag}-set><div role='tablist'><button role='tab' aria-controls='t1' aria-selected='true'>Controle"
            "</button><button role='tab' aria-controls='t2' aria-selected='false' tabindex='-1'>Vergoeding</button>"
            f"</div><{tag}-panel id='t1' role='tabpanel'><p>De praktijkondersteuner kijkt naar uw voeten en voelt "
            f"uw polsen.</p></{tag}-panel><{tag}-panel id='t2' role='tabpanel' hidden aria-hidden='true'>{TABLE}"
            f"</{tag}-panel></{tag}-set>")


def test_a_closed_tab_panel_is_read_with_its_table(tmp_path):
    """Joomla's `<joomla-tab-element hidden aria-hidden="true">`: a reader opens the tab, and
    the table keeps its rows, apart from the paragraph before it."""
    passages = ingest_file(_page(tmp_path, TEXT + _tabs("joomla-tab"))).passages
    table = next(passage for passage in passages if "Profiel 2" in passage.text)
    assert "Profiel 2 | podotherapeut en pedicure" in table.text
    assert table.headings == ("Uw voetcontrole",)
    assert "vaak u komt.\n" in table.text  # the paragraph before ends apart from the table


def test_a_custom_element_around_blocks_is_no_run_of_words():
    """An element of an unknown tag that holds paragraphs and tables is laid out as a block:
    put in a `<p>`, its table was read as the paragraph's words."""
    tree = lxml.html.fromstring("<html><body><div><p>Tekst.</p><x-tabs><x-panel><table><tr><td>a</td></tr>"
                                "</table></x-panel></x-tabs></div></body></html>")
    paragraph_runs(tree)
    assert not tree.xpath("//p//table")


JOOMLA_INFO = ('<dl class="article-info"><dt>Details</dt><dd class="createdby">Geschreven door: <span>Redactie</span>'
               '</dd><dd class="category-name">Categorie: <a href="/voorlichting" itemprop="genre">Voorlichting</a>'
               '</dd><dd class="published"><time datetime="2019-03-14T10:02:11+01:00" itemprop="datePublished">'
               'Gepubliceerd: 14 maart 2019</time></dd><dd class="modified"><time datetime="2026-01-27T09:12:40+01:00"'
               ' itemprop="dateModified">Laatst gewijzigd op 27 januari 2026</time></dd></dl>')


def test_a_category_link_in_the_articles_info_box_makes_no_card():
    """Joomla's info box links its category ("Categorie: <a>Voorlichting</a>"): a labelled
    field, not a card's link to another page, so its "Laatst gewijzigd" line and its
    `dateModified` time date the page."""
    dates = page_date(lxml.html.fromstring(f"<html><body><main>{JOOMLA_INFO}<p>Tekst.</p></main></body></html>"))
    assert dates.labelled == "2026-01-27"
    assert dates.unlabelled == "2026-01-27"  # dateModified, not the datePublished before it


def test_a_card_with_a_labelled_link_is_still_a_card():
    card = ('<div class="card"><a href="/folders/copd">Leven met COPD</a><p>Categorie: <a href="/longen">Longen</a>'
            '</p><p>Laatst gewijzigd: 4 maart 2025</p></div>')
    dates = page_date(lxml.html.fromstring(f"<html><body><main><p>Tekst.</p>{card}</main></body></html>"))
    assert dates.labelled == ""


def test_the_joomla_article_keeps_its_tabbed_table_and_its_date():
    read = ingest_file(LEAFLETS / "diabetische-voet.html")
    assert read.leaflet.updated == "2026-01-27"
    assert any("Profiel 2 | matig verhoogd | podotherapeut en pedicure" in passage.text for passage in read.passages)


def _word_mail(tmp_path: Path) -> Path:
    """An HTML mail as Outlook writes it from Word: no `<title>`, the title a large bold line,
    the forwarded message's header in a box with a rule over it."""
    para = "<p class=MsoNormal>{}<o:p></o:p></p>"
    blank = para.format("&nbsp;")
    heading = "<p class=MsoNormal><b><span style='font-size:{}pt'>{}</span></b><o:p></o:p></p>"
    body = [para.format("Dear Mr Jansen,"), blank,
            para.format("As promised, below is the English version of our leaflet. Please call us if anything "
                        "is unclear."), blank, para.format("Kind regards,"), blank,
            para.format("<b>Anouk Verbeek</b>"), para.format("Nurse, Internal Medicine"), blank,
            "<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
            + para.format("<b>From:</b> Patient information &lt;info@example.nl&gt;<br><b>Sent:</b> Tuesday, 10 "
                          "March 2026 09:14<br><b>To:</b> Verbeek, Anouk &lt;a.verbeek@example.nl&gt;<br>"
                          "<b>Subject:</b> EN leaflet blood transfusion (final)") + "</div>", blank,
            heading.format(16, "Having a blood transfusion"), blank,
            heading.format(13, "Why a blood transfusion?"),
            para.format("Your doctor has discussed with you that you will have a blood transfusion. This means you "
                        "receive blood from a donor through a drip."), blank,
            heading.format(13, "Before the transfusion"),
            para.format("First your blood group is determined. For this we take blood twice, at two different "
                        "times.")]
    page = tmp_path / "transfusion-mail.html"
    page.write_text("<html xmlns:o='urn:schemas-microsoft-com:office:office'><head><meta charset='utf-8'><style>"
                    "p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:Calibri}</style></head><body lang=EN-GB>"
                    f"<div class=WordSection1>{''.join(body)}</div></body></html>", encoding="utf-8")
    return page


def test_a_forwarded_messages_header_in_an_outlook_mail_is_no_text(tmp_path):
    passages = ingest_file(_word_mail(tmp_path)).passages
    assert not any("Subject:" in passage.text or "Sent:" in passage.text for passage in passages)
    # the covering note over the forwarded leaflet, signature and all, is no leaflet text (red team 23)
    assert not any("Nurse, Internal Medicine" in passage.text for passage in passages)


def test_the_signature_under_the_closing_words_is_no_heading(tmp_path):
    passages = ingest_file(_word_mail(tmp_path)).passages
    assert not any("Anouk Verbeek" in passage.headings or "Anouk Verbeek" in passage.text for passage in passages)


def test_a_mail_without_a_title_is_named_by_its_large_bold_line(tmp_path):
    assert ingest_file(_word_mail(tmp_path)).leaflet.title == "Having a blood transfusion"


def test_the_outlook_mail_reads_as_its_leaflet():
    read = ingest_file(LEAFLETS / "blood-transfusion-en.html")
    assert read.leaflet.title == "Having a blood transfusion"
    assert not any("Subject:" in passage.text or "Anouk Verbeek" in passage.headings for passage in read.passages)


def _docbook(tmp_path: Path, history: str) -> Path:
    """A DocBook XSL article's title page: title, corporate author, release line, date and history."""
    page = tmp_path / "oog.html"
    page.write_text(
        "<html><head><meta charset='utf-8'><title>Lui oog</title><meta name='generator' content='DocBook XSL'>"
        "</head><body><div lang='nl' class='article'><div class='titlepage'><div><div><h2 class='title'>Lui oog"
        "</h2></div><div><h3 class='corpauthor'>Oogziekenhuis Zuidwest, afdeling Orthoptie</h3></div>"
        f"<div><p class='releaseinfo'>Folder ORT-031</p></div>{history}</div><hr></div>"
        "<div class='section'><h2 class='title'>Wat is een lui oog?</h2><p>Een lui oog is een oog dat minder goed "
        "heeft leren zien. Het oog zelf is gezond, maar de hersenen gebruiken vooral het andere oog.</p></div>"
        "<div class='section'><h2 class='title'>Afplakken</h2><p>Uw kind krijgt een pleister op het goede oog. "
        "Daardoor moet het luie oog harder werken.</p></div></div></body></html>", encoding="utf-8")
    return page


def _history(rows: list[tuple[str, str]]) -> str:
    cells = "".join(f"<tr><td>{name}</td><td>{day}</td><td>MvdB</td></tr><tr><td colspan='3'>Tekst aangepast</td></tr>"
                    for name, day in rows)
    return (f"<div><div class='revhistory'><table summary='wijzigingsgeschiedenis'><tr><th colspan='3'>"
            f"<b>Wijzigingsgeschiedenis</b></th></tr>{cells}</table></div></div>")


def test_a_docbook_title_pages_history_and_byline_are_no_passage(tmp_path):
    read = ingest_file(_docbook(tmp_path, _history([("Herziening 2", "2025-11-04"), ("Herziening 1", "2019-03-12")])))
    assert read.passages[0].headings == ("Wat is een lui oog?",)
    assert not any(word in passage.text or word in " ".join(passage.headings) for passage in read.passages
                   for word in ("Herziening", "Wijzigingsgeschiedenis", "ORT-031", "Oogziekenhuis Zuidwest"))
    assert read.leaflet.updated == "2025-11-04"  # the history's newest date still dates it


def test_a_history_listed_oldest_first_still_dates_by_its_newest(tmp_path):
    read = ingest_file(_docbook(tmp_path, _history([("Herziening 1", "2019-03-12"), ("Herziening 2", "2025-11-04")])))
    assert read.leaflet.updated == "2025-11-04"


def test_a_table_titled_as_a_revision_history_is_furniture(tmp_path):
    table = ("<table><tr><th colspan='3'>Versiebeheer</th></tr><tr><td>Versie 2</td><td>2024-05-01</td><td>JK</td></tr>"
             "</table>")
    assert not any("Versie 2" in passage.text for passage in ingest_file(_docbook(tmp_path, table)).passages)


def test_the_docbook_leaflet_opens_with_its_text():
    read = ingest_file(LEAFLETS / "lui-oog-afplakken.html")
    assert read.passages[0].headings == ("Wat is een lui oog?",)
    assert read.leaflet.updated == "2025-11-04"
