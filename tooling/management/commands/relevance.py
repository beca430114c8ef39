from django.core.management.base import BaseCommand

from search.engines import elasticsearch_engine
from tooling import relevance


class Command(BaseCommand):
    help = "Print success@1, success@3 and MRR per engine, and for Wagtail's built-in search as a baseline."

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="*", help="Query files (TSV); default: the sample and the test set.")
        parser.add_argument("--misses", action="store_true", help="List the queries that missed the top 3.")

    def handle(self, *args, files, misses, **options):
        queries = relevance.load_queries(*files) if files else relevance.default_queries()
        runs = [("embedded", relevance.portal_search("embedded"))]
        if elasticsearch_engine() is not None:
            runs.append(("elasticsearch", relevance.portal_search("elasticsearch")))
        runs.append(("wagtail built-in", relevance.wagtail_search))
        self.stdout.write(f"{len(queries)} queries")
        self.stdout.write(f"{'engine':<18} {'success@1':>9} {'success@3':>9} {'MRR':>6}")
        for name, ranked in runs:
            result = relevance.evaluate(ranked, queries)
            self.stdout.write(f"{name:<18} {result.success_at_1:>9.2f} {result.success_at_3:>9.2f} {result.mrr:>6.2f}")
            if misses:
                for query, language, keys in result.misses:
                    self.stdout.write(f"    miss [{language}] {query!r}: {', '.join(keys) or '(nothing)'}")
