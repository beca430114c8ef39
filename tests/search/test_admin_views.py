"""The search's admin screens: the synonym dictionary and the search report."""

import pytest

from search.models import QueryLog

pytestmark = pytest.mark.django_db


def test_the_report_lists_top_queries_and_those_that_found_nothing(admin_client):
    for _ in range(3):
        QueryLog.objects.create(query="Paspor", normalized="paspor", language="id", engine="embedded", results=4)
    QueryLog.objects.create(query="qqqwwwzzz", normalized="qqqwwwzzz", language="id", engine="embedded", results=0)
    response = admin_client.get("/admin/reports/search/")
    assert response.status_code == 200
    assert [row["normalized"] for row in response.context["top"]] == ["paspor", "qqqwwwzzz"]
    assert [row["normalized"] for row in response.context["zero"]] == ["qqqwwwzzz"]
    assert response.context["total"] == 4


def test_the_report_is_for_administrators_only(client, django_user_model):
    client.force_login(django_user_model.objects.create_user("editor", password="pw"))
    assert client.get("/admin/reports/search/").status_code in (302, 403)


def test_synonyms_are_listed_in_the_admin(admin_client):
    html = admin_client.get("/admin/snippets/portal_search/synonym/", {"q": "imb"}).content.decode()
    assert "pbg, persetujuan bangunan gedung" in html
