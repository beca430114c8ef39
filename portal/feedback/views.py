"""The feedback form's view: store one answer and send the citizen back to the page.

The form carries no CSRF token, so that service pages hold nothing of the visitor and can be kept
in the page cache (portal/page_cache.py). A CSRF token protects what a signed-in visitor may do;
feedback is anonymous, so a forged submission gains nothing that a direct one would not, and the
rate limit counts per client either way. What a token also stops, another site making its
visitors' browsers post feedback, is refused here from the headers browsers send with every form:
``Sec-Fetch-Site``, else ``Origin``, else ``Referer`` must name this site.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from wagtail.models import Locale

from catalogue.models import ServicePage
from catalogue.personal_data import strip_personal_data

from .forms import FeedbackForm
from .models import Feedback
from .ratelimit import LimitUnavailable, over_limit


def from_this_site(request):
    """Whether the browser says the form was sent from a page of this site."""
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site:
        return fetch_site in ("same-origin", "none")
    sender = request.headers.get("Origin") or request.headers.get("Referer")
    if not sender:
        return True  # no browser posts a form across sites without these: a direct request
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(sender))
    return origin == f"{request.scheme}://{request.get_host()}" or origin in settings.CSRF_TRUSTED_ORIGINS


@csrf_exempt  # see the module's docstring
@require_POST
def submit_feedback(request):
    """Store one piece of feedback and send the citizen back to the page with a thank-you."""
    if not from_this_site(request):
        return render(request, "portal/feedback_error.html", {"reason": "elsewhere"}, status=403)
    form = FeedbackForm(request.POST)
    page = None
    if form.is_valid():
        page = ServicePage.objects.live().public().filter(pk=form.cleaned_data["page"]).first()
    if page is None:
        return render(request, "portal/feedback_error.html", {"reason": "invalid"}, status=400)
    try:
        limited = over_limit(request)
    except LimitUnavailable:
        return render(request, "portal/feedback_error.html", {"reason": "unavailable", "page": page}, status=503)
    if limited:
        return render(request, "portal/feedback_error.html", {"reason": "limit", "page": page}, status=429)
    # Agency and MPP as their Indonesian pages, so feedback in both languages adds up.
    source = Locale.get_default()
    Feedback.objects.create(
        page=page,
        revision_id=page.live_revision_id,
        agency=page.agency.get_translation_or_none(source) or page.agency,
        mpp=page.location.get_translation_or_none(source) or page.location,
        language=(get_language() or "id")[:8],
        kind=form.cleaned_data["kind"],
        comment=strip_personal_data(form.cleaned_data["comment"]),
    )
    return redirect(f"{page.url}?feedback=thanks#feedback")
