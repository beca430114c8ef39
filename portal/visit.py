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
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from wagtail.models import Locale

from catalogue.alternatives import not_here
from catalogue.blocks import amount_text
from catalogue.models import MPPLocationPage, ServicePage, alerts_in_force

MAX_SERVICES = 12
"""More than a dozen services is not one visit; extra keys are ignored with a message."""

ORIGINAL_FORMS = {"original", "original_and_copy", "show_original"}
COPY_FORMS = {"copy", "original_and_copy"}
COOKIE = "visit_plan"
"""The last plan this browser opened, ``<mpp>:<key>,<key>``, kept only in the citizen's browser
so that "add to my visit" on another service page can extend it."""


def plan_url(mpp_slug, keys, day=None, answers=None, variants=None):
    """The URL of a plan in the active language. ``answers`` is {condition slug: True/False},
    ``variants`` {service key: {choice number: option number}}."""
    url = reverse("visit_plan", kwargs={"mpp": mpp_slug})
    query = [("s", key) for key in dict.fromkeys(keys)]
    if day:
        query.append(("day", day.isoformat() if hasattr(day, "isoformat") else day))
    for slug, answer in (answers or {}).items():
        query.append(("yes" if answer else "no", slug))
    for key, chosen in (variants or {}).items():
        if key in keys:
            query.extend(("v", f"{key}.{choice}.{option}") for choice, option in sorted(chosen.items()))
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
    """One document (or "one of" several documents) to bring, merged across the plan's services."""

    document: object
    alternatives: list = field(default_factory=list)
    quantity_original: int = 0
    quantity_copy: int = 0
    show_original_only: bool = True
    services: list = field(default_factory=list)
    notes: list = field(default_factory=list)
    issued_by: object = None
    issuer_in_plan: bool = False
    issuer_counters: list = field(default_factory=list)
    issuer_same_day: bool = False
    sources: list = field(default_factory=list)

    @property
    def documents(self):
        """The document, or every document of a "one of" line."""
        return self.alternatives or [self.document]

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

    def __init__(self, mpp, keys, day=None, now=None, answers=None, variants=None):
        self.mpp = mpp
        self.default_locale = Locale.get_default()
        self.source_mpp = mpp if mpp.locale_id == self.default_locale.pk else mpp.get_translation(self.default_locale)
        self.requested = list(dict.fromkeys(key for key in keys if key))
        self.too_many = len(self.requested) > MAX_SERVICES
        self.keys = self.requested[:MAX_SERVICES]
        self.now = (now or timezone.now()).astimezone(mpp.schedule.zone)
        self.day_notes = []
        self.day_chosen = day is not None and day >= self.now.date()
        if day is not None and not self.day_chosen:
            self.day_notes.append(
                _("%(day)s has already passed. Choose today or a later day.") % {"day": date_format(day, "j F Y")}
            )
        self.day = day if self.day_chosen else self._next_open_day()
        self.answers = dict(answers or {})
        self.variants = {key: dict(chosen) for key, chosen in (variants or {}).items()}
        self.ignored = []
        self._resolve()
        self._check_choices()
        self._attach_alerts()

    def _next_open_day(self, horizon_days=31):
        """Today, unless the MPP is closed today or has already closed: then the next day it opens
        (and the page says so)."""
        today = self.now.date()
        for offset in range(horizon_days + 1):
            day = today + dt.timedelta(days=offset)
            periods = self.mpp.schedule.hours_on(day).periods
            if periods and (offset or self.now.time() < periods[-1].closes):
                if offset:
                    self.day_notes.append(
                        _("The MPP is closed for the rest of today, so this plan is for %(day)s, when it opens.")
                        % {"day": date_format(day, "l j F Y")}
                    )
                return day
        return today

    def _check_choices(self):
        """Drop answers to questions this plan does not ask and variants it does not offer, saying so."""
        asked = {condition.slug for condition in self.conditions()} | self._issuer_condition_keys()
        for slug in [slug for slug in self.answers if slug not in asked]:
            del self.answers[slug]
            self.ignored.append(slug)
        by_key = {service.plan_key: service for service in self.services}
        for key, chosen in list(self.variants.items()):
            choices = by_key[key].fee_parts()[1] if key in by_key else []
            for number, option in list(chosen.items()):
                if not (1 <= number <= len(choices) and 1 <= option <= len(choices[number - 1]["options"])):
                    del chosen[number]
                    self.ignored.append(f"{key}.{number}.{option}")
            if not chosen:
                del self.variants[key]

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
                page = localized.get(here[key].translation_key)
                if page is None:  # not translated yet: the Indonesian page, at the Indonesian MPP
                    page = here[key]
                    page.location = self.source_mpp
                else:
                    page.location = self.mpp
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
        """Keys not offered at this MPP with where to go instead (``catalogue.alternatives``), and keys
        unknown everywhere."""
        if not keys:
            return [], []
        elsewhere = not_here(self.mpp, keys)
        known = {item["key"] for item in elsewhere}
        return elsewhere, [key for key in keys if key not in known]

    def _producers_first(self, services):
        """Order services so that one issuing a document another needs comes first (stable otherwise)."""
        by_slug = {s.plan_key: s for s in services}
        needs = {s.plan_key: set() for s in services}
        self._requirements = {}
        # The issuers every service names, found at this MPP in one query for the whole plan.
        wanted = {}
        for service in services:
            wanted.setdefault((service.location, service.locale_id), set()).update(service.issuer_slugs())
        found = {where: ServicePage.live_services_at(*where, slugs) for where, slugs in wanted.items()}
        for service in services:
            items = service.requirement_items(self.answers, found[(service.location, service.locale_id)])
            self._requirements[service.plan_key] = items
            for issuer in (option["issued_by"] for item in items for option in item["options"]):
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

    def url(self, keys=None, day=None, answers=None, variants=None):
        return plan_url(
            self.source_mpp.slug,
            self.service_keys if keys is None else keys,
            day or self.day_param,
            self.answers if answers is None else answers,
            self.variants if variants is None else variants,
        )

    @property
    def day_param(self):
        return self.day if self.day_chosen else None

    def remove_url(self, key):
        return self.url([k for k in self.service_keys if k != key])

    def answer_url(self, slug, answer):
        """The plan with the question about ``slug`` answered (True/False) or, with None, unanswered."""
        answers = {k: v for k, v in self.answers.items() if k != slug}
        if answer is not None:
            answers[slug] = answer
        return self.url(answers=answers)

    def choose_url(self, key, choice, option):
        """The plan with ``option`` chosen for the fee choice number ``choice`` of service ``key``."""
        variants = {k: dict(v) for k, v in self.variants.items()}
        variants.setdefault(key, {})[choice] = option
        return self.url(variants=variants)

    def hidden_fields(self, without=()):
        """(name, value) of the plan's query string, for GET forms that change one part of it."""
        fields = [("s", key) for key in self.service_keys]
        if self.day_param and "day" not in without:
            fields.append(("day", self.day_param.isoformat()))
        if "answers" not in without:
            fields += [("yes" if answer else "no", slug) for slug, answer in self.answers.items()]
        if "variants" not in without:
            fields += [
                ("v", f"{key}.{choice}.{option}")
                for key, chosen in self.variants.items()
                for choice, option in sorted(chosen.items())
            ]
        return fields

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
        """What every applicant in this plan brings, with the answers given: one line per document
        (or "one of" several documents) across all services, with the highest amounts and who needs it."""
        self._merge_once()
        return self._bring

    def conditional(self):
        """The questions not answered yet, each with the documents a "yes" would add:
        [{"condition", "lines"}], in the order the services need them."""
        self._merge_once()
        return self._conditional

    def conditions(self):
        """Every condition a requirement of this plan depends on, once, in order."""
        found = {}
        for service in self.services:
            for item in self._requirements[service.plan_key]:
                if item["condition"] is not None:
                    found.setdefault(item["condition"].slug, item["condition"])
        return list(found.values())

    def _issuer_condition_keys(self):
        """Keys of the conditions that decide where a document comes from (answers accepted, not asked)."""
        return {
            block.value["condition"].slug
            for items in self._requirements.values()
            for item in items
            for option in item["options"]
            if option["document"] is not None
            for block in option["document"].issuers
            if block.value.get("condition") is not None
        }

    def answered(self):
        """[(condition, answer)] for the questions the citizen answered."""
        return [(c, self.answers[c.slug]) for c in self.conditions() if c.slug in self.answers]

    def _merge_once(self):
        if getattr(self, "_bring", None) is not None:
            return
        bring, groups = {}, {}
        plan_keys = set(self.service_keys)
        for service in self.services:
            for item in self._requirements[service.plan_key]:
                condition = item["condition"]
                answer = None if condition is None else self.answers.get(condition.slug)
                if answer is False:
                    continue
                if condition is None or answer:
                    lines = bring
                else:
                    lines = groups.setdefault(condition.slug, {"condition": condition, "lines": {}})["lines"]
                self._add(lines, service, item, plan_keys)
        self._bring = list(bring.values())
        self._conditional = [{"condition": g["condition"], "lines": list(g["lines"].values())} for g in groups.values()]

    def _add(self, lines, service, item, plan_keys):
        options = [option for option in item["options"] if option["document"] is not None]
        if not options:
            return
        key = tuple(sorted(str(option["document"].translation_key) for option in options))
        line = lines.get(key)
        if line is None:
            alternatives = [option["document"] for option in options] if len(options) > 1 else []
            line = lines[key] = ChecklistLine(document=options[0]["document"], alternatives=alternatives)
        for option in options:
            quantity = option["quantity"] or 1
            form = option["form"]
            if form in ORIGINAL_FORMS:
                line.quantity_original = max(line.quantity_original, 1 if form == "show_original" else quantity)
                if form != "show_original":
                    line.show_original_only = False
            if form in COPY_FORMS:
                line.quantity_copy = max(line.quantity_copy, quantity)
            note = (option.get("note") or "").strip().rstrip(".")
            if note and note not in line.notes:
                line.notes.append(note)
        if service not in line.services:
            line.services.append(service)
        issuer = options[0]["issued_by"] if len(options) == 1 else None
        if issuer is None and len(options) == 1 and not line.sources:
            line.sources = [source for source in options[0]["sources"] if source["service"] != service]
        if issuer is not None and line.issued_by is None and issuer.key != service.plan_key:
            line.issued_by = issuer
            line.issuer_in_plan = issuer.key in plan_keys
            line.issuer_counters = sorted(c.number for c in issuer.counters.all())
            line.issuer_same_day = same_day(issuer)

    def suggestions(self):
        """Services at this MPP that issue a document the plan needs and can be done first on the
        same visit, not yet in the plan."""
        found = {}
        for line in self.checklist():
            if line.issued_by is not None and not line.issuer_in_plan and line.issuer_same_day:
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
        """Per service its fees, the options of each choice (and which is chosen), and the plan's total:
        {"min", "max", "exact"} in rupiah, "exact" None while a choice is open, and the services whose
        amount is on the citizen's own bill or unknown (``open_amounts``)."""
        rows, low, high, exact, open_amounts = [], 0, 0, 0, []
        for service in self.services:
            always, choices = service.fee_parts()
            chosen = self.variants.get(service.plan_key, {})
            span = service.fee_range(chosen)
            total = service.fee_total(chosen)
            rows.append(
                {
                    "service": service,
                    "kind": service.fee_kind,
                    "always": always,
                    "choices": [
                        {
                            "number": number,
                            "label": choice["label"],
                            "chosen": chosen.get(number),
                            "options": [
                                {
                                    "number": n,
                                    "amount": option["amount"],
                                    "purpose": option["purpose"],
                                    "url": self.choose_url(service.plan_key, number, n),
                                }
                                for n, option in enumerate(choice["options"], start=1)
                            ],
                        }
                        for number, choice in enumerate(choices, start=1)
                    ],
                    "range": span,
                    "total": total,
                }
            )
            if span is None:
                open_amounts.append(service)
                continue
            low, high = low + span[0], high + span[1]
            exact = None if exact is None or total is None else exact + total
        return rows, {"min": low, "max": high, "exact": exact, "open_amounts": open_amounts}

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


def same_day(service):
    """Whether a service is done within the day, so that it can come first on the same visit."""
    return service.duration_minutes is not None and service.duration_minutes < 24 * 60


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


# A plan's day is bounded: near the ends of the calendar, date arithmetic (the next working
# day, a week's hours) would overflow.
FIRST_DAY, LAST_DAY = dt.date(2000, 1, 1), dt.date(2099, 12, 31)


def parse_day(value):
    """A date from ``YYYY-MM-DD`` between ``FIRST_DAY`` and ``LAST_DAY``, or None."""
    try:
        day = dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        return None
    return day if FIRST_DAY <= day <= LAST_DAY else None


def find_mpp(slug, locale):
    """The live MPP page for ``slug`` (the Indonesian slug) in ``locale``, or None."""
    source = (
        MPPLocationPage.objects.live().public().filter(slug=slug, locale=Locale.get_default()).first() if slug else None
    )
    if source is None:
        return None
    page = source.get_translation_or_none(locale)
    return page if page is not None and page.live else source
