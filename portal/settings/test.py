"""Test settings: fast hashing, no manifest lookups, in-memory e-mail.

``DATABASE_URL`` still decides the engine, so the suite runs unchanged on
SQLite (the default) and on PostgreSQL.
"""

from .base import *  # noqa: F403

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {  # noqa: F405
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
DEMO_PASSWORD = "demo-password-for-tests"
LOGGING["loggers"]["portal.requests"]["level"] = "WARNING"  # noqa: F405  (one line per request: production)
