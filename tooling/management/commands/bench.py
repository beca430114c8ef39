"""Search benchmarks: latency per engine, rebuild throughput, publish-to-searchable delay.

Results are appended to ``docs/benchmarks.md`` with the date and the machine.
Run through ``make bench``, which prepares a separate database with the demo
and a generated 20,000-service catalogue and starts Elasticsearch.
"""

import datetime as dt
import os
import statistics
import time
from pathlib import Path

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connection
from django.test import RequestFactory

from catalogue.models import ServicePage
from search.engines import elasticsearch_engine
from search.models import SearchDocument
from search.searching import ServiceSearch
from tooling import relevance
from tooling.benchmarks import OUTPUT, machine, percentile, write_results


class Command(BaseCommand):
    help = "Measure search latency, rebuild throughput and publish-to-searchable delay; write docs/benchmarks.md."

    def add_arguments(self, parser):
        parser.add_argument("--label", default="demo catalogue")
        parser.add_argument("--repeat", type=int, default=3)
        parser.add_argument(
            "--warm-up",
            type=int,
            default=3,
            help="Passes over the queries before timing: caches, connections, and Elasticsearch's JIT compiler "
            "(a freshly started JVM is still compiling during the first passes).",
        )
        parser.add_argument(
            "--baseline-queries",
            type=int,
            default=27,
            help="Wagtail's built-in search takes seconds per query on large catalogues: time this many, once "
            "(0: leave the baseline out).",
        )
        parser.add_argument("--skip-rebuild", action="store_true")
        parser.add_argument("--output", default=str(OUTPUT))

    def handle(self, *args, label, repeat, warm_up, baseline_queries, skip_rebuild, output, **options):
        services = ServicePage.objects.live().count()
        queries = relevance.default_queries()
        engines = [("embedded", self.portal("embedded"))]
        es = elasticsearch_engine()
        if es is not None:
            engines.append(("elasticsearch", self.portal("elasticsearch")))
        baseline = ("Wagtail built-in (baseline)", relevance.wagtail_search)
        lines = [
            f"## Search, {label} ({services:,} live service pages)",
            "",
            f"- Date: {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC",
            f"- Machine: {machine()}; load average {os.getloadavg()[0]:.1f} before the run",
            f"- Database: {connection.vendor}; Elasticsearch: {self.es_version(es)}",
            f"- {len(queries)} queries (the sample and the test set), each run {repeat} times after {warm_up} warm-up "
            "passes;",
            "  server-side time of one search call as the views make it (plan, engine, grouping, facets, URLs),",
            "  no HTTP.",
            "",
            "| engine | queries × runs | p50 ms | p95 ms | max ms | success@3 |",
            "|---|---:|---:|---:|---:|---:|",
        ]
        runs = [(name, ranked, queries, repeat) for name, ranked in engines]
        if baseline_queries > 0:
            runs.append((*baseline, queries[:baseline_queries], 1))
        for name, ranked, subset, times in runs:
            timings = self.time_queries(ranked, subset, times, warm_up=warm_up if times > 1 else 0)
            quality = relevance.evaluate(ranked, subset).success_at_3
            lines.append(
                f"| {name} | {len(subset)} × {times} | {statistics.median(timings):.1f} "
                f"| {percentile(timings, 0.95):.1f} | {max(timings):.1f} | {quality:.2f} |"
            )
            self.stdout.write(lines[-1])
        lines.append("")
        if not skip_rebuild:
            for engine in ["embedded", *(["elasticsearch"] if es is not None else [])]:
                started = time.perf_counter()
                call_command("search_index", "--engine", engine, "--no-progress", verbosity=0)
                seconds = time.perf_counter() - started
                documents = SearchDocument.objects.count() if engine == "embedded" else es.count()
                lines.append(
                    f"- Full rebuild, {engine}: {documents:,} documents in {seconds:.1f} s "
                    f"({documents / seconds:,.0f} documents/s, including building each document from its page)."
                )
                self.stdout.write(lines[-1])
            if es is not None:
                lines.append(f"- Bulk indexing only, Elasticsearch: {self.bulk_rate(es):,.0f} documents/s.")
                self.stdout.write(lines[-1])
        delay = self.publish_delay()
        lines.append(f"- Publish to searchable: {delay * 1000:.0f} ms (publish, then the first search that finds it).")
        lines.append("")
        write_results(Path(output), lines)

    @staticmethod
    def portal(engine):
        """One search as the search page and the API make it: with the citizen's request (for URLs)."""

        def ranked(query, language):
            request = RequestFactory().get("/", HTTP_HOST="localhost")
            return [r["key"] for r in ServiceSearch(query, language, engine=engine, request=request).run().results]

        return ranked

    @staticmethod
    def es_version(es):
        if es is None:
            return "not configured"
        try:
            return es.client.nodes.info()["nodes"].popitem()[1]["version"]
        except Exception:  # noqa: BLE001 - informative only
            return "unknown"

    @staticmethod
    def time_queries(ranked, queries, repeat, warm_up=1):
        for _ in range(warm_up):
            for query, language, _accepted in queries:
                ranked(query, language)
        timings = []
        for _ in range(repeat):
            for query, language, _accepted in queries:
                started = time.perf_counter()
                ranked(query, language)
                timings.append((time.perf_counter() - started) * 1000)
        return timings

    @staticmethod
    def bulk_rate(es):
        documents = [dict(row, page_id=row["page_id"]) for row in SearchDocument.objects.values()]
        for row in documents:
            row.pop("id", None)
            row.pop("indexed_at", None)
        started = time.perf_counter()
        es.rebuild(iter(documents), chunk_size=1000)
        return len(documents) / (time.perf_counter() - started)

    @staticmethod
    def publish_delay():
        page = ServicePage.objects.live().order_by("path").first().specific
        marker = f"zz{int(time.time())}bench"
        page.alternative_names = f"{page.alternative_names}\n{marker}"
        revision = page.save_revision()
        started = time.perf_counter()
        revision.publish()
        language = page.locale.language_code
        while not ServiceSearch(marker, language).run().results:
            if time.perf_counter() - started > 30:
                return float("inf")
            time.sleep(0.01)
        return time.perf_counter() - started
