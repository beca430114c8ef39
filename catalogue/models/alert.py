"""A dated alert on a service: closed, moved or limited for a while, as a child page of the service.

Being a page under the agency, an alert follows the agency's page permissions and the MPP's
review workflow like the service itself, but separately: a reviewer can publish an urgent alert
at once without touching the service's own pending draft. It is in force while it is live and
``starts <= today <= ends`` in the MPP's time zone, so it disappears after its end date without
anyone editing. Its own URL only redirects to the service; it is never in the sitemap or a
search index.
"""

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, PageChooserPanel
from wagtail.models import Locale, Page

from .base import CataloguePage, translation_rules

ALERT_KINDS = [
    ("closed", _("Temporarily closed")),
    ("moved", _("Moved")),
    ("quota", _("Daily quota")),
    ("appointment", _("Appointment required")),
    ("notice", _("Notice")),
]


class ServiceAlertPage(CataloguePage):
    """A temporary change to one service at one MPP, with the dates it applies."""

    kind = models.CharField(_("kind"), max_length=20, choices=ALERT_KINDS)
    starts = models.DateField(_("from"), help_text=_("The first day the alert applies."))
    ends = models.DateField(
        _("until"), null=True, blank=True, help_text=_("The last day it applies. Empty: until you unpublish it.")
    )
    quota = models.PositiveIntegerField(
        _("applicants per day"), null=True, blank=True, validators=[MinValueValidator(1)]
    )
    moved_to = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("moved to"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The page of the place or service that handles it now, if it has one."),
    )
    message = models.TextField(
        _("message"),
        blank=True,
        max_length=400,
        help_text=_("Anything citizens should know beyond the dates, in plain words."),
    )

    content_panels = CataloguePage.content_panels + [
        FieldPanel("kind"),
        FieldRowPanel([FieldPanel("starts"), FieldPanel("ends")], heading=_("When")),
        FieldPanel("quota"),
        PageChooserPanel("moved_to"),
        FieldPanel("message"),
    ]
    translatable_fields = translation_rules(
        translated=["message"], synchronized=["kind", "starts", "ends", "quota", "moved_to"]
    )
    search_fields = []

    parent_page_types = ["catalogue.ServicePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("service alert")
        verbose_name_plural = _("service alerts")

    def in_force(self, day):
        return self.starts <= day and (self.ends is None or day <= self.ends)

    def serve(self, request, *args, **kwargs):
        """An alert has no page of its own: its URL leads to the service, which shows it."""
        return redirect(self.get_parent().get_url(request) or "/")

    def get_sitemap_urls(self, request=None):
        return []

    def clean(self):
        super().clean()
        errors = {}
        if self.starts and self.ends and self.ends < self.starts:
            errors["ends"] = _("The last day cannot be before the first day.")
        if self.kind == "quota" and not self.quota:
            errors["quota"] = _("Enter how many applicants are served per day.")
        if self.kind == "moved" and not (self.moved_to_id or (self.message or "").strip()):
            errors["message"] = _("Tell citizens where the service has moved to, or choose the page.")
        if self.kind == "notice" and not (self.message or "").strip():
            errors["message"] = _("Write the notice citizens should read.")
        if errors:
            raise ValidationError(errors)


# --- Alerts in force, as citizens read them -----------------------------------------
# The Indonesian alert pages hold the facts (kind, dates, quota, where it moved): one source for
# every language. The text a citizen reads starts with a sentence derived from those facts in the
# reader's language; the editor's message follows only when it exists in that language (a live
# translation whose message was actually translated), so an English page never shows Indonesian
# prose.


@dataclass
class Alert:
    kind: str
    starts: dt.date
    ends: dt.date | None
    quota: int | None
    message: str = ""
    moved_to: object = None  # the page in the reader's language, or None

    @property
    def headline(self):
        """The facts as one sentence in the active language."""
        until = date_format(self.ends, "j F Y") if self.ends else None
        sentences = {
            "closed": (
                gettext("Temporarily closed until %(until)s.")
                if until
                else gettext("Temporarily closed until further notice.")
            ),
            "moved": gettext("Moved until %(until)s.") if until else gettext("Moved until further notice."),
            "quota": (
                gettext("Limited to %(quota)s applicants a day until %(until)s.")
                if until
                else gettext("Limited to %(quota)s applicants a day until further notice.")
            ),
            "appointment": (
                gettext("By appointment only until %(until)s.")
                if until
                else gettext("By appointment only until further notice.")
            ),
            "notice": gettext("Notice until %(until)s.") if until else gettext("Notice."),
        }
        return sentences[self.kind] % {"until": until, "quota": self.quota}

    @property
    def text(self):
        return f"{self.headline} {self.message}".strip()

    def as_json(self):
        return {
            "kind": self.kind,
            "starts": self.starts.isoformat(),
            "ends": self.ends.isoformat() if self.ends else None,
            "quota": self.quota,
            "text": self.text,
        }


def local_today(zone, now=None):
    return (now or timezone.now()).astimezone(zone).date()


def alerts_in_force(services, day=None, now=None):
    """{service page id: [Alert]} for services of any MPP and language, in a few queries.

    ``day`` (a plan's chosen day) applies to every service; without it each service uses
    today in its MPP's time zone.
    """
    services = [service for service in services if service is not None]
    if not services:
        return {}
    default = Locale.get_default()
    sources = _source_paths(services, default)
    if not sources:
        return {}
    candidates = _candidate_alerts(set(sources.values()), default, day, now)
    if not candidates:
        return {}
    days = _days_by_mpp(candidates, day, now)
    language = {service.pk: service.locale_id for service in services}
    localized = _localized(candidates, set(language.values()) - {default.pk})
    by_service_path = {}
    for alert in candidates:
        if alert.in_force(days[alert.path[: -3 * Page.steplen]]):
            by_service_path.setdefault(alert.path[: -Page.steplen], []).append(alert)
    result = {}
    for pk, path in sources.items():
        alerts = sorted(by_service_path.get(path, []), key=lambda alert: (alert.starts, alert.pk))
        if alerts:
            result[pk] = [_present(alert, language[pk], default.pk, localized) for alert in alerts]
    return result


def _source_paths(services, default):
    """{service id: path of its Indonesian page}."""
    paths = {service.pk: service.path for service in services if service.locale_id == default.pk}
    others = {service.translation_key: service.pk for service in services if service.locale_id != default.pk}
    if others:
        for key, path in Page.objects.filter(translation_key__in=others, locale=default).values_list(
            "translation_key", "path"
        ):
            paths[others[key]] = path
    return paths


def _candidate_alerts(service_paths, default, day, now):
    """Live alerts under these services that may be in force somewhere in Indonesia today (or on ``day``)."""
    if day is None:
        # Today differs between WIB and WIT around midnight: keep both, filter per MPP below.
        now = now or timezone.now()
        first, last = (now + dt.timedelta(hours=6)).date(), (now + dt.timedelta(hours=10)).date()
    else:
        first = last = day
    # Dated alerts are found in their own (small) table first: a national catalogue has 100,000s of pages
    # in the source language, and a database may otherwise start from those.
    dated = (
        ServiceAlertPage.objects.order_by()
        .filter(starts__lte=last)
        .filter(Q(ends__isnull=True) | Q(ends__gte=first))
        .values("page_ptr_id")
    )
    queryset = ServiceAlertPage.objects.live().public().filter(pk__in=dated, locale=default).select_related("moved_to")
    return [alert for alert in queryset if alert.path[: -Page.steplen] in service_paths]


def _days_by_mpp(alerts, day, now):
    """{MPP path: the day that counts there} (alert → service → agency → MPP)."""
    mpp_paths = {alert.path[: -3 * Page.steplen] for alert in alerts}
    if day is not None:
        return dict.fromkeys(mpp_paths, day)
    # The MPP pages, found by path (importing the location model here would close a cycle).
    return {
        mpp.path: local_today(ZoneInfo(mpp.time_zone), now)
        for mpp in Page.objects.filter(path__in=mpp_paths).specific()
    }


def _localized(alerts, locale_ids):
    """{(translation key, locale id): live translated alert} for the readers' other languages."""
    if not locale_ids:
        return {}
    return {
        (alert.translation_key, alert.locale_id): alert
        for alert in ServiceAlertPage.objects.live()
        .public()
        .filter(translation_key__in={alert.translation_key for alert in alerts}, locale_id__in=locale_ids)
        .only("translation_key", "locale_id", "message")
    }


def _present(alert, locale_id, default_id, localized):
    message = alert.message
    if locale_id != default_id:
        translated = localized.get((alert.translation_key, locale_id))
        # An untranslated message is copied from the source: show the facts alone then.
        message = translated.message if translated and translated.message != alert.message else ""
    moved_to = alert.moved_to
    if moved_to is not None:
        moved_to = moved_to.get_translation_or_none(Locale.objects.get(pk=locale_id))
        moved_to = moved_to if moved_to is not None and moved_to.live else None
    return Alert(alert.kind, alert.starts, alert.ends, alert.quota, message, moved_to)
