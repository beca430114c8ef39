from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.utils import timezone

from tqdm import tqdm

from catalogue import languages
from search import indexing
from search.engines import elasticsearch_engine
from search.models import SearchDocument


class Command(BaseCommand):
    help = "Rebuild the search index of live, public service pages (embedded engine and, if set, Elasticsearch)."

    def add_arguments(self, parser):
        parser.add_argument("--engine", choices=["all", "embedded", "elasticsearch"], default="all")
        parser.add_argument("--locale", choices=languages.codes(), help="Only this language.")
        parser.add_argument("--chunk-size", type=int, default=500, help="Documents per bulk request.")
        parser.add_argument("--no-progress", action="store_true")

    @staticmethod
    def chunks(pages, total, chunk_size):
        """Index documents chunk by chunk, each chunk sharing its database lookups."""
        for start in range(0, total, chunk_size):
            yield list(indexing.documents_for(pages[start : start + chunk_size].specific()))

    def handle(self, *args, engine, locale, chunk_size, no_progress, verbosity, **options):
        if chunk_size < 1:
            raise CommandError("--chunk-size must be at least 1.")
        es = elasticsearch_engine() if engine in ("all", "elasticsearch") else None
        if engine == "elasticsearch" and es is None:
            raise CommandError("ELASTICSEARCH_URL is not set.")
        embedded = engine in ("all", "embedded")
        pages = indexing.live_services(locale)
        total = pages.count()
        started = timezone.now()
        names = " and ".join(name for name, used in [("Embedded", embedded), ("Elasticsearch", es)] if used)
        bar = tqdm(total=total, desc=f"{names} index", file=self.stderr, disable=no_progress or verbosity < 1)

        # Each document is built once (the slow part) and written to every engine being rebuilt.
        def documents():
            for chunk in self.chunks(pages, total, chunk_size):
                if embedded:
                    indexing.save_embedded(chunk)
                bar.update(len(chunk))
                yield from chunk

        with bar:
            if es is None:
                count = sum(1 for _document in documents())
            elif locale:
                # A partial rebuild must not drop the other language: update the live index in place.
                batch, count = [], 0
                for document in documents():
                    batch.append(document)
                    if len(batch) == chunk_size:
                        es.index(batch)
                        count, batch = count + len(batch), []
                es.index(batch)
                count += len(batch)
            else:
                count = es.rebuild(documents(), chunk_size=chunk_size)
        if embedded:
            # Rows not rewritten by this rebuild belong to pages that are no longer live and public.
            stale = SearchDocument.objects.filter(indexed_at__lt=started)
            if locale:
                stale = stale.filter(language=locale)
            stale.delete()
            self.tidy_up()
            self.stdout.write(f"Embedded index: {count} services.")
        if es is not None:
            if locale:
                self.stdout.write(f"Elasticsearch: {count} services updated.")
            else:
                self.stdout.write(f"Elasticsearch: {count} services in a new index behind '{es.alias}'.")

    @staticmethod
    def tidy_up():
        """After a rewrite of every row: fresh planner statistics and, on PostgreSQL, no dead rows.

        Otherwise PostgreSQL plans with stale estimates and its autovacuum comes by a minute
        later, in the middle of the searches. VACUUM cannot run in a transaction (as in tests).
        """
        table = SearchDocument._meta.db_table
        vacuum = connection.vendor == "postgresql" and not connection.in_atomic_block
        with connection.cursor() as cursor:
            cursor.execute(f"VACUUM (ANALYZE) {table}" if vacuum else f"ANALYZE {table}")
