"""Logs as one JSON object per line: every request (``portal.requests``) and every error.

nginx gives each request an id (``X-Request-ID: $request_id``) and logs it too; the portal keeps it
(or makes one when called directly), returns it in the response and writes it on the request's line
and on any error logged while serving it, so one id finds a request in every log. The request line
holds the path but never the query string (citizens type names and numbers into search) nor the
client's address.
"""

import json
import logging
import re
import time
import uuid

REQUEST_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")
logger = logging.getLogger("portal.requests")


def request_id(request):
    """The id nginx gave this request, or a new one (an id that is not plain text is replaced)."""
    given = request.headers.get("X-Request-ID", "")
    return given if REQUEST_ID.fullmatch(given) else uuid.uuid4().hex


class RequestLogMiddleware:
    """First in the chain: times the whole request and logs its final status."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.request_id = request_id(request)
        started = time.perf_counter()
        response = self.get_response(request)
        response["X-Request-ID"] = request.request_id
        if logger.isEnabledFor(logging.INFO):
            logger.info(
                "request",
                extra={
                    "request_id": request.request_id,
                    "method": request.method,
                    "path": request.path,
                    "status": response.status_code,
                    "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                    "cache": "stored" if response.has_header("X-Accel-Expires") else "",
                },
            )
        return response


class JsonFormatter(logging.Formatter):
    """A log record as one line of JSON, with the traceback (if any) as a field."""

    FIELDS = ("request_id", "method", "path", "status", "duration_ms", "cache")

    def format(self, record):
        entry = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for field in self.FIELDS:
            value = getattr(record, field, None)
            if value not in (None, ""):
                entry[field] = value
        request = getattr(record, "request", None)  # django.request's errors carry the request
        if request is not None and "request_id" not in entry:
            entry["request_id"] = getattr(request, "request_id", None)
            entry["path"] = getattr(request, "path", None)
        if record.exc_info:
            entry["traceback"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False, default=str)
