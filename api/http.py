"""HTTP for the open API: caching validators, 304 on revalidation, shared-cache headers and gzip.

The catalogue API's answers are the same for everyone, so public caches may keep them briefly.
The ETag is a hash of the body (Django's), so it changes exactly when the answer does, "open
now" included; Last-Modified is the time of the latest change in the change feed.
"""

import time

from django.middleware.gzip import GZipMiddleware
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers, set_response_etag
from django.utils.http import http_date

from .models import ChangeEvent

# The catalogue API; the search, suggest and plan APIs log queries or depend on the day and stay uncached.
CACHED_PREFIXES = (
    "/api/v1/mpps/",
    "/api/v1/agencies/",
    "/api/v1/services/",
    "/api/v1/documents/",
    "/api/v1/life-events/",
    "/api/v1/changes/",
    "/api/v1/openapi.json",
    "/api/hsds/",
)
# Answers that also depend on the clock ("open now", alerts in force today): never older than the minute.
CLOCK_PREFIXES = ("/api/v1/mpps/", "/api/v1/services/", "/api/hsds/")
MAX_AGE = 60  # seconds: "open now" and the change feed stay fresh within a minute


class ApiHttpMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.gzip = GZipMiddleware(get_response)

    def __call__(self, request):
        if not request.path_info.startswith(CACHED_PREFIXES):
            return self.get_response(request)
        # HEAD is GET without the body (the views declare GET only, and so does the OpenAPI document).
        head = request.method == "HEAD"
        if head:
            request.method = "GET"
        response = self.process(request, self.get_response(request))
        if head:
            request.method = "HEAD"
            if not response.streaming:
                length = len(response.content)
                response.content = b""
                response.headers["Content-Length"] = str(length)
        return response

    def process(self, request, response):
        if request.method in ("GET", "HEAD") and response.status_code == 200:
            patch_cache_control(response, public=True, max_age=MAX_AGE)
            patch_vary_headers(response, ["Accept-Encoding"])
            last = ChangeEvent.objects.order_by("-id").values_list("at", flat=True).first()
            last = last.timestamp() if last is not None else None
            if request.path_info.startswith(CLOCK_PREFIXES):
                minute = time.time() // MAX_AGE * MAX_AGE
                last = max(last or 0, minute)
            if last is not None and not response.has_header("Last-Modified"):
                response.headers["Last-Modified"] = http_date(last)
            if not response.streaming and not response.has_header("ETag"):
                set_response_etag(response)
            conditional = get_conditional_response(
                request, etag=response.get("ETag"), last_modified=last, response=response
            )
            if conditional is not response:
                return conditional
        return self.gzip.process_response(request, response)
