import io

from django.contrib.auth import get_user_model
from django.core.management import call_command

import pytest

pytestmark = pytest.mark.django_db


def test_ensure_admin_creates_once_and_prints_how_to_sign_in(settings, tmp_path, monkeypatch):
    from portal.management.commands import ensure_admin

    monkeypatch.setattr(ensure_admin, "CREDENTIALS_FILE", tmp_path / "admin-credentials")
    settings.DEBUG = True
    settings.ADMIN_USERNAME = "admin-test"
    settings.ADMIN_PASSWORD = ""
    out = io.StringIO()
    call_command("ensure_admin", stdout=out)
    password = (tmp_path / "admin-credentials").read_text().split("\n")[1]
    assert f"user: admin-test  password: {password}" in out.getvalue()
    user = get_user_model().objects.get(username="admin-test")
    assert user.is_superuser and user.check_password(password)
    again = io.StringIO()
    call_command("ensure_admin", stdout=again)
    assert f"password: {password}" in again.getvalue()
    assert get_user_model().objects.filter(username="admin-test").count() == 1


def test_ensure_admin_refuses_to_invent_a_password_in_production(settings):
    from django.core.management.base import CommandError

    settings.DEBUG = False
    settings.ADMIN_PASSWORD = ""
    with pytest.raises(CommandError, match="ADMIN_PASSWORD"):
        call_command("ensure_admin", stdout=io.StringIO())
