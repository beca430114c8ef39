"""Citizen search: plan the query, run an engine (which groups one service across MPPs), present the page.

``ServiceSearch`` is the one way to search: it builds the plan once, adds the best
bets, restricts to the MPPs the Site serves, runs the configured engine (falling
back to the embedded one when Elasticsearch fails) and hands the page of services
to ``search.presentation``. The result contract is the same whatever the engine::

    {count, results: [{key, title, url, summary, agency, mpp, counters, fee_free, highlights, offers}],
     facets, suggestion}
"""

import logging
from dataclasses import dataclass, field

from wagtail.models import Locale

from catalogue import alternatives
from catalogue.models import MPPLocationPage
from catalogue.models.base import source_keys
from search import presentation
from search.engines import embedded_engine, get_engine
from search.facets import FACETS
from search.query import QueryPlan, build_plan

logger = logging.getLogger(__name__)

PAGE_SIZE = 10
NOT_HERE_CANDIDATES = 3  # the best matches anywhere that may be "not at this MPP"


@dataclass
class SearchResults:
    query: str
    language: str
    count: int = 0
    results: list = field(default_factory=list)
    facets: dict = field(default_factory=dict)
    suggestion: str | None = None
    relaxed: bool = False
    engine: str = ""
    page: int = 1
    pages: int = 0
    plan: QueryPlan | None = field(default=None, repr=False)  # the query as planned, for the query log
    scope: list = field(default_factory=list)  # the MPPs searched (chosen, named by a place word, or the Site's)
    scoped_by_place: bool = False  # the scope comes from a place word in the query ("sim jember")
    not_here: list = field(default_factory=list)  # services matching the words that the one MPP searched lacks
    unmatched: list = field(default_factory=list)  # words no shown result matched (when not every word matched)

    @property
    def ignored(self):
        """Filler words left out of the search ("bikin", "how")."""
        return self.plan.ignored if self.plan is not None else []

    def as_json(self):
        return {
            "count": self.count,
            "page": self.page,
            "pages": self.pages,
            "results": self.results,
            "facets": self.facets,
            "suggestion": self.suggestion,
            "scope": self.scope,
            "ignored": self.ignored,
            "unmatched": self.unmatched,
            "not_here": alternatives.as_json(self.not_here),
        }


class ServiceSearch:
    """One search for public services: ``ServiceSearch(query, language, filters).run()`` → ``SearchResults``."""

    def __init__(
        self,
        query,
        language,
        filters=None,
        page=1,
        page_size=PAGE_SIZE,
        engine=None,
        allowed_mpps=None,
        request=None,
        scope_by_place=True,
    ):
        self.request = request
        self.query = query or ""
        self.language = language
        self.filters = dict(filters or {})
        self.page = max(1, int(page or 1))
        self.page_size = page_size
        self.engine_name = engine
        self.allowed_mpps = allowed_mpps
        self.scope_by_place = scope_by_place  # False when the citizen chose the MPP in the address

    def run_engine(self, plan, filters, pinned, page=None, page_size=None):
        engine = get_engine(self.engine_name)
        arguments = {"page": page or self.page, "page_size": page_size or self.page_size, "pinned": pinned}
        try:
            return engine.search(plan, filters, **arguments)
        except engine.unavailable_errors as error:
            logger.warning("Search engine %s failed; this request uses the embedded engine: %s", engine.name, error)
            return embedded_engine().search(plan, filters, **arguments)

    @staticmethod
    def best_bets(plan):
        """Pages DPMPTSP pinned to this query (Wagtail search promotions), as keys."""
        from wagtail.contrib.search_promotions.models import Query

        if not plan.normalized:
            return []
        try:
            query = Query.objects.get(query_string=plan.normalized)
        except Query.DoesNotExist:
            return []
        picks = [pick.page.specific for pick in query.editors_picks.select_related("page").order_by("sort_order")]
        keys = source_keys(picks)
        return [keys[page.pk] for page in picks]

    def run(self):
        plan = build_plan(self.query, self.language)
        result = SearchResults(query=plan.text, language=self.language, page=self.page, plan=plan)
        if not plan:
            return result
        filters = dict(self.filters)
        if plan.places and self.scope_by_place:
            filters["mpp"] = list(plan.places)
            result.scoped_by_place = True
        if self.allowed_mpps is not None:
            chosen = filters.get("mpp")
            filters["mpp"] = [m for m in chosen if m in self.allowed_mpps] if chosen else list(self.allowed_mpps)
        result.scope = list(filters.get("mpp") or [])
        pinned = self.best_bets(plan)
        found = self.run_engine(plan, filters, pinned)
        result.engine = found.engine
        result.relaxed = found.relaxed
        result.facets = {facet.name: found.facets.get(facet.name, {}) for facet in FACETS}
        result.count = found.count
        result.pages = (found.count + self.page_size - 1) // self.page_size
        result.results = presentation.results(found.groups, plan, self.request)
        if result.count < 3:
            result.suggestion = plan.suggestion()
        if found.relaxed and found.groups:
            result.unmatched = unmatched_words(plan, [group["page_id"] for group in found.groups])
        if len(result.scope) == 1 and self.page == 1:
            result.not_here = self.not_here(plan, filters, pinned, result.scope[0])
        return result

    def not_here(self, plan, filters, pinned, mpp):
        """The best matches anywhere that the one MPP searched does not offer, with where to go instead.

        Only a search where every word matched counts: a service matching some words is
        no evidence the citizen wanted it.
        """
        anywhere = {name: value for name, value in filters.items() if name != "mpp"}
        found = self.run_engine(plan, anywhere, pinned, page=1, page_size=NOT_HERE_CANDIDATES)
        if found.relaxed or not found.groups:
            return []
        location = MPPLocationPage.objects.live().filter(slug=mpp, locale=Locale.get_default()).first()
        if location is None:
            return []
        shown = location.get_translation_or_none(Locale.objects.filter(language_code=self.language).first())
        location = shown if shown is not None and shown.live else location
        return alternatives.not_here(location, [group["key"] for group in found.groups], self.request)


def unmatched_words(plan, page_ids):
    """The words of the query that none of the shown services matched, as typed.

    Read from the embedded index (always current, whichever engine answered): a
    group is matched when all the terms of one of its alternatives are in a document.
    """
    from search.models import SearchDocument

    columns = ["terms_title", "terms_names", "terms_summary", "terms_body", "terms_other"]
    documents = [
        set(" ".join(row).split()) for row in SearchDocument.objects.filter(page_id__in=page_ids).values_list(*columns)
    ]
    return [
        " ".join(group.words)
        for group in plan.groups
        if not any(set(alternative) <= terms for terms in documents for alternative in group.alternatives)
    ]


def suggest(prefix, language, engine=None):
    engine = get_engine(engine)
    try:
        return engine.suggest(prefix, language)
    except engine.unavailable_errors as error:
        logger.warning("Autocomplete on %s failed, using the embedded engine: %s", engine.name, error)
        return embedded_engine().suggest(prefix, language)


__all__ = ["ServiceSearch", "SearchResults", "suggest"]
