"""A visit plan: several services at one MPP, merged into one checklist for one trip.

The plan lives entirely in its URL (``/id/rencana/<mpp>/?s=<key>&s=<key>&day=YYYY-MM-DD``,
``/en/visit-plan/...``); nothing about the citizen is stored on the server. Keys are the
slugs of the Indonesian service pages, the same in both languages (as in the search API),
so the language switch keeps the plan.
"""

import datetime as dt
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from wagtail.models import Locale

from catalogue.blocks import amount_text
from catalogue.models import MPPLocationPage, ServicePage, alerts_in_force

MAX_SERVICES = 12
"""More than a dozen services is not one visit; extra keys are ignored with a message."""

ORIGINAL_FORMS = {"original", "original_and_copy", "show_original"}
COPY_FORMS = {"copy", "original_and_copy"}
COOKIE = "visit_plan"
"""The last plan this browser opened, ``<mpp>:<key>,<key>``, kept only in the citizen's browser
so that "add to my visit" on another service page can extend it."""


def plan_url(mpp_slug, keys, day=None):
    """The URL of a plan in the active language."""
    url = reverse("visit_plan", kwargs={"mpp": mpp_slug})
    query = [("s", key) for key in dict.fromkeys(keys)]
    if day:
        query.append(("day", day.isoformat() if hasattr(day, "isoformat") else day))
    return f"{url}?{urlencode(query)}" if query else url


def remembered_plan(request):
    """(mpp slug, [keys]) of the plan being extended, or (None, []).

    The plan page's "add another service" search passes ``mpp`` and ``plan`` in the query
    string (works without cookies); otherwise the cookie the plan page set is used.
    """
    if request.GET.get("plan") is not None and request.GET.get("mpp"):
        mpp, keys = request.GET["mpp"], request.GET["plan"]
    else:
        mpp, _sep, keys = request.COOKIES.get(COOKIE, "").partition(":")
    keys = [key for key in keys.split(",") if key][:MAX_SERVICES]
    return (mpp or None), keys


def add_url(request, mpp_slug, key):
    """ "Add to my visit": extends the remembered plan when it is for the same MPP."""
    remembered_mpp, keys = remembered_plan(request)
    if remembered_mpp != mpp_slug:
        keys = []
    return plan_url(mpp_slug, [*keys, key])


@dataclass
class ChecklistLine:
    document: object
    quantity_original: int = 0
    quantity_copy: int = 0
    show_original_only: bool = True
    services: list = field(default_factory=list)
    notes: list = field(default_factory=list)
    issued_by: object = None
    issuer_in_plan: bool = False
    issuer_counters: list = field(default_factory=list)

    @property
    def needs_original(self):
        return self.quantity_original > 0

    @property
    def amount_text(self):
        """One amount for every service together: the highest number of copies, originals if any needs them."""
        if self.quantity_original and self.quantity_copy:
            return amount_text({"quantity": self.quantity_copy, "form": "original_and_copy"})
        if self.quantity_original:
            if self.show_original_only:
                return amount_text({"quantity": 1, "form": "show_original"})
            return amount_text({"quantity": self.quantity_original, "form": "original"})
        return amount_text({"quantity": self.quantity_copy or 1, "form": "copy"})


