"""Local development: debug on, embedded SQLite, e-mail to the console."""

from .base import *  # noqa: F403

DEBUG = env("DEBUG", default=True)  # noqa: F405
