"""PDF findings of red-team 3, each on a generated PDF: a two-column table read as two
text columns, AES-encrypted PDFs, and headings set in the left margin."""

from __future__ import annotations

import io

import pypdf
import pytest
from pdf_factory import Line, Placed, make_pdf, two_columns

from ingest.clean import clean
from ingest.document import IngestError
from ingest.pdf import load_pdf, read_pdf
from ingest.pipeline import ingest_file
from leaflets.pages.strings import plain_cause

STOP_DAYS = [
    ("Medicijn", "Wanneer stoppen?"),
    ("Warfarine (Coumadin)", "5 dagen voor de ingreep"),
    ("Edoxaban (Lixiana)", "2 dagen voor de ingreep"),
    ("Ticagrelor (Brilique)", "7 dagen voor de ingreep"),
    ("Carbasalaatcalcium (Ascal)", "niet stoppen"),
    ("Prasugrel (Efient)", "7 dagen voor de ingreep"),
]


def _table(rows: list[tuple[str, str]], right_x: float, *, bold_header: bool = True,
           continued: dict[int, str] | None = None) -> list[Placed]:
    """A two-column table drawn row by row, as Word draws it; `continued` wraps a right cell."""
    page = [Placed("Bloedverdunners en uw ingreep", 56, 800, 18, True),
            Placed("Wanneer stopt u met uw bloedverdunner?", 56, 775, 13, True)]
    y = 750.0
    for number, (left, right) in enumerate(rows):
        header = bold_header and number == 0
        page += [Placed(left, 56, y, 11, header), Placed(right, right_x, y, 11, header)]
        if continued and number in continued:
            y -= 13
            page.append(Placed(continued[number], right_x, y, 11))
        y -= 18
    return page


def _passage_lines(pdf: bytes, tmp_path, name: str = "tabel.pdf") -> list[tuple[tuple[str, ...], list[str]]]:
    path = tmp_path / name
    path.write_bytes(pdf)
    return [(p.headings, [line for line in p.text.split("\n") if line]) for p in ingest_file(path).passages]


# ---------------------------------------------------------------- finding 1: two-column tables


def test_two_column_table_is_read_row_by_row(tmp_path):
    passages = _passage_lines(make_pdf([_table(STOP_DAYS, 300)]), tmp_path)
    assert passages == [(("Wanneer stopt u met uw bloedverdunner?",),
                         [f"{left} {right}" for left, right in STOP_DAYS])]


def test_contact_list_keeps_each_number_beside_its_department(tmp_path):
    rows = [("Koorts boven 38 graden (dag en nacht)", "030 - 250 10 10"),
            ("Polikliniek Hematologie (werkdagen)", "030 - 250 23 45"),
            ("Verpleegkundig specialist", "030 - 250 23 46"),
            ("Apotheek", "030 - 250 31 00"),
            ("Spoedeisende Hulp", "030 - 250 99 99")]
    text = clean(load_pdf(make_pdf([_table(rows, 330, bold_header=False)]), "telefoon.pdf")).text
    for department, number in rows:
        assert f"{department} {number}" in text


def test_a_wrapped_cell_goes_on_in_its_row(tmp_path):
    pdf = make_pdf([_table(STOP_DAYS, 300, continued={4: "tenzij uw arts iets anders zegt"})])
    lines = _passage_lines(pdf, tmp_path)[0][1]
    assert "Carbasalaatcalcium (Ascal) niet stoppen tenzij uw arts iets anders zegt" in lines
    assert "Prasugrel (Efient) 7 dagen voor de ingreep" in lines


def test_text_columns_on_shared_baselines_are_still_read_column_by_column():
    left = ["Na de ingreep blijft u nog een uur op de", "afdeling. De verpleegkundige meet uw",
            "bloeddruk en kijkt of de wond niet", "nabloedt. Daarna mag u naar huis."]
    right = ["Thuis mag u de eerste dag niet zelf", "autorijden. Neem iemand mee die u",
             "naar huis brengt en die de eerste", "nacht bij u blijft."]
    text = clean(load_pdf(make_pdf([two_columns(left, right)]), "kolommen.pdf")).text
    assert " ".join(left) in text and " ".join(right) in text


def test_a_list_set_in_two_columns_stays_two_lists():
    left = ["• uw medicijnen in de doosjes", "• uw verzekeringspas", "• een pyjama of nachthemd"]
    right = ["• pantoffels en een badjas", "• iets om te lezen", "• de oplader van uw telefoon"]
    text = clean(load_pdf(make_pdf([two_columns(left, right)]), "lijst.pdf")).text
    assert all("\n".join(column) in text for column in (left, right))


# ---------------------------------------------------------------- finding 2: encrypted PDFs

LEAFLET = make_pdf([[Line("Leverbiopsie", 18, True),
                     Line("Na de biopsie blijft u vier uur in bed liggen.", gap=9)]])


def _encrypted(algorithm: str, password: str = "") -> bytes:
    """The leaflet secured as "restrict editing" does (an owner password only), or with a
    password to open."""
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(LEAFLET)))
    writer.encrypt(user_password=password, owner_password="eigenaar", algorithm=algorithm,
                   permissions_flag=0b100)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _without_cryptography(monkeypatch) -> None:
    """pypdf as it is installed without the `cryptography` package: AES raises DependencyError.
    (pypdf's private modules: imported here, so a pypdf that moves them skips these tests
    instead of breaking the whole file.)"""
    _encryption = pytest.importorskip("pypdf._encryption")
    _fallback = pytest.importorskip("pypdf._crypt_providers._fallback")
    for name in ("CryptAES", "aes_cbc_decrypt", "aes_cbc_encrypt", "aes_ecb_decrypt", "aes_ecb_encrypt"):
        monkeypatch.setattr(_encryption, name, getattr(_fallback, name))


