"""The feedback rate limit: submissions per client per hour, in the shared cache.

The count lives in the ``shared`` cache (``SHARED_CACHE_URL``: the database by default, Redis in
a larger deployment), so every worker process and every app server counts against one limit.
The cache key is a keyed hash of the client's address; the address itself is never stored.
Behind reverse proxies, ``TRUSTED_PROXY_COUNT`` says which forwarded address is the client's
(``portal/clients.py``).
"""

import hashlib

from django.conf import settings
from django.core.cache import caches

from portal.clients import client_address

__all__ = ["FEEDBACK_PER_HOUR", "LimitUnavailable", "client_address", "client_key", "over_limit"]

FEEDBACK_PER_HOUR = 10
"""Submissions accepted per client per hour; more get a polite "try again later"."""


def client_key(request):
    """A per-client cache key: a keyed hash of the address, never the address itself."""
    address = client_address(request)
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{address}".encode()).hexdigest()[:32]
    return f"feedback-rate:{digest}"


class LimitUnavailable(Exception):
    """The shared cache does not answer: the limit cannot be counted, so writes are refused."""


def over_limit(request):
    """Whether this client sent too much; raises ``LimitUnavailable`` when the count cannot be kept
    (the limit fails closed: no write gets through uncounted)."""
    cache = caches["shared"]
    key = client_key(request)
    try:
        cache.add(key, 0, timeout=3600)
        try:
            return cache.incr(key) > FEEDBACK_PER_HOUR
        except ValueError:  # the entry expired between add and incr
            cache.set(key, 1, timeout=3600)
            return False
    except Exception as error:  # Redis or the cache table down: every backend raises its own errors
        raise LimitUnavailable from error
