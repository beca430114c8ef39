from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from tqdm import tqdm

from demo.loader import DemoLoader, demo_password


class Command(BaseCommand):
    help = (
        "Load the demo catalogue: five MPPs with their agencies, counters and services, "
        "in Indonesian and English, on a database that has none. Safe to run again: once built, "
        "the catalogue is left exactly as it is."
    )

    def add_arguments(self, parser):
        parser.add_argument("--no-progress", action="store_true", help="Do not show the progress bar.")
        parser.add_argument(
            "--allow-production",
            action="store_true",
            help="Run under settings that keep demo content out (production): build the demo there anyway.",
        )

    def handle(self, *args, **options):
        if not settings.DEMO_CONTENT and not options["allow_production"]:
            raise CommandError(
                "These settings keep demo content out (production): nothing was loaded. "
                "Add --allow-production to load the demo catalogue here anyway."
            )
        with tqdm(
            total=DemoLoader.steps(),
            desc="Demo catalogue",
            unit="item",
            file=self.stderr,
            disable=options["no_progress"] or options["verbosity"] == 0,
        ) as bar:
            loader = DemoLoader(progress=bar.update)
            created = loader.run()
        if created:
            self.stdout.write(self.style.SUCCESS(f"Demo catalogue loaded: {created} pages created."))
        else:
            self.stdout.write("Demo catalogue already present: nothing to do.")
        if loader.accounts:
            reviewers = [name for name in loader.accounts if name.startswith("reviewer-")]
            self.stdout.write(
                f"Demo accounts ({len(loader.accounts)}): {', '.join(reviewers)}, and <agency>-<mpp> "
                f"editors such as dukcapil-jembrana  password: {demo_password()}"
            )
        elif not settings.DEMO_ACCOUNTS:
            self.stdout.write("No demo accounts: these settings do not allow them (production).")
