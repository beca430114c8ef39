"""A small catalogue for the API tests: one MPP with one agency and three services in Indonesian,
translated to English, and hidden pages of every kind citizens must never see through the API."""

import datetime as dt
from types import SimpleNamespace

from django.db import transaction
from django.utils import timezone

from wagtail.models import Locale, PageViewRestriction

import pytest

from catalogue.models import Condition
from tests import factories as f

SECRET = "RAHASIA-API"


@pytest.fixture(scope="package")
def shared_tree(django_db_setup, django_db_blocker):
    """Built once for the API tests (translations through wagtail-localize take seconds) in a
    transaction rolled back after them; each test runs in a savepoint inside it."""
    with django_db_blocker.unblock(), transaction.atomic():
        built = build_tree()
        yield built
        transaction.set_rollback(True)


@pytest.fixture
def tree(shared_tree, db):
    return shared_tree


def build_tree():
    home = f.home_page()
    mpp = f.mpp_page(home, slug="mpp-uji-api")
    agency = f.agency_page(mpp, counters=(1, 2))
    kk = f.document("Kartu Keluarga (KK)", produced_by_slug="kartu-keluarga")
    ktp = f.document("KTP-el")
    event = f.life_event(slug="kelahiran-api", name="Kelahiran anak")
    married = Condition.objects.create(
        slug="sudah-menikah", label="jika sudah menikah", question="Sudah menikah?", locale=Locale.get_default()
    )
    birth = f.service_page(agency, slug="akta-kelahiran", doc=kk)
    birth.life_events = [event]
    birth.save_revision().publish()
    passport = f.service_page(
        agency,
        slug="paspor-baru",
        title="Paspor Baru",
        doc=ktp,
        fee_kind="paid",
        fees=[
            ("fee", {"amount": 50000, "purpose": "Biaya layanan", "legal_basis": "PP 28/2019"}),
            (
                "choice",
                {
                    "label": "Jenis paspor",
                    "options": [
                        {"amount": 350000, "purpose": "Paspor biasa", "legal_basis": ""},
                        {"amount": 650000, "purpose": "Paspor elektronik", "legal_basis": ""},
                    ],
                },
            ),
        ],
        requirements=[
            ("requirement", {"document": ktp, "quantity": 1, "form": "original", "note": "", "condition": None}),
            (
                "requirement",
                {"document": kk, "quantity": 1, "form": "copy", "note": "", "condition": married},
            ),
        ],
        other_channels=[("online", {"name": "M-Paspor", "url": "https://paspor.example.id", "note": ""})],
    )
    kartu = f.service_page(agency, slug="kartu-keluarga", title="Kartu Keluarga", doc=ktp)

    f.translation(home, {"Beranda uji": "Test home"})
    mpp_en = f.translation(mpp, {"MPP Uji": "Test MPP"})
    f.translation(agency, {"Dinas Kependudukan dan Pencatatan Sipil": "Civil Registry Office"})
    f.translation(kk, {"Kartu Keluarga (KK)": "Family card (KK)"})
    f.translation(ktp, {"KTP-el": "Electronic ID card"})
    f.translation(event, {"Kelahiran anak": "Having a baby"})
    f.translation(married, {"jika sudah menikah": "if married"})
    birth_en = f.translation(birth, {"Akta Kelahiran": "Birth certificate"})
    passport_en = f.translation(passport, {"Paspor Baru": "New passport"})

    # Never public: a draft, a live page's pending change, a private page, a scheduled page, and a
    # live service under a withdrawn agency.
    draft = f.service_page(agency, slug="layanan-draf", title=f"Draf {SECRET}", publish=False, live=False)
    draft.save_revision()
    pending = f.service_page(agency, slug="layanan-tertunda")
    pending.summary = f"Ringkasan {SECRET}."
    pending.save_revision()
    private = f.service_page(agency, slug="layanan-pribadi", title=f"Pribadi {SECRET}")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    scheduled = f.service_page(agency, slug="layanan-terjadwal", title=f"Terjadwal {SECRET}", publish=False, live=False)
    scheduled.go_live_at = timezone.now() + dt.timedelta(days=3)
    scheduled.save_revision(approved_go_live_at=scheduled.go_live_at).publish()
    withdrawn_agency = f.agency_page(mpp, slug="instansi-ditarik", counters=(9,), title=f"Instansi {SECRET}")
    orphan = f.service_page(withdrawn_agency, slug="layanan-yatim", title=f"Yatim {SECRET}")
    withdrawn_agency.unpublish()
    return SimpleNamespace(
        home=home,
        mpp=mpp,
        mpp_en=mpp_en,
        agency=agency,
        kk=kk,
        ktp=ktp,
        event=event,
        birth=birth,
        birth_en=birth_en,
        passport=passport,
        passport_en=passport_en,
        kartu=kartu,
        hidden=[draft, pending, private, scheduled, orphan],
    )
