"""Create the local administrator account once, and say how to sign in.

Credentials come from the ``ADMIN_USERNAME`` / ``ADMIN_PASSWORD`` settings; without a
password one is generated, kept in ``.cache/admin-credentials`` (ignored by
git, readable only by you) and printed on every run so it is never lost.
"""

import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

CREDENTIALS_FILE = Path(settings.BASE_DIR) / ".cache" / "admin-credentials"


class Command(BaseCommand):
    help = "Create the administrator account if it does not exist, and print how to sign in."

    def handle(self, *args, **options):
        username = settings.ADMIN_USERNAME
        password = settings.ADMIN_PASSWORD
        if not password and not settings.DEBUG:
            raise CommandError("Set ADMIN_PASSWORD: a generated password is only for local development.")
        User = get_user_model()
        user = User.objects.filter(username=username).first()
        if user is None:
            if not password:
                password = secrets.token_urlsafe(12)
                CREDENTIALS_FILE.parent.mkdir(exist_ok=True)
                CREDENTIALS_FILE.write_text(f"{username}\n{password}\n")
                CREDENTIALS_FILE.chmod(0o600)
            User.objects.create_superuser(username=username, email="", password=password)
            self.stdout.write(self.style.SUCCESS(f"Administrator account '{username}' created."))
            shown = password
        elif CREDENTIALS_FILE.exists() and CREDENTIALS_FILE.read_text().split("\n")[0] == username:
            shown = CREDENTIALS_FILE.read_text().split("\n")[1]
        else:
            shown = "(unchanged; reset it with: manage.py changepassword)"
        self.stdout.write(f"Admin: {settings.WAGTAILADMIN_BASE_URL}/admin/  user: {username}  password: {shown}")
