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
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.models import Locale
from wagtail.snippets.blocks import SnippetChooserBlock

from catalogue.visibility import public_page


class CatalogueStructBlock(blocks.StructBlock):
    """Wagtail's StructBlock, compared field by field as the editor sees it (labels of choices,
    nothing for an empty field): ``catalogue.admin.compare``."""

    def get_comparison_class(self):
        from catalogue.admin.compare import StructComparison  # the admin loads after the blocks

        return StructComparison


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


def issuer_keys(document):
    """The keys of the catalogue services named as issuers of a document type."""
    if document is None:
        return []
    return [block.value["key"] for block in document.issuers if block.block_type == "service"]


def document_sources(document, issuers, answers=None):
    """Where a document comes from, as far as the citizen's answers decide it.

    Each source of the document type is a service of the catalogue (``issuers``: {key: live service
    at this MPP}, found once per page), the civil registry of the regency one moves from, or another
    institution; a source may hold only under a condition. The first source whose condition holds
    wins; one under an unanswered condition is kept with the next ones ("if Muslim: KUA; otherwise
    ..."), one answered "no" is dropped; a conditional service not offered at this MPP is kept as
    "elsewhere". Returns [{"kind", "condition", "service", "name", "note"}].
    """
    answers = answers or {}
    found = []
    for block in document.issuers if document is not None else []:
        value = block.value
        condition = value.get("condition")
        answer = None if condition is None else answers.get(condition.slug)
        if answer is False:
            continue
        source = {
            "kind": block.block_type,
            "condition": condition if answer is None else None,
            "service": issuers.get(value["key"]) if block.block_type == "service" else None,
            "name": value.get("name", ""),
            "note": value.get("note", ""),
        }
        if block.block_type == "service" and source["service"] is None:
            if condition is None:
                continue  # not offered at this MPP: nothing to point to here
            source["kind"] = "elsewhere"  # "if Muslim: not at this MPP", so "otherwise" is not taken as certain
        found.append(source)
        if condition is None or answer:
            break
    return found


def issued_by(requirement, issuers, answers=None):
    """The service at this MPP that issues the document, when that is decided: the one the editor
    chose on the requirement, otherwise the document type's only remaining source if it is a service."""
    if requirement["produced_by"] is not None:
        return public_page(requirement["produced_by"])
    sources = document_sources(requirement["document"], issuers, answers)
    if len(sources) == 1 and sources[0]["service"] is not None:
        return sources[0]["service"]
    return None


def raw_document_ids(raw_block):
    """The document ids of a requirement block in a stream's raw data (its own, or its options'),
    for readers that must not parse every block (search indexing)."""
    value = raw_block["value"]
    if raw_block["type"] == "one_of":
        options = [item["value"] if "value" in item and "type" in item else item for item in value.get("options", [])]
        return [option.get("document") for option in options]
    return [value.get("document")]


def condition_chooser():
    return SnippetChooserBlock(
        "catalogue.Condition",
        label=_("only if"),
        required=False,
        help_text=_("Leave empty when every applicant needs it."),
    )


class DocumentFieldsBlock(CatalogueStructBlock):
    """One document to bring: which, how many, original or copy. The fields of a requirement and of
    each option of "one of these documents"."""

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
        label = _("Document")


class RequirementBlock(DocumentFieldsBlock):
    condition = condition_chooser()

    class Meta:
        icon = "doc-full"
        template = "catalogue/blocks/requirement.html"
        label = _("Requirement")
        description = _(
            "A document the citizen brings, with how many and whether originals are needed, "
            "and the situation it is needed in, if not always."
        )
        preview_value = {
            "document": None,
            "quantity": 1,
            "form": "copy",
            "note": "",
            "produced_by": None,
            "condition": None,
        }

    def get_context(self, value, parent_context=None):
        """``requirement_issuers`` comes from the page (``ServicePage.requirement_issuers``), so that
        the issuing services are looked up once per page, not once per requirement."""
        context = super().get_context(value, parent_context)
        context["amount_text"] = amount_text(value)
        issuers = context.get("requirement_issuers") or {}
        context["issued_by"] = issued_by(value, issuers)
        context["sources"] = [] if context["issued_by"] else document_sources(value["document"], issuers)
        return context

    def get_preview_value(self):
        """A document from the editors' list: no fixed id can name one in ``preview_value``."""
        value = super().get_preview_value()
        value["document"] = self.child_blocks["document"].model_class.objects.order_by("pk").first()
        return value


