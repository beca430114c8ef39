"""The search page (HTML, works without JavaScript) and the JSON API."""

from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from wagtail.models import Page, Site

from catalogue import languages
from catalogue.models import LifeEvent, MPPLocationPage
from catalogue.personal_data import strip_personal_data

from .analysis import clean_query
from .facets import FACETS
from .filters import SearchFilterSet, engine_filters
from .models import QueryLog
from .presentation import filter_panel
from .searching import ServiceSearch, suggest

MPP_COOKIE = "mpp"


def allowed_mpps(request):
    """The MPP a regency's own domain serves (a Site rooted at, or under, its MPP page), or None for all.

    Worked out once per request."""
    if not hasattr(request, "_allowed_mpps"):
        site = Site.find_for_request(request)
        slug = None
        if site is not None:
            mpps = MPPLocationPage.objects.ancestor_of(site.root_page, inclusive=True)
            slug = mpps.values_list("slug", flat=True).first()
        request._allowed_mpps = {slug} if slug else None
    return request._allowed_mpps


def homes(language):
    """The pages that hold this language's MPPs (the portal's homes), to browse when nothing was found."""
    paths = MPPLocationPage.objects.live().filter(locale__language_code=language).values_list("path", flat=True)
    return Page.objects.live().filter(path__in={path[: -Page.steplen] for path in paths}).specific()


def run_search(request, query, language, values):
    """Search with the valid parameters, for this Site, and log the query.

    A place word in the query ("perpanjang sim jember") limits the search to that MPP
    unless the address chose one (``mpp=``, including ``mpp=all``).
    """
    results = ServiceSearch(
        query,
        language,
        engine_filters(values),
        page=values.get("page") or 1,
        allowed_mpps=allowed_mpps(request),
        request=request,
        scope_by_place="mpp" not in request.GET,
    ).run()
    mpps = values.get("mpp") or sorted(allowed_mpps(request) or [])
    log_query(results, language, mpps[0] if len(mpps) == 1 else "")
    return results


def log_query(results, language, mpp=""):
    """Log a search for the report, without the NIKs, phone numbers and e-mail addresses citizens type."""
    if results.query and results.page == 1:
        QueryLog.objects.create(
            query=strip_personal_data(results.query)[:200],
            normalized=strip_personal_data(results.plan.normalized)[:200],
            mpp=mpp,
            language=language,
            engine=results.engine,
            results=results.count,
        )


@require_GET
def search(request):
    language = (get_language() or languages.source())[:2]
    data = request.GET.copy()
    remembered = request.COOKIES.get(MPP_COOKIE)
    forget = data.get("mpp") == "all"
    if forget:
        data.pop("mpp")
    elif "mpp" not in data and remembered:
        data.setlist("mpp", [remembered])
    filterset = SearchFilterSet(data)
    values = filterset.valid_values()
    invalid = sorted(name for name in filterset.errors_by_field() if name != "q")
    results = run_search(request, data.get("q", ""), language, values)
    chosen_mpp = (values.get("mpp") or [None])[0]
    if results.scoped_by_place:
        chosen_mpp = results.scope[0] if len(results.scope) == 1 else None
    panel = filter_panel(results.facets, values)
    labels = shown_labels(panel, results, chosen_mpp, language)
    for choices in panel:
        choices.labels = labels[choices.name]
    context = {
        "query": results.query,
        "results": results,
        "invalid": invalid,
        "chosen_mpp": chosen_mpp,
        "facet_labels": labels,
        "filter_panel": panel,
    }
    if not results.count:
        context["life_events"] = LifeEvent.objects.filter(locale__language_code=language).order_by("sort_order")
        context["homes"] = homes(language)
    response = render(request, "search/search.html", context)
    if forget:
        response.delete_cookie(MPP_COOKIE)
    elif chosen_mpp and len(values.get("mpp", [])) == 1 and not results.scoped_by_place:
        response.set_cookie(MPP_COOKIE, chosen_mpp, samesite="Lax", httponly=True, secure=settings.COOKIES_SECURE)
    return response


def shown_labels(panel, results, chosen_mpp, language):
    """``{facet: {value: label}}`` for the values the page shows: in the filter panel, or named by a result."""
    shown = {choices.name: {*choices.counts, *choices.chosen} for choices in panel}
    shown["mpp"] |= {chosen_mpp} - {None}
    shown["agency"] |= {result["agency_key"] for result in results.results}
    return {facet.name: facet.labels(language, shown[facet.name]) for facet in FACETS}


@require_GET
def api_search(request):
    """``GET /api/v1/search/?q=&lang=id|en&mpp=&agency=&category=&fee=&online=&duration=&page=``"""
    filterset = SearchFilterSet(request.GET)
    if not filterset.is_valid():
        return JsonResponse({"errors": filterset.errors_by_field()}, status=400)
    values = filterset.form.cleaned_data
    language = values.get("lang") or languages.source()
    query = values.get("q") or ""
    if not query.strip():
        return JsonResponse({"errors": {"q": [_("Enter what you are looking for.")]}}, status=400)
    results = run_search(request, query, language, values)
    return JsonResponse(results.as_json(), json_dumps_params={"ensure_ascii": False})


@require_GET
def api_suggest(request):
    """``GET /api/v1/suggest/?q=&lang=`` → titles for autocomplete."""
    query = clean_query(request.GET.get("q", ""), limit=100)
    language = request.GET.get("lang", languages.source())
    if not languages.is_valid(language):
        return JsonResponse({"errors": {"lang": [_("Choose id or en.")]}}, status=400)
    return JsonResponse({"suggestions": suggest(query, language)}, json_dumps_params={"ensure_ascii": False})