@pytest.mark.parametrize("algorithm", ["AES-128", "AES-256", "RC4-128"])
def test_pdf_secured_without_a_password_to_open_is_read(algorithm):
    source = load_pdf(_encrypted(algorithm), "beveiligd.pdf")
    assert "Na de biopsie blijft u vier uur in bed liggen." in source.text


@pytest.mark.parametrize("algorithm", ["AES-128", "AES-256", "RC4-128"])
def test_pdf_that_needs_a_password_says_so(tmp_path, algorithm):
    path = tmp_path / "met-wachtwoord.pdf"
    path.write_bytes(_encrypted(algorithm, password="geheim"))
    with pytest.raises(IngestError, match="password-protected") as caught:
        ingest_file(path)
    assert caught.value.path == str(path) and "met-wachtwoord.pdf" in str(caught.value)
    assert "wachtwoord" in plain_cause("nl", caught.value.cause)  # the upload page's Dutch


@pytest.mark.parametrize("algorithm", ["AES-128", "AES-256"])
def test_aes_without_the_cryptography_package_names_it_not_damage(monkeypatch, algorithm):
    data = _encrypted(algorithm)
    _without_cryptography(monkeypatch)
    with pytest.raises(IngestError, match="cryptography") as caught:
        load_pdf(data, "beveiligd.pdf")
    assert caught.value.path == "beveiligd.pdf"
    assert "damaged" not in str(caught.value) and "corrupt" not in str(caught.value)
    assert "wachtwoord" not in plain_cause("nl", caught.value.cause)  # no password is asked for


# ---------------------------------------------------------------- finding 8: margin headings


def _margin_page(sections: list[tuple[str, list[str]]], *, leading: float = 14) -> list[Placed]:
    """Bold side headings at the margin, each on the baseline of its section's first line."""
    page, y = [Placed("Thuis met een maagsonde", 56, 790, 18, True)], 750.0
    for heading, lines in sections:
        page.append(Placed(heading, 56, y, 11, True))
        for number, line in enumerate(lines):
            page.append(Placed(line, 180, y - number * leading, 11))
        y -= leading * len(lines) + 20
    return page


def test_headings_in_the_margin_head_their_own_sections(tmp_path):
    sections = [
        ("Wat is het?", ["Een maagsonde is een dun slangetje dat via uw neus", "naar uw maag loopt."]),
        ("Verzorging", ["Spoel de sonde na elke voeding door met 20 ml",
                        "water. Verwissel de pleister elke dag."]),
        ("Wanneer belt u?", ["Bel de afdeling als de sonde verstopt raakt of als",
                             "u moet hoesten tijdens de voeding."]),
    ]
    passages = _passage_lines(make_pdf([_margin_page(sections)]), tmp_path, "sonde.pdf")
    assert passages == [((heading,), [" ".join(lines)]) for heading, lines in sections]


def test_a_bold_first_column_of_a_table_stays_in_its_rows(tmp_path):
    days = ["Maandag", "Dinsdag", "Woensdag", "Donderdag", "Vrijdag"]
    page = [Placed("Schema", 56, 790, 18, True)]
    for number, day in enumerate(days):
        page += [Placed(day, 56, 750 - 30 * number, 11, True),
                 Placed(f"{40 - 5 * number} mg prednison bij het ontbijt", 150, 750 - 30 * number, 11)]
    page.append(Placed("met een glas water", 150, 750 - 30 * 4 - 14, 11))
    passages = _passage_lines(make_pdf([page]), tmp_path, "schema.pdf")
    assert not any(day in heading for headings, _ in passages for heading in headings for day in days)
    lines = [" ".join(line.text.split()) for line in read_pdf(make_pdf([page]), "schema.pdf").pages[0]]
    # one row, not a heading beside a line; the line under its second cell is that cell's wrap
    # (a two-cell table's last row keeps its wrapped line since red team 41)
    assert "Vrijdag 20 mg prednison bij het ontbijt met een glas water" in lines


def test_two_blocks_alike_side_by_side_stay_columns(tmp_path):
    # Two addresses side by side pair up line by line like a table's rows, but their lines
    # begin alike ("Locatie …", "Telefoon …"): read as a table, each number would sit
    # beside the other location's
    left = ["Locatie Arnhem", "Wagnerlaan 55", "6815 AD Arnhem", "Telefoon 088 005 88 88"]
    right = ["Locatie Velp", "Daalhuizerweg 1", "6883 AZ Velp", "Telefoon 088 005 77 77"]
    page = [Placed("Nierbiopsie", 56, 800, 18, True), Placed("Adressen", 56, 775, 13, True),
            *two_columns(left, right)]
    lines = [" ".join(line.text.split()) for line in read_pdf(make_pdf([page]), "adressen.pdf").pages[0]]
    assert lines[lines.index("Locatie Arnhem"):lines.index("Locatie Arnhem") + 4] == left


def test_a_table_whose_cells_all_wrap_keeps_its_day_labels_in_their_rows(tmp_path):
    days = ["Maandag", "Dinsdag", "Woensdag", "Donderdag", "Vrijdag"]
    page = [Placed("Schema", 56, 790, 18, True)]
    for number, day in enumerate(days):
        page += [Placed(day, 56, 750 - 30 * number, 11, True),
                 Placed(f"{40 - 5 * number} mg prednison bij het ontbijt", 150, 750 - 30 * number, 11),
                 Placed("met een glas water", 150, 750 - 30 * number - 14, 11)]
    passages = _passage_lines(make_pdf([page]), tmp_path, "schema.pdf")
    assert not any(day in heading for headings, _ in passages for heading in headings for day in days)
