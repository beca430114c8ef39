"""From what a citizen typed to a query plan both engines execute.

A plan is a list of groups, all required (AND); each group lists
alternatives (OR); an alternative is a tuple of terms that must all match.
"izin reklame imb" becomes::

    [ (izin) ]  AND  [ (reklame) ]  AND  [ (imb) | (pbg) | (setuju bangun gedung) ]

Filler words ("bikin imb": "bikin") are left out and listed in ``ignored``; a place word
("imb jember") is taken out and names the MPP to search (``places``).

Synonyms come from the dictionary in the database (cached, refreshed when an
entry changes). Long words the index has never seen get close index words as
extra alternatives (typos); acronyms and tokens with digits never do.
"""

from dataclasses import dataclass, field
from functools import lru_cache

from django.core.cache import cache

from catalogue import languages
from search import analysis

MAX_WORDS = 12
MAX_PHRASE = 4


@dataclass
class Group:
    words: tuple
    alternatives: list
    corrected: str | None = None  # a spelling correction for did-you-mean
    fuzzy_term: str | None = None  # what an engine's own fuzzy matching looks for (see ``fuzzy_term``)


@dataclass
class QueryPlan:
    text: str
    language: str
    groups: list = field(default_factory=list)
    ignored: list = field(default_factory=list)  # filler words as typed ("bikin", "how"): they name no service
    places: list = field(default_factory=list)  # MPP keys a place word named ("jember" → mpp-jember)
    place_words: list = field(default_factory=list)  # the place words as typed

    def __bool__(self):
        return bool(self.groups)

    @property
    def normalized(self):
        """The text in lower case: the key of best bets (as Wagtail stores them) and of the query log."""
        return self.text.lower()

    @property
    def terms(self):
        """Every term that may match, for highlighting."""
        return {term for group in self.groups for alternative in group.alternatives for term in alternative}

    def suggestion(self):
        """The query with misspelt words replaced, or None when nothing was corrected."""
        if not any(group.corrected for group in self.groups):
            return None
        return " ".join(group.corrected or " ".join(group.words) for group in self.groups)


# --- Synonyms ------------------------------------------------------------------

SYNONYM_CACHE_KEY = "search:synonyms:v1"


def synonym_table():
    """{(normalized term): [meaning phrases]} over both languages (a query may be in either)."""
    table = cache.get(SYNONYM_CACHE_KEY)
    if table is None:
        from search.models import Synonym

        table = {}
        for entry in Synonym.objects.all():
            table.setdefault(entry.normalized_term, []).extend(entry.meaning_list())
        cache.set(SYNONYM_CACHE_KEY, table, 300)
    return table


def forget_synonyms(**kwargs):
    cache.delete(SYNONYM_CACHE_KEY)


def forget_places(**kwargs):
    cache.delete(PLACE_CACHE_KEY)


# --- Place words -----------------------------------------------------------------

PLACE_CACHE_KEY = "search:places:v1"


def place_table():
    """{place phrase (normalized words): [MPP keys]} from the regencies of the live MPPs, in both languages.

    "Kabupaten Jember" and "Jember Regency" both give "jember" (``place_name``). Cached for
    five minutes like the synonyms: a new MPP is a rare event.
    """
    table = cache.get(PLACE_CACHE_KEY)
    if table is None:
        from catalogue.models import MPPLocationPage
        from catalogue.models.base import source_keys
        from catalogue.models.location import place_name

        pages = list(MPPLocationPage.objects.live().only("id", "slug", "locale_id", "translation_key", "regency"))
        keys = source_keys(pages)
        table = {}
        for page in pages:
            phrase = " ".join(analysis.words(place_name(page.regency), joined=False))
            if phrase and keys[page.pk] not in table.setdefault(phrase, []):
                table[phrase].append(keys[page.pk])
        cache.set(PLACE_CACHE_KEY, table, 300)
    return table


def split_places(words):
    """(the words without place names, [MPP keys], [place words]): "perpanjang sim jember" → mpp-jember.

    A place is only taken as such when other words remain: "jember" alone still searches.
    """
    table = place_table()
    rest, places, found = [], [], []
    i = 0
    while i < len(words):
        for size in range(min(MAX_PHRASE, len(words) - i), 0, -1):
            phrase = " ".join(words[i : i + size])
            if phrase in table:
                places.extend(key for key in table[phrase] if key not in places)
                found.append(phrase)
                i += size
                break
        else:
            rest.append(words[i])
            i += 1
    if not places or not any(not analysis.is_filler(word) for word in rest):
        return words, [], []
    return rest, places, found


# --- Vocabulary for typos -------------------------------------------------------


