"""What the search shows: each service as the API and the page present it, and the filter panel.

The engines return index documents; this turns one page of them into the
result contract (``key, title, url, summary, agency, mpp, counters, fee_free,
highlights, offers, offer_count, more_offers``) with page URLs for the Site the
citizen is on, and lays out the facets for the search page.
"""

from dataclasses import dataclass, field
from functools import lru_cache

from django.utils import translation
from django.utils.html import escape
from django.utils.safestring import mark_safe

from wagtail.models import Page

from catalogue import languages
from catalogue.models import alerts_in_force
from search import analysis
from search.facets import FACETS, Facet

# --- Results ----------------------------------------------------------------------


def results(groups, plan, request=None):
    """One page of services (the engine's groups) as the result contract, highlighted, with URLs."""
    terms = plan.terms
    return resolve_urls(
        attach_alerts([present(group, terms, plan.language) for group in groups], plan.language), request
    )


def present(group, terms, language):
    """One result: a service's best document, highlighted, with the MPPs that offer it (page ids, not URLs yet)."""
    return {
        "key": group["key"],
        "page_id": group["page_id"],
        "title": group["title"],
        "summary": group["summary"],
        "agency": group["agency_title"],
        "agency_key": group["agency"],
        "mpp": group["mpp_title"],
        "mpp_slug": group["mpp"],
        "counters": group["counters"],
        "fee_free": group["fee_free"],
        "highlights": {
            "title": str(highlight(group["title"], terms, language)),
            "summary": str(highlight(group["summary"], terms, language)),
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


def attach_alerts(results, language):
    """The alerts in force on each result's service and on each offer (closed, moved, limited), read from
    the pages at request time: an alert starts and ends by its dates without re-indexing."""
    ids = {offer["page_id"] for result in results for offer in result["offers"]} | {r["page_id"] for r in results}
    pages = Page.objects.filter(pk__in=ids).only("id", "path", "locale_id", "translation_key")
    alerts = alerts_in_force(pages)
    with translation.override(language):  # the API's ``lang``, not the request's
        for item in [*results, *(offer for result in results for offer in result["offers"])]:
            item["alerts"] = [alert.as_json() for alert in alerts.get(item["page_id"], [])]
    return results


def resolve_urls(results, request=None):
    """Page URLs for the shown results, for the current Site (one query for the whole page).

    The index keeps page ids, not URLs: URLs depend on the Site configuration
    and on the domain the citizen uses. An offer without a URL (no Site serves
    its page) is left out; ``more_offers`` counts the MPPs not listed.
    """
    ids = {offer["page_id"] for result in results for offer in result["offers"]} | {r["page_id"] for r in results}
    pages = Page.objects.filter(pk__in=ids).only("id", "url_path", "locale_id", "path", "depth")
    urls = {page.pk: page.get_url(request) for page in pages}
    for result in results:
        for offer in result["offers"]:
            offer["url"] = urls.get(offer.pop("page_id")) or ""
        result["url"] = urls.get(result.pop("page_id")) or ""
        result["offers"] = [offer for offer in result["offers"] if offer["url"]]
        result["more_offers"] = max(0, result["offer_count"] - len(result["offers"]))
    return results


@lru_cache(maxsize=20_000)
def token_terms(token, language):
    """The index terms a word of a title or summary can match, in either language."""
    lowered = analysis.normalize(token)
    if not lowered.strip():
        return frozenset()
    other = languages.other(language)
    return frozenset(analysis.stem(analysis.canonical(lowered, lang), lang) for lang in (language, other))


def highlight(text, terms, language):
    """Escape ``text`` and mark the words whose analysed form matched the query.

    Done here for both engines: Elasticsearch's highlighter cannot map the
    pre-analysed terms back to the words of a title.
    """
    if not text or not terms:
        return escape(text or "")
    out = []
    for token in analysis.re_split_words(text):
        if token.strip() and token_terms(token, language) & terms:
            out.append(f"<mark>{escape(token)}</mark>")
        else:
            out.append(escape(token))
    return mark_safe("".join(out))


# --- The filter panel of the search page ----------------------------------------------


@dataclass
class FacetChoices:
    """One facet of the filter panel: its values with their counts and labels, and what is chosen."""

    facet: Facet
    counts: dict
    labels: dict
    chosen: list = field(default_factory=list)  # as the query string gave them, kept across a new query

    @property
    def name(self):
        return self.facet.name

    @property
    def label(self):
        return self.facet.label

    @property
    def multiple(self):
        return self.facet.multiple

    @property
    def checked(self):
        """The chosen values as the facet's own (``online=true`` checks "yes")."""
        return [self.facet.canonical(value) for value in self.chosen]


# A facet with values from the catalogue shows its most frequent values, and the chosen ones: a broad
# search ("ktp") matches services at every MPP of a national catalogue, too many boxes for a phone.
PANEL_VALUES = 12


def panel_counts(facet, counts, chosen):
    """The values of one facet the panel shows, with their counts, in the engine's order."""
    if facet.catalogue is None or len(counts) <= PANEL_VALUES:
        return counts
    kept = set(sorted(counts, key=lambda value: (-counts[value], value))[:PANEL_VALUES])
    kept |= {facet.canonical(value) for value in chosen}
    return {value: n for value, n in counts.items() if value in kept}


def filter_panel(counts, values):
    """Every facet of the registry, in order, for the search page's filters (labels are added by the view,
    for the values shown only)."""
    panel = []
    for facet in FACETS:
        chosen = facet.chosen(values)
        panel.append(FacetChoices(facet, panel_counts(facet, counts.get(facet.name, {}), chosen), {}, chosen))
    return panel
