"""Senders and titles a reader sees plainly (red team 56, section 2, finding 5).

- a title that opens with an elided article ("'s Nachts vaak plassen (nycturie)") was no title,
  the leaflet named after its file and the title with its sender line a passage of their own; it
  opens as a line with a capital does (`ingest.structure.opens_elided`);
- a byline "Stichting Sepsis en daarna, in samenwerking met …" named no publisher (the
  foundation's name goes on in small words) and stood as a passage: the field before a partner's
  phrase is the sender; a partner's phrase describes no sender ("Informatie voor patiënten, in
  samenwerking met de Hartstichting" names none);
- dom-to-semantic-markdown's `<!-- <aside> -->` … `<!-- </aside> -->` box of related pages was the
  last section: left out as the HTML reader leaves an aside (`ingest.marked_asides`), a tip box
  inside the text kept.
"""

from pathlib import Path

from leaflet_files import ingest_file_as

from ingest.marked_asides import without_marked_asides
from ingest.pipeline import ingest_leaflets
from ingest.structure import opens_elided

REDTEAM = Path(__file__).parent / "data" / "redteam56_leaflets"

BODY = ("Thuis\nNeem de eerste nacht de pijnstillers zoals afgesproken. Slaap met een extra kussen.\n\n"
        "Vragen\nBel de polikliniek op werkdagen: 020 - 755 70 00.\n")


def _read(name: str):
    return ingest_leaflets(REDTEAM / name, root=REDTEAM)[0]


def _texts(item) -> list[str]:
    return [p.text for p in item.passages]


def test_semchunk_list_titled_by_its_elided_opening_and_sent_by_its_hospital():
    item = _read("nachtelijk-plassen.txt")
    assert item.leaflet.title == "'s Nachts vaak plassen (nycturie)"
    assert item.leaflet.publisher == "Deventer Ziekenhuis"
    assert item.passages[0].headings == ("Wat is nycturie?",)
    assert not any("Polikliniek Geriatrie en Continentiezorg" in text for text in _texts(item))


def test_plain_text_and_markdown_titled_by_an_elided_opening(tmp_path):
    cover = "{title}\nPolikliniek Geriatrie, Deventer Ziekenhuis\nLaatst bijgewerkt: januari 2026\n\n"
    for title in ("'s Nachts vaak plassen", "’t Hoge woord: praten over het levenseinde"):
        plain = ingest_file_as(tmp_path, "nacht.txt", cover.format(title=title) + BODY)
        assert (plain.leaflet.title, plain.leaflet.publisher) == (title, "Deventer Ziekenhuis")
        assert [p.headings for p in plain.passages] == [("Thuis",), ("Vragen",)]
    markdown = ingest_file_as(tmp_path, "nacht.md", cover.format(title="'s Nachts vaak plassen").replace("\n", "\n\n")
                              + BODY.replace("\n", "\n\n"))
    assert (markdown.leaflet.title, markdown.leaflet.publisher) == ("'s Nachts vaak plassen", "Deventer Ziekenhuis")
    assert [p.headings for p in markdown.passages] == [("Thuis",), ("Vragen",)]


def test_an_elided_article_before_a_small_word_opens_no_title_or_heading(tmp_path):
    assert opens_elided("'s Nachts vaak plassen") and opens_elided("’t Hoge woord") and opens_elided("'s-Hertogenbosch")
    assert not opens_elided("'s nachts plassen") and not opens_elided("'smorgens") and not opens_elided("'s 3 keer")
    text = ("Plassen in de nacht\nHuisartsenpraktijk De Linde, Amersfoort\n\n"
            "'s Avonds minder drinken\n's nachts plassen is vervelend. Drink de laatste twee uur voor het slapen niet.\n\n"
            "Vragen\nBel de praktijk op werkdagen: 033 - 461 22 70.\n")
    item = ingest_file_as(tmp_path, "plassen.txt", text)
    assert item.leaflet.title == "Plassen in de nacht"
    assert [(p.headings, p.text) for p in item.passages] == [
        (("'s Avonds minder drinken",), "'s nachts plassen is vervelend. Drink de laatste twee uur voor het slapen niet."),
        (("Vragen",), "Bel de praktijk op werkdagen: 033 - 461 22 70.")]


