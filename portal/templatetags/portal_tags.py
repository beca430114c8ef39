import json

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language_info

from wagtail.models import Locale

register = template.Library()

# Each language named in itself, short enough for one header row on a 320 px screen.
SHORT_NAMES = {"id": "Indonesia", "en": "English"}


def translation_urls(context):
    """{language: URL} of this page in each language it is published in.

    A view may set ``language_urls`` itself (the life-event pages, which are
    routes of the home page); for Wagtail pages it comes from the page's
    published translations. URLs are resolved for the current request's Site.
    """
    if "language_urls" in context:
        return context["language_urls"]
    page = context.get("page")
    if page is None or not hasattr(page, "live_translations"):
        return None
    request = context["request"]
    urls = {}
    for translation in page.live_translations():
        url = translation.get_url(request)
        if url:
            urls[translation.locale.language_code] = url
    return urls


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per language to this same page in that language.

    Pages link to their published translation (or the home page in that language
    when there is none yet); other views translate their own URL.
    """
    request = context["request"]
    urls = translation_urls(context)
    links = []
    for code, _name in settings.LANGUAGES:
        info = get_language_info(code)
        if urls is not None:
            url = urls.get(code) or f"/{code}/"
        else:
            url = translate_url(request.get_full_path(), code)
        name = SHORT_NAMES.get(code, info["name_local"])
        links.append({"code": code, "name": name, "url": url})
    return links


@register.simple_tag(takes_context=True)
def alternate_links(context):
    """``<link rel="alternate" hreflang>`` for each language the page is published in."""
    urls = translation_urls(context)
    if not urls:
        return ""
    request = context["request"]
    html = [
        format_html('<link rel="alternate" hreflang="{}" href="{}">', code, request.build_absolute_uri(url))
        for code, url in urls.items()
    ]
    default = urls.get(Locale.get_default().language_code)
    if default:
        html.append(
            format_html('<link rel="alternate" hreflang="x-default" href="{}">', request.build_absolute_uri(default))
        )
    return mark_safe("\n".join(html))


@register.simple_tag(takes_context=True)
def canonical_url(context):
    if context.get("canonical_url"):
        return context["canonical_url"]
    page = context.get("page")
    if page is None:
        return ""
    return page.get_full_url(context["request"]) or ""


@register.filter
def jsonld(data):
    """Serialise structured data for a ``<script type="application/ld+json">`` element.

    ``<``, ``>`` and ``&`` are escaped as JSON unicode escapes so content can never
    close the script element.
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return mark_safe(text)


@register.filter
def rupiah(amount):
    """Format whole rupiah the Indonesian way: Rp 1.500.000."""
    if amount is None:
        return ""
    return "Rp " + f"{int(amount):,}".replace(",", ".")


@register.filter
def get_item(mapping, key):
    """``mapping|get_item:key`` for dicts in templates; None when absent."""
    try:
        return mapping.get(key)
    except AttributeError:
        return None


@register.filter
def life_event_url(home, event):
    return home.life_event_url(event)


@register.simple_tag
def query_with(request, **changes):
    """The current query string with some parameters replaced (pagination links)."""
    query = request.GET.copy()
    for key, value in changes.items():
        query[key] = value
    return query.urlencode()


@register.simple_tag(takes_context=True)
def visit_link(context, mpp_slug, key):
    """{"url", "in_plan", "count"} for "add to my visit" of service ``key`` at MPP ``mpp_slug``.

    Extends the plan this browser last opened (a cookie only the browser keeps) when it is
    for the same MPP; otherwise starts a new plan with this one service.
    """
    from portal.visit import add_url, plan_url, remembered_plan

    request = context["request"]
    mpp, keys = remembered_plan(request)
    same = mpp == mpp_slug
    if same and key in keys:
        return {"url": plan_url(mpp_slug, keys), "in_plan": True, "count": len(keys)}
    return {"url": add_url(request, mpp_slug, key), "in_plan": False, "count": len(keys) if same else 0}


@register.simple_tag
def source_slug(page):
    """The key (Indonesian slug) of ``page``: the key of services and MPPs in plan URLs."""
    return page.key


@register.filter
def remove_url(plan, key):
    """``plan|remove_url:key``: the plan's URL without service ``key``."""
    return plan.remove_url(key)


@register.simple_tag(takes_context=True)
def result_visit_link(context, result):
    """ "Add to my visit" for a search result: at the MPP of the current plan or filter, or its only MPP."""
    from portal.visit import remembered_plan

    request = context["request"]
    slugs = [offer["mpp"] for offer in result.get("offers", [])]
    if result.get("mpp_slug") and result["mpp_slug"] not in slugs:  # the best hit's MPP, where the API names it
        slugs.append(result["mpp_slug"])
    remembered, _keys = remembered_plan(request)
    for candidate in (remembered, request.GET.get("mpp")):
        if candidate in slugs:
            return visit_link(context, candidate, result["key"]) | {"mpp": candidate}
    if len(slugs) == 1:
        return visit_link(context, slugs[0], result["key"]) | {"mpp": slugs[0]}
    return None


@register.filter
def answer_url(plan, slug):
    """The plan with the question about ``slug`` unanswered again ("Change")."""
    return plan.answer_url(slug, None)


@register.simple_tag(takes_context=True)
def not_at_chosen_mpp(context, page):
    """The "not at your MPP" answer for a service page, when the citizen chose another MPP that lacks it.

    The chosen MPP is the one remembered by the search (its cookie) or by the visit plan; a
    citizen of Jember reading the SIM renewal at Jembrana learns first where Jember sends them.
    """
    from catalogue.alternatives import not_here
    from portal.visit import find_mpp, remembered_plan
    from search.views import MPP_COOKIE

    request = context.get("request")
    if request is None:
        return []
    chosen = request.COOKIES.get(MPP_COOKIE) or remembered_plan(request)[0]
    if not chosen or chosen == page.location.key:
        return []
    location = find_mpp(chosen, page.locale)
    return not_here(location, [page.key], request) if location is not None else []
