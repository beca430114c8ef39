"""The editor's and reviewer's day-to-day path in the admin answers without a server error
(issue 13, "Errors"): preview, the document chooser's search, the MPP page's counters, the
completeness gate and the summary that contradicts the fee. Driven over HTTP as the roles are."""

import html as htmllib
import json
import re
from types import SimpleNamespace

from django.utils import translation
from django.utils.text import capfirst

from wagtail.models import Locale
from wagtail.test.utils.form_data import nested_form_data, streamfield

import pytest

from catalogue.models import Counter, MPPLocationPage, RequirementDocument, ServicePage
from demo.documents import DOCUMENTS
from tests import factories
from tests.helpers import client_for, edit_form_data, submit

pytestmark = pytest.mark.django_db

EDITOR = "dukcapil-uji-satu"
REVIEWER = "reviewer-uji-satu"


@pytest.fixture
def tree():
    """MPP Uji Satu with Dukcapil (counters 1 and 2), its reviewer and editor, and a service
    that belongs to a life event."""
    home = factories.home_page()
    location = factories.mpp_page(home, slug="mpp-uji-satu", title="MPP Uji Satu")
    dukcapil = factories.agency_page(location, counters=(1, 2))
    factories.reviewer(location, REVIEWER)
    factories.editor(dukcapil, EDITOR)
    page = factories.service_page(dukcapil)
    page.life_events.add(factories.life_event(slug="kelahiran-uji"))
    page.save_revision().publish()
    return SimpleNamespace(home=home, location=location, dukcapil=dukcapil, service=page)


def post_form(client, page, url=None, **changes):
    data = edit_form_data(page)
    for key, value in changes.items():
        data[key] = value
    return client.post(url or f"/admin/pages/{page.pk}/edit/", dict(data.lists()))


# --- 1. Preview ---------------------------------------------------------------------------


def test_editor_previews_a_change_to_a_service(tree):
    editor = client_for(EDITOR)
    url = f"/admin/pages/{tree.service.pk}/edit/preview/"
    assert post_form(editor, tree.service, url, summary="Ringkasan untuk pratinjau.").json()["is_valid"]
    response = editor.get(url)
    assert response.status_code == 200
    assert "Ringkasan untuk pratinjau." in response.content.decode()


def test_reviewer_previews_a_change_waiting_for_review(tree):
    assert submit(client_for(EDITOR), tree.service, summary="Ringkasan menunggu tinjauan.").status_code == 302
    page = ServicePage.objects.get(pk=tree.service.pk)
    task = page.current_workflow_task
    response = client_for(REVIEWER).get(f"/admin/pages/workflow/preview/{page.pk}/{task.pk}/")
    assert response.status_code == 200
    assert "Ringkasan menunggu tinjauan." in response.content.decode()


# --- 2. The requirement-document chooser ---------------------------------------------------


def chosen_names(client, query):
    """The documents the chooser lists for ``query``, as the chooser in an Indonesian page asks."""
    response = client.get("/admin/snippets/choose/catalogue/requirementdocument/results/", {"q": query, "locale": "id"})
    assert response.status_code == 200
    return re.findall(r"data-chooser-modal-choice[^>]*>\s*([^<]+?)\s*<", response.content.decode())


def test_editor_finds_a_document_by_its_name_or_another_name(tree):
    # Names no demo document has, so that the test holds with the demo catalogue loaded as well.
    divorce = RequirementDocument.objects.create(
        name="Akta Perpisahan Uji", alternative_names="Akta pisah\nSurat pisah", locale=Locale.get_default()
    )
    RequirementDocument.objects.create(name="Akta Kematian Uji", locale=Locale.get_default())
    factories.translation(divorce, {"Akta Perpisahan Uji": "Separation certificate Uji"})
    editor = client_for(EDITOR)
    assert chosen_names(editor, "Akta Perpisahan Uji") == ["Akta Perpisahan Uji"]
    assert chosen_names(editor, "pisah") == ["Akta Perpisahan Uji"]  # by another name, as one types
    assert set(chosen_names(editor, "uji")) == {"Akta Perpisahan Uji", "Akta Kematian Uji"}  # Indonesian only
    assert chosen_names(editor, "tidak ada dokumen seperti ini") == []


