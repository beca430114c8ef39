"""Login throttling (issue 11, item 7): django-axes locks an account and a client address after
repeated failures, on the Wagtail sign-in page, counted in the database (every app server)."""

from django.contrib.auth import get_user_model
from django.test import Client

import pytest
from axes.models import AccessFailureLog

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"


@pytest.fixture
def admin_account():
    return get_user_model().objects.create_superuser("admin", "admin@example.invalid", "the-right-one")


def sign_in(client, username, password, **headers):
    return client.post(LOGIN, {"username": username, "password": password}, **headers)


def test_thirty_wrong_passwords_lock_the_account(admin_account):
    client = Client()
    for _attempt in range(30):
        sign_in(client, "admin", "wrong")
    response = sign_in(client, "admin", "the-right-one", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 429
    assert "Too many failed sign-in attempts" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_lockout_message_is_in_indonesian(admin_account):
    client = Client()
    for _attempt in range(5):
        sign_in(client, "admin", "wrong")
    response = sign_in(client, "admin", "the-right-one", HTTP_ACCEPT_LANGUAGE="id")
    assert response.status_code == 429
    assert "Terlalu banyak percobaan masuk yang gagal" in response.content.decode()


def test_the_account_is_locked_from_every_address(admin_account):
    for number in range(5):
        sign_in(Client(REMOTE_ADDR=f"198.51.100.{number + 1}"), "admin", "wrong")
    assert sign_in(Client(REMOTE_ADDR="198.51.100.99"), "admin", "the-right-one").status_code == 429


def test_the_address_is_locked_for_every_account(admin_account):
    client = Client(REMOTE_ADDR="198.51.100.7")
    for number in range(5):
        sign_in(client, f"guess{number}", "wrong")
    assert sign_in(client, "admin", "the-right-one").status_code == 429
    # Another address signs in to the same account.
    assert sign_in(Client(REMOTE_ADDR="198.51.100.8"), "admin", "the-right-one").status_code == 302


def test_behind_a_proxy_each_citizen_address_counts(admin_account, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    proxy = {"REMOTE_ADDR": "10.0.0.1"}
    for number in range(5):
        sign_in(Client(**proxy), f"guess{number}", "wrong", HTTP_X_FORWARDED_FOR="203.0.113.5")
    assert sign_in(Client(**proxy), "admin", "the-right-one", HTTP_X_FORWARDED_FOR="203.0.113.5").status_code == 429
    assert sign_in(Client(**proxy), "admin", "the-right-one", HTTP_X_FORWARDED_FOR="203.0.113.6").status_code == 302
    assert set(AccessFailureLog.objects.values_list("ip_address", flat=True)) == {"203.0.113.5"}


def test_a_success_before_the_limit_resets_the_count(admin_account):
    client = Client()
    for _attempt in range(4):
        sign_in(client, "admin", "wrong")
    assert sign_in(client, "admin", "the-right-one").status_code == 302
    client = Client()
    for _attempt in range(4):
        sign_in(client, "admin", "wrong")
    assert sign_in(client, "admin", "the-right-one").status_code == 302


def test_failures_are_listed_to_administrators_only(admin_account):
    sign_in(Client(), "admin", "wrong")
    sign_in(Client(), "nobody-here", "wrong")
    admin = Client()
    admin.force_login(admin_account)
    page = admin.get("/admin/reports/failed-sign-ins/")
    assert page.status_code == 200
    assert "nobody-here" in page.content.decode()
    editor = get_user_model().objects.create_user("an-editor", password="x")
    from django.contrib.auth.models import Permission

    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client = Client()
    client.force_login(editor)
    response = client.get("/admin/reports/failed-sign-ins/")
    assert response.status_code in (302, 403)
    assert "nobody-here" not in response.content.decode()
