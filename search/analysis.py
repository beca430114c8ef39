"""One text-analysis pipeline for every search engine.

Both engines index and query the *output* of this module, so they agree on
what a word is: normalisation (case, accents, punctuation, the many spellings
of KTP-el, digits), tokenisation, colloquial Indonesian, stopwords that keep
service verbs, and stemming (Snowball for Indonesian and English, with an
override list where Snowball over-stems Indonesian bureaucratic words).
Elasticsearch's test distribution has no language analyzers, and this keeps
the behaviour identical on SQLite, PostgreSQL and Elasticsearch.

Synonyms and acronyms are content (``search.models.Synonym``) and are applied
at query time by ``search.query``, so editing them needs no reindex.
"""

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

from catalogue import languages

# Spellings of the electronic identity card, all reduced to "ktp".
_KTP = re.compile(r"\b(?:e[\s\-]?ktp|ktp[\s\-]?el(?:ektronik)?)\b")
# Thousands separators and decimal points inside numbers: "10.000" and "10,000" → "10000".
_NUMBER_SEPARATOR = re.compile(r"(?<=\d)[.,](?=\d{3}\b)")
_WORD = re.compile(r"[^\W_]+(?:[\-/'][^\W_]+)*")
_WORD_JOINERS = re.compile(r"[\-/']")

# Colloquial and abbreviated Indonesian as citizens type it, mapped to the standard word.
COLLOQUIAL = {
    "bikin": "buat",
    "bkin": "buat",
    "bikinin": "buat",
    "ngurus": "urus",
    "ngurusin": "urus",
    "urusin": "urus",
    "gimana": "bagaimana",
    "gmn": "bagaimana",
    "yg": "yang",
    "utk": "untuk",
    "untk": "untuk",
    "dgn": "dengan",
    "dg": "dengan",
    "sy": "saya",
    "aq": "saya",
    "gak": "tidak",
    "ga": "tidak",
    "nggak": "tidak",
    "ngga": "tidak",
    "gk": "tidak",
    "tdk": "tidak",
    "ilang": "hilang",
    "ilng": "hilang",
    "hlg": "hilang",
    "perpanjangin": "perpanjang",
    "panjangin": "perpanjang",
    "bayarin": "bayar",
    "daptar": "daftar",
    "dftr": "daftar",
    "akte": "akta",
    "sertipikat": "sertifikat",
    "praktek": "praktik",
    "ijin": "izin",
    "pasport": "paspor",
    "pasfoto": "foto",
    "anak2": "anak",
    "ortu": "orang tua",
}

# English spelling variants.
ENGLISH_VARIANTS = {
    "license": "licence",
    "licenses": "licence",
    "licences": "licence",
    "licensing": "licence",
    "driver's": "driving",
    "drivers": "driving",
    "driver": "driving",
}

# Words that carry no meaning in a search. "buat", "baru", "ganti", "bayar", "daftar" and "cari"
# are service verbs here and are kept, unlike Lucene's Indonesian stopword list. "urus" (ngurus,
# mengurus, pengurusan: to see to) is not: every service is something to see to, as "apply" in English.
STOPWORDS = {
    "id": set(
        "yang dan di ke dari untuk dengan atau ini itu saya aku kami kita mau ingin bagaimana cara caranya apa "
        "adalah pada oleh karena juga akan sudah bisa dapat harus ada tidak dimana mana kapan berapa tolong mohon "
        "nya pak bu kak min admin gan dong deh sih kah lah pun syarat persyaratan syaratnya info informasi "
        "prosedur urutan langkah urus mengurus pengurusan".split()
    ),
    "en": set(
        "the a an of for to how do does i my me we our you your get getting in on at and or is are be can "
        "with what where when which who please want need apply applying requirements requirement "
        "procedure steps info information".split()
    ),
}

# Filler and service verbs: kept in the text (so "bikin" still highlights "pembuatan"), but they name no
# service, so a result must match at least one other word and a query of filler alone finds nothing.
# Compared after colloquial spelling and stemming ("bikin", "membuat", "pembuatan" → "buat").
FILLER = {
    "id": set("buat bikin urus cara proses ajukan aju minta perlu butuh gimana bagaimana".split()),
    "en": set("how get make do apply obtain request need want process".split()),
}


def is_filler(word):
    """Whether a typed word only says "I want to do something", in either language."""
    for language, fillers in FILLER.items():
        for part in canonical(word, language).split():
            if part in fillers or stem(part, language) in fillers:
                return True
    return False


