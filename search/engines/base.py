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

# Each tier runs only when the previous one matched nothing (in the language, before filters):
# every word in what the service is called; every word anywhere in the page; then any word,
# first in what the service is called, then anywhere. So "ktp" lists the KTP services, not every
# service that asks for a KTP, while "ktp pertama umur 17" still finds the eligibility text.
TIERS = [
    (True, STRONG_FIELDS),
    (True, ALL_FIELDS),
    (False, STRONG_FIELDS),
    (False, ALL_FIELDS),
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
        for strict, fields in tiers_for(plan):
            result = self.run(plan, filters, strict=strict, fields=fields, **arguments)
            result.engine = self.name
            if result.matched:
                result.relaxed = not strict
                break
        return result

    def run(self, plan, filters, *, strict, fields, offset, limit, pinned):
        raise NotImplementedError


def tiers_for(plan):
    """The tiers worth trying: with one word group, "any word" is the same query again."""
    return [(strict, fields) for strict, fields in TIERS if strict or len(plan.groups) > 1]


def offer(document):
    return {name: document[name] for name in OFFER_FIELDS}
