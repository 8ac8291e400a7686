"""Session 52, what red team 54 left: a waiting-room screen's ticker went into the contact
passage; a poster's numbered column heads stayed glued to their first sentence, and a
sentence that runs from one column into the next stayed split."""

from pathlib import Path

from ingest.pipeline import ingest_leaflets
from ingest.screen_widgets import without_screen_widgets

LEAFLETS = Path(__file__).parent / "data" / "redteam54_leaflets"
SCREEN_TOP = ("Gezondheidscentrum De Boomgaard08:00Nieuwegein 7°C bewolkt\n\n"
              "Antibiotica: niet altijd nodig\n\nAntibiotica werken alleen tegen bacteriën.\n\nContact\n"
              "Bel de praktijk op werkdagen.\n")
TICKER = ("Griepprik 2026: kijk op de website voor de data · Apotheek vanaf 1 april op zaterdag open "
          "tot 13.00 uur · Vergeet uw verzekeringspas niet")


def _all_text(path: Path) -> str:
    [item] = ingest_leaflets(path, root=path.parent)
    return "\n".join(passage.text for passage in item.passages)


def test_the_waiting_room_ticker_is_no_contact_text():
    text = _all_text(LEAFLETS / "antibiotica.txt")
    assert "Griepprik 2026" not in text and "verzekeringspas" not in text
    assert "Scan de QR-code om deze informatie mee naar huis te nemen." in text
    assert "Bij spoed buiten kantooruren: Huisartsenpost 0900 450 12 12." in text


def test_tickers_with_other_separators_go():
    for separator in ("+++", "|", "•"):
        ticker = TICKER.replace("·", separator)
        lines = without_screen_widgets(f"{SCREEN_TOP}{ticker}\nDit scherm heeft JavaScript nodig.\n").split("\n")
        assert ticker not in lines, separator
        assert "Bel de praktijk op werkdagen." in lines


def test_a_screen_s_contact_fields_and_a_mid_page_list_stay():
    fields = "Appelgaard 2 · 3436 CK Nieuwegein · 030 604 22 10 · info@boomgaard.nl"
    text = f"{SCREEN_TOP}{fields}\n"
    assert without_screen_widgets(text) == text.replace("08:00Nieuwegein 7°C bewolkt", "")
    early = SCREEN_TOP.replace("Contact\n", f"{TICKER}\n\nContact\n") + "Bel ons.\nTot ziens.\nDank u.\nDoei.\n"
    assert TICKER in without_screen_widgets(early).split("\n")


def test_a_leaflet_s_last_line_of_items_stays(tmp_path):
    path = tmp_path / "apotheek.txt"
    path.write_text("Openingstijden apotheek\n\nDe apotheek is elke werkdag open van 8.00 tot 17.30 uur.\n\n"
                    f"{TICKER}\n", encoding="utf-8")
    assert TICKER in _all_text(path)
