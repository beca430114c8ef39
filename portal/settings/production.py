"""Production: secrets, hosts, database and mail must come from the environment.

The variables are declared once, in ``base.py``; here their laptop defaults are
refused, so a missing ``SECRET_KEY`` (or any variable in ``REQUIRED``) stops
start-up with ``ImproperlyConfigured`` instead of running on a default.
"""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env

REQUIRED = ["SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "WAGTAILADMIN_BASE_URL", "EMAIL_URL"]
missing = [name for name in REQUIRED if not os.environ.get(name)]
if missing:
    raise ImproperlyConfigured(f"Set these environment variables for production: {', '.join(missing)}")

DEBUG = False
# The tooling's commands publish marker edits (bench) and synthetic MPPs (generate_catalogue):
# never against a production database. Development and test settings keep them.
INSTALLED_APPS = [app for app in INSTALLED_APPS if app != "tooling"]  # noqa: F405
DEMO_ACCOUNTS = False  # load_demo never creates accounts with a shared password here
DEMO_CONTENT = False  # load_demo refuses unless asked with --allow-production
DATABASES["default"]["CONN_MAX_AGE"] = 60  # noqa: F405
# A connection kept from before a database restart is checked before use, and a new one waits at
# most 2 s: while the database is away, requests get the 503 page at once (portal.views.server_error).
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True  # noqa: F405
if DATABASES["default"]["ENGINE"].endswith("postgresql"):  # noqa: F405
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("connect_timeout", 2)  # noqa: F405

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env("SECURE_SSL_REDIRECT")
SECURE_HSTS_SECONDS = env("SECURE_HSTS_SECONDS")
SECURE_HSTS_INCLUDE_SUBDOMAINS = env("SECURE_HSTS_INCLUDE_SUBDOMAINS")
SECURE_HSTS_PRELOAD = env("SECURE_HSTS_PRELOAD")
COOKIES_SECURE = SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
