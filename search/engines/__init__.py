"""The search engines behind one interface.

``embedded`` (the default) runs in the database: SQLite FTS5 or PostgreSQL
full-text. ``elasticsearch`` is used when ``ELASTICSEARCH_URL`` is set; if it
fails for a request, that request falls back to the embedded engine.
"""

from functools import lru_cache

from django.conf import settings

from .embedded import EmbeddedEngine


def embedded_engine():
    return EmbeddedEngine()


@lru_cache(maxsize=1)
def _elasticsearch(url, prefix, timeout):
    from .elastic import ElasticsearchEngine

    return ElasticsearchEngine(url, prefix=prefix, timeout=timeout)


def elasticsearch_engine():
    """The Elasticsearch engine when configured, else None."""
    url = getattr(settings, "ELASTICSEARCH_URL", "")
    if not url:
        return None
    return _elasticsearch(url, settings.ELASTICSEARCH_INDEX_PREFIX, settings.ELASTICSEARCH_TIMEOUT)


def get_engine(name=None):
    if name in (None, "", "default"):
        return elasticsearch_engine() or embedded_engine()
    if name == "embedded":
        return embedded_engine()
    if name == "elasticsearch":
        engine = elasticsearch_engine()
        if engine is None:
            raise LookupError("ELASTICSEARCH_URL is not set")
        return engine
    raise LookupError(f"Unknown search engine: {name}")
