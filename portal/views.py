import re
import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import Http404, HttpResponse, HttpResponseServerError, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap
from wagtail.models import Locale, Page

import segno

from catalogue import languages
from portal import page_cache
from portal.plan_api import invalid_parameters, plan_json
from portal.visit import COOKIE, MAX_SERVICES, VisitPlan, find_mpp, parse_day

KEY = re.compile(r"^[-a-z0-9]{1,100}$")
VARIANT = re.compile(r"^([-a-z0-9]{1,100})\.([1-9][0-9]?)\.([1-9][0-9]?)$")
MAX_ANSWERS = 50
"""More answers or variants than any plan asks for are not read (the rest of the query is ignored)."""


def server_error(request):
    """The error page, without touching the database. When the database does not answer (a restart,
    a failover), a 503 that says to reload in a moment, at once rather than after a hang."""
    if isinstance(sys.exc_info()[1], (OperationalError, InterfaceError)):
        response = HttpResponse(loader.get_template("503.html").render(), status=503)
        response["Retry-After"] = "5"
        return response
    return HttpResponseServerError(loader.get_template("500.html").render())


def sitemap(request, **kwargs):
    """Wagtail's sitemap; it lists every live page, so any page's change purges it from the page cache."""
    page_cache.shows(request, tags=[page_cache.tree_tag(root) for root in Page.get_root_nodes()])
    return wagtail_sitemap(request, **kwargs)


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


def qr_svg(url):
    """The URL as a QR code, drawn on our server as inline SVG (segno, no external service)."""
    svg = segno.make(url, error="m").svg_inline(scale=3, border=2, omitsize=True)
    return svg


def plan_from_request(request, page):
    """The plan a query string asks for (``s``, ``day``, ``yes``, ``no``, ``v``), and whether its date
    was unreadable. Values that cannot be read are left out and named on the plan (``plan.ignored``)."""
    raw_keys = request.GET.getlist("s")[: MAX_SERVICES * 4]
    keys = [key for key in raw_keys if KEY.match(key)]
    day_value = request.GET.get("day", "")
    day = parse_day(day_value) if day_value else None
    answers, ignored = parse_answers(request.GET)
    variants, bad_variants = parse_variants(request.GET)
    plan = VisitPlan(page, keys, day, answers=answers, variants=variants)
    plan.unknown = [*plan.unknown, *(key[:100] for key in raw_keys if not KEY.match(key))]
    plan.ignored = [*ignored, *bad_variants, *plan.ignored]
    return plan, bool(day_value) and day is None


def parse_answers(query):
    """{condition slug: True/False} from ``yes=`` and ``no=``, and the values that are not slugs
    (a slug given both answers counts as unanswered)."""
    answers, ignored = {}, []
    yes, no = query.getlist("yes")[:MAX_ANSWERS], query.getlist("no")[:MAX_ANSWERS]
    for value, answer in [*((v, True) for v in yes), *((v, False) for v in no)]:
        if not KEY.match(value):
            ignored.append(value[:100])
        elif answers.get(value, answer) != answer:
            answers[value] = None
        else:
            answers[value] = answer
    return {slug: answer for slug, answer in answers.items() if answer is not None}, ignored


def parse_variants(query):
    """{service key: {choice number: option number}} from ``v=<key>.<choice>.<option>``."""
    variants, ignored = {}, []
    for value in query.getlist("v")[:MAX_ANSWERS]:
        match = VARIANT.match(value)
        if match is None:
            ignored.append(value[:100])
            continue
        key, choice, option = match.group(1), int(match.group(2)), int(match.group(3))
        variants.setdefault(key, {})[choice] = option
    return variants, ignored


@require_GET
def visit_plan(request, mpp):
    """One visit to one MPP for several services: merged checklist, counters, fees, hours."""
    page = find_mpp(mpp, Locale.get_active())
    if page is None:
        raise Http404("No such MPP")
    plan, bad_day = plan_from_request(request, page)
    fees, fee_total = plan.fees()
    share_url = request.build_absolute_uri(plan.url())
    counters = plan.counters()
    context = {
        "plan": plan,
        "max_services": MAX_SERVICES,
        "location": page,
        "checklist": plan.checklist(),
        "conditional": plan.conditional(),
        "answered": plan.answered(),
        "counters": counters,
        "suggestions": plan.suggestions(),
        "fees": fees,
        "fee_total": fee_total,
        "has_choices": any(row["choices"] for row in fees),
        "longest": plan.longest(),
        "warnings": plan.warnings(),
        "day_hours": plan.day_hours(),
        "bad_day": bad_day,
        "share_url": share_url,
        "qr": qr_svg(share_url) if plan.services else "",
        "highlight": ",".join(str(row["number"]) for row in counters),
        "day_fields": plan.hidden_fields(without=("day",)),
        "answer_fields": plan.hidden_fields(),
    }
    response = render(request, "portal/visit_plan.html", context)
    if plan.services:
        # Only in the citizen's browser: lets "add to my visit" on a service page extend this plan.
        response.set_cookie(
            COOKIE,
            f"{plan.source_mpp.slug}:{','.join(plan.service_keys)}",
            samesite="Lax",
            httponly=True,
            secure=settings.COOKIES_SECURE,
        )
    else:
        response.delete_cookie(COOKIE)
    return response


@require_GET
def api_plan(request):
    """``GET /api/v1/plan/?mpp=&s=&s=[&day=][&yes=][&no=][&v=][&lang=id|en]``: the visit plan as JSON."""
    language = request.GET.get("lang", languages.source())
    if not languages.is_valid(language):
        return JsonResponse({"errors": {"lang": [_("Choose id or en.")]}}, status=400)
    with translation.override(language):
        locale = Locale.objects.get(language_code=language)
        page = find_mpp(request.GET.get("mpp", ""), locale) if KEY.match(request.GET.get("mpp", "")) else None
        if page is None and request.GET.get("mpp"):
            return JsonResponse({"errors": {"mpp": [_("There is no MPP with this key.")]}}, status=404)
        today = timezone.now().astimezone(page.schedule.zone).date() if page else timezone.localdate()
        errors = invalid_parameters(request.GET, KEY, VARIANT, parse_day, today)
        if errors:
            return JsonResponse({"errors": errors}, status=400)
        plan, _bad_day = plan_from_request(request, page)
        return JsonResponse(plan_json(plan, request), json_dumps_params={"ensure_ascii": False})
