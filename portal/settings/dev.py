"""Local development: debug on, embedded SQLite, e-mail to the console."""

from .base import *  # noqa: F403

DEBUG = env("DEBUG", default=True)  # noqa: F405
LOGGING["loggers"]["portal.requests"]["level"] = env("REQUEST_LOG_LEVEL", default="WARNING")  # noqa: F405  (runserver logs requests)
