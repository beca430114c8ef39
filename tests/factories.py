"""Small, focused content trees for tests: one MPP, one agency, one service; their translations
(through wagtail-localize, as an editor translates) and users in the roles (``catalogue.roles``).

Once a test has loaded the demo catalogue, it stays for the rest of the session: name factory
MPPs and users so that they never meet the demo's (``mpp-uji-satu``, ``reviewer-uji-satu``,
or the generated defaults), or a lookup by slug or username finds two.
"""

import datetime as dt
import itertools

from wagtail.models import Locale, Page, Site
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from catalogue import roles
from catalogue.models import (
    AgencyPage,
    Counter,
    Floor,
    LifeEvent,
    MPPLocationPage,
    OpeningHours,
    RequirementDocument,
    ServicePage,
)
from portal.models import HomePage

_sequence = itertools.count(1)


def home_page(*, served=True):
    """A home page; ``served``: the default Site serves it, so that the pages under it have URLs."""
    root = Page.get_first_root_node()
    home = HomePage(title="Beranda uji", slug=f"test-home-{next(_sequence)}", intro="Portal uji.")
    root.add_child(instance=home)
    home.save_revision().publish()
    return serve(home) if served else home


def serve(home):
    """Make ``home`` the root of the default Site, so that its pages have URLs."""
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.save()  # through save, which clears Wagtail's cached Site root paths
    return home


def mpp_page(home, *, slug=None, time_zone="Asia/Makassar", floors=(1,), publish=True, **overrides):
    fields = {
        "title": "MPP Uji",
        "slug": slug or f"mpp-{next(_sequence)}",
        "regency": "Kabupaten Uji",
        "province": "Bali",
        "operator_name": "DPMPTSP Kabupaten Uji",
        "intro": "MPP untuk pengujian.",
        "address": "Jalan Uji 1",
        "latitude": "-8.350000",
        "longitude": "114.620000",
        "time_zone": time_zone,
    }
    location = MPPLocationPage(**{**fields, **overrides})
    location.floors = [Floor(level=level, name=f"Lantai {level}") for level in floors]
    hours = [
        *((day, dt.time(8), dt.time(15)) for day in range(4)),
        (4, dt.time(8), dt.time(11)),
        (4, dt.time(13), dt.time(15)),
    ]
    # In the order the admin saves them, so that the edit form lists them the same way on every database.
    location.opening_hours = [
        OpeningHours(weekday=day, opens=opens, closes=closes, sort_order=order)
        for order, (day, opens, closes) in enumerate(hours)
    ]
    home.add_child(instance=location)
    if publish:
        location.save_revision().publish()
    return location


def agency_page(location, *, slug="dukcapil", counters=(1,), floor=1, **overrides):
    """An agency under ``location``, published, staffing the ``counters`` there (on ``floor``)."""
    fields = {
        "title": "Dinas Kependudukan dan Pencatatan Sipil",
        "slug": slug,
        "acronym": "Disdukcapil",
        "kind": "regency_office",
        "description": "Dokumen kependudukan.",
    }
    agency = AgencyPage(**{**fields, **overrides})
    location.add_child(instance=agency)
    agency.save_revision().publish()
    location = MPPLocationPage.objects.get(pk=location.pk)
    existing = list(location.counters.all())
    location.counters = existing + [
        Counter(number=n, floor_level=floor, agency=agency, sort_order=len(existing) + i)
        for i, n in enumerate(counters)
    ]
    location.save()
    location.save_revision().publish()
    return agency


def document(name="Kartu Keluarga (KK)", produced_by_slug=""):
    """A document type; ``produced_by_slug`` names the catalogue service that issues it."""
    issuers = [("service", {"key": produced_by_slug, "condition": None})] if produced_by_slug else []
    return RequirementDocument.objects.create(name=name, description="", issuers=issuers, locale=Locale.get_default())


def service_page(agency, *, slug="akta-kelahiran", publish=True, **overrides):
    doc = overrides.pop("doc", None) or document()
    fields = {
        "title": "Akta Kelahiran",
        "slug": slug,
        "summary": "Akta kelahiran untuk anak.",
        "eligibility": "Orang tua bayi.",
        "requirements": [("requirement", {"document": doc, "quantity": 2, "form": "copy", "note": ""})],
        "procedure": [("step", {"text": "Ambil nomor antrean."}), ("step", {"text": "Serahkan berkas."})],
        "duration_value": 1,
        "duration_unit": "working_days",
        "fee_kind": "free",
        "output": "Kutipan akta kelahiran.",
        "complaint_channels": [("channel", {"kind": "lapor", "value": "https://www.lapor.go.id", "note": ""})],
        "legal_basis": [("regulation", {"title": "UU 24/2013", "url": ""})],
    }
    fields.update(overrides)
    service = ServicePage(**fields)
    location = agency.get_parent().specific
    service.counters = [c for c in location.counters.all() if c.agency_id == agency.pk]
    agency.add_child(instance=service)
    if publish:
        service.save_revision().publish()
    return service


def life_event(slug="kelahiran", name="Kelahiran anak"):
    return LifeEvent.objects.create(slug=slug, name=name, locale=Locale.get_default())


def translation(instance, texts=None, language="en"):
    """``instance`` in another language, through wagtail-localize as an editor translates it, published.

    ``texts`` maps source strings to their translation; the others stay as they are. Facts are
    synchronized from the source. A page's parent must be translated first.
    """
    locale = Locale.objects.get(language_code=language)
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    target, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    for segment in source.stringsegment_set.select_related("string", "context"):
        if segment.string.data in (texts or {}):
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={
                    "data": texts[segment.string.data],
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                },
            )
    target.save_target(publish=not isinstance(instance, Page))
    translated = instance.get_translation(locale)
    if isinstance(translated, Page):
        translated.get_latest_revision().publish()
        return translated.specific_class.objects.get(pk=translated.pk)
    return translated


def editor(agency, username=None, email=""):
    """An editor of ``agency``, onboarded as an administrator does it (its MPP's review included)."""
    username = username or f"{agency.slug}-editor-{next(_sequence)}"
    _agency, _group, user, _created = roles.onboard_agency(
        agency.get_parent(), agency.slug, username=username, email=email
    )
    return user


def reviewer(location, username=None, email=""):
    """A DPMPTSP reviewer of ``location`` (its reviewer group, review workflow and editor groups)."""
    group, _editors = roles.setup_mpp(location)
    user, _created = roles.add_user(group, username or f"reviewer-{location.slug}", email=email)
    return user
