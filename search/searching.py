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

from catalogue.models.base import source_keys
from search import presentation
from search.engines import embedded_engine, get_engine
from search.facets import FACETS
from search.query import QueryPlan, build_plan

logger = logging.getLogger(__name__)

PAGE_SIZE = 10


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

    def as_json(self):
        return {
            "count": self.count,
            "page": self.page,
            "pages": self.pages,
            "results": self.results,
            "facets": self.facets,
            "suggestion": self.suggestion,
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
    ):
        self.request = request
        self.query = query or ""
        self.language = language
        self.filters = dict(filters or {})
        self.page = max(1, int(page or 1))
        self.page_size = page_size
        self.engine_name = engine
        self.allowed_mpps = allowed_mpps

    def run_engine(self, plan, filters, pinned):
        engine = get_engine(self.engine_name)
        arguments = {"page": self.page, "page_size": self.page_size, "pinned": pinned}
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
        if self.allowed_mpps is not None:
            chosen = filters.get("mpp")
            filters["mpp"] = [m for m in chosen if m in self.allowed_mpps] if chosen else list(self.allowed_mpps)
        found = self.run_engine(plan, filters, self.best_bets(plan))
        result.engine = found.engine
        result.relaxed = found.relaxed
        result.facets = {facet.name: found.facets.get(facet.name, {}) for facet in FACETS}
        result.count = found.count
        result.pages = (found.count + self.page_size - 1) // self.page_size
        result.results = presentation.results(found.groups, plan, self.request)
        if result.count < 3:
            result.suggestion = plan.suggestion()
        return result


def suggest(prefix, language, engine=None):
    engine = get_engine(engine)
    try:
        return engine.suggest(prefix, language)
    except engine.unavailable_errors as error:
        logger.warning("Autocomplete on %s failed, using the embedded engine: %s", engine.name, error)
        return embedded_engine().suggest(prefix, language)


__all__ = ["ServiceSearch", "SearchResults", "suggest"]
