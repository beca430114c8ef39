"""Content model rules: a valid tree, clear validation messages, translation rules."""

from django.core.exceptions import ValidationError
from django.utils import translation

from modelcluster.models import get_all_child_relations
from wagtail.models import COMMENTS_RELATION_NAME, Page

import pytest

from catalogue.models import AgencyPage, CataloguePage, MPPLocationPage, ServiceAlertPage, ServicePage
from portal.models import HomePage
from tests import factories

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("in_english")]


@pytest.fixture
def tree():
    home = factories.home_page()
    location = factories.mpp_page(home)
    agency = factories.agency_page(location)
    return home, location, agency


class TestTreeRules:
    def test_each_page_type_only_goes_under_its_parent(self, tree):
        home, location, agency = tree
        assert ServicePage.can_create_at(agency)
        assert not ServicePage.can_create_at(location)
        assert not ServicePage.can_create_at(home)
        assert AgencyPage.can_create_at(location)
        assert not AgencyPage.can_create_at(home)
        assert not AgencyPage.can_create_at(agency)
        assert MPPLocationPage.can_create_at(home)
        assert not MPPLocationPage.can_create_at(location)
        assert HomePage.can_create_at(Page.get_first_root_node())
        assert not HomePage.can_create_at(home)

    def test_services_have_only_alerts_as_children_and_alerts_none(self, tree):
        *_rest, agency = tree
        service = factories.service_page(agency)
        assert service.specific_class.allowed_subpage_models() == [ServiceAlertPage]
        assert ServiceAlertPage.allowed_subpage_models() == []
        assert not ServiceAlertPage.can_create_at(agency)


FEE = {"amount": 30000, "purpose": "PNBP", "legal_basis": ""}
INVALID_SERVICES = [
    # (what the editor did, the field the error is shown on, part of the message)
    ({"fee_kind": "paid", "fees": [("fee", {**FEE, "amount": -5000})]}, "fees", "cannot be negative"),
    ({"duration_unit": ""}, "duration_unit", "Choose a unit"),
    ({"duration_value": None}, "duration_value", "how long"),
    ({"fees": [("fee", FEE)]}, "fees", "marked free of charge"),
    ({"fee_kind": "paid"}, "fees", "Add at least one fee"),
]


class TestServiceValidation:
    @pytest.mark.parametrize(("changes", "field", "message"), INVALID_SERVICES)
    def test_impossible_content_is_rejected_with_a_clear_message(self, tree, changes, field, message):
        *_rest, agency = tree
        service = factories.service_page(agency, publish=False)
        for name, value in changes.items():
            setattr(service, name, value)
        with pytest.raises(ValidationError) as error:
            service.full_clean()
        assert message in str(error.value.message_dict[field])

    def test_messages_are_in_the_editors_language(self, tree):
        *_rest, agency = tree
        service = factories.service_page(agency, publish=False)
        service.duration_unit = ""
        with translation.override("id"):
            with pytest.raises(ValidationError) as error:
                service.full_clean()
            assert "Pilih satuan" in str(error.value.message_dict["duration_unit"])

    def test_paid_service_with_fees_is_valid(self, tree):
        *_rest, agency = tree
        service = factories.service_page(agency, publish=False)
        service.fee_kind = "paid"
        service.fees = [("fee", FEE)]
        service.full_clean()
        assert service.fee_total() == 30000

    def test_counter_of_another_mpp_is_rejected(self, tree):
        home, _location, agency = tree
        other_agency = factories.agency_page(factories.mpp_page(home), counters=(7,))
        service = factories.service_page(agency, publish=False)
        service.counters = list(other_agency.get_parent().specific.counters.all())
        with pytest.raises(ValidationError) as error:
            service.full_clean()
        assert "Counter 7 belongs to another MPP" in str(error.value.message_dict["counters"])


class TestLocationValidation:
    def test_counter_numbers_are_unique(self, tree):
        _home, location, agency = tree
        location = MPPLocationPage.objects.get(pk=location.pk)
        location.counters = [*location.counters.all(), *location.counters.all()]
        with pytest.raises(ValidationError, match="unique in one MPP"):
            location.full_clean()

    def test_counter_on_a_missing_floor_is_rejected(self, tree):
        _home, location, _agency = tree
        location = MPPLocationPage.objects.get(pk=location.pk)
        counter = location.counters.first()
        counter.floor_level = 9
        location.counters = [counter]
        with pytest.raises(ValidationError, match="floor 9, which is not one of this MPP's floors"):
            location.full_clean()

    def test_counter_staffed_by_another_mpps_agency_is_rejected(self, tree):
        home, location, _agency = tree
        stranger = factories.agency_page(factories.mpp_page(home), slug="bpn")
        location = MPPLocationPage.objects.get(pk=location.pk)
        counter = location.counters.first()
        counter.agency = stranger
        location.counters = [counter]
        with pytest.raises(ValidationError, match="not an agency of this MPP"):
            location.full_clean()

    def test_opening_hours_must_close_after_opening(self, tree):
        _home, location, _agency = tree
        location = MPPLocationPage.objects.get(pk=location.pk)
        row = location.opening_hours.first()
        row.opens, row.closes = row.closes, row.opens
        location.opening_hours = [row]
        with pytest.raises(ValidationError, match="close after they open"):
            location.full_clean()


