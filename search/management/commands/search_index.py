from django.core.management.base import BaseCommand, CommandError

from tqdm import tqdm

from search import indexing
from search.engines import elasticsearch_engine
from search.models import SearchDocument


class Command(BaseCommand):
    help = "Rebuild the search index of live, public service pages (embedded engine and, if set, Elasticsearch)."

    def add_arguments(self, parser):
        parser.add_argument("--engine", choices=["all", "embedded", "elasticsearch"], default="all")
        parser.add_argument("--locale", choices=["id", "en"], help="Only this language.")
        parser.add_argument("--chunk-size", type=int, default=500, help="Documents per bulk request.")
        parser.add_argument("--no-progress", action="store_true")

    @staticmethod
    def documents(pages, total, chunk_size):
        """Index documents chunk by chunk, each chunk sharing its database lookups."""
        for start in range(0, total, chunk_size):
            yield from indexing.documents_for(pages[start : start + chunk_size].specific())

    def handle(self, *args, engine, locale, chunk_size, no_progress, verbosity, **options):
        if chunk_size < 1:
            raise CommandError("--chunk-size must be at least 1.")
        pages = indexing.live_services(locale)
        total = pages.count()
        show = not no_progress and verbosity > 0
        if engine in ("all", "embedded"):
            keep = []
            with tqdm(total=total, desc="Embedded index", file=self.stderr, disable=not show) as bar:
                for values in self.documents(pages, total, chunk_size):
                    indexing.save_embedded(values)
                    keep.append(values["page_id"])
                    bar.update(1)
            stale = SearchDocument.objects.exclude(page_id__in=keep)
            if locale:
                stale = stale.filter(language=locale)
            stale.delete()
            self.stdout.write(f"Embedded index: {len(keep)} services.")
        if engine in ("all", "elasticsearch"):
            es = elasticsearch_engine()
            if es is None:
                if engine == "elasticsearch":
                    raise CommandError("ELASTICSEARCH_URL is not set.")
                return
            if locale:
                # A partial rebuild must not drop the other language: update in place.
                documents = list(self.documents(pages, total, chunk_size))
                for start in range(0, len(documents), chunk_size):
                    es.index(documents[start : start + chunk_size])
                self.stdout.write(f"Elasticsearch: {len(documents)} services updated.")
                return
            with tqdm(total=total, desc="Elasticsearch index", file=self.stderr, disable=not show) as bar:
                count = es.rebuild(self.documents(pages, total, chunk_size), chunk_size=chunk_size, progress=bar.update)
            self.stdout.write(f"Elasticsearch: {count} services in a new index behind '{es.alias}'.")
