from django.core.management.base import BaseCommand, CommandError

from portal.backups import BackupError, restore


class Command(BaseCommand):
    help = (
        "Restore a backup made by manage.py backup: REPLACES the database and the uploaded media. "
        "Asks for confirmation unless --yes is given."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="The backup file (a .tar written by manage.py backup).")
        parser.add_argument("--yes", action="store_true", help="Do not ask: replace the database and media.")

    def handle(self, *args, **options):
        if not options["yes"]:
            answer = input("This replaces the whole database and all media with the backup. Type 'yes' to go on: ")
            if answer.strip().lower() != "yes":
                raise CommandError("Nothing was restored.")
        try:
            manifest = restore(options["archive"])
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Restored the {manifest['engine']} database and the media of {manifest['created']}.")
