from index.lexical import Analyzer, compound_parts, fold, named_compound_parts


def test_fold_removes_diacritics_and_case():
    assert fold("Heroïne ÉÉN") == "heroine een"


def test_terms_stem_and_drop_stop_words():
    analyzer = Analyzer("nl")
    assert analyzer.terms("De nierziekten en het eiwit") == ["nierziek", "nier", "ziek", "eiwit"]
    assert analyzer.terms("heroïne") == analyzer.terms("heroine")


def test_terms_of_only_stop_words_are_empty():
    assert Analyzer("nl").terms("wat is het en de") == []


def test_compounds_meet_their_parts_both_ways():
    analyzer = Analyzer("nl")
    joined, apart = set(analyzer.terms("eiwitverlies")), set(analyzer.terms("eiwit verlies"))
    assert apart <= joined
    assert set(analyzer.terms("buikkrampen")) & set(analyzer.terms("darmkrampen")) == {"kramp"}


def test_compound_splitting_uses_linking_s_and_leaves_common_words_whole():
    assert compound_parts("ontlastingsincontinentie") == ("ontlasting", "incontinentie")
    assert compound_parts("longslagaders") == ("long", "slagaders")
    assert compound_parts("ziekenhuis") == ()  # common enough to be a word of its own
    assert compound_parts("vermoeidheid") == ()  # a derivation, not a compound
    assert compound_parts("nier") == ()  # too short to be a compound
    assert compound_parts("kidneytransplant", "en") == ()  # English is not decompounded


def test_a_leaflets_compound_led_by_a_medicine_name_is_found_by_the_name():
    # "diltiazem" is no everyday word, so `compound_parts` leaves "diltiazemcrème" whole
    assert compound_parts("diltiazemcreme") == ()
    assert named_compound_parts("diltiazemcreme") == ("diltiazem", "creme")
    assert named_compound_parts("bekkenbodemspieren") == ("bekkenbodem", "spieren")  # the longest head
    assert named_compound_parts("ontlastingsincontinentie") == ()  # split the usual way already
    assert named_compound_parts("ziekenhuis") == ()  # a word of its own
    assert named_compound_parts("diltiazem") == ()  # no everyday word at its end
    analyzer = Analyzer("nl")
    leaflet = set(analyzer.leaflet_terms("Daarnaast krijgt u diltiazemcrème."))
    assert set(analyzer.terms("diltiazem crème")) <= leaflet
    # a question's rare word is not split so: it would search for a tail such as "line"
    assert analyzer.terms("amoxicilline") == ["amoxicilline"]


def test_each_word_keeps_its_parts_together():
    assert Analyzer("nl").word_terms("eiwitverlies en vocht") == [("eiwitverlie", "eiwit", "verlie"), ("vocht",)]


def test_english_words_are_foreign_to_dutch_leaflets_but_shared_words_are_not():
    from index.lexical import is_foreign

    assert is_foreign("kidney") and is_foreign("hospitals")
    assert not is_foreign("alcohol") and not is_foreign("tandarts")
    assert not is_foreign("kidney", "en")  # an English index has no second language to excuse


def test_without_words_leaves_out_words_by_their_stem():
    analyzer = Analyzer("nl")
    subject = analyzer.stems("Enbrel 25 mg oplossing voor injectie")
    assert {"enbrel", "injectie", "25"} <= subject and "voor" not in subject  # stop words out
    assert analyzer.without_words("Mag ik met Enbrel-injecties naar de sauna?", subject) == \
        "Mag ik met - naar de sauna?"
    assert analyzer.without_words("Is de heroïne  op?", analyzer.stems("heroine")) == "Is de op?"
    assert analyzer.without_words("niets hier", set()) == "niets hier"


def test_without_words_reads_decomposed_letters_as_one_word():
    import unicodedata

    analyzer = Analyzer("nl")
    decomposed = unicodedata.normalize("NFD", "heroïne gebruik")
    assert analyzer.without_words(decomposed, analyzer.stems("heroine")) == "gebruik"


def test_contractions_and_chat_spellings_are_no_content_words():
    analyzer = Analyzer("nl")
    # "'s nachts", "zo'n", "m'n", "z'n", "d'r", "foto's" and "'t", straight or curly apostrophe
    assert analyzer.content_words("wat doe ik als ik ’s nachts kramp krijg") == ["doe", "nachts", "kramp", "krijg"]
    assert analyzer.content_words("hoe lang duurt zo'n koortslip") == ["lang", "duurt", "koortslip"]
    assert analyzer.content_words("m'n knie en z'n enkel, 't doet d'r pijn") == ["knie", "enkel", "doet", "pijn"]
    assert analyzer.content_words("foto's van baby's") == ["foto", "baby"]
    # typed in a hurry: "mn", "zn" for "mijn", "zijn"
    assert analyzer.content_words("mag ik mn oren schoonmaken") == ["mag", "oren", "schoonmaken"]
    assert analyzer.terms("zn amandelen") == analyzer.terms("zijn amandelen")
    # a letter standing alone is still a word ("vitamine D", "hepatitis B")
    assert analyzer.content_words("vitamine D en hepatitis B") == ["vitamine", "d", "hepatitis", "b"]