def test_the_demo_has_one_type_per_document():
    """Two types of one document (Akta Perceraian and Akta cerai) split the checklists and the
    chooser: the demo names each document once, in each language."""
    for language in ("id", "en"):
        names = [data["name"][language].casefold() for data in DOCUMENTS.values()]
        assert len(names) == len(set(names)), sorted(name for name in names if names.count(name) > 1)


# --- 3 and 4. The MPP page's counters --------------------------------------------------------


def counter_rows(data):
    """{form index: counter number} of the counters the form posts."""
    return {int(key.split("-")[1]): value for key, value in data.items() if re.fullmatch(r"counters-\d+-number", key)}


def publish_mpp(client, location, **changes):
    return post_form(client, location, **changes, **{"action-publish": "1"})


def test_a_duplicate_counter_number_is_a_message_on_the_field(tree):
    reviewer = client_for(REVIEWER)
    before = MPPLocationPage.objects.get(pk=tree.location.pk).get_latest_revision().pk
    response = publish_mpp(reviewer, tree.location, **{"counters-1-number": "1"})
    assert response.status_code == 200
    counters = response.context["form"].formsets["counters"]
    assert [bool(form.errors.get("number")) for form in counters.forms] == [True, True]
    assert str(counters.forms[1].errors["number"][0]) in response.content.decode()
    assert MPPLocationPage.objects.get(pk=tree.location.pk).get_latest_revision().pk == before


def test_validation_reads_the_submitted_form_not_the_last_revision(tree):
    """A draft with a duplicate (as an autosave stored one) does not block the fixed form."""
    draft = MPPLocationPage.objects.get(pk=tree.location.pk)
    first = draft.counters.first()
    draft.counters = [first, Counter(number=first.number, floor_level=1, agency=tree.dukcapil)]
    draft.save_revision(clean=False)
    reviewer = client_for(REVIEWER)
    data = edit_form_data(tree.location)
    assert sorted(counter_rows(data).values()) == ["1", "1"]
    response = publish_mpp(reviewer, tree.location, **{"counters-1-number": "7"})
    assert response.status_code == 302, response.context["form"].errors
    live = MPPLocationPage.objects.get(pk=tree.location.pk)
    assert sorted(counter.number for counter in live.counters.all()) == [1, 7]
    # And a draft is saved from the fixed form as well.
    response = post_form(reviewer, tree.location, **{"counters-1-number": "8"})
    assert response.status_code == 302


def test_counter_panels_are_titled_by_their_number(tree):
    """Panels named by position ("Loket 1", "Loket 2") change meaning on a reorder: each is
    named by its counter's own number and agency."""
    location = MPPLocationPage.objects.get(pk=tree.location.pk)
    first, second = location.counters.all()
    second.number, second.sort_order, first.sort_order = 5, 0, 1  # counter 5 first
    location.counters = [second, first]
    location.save_revision().publish()
    html = client_for(REVIEWER).get(f"/admin/pages/{location.pk}/edit/").content.decode()
    headings = re.findall(r'id="inline_child_counters-\d+-panel-heading"[^>]*>(.*?)</h2>', html, re.S)
    texts = [" ".join(re.sub(r"<[^>]+>", " ", heading).split()) for heading in headings]
    with translation.override("id"):
        assert texts == [str(second), str(first)]
    assert texts[0].startswith("Loket 5")


# --- 5. The translation editor ---------------------------------------------------------------


def translation_editor(username, page_en):
    response = client_for(username).get(f"/admin/pages/{page_en.pk}/edit/")
    assert response.status_code == 200
    html = response.content.decode()
    props = json.loads(htmllib.unescape(re.search(r'class="js-translation-editor" data-props="([^"]*)"', html)[1]))
    return html, props


@pytest.fixture
def english(tree):
    for parent in (tree.home, tree.location, tree.dukcapil):
        factories.translation(parent)
    return factories.translation(tree.service, {"Akta Kelahiran": "Birth certificate"})


