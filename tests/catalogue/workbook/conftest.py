"""One small catalogue for the workbook tests: an MPP with two agencies and three services in two
languages, an editor of each agency and the MPP's reviewer. Built once per module inside a
transaction that is rolled back at the end; each test runs in its own savepoint within it."""

import io

from django.db import transaction

from wagtail.models import Locale
from wagtail_localize.strings import StringValue

import pytest

from catalogue.models import Condition, ServicePage
from catalogue.workbook import files
from catalogue.workbook.export import editable_services, workbook_tables
from tests import factories


class Tree:
    pass


@pytest.fixture(scope="module")
def tree(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        Locale.objects.get_or_create(language_code="en")
        t = Tree()
        home = factories.home_page()
        t.mpp = factories.mpp_page(home, slug="mpp-wb-uji")
        t.other_mpp = factories.mpp_page(home, slug="mpp-wb-lain", title="MPP Lain")
        t.dukcapil = factories.agency_page(t.mpp, slug="dukcapil", counters=(1, 2))
        t.samsat = factories.agency_page(t.mpp, slug="samsat", counters=(3,), title="Samsat", acronym="Samsat")
        t.other_dukcapil = factories.agency_page(t.other_mpp, slug="dukcapil", counters=(1,))
        t.kk = factories.document("Kartu Keluarga (KK) Uji Buku Kerja")
        t.ktp = factories.document("KTP-el Uji Buku Kerja")
        t.event = factories.life_event(slug="kelahiran-wb", name="Kelahiran (uji buku kerja)")
        t.condition = Condition.objects.create(
            slug="kk-hilang-wb", label="hanya jika KK hilang", question="KK hilang?", locale=Locale.get_default()
        )
        t.akta = factories.service_page(
            t.dukcapil,
            slug="akta-kelahiran",
            doc=t.kk,
            alternative_names="akte lahir\nakta lahir",
            fees=[],
        )
        t.ktp_service = factories.service_page(
            t.dukcapil, slug="ktp-el", title="KTP-el", doc=t.ktp, summary="KTP elektronik."
        )
        t.stnk = factories.service_page(
            t.samsat,
            slug="stnk",
            title="Pengesahan STNK",
            doc=t.ktp,
            summary="Pengesahan STNK tahunan.",
            fee_kind="paid",
            fees=[("fee", {"amount": 50000, "purpose": "PNBP", "legal_basis": "PP 76/2020"})],
        )
        t.other_akta = factories.service_page(t.other_dukcapil, slug="akta-kelahiran", doc=t.kk)
        english = {
            "Akta Kelahiran": "Birth certificate",
            "Akta kelahiran untuk anak.": "A birth certificate for a child.",
            "Orang tua bayi.": "The baby's parents.",
            "Ambil nomor antrean.": "Take a queue number.",
            "Serahkan berkas.": "Hand in the papers.",
            "Kutipan akta kelahiran.": "A birth certificate.",
            "UU 24/2013": "Law 24/2013",
            StringValue.from_plaintext("akte lahir\nakta lahir").data: "birth cert",
        }
        for page in (home, t.mpp, t.dukcapil, t.samsat, t.akta, t.ktp_service, t.stnk):
            factories.translation(page, english)
        t.editor = factories.editor(t.dukcapil, username="wb-editor-dukcapil")
        t.samsat_editor = factories.editor(t.samsat, username="wb-editor-samsat")
        t.reviewer = factories.reviewer(t.mpp, username="wb-reviewer")
        t.other_reviewer = factories.reviewer(t.other_mpp, username="wb-reviewer-lain")
        from django.contrib.auth import get_user_model

        t.admin = get_user_model().objects.create_superuser("wb-admin", "", "pw")
        yield t
        transaction.set_rollback(True)


@pytest.fixture
def wb(tree, db):
    """The tree inside the test's own transaction."""
    return tree


def tables_of(user, **filters):
    return workbook_tables(editable_services(user, **filters))


def xlsx(tables):
    """The bytes of an .xlsx workbook of ``tables``."""
    buffer = io.BytesIO()
    files.write_xlsx(tables, buffer)
    return buffer.getvalue()


def fresh(page):
    return ServicePage.objects.get(pk=page.pk)
