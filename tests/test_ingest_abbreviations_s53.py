"""One list of words shortened with a point (`ingest.sentences.ABBREVIATED`) for the sentence
splitter, the line joiner and a lower-case text's sentence starts: a title or a word the
lower-case reader knew ("mevr.", "tel.") ends no sentence for the splitter either; "enz." and "etc."
before a capital close a list and the sentence with it."""

from ingest.sentences import sentence_spans


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text)]


def test_a_shortened_title_or_word_ends_no_sentence():
    assert _sentences("Bel mevr. Jansen van de polikliniek. Zij helpt u verder.") == [
        "Bel mevr. Jansen van de polikliniek.", "Zij helpt u verder."]
    assert _sentences("Vraag het dhr. De Vries of bijv. Dr. Bakker. Zij weten het.") == [
        "Vraag het dhr. De Vries of bijv. Dr. Bakker.", "Zij weten het."]


def test_an_ordinary_sentences_end_still_ends_it():
    text = "U krijgt misschien wat koorts. Neem dan paracetamol. Bel ons als het niet overgaat."
    assert _sentences(text) == ["U krijgt misschien wat koorts.", "Neem dan paracetamol.",
                                "Bel ons als het niet overgaat."]
    assert _sentences("Dit is wat u ziet. Bel ons bij twijfel.") == ["Dit is wat u ziet.", "Bel ons bij twijfel."]
    # a long word that ends in a shortened word's letters ("…lijst.": "st.") is no shortened word
    assert _sentences("Lees de boodschappenlijst. Daarna belt u ons.") == [
        "Lees de boodschappenlijst.", "Daarna belt u ons."]


def test_a_list_closed_by_enz_or_etc_ends_its_sentence_before_a_capital():
    assert _sentences("Neem appels, peren enz. Daarna rust u.") == ["Neem appels, peren enz.", "Daarna rust u."]
    assert _sentences("Fruit, groente etc. Dat is gezond.") == ["Fruit, groente etc.", "Dat is gezond."]
    assert _sentences("Fruit enz. en ook water. Drink veel.") == ["Fruit enz. en ook water.", "Drink veel."]
    assert _sentences("Bel tel. 088 123 45 67 voor vragen.") == ["Bel tel. 088 123 45 67 voor vragen."]
