from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from portal.backups import BackupError, backup


class Command(BaseCommand):
    help = (
        "Back up the database (PostgreSQL: pg_dump custom format; SQLite: the online backup API) and the "
        "uploaded media into one tar file. Restore it with manage.py restore."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output", default="", help="The file to write (default: backups/portal-<time>.tar, created if needed)."
        )

    def handle(self, *args, **options):
        path = Path(options["output"] or f"backups/portal-{timezone.now():%Y%m%d-%H%M%S}.tar")
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            manifest = backup(path)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Backup of the {manifest['engine']} database and the media written to {path}.")