def test_dom_to_semantic_markdown_byline_publishes_and_its_aside_of_links_goes():
    item = _read("sepsis-herkennen.md")
    assert item.leaflet.publisher == "Stichting Sepsis en daarna"
    assert item.leaflet.updated == "2026-03"
    assert item.passages[0].headings == ("Wat is sepsis?",)
    assert not any("in samenwerking met" in text for text in _texts(item))
    assert "Gerelateerde folders" not in {p.headings[-1] for p in item.passages if p.headings}
    assert not any("Rechten en plichten" in text for text in _texts(item))
    assert item.passages[-1].headings == ("Contact",)


def test_mdream_page_published_by_its_practice():
    item = _read("anale-jeuk.md")
    assert (item.leaflet.title, item.leaflet.publisher) == ("Jeuk aan de anus", "Huisartsenpraktijk De Linde")
    assert not any("Laatst bijgewerkt" in text for text in _texts(item))


def test_a_partner_names_no_sender_and_a_sender_before_a_partner_keeps_its_name(tmp_path):
    cover = "Slapen na een operatie\n{line}\nLaatst bijgewerkt: maart 2026\n\n"
    expected = {
        "Stichting Slapen en daarna, in samenwerking met de afdeling Chirurgie van Ziekenhuis Amstelland":
            "Stichting Slapen en daarna",
        "Ziekenhuis Amstelland, in samenwerking met Stichting Slaap en Zorg": "Ziekenhuis Amstelland",
        "Informatie voor patiënten, in samenwerking met de Hartstichting": "",
    }
    for line, publisher in expected.items():
        item = ingest_file_as(tmp_path, "slapen.txt", cover.format(line=line) + BODY)
        assert item.leaflet.publisher == publisher, line
        assert [p.headings for p in item.passages] == [("Thuis",), ("Vragen",)], line


def test_a_foundations_sentence_in_the_text_stays_text(tmp_path):
    text = ("Slapen na een operatie\nZiekenhuis Amstelland\n\nLotgenoten\nStichting Slapen en daarna, in "
            "samenwerking met de afdeling Chirurgie, organiseert elke maand een avond voor lotgenoten.\n")
    item = ingest_file_as(tmp_path, "slapen.txt", text)
    assert item.leaflet.publisher == "Ziekenhuis Amstelland"
    assert [p.text for p in item.passages] == [text.split("\n")[4]]


_PAGE = ("# Slapen na een operatie\n\nZiekenhuis Amstelland, afdeling Chirurgie\n\n## Thuis\n\n"
         "Neem de eerste nacht de pijnstillers zoals afgesproken.\n\n{aside}\n\n## Vragen\n\n"
         "Bel de polikliniek op werkdagen: 020 - 755 70 00.\n")


def test_a_marked_aside_of_links_goes_where_it_stands(tmp_path):
    links = ("<!-- <aside> -->\n## Lees ook\n\n- [Pijnstillers na een operatie](/folders/3)\n"
             "- <a href=\"/folders/4\">Wondverzorging</a>\n<!-- </aside> -->")
    item = ingest_file_as(tmp_path, "slapen.md", _PAGE.format(aside=links))
    assert [(p.headings, p.text) for p in item.passages] == [
        (("Thuis",), "Neem de eerste nacht de pijnstillers zoals afgesproken."),
        (("Vragen",), "Bel de polikliniek op werkdagen: 020 - 755 70 00.")]


def test_a_marked_tip_box_inside_the_text_stays_and_an_unclosed_mark_changes_nothing(tmp_path):
    tip = ("<!-- <aside> -->\n**Tip:** leg een glas water naast uw bed, zodat u 's nachts niet hoeft op te staan.\n"
           "<!-- </aside> -->")
    item = ingest_file_as(tmp_path, "slapen.md", _PAGE.format(aside=tip))
    assert item.passages[0].text.endswith("Tip: leg een glas water naast uw bed, zodat u 's nachts niet hoeft op te staan.")
    unclosed = "<!-- <aside> -->\n## Lees ook\n\n- [Wondverzorging](/folders/4)"
    assert without_marked_asides(_PAGE.format(aside=unclosed)) == _PAGE.format(aside=unclosed)
    plain = _PAGE.format(aside="Slaap met een extra kussen.")
    assert without_marked_asides(plain) == plain


def test_a_marked_aside_after_the_last_words_goes_though_it_says_something():
    text = ("# Slapen\n\nNeem de pijnstillers zoals afgesproken.\n\n<!-- <aside> -->\n"
            "Wij horen graag wat u van deze folder vindt.\n<!-- </aside> -->\n")
    assert without_marked_asides(text) == "# Slapen\n\nNeem de pijnstillers zoals afgesproken.\n\n\n\n\n"
