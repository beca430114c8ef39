"""An MPP location (Mal Pelayanan Publik) with its floors, counters and opening hours."""

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import StreamField
from wagtail.models import Locale, Orderable, TranslatableMixin
from wagtail.search import index

from catalogue.blocks import FacilityBlock
from catalogue.jsonld import government_office
from catalogue.opening import Schedule

from .agency import AgencyPage
from .alert import alerts_in_force
from .base import CataloguePage, translation_rules
from .panels import TimePanel, TitledInlinePanel
from .service import ServicePage

TIME_ZONES = [
    ("Asia/Jakarta", _("WIB (Western Indonesia Time, UTC+7)")),
    ("Asia/Makassar", _("WITA (Central Indonesia Time, UTC+8)")),
    ("Asia/Jayapura", _("WIT (Eastern Indonesia Time, UTC+9)")),
]
ZONE_LABELS = {"Asia/Jakarta": "WIB", "Asia/Makassar": "WITA", "Asia/Jayapura": "WIT"}
# Words that name the kind of region, not the place: "Kabupaten Jember", "Jember Regency" → "Jember".
REGION_WORDS = {"kabupaten", "kab", "kab.", "kota", "regency", "city", "of"}


def place_name(regency):
    """The place a regency or city is called by: its name without the kind of region."""
    return " ".join(word for word in regency.split() if word.lower() not in REGION_WORDS) or regency


WEEKDAYS = [
    (0, _("Monday")),
    (1, _("Tuesday")),
    (2, _("Wednesday")),
    (3, _("Thursday")),
    (4, _("Friday")),
    (5, _("Saturday")),
    (6, _("Sunday")),
]


