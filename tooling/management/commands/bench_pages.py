"""Page weight and response time of the service, plan and MPP pages (``tooling.pages``), beside a static file.

Starts the portal under gunicorn with the production settings on a free local port (the
database is this command's ``DATABASE_URL``; static files come from ``collectstatic``, served
by whitenoise), then:

- weighs each page as a phone downloads it: the HTML and every stylesheet and script it
  references, gzip-compressed (``tooling.weight``), against the 40 KB budget;
- sends ``--requests`` requests per URL from ``--concurrency`` client threads and reports
  p50/p95 latency and requests per second, with the stylesheet served the same way as the floor.

Results are added to ``docs/benchmarks.md`` with the date and the machine (``make bench-pages``).
"""

import datetime as dt
import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from django.core.exceptions import ObjectDoesNotExist
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from tooling.benchmarks import OUTPUT, machine, percentile, write_results
from tooling.liveserver import Server, fetch
from tooling.pages import BUDGET, PLAN, key_pages
from tooling.weight import BUDGET_BYTES, page_weight, referenced_assets

LABELS = {"service": "service", "plan": f"plan, {len(PLAN)} services", "mpp": "MPP with counter map"}


def load(url, requests, concurrency):
    """(p50 ms, p95 ms, requests/s, errors) for ``requests`` GETs from ``concurrency`` threads."""
    times, errors = [], []
    lock = threading.Lock()

    def one(_index):
        start = time.perf_counter()
        try:
            status, _headers, _body = fetch(url, gzip=True)
            ok = status == 200
        except OSError as error:
            ok, status = False, error
        elapsed = (time.perf_counter() - start) * 1000
        with lock:
            (times if ok else errors).append(elapsed if ok else status)

    fetch(url, gzip=True)  # warm up
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        list(pool.map(one, range(requests)))
    wall = time.perf_counter() - start
    if not times:
        raise CommandError(f"every request to {url} failed: {errors[:3]}")
    return percentile(times, 0.5), percentile(times, 0.95), len(times) / wall, len(errors)


class Command(BaseCommand):
    help = "Page weight and response time at concurrency for service, plan and MPP pages; writes docs/benchmarks.md."

    def add_arguments(self, parser):
        parser.add_argument("--requests", type=int, default=300, help="requests per URL")
        parser.add_argument("--concurrency", type=int, default=8, help="client threads")
        parser.add_argument("--workers", type=int, default=2, help="gunicorn worker processes")
        parser.add_argument("--output", default=str(OUTPUT))

    @staticmethod
    def pages(language):
        urls = key_pages(language)
        return {f"{LABELS[name]} ({language})": urls[name] for name in BUDGET}

    def handle(self, *args, requests, concurrency, workers, output, **options):
        try:
            pages = {**self.pages("id"), **self.pages("en")}
        except ObjectDoesNotExist as error:
            raise CommandError("Load the demo catalogue first (manage.py load_demo).") from error
        rows, weights = [], []
        load_before = os.getloadavg()[0]
        with Server(workers) as server:
            stylesheet = None
            for name, path in pages.items():
                status, _headers, body = fetch(server.url + path)
                if status != 200:
                    raise CommandError(f"{path} answered {status}")
                weight = page_weight(body, fetch=lambda url: fetch(server.url + url)[2])
                stylesheet = stylesheet or next(u for u in referenced_assets(body.decode()) if u.endswith(".css"))
                weights.append((name, path, weight))
                self.stdout.write(f"{name}: {weight['total'] / 1024:.1f} KB compressed")
            status, headers, body = fetch(server.url + stylesheet, gzip=True)
            cache_control = headers.get("Cache-Control", "")
            for name, path in [*[(n, p) for n, p in pages.items() if "(id)" in n], ("static file (CSS)", stylesheet)]:
                p50, p95, rate, errors = load(server.url + path, requests, concurrency)
                rows.append((name, p50, p95, rate, errors))
                self.stdout.write(f"{name}: p50 {p50:.1f} ms, p95 {p95:.1f} ms, {rate:.0f} req/s")
        lines = [
            "## Page weight and response time (service, plan and MPP pages)",
            "",
            f"- Date: {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC",
            f"- Machine: {machine()}; load average {load_before:.1f} before the run "
            "(other work on the machine slows every row alike)",
            f"- Database: {connection.vendor}; gunicorn, {workers} sync workers, production settings, "
            "static files from whitenoise",
            f"- Weight: HTML plus every stylesheet and script it loads, gzip-compressed; budget "
            f"{BUDGET_BYTES // 1024} KB. The stylesheet is served with `Cache-Control: {cache_control}`.",
            "",
            "| page | HTML gz | CSS + JS gz | total gz | uncompressed | budget |",
            "|---|---:|---:|---:|---:|---|",
        ]
        for name, path, weight in weights:
            assets = sum(weight["assets"].values())
            verdict = "ok" if weight["total"] <= BUDGET_BYTES else "**over**"
            lines.append(
                f"| {name} `{path}` | {weight['html'] / 1024:.1f} KB | {assets / 1024:.1f} KB "
                f"| {weight['total'] / 1024:.1f} KB | {weight['raw'] / 1024:.1f} KB | {verdict} |"
            )
        lines += [
            "",
            f"Response time over HTTP, {requests} requests per URL from {concurrency} concurrent clients "
            "(after one warm-up request), the static stylesheet as the floor:",
            "",
            "| URL | p50 ms | p95 ms | requests/s | errors |",
            "|---|---:|---:|---:|---:|",
        ]
        lines += [
            f"| {name} | {p50:.1f} | {p95:.1f} | {rate:.0f} | {errors} |" for name, p50, p95, rate, errors in rows
        ]
        lines.append("")
        write_results(Path(output), lines)
        self.stdout.write(f"Wrote {output}")
