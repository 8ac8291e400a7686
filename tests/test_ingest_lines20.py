"""Line breaks the seventh red team left: a wrapped PDF line that ends in ":" mid-sentence,
and plain text typed a paragraph to a line, where every line break is the author's (contact
lines stay apart) except a stray break inside an unfinished sentence."""

from __future__ import annotations

from pdf_factory import Line, make_pdf

from ingest.pipeline import ingest_file

INTRO = [
    Line("Een nieuwe knie", 20, True),
    Line("Waarom deze operatie?", 13.5, True, gap=12),
    Line("Bij artrose is het kraakbeen in de knie versleten. De knie doet pijn en wordt stijf.", gap=6),
    "Als oefeningen, pijnstillers en een aangepaste leefstijl niet meer genoeg helpen, kan de",
    "orthopedisch chirurg de knie vervangen door een kunstknie van metaal en kunststof. Na de",
    "operatie oefent u elke dag met de fysiotherapeut, eerst in het ziekenhuis en later thuis.",
]
WRAPPED = [
    *INTRO,
    Line("Trombose voorkomen", 13.5, True, gap=12),
    Line("Na een knieoperatie is de kans op een bloedprop groter. U krijgt daarom 5 weken", gap=6),
    "lang een bloedverdunner. De verpleegkundige leert u de prik zelf te geven. Blijf bewegen:",
    "wiebel met uw voeten en loop elk uur een stukje.",
]
LIST = [
    *INTRO,
    Line("Wanneer belt u?", 13.5, True, gap=12),
    Line("Neem direct contact op met de afdeling als u na de operatie een van deze klachten heeft:", gap=6),
    "koorts boven 38,5 graden",
    "een rode, warme wond",
]


def _passages(tmp_path, name: str, data: bytes | str) -> dict[tuple[str, ...], str]:
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return {p.headings: p.text for p in ingest_file(path).passages}


def test_a_full_line_ending_in_a_colon_wraps_into_the_rest_of_its_sentence(tmp_path):
    text = _passages(tmp_path, "knie.pdf", make_pdf([WRAPPED]))[("Trombose voorkomen",)]
    assert "Blijf bewegen: wiebel met uw voeten en loop elk uur een stukje." in text


def test_a_colon_before_short_unmarked_items_still_introduces_them(tmp_path):
    text = _passages(tmp_path, "bellen.pdf", make_pdf([LIST]))[("Wanneer belt u?",)]
    assert "klachten heeft:\n" in text
    assert "klachten heeft: koorts" not in text


PARAGRAPH = ("Bel direct als u koorts boven de 38,5 graden heeft samen met pijn in de flank, als u niet "
             "meer kunt plassen, of als de pijn niet minder wordt met de pijnstillers.")
CONTACT = ("Contact\n\n"
           "Polikliniek Urologie: 0412 - 62 84 00 (werkdagen 8.30 - 17.00 uur)\n"
           "Buiten kantoortijden: Spoedeisende Hulp 0412 - 62 81 81\n")


OTHER = f"Zo voorkomt u nieuwe stenen\n\n{PARAGRAPH}\n{PARAGRAPH}\n{PARAGRAPH}\n\n"


def test_lines_of_a_text_typed_a_paragraph_to_a_line_stay_apart(tmp_path):
    text = f"Nierstenen\n\nWanneer moet u bellen?\n\n{PARAGRAPH}\n{PARAGRAPH}\n\n{CONTACT}"
    passages = _passages(tmp_path, "nierstenen.txt", text)
    assert passages[("Contact",)] == ("Polikliniek Urologie: 0412 - 62 84 00 (werkdagen 8.30 - 17.00 uur)\n\n"
                                      "Buiten kantoortijden: Spoedeisende Hulp 0412 - 62 81 81")
    assert passages[("Wanneer moet u bellen?",)] == f"{PARAGRAPH}\n\n{PARAGRAPH}"


def test_a_stray_break_inside_a_sentence_of_such_a_text_is_joined(tmp_path):
    broken = PARAGRAPH.replace(" of als de pijn", "\nof als de pijn")
    text = f"Nierstenen\n\nWanneer moet u bellen?\n\n{broken}\n{PARAGRAPH}\n\n{OTHER}{CONTACT}"
    assert _passages(tmp_path, "nierstenen.txt", text)[("Wanneer moet u bellen?",)] == f"{PARAGRAPH}\n\n{PARAGRAPH}"


