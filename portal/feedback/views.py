"""The feedback form's view: store one answer and send the citizen back to the page."""

from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.views.decorators.http import require_POST

from wagtail.models import Locale

from catalogue.models import ServicePage
from catalogue.personal_data import strip_personal_data

from .forms import FeedbackForm
from .models import Feedback
from .ratelimit import over_limit


@require_POST
def submit_feedback(request):
    """Store one piece of feedback and send the citizen back to the page with a thank-you."""
    form = FeedbackForm(request.POST)
    page = None
    if form.is_valid():
        page = ServicePage.objects.live().public().filter(pk=form.cleaned_data["page"]).first()
    if page is None:
        return render(request, "portal/feedback_error.html", {"reason": "invalid"}, status=400)
    if over_limit(request):
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
