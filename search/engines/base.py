"""What every engine returns, and the order in which an engine widens a query.

Both engines group in the engine: they return one page of services (each the
best-matching document of the service, with the MPPs that offer it) and the
number of services, never every matching document. A broad word such as "ktp"
matches nearly every document of a national catalogue (most services need a
KTP), so loading the matches into Python would cost more than the search.
"""

from dataclasses import dataclass, field

# A service offered at many MPPs lists the first ones (alphabetically) and says how many there are.
MAX_OFFERS = 12

# What a service is called and what it gives: its title, other names, summary and output, and the
# same in the other language. Requirements, steps and the agency's name are the rest of the body.
STRONG_FIELDS = ("terms_title", "terms_names", "terms_summary", "terms_other")
ALL_FIELDS = (*STRONG_FIELDS, "terms_body")

# Each tier runs only when the previous ones matched nothing (in the language, before filters):
# every word, in what the service is called, then anywhere in the page; then every word but one
# (a citizen's extra word such as "warung" in "izin usaha warung" or a word the catalogue does not
# use); then any word. So "ktp" lists the KTP services, not every service that asks for a KTP, while
# "ktp pertama umur 17" still finds the eligibility text. ``need``: "all", "most" or "any".
TIERS = [
    ("all", STRONG_FIELDS),
    ("all", ALL_FIELDS),
    ("most", STRONG_FIELDS),
    ("most", ALL_FIELDS),
    ("any", STRONG_FIELDS),
    ("any", ALL_FIELDS),
]


@dataclass
class EngineResult:
    """One page of services, best first, their number, and facet counts under the chosen filters.

    Each group is the best document of a service (``DOC_FIELDS``) with ``offers``: up to
    ``MAX_OFFERS`` matching documents of that service (``OFFER_FIELDS``, by MPP name) and
    ``offer_count``, how many there are.
    """

    groups: list = field(default_factory=list)
    count: int = 0  # services matching under the filters
    facets: dict = field(default_factory=dict)  # facet → {value: documents}
    matched: int = 0  # documents matching the words, before filters
    relaxed: bool = False  # True when no document had every word and any word was enough
    engine: str = ""


DOC_FIELDS = [
    "page_id",
    "key",
    "language",
    "title",
    "summary",
    "mpp",
    "mpp_title",
    "agency",
    "agency_title",
    "categories",
    "fee_free",
    "online",
    "duration_minutes",
    "counters",
]
OFFER_FIELDS = ["page_id", "mpp", "mpp_title", "agency_title", "counters"]


class Engine:
    """Runs a query plan tier by tier; subclasses implement ``run`` for one tier."""

    name = ""
    unavailable_errors = ()
    max_offers = MAX_OFFERS

    def search(self, plan, filters, page=1, page_size=10, pinned=()):
        """``pinned``: service keys DPMPTSP put first for this query (best bets), in order."""
        arguments = {"offset": (max(1, page) - 1) * page_size, "limit": page_size, "pinned": list(pinned)}
        result = EngineResult(engine=self.name)
        for need, fields in tiers_for(plan):
            result = self.run(plan, filters, need=need, fields=fields, **arguments)
            result.engine = self.name
            if result.matched:
                result.relaxed = need < len(plan.groups)
                break
        return result

    def run(self, plan, filters, *, need, fields, offset, limit, pinned):
        """One tier: documents in which at least ``need`` of the plan's word groups match ``fields``."""
        raise NotImplementedError


def tiers_for(plan):
    """The tiers worth trying, as (number of word groups that must match, fields), without repeats.

    With two groups "most" is "any"; with one group, every tier after the strict ones is the same query.
    """
    groups = len(plan.groups)
    need = {"all": groups, "most": groups - 1, "any": 1}
    tiers = [(need[required], fields) for required, fields in TIERS if need[required] >= 1]
    return list(dict.fromkeys(tiers))


def offer(document):
    return {name: document[name] for name in OFFER_FIELDS}