class MPPLocationPage(CataloguePage):
    """A Mal Pelayanan Publik: one building, run by the regency's DPMPTSP, hosting many agencies."""

    regency = models.CharField(_("regency or city"), max_length=100, help_text=_("For example: Kabupaten Jembrana"))
    province = models.CharField(_("province"), max_length=100)
    intro = models.TextField(_("introduction"), max_length=600)
    address = models.TextField(_("address"), max_length=400)
    latitude = models.DecimalField(_("latitude"), max_digits=9, decimal_places=6)
    longitude = models.DecimalField(_("longitude"), max_digits=9, decimal_places=6)
    time_zone = models.CharField(_("time zone"), max_length=32, choices=TIME_ZONES, default="Asia/Jakarta")
    getting_there = models.TextField(_("getting there"), blank=True, max_length=800)
    phone = models.CharField(_("telephone"), max_length=40, blank=True)
    whatsapp = models.CharField(_("WhatsApp"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    website = models.URLField(_("website"), blank=True)
    facilities = StreamField([("facility", FacilityBlock())], blank=True, verbose_name=_("facilities"))
    operator_name = models.CharField(
        _("operated by"),
        max_length=150,
        help_text=_("The office that runs this MPP and reviews its content, for example DPMPTSP Kabupaten Jembrana."),
    )
    review_interval_months = models.PositiveSmallIntegerField(
        _("review services every (months)"),
        default=12,
        validators=[MinValueValidator(1)],
        help_text=_("A service not reviewed for this long appears in the stale report and its editors are reminded."),
    )

    content_panels = CataloguePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("regency"),
                FieldPanel("province"),
                FieldPanel("operator_name"),
                FieldPanel("review_interval_months"),
                FieldPanel("intro"),
            ],
            heading=_("About"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldPanel("getting_there"),
            ],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("time_zone"),
                InlinePanel("opening_hours", label=_("Weekly opening hours"), min_num=1),
                InlinePanel("opening_exceptions", label=_("Dated exceptions (holidays, shorter days)")),
            ],
            heading=_("Opening hours"),
        ),
        TitledInlinePanel("floors", label=_("Floors"), min_num=1),
        TitledInlinePanel("counters", label=_("Counters (loket)")),
        InlinePanel(
            "elsewhere",
            label=_("Services not offered here: where citizens go instead"),
            help_text=_(
                "For each catalogue service this MPP does not offer: the agency's own office in the regency "
                "(address, hours) and the online channels."
            ),
        ),
        FieldPanel("facilities"),
        MultiFieldPanel(
            [FieldPanel("phone"), FieldPanel("whatsapp"), FieldPanel("email"), FieldPanel("website")],
            heading=_("Contact"),
        ),
    ]

    translatable_fields = translation_rules(
        translated=[
            "regency",
            "province",
            "intro",
            "address",
            "getting_there",
            "facilities",
            "operator_name",
            "floors",
            "opening_exceptions",
            "elsewhere",
        ],
        synchronized=[
            "latitude",
            "longitude",
            "time_zone",
            "review_interval_months",
            "phone",
            "whatsapp",
            "email",
            "website",
            "opening_hours",
            "counters",
        ],
    )
    search_fields = CataloguePage.search_fields + [
        index.SearchField("regency"),
        index.SearchField("address"),
        index.SearchField("intro"),
    ]

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["catalogue.AgencyPage"]
    template = "catalogue/mpp_location_page.html"

    class Meta:
        verbose_name = _("MPP location")
        verbose_name_plural = _("MPP locations")

    @property
    def place_name(self):
        """The regency's own name ("Jember"), for short agency names and place words in searches."""
        return place_name(self.regency)

    @property
    def zone_label(self):
        return ZONE_LABELS.get(self.time_zone, self.time_zone)

    @cached_property
    def schedule(self):
        return Schedule(
            self.time_zone, self.opening_hours.all(), self.opening_exceptions.all(), zone_label=self.zone_label
        )

    def opening_status(self, now=None):
        return self.schedule.status(now)

    def weekly_hours(self):
        """Rows for the opening-hours table: each weekday with its periods (empty means closed)."""
        return [(label, self.schedule.weekly.get(day, [])) for day, label in WEEKDAYS]

    @property
    def map_url(self):
        """A link (not an embed) that opens the location in the visitor's map app or OpenStreetMap."""
        return f"https://www.openstreetmap.org/?mlat={self.latitude}&mlon={self.longitude}#map=18/{self.latitude}/{self.longitude}"

    @property
    def geo_uri(self):
        return f"geo:{self.latitude},{self.longitude}"

    def floor_names(self):
        names = {floor.level: floor.name for floor in self.floors.all()}
        return lambda level: names.get(level) or _("Floor %(level)s") % {"level": level}

    def describe_counters(self, counters):
        """Counters as shown to citizens: number, floor name and agency, in this page's language.

        Counter rows are synchronized facts and may belong to the source-language
        page (their agency is then the source-language agency); floor names and
        agencies are looked up once, in this page's language.
        """
        counters = sorted(counters, key=lambda c: (c.floor_level, c.number))
        floor_name = self.floor_names()
        agency_ids = {c.agency_id for c in counters if c.agency_id}
        keys = dict(AgencyPage.objects.filter(pk__in=agency_ids).values_list("pk", "translation_key"))
        localized = {
            agency.translation_key: agency
            for agency in AgencyPage.objects.filter(translation_key__in=keys.values(), locale_id=self.locale_id)
            .live()
            .public()  # a draft or withdrawn agency is not named to citizens
        }
        return [
            {
                "number": counter.number,
                "floor_level": counter.floor_level,
                "floor_name": floor_name(counter.floor_level),
                "agency": localized.get(keys.get(counter.agency_id)),
            }
            for counter in counters
        ]

    def counters_by_floor(self):
        """[(floor name, [counters])] floor by floor, for the MPP page."""
        grouped = {}
        for counter in self.describe_counters(self.counters.all()):
            grouped.setdefault((counter["floor_level"], counter["floor_name"]), []).append(counter)
        return [(name, counters) for (_level, name), counters in sorted(grouped.items())]

    def counter_alerts(self):
        """{counter number: [(service, alert)]}: the alerts in force today on the services at each counter."""
        services = (
            ServicePage.objects.live()
            .public()
            .descendant_of(self)
            .filter(locale_id=self.locale_id)
            .defer_streamfields()
            .prefetch_related("counters")
            .order_by("title")
        )
        services = list(services)
        alerts = alerts_in_force(services)
        by_counter = {}
        for service in services:
            for alert in alerts.get(service.pk, []):
                for counter in service.counters.all():
                    by_counter.setdefault(counter.number, []).append((service, alert))
        return by_counter

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        today = timezone.now().astimezone(self.schedule.zone).date()
        context["opening"] = self.opening_status()
        context["upcoming_exceptions"] = [row for row in self.opening_exceptions.all() if row.date >= today][:10]
        context["agencies"] = AgencyPage.objects.child_of(self).live().public().order_by("title")
        context["structured_data"] = government_office(self, request)
        return context

    def clean(self):
        super().clean()
        if getattr(self, "rows_checked_by_form", False):
            return  # the admin form checked the rows as submitted, each message on its field
        rows = {name: list(getattr(self, name).all()) for name in ROW_RELATIONS}
        errors = [message for _relation, _index, _field, message in self.row_errors(rows)]
        keys = [row.service_key for row in rows["elsewhere"]]
        errors += [message for _key, message in self.elsewhere_errors(keys)]
        if errors:
            raise ValidationError(list(dict.fromkeys(errors)))  # a duplicate names itself once

    def row_errors(self, rows):
        """(relation, row position, field, message) for each mistake in the rows of floors, counters,
        opening hours and exceptions (``rows``: {relation: [row]}), so that a form can put each
        message on its field."""
        levels = [floor.level for floor in rows["floors"]]
        yield from duplicates("floors", "level", levels, lambda _level: FLOOR_TWICE)
        numbers = [counter.number for counter in rows["counters"]]
        yield from duplicates("counters", "number", numbers, counter_twice(numbers))
        for position, counter in enumerate(rows["counters"]):
            if counter.floor_level not in levels:
                yield (
                    "counters",
                    position,
                    "floor_level",
                    COUNTER_FLOOR
                    % {
                        "number": counter.number,
                        "level": counter.floor_level,
                    },
                )
            agency = counter.agency
            if agency is not None and agency.get_parent().translation_key != self.translation_key:
                yield (
                    "counters",
                    position,
                    "agency",
                    COUNTER_AGENCY % {"number": counter.number, "agency": agency.title},
                )
        yield from hours_errors(rows["opening_hours"])
        dates = [row.date for row in rows["opening_exceptions"]]
        yield from duplicates(
            "opening_exceptions", "date", dates, lambda date: EXCEPTION_TWICE % {"date": date.isoformat()}
        )

    def elsewhere_errors(self, keys):
        """(key, message): the "services not offered here" rows must name catalogue services this
        MPP does not offer."""
        keys = set(keys)
        if not keys:
            return []
        sources = ServicePage.objects.filter(slug__in=keys, locale_id=Locale.get_default().pk)
        known = set(sources.values_list("slug", flat=True))
        offered = set(sources.descendant_of(self.source_page).values_list("slug", flat=True)) if self.pk else set()
        errors = [
            (
                key,
                _("'%(key)s' is not a service of the catalogue. Use the address name (slug) of a service page.")
                % {"key": key},
            )
            for key in sorted(keys - known)
        ]
        errors += [
            (key, _("'%(key)s' is offered at this MPP. List only services this MPP does not offer.") % {"key": key})
            for key in sorted(keys & offered)
        ]
        return errors


