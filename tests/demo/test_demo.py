"""The demo catalogue as shipped: complete, bilingual, consistent, and idempotent to load."""

import io
import re
from pathlib import Path

from django.core.management import call_command

from wagtail.models import Locale, Page, Revision
from wagtail_localize.models import StringTranslation

import pytest

from catalogue.models import AgencyPage, Counter, MPPLocationPage, RequirementDocument, ServicePage
from portal.models import PortalSettings
from tests.helpers import english_locale, mpp

SPEC = Path(__file__).resolve().parents[3] / "shared" / "spec" / "catalogue.md"
SPEC_SLUGS = {
    "perekaman-ktp-el", "penggantian-ktp-el", "kartu-keluarga", "akta-kelahiran", "akta-kematian",
    "kartu-identitas-anak", "surat-keterangan-pindah", "akta-perkawinan", "legalisir-dokumen-kependudukan",
    "perpanjangan-sim", "skck", "pajak-kendaraan-tahunan", "ganti-stnk-lima-tahunan", "balik-nama-kendaraan",
    "paspor-baru", "penggantian-paspor", "pengecekan-sertifikat-tanah", "peralihan-hak-tanah",
    "pendaftaran-npwp", "pendaftaran-bpjs-kesehatan", "pindah-faskes-bpjs-kesehatan", "klaim-jht",
    "pendaftaran-bpjs-ketenagakerjaan", "nib-oss", "persetujuan-bangunan-gedung", "izin-reklame",
    "surat-izin-praktik-tenaga-kesehatan", "pbb-p2", "bphtb", "kartu-pencari-kerja", "pendaftaran-dtks",
    "spp-irt", "pendaftaran-nikah", "konsultasi-izin-edar-bpom", "sambungan-baru-air-minum",
}  # fmt: skip
MPP_SLUGS = {"mpp-jembrana", "mpp-jember", "mpp-karangasem", "mpp-buleleng", "mpp-kudus"}

pytestmark = pytest.mark.usefixtures("demo")


def indonesian_services():
    return ServicePage.objects.live().filter(locale=Locale.get_default()).order_by("path")


def test_spec_slugs_match_the_catalogue_file_when_available():
    if SPEC.exists():
        listed = set(re.findall(r"^\| `([a-z0-9-]+)` \|", SPEC.read_text(), re.MULTILINE))
        assert SPEC_SLUGS <= listed


def test_five_mpps_in_both_languages():
    for language in ("id", "en"):
        slugs = set(
            MPPLocationPage.objects.live().filter(locale__language_code=language).values_list("slug", flat=True)
        )
        assert slugs == MPP_SLUGS


def test_every_listed_service_exists_in_both_languages():
    for language in ("id", "en"):
        slugs = set(ServicePage.objects.live().filter(locale__language_code=language).values_list("slug", flat=True))
        assert SPEC_SLUGS <= slugs, SPEC_SLUGS - slugs


def test_services_sit_only_at_mpps_whose_agencies_are_there():
    jember = mpp("mpp-jember")
    agencies = set(AgencyPage.objects.child_of(jember).values_list("slug", flat=True))
    assert agencies == {"dpmptsp", "dukcapil", "dinsos", "bapenda", "disnaker"}
    assert not ServicePage.objects.descendant_of(jember).filter(slug="skck").exists()
    assert ServicePage.objects.descendant_of(jember).filter(slug="perekaman-ktp-el").exists()


def test_every_service_is_complete_and_has_a_counter_of_its_own_agency():
    for service in indonesian_services():
        assert service.requirements and service.procedure and service.output, service.slug
        assert service.duration_value and service.duration_unit, service.slug
        assert service.fee_kind in {"free", "paid", "varies"}, service.slug
        assert (service.fee_kind == "paid") == bool(service.fees), service.slug
        assert service.complaint_channels and service.legal_basis, service.slug
        assert service.last_reviewed and service.reviewed_by, service.slug
        counters = list(service.counters.all())
        assert counters, service.slug
        assert all(c.agency_id == service.get_parent().id for c in counters), service.slug


def test_civil_registry_services_are_free_and_police_clearance_is_paid():
    for service in indonesian_services().filter(slug__in=["akta-kelahiran", "perekaman-ktp-el", "kartu-keluarga"]):
        assert service.is_free
    for service in indonesian_services().filter(slug="skck"):
        assert service.fee_kind == "paid"
        assert service.fee_total() == 30000


