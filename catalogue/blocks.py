"""StreamField blocks for the structured parts of a service page (and an MPP's facilities).

Text that differs between languages uses CharBlock/TextBlock, so wagtail-localize
offers it for translation. Facts (amounts, phone numbers, links, choices) use
blocks that wagtail-localize copies from the Indonesian source unchanged.

Each block renders through its own ``Meta.template`` (``templates/catalogue/blocks/``), one
list item; the page supplies the list around it and renders the block with ``{% include_block %}``,
and Wagtail's block preview in the editor uses the same template.
"""

from django.apps import apps
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.models import Locale
from wagtail.snippets.blocks import SnippetChooserBlock


class FactBlock(blocks.CharBlock):
    """Short text that is the same in every language (a phone number, an e-mail address).

    wagtail-localize extracts every CharBlock for translation; this one offers
    nothing, so the value is always copied from the source page.
    """

    def get_translatable_segments(self, value):
        return []


class FactURLBlock(blocks.URLBlock):
    """A link that is the same in every language: copied from the source, never overridden."""

    def get_translatable_segments(self, value):
        return []


class FactPageChooserBlock(blocks.PageChooserBlock):
    """A page reference kept identical in translations (shown in the reader's language)."""

    def get_translatable_segments(self, value):
        return []


def amount_text(requirement):
    """How many of a document, and in which form: "2 photocopies", "original and 1 photocopy"."""
    n = requirement["quantity"] or 1
    form = requirement["form"]
    if form == "original":
        return ngettext("%(n)s original", "%(n)s originals", n) % {"n": n}
    if form == "original_and_copy":
        return ngettext("original and %(n)s photocopy", "original and %(n)s photocopies", n) % {"n": n}
    if form == "show_original":
        return _("show the original")
    return ngettext("%(n)s photocopy", "%(n)s photocopies", n) % {"n": n}


def issued_by(requirement, issuers):
    """The service that issues the document: the one the editor chose, otherwise the one named on the
    document type, looked up in ``issuers`` ({slug: service page}, found once for the whole page)."""
    if requirement["produced_by"] is not None:
        return requirement["produced_by"].specific.localized
    if requirement["document"] is not None:
        return issuers.get(requirement["document"].produced_by_slug)
    return None


class RequirementBlock(blocks.StructBlock):
    document = SnippetChooserBlock("catalogue.RequirementDocument", label=_("document"))
    quantity = blocks.IntegerBlock(label=_("how many"), min_value=1, default=1)
    form = blocks.ChoiceBlock(
        label=_("original or copy"),
        choices=[
            ("original", _("Original")),
            ("copy", _("Photocopy")),
            ("original_and_copy", _("Original and photocopy")),
            ("show_original", _("Show the original")),
        ],
        default="copy",
    )
    note = blocks.CharBlock(label=_("note"), required=False, max_length=300)
    produced_by = FactPageChooserBlock(
        label=_("issued by service"),
        page_type="catalogue.ServicePage",
        required=False,
        help_text=_("Leave empty to use the service named on the document type."),
    )

    class Meta:
        icon = "doc-full"
        template = "catalogue/blocks/requirement.html"
        label = _("Requirement")
        description = _("A document the citizen brings, with how many and whether originals are needed.")
        preview_value = {"document": None, "quantity": 1, "form": "copy", "note": "", "produced_by": None}

    def get_context(self, value, parent_context=None):
        """``requirement_issuers`` comes from the page (``ServicePage.requirement_issuers``), so that
        the issuing services are looked up once per page, not once per requirement."""
        context = super().get_context(value, parent_context)
        context["amount_text"] = amount_text(value)
        context["issued_by"] = issued_by(value, context.get("requirement_issuers") or {})
        return context

    def get_preview_value(self):
        """A document from the editors' list: no fixed id can name one in ``preview_value``."""
        value = super().get_preview_value()
        value["document"] = self.child_blocks["document"].model_class.objects.order_by("pk").first()
        return value


class StepBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("what happens"), max_length=500)

    class Meta:
        icon = "list-ol"
        template = "catalogue/blocks/step.html"
        label = _("Step")
        description = _("One step of the procedure, in order.")
        preview_value = {"text": "Ambil nomor antrean di mesin antrean."}


class FeeBlock(blocks.StructBlock):
    amount = blocks.IntegerBlock(label=_("amount in rupiah"), min_value=0)
    purpose = blocks.CharBlock(label=_("what it is for"), max_length=300)
    legal_basis = blocks.CharBlock(label=_("legal basis"), max_length=300, required=False)

    class Meta:
        icon = "tag"
        template = "catalogue/blocks/fee.html"
        label = _("Fee")
        description = _("An amount paid for the service, in whole rupiah, with its legal basis.")
        preview_value = {"amount": 30000, "purpose": "PNBP SKCK", "legal_basis": "PP 76/2020"}


class ComplaintChannelBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("channel"),
        choices=[
            ("lapor", _("SP4N-LAPOR!")),
            ("phone", _("Telephone")),
            ("whatsapp", _("WhatsApp")),
            ("email", _("E-mail")),
            ("website", _("Website")),
            ("in_person", _("In person")),
        ],
    )
    value = FactBlock(label=_("number, address or link"), max_length=200, required=False)
    # Where to go in person is prose ("Meja pengaduan DPMPTSP"), translated; the value is a fact, copied.
    place = blocks.CharBlock(
        label=_("where, in person"),
        required=False,
        max_length=200,
        help_text=_("Only for 'In person': the desk or office, for example Meja pengaduan DPMPTSP."),
        default="",
    )
    note = blocks.CharBlock(label=_("note"), required=False, max_length=300)

    class Meta:
        icon = "mail"
        template = "catalogue/blocks/complaint_channel.html"
        label = _("Complaint channel")
        description = _("Where citizens can complain or give feedback about this service.")
        preview_value = {"kind": "lapor", "value": "https://www.lapor.go.id"}

    def normalize(self, value):
        """A channel built in code without a place (or a note) has them empty, never None, which
        wagtail-localize cannot extract for translation."""
        if isinstance(value, dict) and not isinstance(value, blocks.StructValue):
            value = {"value": "", "place": "", "note": "", **value}
        return super().normalize(value)

    def clean(self, value):
        value = super().clean(value)
        if value["kind"] == "in_person":
            if not value["place"].strip():
                raise StructBlockValidationError(
                    block_errors={"place": ValidationError(_("Say where to go, for example Meja pengaduan DPMPTSP."))}
                )
            return value
        if not value["value"].strip():
            raise StructBlockValidationError(
                block_errors={"value": ValidationError(_("Enter the number, address or link."))}
            )
        if value["kind"] in ("lapor", "website") and not value["value"].startswith(("https://", "http://")):
            raise StructBlockValidationError(
                block_errors={"value": ValidationError(_("Enter a web address starting with https://."))}
            )
        return value


class LegalBasisBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("regulation"), max_length=300)
    url = FactURLBlock(label=_("link to the text"), required=False)

    class Meta:
        icon = "doc-full-inverse"
        template = "catalogue/blocks/legal_basis.html"
        label = _("Regulation")
        description = _("A law or regulation the service is based on.")
        preview_value = {"title": "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik"}


class OnlineChannelBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("name of the website or app"), max_length=150)
    url = FactURLBlock(label=_("link"))
    note = blocks.CharBlock(label=_("note"), required=False, max_length=300)

    class Meta:
        icon = "link"
        template = "catalogue/blocks/online_channel.html"
        label = _("Online")
        description = _("The service can be started or done online.")
        preview_value = {"name": "OSS", "url": "https://oss.go.id", "note": ""}


class OfficeChannelBlock(blocks.StructBlock):
    """Also served at another office. Its label and description are given where it is used
    (``ChannelStreamBlock``: they are frozen in migration 0002); each office has its own template."""

    note = blocks.CharBlock(label=_("note"), required=False, max_length=300)

    class Meta:
        icon = "home"
        label = _("Office")
        preview_value = {"note": ""}


class AgencyOfficeChannelBlock(OfficeChannelBlock):
    class Meta:
        template = "catalogue/blocks/agency_office_channel.html"


class KecamatanChannelBlock(OfficeChannelBlock):
    class Meta:
        template = "catalogue/blocks/kecamatan_channel.html"


class FacilityBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("facility"),
        choices=[
            ("waiting_room", _("Waiting room")),
            ("air_conditioning", _("Air conditioning")),
            ("accessibility", _("Wheelchair access")),
            ("lift", _("Lift")),
            ("parking", _("Parking")),
            ("nursing_room", _("Nursing room")),
            ("prayer_room", _("Prayer room")),
            ("toilet", _("Toilets")),
            ("queue_machine", _("Queue ticket machine")),
            ("photocopy", _("Photocopy and printing")),
            ("wifi", _("Free Wi-Fi")),
            ("children_corner", _("Children's corner")),
            ("television", _("Television")),
        ],
    )
    note = blocks.CharBlock(label=_("note"), required=False, max_length=200)

    class Meta:
        icon = "pick"
        template = "catalogue/blocks/facility.html"
        label = _("Facility")
        description = _("Something the MPP offers visitors.")
        preview_value = {"kind": "waiting_room", "note": ""}

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        choices = dict(self.child_blocks["kind"].field.choices)
        context["kind_label"] = choices.get(value["kind"], value["kind"])
        return context


class ChannelStreamBlock(blocks.StreamBlock):
    online = OnlineChannelBlock()
    agency_office = AgencyOfficeChannelBlock(
        label=_("At the agency's own office"),
        description=_("Also served at the agency's own office (its address is on the agency page)."),
    )
    kecamatan = KecamatanChannelBlock(
        label=_("At kecamatan offices"),
        description=_("Also served at the sub-district (kecamatan) offices."),
    )


def service_key_choices():
    """The catalogue's services by key (the Indonesian slug), named by their Indonesian title."""
    # Looked up by name: the models import this module.
    ServicePage = apps.get_model("catalogue", "ServicePage")
    titles = {}
    for slug, title in (
        ServicePage.objects.filter(locale=Locale.get_default()).order_by("title").values_list("slug", "title")
    ):
        titles.setdefault(slug, title)
    return [(slug, f"{title} ({slug})") for slug, title in titles.items()]


class JourneyStepBlock(blocks.StructBlock):
    """One step of a life event's journey: what to do, with the services that do it, in order."""

    title = blocks.CharBlock(label=_("step"), max_length=150, help_text=_("For example: Get the birth certificate."))
    services = blocks.ListBlock(
        blocks.ChoiceBlock(choices=service_key_choices, label=_("service")),
        label=_("services"),
        min_num=1,
        help_text=_("Each service is found at the MPP the citizen chooses."),
    )
    note = blocks.CharBlock(label=_("note"), required=False, max_length=300)

    class Meta:
        icon = "list-ol"
        template = "catalogue/blocks/journey_step.html"
        label = _("Step")
        description = _("One step of the journey, in order, with the services that do it.")
