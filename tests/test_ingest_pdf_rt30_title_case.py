"""A PDF's title typed in capitals (red team 30's kwallensteek.pdf, podofotxt2pdf's text file
set in one size): read in the case the text writes its words in, as Org's framed title is."""

from __future__ import annotations

from pdf_factory import Line, make_pdf

from ingest.pdf.source_text import unshouted_opening
from ingest.pipeline import ingest_file
from ingest.title_frame import unshouted

BODY = ["Kwallen hebben netelcellen in hun tentakels. Als u een kwal aanraakt, schieten de",
        "netelcellen een klein beetje gif in uw huid. De meeste kwallensteken genezen vanzelf."]


def test_a_title_in_capitals_over_the_text_takes_the_texts_case(tmp_path):
    lines = [Line("KWALLENSTEEK", 12), Line("Huisartsenpost Kennemerland, regio Zandvoort", 12)]
    lines += [Line("WAT IS EEN KWALLENSTEEK?", 12, gap=14)] + [Line(text, 12, gap=14 * (i == 0))
                                                             for i, text in enumerate(BODY * 3)]
    path = tmp_path / "folder.pdf"
    path.write_bytes(make_pdf([lines]))
    assert ingest_file(path).leaflet.title == "Kwallensteek"


def test_a_long_word_in_capitals_is_no_abbreviation_a_short_one_is():
    assert unshouted("KWALLENSTEEK BIJ KINDEREN", "Het gaat over kwallensteken bij kinderen.") \
        == "Kwallensteek bij kinderen"
    assert unshouted("COPD EN MRSA", "Wat is het en wat doet u?") == "COPD en MRSA"


def test_an_opening_paragraph_in_capitals_keeps_its_case():
    text = "LET OP\nNEEM DIT MIDDEL NIET IN\n\nDe tekst gaat verder in gewone letters."
    assert unshouted_opening(text) == text
    assert unshouted_opening("AMANDELEN KNIPPEN\n\nNa het knippen van de amandelen ...") \
        .startswith("Amandelen knippen\n")


def test_a_masthead_in_fields_and_a_title_left_half_in_capitals_keep_their_case():
    masthead = "REGIONAAL ZIEKENHUIS NOORDOOST - AFDELING FYSIOTHERAPIE\nFolder nr. 31\n\nDe tekst van het regionaal ziekenhuis."
    assert unshouted_opening(masthead) == masthead
    jetlag = "JETLAG: TIPS VOOR VERRE REIZEN\n\nWat is jetlag? Jetlag is een verstoring van uw klok."
    assert unshouted_opening(jetlag) == jetlag


def test_a_word_the_text_writes_in_capitals_keeps_them_whatever_its_length():
    body = "Mensen met CADASIL krijgen vaak migraine. Bij CADASIL ..."
    assert unshouted("LEVEN MET CADASIL", body) == "Leven met CADASIL"
    nsaids = "PIJNSTILLERS: NSAIDS EN MAAGKLACHTEN\n\nNSAIDS zoals ibuprofen kunnen maagklachten geven.\n" \
        "Gebruikt u NSAIDS langer, dan krijgt u een maagbeschermer. Pijnstillers zoals paracetamol ..."
    assert unshouted_opening(nsaids).startswith("Pijnstillers: NSAIDS en maagklachten\n")
    shouted = "WAT IS EEN KWALLENSTEEK?\nDe meeste kwallensteken genezen vanzelf."
    assert unshouted("KWALLENSTEEK", shouted) == "Kwallensteek"  # a heading in capitals is no abbreviation


def test_capitals_that_repeat_the_title_or_stress_a_word_are_no_abbreviations():
    """A running footer repeats the shouted title among small letters ("… pagina 2 van 3"), and
    a leaflet may stress a word it also writes small ("Blijf NUCHTER"): neither spells the word.
    A short word the text never writes is an abbreviation only where it is rare ("MRSA", not
    "voor")."""
    body = "Stotteren komt vaak voor bij jonge kinderen. Bij jonge kinderen gaat het vaak over.\n"
    assert unshouted("STOTTEREN BIJ JONGE KINDEREN", body + "STOTTEREN BIJ JONGE KINDEREN pagina 2 van 3\n") \
        == "Stotteren bij jonge kinderen"
    assert unshouted("NUCHTER ZIJN VOOR DE OPERATIE", "U moet nuchter zijn. Blijf NUCHTER tot de operatie.") \
        == "Nuchter zijn voor de operatie"
    assert unshouted("COPD EN MRSA", "Mensen met COPD hebben vaak longinfecties.") == "COPD en MRSA"