def test_the_editors_primary_action_is_submitting_the_translation_for_review(tree, english):
    html, props = translation_editor(EDITOR, english)
    # wagtail-localize's action bar (Convert to alias, Stop synced translation: both refused to
    # an editor) gives way to the editor's own footer, whose first button sends for review.
    assert props["links"]["convertToAliasUrl"] is None and not props["perms"]["canPublish"]
    footer = re.search(r'<footer class="footer[^"]*" id="translation-review-footer">(.*?)</footer>', html, re.S)
    assert footer, "no footer of the editor's own"
    buttons = re.findall(r"<button[^>]*>(.*?)</button>", footer[1], re.S)
    assert "Kirim terjemahan untuk ditinjau" in buttons[0]
    assert 'name="catalogue-submit-translation"' in footer[1]
    assert "translation-for-review" in re.search(r'<body id="wagtail" class="([^"]*)"', html)[1]
    assert "catalogue/admin/translation_editor" in html  # the stylesheet that hides the action bar
    # wagtail-localize's React editor writes its styles at run time: allowed here, scripts still by hash.
    policy = client_for(EDITOR).get(f"/admin/pages/{english.pk}/edit/")["Content-Security-Policy"]
    assert "style-src 'self' 'unsafe-inline'" in policy and "script-src 'self' 'sha256-" in policy
    preview = re.search(r'href="(/admin/localize/translate/\d+/preview/)"', footer[1])[1]
    assert client_for(EDITOR).get(preview).status_code == 200


def test_a_reviewer_keeps_wagtail_localizes_action_bar(tree, english):
    html, props = translation_editor(REVIEWER, english)
    assert props["links"]["convertToAliasUrl"] and props["perms"]["canPublish"]
    assert 'id="translation-review-footer"' not in html


# --- 7. The completeness gate -----------------------------------------------------------------


def test_each_missing_component_is_named_on_its_field_in_its_own_words(tree):
    before = ServicePage.objects.get(pk=tree.service.pk).get_latest_revision().pk
    response = submit(client_for(EDITOR), tree.service, duration_value="", duration_unit="", fee_kind="")
    assert response.status_code == 200
    form = response.context["form"]
    with translation.override("id"):
        labels = {
            name: capfirst(ServicePage._meta.get_field(name).verbose_name) for name in ("duration_value", "fee_kind")
        }
        for name, label in labels.items():
            assert [str(error) for error in form.errors[name]] == [
                f"{label} diperlukan sebelum layanan dapat dikirim untuk ditinjau."
            ]
        banner = " ".join(str(error) for error in form.non_field_errors())
        assert labels["duration_value"].lower() in banner and labels["fee_kind"].lower() in banner
    assert "jangka waktu" not in response.content.decode()  # the component's old second name
    assert ServicePage.objects.get(pk=tree.service.pk).get_latest_revision().pk == before


# --- 8. Prose that contradicts the fee ---------------------------------------------------------

PAID = nested_form_data(
    {"fees": streamfield([("fee", {"amount": 30000, "purpose": "PNBP", "legal_basis": "PP 76/2020"})])}
)


@pytest.mark.parametrize(
    ("summary", "refused"),
    [
        ("Akta kelahiran untuk anak. Layanan ini gratis.", True),
        ("Akta kelahiran untuk anak, tidak dipungut biaya.", True),
        # Saying what is free and what is paid is not a contradiction.
        ("Konsultasi gratis; penerbitan akta dikenai PNBP Rp 30.000.", False),
        ("Akta kelahiran untuk anak.", False),
    ],
)
def test_a_summary_that_calls_a_paid_service_free_is_refused_on_the_summary(tree, summary, refused):
    page = ServicePage.objects.get(pk=tree.service.pk)
    page.summary = "Akta kelahiran untuk anak. Layanan ini gratis."
    page.save_revision().publish()
    response = post_form(client_for(EDITOR), page, fee_kind="paid", summary=summary, **PAID)
    if not refused:
        assert response.status_code == 302
        return
    assert response.status_code == 200
    errors = [str(error) for error in response.context["form"].errors["summary"]]
    assert errors == [
        "Ringkasan menyebut layanan ini gratis, padahal biayanya 'Berbayar'. Perbaiki ringkasan atau biayanya."
    ]
    assert ServicePage.objects.get(pk=page.pk).get_latest_revision().content["fee_kind"] == "free"