class TestTranslationRules:
    """Facts are synchronized and locked; prose is translated; nothing is forgotten."""

    FACTS = {
        ServicePage: {"slug", "duration_value", "duration_unit", "fee_kind", "counters", "life_events"},
        ServiceAlertPage: {"slug", "kind", "starts", "ends", "quota", "moved_to"},
        MPPLocationPage: {"slug", "latitude", "longitude", "time_zone", "opening_hours", "counters"},
        AgencyPage: {"slug", "acronym", "kind"},
    }
    PROSE = {
        ServicePage: {"title", "summary", "requirements", "procedure", "fees", "output", "alternative_names"},
        MPPLocationPage: {"title", "intro", "address", "floors", "opening_exceptions"},
        AgencyPage: {"title", "description"},
        ServiceAlertPage: {"title", "message"},
    }

    @pytest.mark.parametrize("model", [ServicePage, ServiceAlertPage, MPPLocationPage, AgencyPage, HomePage])
    def test_every_own_field_has_a_translation_rule(self, model):
        covered = {field.field_name for field in model.translatable_fields}
        own_fields = {
            field.name
            for field in model._meta.get_fields()
            if getattr(field, "model", None) is model and not field.auto_created and field.concrete
        }
        child_relations = {
            relation.get_accessor_name()
            for relation in get_all_child_relations(model)
            if relation.get_accessor_name() != COMMENTS_RELATION_NAME
        }
        missing = (own_fields | child_relations) - covered - {"page_ptr"}
        assert not missing, f"{model.__name__} fields without a translation rule: {missing}"

    @pytest.mark.parametrize("model", [ServicePage, ServiceAlertPage, MPPLocationPage, AgencyPage])
    def test_facts_are_synchronized_and_cannot_be_overridden(self, model):
        rules = {field.field_name: field for field in model.translatable_fields}
        for name in self.FACTS[model]:
            rule = rules[name]
            assert not rule.is_translated(None), name
            assert rule.overridable is False, name

    @pytest.mark.parametrize("model", [ServicePage, ServiceAlertPage, MPPLocationPage, AgencyPage])
    def test_prose_is_translated(self, model):
        rules = {field.field_name: field for field in model.translatable_fields}
        for name in self.PROSE[model]:
            assert rules[name].is_translated(None), name

    def test_base_page_is_abstract(self):
        assert CataloguePage._meta.abstract


def test_overlapping_hours_and_duplicate_exception_dates_are_rejected(tree):
    import datetime as dt

    from catalogue.models import OpeningException, OpeningHours

    _home, location, _agency = tree
    location = MPPLocationPage.objects.get(pk=location.pk)
    location.opening_hours = [
        OpeningHours(weekday=4, opens=dt.time(8), closes=dt.time(12)),
        OpeningHours(weekday=4, opens=dt.time(11), closes=dt.time(15)),
    ]
    location.opening_exceptions = [
        OpeningException(date=dt.date(2026, 12, 25), closed=True, reason="Natal"),
        OpeningException(date=dt.date(2026, 12, 25), closed=True, reason="Natal lagi"),
    ]
    with pytest.raises(ValidationError) as error:
        location.full_clean()
    messages = " ".join(error.value.messages)
    assert "Opening hours on Friday overlap." in messages
    assert "two exceptions for 2026-12-25" in messages


def test_links_and_issuing_services_are_not_offered_for_translation(tree):
    from wagtail_localize.segments.extract import extract_segments

    *_rest, agency = tree
    service = factories.service_page(
        agency,
        other_channels=[("online", {"name": "OSS", "url": "https://oss.go.id", "note": ""})],
        legal_basis=[("regulation", {"title": "PP 5/2021", "url": "https://peraturan.go.id/pp-5-2021"})],
    )
    segments = extract_segments(service)
    values = {getattr(segment, "string", None) and segment.string.data for segment in segments}
    paths = [segment.path for segment in segments]
    assert not any("url" in path or "produced_by" in path for path in paths), paths
    assert "OSS" in values and "PP 5/2021" in values


@pytest.mark.parametrize(
    ("value", "unit", "minutes", "iso", "band"),
    [
        (30, "minutes", 30, "PT30M", "same_day"),
        (3, "hours", 180, "PT3H", "same_day"),
        (5, "working_days", 7 * 24 * 60, "P7D", "week"),  # a working week is a calendar week
        (6, "working_days", 6 * 2016, "P8DT9H36M", "longer"),
        (7, "working_days", 7 * 2016, "P9DT19H12M", "longer"),
        (7, "days", 7 * 24 * 60, "P7D", "week"),
        (8, "days", 8 * 24 * 60, "P8D", "longer"),
    ],
)
def test_one_duration_rule_for_search_plan_and_json_ld(tree, value, unit, minutes, iso, band):
    """The search facet, the plan's "longest" and schema.org's processingTime read one rule."""
    from portal.visit import VisitPlan
    from search.facets import duration_band
    from search.indexing import document_for

    *_rest, agency = tree
    page = factories.service_page(agency, slug=f"durasi-{value}-{unit}", duration_value=value, duration_unit=unit)
    quick = factories.service_page(agency, slug="cepat", duration_value=10, duration_unit="minutes")
    assert page.duration_minutes == minutes
    assert page.duration_iso == iso
    assert document_for(page)["duration_minutes"] == minutes
    assert duration_band(document_for(page)["duration_minutes"]) == band
    plan = VisitPlan(agency.get_parent().specific, [page.slug, quick.slug])
    assert plan.longest().pk == page.pk
