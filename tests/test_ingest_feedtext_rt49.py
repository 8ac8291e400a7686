"""Red team 49 (2.1, 2.2): a leaflet posted as a feed's series of posts and read back by a feed
reader as text: sfeed's TSV (a post a line, the newest first, `\\n` escapes) and rsstail's
labelled lines (`Link:`, `Description:`, `Pub.date:`)."""

from pathlib import Path

from leaflet_files import ingest_file_as

from ingest.feed_labels import is_rsstail_text, read_rsstail_items
from ingest.feed_page import series_headings
from ingest.feed_tsv import is_sfeed_tsv, read_sfeed_items
from ingest.pipeline import ingest_file

LEAFLETS = Path(__file__).parent / "data" / "redteam49_leaflets"


def _post(stamp: int, title: str, content: str, kind: str = "html") -> str:
    link = f"https://www.ggd.nl/hoofdluis/{stamp}"
    return "\t".join((str(stamp), title, link, content, kind, link, "", "", "")) + "\n"


# Newest first, as sfeed writes it; the content's line breaks escaped.
SFEED = (
    _post(1760400000, "Hoofdluis (3/3): Contact", "<p>Bel de GGD op werkdagen\\ntussen 9 en 12 uur.</p>")
    + _post(1760313600, "Hoofdluis (2/3): Wat kun je doen?",
            "<p>Kam het haar elke dag met een\\nluizenkam, twee weken lang.</p>\\n"
            "<ul>\\n<li>Was de knuffels op 60 graden.</li>\\n<li>Gebruik geen \\\\ middel.</li>\\n</ul>")
    + _post(1760227200, "Hoofdluis (1/3)", "<p>GGD Hollands Midden</p>\\n<p>Laatst bijgewerkt: 12 oktober 2025</p>")
)


def _ingest(tmp_path: Path, text: str, name: str = "feed.txt"):
    return ingest_file_as(tmp_path, name, text)


def _texts(item) -> str:
    return "\n".join(passage.text for passage in item.passages)


def test_sfeed_posts_are_read_oldest_first_under_their_own_titles(tmp_path: Path) -> None:
    item = _ingest(tmp_path, SFEED)
    assert item.leaflet.title == "Hoofdluis"
    assert [passage.headings[-1] for passage in item.passages] == ["Wat kun je doen?", "Contact"]
    assert "Kam het haar elke dag met een luizenkam, twee weken lang." in item.passages[0].text
    assert "Was de knuffels op 60 graden." in item.passages[0].text
    assert "Gebruik geen \\ middel." in item.passages[0].text  # sfeed's "\\\\" is one backslash
    texts = _texts(item)
    for field in ("\\n", "1760", "https://", "html"):
        assert field not in texts


def test_sfeed_is_dated_by_its_text_else_by_its_newest_post(tmp_path: Path) -> None:
    assert _ingest(tmp_path, SFEED).leaflet.updated == "2025-10-12"
    undated = SFEED.replace("Laatst bijgewerkt: 12 oktober 2025", "Voor ouders")
    assert _ingest(tmp_path, undated, "undated.txt").leaflet.updated == "2025-10-14"


def test_sfeed_plain_content_is_text_and_titles_without_a_series_keep_the_first_as_title(tmp_path: Path) -> None:
    feed = (_post(1760313600, "Wat kun je doen?", "Kam het haar elke dag.\\n\\nWas de knuffels.", "plain")
            + _post(1760227200, "Hoofdluis bij kinderen", "GGD Hollands Midden", "plain"))
    item = _ingest(tmp_path, feed)
    assert item.leaflet.title == "Hoofdluis bij kinderen"
    assert item.passages[-1].headings[-1] == "Wat kun je doen?"
    assert "Kam het haar elke dag." in _texts(item) and "\\n" not in _texts(item)


def test_sfeed_is_told_by_its_fields_alone() -> None:
    assert is_sfeed_tsv(SFEED)
    assert [item.title for item in read_sfeed_items(SFEED)][0] == "Hoofdluis (1/3)"
    assert not is_sfeed_tsv("Klacht\tWat te doen\tWanneer bellen\nJeuk\tKammen\tNa twee weken\n")
    assert not is_sfeed_tsv("2025\tJaarverslag\thttps://x.nl\t<p>Tekst</p>\thtml\n")  # no timestamp
    assert not is_sfeed_tsv("1760227200\tTitel\thttps://x.nl\t<p>Tekst</p>\tmarkdown\n")  # no content type