def edit_distance(a, b, limit):
    """Levenshtein distance, or limit + 1 as soon as it must exceed ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


@dataclass(frozen=True)
class Vocabulary:
    """Words of the indexed titles, names and summaries (not acronyms), for typo correction."""

    frequencies: dict  # word → how many documents' text it occurs in
    by_initial: dict  # first letter → [(word, frequency)]


@lru_cache(maxsize=4)
def _vocabulary(version):
    from search.models import SearchDocument

    words = {}
    for title, names, summary in SearchDocument.objects.values_list("title", "names", "summary").iterator():
        for word in analysis.words(f"{title} {names} {summary}", joined=False):
            if not analysis.is_protected(word):
                words[word] = words.get(word, 0) + 1
    by_initial = {}
    for word, frequency in words.items():
        by_initial.setdefault(word[0], []).append((word, frequency))
    return Vocabulary(frequencies=words, by_initial=by_initial)


def vocabulary():
    """The current vocabulary; two index look-ups tell whether the cached one is still current.

    The newest document and the latest indexing time change whenever a page is
    indexed; a removal leaves a few unused words, which only widen typo matching.
    """
    from search.models import SearchDocument

    newest = SearchDocument.objects.order_by("-id").values_list("id", flat=True).first()
    latest = SearchDocument.objects.order_by("-indexed_at").values_list("indexed_at", flat=True).first()
    return _vocabulary((newest, latest))


def closest_word(word, vocab):
    """The most frequent known word within 1 edit (2 for long words), or None."""
    limit = 1 if len(word) < 8 else 2
    best = None
    # Typos rarely change the first letter; also look under the second letter for a dropped first one.
    candidates = vocab.by_initial.get(word[0], []) + vocab.by_initial.get(word[1], [])
    for known, frequency in candidates:
        distance = edit_distance(word, known, limit)
        if distance <= limit and (best is None or (distance, -frequency) < best[0]):
            best = ((distance, -frequency), known)
    return best[1] if best else None


# --- Building the plan -------------------------------------------------------------


def build_plan(text, language):
    """The plan of what a citizen typed: the one place a query is cleaned and analysed."""
    text = analysis.clean_query(text)
    words = analysis.words(text, joined=False)[:MAX_WORDS]
    words, places, place_words = split_places(words)
    synonyms = synonym_table()
    plan = QueryPlan(text=text, language=language, places=places, place_words=place_words)
    vocab = None  # read once per plan, and only when a word may be a typo
    i = 0
    while i < len(words):
        # Longest dictionary phrase starting here ("surat kelakuan baik", "kartu kuning", "imb").
        for size in range(min(MAX_PHRASE, len(words) - i), 0, -1):
            phrase = " ".join(words[i : i + size])
            if phrase in synonyms:
                plan.groups.append(phrase_group(words[i : i + size], synonyms[phrase], language))
                i += size
                break
        else:
            if analysis.is_filler(words[i]):
                plan.ignored.append(words[i])
                i += 1
                continue
            if vocab is None and may_be_typo(words[i]):
                vocab = vocabulary()
            group = word_group(words[i], language, vocab)
            if group is not None:
                plan.groups.append(group)
            i += 1
    for group in plan.groups:
        group.fuzzy_term = fuzzy_term(group.words, language)
    return plan


def phrase_group(words, meanings, language):
    alternatives = []
    own = tuple(dict.fromkeys(analysis.analyze(" ".join(words), language)))
    if own:
        alternatives.append(own)
    for meaning in meanings:
        for lang in (language, languages.other(language)):
            terms = tuple(dict.fromkeys(analysis.analyze(meaning, lang)))
            if terms and terms not in alternatives:
                alternatives.append(terms)
    return Group(words=tuple(words), alternatives=alternatives)


def may_be_typo(word):
    """Only long free-text words are corrected: never acronyms or tokens with digits."""
    return not analysis.is_protected(word) and len(word) >= 5


def fuzzy_term(words, language):
    """A single long free-text word as the index has it in the query's language, for an engine's own
    fuzziness (Elasticsearch); None for a phrase, an acronym or a token with digits."""
    if len(words) != 1 or not may_be_typo(words[0]):
        return None
    return analysis.stem(analysis.canonical(words[0], language), language)


def word_group(word, language, vocab):
    groups = analysis.analyze_query(word, language)
    if not groups:
        return None
    alternatives = [(term,) for term in groups[0]["terms"]]
    group = Group(words=(word,), alternatives=alternatives)
    if vocab is not None and may_be_typo(word) and word not in vocab.frequencies:
        corrected = closest_word(word, vocab)
        if corrected:
            group.corrected = corrected
            for lang in (language, languages.other(language)):
                term = (analysis.stem(analysis.canonical(corrected, lang), lang),)
                if term not in group.alternatives:
                    group.alternatives.append(term)
    return group
