"""The abstract base of every public page: translation rules, language alternates, the page's key."""

from django.db import models
from django.utils.functional import cached_property

from wagtail.models import Locale, Page, PagePermissionTester
from wagtail_localize.fields import SynchronizedField, TranslatableField


class ReviewedPagePermissionTester(PagePermissionTester):
    """Wagtail's page permissions, except that deleting and moving need a reviewer, and a page
    waiting for review is not copied by those the review locks out.

    Wagtail lets anyone with "change" delete (and so move) pages that were
    never published. In the catalogue nothing leaves or moves in the tree
    without DPMPTSP, so both need the "publish" permission, which only
    reviewers hold (see ``catalogue/roles.py``).
    """

    def can_delete(self, ignore_bulk=False):
        if not (self.user.is_superuser or "publish" in getattr(self, "permissions", ())):
            return False
        return super().can_delete(ignore_bulk=ignore_bulk)

    def can_copy(self):
        """Whoever a review locks out of a page (its editors, while it waits) does not copy it either:
        the copy would carry the revisions under review out of the lock."""
        task = self.page.current_workflow_task
        if task is not None and task.locked_for_user(self.page, self.user):
            return False
        return super().can_copy()


def translation_rules(*, translated=(), synchronized=()):
    """Build a page type's ``translatable_fields`` for wagtail-localize.

    Prose is translated; facts (numbers, money, durations, counters, references,
    slugs) are synchronized from the Indonesian source and cannot be overridden
    in a translation, so an English page never drifts on facts.
    """
    return [
        TranslatableField("title"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        SynchronizedField("slug", overridable=False),
        *(TranslatableField(name) for name in translated),
        *(SynchronizedField(name, overridable=False) for name in synchronized),
    ]


class CataloguePage(Page):
    """A public page of the portal, written in Indonesian and translated to English."""

    translatable_fields = translation_rules()

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        # Browsers post a text area's line breaks as CRLF and the catalogue stores LF: unnormalized,
        # every edit of a multi-line field showed as a change in the compare view.
        for field in self._meta.concrete_fields:
            value = getattr(self, field.attname)
            if isinstance(field, models.TextField) and isinstance(value, str) and "\r" in value:
                setattr(self, field.attname, value.replace("\r\n", "\n").replace("\r", "\n"))

    def permissions_for_user(self, user):
        return ReviewedPagePermissionTester(user, self)

    @cached_property
    def source_page(self):
        """This page in the source language (Indonesian), or the page itself when it has none."""
        if self.locale_id == Locale.get_default().pk:
            return self
        return self.get_translation_or_none(Locale.get_default()) or self

    @property
    def key(self):
        """The stable identifier of the page in every language: the slug of its Indonesian page.

        Plan URLs, the search index and the APIs use it, so one URL or one record means the
        same service, MPP or agency whatever the language.
        """
        return self.source_page.slug

    def live_translations(self):
        """This page in every language it is published in, source language first."""
        return self.get_translations(inclusive=True).live().public().select_related("locale").order_by("locale__id")

    def get_sitemap_urls(self, request=None):
        alternates = [
            {"lang_code": page.locale.language_code, "location": page.get_full_url(request)}
            for page in self.live_translations()
        ]
        return [
            {
                "location": self.get_full_url(request),
                "lastmod": self.last_published_at or self.latest_revision_created_at,
                "alternates": alternates,
            }
        ]


def source_keys(pages):
    """{page id: key} for many pages of any type and language, in one query.

    The batch form of ``CataloguePage.key``, for lists (search results, plans, indexing).
    """
    default = Locale.get_default().pk
    keys = {page.pk: page.slug for page in pages if page.locale_id == default}
    others = [page for page in pages if page.locale_id != default]
    if others:
        sources = dict(
            Page.objects.filter(
                translation_key__in={page.translation_key for page in others}, locale_id=default
            ).values_list("translation_key", "slug")
        )
        for page in others:
            keys[page.pk] = sources.get(page.translation_key, page.slug)
    return keys
