from index.lexical import Analyzer, fold, fts_query


def test_fold_removes_diacritics_and_case():
    assert fold("Heroïne ÉÉN") == "heroine een"


def test_terms_stem_and_drop_stop_words():
    analyzer = Analyzer("nl")
    assert analyzer.terms("De nierfilters en het eiwit") == ["nierfilter", "eiwit"]
    assert analyzer.terms("heroïne") == analyzer.terms("heroine")


def test_terms_of_only_stop_words_are_empty():
    assert Analyzer("nl").terms("wat is het en de") == []


def test_fts_query_quotes_unique_terms():
    assert fts_query(["nier", "eiwit", "nier", ""]) == '"nier" OR "eiwit"'
