"""Citizen search: plan the query, run an engine, group one service across MPPs, add facets.

The result contract is the same whatever the engine::

    {count, results: [{key, title, url, summary, agency, mpp, counters, fee_free, highlights, offers}],
     facets, suggestion}
"""

import logging
from dataclasses import dataclass, field

from django.utils.html import escape
from django.utils.safestring import mark_safe

from search import analysis
from search.engines import embedded_engine, get_engine
from search.facets import FACETS
from search.query import build_plan

logger = logging.getLogger(__name__)

PAGE_SIZE = 10
# A service offered at many MPPs lists the first ones (alphabetically) and says how many there are.
MAX_OFFERS = 12


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

    def as_json(self):
        return {
            "count": self.count,
            "page": self.page,
            "pages": self.pages,
            "results": self.results,
            "facets": self.facets,
            "suggestion": self.suggestion,
        }


def highlight(text, terms, language):
    """Escape ``text`` and mark the words whose analysed form matched the query."""
    if not text or not terms:
        return escape(text or "")
    other = "en" if language == "id" else "id"
    out = []
    for token in analysis.re_split_words(text):
        lowered = analysis.normalize(token)
        stems = (
            {analysis.stem(analysis.canonical(lowered, lang), lang) for lang in (language, other)}
            if lowered.strip()
            else set()
        )
        if token.strip() and stems & terms:
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

    def run_engine(self, plan, filters):
        engine = get_engine(self.engine_name)
        try:
            return engine.search(plan, filters)
        except engine.unavailable_errors as error:
            logger.warning("Search engine %s failed; this request uses the embedded engine: %s", engine.name, error)
            return embedded_engine().search(plan, filters)

    def best_bets(self):
        """Pages DPMPTSP pinned to this query (Wagtail search promotions), as keys."""
        from wagtail.contrib.search_promotions.models import Query

        text = " ".join(self.query.split()).lower()
        if not text:
            return []
        try:
            query = Query.objects.get(query_string=text)
        except Query.DoesNotExist:
            return []
        keys = []
        for pick in query.editors_picks.select_related("page").order_by("sort_order"):
            source = pick.page.get_translations(inclusive=True).filter(locale__language_code="id").first()
            keys.append((source or pick.page).slug)
        return keys

    def run(self):
        plan = build_plan(self.query, self.language)
        result = SearchResults(query=plan.text, language=self.language, page=self.page)
        if not plan:
            return result
        filters = dict(self.filters)
        if self.allowed_mpps is not None:
            chosen = filters.get("mpp")
            filters["mpp"] = [m for m in chosen if m in self.allowed_mpps] if chosen else list(self.allowed_mpps)
        found = self.run_engine(plan, filters)
        result.engine = found.engine
        result.relaxed = found.relaxed
        result.facets = {facet: found.facets.get(facet, {}) for facet in FACETS}
        groups = self.group(found.hits, plan)
        pinned = self.best_bets()
        if pinned:
            groups.sort(
                key=lambda group: (
                    group["key"] not in pinned,
                    pinned.index(group["key"]) if group["key"] in pinned else 0,
                )
            )
        result.count = len(groups)
        result.pages = (len(groups) + self.page_size - 1) // self.page_size
        start = (self.page - 1) * self.page_size
        result.results = self.resolve_urls(groups[start : start + self.page_size])
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
        return groups

    def group(self, hits, plan):
        """One result per service (key), best hit first, with every MPP that offers it."""
        groups = {}
        terms = plan.terms
        for hit in hits:
            group = groups.get(hit["key"])
            offer = {
                "page_id": hit["page_id"],
                "mpp": hit["mpp"],
                "mpp_title": hit["mpp_title"],
                "agency": hit["agency_title"],
                "counters": hit["counters"],
            }
            if group is None:
                groups[hit["key"]] = {
                    "key": hit["key"],
                    "page_id": hit["page_id"],
                    "title": hit["title"],
                    "summary": hit["summary"],
                    "agency": hit["agency_title"],
                    "mpp": hit["mpp_title"],
                    "mpp_slug": hit["mpp"],
                    "counters": hit["counters"],
                    "fee_free": hit["fee_free"],
                    "highlights": {
                        "title": str(highlight(hit["title"], terms, self.language)),
                        "summary": str(highlight(hit["summary"], terms, self.language)),
                    },
                    "offers": [offer],
                }
            else:
                group["offers"].append(offer)
        for group in groups.values():
            group["offers"].sort(key=lambda offer: offer["mpp_title"])
            group["offer_count"] = len(group["offers"])
            group["offers"] = group["offers"][:MAX_OFFERS]
        return list(groups.values())


def suggest(prefix, language, engine=None):
    engine = get_engine(engine)
    try:
        return engine.suggest(prefix, language)
    except engine.unavailable_errors as error:
        logger.warning("Autocomplete on %s failed, using the embedded engine: %s", engine.name, error)
        return embedded_engine().suggest(prefix, language)


__all__ = ["ServiceSearch", "SearchResults", "suggest"]
