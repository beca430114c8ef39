import re

from django.conf import settings
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from wagtail.models import Locale

import segno

from portal.visit import COOKIE, MAX_SERVICES, VisitPlan, find_mpp, parse_day

KEY = re.compile(r"^[-a-z0-9]{1,100}$")


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


@require_GET
def visit_plan(request, mpp):
    """One visit to one MPP for several services: merged checklist, counters, fees, hours."""
    page = find_mpp(mpp, Locale.get_active())
    if page is None:
        raise Http404("No such MPP")
    raw_keys = request.GET.getlist("s")[: MAX_SERVICES * 4]
    keys = [key for key in raw_keys if KEY.match(key)]
    day_value = request.GET.get("day", "")
    day = parse_day(day_value) if day_value else None
    plan = VisitPlan(page, keys, day)
    plan.unknown = [*plan.unknown, *(key[:100] for key in raw_keys if not KEY.match(key))]
    fees, fee_total = plan.fees()
    share_url = request.build_absolute_uri(plan.url())
    counters = plan.counters()
    context = {
        "plan": plan,
        "max_services": MAX_SERVICES,
        "location": page,
        "checklist": plan.checklist(),
        "counters": counters,
        "suggestions": plan.suggestions(),
        "fees": fees,
        "fee_total": fee_total,
        "longest": plan.longest(),
        "warnings": plan.warnings(),
        "day_hours": plan.day_hours(),
        "bad_day": bool(day_value) and day is None,
        "share_url": share_url,
        "qr": qr_svg(share_url) if plan.services else "",
        "highlight": ",".join(str(row["number"]) for row in counters),
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
