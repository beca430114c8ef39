"""Production: secrets and hosts must come from the environment.

A missing ``SECRET_KEY``, ``ALLOWED_HOSTS`` or ``DATABASE_URL`` stops start-up
with ``ImproperlyConfigured`` instead of running with a laptop default.
"""

import environ

from .base import *  # noqa: F403

_required = environ.Env()
DEBUG = False
SECRET_KEY = _required.str("SECRET_KEY")
ALLOWED_HOSTS = _required.list("ALLOWED_HOSTS")
DATABASES = {"default": _required.db("DATABASE_URL")}
DATABASES["default"]["CONN_MAX_AGE"] = 60
WAGTAILADMIN_BASE_URL = _required.str("WAGTAILADMIN_BASE_URL")

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
