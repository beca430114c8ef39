"""The page cache: nginx keeps anonymous public pages; the portal says which, until when, and
purges exactly the pages a change touches.

Why nginx's proxy cache (see docs/deployment.md, "Page cache"): a cached page never reaches
Python, so it is served at the speed of a static file; Redis through Django would still run a
worker per request. nginx cannot know what a page shows, so the portal tells it:

- **Which responses.** Only anonymous GETs behind the cache (nginx sends ``X-Page-Cache-Key``) of
  public pages that declared what they show: Wagtail pages (``before_serve_page``, below) and views
  that call ``shows()`` (the visit plan, the sitemap). A request with a visitor's cookie (session,
  CSRF, the remembered MPP, the visit plan: ``BYPASS_COOKIES``, also listed in nginx's site file)
  is neither served from nor stored in the cache; a response that sets a cookie, restricts its
  page or is not a 200 is never stored. Search pages and the APIs are not cached: any publish may
  change their answers, and the APIs answer conditional requests themselves (api/http.py).
- **Until when.** ``X-Accel-Expires`` = the next whole minute: "open now", "today" and alerts in
  force change with the clock, and opening hours are set to the minute.
- **What a page shows**, as tags: the page itself and each ancestor (an MPP's hours and counters
  show on every service under it), its own subtree (a page lists its children: the home page its
  MPPs, an agency its services), every object its live content refers to (Wagtail's reference
  index: requirement documents, conditions, life events, chosen pages), the services at its MPP
  that issue its documents, and the site's settings. The registry (``CachedPage``) files each kept
  page under its tags.
- **A change** names the tags it touches (``change_tags``): publishing, unpublishing, moving or
  deleting a page in any language, saving or deleting a snippet, the site settings. After the
  transaction commits, every page filed under those tags is purged from every nginx in
  ``PAGE_CACHE_PURGE_URLS`` through Wagtail's frontend-cache HTTP backend. A page rendered while
  the change was being made is not stored (``CacheInvalidation``: a request remembers the latest
  change when it starts), and each purge is sent again a second later for a response that was
  on its way into nginx as the first one arrived.
"""

import threading
import time

from django.conf import settings
from django.db import transaction
from django.db.models import ManyToManyField, Max
from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver

from wagtail import hooks
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.models import Locale, Page, ReferenceIndex, Site
from wagtail.signals import page_published, page_unpublished, post_page_move
from wagtail.snippets.models import get_snippet_models

from catalogue.models import ServicePage
from portal.models import CachedPage, CacheInvalidation
from portal.visit import COOKIE as PLAN_COOKIE
from search.views import MPP_COOKIE

KEY_HEADER = "X-Page-Cache-Key"
"""nginx's cache key of the request (``$host$request_uri``); sent only by nginx, which overwrites it."""
CLOCK_SECONDS = 60
"""Kept pages expire at the next multiple of this: what depends on the clock changes at most this often."""
MAX_KEY_LENGTH = 1000
PURGE_AGAIN_AFTER = 1.0
"""Seconds after a purge when the same pages are purged again (see ``purge``)."""
SITE = "site"


def bypass_cookies():
    """The cookies that make a page the visitor's own: never served from or kept in the cache."""
    return (settings.SESSION_COOKIE_NAME, settings.CSRF_COOKIE_NAME, MPP_COOKIE, PLAN_COOKIE)


def enabled():
    return bool(settings.PAGE_CACHE_PURGE_URLS)


def frontend_caches():
    """Wagtail's frontend-cache settings: one HTTP (PURGE) backend per nginx."""
    return {
        f"nginx-{number}": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": url}
        for number, url in enumerate(settings.PAGE_CACHE_PURGE_URLS, start=1)
    }


# --- What a response shows -------------------------------------------------------------------


def page_tag(page):
    """What shows this page (in either language: tags hold the translation key)."""
    return f"page:{page.translation_key}"


def tree_tag(page):
    """What lists the pages under this one."""
    return f"tree:{page.translation_key}"


def issuer_tag(location, slug):
    """What names the service ``slug`` at the MPP ``location`` as a documents' issuer."""
    return f"slug:{location.translation_key}:{slug}"


def ref_tag(instance):
    content_type = ReferenceIndex._get_base_content_type(instance)
    return f"ref:{content_type.pk}:{instance.pk}"


def page_tags(page):
    """The tags of everything a rendering of the live ``page`` shows (see the module's docstring)."""
    page = page.specific
    tags = {SITE, ref_tag(page), page_tag(page), tree_tag(page)}
    tags.update(page_tag(ancestor) for ancestor in page.get_ancestors())
    # Wagtail's own reference finder, on the live object being served (the index holds the latest draft).
    tags.update(
        f"ref:{content_type}:{pk}" for content_type, pk, *_path in ReferenceIndex._extract_references_from_object(page)
    )
    for field in page._meta.get_fields():
        if isinstance(field, ManyToManyField):  # life events: not in the reference index
            tags.update(ref_tag(related) for related in getattr(page, field.name).all())
    if isinstance(page, ServicePage):  # it names the services at its MPP that issue its documents
        tags.update(issuer_tag(page.location, slug) for slug in page.issuer_slugs())
    return tags


