"""The portal home page and site-wide settings."""

from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.blocks import PageChooserBlock
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField

from catalogue.models import CataloguePage, LifeEvent, MPPLocationPage, ServicePage, attach_places, translation_rules
from portal.feedback.models import Feedback
from portal.journeys import Journey, chosen_mpp
from portal.visit import remembered_plan

__all__ = ["CacheInvalidation", "CachedPage", "Feedback", "HomePage", "PortalSettings"]


class HomePage(RoutablePageMixin, CataloguePage):
    """The portal's front door: search, the MPP locations, life events and popular services.

    One install can serve many MPPs (a province for all its regencies) or one.
    """

    intro = models.TextField(_("introduction"), max_length=400)
    popular_services = StreamField(
        [("service", PageChooserBlock(page_type="catalogue.ServicePage", label=_("Service")))],
        blank=True,
        verbose_name=_("popular services"),
        help_text=_("Choose a service at one MPP; the home page lists every MPP that offers it."),
    )

    content_panels = CataloguePage.content_panels + [FieldPanel("intro"), FieldPanel("popular_services")]
    translatable_fields = translation_rules(translated=["intro"], synchronized=["popular_services"])

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["catalogue.MPPLocationPage"]
    template = "portal/home_page.html"

    class Meta:
        verbose_name = _("portal home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["life_event_links"] = self.life_event_links(request)
        return context

    def locations(self):
        return MPPLocationPage.objects.child_of(self).live().public().order_by("title")

    def life_events(self):
        return LifeEvent.objects.filter(locale=self.locale).order_by("sort_order", "name")

    def life_event_links(self, request=None):
        links = [{"name": event.name, "url": self.life_event_url(event, request)} for event in self.life_events()]
        return [link for link in links if link["url"]]

    def popular(self):
        """Popular services, each with every MPP in this language that offers a service of that slug."""
        slugs = [block.value.slug for block in self.popular_services if block.value]
        offers = {}
        services = ServicePage.objects.live().public().descendant_of(self).filter(slug__in=slugs).order_by("path")
        for service in attach_places(list(services)):
            offers.setdefault(service.slug, []).append(service)
        return [offers[slug] for slug in dict.fromkeys(slugs) if slug in offers]

    def life_event_path(self, event):
        name = "life_event_en" if self.locale.language_code == "en" else "life_event"
        return self.reverse_subpage(name, kwargs={"slug": event.slug})

    def life_event_url(self, event, request=None):
        """The event's page on this home, or None when no Site serves this home page."""
        base = self.get_url(request)
        return base + self.life_event_path(event) if base else None

    @path("peristiwa/<slug:slug>/", name="life_event")
    @path("life-events/<slug:slug>/", name="life_event_en")
    def life_event(self, request, slug):
        event = LifeEvent.objects.filter(slug=slug, locale=self.locale).first()
        if event is None:
            raise Http404
        journey = Journey(self, event, chosen_mpp(self, request.GET.get("mpp") or remembered_plan(request)[0]))
        # Services of the event that no step names, by key: the same order in every language.
        services = (
            ServicePage.objects.live()
            .public()
            .descendant_of(self)
            .filter(life_events__translation_key=event.translation_key)
            .exclude(slug__in=journey.keys)
            .order_by("slug", "path")
            .distinct()
        )
        grouped = {}
        for service in attach_places(list(services)):
            grouped.setdefault(service.slug, []).append(service)
        language_urls = {}
        for home in self.get_translations(inclusive=True).live().select_related("locale"):
            translated = LifeEvent.objects.filter(translation_key=event.translation_key, locale=home.locale).first()
            url = home.specific.life_event_url(translated, request) if translated else None
            if url:
                language_urls[home.locale.language_code] = url
        return self.render(
            request,
            context_overrides={
                "event": event,
                "journey": journey,
                "service_groups": list(grouped.values()),
                "language_urls": language_urls,
                "canonical_url": request.build_absolute_uri(language_urls.get(self.locale.language_code, "")),
            },
            template="portal/life_event.html",
        )

    def get_sitemap_urls(self, request=None):
        urls = super().get_sitemap_urls(request)
        for event in self.life_events():
            base = self.get_full_url(request)
            if base:
                urls.append({"location": base + self.life_event_path(event)})
        return urls


@register_setting(icon="cog")
class PortalSettings(BaseSiteSetting):
    """Site-wide facts shown in the footer of every page."""

    is_demo = models.BooleanField(
        _("demo content"),
        default=False,
        help_text=_("Shows a notice in the footer that the content is for demonstration only."),
    )
    operator_name = models.CharField(
        _("portal run by"), max_length=150, blank=True, help_text=_("For example: Pemerintah Provinsi Bali")
    )
    complaint_url = models.URLField(_("national complaint channel"), default="https://www.lapor.go.id")

    panels = [FieldPanel("is_demo"), FieldPanel("operator_name"), FieldPanel("complaint_url")]

    class Meta:
        verbose_name = _("portal settings")


class CachedPage(models.Model):
    """A page nginx may be keeping, filed under one thing it shows (portal/page_cache.py)."""

    key = models.CharField(max_length=1000)  # nginx's cache key: $host$request_uri
    tag = models.CharField(max_length=200)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["tag", "key"], name="cached_page_tag_key")]
        indexes = [models.Index(fields=["key"], name="cached_page_key")]

    def __str__(self):
        return f"{self.key} ({self.tag})"


class CacheInvalidation(models.Model):
    """The latest change to one thing pages show; ids grow, so a request knows whether what it
    rendered changed while it ran (portal/page_cache.py)."""

    tag = models.CharField(max_length=200, unique=True)

    def __str__(self):
        return self.tag