def test_hard_wrapped_text_still_joins_its_lines(tmp_path):
    wrapped = ("Wanneer moet u bellen?\n\nBel direct als u koorts boven de 38,5 graden heeft samen met\n"
               "pijn in de flank, als u niet meer kunt plassen, of als de pijn niet\n"
               "minder wordt met de pijnstillers.\n")
    assert _passages(tmp_path, "kort.txt", f"Nierstenen\n\n{wrapped}")[("Wanneer moet u bellen?",)] == PARAGRAPH


# ---------------------------------------------------------------- red team 8: contact lines

CONTACT_PDF = [
    *INTRO,
    Line("Contact", 13.5, True, gap=12),
    Line("Afdeling Cardiologie, Rijnland Hartcentrum", gap=6),
    "Maandag tot en met vrijdag van 8.30 tot 16.30 uur: 071 582 44 10",
    "Buiten kantoortijden en in het weekend: Spoedeisende Hulp, 071 582 40 00",
]


def test_contact_lines_of_a_pdf_that_end_well_before_the_margin_stay_apart(tmp_path):
    text = _passages(tmp_path, "pacemaker.pdf", make_pdf([CONTACT_PDF]))[("Contact",)]
    assert "071 582 44 10\n\nBuiten kantoortijden" in text


def test_contact_lines_of_hard_wrapped_text_that_end_well_before_the_margin_stay_apart(tmp_path):
    text = ("Liesbreukoperatie\n\nCONTROLE\n\nNa ongeveer 6 weken belt de physician assistant u voor een\n"
            "telefonische controle. Heeft u eerder vragen, dan kunt u altijd bellen met\n"
            "de polikliniek; bij spoed belt u de afdeling waar u bent geopereerd. Komt u\n"
            "niet naar de controle, dan maken wij graag samen met u een nieuwe afspraak\n"
            "op een dag en een tijd die u beter uitkomen; bel daarvoor de polikliniek.\n\nCONTACT\n\n"
            "Telefoon 0182 50 50 50, keuze 3 (werkdagen 8.30 - 16.30 uur)\n"
            "Buiten kantoortijden: Spoedeisende Hulp, 0182 50 50 60\n")
    assert _passages(tmp_path, "lies.txt", text)[("CONTACT",)] == (
        "Telefoon 0182 50 50 50, keuze 3 (werkdagen 8.30 - 16.30 uur)\n\n"
        "Buiten kantoortijden: Spoedeisende Hulp, 0182 50 50 60")


def test_a_wrapped_line_that_nearly_fills_the_margin_still_joins(tmp_path):
    text = ("Raynaud\n\nWat is het?\n\n"
            "Fenomeen van Raynaud: verkramping van de kleine bloedvaten van vingers en tenen, waardoor er \n"
            "minder bloed doorheen stroomt. De vingers en tenen verkleuren dan en gaan pijn doen of tintelen. \n"
            "De verkramping kan uitgelokt of verergerd worden door kou of als een reactie op spanning. Door een \n"
            "slechte doorbloeding ontstaan er soms spontaan zweertjes op je vingers die moeilijk genezen. Het \n"
            "Raynaud fenomeen is vaak het eerste symptoom van de ziekte.\n")
    assert "tintelen. De verkramping" in _passages(tmp_path, "raynaud.txt", text)[("Wat is het?",)]


# ---------------------------------------------------------------- red team 8: narrow columns

NARROW = [
    Line("MRI-onderzoek", 20, True),
    Line("Wat is een MRI?", 13.5, True, gap=12),
    Line("U heeft een afspraak voor een MRI-", gap=6),
    "onderzoek. MRI staat voor Magnetic",
    "Resonance Imaging. Met een sterke magneet",
    "en radiogolven worden gedetailleerde",
    "beelden van de binnenkant van uw lichaam",
    "gemaakt. Meld vooraf of u een van deze",
    "implantaten heeft: een pacemaker, een",
    "neurostimulator of een cochleair implantaat",
    "(gehoorimplantaat), of metaalsplinters.",
    Line("Vragen", 13.5, True, gap=12),
    Line("Afdeling Radiologie, locatie Zuid", gap=6),
    "Telefoon: 020 566 31 70 (werkdagen 8.00 –",
    "17.00 uur)",
]


def test_lines_of_a_narrow_column_that_reach_its_margin_wrap(tmp_path):
    passages = _passages(tmp_path, "mri.pdf", make_pdf([NARROW]))
    text = passages[("Wat is een MRI?",)]
    assert "MRI staat voor Magnetic Resonance Imaging." in text
    assert "cochleair implantaat (gehoorimplantaat), of metaalsplinters." in text
    assert passages[("Vragen",)] == ("Afdeling Radiologie, locatie Zuid\n\n"
                                     "Telefoon: 020 566 31 70 (werkdagen 8.00 – 17.00 uur)")


