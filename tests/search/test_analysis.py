"""The shared text-analysis pipeline."""

import pytest

from search import analysis


@pytest.mark.parametrize("text", ["e-KTP", "EKTP", "ektp", "KTP-el", "ktp el", "KTP Elektronik", "ktp"])
def test_every_spelling_of_the_identity_card_is_ktp(text):
    assert analysis.analyze(text, "id") == ["ktp"]


def test_accents_case_and_thousands_separators_are_normalised():
    assert analysis.words("Rp 10.000 CAFÉ") == ["rp", "10000", "cafe"]


def test_hyphenated_words_give_parts_and_the_joined_form_when_indexing():
    assert analysis.words("SPP-IRT") == ["spp", "irt", "sppirt"]
    assert analysis.words("SPP-IRT", joined=False) == ["spp", "irt"]


def test_service_verbs_are_not_stopwords():
    assert analysis.analyze("buat ktp baru", "id") == ["buat", "ktp", "baru"]
    assert analysis.analyze("yang dan di", "id") == []


def test_colloquial_indonesian_becomes_standard():
    assert analysis.analyze("bikin ktp yg ilang", "id") == ["buat", "ktp", "hilang"]
    assert analysis.analyze("ngurusin akte", "id") == ["akta"]  # ngurusin → urus, which means nothing here


def test_to_see_to_is_not_a_service():
    for words in ["ngurus surat pindah", "mengurus surat pindah", "pengurusan surat pindah", "urus surat pindah"]:
        assert analysis.analyze(words, "id") == ["surat", "pindah"], words


@pytest.mark.parametrize(
    ("words", "stem"),
    [
        (["kependudukan", "penduduk"], "penduduk"),
        (["perpanjangan", "memperpanjang", "perpanjang"], "perpanjang"),
        (["penerbitan", "terbit"], "terbit"),
        (["pendaftaran", "daftar", "mendaftar"], "daftar"),
    ],
)
def test_stem_overrides_fix_snowball_over_stemming(words, stem):
    assert {analysis.stem(word, "id") for word in words} == {stem}


def test_keluarga_and_peserta_keep_their_meaning():
    # Snowball alone gives "luarga" and "serta" (a conjunction).
    assert analysis.stem("keluarga", "id") == "keluarga"
    assert analysis.stem("peserta", "id") == "peserta"


@pytest.mark.parametrize("word", ["sim", "kk", "pbb", "bpjs", "p2", "3x4", "ak1"])
def test_acronyms_and_codes_are_never_stemmed(word):
    assert analysis.stem(word, "id") == word
    assert analysis.stem(word, "en") == word


def test_english_spelling_variants_meet():
    assert analysis.analyze("driving license", "en") == analysis.analyze("driving licence", "en")


def test_query_words_are_analysed_in_both_languages():
    groups = analysis.analyze_query("birth certificates", "id")
    assert [group["word"] for group in groups] == ["birth", "certificates"]
    assert "certif" in groups[1]["terms"]


def test_every_language_of_the_portal_has_its_rules():
    from catalogue import languages

    for code in languages.codes():
        assert code in analysis.SNOWBALL and code in analysis.STEMMERS, code
        assert code in analysis.SPELLINGS and code in analysis.STOPWORDS, code
