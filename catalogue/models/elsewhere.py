"""Where a service not offered at an MPP is handled instead, recorded by the MPP's reviewers.

A citizen whose MPP lacks a service must not hit a dead end: the MPP page lists, per
missing service, the agency's own office in the regency and the online channels.
``catalogue.alternatives`` turns these rows and the nearest MPPs that offer the
service into the "not at this MPP" answer of search, service pages and plans.
"""

from urllib.parse import urlencode

from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

ELSEWHERE_KINDS = [("office", _("Agency office")), ("online", _("Online"))]


class ServiceElsewhere(TranslatableMixin, Orderable):
    """One place or channel where a service missing at this MPP is handled."""

    page = ParentalKey("catalogue.MPPLocationPage", on_delete=models.CASCADE, related_name="elsewhere")
    service_key = models.SlugField(
        _("service"),
        max_length=100,
        help_text=_("The address name (slug) of the service in the catalogue, for example 'perpanjangan-sim'."),
    )
    kind = models.CharField(_("kind"), max_length=10, choices=ELSEWHERE_KINDS, default="office")
    name = models.CharField(_("name"), max_length=150, help_text=_("For example: Satpas Polres Jember"))
    address = models.TextField(_("address"), max_length=400, blank=True)
    hours = models.CharField(_("opening hours"), max_length=200, blank=True)
    latitude = models.DecimalField(_("latitude"), max_digits=9, decimal_places=6, null=True, blank=True)
    longitude = models.DecimalField(_("longitude"), max_digits=9, decimal_places=6, null=True, blank=True)
    phone = models.CharField(_("telephone"), max_length=40, blank=True)
    url = models.URLField(_("website or app"), blank=True)
    note = models.CharField(_("note"), max_length=300, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("service_key"), FieldPanel("kind")]),
        FieldPanel("name"),
        FieldPanel("address"),
        FieldPanel("hours"),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("url")]),
        FieldPanel("note"),
    ]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("address"),
        TranslatableField("hours"),
        TranslatableField("note"),
        SynchronizedField("service_key", overridable=False),
        SynchronizedField("kind", overridable=False),
        SynchronizedField("latitude", overridable=False),
        SynchronizedField("longitude", overridable=False),
        SynchronizedField("phone", overridable=False),
        SynchronizedField("url", overridable=False),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("service handled elsewhere")
        verbose_name_plural = _("services handled elsewhere")

    def __str__(self):
        return f"{self.service_key}: {self.name}"

    @property
    def map_url(self):
        """A map link: the point when its coordinates are known, otherwise a search for the address."""
        if self.kind != "office":
            return ""
        if self.latitude is not None and self.longitude is not None:
            lat, lon = self.latitude, self.longitude
            return f"https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=18/{lat}/{lon}"
        if not self.address:
            return ""
        return "https://www.openstreetmap.org/search?" + urlencode({"query": f"{self.name}, {self.address}"})
