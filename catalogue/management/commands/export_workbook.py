import sys

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from tqdm import tqdm

from catalogue.roles import RoleError
from catalogue.workbook.export import editable_services, export


class Command(BaseCommand):
    help = (
        "Write the service-standard workbook (docs/workbook.md): an .xlsx file, or a folder of CSV files "
        "when OUTPUT does not end in .xlsx. With --user, only what that user may edit."
    )

    def add_arguments(self, parser):
        parser.add_argument("output", help="OUTPUT.xlsx, or a folder for CSV files.")
        parser.add_argument("--mpp", default="", help="Only this MPP (its slug, e.g. mpp-jembrana).")
        parser.add_argument("--agency", default="", help="Only this agency (its slug, e.g. dukcapil).")
        parser.add_argument("--user", default="", help="Only the services this user may edit.")
        parser.add_argument("--no-progress", action="store_true", help="Do not show a progress bar.")

    def handle(self, *args, **options):
        user = None
        if options["user"]:
            user = get_user_model().objects.filter(username=options["user"], is_active=True).first()
            if user is None:
                raise CommandError(f"There is no active user '{options['user']}'.")
        try:
            services = editable_services(user, mpp=options["mpp"], agency=options["agency"])
        except RoleError as error:
            raise CommandError(str(error)) from error
        total = services.count()
        with tqdm(total=total, disable=options["no_progress"], file=sys.stderr, unit="service") as bar:
            tables = export(options["output"], services, progress=bar.update)
        self.stdout.write(
            f"Wrote {total} services ({len(tables['Persyaratan'])} requirement rows) to {options['output']}."
        )
