"""``manage.py export_catalogue --format hsds-ndjson|json [--lang id|en] [--output FILE]``"""

from django.core.management.base import BaseCommand, CommandError

from api import export, hsds, records
from catalogue import languages


class Command(BaseCommand):
    help = (
        "Export the live, public catalogue in one language: the read API's records as one JSON document "
        "(json) or HSDS 3.0 services, one a line (hsds-ndjson). Streams in constant memory."
    )

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=["hsds-ndjson", "json"], default="json")
        parser.add_argument("--lang", default=languages.source(), help="id or en (default: id)")
        parser.add_argument("--output", help="A file to write (default: standard output)")

    def handle(self, *args, format, lang, output, **options):
        if not languages.is_valid(lang):
            raise CommandError(f"Unknown language '{lang}': choose id or en.")
        if format == "json":
            parts = export.json_document(lang)
        else:
            parts = hsds.lines(records.visible("service", lang), lang)
        if output:
            with open(output, "w", encoding="utf-8") as stream:
                for part in parts:
                    stream.write(part)
        else:
            for part in parts:
                self.stdout.write(part, ending="")
