"""Shared catalogue data (``roles.SHARED_SNIPPETS``) is changed only by the national catalogue role.

A per-MPP reviewer renamed "KTP-el" and the new name went live at every MPP without review
(issue 11, item 2). Every admin route of every shared snippet is found from Django's URL
resolver, so a route a future Wagtail adds is tried without editing this test.
"""

import re

from django.apps import apps
from django.core.management import call_command
from django.utils.http import urlencode

from wagtail.test.utils.form_data import nested_form_data, querydict_from_html
from wagtail_localize.models import TranslationSource

import pytest

from catalogue import roles
from catalogue.models import RequirementDocument
from tests.helpers import client_for, refused, service, stream_form_data, url_routes

pytestmark = pytest.mark.django_db

PER_MPP = ["reviewer-jembrana", "dukcapil-jembrana"]
NATIONAL = "katalog-nasional"
KTP_EL = "KTP Elektronik (KTP-el)"


def shared_routes(model, instance):
    """Every admin URL that names this snippet type (its viewset, bulk actions, wagtail-localize)."""
    app, name = model._meta.app_label, model._meta.model_name
    urls = set()
    for route, _pattern in url_routes():
        generic = "<slug:app_label>" in route or "<str:app_label>" in route
        if not (f"snippets/{app}/{name}/" in route or (generic and "<" in route and route.startswith("admin/"))):
            continue
        if generic and "model_name" not in route:
            continue
        if "localize/" in route and not hasattr(instance, "translation_key"):
            continue  # wagtail-localize's routes are for translatable models only
        values = {"app_label": app, "model_name": name, "pk": instance.pk, "action": "delete"}
        url = "/" + re.sub(
            r"<(?:\w+:)?(\w+)>", lambda match, values=values: str(values.get(match.group(1), instance.pk)), route
        )
        if "bulk/" in url:
            url += "?" + urlencode({"id": instance.pk})
        urls.add(url)
    source = hasattr(instance, "translation_key") and TranslationSource.objects.get_for_instance_or_none(instance)
    if source:
        urls.add(f"/admin/localize/update/{source.pk}/")
    return sorted(urls)


def snapshot(model):
    return sorted(map(repr, model.objects.values()))


def shared_models():
    return [apps.get_model(app, name) for app, name in roles.SHARED_SNIPPETS]


@pytest.mark.parametrize("username", PER_MPP)
def test_per_mpp_roles_are_refused_every_write_route_of_every_shared_snippet(demo, username):
    client = client_for(username)
    for model in shared_models():
        instance = model.objects.order_by("pk").first()
        before = snapshot(model)
        routes = shared_routes(model, instance)
        assert any("/edit/" in url for url in routes) and any("/delete/" in url for url in routes)
        for url in routes:
            data = {field.name: "Diubah" for field in model._meta.concrete_fields if not field.primary_key}
            response = client.post(url, {**data, "publish": "1", "locales": "2"})
            assert response.status_code < 500, url
            if re.search(r"/(add|edit|delete|copy|submit|update)/", url):
                assert refused(response), (url, response.status_code)
            assert snapshot(model) == before, url


def test_reviewer_cannot_rename_ktp_el_on_every_mpp(demo, in_english):
    document = RequirementDocument.objects.get(name=KTP_EL, locale__language_code="id")
    page = service("akta-kelahiran", at="mpp-jember")
    response = client_for("reviewer-jembrana").post(
        f"/admin/snippets/catalogue/requirementdocument/edit/{document.pk}/",
        {"name": "KTP-el (diubah Jembrana)", "description": "", "issuers-count": "0"},
    )
    assert refused(response)
    assert "diubah Jembrana" not in client_for("reviewer-jember").get(page.url).content.decode()
    document.refresh_from_db()
    assert document.name == KTP_EL


def test_the_national_role_changes_shared_data(demo):
    client = client_for(NATIONAL)
    document = RequirementDocument.objects.get(name=KTP_EL, locale__language_code="id")
    url = f"/admin/snippets/catalogue/requirementdocument/edit/{document.pk}/"
    data = querydict_from_html(client.get(url).content.decode(), form_id="w-editor-form").copy()
    data.update(nested_form_data({"issuers": stream_form_data(document, "issuers")}))  # kept as they are
    data["name"] = "KTP elektronik"
    response = client.post(url, data)
    assert response.status_code == 302
    document.refresh_from_db()
    assert document.name == "KTP elektronik"
    for model in shared_models():
        name = model._meta.model_name
        assert client.get(f"/admin/snippets/{model._meta.app_label}/{name}/add/").status_code == 200
    assert client.get("/admin/pages/").status_code in (302, 403) or "Jembrana" not in client.get("/admin/pages/")


def test_onboard_national_is_safe_to_run_twice(demo, capsys):
    call_command("onboard_national", "--user", "nasional-baru")
    call_command("onboard_national", "--user", "nasional-baru")
    out = capsys.readouterr().out
    assert "nasional-baru keeps the shared catalogue data" in out
    group = roles.setup_national()
    assert list(group.user_set.values_list("username", flat=True).order_by("username")) == [
        "katalog-nasional",
        "nasional-baru",
    ]
