"""Relevance measurement: success@1, success@3 and MRR over labelled queries.

A query file is TSV: query, interface language, acceptable service keys
(slugs, ``|`` between them). ``evaluate`` takes any function that returns
ranked keys, so the same measure serves both engines and Wagtail's built-in
search as a baseline.
"""

from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests" / "search" / "sample_queries.tsv"
SHARED_SAMPLE = ROOT.parent / "shared" / "spec" / "search-queries.tsv"
EXTRA = ROOT / "tests" / "search" / "relevance_queries.tsv"


@dataclass
class Metrics:
    queries: int = 0
    success_at_1: float = 0.0
    success_at_3: float = 0.0
    mrr: float = 0.0
    misses: list = field(default_factory=list)


def load_queries(*paths):
    rows = []
    for path in paths:
        path = Path(path)
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            query, language, accepted = line.split("\t")
            rows.append((query, language, set(accepted.split("|"))))
    return rows


def default_queries():
    return load_queries(SAMPLE, EXTRA)


def evaluate(ranked_keys, queries):
    """``ranked_keys(query, language)`` → list of service keys, best first."""
    metrics = Metrics(queries=len(queries))
    if not queries:
        return metrics
    hits_1 = hits_3 = reciprocal = 0.0
    for query, language, accepted in queries:
        keys = list(dict.fromkeys(ranked_keys(query, language)))
        rank = next((position for position, key in enumerate(keys, 1) if key in accepted), None)
        hits_1 += rank == 1
        hits_3 += bool(rank and rank <= 3)
        reciprocal += 1 / rank if rank else 0
        if not rank or rank > 3:
            metrics.misses.append((query, language, keys[:3]))
    metrics.success_at_1 = hits_1 / len(queries)
    metrics.success_at_3 = hits_3 / len(queries)
    metrics.mrr = reciprocal / len(queries)
    return metrics


def portal_search(engine):
    from search.searching import ServiceSearch

    def ranked(query, language):
        return [result["key"] for result in ServiceSearch(query, language, engine=engine, page_size=10).run().results]

    return ranked


def wagtail_search(query, language):
    """Wagtail's built-in search (modelsearch database backend) on the same pages, as a baseline."""
    from wagtail.models import Locale

    from catalogue.models import ServicePage

    locale = Locale.objects.get(language_code=language)
    pages = ServicePage.objects.live().public().filter(locale=locale).search(query)[:30]
    return [page.specific.key for page in pages]
