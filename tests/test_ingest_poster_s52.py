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


def _columns(*columns: list[str], width: int = 64) -> str:
    """Text set in columns side by side as `pdftotext -layout` prints it."""
    rows = max(map(len, columns))
    lines = ["".join(f"{(column[row] if row < len(column) else ''):<{width}}" for column in columns).rstrip()
             for row in range(rows)]
    return "Griep\n\n" + "\n".join(lines) + "\n"


def _ingest_text(tmp_path: Path, text: str) -> list[tuple[tuple[str, ...], str]]:
    path = tmp_path / "poster.txt"
    path.write_text(text, encoding="utf-8")
    return _ingest_text_path(path)


def _ingest_text_path(path: Path) -> list[tuple[tuple[str, ...], str]]:
    [item] = ingest_leaflets(path, root=path.parent)
    return [(tuple(passage.headings), passage.text) for passage in item.passages]


LEFT = ["0.1    Wat is griep?",
        "Griep is een infectie met een virus dat de neus, de keel",
        "en de longen aantast. U wordt plotseling ziek met hoge",
        "koorts en spierpijn, en u voelt zich de eerste dagen erg",
        "moe. Ook hoofdpijn en een droge hoest komen vaak voor.",
        "0.2    Hoe lang duurt het?",
        "De koorts zakt meestal na drie dagen vanzelf, maar het",
        "hoesten en de moeheid duren vaak nog een week of langer."]
MIDDLE = ["0.3    Wat kunt u zelf doen?",
          "Rust veel en drink genoeg water of thee, ook als u weinig",
          "trek heeft in eten. Neem paracetamol als u pijn heeft of",
          "als de koorts u erg hindert bij het slapen. Blijf thuis",
          "zolang u nog koorts heeft en hoest in uw elleboog, niet",
          "in uw hand. Was uw handen vaak met water en zeep."]
RIGHT = ["0.4    Wanneer belt u de huisarts?",
         "Bel de praktijk als u benauwd wordt, als de koorts na vijf",
         "dagen niet zakt of als u suf wordt en niet meer goed",
         "drinkt. Ouderen en zwangeren bellen eerder, want zij",
         "worden vaker erg ziek van de griep en de longen raken",
         "soms ontstoken. Bel bij twijfel gewoon de praktijk op."]


def test_the_poster_s_column_heads_are_headings():
    passages = _ingest_text_path(LEAFLETS / "verkoudheid.txt")
    assert [headings for headings, _ in passages] == [
        ("Wat is verkoudheid?",), ("Klachten",), ("Hoe lang duurt het?",), ("Wat kunt u zelf doen?",),
        ("Niet verspreiden",), ("Wanneer belt u de huisarts?",), ("Contact",)]
    bodies = dict(passages)
    assert bodies[("Wat kunt u zelf doen?",)].startswith("Verkoudheid gaat vanzelf over. Er is geen medicijn")
    assert bodies[("Wanneer belt u de huisarts?",)].startswith("Bel de praktijk als:")
    assert not any(body.startswith("0.") or " 0.4 " in body for body in bodies.values())


def test_numbered_heads_that_open_columns_are_headings(tmp_path):
    passages = _ingest_text(tmp_path, _columns(LEFT, MIDDLE, RIGHT))
    assert [headings for headings, _ in passages] == [
        ("Wat is griep?",), ("Hoe lang duurt het?",), ("Wat kunt u zelf doen?",), ("Wanneer belt u de huisarts?",)]
    assert passages[2][1].startswith("Rust veel en drink genoeg water of thee, ook als u weinig trek")


def test_an_author_s_own_numbers_stay_and_numbered_lines_out_of_order_are_no_heads(tmp_path):
    renumbered = [[line.replace("0.", "1.", 1) if line.startswith("0.") else line for line in column]
                  for column in (LEFT, MIDDLE, RIGHT)]
    headings = [headings for headings, _ in _ingest_text(tmp_path, _columns(*renumbered))]
    assert ("1.3 Wat kunt u zelf doen?",) in headings
    scattered = [[line.replace("0.3", "0.7", 1).replace("0.2", "0.9", 1) for line in column]
                 for column in (LEFT, MIDDLE, RIGHT)]
    text = "\n".join(body for _, body in _ingest_text(tmp_path, _columns(*scattered)))
    assert "0.7 Wat kunt u zelf doen? Rust veel" in text


def _run_on_columns(left_end: str, middle_start: str) -> str:
    """LEFT, its last line `left_end`; MIDDLE under a first line `middle_start` (its head below it)."""
    return _columns([*LEFT[:-1], left_end], [middle_start, *MIDDLE], RIGHT)


def test_a_sentence_runs_on_from_one_column_into_the_next(tmp_path):
    passages = _ingest_text(tmp_path, _run_on_columns("hoesten en de moeheid duren vaak nog een week of",
                                                      "langer dan de koorts zelf."))
    bodies = dict(passages)
    assert bodies[("Hoe lang duurt het?",)] == ("De koorts zakt meestal na drie dagen vanzelf, maar het hoesten "
                                                "en de moeheid duren vaak nog een week of langer dan de koorts zelf.")
    assert bodies[("Wat kunt u zelf doen?",)].startswith("Rust veel")
    hyphenated = dict(_ingest_text(tmp_path, _run_on_columns("hoesten en de moeheid duren vaak nog een week of lan-",
                                                             "ger dan de koorts zelf.")))
    assert hyphenated[("Hoe lang duurt het?",)].endswith(" een week of langer dan de koorts zelf.")


def test_a_column_that_ends_its_sentence_or_its_lead_stays_apart(tmp_path):
    for left_end, middle_start in (("hoesten duurt vaak nog een week of langer.", "vaak is de eetlust dan al terug."),
                                   ("hoesten duurt vaak nog een week. Let op:", "koorts na een week is niet normaal."),
                                   ("hoesten duurt vaak nog een week of langer", "Koorts na een week is niet normaal.")):
        text = "\n".join(body for _, body in _ingest_text(tmp_path, _run_on_columns(left_end, middle_start)))
        assert f"{left_end} {middle_start}" not in text, left_end
        assert middle_start in text
