"""StreamField blocks render through their own templates: on the public page and in the editor's
block preview, one rendering each (catalogue/blocks.py, templates/catalogue/blocks/)."""

import re

from django.utils import translation

from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.fields import StreamField

import pytest

from catalogue.blocks import FactBlock
from catalogue.models import MPPLocationPage, ServicePage
from tests import factories
from tests.helpers import ADMIN, client_for

pytestmark = pytest.mark.usefixtures("in_english")

PAGE_TYPES = [ServicePage, MPPLocationPage]


def stream_blocks():
    """Every block the StreamFields of the public pages offer, as pytest params."""
    return [
        pytest.param(block, id=f"{model.__name__}.{field.name}.{name}")
        for model in PAGE_TYPES
        for field in model._meta.get_fields()
        if isinstance(field, StreamField)
        for name, block in field.stream_block.child_blocks.items()
    ]


def child_block(model, field, name):
    return model._meta.get_field(field).stream_block.child_blocks[name]


def render(block, raw, **context):
    return str(block.render(block.to_python(raw), context)).strip()


@pytest.mark.parametrize("block", stream_blocks())
def test_every_block_declares_icon_template_preview_and_description(block):
    assert block.meta.icon != "placeholder"
    assert block.meta.template.startswith("catalogue/blocks/")
    assert block.meta.preview_value is not None
    assert block.get_description()


FACTS = [
    # (page type, field, block name, raw value, extra context, HTML)
    (ServicePage, "procedure", "step", {"text": "Ambil nomor antrean."}, {}, "<li>Ambil nomor antrean.</li>"),
    (
        ServicePage,
        "fees",
        "fee",
        {"amount": 30000, "purpose": "PNBP SKCK", "legal_basis": "PP 76/2020"},
        {},
        '<li><strong>Rp 30.000</strong>: PNBP SKCK <span class="muted">(PP 76/2020)</span></li>',
    ),
    (
        ServicePage,
        "fees",
        "fee",
        {"amount": 5000, "purpose": "Formulir", "legal_basis": ""},
        {},
        "<li><strong>Rp 5.000</strong>: Formulir</li>",
    ),
    (
        ServicePage,
        "complaint_channels",
        "channel",
        {"kind": "lapor", "value": "https://www.lapor.go.id", "note": "Sebut nomor antrean"},
        {},
        '<li><a href="https://www.lapor.go.id">SP4N-LAPOR!</a>. Sebut nomor antrean</li>',
    ),
    (
        ServicePage,
        "complaint_channels",
        "channel",
        {"kind": "phone", "value": "0361 123 456", "note": ""},
        {},
        '<li>Telephone: <a href="tel:0361123456">0361 123 456</a></li>',
    ),
    (
        ServicePage,
        "complaint_channels",
        "channel",
        {"kind": "email", "value": "pengaduan@example.go.id", "note": ""},
        {},
        '<li>E-mail: <a href="mailto:pengaduan@example.go.id">pengaduan@example.go.id</a></li>',
    ),
    (
        ServicePage,
        "complaint_channels",
        "channel",
        {"kind": "whatsapp", "value": "0812 3456 7890", "note": ""},
        {},
        "<li>WhatsApp: 0812 3456 7890</li>",
    ),
    (
        ServicePage,
        "complaint_channels",
        "channel",
        {"kind": "in_person", "value": "", "place": "Complaints desk of DPMPTSP", "note": ""},
        {},
        "<li>In person: Complaints desk of DPMPTSP</li>",
    ),
    (
        ServicePage,
        "complaint_channels",
        "channel",
        {"kind": "in_person", "value": "", "place": "Loket pengaduan", "note": ""},
        {},
        "<li>In person: Loket pengaduan</li>",
    ),
    (
        ServicePage,
        "legal_basis",
        "regulation",
        {"title": "PP 5/2021", "url": "https://peraturan.go.id/pp-5-2021"},
        {},
        '<li><a href="https://peraturan.go.id/pp-5-2021">PP 5/2021</a></li>',
    ),
    (ServicePage, "legal_basis", "regulation", {"title": "UU 24/2013", "url": ""}, {}, "<li>UU 24/2013</li>"),
    (
        ServicePage,
        "other_channels",
        "online",
        {"name": "OSS", "url": "https://oss.go.id", "note": "Akun OSS diperlukan"},
        {},
        '<li>Online: <a href="https://oss.go.id">OSS</a>. Akun OSS diperlukan</li>',
    ),
    (
        ServicePage,
        "other_channels",
        "agency_office",
        {"note": ""},
        {"agency": {"office_address": "Jalan Ngurah Rai 1"}},
        "<li>At the agency's own office: Jalan Ngurah Rai 1</li>",
    ),
    (
        ServicePage,
        "other_channels",
        "kecamatan",
        {"note": "Kecuali Kecamatan Melaya"},
        {},
        "<li>At kecamatan (sub-district) offices. Kecuali Kecamatan Melaya</li>",
    ),
    (
        MPPLocationPage,
        "facilities",
        "facility",
        {"kind": "prayer_room", "note": "lantai 2"},
        {},
        "<li>Prayer room: lantai 2</li>",
    ),
]


