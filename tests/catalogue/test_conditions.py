"""Conditions and fee choices as editors use them: the snippet, the blocks, validation, the admin over HTTP."""

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError

import pytest

from catalogue.models import Condition, ServicePage
from tests import factories
from tests.helpers import edit_form_data

pytestmark = pytest.mark.django_db

FEE = {"amount": 30000, "purpose": "PNBP", "legal_basis": ""}


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser("conditions-admin", "", "pw-for-tests")
    client.force_login(user)
    return client


@pytest.fixture
def agency():
    location = factories.mpp_page(factories.home_page())
    return factories.agency_page(location)


def choice(*amounts, label="Jenis paspor"):
    return ("choice", {"label": label, "options": [{**FEE, "amount": a, "purpose": f"Rp {a}"} for a in amounts]})


def test_fee_range_and_total_follow_the_choices(agency):
    service = factories.service_page(agency, publish=False)
    service.fee_kind = "paid"
    service.fees = [("fee", FEE), choice(350000, 650000), choice(0, 1000000, 500000, label="Paspor lama")]
    service.full_clean()
    assert service.fee_range() == (380000, 1680000)
    assert service.fee_total() is None
    assert service.fee_total({1: 2}) is None  # the second choice is still open
    assert service.fee_range({1: 2}) == (680000, 1680000)
    assert service.fee_total({1: 2, 2: 3}) == 30000 + 650000 + 500000
    assert service.fee_total({1: 3, 2: 1}) is None  # no third passport
    service.fee_kind = "free"
    service.fees = []
    assert service.fee_range() == (0, 0) and service.fee_total() == 0
    service.fee_kind = "varies"
    assert service.fee_range() is None and service.fee_total() is None


@pytest.mark.parametrize(
    ("kind", "fees", "message"),
    [
        ("varies", [("fee", FEE)], "depends on the citizen's assessment"),
        ("paid", [choice(-5, 10)], "cannot be negative"),
        ("free", [choice(0, 10)], "marked free of charge"),
    ],
)
def test_fee_validation_explains_what_is_wrong(agency, in_english, kind, fees, message):
    service = factories.service_page(agency, publish=False)
    service.fee_kind, service.fees = kind, fees
    with pytest.raises(ValidationError) as error:
        service.full_clean()
    assert message in str(error.value.message_dict["fees"])


def test_a_choice_needs_two_options(agency):
    block = ServicePage._meta.get_field("fees").stream_block.child_blocks["choice"]
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"label": "Jenis", "options": [FEE]}))


def test_conditions_are_created_in_the_admin(admin_client):
    response = admin_client.get("/admin/snippets/catalogue/condition/add/")
    assert response.status_code == 200
    data = {
        "slug": "sim-hilang-uji",  # a key no demo condition has (the demo may be loaded in this session)
        "label": "hanya jika SIM Anda hilang",
        "question": "Apakah SIM Anda hilang?",
        "help_text": "",
    }
    response = admin_client.post("/admin/snippets/catalogue/condition/add/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    condition = Condition.objects.get(slug="sim-hilang-uji")
    assert condition.question == "Apakah SIM Anda hilang?"

    # The same key again: a message on the field, not a server error, and nothing saved.
    response = admin_client.post("/admin/snippets/catalogue/condition/add/", {**data, "label": "lain"})
    assert response.status_code == 200
    assert "Kunci ini sudah dipakai" in response.content.decode()  # the admin speaks Indonesian
    assert Condition.objects.filter(slug="sim-hilang-uji").count() == 1


def test_a_service_with_conditions_one_of_and_a_fee_choice_renders_and_saves_in_the_editor(admin_client, agency):
    condition = Condition.objects.create(
        slug="bercerai-uji", label="hanya jika Anda pernah bercerai", question="Cerai?"
    )
    kk = factories.document()
    ktp = factories.document("KTP-el")
    service = factories.service_page(agency)
    service.requirements = [
        ("requirement", {"document": kk, "quantity": 1, "form": "copy", "note": "", "condition": condition}),
        (
            "one_of",
            {
                "condition": None,
                "options": [
                    {"document": kk, "quantity": 1, "form": "copy", "note": ""},
                    {"document": ktp, "quantity": 2, "form": "original", "note": "Atau KTP-el"},
                ],
            },
        ),
    ]
    service.fee_kind = "paid"
    service.fees = [choice(80000, 75000, label="Jenis SIM")]
    service.save_revision().publish()

    response = admin_client.get(f"/admin/pages/{service.pk}/edit/")
    assert response.status_code == 200
    data = edit_form_data(service)
    data["summary"] = "Ringkasan yang diubah."
    response = admin_client.post(f"/admin/pages/{service.pk}/edit/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    saved = ServicePage.objects.get(pk=service.pk).get_latest_revision_as_object()
    assert saved.summary == "Ringkasan yang diubah."
    assert saved.requirements[0].value["condition"] == condition
    assert [o["document"] for o in saved.requirements[1].value["options"]] == [kk, ktp]
    assert saved.fee_range() == (75000, 80000)

    # Publishing a choice with one option left is refused with the reason, and nothing is published.
    data["fees-0-value-options-1-deleted"] = "1"
    data["action-publish"] = "action-publish"
    response = admin_client.post(f"/admin/pages/{service.pk}/edit/", data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Jumlah isi minimum adalah 2" in html or "The minimum number of items is 2" in html
    assert len(ServicePage.objects.get(pk=service.pk).fees[0].value["options"]) == 2