class VisitPlan:
    """The plan for the services ``keys`` at ``mpp`` (the MPP page in the active language)."""

    def __init__(self, mpp, keys, day=None, now=None):
        self.mpp = mpp
        self.default_locale = Locale.get_default()
        self.source_mpp = mpp if mpp.locale_id == self.default_locale.pk else mpp.get_translation(self.default_locale)
        self.requested = list(dict.fromkeys(key for key in keys if key))
        self.too_many = len(self.requested) > MAX_SERVICES
        self.keys = self.requested[:MAX_SERVICES]
        self.now = (now or timezone.now()).astimezone(mpp.schedule.zone)
        self.day = day or self.now.date()
        self._resolve()
        self._attach_alerts()

    # --- Which services ---------------------------------------------------------

    def _resolve(self):
        default = self.default_locale
        here = {
            page.slug: page
            for page in ServicePage.objects.live()
            .public()
            .descendant_of(self.source_mpp)
            .filter(slug__in=self.keys, locale=default)
        }
        localized = {
            page.translation_key: page
            for page in ServicePage.objects.live()
            .public()
            .filter(translation_key__in=[p.translation_key for p in here.values()], locale_id=self.mpp.locale_id)
            .prefetch_related("counters")
        }
        services = []
        for key in self.keys:
            if key in here:
                page = localized.get(here[key].translation_key, here[key])
                page.plan_key = key
                services.append(page)
        missing = [key for key in self.keys if key not in here]
        self.elsewhere, self.unknown = self._offered_elsewhere(missing)
        self.services = self._producers_first(services)

    def _attach_alerts(self):
        """Each service's alerts in force on the plan's day (closed, moved, limited)."""
        alerts = alerts_in_force(self.services, day=self.day)
        for service in self.services:
            service.alerts = alerts.get(service.pk, [])

    def _offered_elsewhere(self, keys):
        """Keys not offered at this MPP: [(title, [(mpp title, url)])] and keys unknown everywhere."""
        if not keys:
            return [], []
        default = self.default_locale
        sources = ServicePage.objects.live().public().filter(slug__in=keys, locale=default).order_by("path")
        by_key = {}
        for source in sources:
            page = source.get_translation_or_none(self.mpp.locale) or source
            if not page.live:
                page = source
            by_key.setdefault(source.slug, []).append(page)
        elsewhere = []
        for key in keys:
            if key not in by_key:
                continue
            offers = [
                {"mpp": page.location.title, "url": page.url, "add_url": plan_url(page.location.slug, [key])}
                for page in by_key[key]
            ]
            first = by_key[key][0]
            # A service with no translation yet is shown in Indonesian: say so for screen readers.
            lang = first.locale.language_code if first.locale_id != self.mpp.locale_id else ""
            elsewhere.append({"key": key, "title": first.title, "lang": lang, "offers": offers})
        unknown = [key for key in keys if key not in by_key]
        return elsewhere, unknown

    def _producers_first(self, services):
        """Order services so that one issuing a document another needs comes first (stable otherwise)."""
        by_slug = {s.plan_key: s for s in services}
        needs = {s.plan_key: set() for s in services}
        self._requirements = {}
        for service in services:
            items = service.requirement_items()
            self._requirements[service.plan_key] = items
            for item in items:
                issuer = item["issued_by"]
                if issuer is not None:
                    issuer_key = issuer.key
                    if issuer_key in by_slug and issuer_key != service.plan_key:
                        needs[service.plan_key].add(issuer_key)
        ordered, done = [], set()
        remaining = [s.plan_key for s in services]
        while remaining:
            ready = [key for key in remaining if needs[key] <= done] or remaining[:1]  # a cycle: keep the given order
            key = ready[0]
            ordered.append(by_slug[key])
            done.add(key)
            remaining.remove(key)
        return ordered

    # --- What it adds up to -----------------------------------------------------------

    @property
    def service_keys(self):
        return [s.plan_key for s in self.services]

    def url(self, keys=None, day=None):
        return plan_url(self.source_mpp.slug, self.service_keys if keys is None else keys, day or self.day_param)

    @property
    def day_param(self):
        return None if self.day == self.now.date() else self.day

    def remove_url(self, key):
        return self.url([k for k in self.service_keys if k != key])

    def counters(self):
        """Counters to visit in walking order (floor, then number), each with the plan's services there."""
        served = {}
        all_counters = {}
        for service in self.services:
            for counter in service.counters.all():
                all_counters[counter.number] = counter
                served.setdefault(counter.number, []).append(service)
        rows = self.mpp.describe_counters(all_counters.values())
        for row in rows:
            row["services"] = served[row["number"]]
        return rows

    def counter_numbers(self, service):
        return sorted(c.number for c in service.counters.all())

    def checklist(self):
        """One line per document across all services, with the highest amounts and who needs it."""
        if getattr(self, "_checklist", None) is None:
            self._checklist = self._merge()
        return self._checklist

    def _merge(self):
        lines = {}
        plan_keys = set(self.service_keys)
        for service in self.services:
            for item in self._requirements[service.plan_key]:
                document = item["document"]
                if document is None:
                    continue
                line = lines.get(document.translation_key)
                if line is None:
                    line = lines[document.translation_key] = ChecklistLine(document=document)
                quantity = item["quantity"] or 1
                form = item["form"]
                if form in ORIGINAL_FORMS:
                    line.quantity_original = max(line.quantity_original, 1 if form == "show_original" else quantity)
                    if form != "show_original":
                        line.show_original_only = False
                if form in COPY_FORMS:
                    line.quantity_copy = max(line.quantity_copy, quantity)
                if service not in line.services:
                    line.services.append(service)
                note = (item.get("note") or "").strip().rstrip(".")
                if note and note not in line.notes:
                    line.notes.append(note)
                issuer = item["issued_by"]
                if issuer is not None and line.issued_by is None and issuer.key != service.plan_key:
                    line.issued_by = issuer
                    line.issuer_in_plan = issuer.key in plan_keys
                    line.issuer_counters = sorted(c.number for c in issuer.counters.all())
        return list(lines.values())

    def suggestions(self):
        """Services at this MPP that issue a document the plan needs, not yet in the plan."""
        found = {}
        for line in self.checklist():
            if line.issued_by is not None and not line.issuer_in_plan:
                key = line.issued_by.key
                entry = found.setdefault(
                    key,
                    {
                        "service": line.issued_by,
                        "documents": [],
                        "add_url": self.url([key, *self.service_keys]),
                        "counters": line.issuer_counters,
                    },
                )
                entry["documents"].append(line.document.name)
        return list(found.values())

    def fees(self):
        """[(service, [(amount, purpose)], kind)] and the total in rupiah."""
        rows, total = [], 0
        for service in self.services:
            amounts = (
                [(b.value["amount"], b.value["purpose"]) for b in service.fees] if service.fee_kind == "paid" else []
            )
            total += sum(amount for amount, _purpose in amounts)
            rows.append({"service": service, "kind": service.fee_kind, "amounts": amounts})
        return rows, total

    def longest(self):
        """The service that takes longest, or None when no duration is known."""
        timed = [(s.duration_minutes, s) for s in self.services if s.duration_minutes]
        return max(timed, key=lambda pair: pair[0])[1] if timed else None

    def same_day_minutes(self):
        """Time at the counters today: the services that finish within hours, one after the other."""
        return sum(m for s in self.services if (m := s.duration_minutes) and m < 24 * 60)

    def day_hours(self):
        return self.mpp.schedule.hours_on(self.day)

    def warnings(self):
        """Plain sentences about the chosen day: closed, already closed, or closing before the work is done."""
        hours = self.day_hours()
        if not hours.periods:
            if hours.reason:
                return [_("The MPP is closed on this day (%(reason)s). Choose another day.") % {"reason": hours.reason}]
            return [_("The MPP is closed on this day. Choose another day.")]
        last_close = hours.periods[-1].closes
        needed = self.same_day_minutes()
        start = hours.periods[0].opens
        messages = []
        if self.day == self.now.date():
            clock = self.now.time().replace(second=0, microsecond=0)
            if clock >= last_close:
                return [_("The MPP has already closed for today. Choose another day.")]
            start = max(start, clock)
        open_minutes = sum(max(0, minutes(p.closes) - max(minutes(p.opens), minutes(start))) for p in hours.periods)
        if needed and needed > open_minutes:
            messages.append(
                _(
                    "The MPP closes at %(time)s. The services in this plan take about %(needed)s at the counters, "
                    "more than the time left. Come when it opens or split your visit."
                )
                % {"time": last_close.strftime("%H:%M"), "needed": minutes_text(needed)}
            )
        return messages


def minutes(time):
    return time.hour * 60 + time.minute


def minutes_text(total):
    total = int(total)
    if total < 60:
        return ngettext("%(n)s minute", "%(n)s minutes", total) % {"n": total}
    hours = round(total / 60, 1)
    if hours == int(hours):
        hours = int(hours)
    return ngettext("%(n)s hour", "%(n)s hours", hours if isinstance(hours, int) else 2) % {"n": hours}


def parse_day(value):
    """A date from ``YYYY-MM-DD``, or None."""
    try:
        day = dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        return None
    return day


def find_mpp(slug, locale):
    """The live MPP page for ``slug`` (the Indonesian slug) in ``locale``, or None."""
    source = (
        MPPLocationPage.objects.live().public().filter(slug=slug, locale=Locale.get_default()).first() if slug else None
    )
    if source is None:
        return None
    page = source.get_translation_or_none(locale)
    return page if page is not None and page.live else source