def test_translations_keep_synchronized_facts_identical():
    english = english_locale()
    for source in indonesian_services():
        target = source.get_translation(english).specific
        assert target.slug == source.slug
        assert target.live
        assert (target.duration_value, target.duration_unit) == (source.duration_value, source.duration_unit)
        assert target.fee_kind == source.fee_kind
        assert fee_amounts(target) == fee_amounts(source)
        assert set(target.counters.values_list("pk", flat=True)) == set(source.counters.values_list("pk", flat=True))
        assert {e.translation_key for e in target.life_events.all()} == {
            e.translation_key for e in source.life_events.all()
        }
        assert requirement_facts(target) == requirement_facts(source)
        assert all(
            d["document"].locale_id == english.id for b in target.requirements for d in ServicePage.block_documents(b)
        )
        assert all(b.value["condition"].locale_id == english.id for b in target.requirements if b.value["condition"])
        assert [b.value["label"] for b in target.fees if b.block_type == "choice"] != [
            b.value["label"] for b in source.fees if b.block_type == "choice"
        ] or not any(b.block_type == "choice" for b in source.fees)
        assert target.last_reviewed == source.last_reviewed
        assert target.title != source.title or source.title.isupper()


def fee_amounts(page):
    """Every amount of a page's fees, the options of each choice grouped."""
    return [
        [o["amount"] for o in b.value["options"]] if b.block_type == "choice" else b.value["amount"] for b in page.fees
    ]


def requirement_facts(page):
    """What a requirement says as facts: its kind, condition and documents with amounts and forms."""
    return [
        (
            b.block_type,
            b.value["condition"].translation_key if b.value["condition"] else None,
            [(d["document"].translation_key, d["quantity"], d["form"]) for d in ServicePage.block_documents(b)],
        )
        for b in page.requirements
    ]


def test_translated_mpp_keeps_location_hours_and_counters():
    english = english_locale()
    for source in MPPLocationPage.objects.filter(locale=Locale.get_default()):
        target = source.get_translation(english).specific
        assert (target.latitude, target.longitude, target.time_zone) == (
            source.latitude,
            source.longitude,
            source.time_zone,
        )
        assert [(c.number, c.floor_level, c.agency_id) for c in target.counters.order_by("number")] == [
            (c.number, c.floor_level, c.agency_id) for c in source.counters.order_by("number")
        ]
        assert sorted((h.weekday, h.opens, h.closes) for h in target.opening_hours.all()) == sorted(
            (h.weekday, h.opens, h.closes) for h in source.opening_hours.all()
        )


def test_site_is_marked_as_demo_content(client):
    assert PortalSettings.objects.get().is_demo
    response = client.get("/en/")
    assert b"Demo content." in response.content


def test_loading_twice_changes_nothing():
    counts = [Page, Revision, StringTranslation, RequirementDocument, Counter]
    before = {model: model.objects.count() for model in counts}
    out = io.StringIO()
    call_command("load_demo", "--no-progress", stdout=out, stderr=io.StringIO())
    assert "nothing to do" in out.getvalue()
    assert {model: model.objects.count() for model in counts} == before


def test_every_mpp_says_where_to_go_for_every_service_it_lacks():
    """No dead ends: each demo MPP records, for each of the 35 services it lacks, the agency's office
    first and the service's online channels, in both languages with the same facts."""
    for slug in MPP_SLUGS:
        source = mpp(slug)
        here = set(ServicePage.objects.descendant_of(source).values_list("slug", flat=True))
        lacking = SPEC_SLUGS - here
        rows = {}
        for row in source.elsewhere.order_by("sort_order"):
            rows.setdefault(row.service_key, []).append(row)
        assert set(rows) == lacking, slug
        for key, options in rows.items():
            assert options[0].kind == "office" and options[0].name and options[0].address and options[0].hours
            online = ServicePage.objects.filter(slug=key, locale=Locale.get_default()).first().is_online
            assert online == any(option.kind == "online" for option in options), (slug, key)
        english = mpp(slug, "en").elsewhere.order_by("sort_order")
        facts = ["service_key", "kind", "phone", "url", "latitude", "longitude"]
        assert list(english.values_list(*facts)) == list(source.elsewhere.order_by("sort_order").values_list(*facts))
        assert all(row.name for row in english)


def test_the_demo_workbook_is_what_load_demo_built_and_imports_back_unchanged(tmp_path):
    """The services load_demo built are the rows of demo/workbook/, and exporting every service and
    importing the export changes nothing (the round trip of docs/workbook.md on the whole demo)."""
    from catalogue.workbook import files
    from catalogue.workbook import format as fmt
    from catalogue.workbook.export import editable_services, export
    from catalogue.workbook.importer import WorkbookImport
    from demo.loader import WORKBOOK
    from tests.helpers import ADMIN, user

    export(tmp_path / "export", editable_services(mpp=None))
    exported, shipped = files.read(tmp_path / "export"), files.read(WORKBOOK)
    demo_mpps = {row.cells["mpp"] for row in shipped["Layanan"]}

    def cells(rows):
        return sorted(
            tuple(sorted((k, v) for k, v in row.cells.items() if k != "status"))
            for row in rows
            if row.cells["mpp"] in demo_mpps
        )

    for sheet in fmt.SHEETS:
        assert cells(exported[sheet.name]) == cells(shipped[sheet.name]), sheet.name
    result = WorkbookImport(tmp_path / "export", user(ADMIN)).preview()
    assert result.ok, result.problems[:5]
    assert result.count("new") == result.count("changed") == 0 and result.count("unchanged") >= 150
