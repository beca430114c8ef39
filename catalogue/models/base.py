"""The abstract base of every public page: translation rules and language alternates."""

from wagtail.models import Page, PagePermissionTester
from wagtail_localize.fields import SynchronizedField, TranslatableField


class ReviewedPagePermissionTester(PagePermissionTester):
    """Wagtail's page permissions, except that deleting and moving need a reviewer.

    Wagtail lets anyone with "change" delete (and so move) pages that were
    never published. In the catalogue nothing leaves or moves in the tree
    without DPMPTSP, so both need the "publish" permission, which only
    reviewers hold (see ``catalogue/roles.py``).
    """

    def can_delete(self, ignore_bulk=False):
        if not (self.user.is_superuser or "publish" in getattr(self, "permissions", ())):
            return False
        return super().can_delete(ignore_bulk=ignore_bulk)


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

    def permissions_for_user(self, user):
        return ReviewedPagePermissionTester(user, self)

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
