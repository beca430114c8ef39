"""A public service (layanan) of one agency at one MPP, following the service standard."""

import calendar
import re

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Locale, Page
from wagtail.search import index

from catalogue import languages
from catalogue.blocks import (
    ChannelStreamBlock,
    ComplaintChannelBlock,
    FeeBlock,
    FeeChoiceBlock,
    LegalBasisBlock,
    OneOfRequirementBlock,
    RequirementBlock,
    StepBlock,
    document_sources,
    issued_by,
    issuer_keys,
)
from catalogue.jsonld import government_service

from .alert import alerts_in_force
from .base import CataloguePage, translation_rules
from .snippets import LifeEvent

DURATION_UNITS = [
    ("minutes", _("minutes")),
    ("hours", _("hours")),
    ("days", _("days")),
    ("working_days", _("working days")),
]
# Minutes in one unit of a service's duration: the one rule for search's duration band, the
# plan's "longest" service and schema.org's processingTime. A working week (five working days)
# is a calendar week, so a working day counts 7/5 of a day.
DURATION_MINUTES = {"minutes": 1, "hours": 60, "days": 24 * 60, "working_days": 24 * 60 * 7 // 5}
# "varies": a tax whose amount is on the citizen's own bill (PBB, BPHTB, annual vehicle tax), so
# the portal can neither give an amount nor call it free.
FEE_KINDS = [("free", _("Free of charge")), ("paid", _("Paid")), ("varies", _("Depends on your bill or assessment"))]


# The six delivery components of the service standard (PermenPAN-RB 15/2014) that a
# service must carry before it can be sent to DPMPTSP for review, each with the field that
# carries it: a component is named by its field's own label (``component_label``).
DELIVERY_COMPONENTS = {
    "requirements": "requirements",
    "procedure": "procedure",
    "duration": "duration_value",
    "fee": "fee_kind",
    "output": "output",
    "complaints": "complaint_channels",
}


class StampPanel(FieldPanel):
    """A read-only field stamped by the review: "not yet" until then (Wagtail shows "None")."""

    def __init__(self, field_name, **kwargs):
        kwargs["read_only"] = True
        super().__init__(field_name, **kwargs)

    def format_value_for_display(self, value):
        if value in (None, ""):
            return _("not yet")
        return super().format_value_for_display(value)


def missing_components(get):
    """The delivery components that are missing, in the standard's order.

    ``get(name)`` returns a field's value: from a page, or from an editor's
    form before it is saved.
    """
    present = {
        "requirements": bool(get("requirements")),
        "procedure": bool(get("procedure")),
        "duration": bool(get("duration_value") and get("duration_unit")),
        "fee": get("fee_kind") in ("free", "varies") or (get("fee_kind") == "paid" and bool(get("fees"))),
        "output": bool((get("output") or "").strip()),
        "complaints": bool(get("complaint_channels")),
    }
    return [key for key in DELIVERY_COMPONENTS if not present[key]]


def component_label(component):
    """What the editor calls a component: the label of its field in the editor."""
    return ServicePage._meta.get_field(DELIVERY_COMPONENTS[component]).verbose_name


def missing_message(components):
    return _("This service cannot be sent for review yet. Missing: %(missing)s.") % {
        "missing": ", ".join(str(component_label(component)) for component in components)
    }


# How prose says a whole service costs nothing, and how it names a cost, per language: a summary
# that says "gratis" without naming any cost contradicts a paid fee ("Konsultasi gratis; PNBP
# Rp 30.000" does not).
FREE_WORDS = {
    "id": r"gratis|tidak dipungut biaya|tanpa biaya|bebas biaya|tidak berbayar|cuma-cuma",
    "en": r"free|no fee|no charge|costs nothing",
}
COST_WORDS = {"id": r"rp|bayar|dibayar|membayar|pajak|retribusi|pnbp", "en": r"rp|pay|paid|pays|tax|duty"}


def calls_free(text, language):
    """Whether ``text`` says that the service costs nothing, naming no cost."""
    if language not in FREE_WORDS or not text:
        return False
    return says(text, FREE_WORDS[language]) and not says(text, COST_WORDS[language])


def says(text, words):
    return re.search(rf"\b(?:{words})\b", text, re.IGNORECASE) is not None


def add_months(date, months):
    """``date`` plus whole months, on the last day of a shorter month (31 Jan + 1 = 28/29 Feb)."""
    month = date.month - 1 + months
    year, month = date.year + month // 12, month % 12 + 1
    return date.replace(year=year, month=month, day=min(date.day, calendar.monthrange(year, month)[1]))


def attach_places(services):
    """Set each service's agency and MPP from one query instead of two per service.

    ``agency`` and ``location`` are cached properties; lists of services (life
    events, popular services) would otherwise look up both parents per item.
    """
    paths = {s.path[: -Page.steplen] for s in services} | {s.path[: -2 * Page.steplen] for s in services}
    parents = {page.path: page for page in Page.objects.filter(path__in=paths).specific()}
    for service in services:
        service.__dict__["agency"] = parents[service.path[: -Page.steplen]]
        service.__dict__["location"] = parents[service.path[: -2 * Page.steplen]]
        service.agency.__dict__["location"] = service.location  # for the agency's short name
    return services


class ServicePageForm(WagtailAdminPageForm):
    """Offers only the counters of the MPP this service sits under, and refuses to send an
    incomplete service for review (saving an incomplete draft stays allowed)."""

    # The buttons of Wagtail's page editor that start a review.
    SUBMIT_ACTIONS = ("action-submit", "action-restart-workflow")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("counters")
        if field is not None and self.parent_page is not None and self.parent_page.depth > 1:
            # Counters are synchronized facts: an English service keeps its Indonesian MPP's rows.
            mpp = self.parent_page.get_parent().specific.source_page
            field.queryset = field.queryset.filter(page_id=mpp.id).order_by("floor_level", "number")
            field.error_messages["invalid_choice"] = _("Choose only counters of this MPP.")
        events = self.fields.get("life_events")
        if events is not None:
            # Synchronized facts too: chosen among the source language's life events, each once
            # (the English ones are their translations, shown on the English page).
            events.queryset = events.queryset.filter(locale_id=Locale.get_default().id)

    def clean(self):
        cleaned_data = super().clean()
        if any(self.data.get(action) for action in self.SUBMIT_ACTIONS):
            missing = missing_components(lambda name: cleaned_data.get(name, getattr(self.instance, name, None)))
            if missing:
                self.add_error(None, missing_message(missing))
            for component in missing:
                self.refuse_on_field(component, cleaned_data)
        return cleaned_data

    def refuse_on_field(self, component, cleaned_data):
        """The missing component's message on its own field (the duration's on the part left empty),
        unless that field already has one."""
        field = DELIVERY_COMPONENTS[component]
        if component == "duration" and cleaned_data.get("duration_value"):
            field = "duration_unit"
        if field in self.fields and field not in self.errors:
            label = capfirst(self.instance._meta.get_field(field).verbose_name)
            self.add_error(
                field, _("%(field)s is needed before the service can be sent for review.") % {"field": label}
            )


class ServicePage(CataloguePage):
    """One service (layanan) as the service standard (standar pelayanan) describes it."""

    summary = models.TextField(_("summary"), max_length=400, help_text=_("One or two plain sentences."))
    alternative_names = models.TextField(
        _("other names and keywords"),
        blank=True,
        help_text=_("One per line: old names, acronyms and words citizens use, for example IMB for PBG."),
    )

    eligibility = models.TextField(_("who can apply"), max_length=800)
    not_eligible = models.TextField(_("who cannot apply"), blank=True, max_length=800)
    requirements = StreamField(
        [("requirement", RequirementBlock()), ("one_of", OneOfRequirementBlock())], verbose_name=_("requirements")
    )
    procedure = StreamField([("step", StepBlock())], verbose_name=_("procedure"))
    duration_value = models.PositiveIntegerField(
        _("how long"), null=True, blank=True, validators=[MinValueValidator(1)]
    )
    duration_unit = models.CharField(_("unit"), max_length=20, choices=DURATION_UNITS, blank=True)
    fee_kind = models.CharField(
        _("fee"),
        max_length=10,
        choices=FEE_KINDS,
        blank=True,
        help_text=_(
            "Choose 'Free of charge', 'Paid' or 'Depends on your bill or assessment' (a tax on the "
            "citizen's own bill). A paid service lists each amount below: a 'Fee' every applicant "
            "pays, or a 'Choose one' when the applicant pays only one of several amounts."
        ),
    )
    fees = StreamField([("fee", FeeBlock()), ("choice", FeeChoiceBlock())], blank=True, verbose_name=_("fees"))
    output = models.TextField(_("what you receive"), max_length=600)
    complaint_channels = StreamField([("channel", ComplaintChannelBlock())], verbose_name=_("complaints and feedback"))
    legal_basis = StreamField([("regulation", LegalBasisBlock())], verbose_name=_("legal basis"))
    counters = ParentalManyToManyField(
        "catalogue.Counter", blank=True, related_name="services", verbose_name=_("counters")
    )
    other_channels = StreamField(ChannelStreamBlock(), blank=True, verbose_name=_("other ways to apply"))
    life_events = ParentalManyToManyField(
        "catalogue.LifeEvent", blank=True, related_name="services", verbose_name=_("life events")
    )
    last_reviewed = models.DateField(_("last reviewed"), null=True, blank=True)
    reviewed_by = models.CharField(_("reviewed by"), max_length=150, blank=True)

    base_form_class = ServicePageForm

    content_panels = CataloguePage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("alternative_names"),
        FieldPanel("counters", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel([FieldPanel("eligibility"), FieldPanel("not_eligible")], heading=_("Who can apply")),
        FieldPanel("requirements"),
        FieldPanel("procedure"),
        FieldRowPanel([FieldPanel("duration_value"), FieldPanel("duration_unit")], heading=_("Duration")),
        MultiFieldPanel([FieldPanel("fee_kind"), FieldPanel("fees")], heading=_("Cost")),
        FieldPanel("output"),
        FieldPanel("other_channels"),
        FieldPanel("complaint_channels"),
        FieldPanel("legal_basis"),
        FieldPanel("life_events", widget=forms.CheckboxSelectMultiple),
        # Stamped when DPMPTSP approves a change (catalogue/review.py), never typed in.
        FieldRowPanel(
            [StampPanel("last_reviewed"), StampPanel("reviewed_by")],
            heading=_("Review"),
        ),
    ]

    translatable_fields = translation_rules(
        translated=[
            "summary",
            "alternative_names",
            "eligibility",
            "not_eligible",
            "requirements",
            "procedure",
            "fees",
            "output",
            "complaint_channels",
            "legal_basis",
            "other_channels",
        ],
        synchronized=[
            "duration_value",
            "duration_unit",
            "fee_kind",
            "counters",
            "life_events",
            "last_reviewed",
            "reviewed_by",
        ],
    )
    search_fields = CataloguePage.search_fields + [
        index.SearchField("alternative_names", boost=4),
        index.SearchField("summary", boost=2),
        index.SearchField("output"),
        index.SearchField("eligibility"),
        index.FilterField("locale_id"),
    ]

    parent_page_types = ["catalogue.AgencyPage"]
    # Temporary closures, moves and limits are dated alert pages under the service (alert.py).
    subpage_types = ["catalogue.ServiceAlertPage"]
    template = "catalogue/service_page.html"

    class Meta:
        verbose_name = _("service")
        verbose_name_plural = _("services")

    # --- Where it sits -------------------------------------------------------

    @cached_property
    def agency(self):
        return self.get_parent().specific

    @cached_property
    def location(self):
        return self.agency.get_parent().specific

    @property
    def language(self):
        """The language this page is written in (a new page's is the source language's until saved)."""
        return self.locale.language_code if self.locale_id else languages.source()

    # --- Completeness and review --------------------------------------------

    def missing_components(self):
        return missing_components(lambda name: getattr(self, name, None))

    @property
    def completeness(self):
        """How many of the six delivery components this version carries, e.g. "4/6"."""
        return f"{len(DELIVERY_COMPONENTS) - len(self.missing_components())}/{len(DELIVERY_COMPONENTS)}"

    # --- Facts, shaped for templates, JSON-LD and later the API -------------

    @property
    def fee_free(self):
        """True when free of charge, False when paid, None while the editor has not said."""
        return {"free": True, "paid": False, "varies": False}.get(self.fee_kind)

    @property
    def is_free(self):
        return self.fee_free is True

    @property
    def is_online(self):
        """Whether the service can be started or done online (an "online" channel)."""
        return any(block["type"] == "online" for block in self.other_channels.raw_data)

    @property
    def duration_minutes(self):
        """How long the service takes, in minutes (see ``DURATION_MINUTES``), or None."""
        if not self.duration_value or self.duration_unit not in DURATION_MINUTES:
            return None
        return self.duration_value * DURATION_MINUTES[self.duration_unit]

    def fee_parts(self):
        """(always, choices) of a paid service: the fees every applicant pays, and each "choose one" as
        {"label", "options"}, options being fees of which the applicant pays exactly one."""
        if self.fee_kind != "paid":
            return [], []
        always = [block.value for block in self.fees if block.block_type == "fee"]
        choices = [
            {"label": block.value["label"], "options": list(block.value["options"])}
            for block in self.fees
            if block.block_type == "choice" and block.value["options"]
        ]
        return always, choices

    def fee_range(self, variants=None):
        """(lowest, highest) total in rupiah: what is always paid plus the cheapest, or the dearest,
        option of each choice (the chosen option where ``variants``, {choice number: option number}
        counted from 1, picks one). (0, 0) when free; None when the amount is unknown or on a tax bill."""
        if self.fee_kind == "free":
            return (0, 0)
        if self.fee_kind != "paid":
            return None
        always, choices = self.fee_parts()
        variants = variants or {}
        low = high = sum(fee["amount"] for fee in always)
        for number, choice in enumerate(choices, start=1):
            amounts = [option["amount"] for option in choice["options"]]
            picked = variants.get(number)
            if picked is not None and 1 <= picked <= len(amounts):
                amounts = [amounts[picked - 1]]
            low, high = low + min(amounts), high + max(amounts)
        return (low, high)

    def fee_total(self, variants=None):
        """The exact total once the applicant has chosen an option of every choice (``variants`` as in
        ``fee_range``); None while a choice is open (or the amount unknown)."""
        span = self.fee_range(variants)
        return span[0] if span is not None and span[0] == span[1] else None

    @property
    def duration_text(self):
        if not self.duration_value:
            return ""
        value = self.duration_value
        texts = {
            "minutes": ngettext("%(n)s minute", "%(n)s minutes", value),
            "hours": ngettext("%(n)s hour", "%(n)s hours", value),
            "days": ngettext("%(n)s day", "%(n)s days", value),
            "working_days": ngettext("%(n)s working day", "%(n)s working days", value),
        }
        return texts[self.duration_unit] % {"n": value}

    @property
    def duration_iso(self):
        """ISO 8601 duration for schema.org processingTime, from ``duration_minutes``."""
        minutes = self.duration_minutes
        if minutes is None:
            return None
        days, minutes = divmod(minutes, 24 * 60)
        hours, minutes = divmod(minutes, 60)
        time = (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "")
        return "P" + (f"{days}D" if days else "") + (f"T{time}" if time else "")

    def alternative_name_list(self):
        return [line.strip() for line in self.alternative_names.splitlines() if line.strip()]

    def requirement_blocks(self):
        """The requirement blocks, those every applicant needs first (stable otherwise)."""
        return sorted(self.requirements, key=lambda block: block.value["condition"] is not None)

    @staticmethod
    def block_documents(block):
        """The document entries of a requirement block: itself, or the options of "one of these"."""
        return list(block.value["options"]) if block.block_type == "one_of" else [block.value]

    def issuer_slugs(self):
        """The slugs of the services named as issuers on this service's document types (a requirement
        that names its issuing service needs no lookup)."""
        items = [item for block in self.requirements for item in self.block_documents(block)]
        slugs = {key for item in items if not item["produced_by"] for key in issuer_keys(item["document"])}
        slugs.discard("")
        return slugs

    @staticmethod
    def live_services_at(location, locale_id, slugs):
        """{slug: live service at ``location``} in one query."""
        if not slugs:
            return {}
        return {
            page.slug: page
            for page in ServicePage.objects.live()
            .public()
            .descendant_of(location)
            .filter(slug__in=slugs, locale_id=locale_id)
        }

    def requirement_issuers(self, found=None):
        """{slug: live service at this MPP} for the services named on this service's document types.
        ``found`` is such a lookup already made for several services of the same MPP (the visit plan)."""
        slugs = self.issuer_slugs()
        if found is None:
            found = self.live_services_at(self.location, self.locale_id, slugs)
        return {slug: page for slug, page in found.items() if slug in slugs and page.pk != self.pk}

    def requirement_items(self, answers=None, found=None):
        """Requirements, those every applicant needs first: {"condition", "one_of", "options"}, each option
        a document entry with, where known, the service at this MPP that issues it (``issued_by``) or else
        where the document comes from (``sources``), as far as ``answers`` ({condition key: bool}) decide.
        ``found``: see ``requirement_issuers``."""
        issuers = self.requirement_issuers(found)
        return [
            {
                "condition": block.value["condition"],
                "one_of": block.block_type == "one_of",
                "options": [
                    {
                        **dict(item),
                        "issued_by": issued_by(item, issuers, answers),
                        "sources": document_sources(item["document"], issuers, answers),
                    }
                    for item in self.block_documents(block)
                ],
            }
            for block in self.requirement_blocks()
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        location = self.location
        home = location.get_parent().specific
        counters = location.describe_counters(self.counters.all())
        context.update(
            location=location,
            agency=self.agency,
            counters=counters,
            opening=location.opening_status(),
            alerts=alerts_in_force([self]).get(self.pk, []),
            requirement_issuers=self.requirement_issuers(),
            life_events=[
                {"name": event.name, "url": url}
                for event in LifeEvent.objects.filter(
                    # A list, not a subquery: in a preview the relation is modelcluster's in-memory set.
                    translation_key__in=[event.translation_key for event in self.life_events.all()],
                    locale_id=self.locale_id,
                )
                if (url := home.life_event_url(event, request))
            ],
            structured_data=government_service(self, request, counters=counters),
        )
        return context

    # --- Validation ------------------------------------------------------------

    def clean(self):
        super().clean()
        errors = {}
        if self.duration_value and not self.duration_unit:
            errors["duration_unit"] = _("Choose a unit for the duration: minutes, hours, days or working days.")
        if self.duration_unit and not self.duration_value:
            errors["duration_value"] = _("Enter how long the service takes, as a number.")
        amounts = [
            fee["amount"]
            for block in self.fees
            for fee in ([block.value] if block.block_type == "fee" else block.value["options"])
        ]
        if any(amount is None or amount < 0 for amount in amounts):
            errors["fees"] = _("A fee cannot be negative. Enter 0 or more rupiah.")
        elif self.fee_kind == "free" and any(amounts):
            errors["fees"] = _("This service is marked free of charge. Remove the fees or mark it as paid.")
        elif self.fee_kind == "paid" and not amounts:
            errors["fees"] = _("This service is marked as paid. Add at least one fee with its amount.")
        elif self.fee_kind == "varies" and amounts:
            errors["fees"] = _(
                "The amount of this service depends on the citizen's assessment. Remove the fees or mark it as paid."
            )
        if self.fee_kind in ("paid", "varies") and calls_free(self.summary, self.language):
            errors["summary"] = _(
                "The summary says this service is free of charge, but its fee is '%(fee)s'. "
                "Correct the summary or the fee."
            ) % {"fee": self.get_fee_kind_display()}
        if self.depth and self.depth > 2 and self.path:
            mpp = self.get_parent().get_parent()
            foreign = [c for c in self.counters.all() if c.page.translation_key != mpp.translation_key]
            if foreign:
                errors["counters"] = _("Counter %(number)s belongs to another MPP. Choose counters of this MPP.") % {
                    "number": foreign[0].number
                }
        if errors:
            raise ValidationError(errors)
