"""What a citizen waits for: whole search and catalogue API requests over HTTP, beside the static-file floor.

Starts the portal under gunicorn with the production settings (``tooling.liveserver``), once per
engine (embedded; Elasticsearch when ``ELASTICSEARCH_URL`` is set), and sends the relevance
queries (the sample and the test set, in their language) one after another, as one citizen does:

- the search API, ``/api/v1/search/?q=…&lang=…``, unscoped and scoped to one MPP;
- the search page, ``/id/cari/?q=…`` and ``/en/search/?q=…``, unscoped and scoped;
- the catalogue API (``/api/v1/services/``): one service at its MPP, and pages of 50 services;
- the static stylesheet, served the same way, as the floor: what any request costs here;
- and, once, the whole HSDS ndjson export with its peak memory.

Each URL set is sent ``--warm-up`` times untimed, then ``--repeat`` times timed. Results go to
``docs/benchmarks.md`` with the machine, the date and the load average (``make bench``).
"""

import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.urls import reverse
from django.utils import translation

from wagtail.models import Locale, Page

from catalogue import languages
from catalogue.models import MPPLocationPage, ServicePage
from tooling import relevance
from tooling.benchmarks import OUTPUT, machine, percentile, write_results
from tooling.liveserver import Server, fetch
from tooling.weight import referenced_assets

TARGETS = {"api": 25, "page": 40}  # p95 ms, issue 17 (20,000 services on this 2-core machine)


def search_path(language):
    with translation.override(language):
        return reverse("search")


def request_paths(queries, page_queries, mpp):
    """``{name: [paths]}``: the API and the page, unscoped and scoped to ``mpp``, for ``(query, language, _)``."""
    api = reverse("api_search")
    return {
        "search API": [f"{api}?{urllib.parse.urlencode({'q': q, 'lang': lang})}" for q, lang, _k in queries],
        "search API, one MPP": [
            f"{api}?{urllib.parse.urlencode({'q': q, 'lang': lang, 'mpp': mpp})}" for q, lang, _k in queries
        ],
        "search page": [
            f"{search_path(lang)}?{urllib.parse.urlencode({'q': q})}" for q, lang, _k in queries[:page_queries]
        ],
        "search page, one MPP": [
            f"{search_path(lang)}?{urllib.parse.urlencode({'q': q, 'mpp': mpp})}"
            for q, lang, _k in queries[:page_queries]
        ],
    }


