"""Citizen search: plan the query, run an engine (which groups one service across MPPs), present.

The result contract is the same whatever the engine::

    {count, results: [{key, title, url, summary, agency, mpp, counters, fee_free, highlights, offers}],
     facets, suggestion}
"""

import logging
from dataclasses import dataclass, field
from functools import lru_cache

from django.utils.html import escape
from django.utils.safestring import mark_safe

from catalogue import languages
from catalogue.models.base import source_keys
from search import analysis
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


@lru_cache(maxsize=20_000)
def token_terms(token, language):
    """The index terms a word of a title or summary can match, in either language."""
    lowered = analysis.normalize(token)
    if not lowered.strip():
        return frozenset()
    other = languages.other(language)
    return frozenset(analysis.stem(analysis.canonical(lowered, lang), lang) for lang in (language, other))


def highlight(text, terms, language):
    """Escape ``text`` and mark the words whose analysed form matched the query."""
    if not text or not terms:
        return escape(text or "")
    out = []
    for token in analysis.re_split_words(text):
        if token.strip() and token_terms(token, language) & terms:
            out.append(f"<mark>{escape(token)}</mark>")
        else:
            out.append(escape(token))
    return mark_safe("".join(out))


class ServiceSearch:
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
        result.results = self.resolve_urls([self.present(group, plan) for group in found.groups])
        if result.count < 3:
            result.suggestion = plan.suggestion()
        return result

    def resolve_urls(self, groups):
        """Page URLs for the shown results, for the current Site (one query for the whole page).

        The index keeps page ids, not URLs: URLs depend on the Site configuration
        and on the domain the citizen uses.
        """
        from wagtail.models import Page

        ids = {offer["page_id"] for group in groups for offer in group["offers"]} | {g["page_id"] for g in groups}
        pages = Page.objects.filter(pk__in=ids).only("id", "url_path", "locale_id", "path", "depth")
        urls = {page.pk: page.get_url(self.request) for page in pages}
        for group in groups:
            for offer in group["offers"]:
                offer["url"] = urls.get(offer.pop("page_id")) or ""
            group["url"] = urls.get(group.pop("page_id")) or ""
            group["offers"] = [offer for offer in group["offers"] if offer["url"]]
            group["more_offers"] = max(0, group["offer_count"] - len(group["offers"]))
        return groups

    def present(self, group, plan):
        """One result: a service's best document, highlighted, with the MPPs that offer it."""
        return {
            "key": group["key"],
            "page_id": group["page_id"],
            "title": group["title"],
            "summary": group["summary"],
            "agency": group["agency_title"],
            "mpp": group["mpp_title"],
            "mpp_slug": group["mpp"],
            "counters": group["counters"],
            "fee_free": group["fee_free"],
            "highlights": {
                "title": str(highlight(group["title"], plan.terms, self.language)),
                "summary": str(highlight(group["summary"], plan.terms, self.language)),
            },
            "offers": [
                {
                    "page_id": offer["page_id"],
                    "mpp": offer["mpp"],
                    "mpp_title": offer["mpp_title"],
                    "agency": offer["agency_title"],
                    "counters": offer["counters"],
                }
                for offer in group["offers"]
            ],
            "offer_count": group["offer_count"],
        }


def suggest(prefix, language, engine=None):
    engine = get_engine(engine)
    try:
        return engine.suggest(prefix, language)
    except engine.unavailable_errors as error:
        logger.warning("Autocomplete on %s failed, using the embedded engine: %s", engine.name, error)
        return embedded_engine().suggest(prefix, language)


__all__ = ["ServiceSearch", "SearchResults", "suggest"]