ROW_RELATIONS = ("floors", "counters", "opening_hours", "opening_exceptions", "elsewhere")
FLOOR_TWICE = _("Two floors have the same level. Each floor needs its own level number.")
COUNTER_FLOOR = _("Counter %(number)s is on floor %(level)s, which is not one of this MPP's floors.")
COUNTER_AGENCY = _("Counter %(number)s is staffed by %(agency)s, which is not an agency of this MPP.")
EXCEPTION_TWICE = _("There are two exceptions for %(date)s. Keep one.")


def duplicates(relation, field, values, message):
    """An error on every row whose value another row has too."""
    for position, value in enumerate(values):
        if value is not None and values.count(value) > 1:
            yield relation, position, field, message(value)


def counter_twice(numbers):
    twice = ", ".join(str(n) for n in sorted({n for n in numbers if n is not None and numbers.count(n) > 1}))
    return lambda _number: (
        _("Counter numbers must be unique in one MPP. Used more than once: %(numbers)s.") % {"numbers": twice}
    )


def hours_errors(rows):
    days = dict(WEEKDAYS)
    by_day = {}
    for position, row in enumerate(rows):
        if row.opens >= row.closes:
            yield (
                "opening_hours",
                position,
                "closes",
                _("Opening hours on %(day)s must close after they open.") % {"day": days.get(row.weekday, "")},
            )
        by_day.setdefault(row.weekday, []).append((position, row))
    for day, day_rows in by_day.items():
        day_rows.sort(key=lambda item: item[1].opens)
        for (_earlier_index, earlier), (position, later) in zip(day_rows, day_rows[1:], strict=False):
            if later.opens < earlier.closes:
                yield (
                    "opening_hours",
                    position,
                    "opens",
                    _("Opening hours on %(day)s overlap.") % {"day": days.get(day, "")},
                )


class MPPLocationPageForm(WagtailAdminPageForm):
    """Checks the rows (floors, counters, hours, exceptions, services not offered here) as the
    editor submitted them, and puts each message on its field.

    The page's own ``clean`` would read the rows of the revision being edited (an autosave's
    included), not the submitted ones, which the formsets hold until the page is saved.
    """

    def clean(self):
        cleaned_data = super().clean()
        formsets = [self.formsets.get(name) for name in ROW_RELATIONS]
        if any(formset is None for formset in formsets):
            return cleaned_data
        self.instance.rows_checked_by_form = True
        # The formsets are otherwise validated after the form; their rows are needed here. Rows
        # with a mistake of their own are checked together once those are fixed.
        if all(formset.is_valid() for formset in formsets):
            forms = {name: kept_forms(formset) for name, formset in zip(ROW_RELATIONS, formsets, strict=True)}
            rows = {name: [form.instance for form in kept] for name, kept in forms.items()}
            for relation, position, field, message in self.instance.row_errors(rows):
                forms[relation][position].add_error(field, message)
            for key, message in self.instance.elsewhere_errors(row.service_key for row in rows["elsewhere"]):
                for form in forms["elsewhere"]:
                    if form.instance.service_key == key:
                        form.add_error("service_key", message)
        return cleaned_data


