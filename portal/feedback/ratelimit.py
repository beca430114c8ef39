"""The feedback rate limit: submissions per client per hour, in Django's cache.

The cache key is a keyed hash of the client's address; the address itself is never stored.
Behind reverse proxies, ``TRUSTED_PROXY_COUNT`` says which forwarded address is the client's.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache

FEEDBACK_PER_HOUR = 10
"""Submissions accepted per client per hour; more get a polite "try again later"."""


def client_address(request):
    """The client's address: REMOTE_ADDR, or the one the trusted proxies put in X-Forwarded-For."""
    proxies = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    if proxies and len(forwarded) >= proxies:
        # Each trusted proxy appends the address it received from; earlier entries may be forged.
        return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def client_key(request):
    """A per-client cache key: a keyed hash of the address, never the address itself."""
    address = client_address(request)
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{address}".encode()).hexdigest()[:32]
    return f"feedback-rate:{digest}"


def over_limit(request):
    key = client_key(request)
    cache.add(key, 0, timeout=3600)
    try:
        return cache.incr(key) > FEEDBACK_PER_HOUR
    except ValueError:  # the entry expired between add and incr
        cache.set(key, 1, timeout=3600)
        return False
