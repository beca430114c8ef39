import sys

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from tqdm import tqdm

from catalogue.workbook.importer import WorkbookImport
from catalogue.workbook.report import preview_lines


class Command(BaseCommand):
    help = (
        "Import a service-standard workbook (an .xlsx file or a folder of CSV files, docs/workbook.md) "
        "as USER: all or nothing, each change a draft sent to the MPP's DPMPTSP review. "
        "With --dry-run, only print what would change and every problem found."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="The workbook: FILE.xlsx or a folder of CSV files.")
        parser.add_argument("--user", required=True, help="Import as this user; their permissions apply.")
        parser.add_argument("--dry-run", action="store_true", help="Print the preview and write nothing.")
        parser.add_argument(
            "--language", default="id", choices=["id", "en"], help="Language of the messages (default: id)."
        )
        parser.add_argument("--no-progress", action="store_true", help="Do not show a progress bar.")

    def handle(self, *args, **options):
        user = get_user_model().objects.filter(username=options["user"], is_active=True).first()
        if user is None:
            raise CommandError(f"There is no active user '{options['user']}'.")
        with translation.override(options["language"]):
            job = WorkbookImport(options["file"], user)
            with tqdm(disable=options["no_progress"], file=sys.stderr, unit="service") as bar:
                result = job.preview(bar.update) if options["dry_run"] else job.commit(bar.update)
            for line in preview_lines(result, dry_run=options["dry_run"]):
                self.stdout.write(line)
            if not result.ok:
                raise CommandError(translation.gettext("Nothing was imported: correct the problems above."))
