"""Citizen feedback on service pages: "was this page useful?" and "report a problem".

Nothing that identifies the citizen is kept: comments are stripped of phone numbers,
NIKs and e-mail addresses before they are stored, and the rate limit counts requests
per hashed client address in Django's cache (the address itself is never stored).
"""

import hashlib
import re

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.db import models
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from wagtail.models import Locale

FEEDBACK_PER_HOUR = 10
"""Submissions accepted per client per hour; more get a polite "try again later"."""

KINDS = [
    ("useful", _("Useful")),
    ("not_useful", _("Not useful")),
    ("wrong_fee", _("Wrong fee")),
    ("missing_document", _("Missing document")),
    ("counter_moved", _("Counter moved")),
    ("other", _("Other problem")),
]
USEFULNESS = {"useful", "not_useful"}
PROBLEMS = [kind for kind in KINDS if kind[0] not in USEFULNESS]

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
NIK = re.compile(r"(?<!\d)\d{6}[\s.-]?\d{6}[\s.-]?\d{4}(?!\d)")
PHONE = re.compile(r"(?<![\w+])\(?(?:\+62|62(?=[\s.-]?8)|0)[\s.-]?\(?\d{2,4}\)?(?:[\s.-]?\d{2,5}){1,4}(?!\w)")


def strip_personal_data(text):
    """Replace e-mail addresses, 16-digit NIKs and Indonesian phone numbers with a placeholder."""
    text = EMAIL.sub("[e-mail]", text)
    text = NIK.sub("[NIK]", text)
    return PHONE.sub(lambda m: "[telepon]" if len(re.sub(r"\D", "", m.group(0))) >= 8 else m.group(0), text)


class Feedback(models.Model):
    """One citizen's answer about one service page, as published when they read it."""

    page = models.ForeignKey(
        "catalogue.ServicePage", verbose_name=_("service"), on_delete=models.CASCADE, related_name="feedback"
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        verbose_name=_("page revision"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The published version of the page the citizen saw."),
    )
    agency = models.ForeignKey(
        "catalogue.AgencyPage", verbose_name=_("agency"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    mpp = models.ForeignKey(
        "catalogue.MPPLocationPage", verbose_name=_("MPP"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    language = models.CharField(_("language"), max_length=8)
    kind = models.CharField(_("kind"), max_length=20, choices=KINDS)
    comment = models.TextField(_("comment"), blank=True, max_length=500)
    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)
    handled = models.BooleanField(_("handled"), default=False)

    class Meta:
        verbose_name = _("feedback")
        verbose_name_plural = _("feedback")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.page.title}"

    @property
    def useful(self):
        return {"useful": True, "not_useful": False}.get(self.kind)


class FeedbackForm(forms.Form):
    page = forms.IntegerField(min_value=1)
    kind = forms.ChoiceField(choices=KINDS)
    comment = forms.CharField(required=False, max_length=500, strip=True)


def client_address(request):
    """The client's address: REMOTE_ADDR, or the one the trusted proxies put in X-Forwarded-For."""
    proxies = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    if proxies and len(forwarded) >= proxies:
        # Each trusted proxy appends the address it received from; earlier entries may be forged.
        return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def client_key(request):
    """A per-client cache key: a keyed hash of the address, never the address itself."""
    address = client_address(request)
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{address}".encode()).hexdigest()[:32]
    return f"feedback-rate:{digest}"


def over_limit(request):
    key = client_key(request)
    cache.add(key, 0, timeout=3600)
    try:
        return cache.incr(key) > FEEDBACK_PER_HOUR
    except ValueError:  # the entry expired between add and incr
        cache.set(key, 1, timeout=3600)
        return False


@require_POST
def submit_feedback(request):
    """Store one piece of feedback and send the citizen back to the page with a thank-you."""
    from catalogue.models import ServicePage

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