def kept_forms(formset):
    """The forms of the rows a valid formset saves: not deleted, not an untouched blank row."""
    return [form for form in formset.forms if form.cleaned_data and not form.cleaned_data.get("DELETE")]


MPPLocationPage.base_form_class = MPPLocationPageForm


class Floor(TranslatableMixin, Orderable):
    """A floor (lantai) of an MPP building."""

    page = ParentalKey(MPPLocationPage, on_delete=models.CASCADE, related_name="floors")
    level = models.SmallIntegerField(_("level"), help_text=_("1 for the ground floor, 2 for the next, and so on."))
    # Empty: "Lantai 2" / "Floor 2" from the level, the same words at every MPP and in both languages
    # (Indonesian numbering, as on the building's signs). A name only for what the building calls it.
    name = models.CharField(
        _("name"),
        max_length=100,
        blank=True,
        help_text=_("Leave empty for 'Lantai N' (Floor N). Name it only if the building does, e.g. Ruang Serbaguna."),
    )

    panels = [FieldRowPanel([FieldPanel("level"), FieldPanel("name")])]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("floor")

    def __str__(self):
        if self.level is None:
            return str(_("New floor"))
        return self.name or _("Floor %(level)s") % {"level": self.level}


class Counter(Orderable):
    """A numbered counter (loket) of an MPP, staffed by one agency."""

    page = ParentalKey(MPPLocationPage, on_delete=models.CASCADE, related_name="counters")
    number = models.PositiveSmallIntegerField(_("counter number"))
    floor_level = models.SmallIntegerField(_("floor level"), default=1)
    agency = models.ForeignKey(
        "catalogue.AgencyPage",
        verbose_name=_("agency"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Create the agency under this MPP first, then choose it here."),
    )

    panels = [
        FieldRowPanel([FieldPanel("number"), FieldPanel("floor_level")]),
        PageChooserPanel("agency", "catalogue.AgencyPage"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("counter")
        verbose_name_plural = _("counters")

    def __str__(self):
        if self.number is None:
            return str(_("New counter"))
        agency = self.agency.localized.title if self.agency else _("unassigned")
        return _("Counter %(number)s (%(agency)s)") % {"number": self.number, "agency": agency}


class OpeningHours(Orderable):
    """One opening period on a weekday. Two rows on one day make a break (Friday prayers)."""

    page = ParentalKey(MPPLocationPage, on_delete=models.CASCADE, related_name="opening_hours")
    weekday = models.PositiveSmallIntegerField(_("day"), choices=WEEKDAYS)
    opens = models.TimeField(_("opens"))
    closes = models.TimeField(_("closes"))

    panels = [FieldRowPanel([FieldPanel("weekday"), TimePanel("opens"), TimePanel("closes")])]

    class Meta(Orderable.Meta):
        verbose_name = _("opening hours")
        verbose_name_plural = _("opening hours")


class OpeningException(TranslatableMixin, Orderable):
    """A date with other hours than usual: a public holiday, a collective leave day, a shorter day."""

    page = ParentalKey(MPPLocationPage, on_delete=models.CASCADE, related_name="opening_exceptions")
    date = models.DateField(_("date"))
    # A new exception is most often a shorter day; "closed all day" is ticked on purpose.
    closed = models.BooleanField(_("closed all day"), default=False)
    opens = models.TimeField(_("opens"), null=True, blank=True)
    closes = models.TimeField(_("closes"), null=True, blank=True)
    reason = models.CharField(_("reason"), max_length=150, help_text=_("For example: Hari Raya Nyepi"))

    panels = [
        FieldRowPanel([FieldPanel("date"), FieldPanel("closed")]),
        FieldRowPanel([TimePanel("opens"), TimePanel("closes")]),
        FieldPanel("reason"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("dated exception")
        ordering = ["date"]

    def clean(self):
        super().clean()
        if not self.closed:
            if self.opens is None or self.closes is None:
                raise ValidationError(_("Enter the opening and closing time, or tick 'closed all day'."))
            if self.opens >= self.closes:
                raise ValidationError({"closes": _("Closing time must be after the opening time.")})
