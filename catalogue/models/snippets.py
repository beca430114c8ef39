"""Reusable parts that editors pick instead of retyping: document types, conditions and life events."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField, TranslatableField

from catalogue.blocks import IssuerStreamBlock, JourneyStepBlock


@register_snippet
class RequirementDocument(TranslatableMixin, index.Indexed, models.Model):
    """A kind of document citizens bring to a counter (KTP-el, Kartu Keluarga, pas foto 3x4)."""

    name = models.CharField(_("name"), max_length=150)
    alternative_names = models.TextField(
        _("other names"),
        blank=True,
        help_text=_("One per line: other names citizens and officers use, for example 'akta cerai'."),
    )
    description = models.TextField(_("description"), blank=True)
    issuers = StreamField(
        IssuerStreamBlock(),
        blank=True,
        verbose_name=_("issued by"),
        help_text=_(
            "Where citizens get this document, in order; the first that applies to them is shown. "
            "Checklists then tell citizens where to get it first."
        ),
    )

    panels = [FieldPanel("name"), FieldPanel("alternative_names"), FieldPanel("description"), FieldPanel("issuers")]
    # The issuers' structure and keys are copied from the source; institution names are translated.
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("alternative_names"),
        TranslatableField("description"),
        TranslatableField("issuers"),
    ]
    # The chooser searches by name or other name as one types, within the page's language
    # (it filters on the locale, which must be a FilterField or the search fails).
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("alternative_names"),
        index.AutocompleteField("alternative_names"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("requirement document")
        verbose_name_plural = _("requirement documents")
        ordering = ["name"]

    def __str__(self):
        return self.name


@register_snippet
class LifeEvent(TranslatableMixin, index.Indexed, models.Model):
    """A life event or topic that groups services (having a baby, starting a business)."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100)
    description = models.TextField(_("description"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)
    # A step-by-step journey: ordered steps, each naming services by key, found at the citizen's MPP.
    steps = StreamField(
        [("step", JourneyStepBlock())],
        blank=True,
        verbose_name=_("steps"),
        help_text=_("The steps in the order citizens take them, each with the services that do it."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
        FieldPanel("steps"),
    ]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        TranslatableField("steps"),
        SynchronizedField("slug", overridable=False),
        SynchronizedField("sort_order", overridable=False),
    ]
    search_fields = [index.SearchField("name"), index.SearchField("description"), index.FilterField("locale")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("life event")
        verbose_name_plural = _("life events")
        ordering = ["sort_order", "name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_life_event_slug_per_locale"),
        ]

    def __str__(self):
        return self.name


@register_snippet
class Condition(TranslatableMixin, index.Indexed, models.Model):
    """A situation that decides whether a requirement applies ("only if your family card was lost").

    Reusable across services, with the yes/no question a visit plan asks the citizen, so that a
    checklist can leave out what does not apply to them.
    """

    slug = models.SlugField(
        _("key"),
        max_length=100,
        help_text=_("A short stable name in lowercase letters and hyphens, for example 'kk-hilang'."),
    )
    label = models.CharField(
        _("label"),
        max_length=150,
        help_text=_("Shown after the document, for example 'only if your family card was lost'."),
    )
    question = models.CharField(
        _("question"),
        max_length=200,
        help_text=_("A yes/no question for the citizen, for example 'Has your family card been lost?'."),
    )
    help_text = models.TextField(_("explanation"), blank=True, max_length=400)

    panels = [FieldPanel("slug"), FieldPanel("label"), FieldPanel("question"), FieldPanel("help_text")]
    translatable_fields = [
        TranslatableField("label"),
        TranslatableField("question"),
        TranslatableField("help_text"),
        SynchronizedField("slug", overridable=False),
    ]
    search_fields = [
        index.SearchField("label"),
        index.SearchField("question"),
        index.AutocompleteField("label"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("condition")
        verbose_name_plural = _("conditions")
        ordering = ["label"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_condition_slug_per_locale"),
        ]

    def __str__(self):
        return self.label

    def clean(self):
        # The admin form has no locale field, so Django's unique check skips the (slug, locale)
        # constraint and a taken key would reach the database as a server error.
        super().clean()
        taken = Condition.objects.filter(slug=self.slug, locale_id=self.locale_id).exclude(pk=self.pk)
        if self.slug and self.locale_id and taken.exists():
            raise ValidationError({"slug": _("This key is already used by another condition. Choose another one.")})