@pytest.mark.parametrize(("model", "field", "name", "raw", "context", "html"), FACTS)
def test_each_block_renders_one_list_item_through_its_template(model, field, name, raw, context, html):
    assert render(child_block(model, field, name), raw, **context) == html


@pytest.mark.parametrize(
    ("raw", "field", "message"),
    [
        ({"kind": "in_person", "value": "Meja pengaduan", "place": "", "note": ""}, "place", "Say where to go"),
        ({"kind": "phone", "value": "", "place": "", "note": ""}, "value", "Enter the number, address or link."),
    ],
)
def test_a_complaint_channel_says_where_in_words_and_other_channels_give_their_value(raw, field, message):
    """Where to go in person is prose (translated); a number or a link is a fact (copied)."""
    block = child_block(ServicePage, "complaint_channels", "channel")
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.to_python(raw))
    assert message in str(error.value.block_errors[field])
    assert not isinstance(block.child_blocks["place"], FactBlock)
    assert isinstance(block.child_blocks["value"], FactBlock)


@pytest.fixture
def tree():
    home = factories.home_page()
    location = factories.mpp_page(home)
    agency = factories.agency_page(location, office_address="Jalan Ngurah Rai 1")
    return home, location, agency


@pytest.mark.django_db
def test_a_requirement_says_how_many_and_links_the_service_that_issues_it(tree):
    _home, _location, agency = tree
    issuer = factories.service_page(agency, slug="kartu-keluarga", title="Kartu Keluarga")
    document = factories.document("Kartu Keluarga (KK)", produced_by_slug="kartu-keluarga")
    page = factories.service_page(
        agency,
        slug="kartu-identitas-anak",
        requirements=[
            ("requirement", {"document": document, "quantity": 1, "form": "original_and_copy", "note": "Terbaru"}),
            ("requirement", {"document": factories.document("Pas foto"), "quantity": 2, "form": "copy", "note": ""}),
        ],
    )
    page = ServicePage.objects.get(pk=page.pk)
    block = child_block(ServicePage, "requirements", "requirement")
    context = {"requirement_issuers": page.requirement_issuers()}
    first, second = (str(block.render(child.value, context)) for child in page.requirements)
    assert "<strong>Kartu Keluarga (KK)</strong>: original and 1 photocopy. Terbaru" in first
    assert f'Don\'t have it yet? <a href="{issuer.url}">Kartu Keluarga</a>' in first
    assert "<strong>Pas foto</strong>: 2 photocopies" in second and "Don't have it yet?" not in second
    # Without the page's lookup (the editor's preview), a requirement names no issuer.
    assert "Don't have it yet?" not in str(block.render(page.requirements[0].value, {}))


@pytest.mark.django_db
def test_the_service_page_renders_each_block_once_through_its_template(client, tree):
    _home, _location, agency = tree
    factories.service_page(agency, slug="kartu-keluarga", title="Kartu Keluarga")
    document = factories.document("Kartu Keluarga (KK)", produced_by_slug="kartu-keluarga")
    fields = {}
    for model, field, name, value, _context, _html in FACTS:
        if model is ServicePage:
            fields.setdefault(field, []).append((name, value))
    page = factories.service_page(
        agency,
        slug="akta-kelahiran",
        fee_kind="paid",
        requirements=[("requirement", {"document": document, "quantity": 2, "form": "copy", "note": ""})],
        **fields,
    )
    page = ServicePage.objects.get(pk=page.pk)
    html = client.get(page.url).content.decode()
    context = {"requirement_issuers": page.requirement_issuers(), "agency": page.agency}
    for field in ["requirements", *fields]:
        for child in getattr(page, field):
            rendered = str(child.block.render(child.value, context)).strip()
            assert html.count(rendered) == 1, (field, rendered)
    assert 'href="' + page.requirement_issuers()["kartu-keluarga"].url in html


@pytest.mark.django_db
def test_the_mpp_page_renders_its_facilities_through_their_template(client, tree):
    _home, location, _agency = tree
    location = MPPLocationPage.objects.get(pk=location.pk)
    location.facilities = [("facility", {"kind": "prayer_room", "note": "lantai 2"}), ("facility", {"kind": "wifi"})]
    location.save_revision().publish()
    html = client.get(location.url).content.decode()
    for child in MPPLocationPage.objects.get(pk=location.pk).facilities:
        assert html.count(str(child.render()).strip()) == 1


@pytest.mark.django_db
@pytest.mark.parametrize("block", stream_blocks())
def test_the_editor_previews_each_block_through_the_same_template(block):
    factories.document("Kartu Tanda Penduduk Elektronik (KTP-el)")  # the requirement's preview names one
    assert block.is_previewable  # offered in the editor's block picker
    response = client_for(ADMIN).get("/admin/block-preview/", {"id": block.definition_prefix})
    assert response.status_code == 200
    html = response.content.decode()
    with translation.override(response.headers["Content-Language"]):  # the editor's language
        assert str(block.render(block.get_preview_value(), {})).strip() in html
    assert re.search(r'<ul class="plain">\s*<li>', html)
    assert "/static/portal/portal.css" in html
