"""Health for load balancers: ``/healthz`` (this process answers) and ``/readyz`` (it can serve).

``/readyz`` answers 503 when a request could not be served: the database does not answer or has
migrations still to apply. A shared cache or search cluster that is down makes the portal
*degraded* but still ready (200): pages are served without the cache's rate limits' writes and
search falls back to the embedded engine, so a load balancer must not take every app server out
because Elasticsearch or Redis is down. Both answer JSON and are never cached.
"""

import time

from django.core.cache import caches
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

from search.engines import elasticsearch_engine

_migrated = False  # once every migration is applied, it stays so for the life of the process


@never_cache
def healthz(request):
    return JsonResponse({"status": "ok"})


def _database():
    with connections[DEFAULT_DB_ALIAS].cursor() as cursor:
        cursor.execute("SELECT 1")
    return "ok"


def _migrations():
    global _migrated
    if not _migrated:
        connection = connections[DEFAULT_DB_ALIAS]
        executor = MigrationExecutor(connection)
        if executor.migration_plan(executor.loader.graph.leaf_nodes()):
            return "pending"
        _migrated = True
    return "ok"


def _shared_cache():
    cache = caches["shared"]
    cache.set("readyz", time.time(), timeout=60)
    return "ok" if cache.get("readyz") is not None else "unavailable"


def _search():
    engine = elasticsearch_engine()
    if engine is None:
        return "embedded"
    try:
        engine.count()
    except Exception:  # any failure of the cluster: searches fall back to the embedded engine
        return "fallback to embedded"
    return "ok"


CHECKS = {
    "database": (_database, True),
    "migrations": (_migrations, True),
    "cache": (_shared_cache, False),
    "search": (_search, False),
}
"""name: (check, required). A required check that fails makes the process not ready (503)."""


@never_cache
def readyz(request):
    checks, ready = {}, True
    for name, (check, required) in CHECKS.items():
        try:
            checks[name] = check()
        except Exception as error:  # report what failed, never a traceback to the caller
            checks[name] = f"unavailable ({type(error).__name__})"
        if required and checks[name] != "ok":
            ready = False
    status = "ready" if ready else "not ready"
    if ready and any(value not in ("ok", "embedded") for value in checks.values()):
        status = "degraded"
    return JsonResponse({"status": status, "checks": checks}, status=200 if ready else 503)