class OneOfRequirementBlock(CatalogueStructBlock):
    """Any one of several documents will do ("KTP-el or passport")."""

    condition = condition_chooser()
    options = blocks.ListBlock(DocumentFieldsBlock(), min_num=2, label=_("documents to choose from"))

    class Meta:
        icon = "list-ul"
        template = "catalogue/blocks/one_of.html"
        label = _("One of these documents")
        description = _("The citizen brings any one of two or more documents, for example KTP-el or passport.")
        preview_value = {"condition": None, "options": []}

    def get_preview_value(self):
        """Two documents from the editors' list: no fixed id can name one in ``preview_value``."""
        documents = self.child_blocks["options"].child_block.child_blocks["document"].model_class.objects
        options = [
            {"document": pk, "quantity": 1, "form": "show_original", "note": "", "produced_by": None}
            for pk in documents.order_by("pk").values_list("pk", flat=True)[:2]
        ]
        return self.to_python({"condition": None, "options": options})

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        issuers = context.get("requirement_issuers") or {}
        context["options"] = [
            {**dict(option), "amount_text": amount_text(option), "issued_by": issued_by(option, issuers)}
            for option in value["options"]
        ]
        return context


class IssuerServiceBlock(CatalogueStructBlock):
    key = FactBlock(
        label=_("service key"),
        max_length=100,
        validators=[RegexValidator(r"^[-a-z0-9]+$", _("Use lowercase letters, digits and hyphens only."))],
        help_text=_("The key of the catalogue service that issues it (its Indonesian slug), e.g. 'kartu-keluarga'."),
    )
    condition = condition_chooser()

    class Meta:
        icon = "doc-full"
        label = _("A service in the catalogue")


class IssuerOriginRegencyBlock(CatalogueStructBlock):
    note = blocks.CharBlock(label=_("note"), required=False, max_length=300)

    class Meta:
        icon = "site"
        label = _("The civil registry of the regency the citizen moves from")


class IssuerInstitutionBlock(CatalogueStructBlock):
    name = blocks.CharBlock(label=_("institution"), max_length=150, help_text=_("For example: the religious court."))
    note = blocks.CharBlock(label=_("note"), required=False, max_length=300)

    class Meta:
        icon = "home"
        label = _("Another institution")


class IssuerStreamBlock(blocks.StreamBlock):
    """Where a document type comes from, in order: the first source whose condition holds applies."""

    service = IssuerServiceBlock()
    origin_regency = IssuerOriginRegencyBlock()
    institution = IssuerInstitutionBlock()


class StepBlock(CatalogueStructBlock):
    text = blocks.TextBlock(label=_("what happens"), max_length=500)

    class Meta:
        icon = "list-ol"
        template = "catalogue/blocks/step.html"
        label = _("Step")
        description = _("One step of the procedure, in order.")
        preview_value = {"text": "Ambil nomor antrean di mesin antrean."}


class FeeBlock(CatalogueStructBlock):
    amount = blocks.IntegerBlock(label=_("amount in rupiah"), min_value=0)
    purpose = blocks.CharBlock(label=_("what it is for"), max_length=300)
    legal_basis = blocks.CharBlock(label=_("legal basis"), max_length=300, required=False)

    class Meta:
        icon = "tag"
        template = "catalogue/blocks/fee.html"
        label = _("Fee")
        description = _("An amount paid for the service, in whole rupiah, with its legal basis.")
        preview_value = {"amount": 30000, "purpose": "PNBP SKCK", "legal_basis": "PP 76/2020"}


class FeeChoiceBlock(CatalogueStructBlock):
    """Alternatives of which the citizen pays exactly one (an ordinary or an electronic passport)."""

    label = blocks.CharBlock(
        label=_("what the citizen chooses"), max_length=150, help_text=_("For example: Passport type.")
    )
    options = blocks.ListBlock(FeeBlock(), min_num=2, label=_("options"))

    class Meta:
        icon = "list-ul"
        template = "catalogue/blocks/fee_choice.html"
        label = _("Choose one")
        description = _("Two or more alternatives of which the citizen pays only one, for example SIM A or SIM C.")
        preview_value = {
            "label": "Jenis SIM",
            "options": [
                {"amount": 80000, "purpose": "SIM A", "legal_basis": "PP 76/2020"},
                {"amount": 75000, "purpose": "SIM C", "legal_basis": "PP 76/2020"},
            ],
        }


class ComplaintChannelBlock(CatalogueStructBlock):
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


class LegalBasisBlock(CatalogueStructBlock):
    title = blocks.CharBlock(label=_("regulation"), max_length=300)
    url = FactURLBlock(label=_("link to the text"), required=False)

    class Meta:
        icon = "doc-full-inverse"
        template = "catalogue/blocks/legal_basis.html"
        label = _("Regulation")
        description = _("A law or regulation the service is based on.")
        preview_value = {"title": "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik"}


class OnlineChannelBlock(CatalogueStructBlock):
    name = blocks.CharBlock(label=_("name of the website or app"), max_length=150)
    url = FactURLBlock(label=_("link"))
    note = blocks.CharBlock(label=_("note"), required=False, max_length=300)

    class Meta:
        icon = "link"
        template = "catalogue/blocks/online_channel.html"
        label = _("Online")
        description = _("The service can be started or done online.")
        preview_value = {"name": "OSS", "url": "https://oss.go.id", "note": ""}


class OfficeChannelBlock(CatalogueStructBlock):
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


class FacilityBlock(CatalogueStructBlock):
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


class JourneyStepBlock(CatalogueStructBlock):
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