# Where Snowball's Indonesian stemmer over-stems (kependudukan → nduduk, keluarga → luarga,
# peserta → serta) or is inconsistent (perpanjangan → panjang but memperpanjang → perpanjang).
STEM_OVERRIDES = {
    "kependudukan": "penduduk",
    "penduduk": "penduduk",
    "kependudukannya": "penduduk",
    "memperpanjang": "perpanjang",
    "perpanjangan": "perpanjang",
    "perpanjang": "perpanjang",
    "diperpanjang": "perpanjang",
    "penerbitan": "terbit",
    "diterbitkan": "terbit",
    "menerbitkan": "terbit",
    "pengecekan": "cek",
    "mengecek": "cek",
    "perekaman": "rekam",
    "merekam": "rekam",
    "rekaman": "rekam",
    "pengesahan": "sah",
    "mengesahkan": "sah",
    "keluarga": "keluarga",
    "kendaraan": "kendaraan",
    "peserta": "peserta",
    "kepesertaan": "peserta",
    "pengurusan": "urus",
    "mengurus": "urus",
    "pembuatan": "buat",
    "membuat": "buat",
    "keterangan": "keterangan",
    "pertanahan": "tanah",
    "pemerintah": "pemerintah",
    "perizinan": "izin",
    "pelayanan": "layan",
    "layanan": "layan",
    "kesejahteraan": "sejahtera",
    "pencari": "pencari",
    "penggantian": "ganti",
    "pergantian": "ganti",
    "kartu": "kartu",
    "kelakuan": "laku",
    "berlaku": "laku",
    "pemeriksaan": "periksa",
    "persetujuan": "setuju",
    "bangunan": "bangun",
    "pendaftaran": "daftar",
    "mendaftar": "daftar",
    "terdaftar": "daftar",
    "perkawinan": "kawin",
    "pernikahan": "nikah",
    "menikah": "nikah",
    "kelahiran": "lahir",
    "kematian": "mati",
    "meninggal": "mati",
    "pemasangan": "pasang",
    "sambungan": "sambung",
    "tenaga": "tenaga",
    "kesehatan": "sehat",
    "pekerja": "kerja",
    "pekerjaan": "kerja",
    "ketenagakerjaan": "tenagakerja",
    "penghasilan": "hasil",
}

# Acronyms and tokens with digits are never stemmed or "corrected".
_HAS_DIGIT = re.compile(r"\d")


# Snowball's algorithm for each of the portal's languages (``catalogue.languages``).
SNOWBALL = {"id": "indonesian", "en": "english"}


@lru_cache(maxsize=2)
def _stemmer(language):
    return snowballstemmer.stemmer(SNOWBALL[language])


def clean_query(text, limit=200):
    """What a citizen typed, without control characters or runs of spaces, at most ``limit`` long."""
    text = "".join(ch if ch.isprintable() else " " for ch in (text or ""))
    return " ".join(text.split())[:limit]


_ASCII_CONTROL = {code: " " for code in [*range(32), 127]}


def normalize(text):
    """Lower case, no accents, one spelling for KTP-el, numbers without thousands separators."""
    text = text or ""
    if text.isascii():  # most text: the Unicode steps below would change nothing but control characters
        text = text.lower().translate(_ASCII_CONTROL)
    else:
        text = unicodedata.normalize("NFKC", text).casefold()
        text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
        text = "".join(ch if ch.isprintable() else " " for ch in text)
    text = _KTP.sub("ktp", text)
    return _NUMBER_SEPARATOR.sub("", text)


def words(text, joined=True):
    """Split normalised text into words. A hyphenated word also yields its joined form.

    "spp-irt" gives "spp", "irt" and (with ``joined``) "sppirt"; "pbb-p2" gives "pbb", "p2", "pbbp2".
    """
    result = []
    for match in _WORD.findall(normalize(text)):
        if not _WORD_JOINERS.search(match):
            result.append(match)
            continue
        parts = [part for part in _WORD_JOINERS.split(match) if part]
        result.extend(parts)
        if joined and len(parts) > 1:
            result.append("".join(parts))
    return result


def is_protected(word):
    """Acronyms and codes: short, or containing digits. Never stemmed, never fuzzy-matched."""
    return len(word) <= 4 or bool(_HAS_DIGIT.search(word))


def _stem_indonesian(word):
    if word in STEM_OVERRIDES:
        return STEM_OVERRIDES[word]
    if is_protected(word):
        return word
    stemmed = _stemmer("id").stemWord(word)
    # Never let a stem shrink a word to a fragment that means something else.
    return stemmed if len(stemmed) >= 4 else word


def _stem_english(word):
    word = ENGLISH_VARIANTS.get(word, word)
    if is_protected(word):
        return word
    return _stemmer("en").stemWord(word)


# Each language's own rules: the stemmer (with its overrides), and the spellings brought to the
# standard word before stemming (colloquial Indonesian, English variants).
STEMMERS = {"id": _stem_indonesian, "en": _stem_english}
SPELLINGS = {"id": COLLOQUIAL, "en": ENGLISH_VARIANTS}


@lru_cache(maxsize=50_000)
def stem(word, language):
    """The stem of one normalised word (a pure function: cached, the index and queries repeat words)."""
    return STEMMERS[language](word)


def canonical(word, language):
    """A word as typed, with colloquial or variant spelling replaced (may become two words)."""
    return SPELLINGS[language].get(word, word)


def analyze(text, language):
    """Text → list of index terms for one language (stopwords dropped, words stemmed)."""
    terms = []
    for word in words(text):
        terms.extend(word_terms(word, language))
    return terms


@lru_cache(maxsize=50_000)
def word_terms(word, language):
    """The index terms of one word (a colloquial word may stand for two), as a tuple."""
    stopwords = STOPWORDS[language]
    return tuple(stem(part, language) for part in canonical(word, language).split() if part not in stopwords)


def analyze_query(text, language):
    """Query text → list of word groups; a group lists the alternative terms for one word.

    Each word is analysed as Indonesian *and* English, so a query in the other
    language still matches (a citizen types "passport" on the Indonesian site).
    """
    groups = []
    other = languages.other(language)
    for word in words(text, joined=False):
        if any(canonical(word, lang) in STOPWORDS[lang] for lang in (language, other)):
            continue
        alternatives = []
        for lang in (language, other):
            alternatives.extend(stem(part, lang) for part in canonical(word, lang).split())
        groups.append({"word": word, "terms": list(dict.fromkeys(alternatives))})
    return groups


_SPLIT = re.compile(r"([^\W_]+)")


def re_split_words(text):
    """Split text into alternating non-word and word pieces, keeping everything (for highlighting)."""
    return [piece for piece in _SPLIT.split(text) if piece]
