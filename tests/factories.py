"""Small, focused content trees for tests: one MPP, one agency, one service."""

import datetime as dt
import itertools

from wagtail.models import Locale, Page, Site

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


def home_page():
    root = Page.get_first_root_node()
    home = HomePage(title="Beranda uji", slug=f"test-home-{next(_sequence)}", intro="Portal uji.")
    root.add_child(instance=home)
    home.save_revision().publish()
    return home


def serve(home):
    """Make ``home`` the root of the default Site, so that its pages have URLs."""
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.save()  # through save, which clears Wagtail's cached Site root paths
    return home


def mpp_page(home, *, slug=None, time_zone="Asia/Makassar", floors=(1,), publish=True):
    location = MPPLocationPage(
        title="MPP Uji",
        slug=slug or f"mpp-{next(_sequence)}",
        regency="Kabupaten Uji",
        province="Bali",
        operator_name="DPMPTSP Kabupaten Uji",
        intro="MPP untuk pengujian.",
        address="Jalan Uji 1",
        latitude="-8.350000",
        longitude="114.620000",
        time_zone=time_zone,
    )
    location.floors = [Floor(level=level, name=f"Lantai {level}") for level in floors]
    location.opening_hours = [
        *(OpeningHours(weekday=day, opens=dt.time(8), closes=dt.time(15)) for day in range(4)),
        OpeningHours(weekday=4, opens=dt.time(8), closes=dt.time(11)),
        OpeningHours(weekday=4, opens=dt.time(13), closes=dt.time(15)),
    ]
    home.add_child(instance=location)
    if publish:
        location.save_revision().publish()
    return location


def agency_page(location, *, slug="dukcapil", counters=(1,)):
    agency = AgencyPage(
        title="Dinas Kependudukan dan Pencatatan Sipil",
        slug=slug,
        acronym="Disdukcapil",
        kind="regency_office",
        description="Dokumen kependudukan.",
    )
    location.add_child(instance=agency)
    agency.save_revision().publish()
    location = MPPLocationPage.objects.get(pk=location.pk)
    existing = list(location.counters.all())
    location.counters = existing + [Counter(number=n, floor_level=1, agency=agency) for n in counters]
    location.save()
    location.save_revision().publish()
    return agency


def document(name="Kartu Keluarga (KK)", produced_by_slug=""):
    return RequirementDocument.objects.create(
        name=name, description="", produced_by_slug=produced_by_slug, locale=Locale.get_default()
    )


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