def catalogue_paths(count):
    """The catalogue API (issue 14): ``count`` services, each at its MPP, and ``count`` pages of 50 services
    spread over the whole listing, alternating the languages."""
    services = ServicePage.objects.live().filter(locale=Locale.get_default()).order_by("path")
    rows = list(services.values_list("path", "slug"))
    if not rows:
        return {}
    picked = rows[:: max(1, len(rows) // count)][:count]
    mpps = dict(
        MPPLocationPage.objects.filter(path__in={path[: -2 * Page.steplen] for path, _key in picked}).values_list(
            "path", "slug"
        )
    )
    langs = languages.codes()
    pages = max(1, len(rows) // 50)
    return {
        "catalogue API, one service": [
            f"/api/v1/services/{mpps[path[: -2 * Page.steplen]]}/{key}/?lang={langs[index % len(langs)]}"
            for index, (path, key) in enumerate(picked)
        ],
        "catalogue API, 50 services": [
            f"/api/v1/services/?page_size=50&page={1 + index * pages // count}&lang={langs[index % len(langs)]}"
            for index in range(count)
        ],
    }


def peak_memory_kb(pid):
    """The process's peak resident memory so far (VmHWM), in KB; 0 once it has gone."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    return next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM:")), 0)


def time_export():
    """``(seconds, peak RSS in MB, lines)`` of the whole HSDS ndjson export (``manage.py export_catalogue``)."""
    with tempfile.NamedTemporaryFile(suffix=".ndjson") as output:
        command = [sys.executable, "manage.py", "export_catalogue", "--format", "hsds-ndjson", "--output", output.name]
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=settings.BASE_DIR)
        peak = 0
        while process.poll() is None:
            peak = max(peak, peak_memory_kb(process.pid))
            time.sleep(0.05)
        seconds = time.perf_counter() - started
        if process.returncode:
            raise CommandError(f"export_catalogue failed with exit code {process.returncode}")
        with open(output.name, "rb") as exported:
            lines = sum(1 for _line in exported)
    return seconds, peak / 1024, lines


def with_floor(server, paths):
    """``paths`` and, as the floor, the stylesheet the search page loads (content-hashed, from whitenoise)."""
    _status, _headers, body = fetch(server.url + paths["search page"][0])
    stylesheet = next(url for url in referenced_assets(body.decode()) if url.endswith(".css"))
    return {**paths, "static file (floor)": [stylesheet] * len(paths["search API"])}


def timed(url):
    start = time.perf_counter()
    status, _headers, _body = fetch(url, gzip=True)
    elapsed = (time.perf_counter() - start) * 1000
    if status != 200:
        raise CommandError(f"{url} answered {status}")
    return elapsed


class Command(BaseCommand):
    help = "Time whole search requests (API and page, scoped and unscoped, per engine) over HTTP."

    def add_arguments(self, parser):
        parser.add_argument("--label", default="demo catalogue")
        parser.add_argument("--repeat", type=int, default=2)
        parser.add_argument("--warm-up", type=int, default=1)
        parser.add_argument("--queries", type=int, default=None, help="Only the first N queries (all by default).")
        parser.add_argument("--page-queries", type=int, default=40, help="Queries sent to the search page.")
        parser.add_argument("--mpp", default="mpp-jembrana", help="The MPP of the scoped requests.")
        parser.add_argument("--catalogue", type=int, default=60, help="Catalogue API requests of each kind.")
        parser.add_argument("--skip-export", action="store_true", help="Do not time the whole HSDS export.")
        parser.add_argument("--output", default=str(OUTPUT))

    def handle(
        self, *args, label, repeat, warm_up, queries, page_queries, mpp, catalogue, skip_export, output, **options
    ):
        if not MPPLocationPage.objects.filter(slug=mpp, locale=Locale.get_default()).exists():
            raise CommandError(f"No MPP {mpp}: load the demo catalogue first (manage.py load_demo).")
        queries = relevance.default_queries()[:queries]
        services = ServicePage.objects.live().filter(locale=Locale.get_default()).count()
        engines = [("embedded", "")]
        if settings.ELASTICSEARCH_URL:
            engines.append(("elasticsearch", settings.ELASTICSEARCH_URL))
        load_before = os.getloadavg()[0]
        rows = []
        for engine, url in engines:
            with Server(workers=1, environment={"ELASTICSEARCH_URL": url}) as server:
                sets = request_paths(queries, page_queries, mpp)
                if engine == "embedded":  # the catalogue API does not search: timed once
                    sets.update(catalogue_paths(catalogue))
                for name, paths in with_floor(server, sets).items():
                    urls = [server.url + path for path in paths]
                    for _ in range(warm_up):
                        for request_url in urls:
                            timed(request_url)
                    timings = [timed(request_url) for _ in range(repeat) for request_url in urls]
                    rows.append((engine, name, len(paths), timings))
                    self.stdout.write(
                        f"{engine}, {name}: p50 {statistics.median(timings):.1f} ms, "
                        f"p95 {percentile(timings, 0.95):.1f} ms"
                    )
        lines = [
            f"## Whole search requests over HTTP, {label} ({services:,} services in each language)",
            "",
            f"- Date: {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC",
            f"- Machine: {machine()}; load average {load_before:.1f} before the run",
            f"- Database: {connection.vendor}; gunicorn, 1 sync worker, production settings (the whole middleware",
            "  stack, the query log written), one client sending one request after another, gzip accepted;",
            f"  each URL {warm_up} time(s) untimed, then {repeat} times timed. Scoped: `mpp={mpp}`.",
            f"- Targets at 20,000 services: search API p95 ≤ {TARGETS['api']} ms, search page p95 ≤ "
            f"{TARGETS['page']} ms (issue 17); catalogue API one service p95 ≤ 20 ms, 50 services p95 ≤ 60 ms "
            "(issue 14).",
            "",
            "| engine | request | URLs × runs | p50 ms | p95 ms | max ms |",
            "|---|---|---:|---:|---:|---:|",
        ]
        for engine, name, count, timings in rows:
            lines.append(
                f"| {engine} | {name} | {count} × {repeat} | {statistics.median(timings):.1f} "
                f"| {percentile(timings, 0.95):.1f} | {max(timings):.1f} |"
            )
        if not skip_export:
            seconds, peak_mb, exported = time_export()
            lines += [
                "",
                f"- The whole HSDS ndjson export (`manage.py export_catalogue --format hsds-ndjson`): {exported:,} "
                f"services in {seconds:.1f} s, peak memory {peak_mb:.0f} MB (target at 20,000 services: ≤ 60 s, "
                "flat memory).",
            ]
            self.stdout.write(lines[-1])
        lines.append("")
        write_results(Path(output), lines)
        self.stdout.write(f"Wrote {output}")
