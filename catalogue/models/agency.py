"""An agency (instansi) present at an MPP."""

from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index

from .base import CataloguePage, translation_rules
from .service import ServicePage

AGENCY_KINDS = [
    ("regency_office", _("Regency office (OPD)")),
    ("vertical_agency", _("Central government agency (vertical)")),
    ("regency_company", _("Regency-owned company (BUMD)")),
]


class AgencyPage(CataloguePage):
    """An instansi (Dukcapil, BPN, Samsat, ...) with counters at this MPP.

    The page lives under the MPP it serves, so that the agency's editors can be
    given rights on exactly its own services.
    """

    acronym = models.CharField(_("acronym"), max_length=40, help_text=_("For example: Disdukcapil, BPN, KPP"))
    kind = models.CharField(_("kind"), max_length=20, choices=AGENCY_KINDS)
    description = models.TextField(_("description"), max_length=800)
    office_address = models.TextField(
        _("own office address"),
        blank=True,
        max_length=400,
        help_text=_("Where the agency serves what is not offered at the MPP."),
    )
    office_hours = models.CharField(_("own office hours"), max_length=200, blank=True)
    phone = models.CharField(_("telephone"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    website = models.URLField(_("website"), blank=True)

    content_panels = CataloguePage.content_panels + [
        FieldPanel("acronym"),
        FieldPanel("kind"),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldPanel("office_address"), FieldPanel("office_hours")],
            heading=_("Own office"),
        ),
        MultiFieldPanel([FieldPanel("phone"), FieldPanel("email"), FieldPanel("website")], heading=_("Contact")),
    ]

    translatable_fields = translation_rules(
        translated=["description", "office_address", "office_hours"],
        synchronized=["acronym", "kind", "phone", "email", "website"],
    )
    search_fields = CataloguePage.search_fields + [
        index.SearchField("acronym", boost=2),
        index.SearchField("description"),
    ]

    parent_page_types = ["catalogue.MPPLocationPage"]
    subpage_types = ["catalogue.ServicePage"]
    template = "catalogue/agency_page.html"

    class Meta:
        verbose_name = _("agency")
        verbose_name_plural = _("agencies")

    @cached_property
    def location(self):
        return self.get_parent().specific

    @property
    def short_name(self):
        """The agency as results and cards name it: its acronym and the place, "Disdukcapil Jembrana"."""
        return f"{self.acronym} {self.location.place_name}"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["location"] = location = self.location
        context["counters"] = location.describe_counters(self.counters())
        context["services"] = ServicePage.objects.child_of(self).live().public().order_by("title")
        return context

    def counters(self):
        """This agency's counters at its MPP.

        Counter rows are facts synchronized from the Indonesian MPP page, so they
        point at the Indonesian agency page: match on the translation key.
        """
        return self.location.counters.filter(agency__translation_key=self.translation_key).order_by(
            "floor_level", "number"
        )
