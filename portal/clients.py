"""Who is asking: the client's address behind the trusted reverse proxies.

One rule for everything that counts per client: the feedback rate limit
(``portal/feedback/ratelimit.py``) and the login throttling (django-axes,
``AXES_CLIENT_IP_CALLABLE``).
"""

from django.conf import settings


def client_address(request):
    """The client's address: REMOTE_ADDR, or the one the trusted proxies put in X-Forwarded-For."""
    proxies = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    if proxies and len(forwarded) >= proxies:
        # Each trusted proxy appends the address it received from; earlier entries may be forged.
        return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")