def test_a_series_name_ends_at_a_separator_or_a_whole_title() -> None:
    assert series_headings(["Potje (2/3): Wanneer?", "Potje (3/3): Waarom?"]) == ("Potje", ["Wanneer?", "Waarom?"])
    assert series_headings(["Potje – Wanneer?", "Potje – Waarom?", "Potje"]) == ("Potje", ["Wanneer?", "Waarom?", ""])
    assert series_headings(["Potjes kopen", "Potje"]) is None
    assert series_headings(["Wanneer?", "Waarom?"]) is None
    assert series_headings(["Alleen"]) is None


def _item(number: int, description: str, title: str = "") -> str:
    lines = [f"Title: {title}"] if title else []
    return "\n" + "\n".join([*lines, f"Link: https://mastodon.nl/@oog/{number}", f"Description: {description}",
                            f"Pub.date: Tue, 0{number} Dec 2025 10:00:00 +0000"]) + "\n"


# rsstail -d -l -p -H: the toots' HTML taken out, newest first here (no -r)
RSSTAIL = (_item(3, "Bel de praktijk op werkdagen tussen 9 en 12 uur. Neem de verwijzing mee.")
           + _item(2, "Plak de pleister direct op de huid, niet op de bril. Kies samen een leuke pleister uit &amp; beloon.")
           + _item(1, "Bij scheelzien kijken de ogen niet dezelfde kant op. Laat het onderzoeken."))


def test_rsstail_posts_lose_their_labels_links_and_dates(tmp_path: Path) -> None:
    item = _ingest(tmp_path, RSSTAIL)
    texts = _texts(item)
    for label in ("Link:", "Description:", "Pub.date:", "https://", "+0000"):
        assert label not in texts
    assert texts.index("Bij scheelzien") < texts.index("Plak de pleister") < texts.index("Bel de praktijk")
    assert "leuke pleister uit & beloon." in texts  # a character reference -H left is read
    assert item.leaflet.updated == "2025-12-03"


def test_rsstail_titles_are_headings_and_html_descriptions_are_read_as_html() -> None:
    text = (_item(1, "<p>Oogpraktijk Deventer</p>", "Scheelzien bij kinderen")
            + _item(2, "<p>Bij scheelzien kijken de ogen</p>\n<p>niet dezelfde kant op.</p>", "Wat is scheelzien?"))
    assert is_rsstail_text(text)
    items = read_rsstail_items(text)
    assert [item.title for item in items] == ["Scheelzien bij kinderen", "Wat is scheelzien?"]
    assert items[1].content_html == "<p>Bij scheelzien kijken de ogen</p>\n<p>niet dezelfde kant op.</p>"


def test_rsstail_is_told_by_its_run_of_labelled_posts() -> None:
    assert is_rsstail_text(RSSTAIL)
    assert not is_rsstail_text("Hoofdluis\n\nLink: https://ggd.nl/luis\nDescription: meer informatie\n")
    assert not is_rsstail_text("Title: Formulier\nAuthor: Jansen\n\nKlachten en vragen kunt u hier melden.\n")
    assert not is_rsstail_text(_item(1, "Eén bericht."))  # one post: a text that shows two labels


def test_redteam49_sfeed_leaflet_reads_as_its_series(tmp_path: Path) -> None:
    item = ingest_file(LEAFLETS / "zindelijkheid.txt", root=LEAFLETS)
    assert item.leaflet.title == "Zindelijk worden: je peuter leren plassen op het potje"
    assert item.passages[0].headings[-1] == "Wanneer is je kind er klaar voor?"
    assert item.passages[-1].headings[-1] == "Contact"
    assert "de geboorte van een broertje of zusje" in _texts(item)


def test_redteam49_rsstail_leaflet_has_no_labels(tmp_path: Path) -> None:
    item = ingest_file(LEAFLETS / "scheelzien-kind.txt", root=LEAFLETS)
    texts = _texts(item)
    assert "Link:" not in texts and "Pub.date:" not in texts and "Description:" not in texts
    assert "Je hebt een verwijzing nodig van de huisarts of het consultatiebureau." in texts