def shows(request, *pages, tags=()):
    """Declare that this response shows ``pages`` (live) and ``tags``: it may then be kept."""
    if getattr(request, "_page_cache_eligible", False):
        found = request.__dict__.setdefault("_page_cache_tags", {SITE})
        found.update(tags)
        for page in pages:
            found.update(page_tags(page))


@hooks.register("before_serve_page")
def remember_served_page(page, request, serve_args, serve_kwargs):
    if getattr(request, "_page_cache_eligible", False) and not page.get_view_restrictions().exists():
        shows(request, page)


# --- Keeping responses -----------------------------------------------------------------------


def _latest_change():
    return CacheInvalidation.objects.aggregate(latest=Max("id"))["latest"] or 0


class PageCacheMiddleware:
    """Marks the responses nginx may keep (``X-Accel-Expires``) and files them under their tags."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        eligible = (
            enabled()
            and request.method in ("GET", "HEAD")
            and 0 < len(request.headers.get(KEY_HEADER, "")) <= MAX_KEY_LENGTH
            and "Authorization" not in request.headers
            and not any(name in request.COOKIES for name in bypass_cookies())
        )
        if eligible:
            request._page_cache_eligible = True
            request._page_cache_since = _latest_change()
        response = self.get_response(request)
        if eligible and self.may_keep(request, response):
            self.keep(request, response)
        return response

    @staticmethod
    def may_keep(request, response):
        control = response.get("Cache-Control", "")
        return (
            response.status_code == 200
            and bool(getattr(request, "_page_cache_tags", None))
            and not response.cookies
            and not response.streaming
            and "private" not in control
            and "no-store" not in control
        )

    @staticmethod
    def keep(request, response):
        tags = request._page_cache_tags
        if CacheInvalidation.objects.filter(tag__in=tags, id__gt=request._page_cache_since).exists():
            return  # something it shows changed while it was rendered: serve it, keep nothing
        key = request.headers[KEY_HEADER]
        CachedPage.objects.bulk_create([CachedPage(key=key, tag=tag) for tag in tags], ignore_conflicts=True)
        response["X-Accel-Expires"] = f"@{(int(time.time()) // CLOCK_SECONDS + 1) * CLOCK_SECONDS}"


# --- Purging ---------------------------------------------------------------------------------


def change_tags(page):
    """The tags a change of ``page`` (publish, unpublish, move, delete) touches."""
    tags = {ref_tag(page), page_tag(page)}
    ancestors = list(page.get_ancestors())
    tags.update(tree_tag(ancestor) for ancestor in ancestors)
    if issubclass(page.specific_class or Page, ServicePage):
        # Services at its MPP (its grandparent: MPP > agency > service) name it as a documents' issuer.
        tags.add(issuer_tag(ancestors[-2], page.slug))
    return tags


def invalidate(tags):
    """Record the change now; purge every page filed under ``tags`` once the transaction commits."""
    if not enabled() or not tags:
        return
    tags = sorted(tags)
    CacheInvalidation.objects.filter(tag__in=tags).delete()
    CacheInvalidation.objects.bulk_create([CacheInvalidation(tag=tag) for tag in tags])
    transaction.on_commit(lambda: purge(tags))


def purge(tags):
    keys = set(CachedPage.objects.filter(tag__in=tags).values_list("key", flat=True))
    if not keys:
        return
    CachedPage.objects.filter(key__in=keys).delete()
    urls = sorted(f"http://{key}" for key in keys)
    purge_urls_from_cache(urls, backend_settings=frontend_caches())
    # Once more a moment later: a response rendered just before the change, still on its way
    # into nginx when the first purge arrived, is stored after it (a window of milliseconds).
    again = threading.Timer(PURGE_AGAIN_AFTER, purge_urls_from_cache, (urls,), {"backend_settings": frontend_caches()})
    again.daemon = True
    again.start()
    _repeats[:] = [timer for timer in _repeats if timer.is_alive()] + [again]


_repeats = []


def wait_for_purges():
    """Return once every purge sent again (see ``purge``) has been sent."""
    for timer in list(_repeats):
        timer.join()


@receiver(page_published)
@receiver(page_unpublished)
def page_changed(sender, instance, **kwargs):
    invalidate(change_tags(instance))


@receiver(post_page_move)
def page_moved(sender, instance, parent_page_before, parent_page_after, **kwargs):
    tags = change_tags(instance)
    tags.update(tree_tag(page) for page in [*parent_page_before.get_ancestors(), parent_page_before])
    invalidate(tags)


@receiver(pre_delete)
def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page) and sender is Page and instance.live:
        invalidate(change_tags(instance))


@receiver(post_save)
@receiver(post_delete)
def object_changed(sender, instance, **kwargs):
    if not enabled() or sender in (CachedPage, CacheInvalidation):
        return
    if isinstance(instance, (BaseSiteSetting, BaseGenericSetting, Site, Locale)):
        invalidate({SITE})
    elif sender in get_snippet_models() and not isinstance(instance, Page):
        # Both languages: a page may show the translation of the snippet it refers to.
        if hasattr(instance, "translation_key"):
            invalidate(
                {ref_tag(other) for other in sender.objects.filter(translation_key=instance.translation_key)}
                | {ref_tag(instance)}
            )
        else:
            invalidate({ref_tag(instance)})