# ---------------------------------------------------------------- review: what must stay joined

def test_a_few_long_lines_do_not_make_wrapped_text_unwrapped(tmp_path):
    text = ("Nierstenen\n\nWat kunt u doen?\n\n"
            "Drink elke dag minstens 2 liter water. Neem contact op met de afdeling\n"
            "Urologie van het Maasziekenhuis als de pijn na 3 dagen niet minder is of\n"
            "U koorts krijgt. U kunt ook bellen met de polikliniek op telefoonnummer\n"
            "0412 62 84 00 tussen 8.30 en 17.00 uur. Meer informatie vindt u op\n"
            "https://www.maasziekenhuis.nl/patienten/folders/urologie/nierstenen-voorkomen-en-behandelen-na-uw-bezoek\n"
            "https://www.thuisarts.nl/nierstenen/ik-heb-een-niersteen-of-heb-ik-nierstenen-gehad-wat-kan-ik-zelf-doen\n")
    text = _passages(tmp_path, "wrapped.txt", text)[("Wat kunt u doen?",)]
    assert "de afdeling Urologie van het Maasziekenhuis als de pijn na 3 dagen niet minder is of U koorts" in text


def test_a_wrap_marked_by_a_trailing_space_joins_before_a_capital(tmp_path):
    text = ("Raynaud\n\nWat is het?\n\n"
            "Fenomeen van Raynaud: verkramping van de kleine bloedvaten van vingers en tenen, waardoor er \n"
            "minder bloed doorheen stroomt. De vingers en tenen verkleuren dan en gaan pijn doen of tintelen. \n"
            "Het fenomeen is vaak het eerste symptoom van de ziekte; de arts \n"
            "SSc-specialist bekijkt dan uw nagelriem met een microscoop. \n")
    assert "de ziekte; de arts SSc-specialist bekijkt" in _passages(tmp_path, "r.txt", text)[("Wat is het?",)]


def test_a_narrow_paragraph_beside_a_picture_stays_whole(tmp_path):
    narrow = [*INTRO,
              Line("Na de implantatie", 13.5, True, gap=12),
              Line("Na de ingreep blijft u een nacht op de afdeling", gap=6),
              "Cardiologie. De volgende ochtend controleert de",
              "technicus of de pacemaker goed werkt. Binnen",
              "6 weken komt u terug op de polikliniek."]
    assert _passages(tmp_path, "pm.pdf", make_pdf([narrow]))[("Na de implantatie",)] == (
        "Na de ingreep blijft u een nacht op de afdeling Cardiologie. De volgende ochtend controleert "
        "de technicus of de pacemaker goed werkt. Binnen 6 weken komt u terug op de polikliniek.")


# ---------------------------------------------------------------- red team 25: trafilatura's text

SPREAD = ("Het virus zit in speeksel, in het vocht uit de blaasjes en in de ontlasting. Kinderen "
          "steken elkaar aan via handen, speelgoed en hoesten of niezen, ook als ze al beter zijn.")


def test_headings_of_a_text_a_paragraph_to_a_line_with_many_items_stand_apart(tmp_path):
    """trafilatura writes a paragraph to a line, no blank lines, and items short: the items
    made the long lines too few to tell, every line ran on, and "Klachten" ended a paragraph."""
    items = "".join(f"- {word} in de mond, op de tong en het tandvlees;\n"
                    for word in ("pijnlijke blaasjes", "zweertjes", "rode vlekjes", "kleine plekjes",
                                 "witte plekjes", "kleine wondjes", "veel speeksel", "een branderig gevoel"))
    text = (f"Hand-voet-mondziekte\nWat is het?\n{PARAGRAPH}\nKlachten\n"
            f"Uw kind krijgt eerst wat koorts, een zere keel en weinig trek. Daarna ziet u:\n{items}"
            f"{PARAGRAPH}\nHoe krijgt je kind het?\n{SPREAD}\nWat kunt u doen?\n{SPREAD}\n")
    passages = _passages(tmp_path, "hvm.txt", text)
    assert passages[("Klachten",)].startswith("Uw kind krijgt eerst wat koorts")
    assert passages[("Wat is het?",)] == PARAGRAPH
    assert passages[("Hoe krijgt je kind het?",)] == SPREAD
