"""Settings shared by every environment.

Every environment variable the portal reads is declared once, here, with its
type and default (``env`` below). The README lists them in a table; keep the two
in step. Production overrides the defaults that are only safe on a laptop.
"""

import datetime as dt
from pathlib import Path

from django.utils.translation import gettext_lazy as _

import environ

from portal.csp import template_style_hashes

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env(
    DEBUG=(bool, False),
    SECRET_KEY=(str, "dev-only-insecure-key-change-me"),
    ALLOWED_HOSTS=(list, ["localhost", "127.0.0.1", "[::1]"]),
    CSRF_TRUSTED_ORIGINS=(list, []),
    DATABASE_URL=(str, f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
    WAGTAILADMIN_BASE_URL=(str, "http://127.0.0.1:8000"),
    STATIC_ROOT=(str, str(BASE_DIR / "static_collected")),
    MEDIA_ROOT=(str, str(BASE_DIR / "media")),
    EMAIL_URL=(str, "consolemail://"),
    DEFAULT_FROM_EMAIL=(str, "MPP Portal <noreply@localhost>"),
    LOG_LEVEL=(str, "WARNING"),
    REQUEST_LOG_LEVEL=(str, "INFO"),
    PAGE_CACHE_PURGE_URLS=(list, []),
    ADMIN_USERNAME=(str, "admin"),
    ADMIN_PASSWORD=(str, ""),
    DEMO_PASSWORD=(str, ""),
    ELASTICSEARCH_URL=(str, ""),
    ELASTICSEARCH_INDEX_PREFIX=(str, "mpp"),
    ELASTICSEARCH_TIMEOUT=(float, 2.0),
    SECURE_SSL_REDIRECT=(bool, True),
    SECURE_HSTS_SECONDS=(int, 3600),
    TRUSTED_PROXY_COUNT=(int, 0),
    SHARED_CACHE_URL=(str, "dbcache://portal_shared_cache"),
    LOGIN_FAILURE_LIMIT=(int, 5),
    LOGIN_COOLOFF_MINUTES=(int, 15),
    SECURE_HSTS_INCLUDE_SUBDOMAINS=(bool, True),
    SECURE_HSTS_PRELOAD=(bool, True),
)

DEBUG = env("DEBUG")
SECRET_KEY = env("SECRET_KEY")
ALLOWED_HOSTS = env("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "portal",
    "catalogue",
    "search",
    "api",
    "tooling",
    "demo",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "axes",
    "modelcluster",
    "taggit",
    "ninja",  # its API documentation page, served from our static files
    "corsheaders",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # Only for its catalogues: the admin's "a minute ago" (Wagtail uses its naturaltime).
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "portal.logs.RequestLogMiddleware",  # first: the request id, and one JSON log line per request
    "django.middleware.security.SecurityMiddleware",
    "portal.page_cache.PageCacheMiddleware",  # sees the final response: may nginx keep it?
    "api.http.ApiHttpMiddleware",  # caching headers, 304 and gzip for the open API
    "corsheaders.middleware.CorsMiddleware",
    "portal.csp.PolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "portal.middleware.LocaleMiddleware",  # Django's, without the language redirect of API 404s
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: turns a locked-out sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

# CORS (django-cors-headers): the open API may be read from any origin, with GET only.
CORS_URLS_REGEX = r"^/api/"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_ALLOW_CREDENTIALS = False
CORS_EXPOSE_HEADERS = ["ETag", "Last-Modified"]

# django-axes first: it refuses a locked-out account or address before the password is checked.
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]

ROOT_URLCONF = "portal.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "portal.wsgi.application"

DATABASES = {"default": env.db("DATABASE_URL")}
DATABASES["default"]["CONN_MAX_AGE"] = 60 if DATABASES["default"]["ENGINE"].endswith("postgresql") else 0
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # Write-ahead logging: pages are read while a search writes its query log, and a commit waits for the
    # disk once, not twice (a power cut may lose the last commits, never corrupt the file). Backups use
    # SQLite's online backup API (portal/backups.py), which copies the log too.
    DATABASES["default"].setdefault("OPTIONS", {})["init_command"] = (
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Indonesian is the source language, English the translation.
LANGUAGE_CODE = "id"
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = [
    ("id", _("Indonesian")),
    ("en", _("English")),
]
WAGTAIL_I18N_ENABLED = True
USE_I18N = True
USE_TZ = True
# Server time; each MPP page carries its own zone (WIB, WITA or WIT).
TIME_ZONE = "Asia/Jakarta"
# The portal's own strings (locale/, rewritten by makemessages), then Indonesian for the Wagtail and
# wagtail-localize strings that their own id_ID catalogues lack (locale_wagtail/, kept by hand).
# Django finds those catalogues for "id" by itself: Python's gettext expands "id" to "id_ID".
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale_wagtail"]
# The admin offers the portal's languages under the portal's codes (Wagtail's own list has "id-id"),
# so an editor's choice in their account and the portal's default are the same language.
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

STATIC_URL = "/static/"
STATIC_ROOT = env("STATIC_ROOT")
STATICFILES_DIRS = [BASE_DIR / "portal" / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# whitenoise already serves content-hashed files with a one-year, immutable cache lifetime.
MEDIA_URL = "/media/"
MEDIA_ROOT = env("MEDIA_ROOT")

# django-environ's documented idiom: EMAIL_BACKEND, EMAIL_HOST, ... from one URL.
vars().update(env.email_url("EMAIL_URL"))
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL")

WAGTAIL_SITE_NAME = "Portal Mal Pelayanan Publik"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}

# The citizen search (search/): embedded engine by default; Elasticsearch when this is set.
ELASTICSEARCH_URL = env("ELASTICSEARCH_URL")
ELASTICSEARCH_INDEX_PREFIX = env("ELASTICSEARCH_INDEX_PREFIX")
ELASTICSEARCH_TIMEOUT = env("ELASTICSEARCH_TIMEOUT")
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "xlsx"]
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None

# "default" is per process (Wagtail's site paths, the synonyms): fast, and safe to lose.
# "shared" is one store for every process and app server: rate limits. The database by default
# (``createcachetable`` is run by portal's migration 0004), Redis in a larger deployment
# (``SHARED_CACHE_URL=redis://host:6379/1``, with the ``redis`` package installed).
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "shared": env.cache_url("SHARED_CACHE_URL"),
}

# The page cache (portal/page_cache.py): the nginx servers that keep anonymous pages; each gets a
# PURGE (Wagtail's frontend-cache HTTP backend) when something a kept page shows changes. Empty:
# no page cache in front, nothing is marked or recorded.
PAGE_CACHE_PURGE_URLS = env("PAGE_CACHE_PURGE_URLS")
WAGTAILFRONTENDCACHE_LANGUAGES = []  # the registry holds each kept URL in its own language

# Login throttling (django-axes): after LOGIN_FAILURE_LIMIT failed sign-ins, the account and,
# separately, the client address are locked for LOGIN_COOLOFF_MINUTES. Attempts and every failure
# are kept in the database (shared by every app server) and listed to administrators in
# Reports → Failed sign-ins (portal/login.py).
AXES_FAILURE_LIMIT = env("LOGIN_FAILURE_LIMIT")
AXES_COOLOFF_TIME = dt.timedelta(minutes=env("LOGIN_COOLOFF_MINUTES"))
AXES_LOCKOUT_PARAMETERS = ["ip_address", "username"]
AXES_RESET_ON_SUCCESS = True
AXES_ENABLE_ACCESS_FAILURE_LOG = True
AXES_CLIENT_IP_CALLABLE = "portal.clients.client_address"
AXES_LOCKOUT_CALLABLE = "portal.login.locked_out"
AXES_VERBOSE = False

# Content-Security-Policy (django-csp, portal/csp.py): public pages load only from this origin and
# run no inline script; the admin also allows its own inline scripts by their hashes, per response.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", *template_style_hashes(BASE_DIR / "templates" / "500.html")],
        "img-src": ["'self'", "data:"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    }
}
CONTENT_SECURITY_POLICY_ADMIN = {
    **CONTENT_SECURITY_POLICY["DIRECTIVES"],
    # Wagtail's image previews and uploads, and the preview panel's iframe.
    "img-src": ["'self'", "data:", "blob:"],
    "frame-src": ["'self'"],
}

# Reverse proxies in front of the app that append the client address to X-Forwarded-For;
# the feedback rate limit and the login throttling count per client address (portal/clients.py),
# so they must know which one is real.
TRUSTED_PROXY_COUNT = env("TRUSTED_PROXY_COUNT")

# The portal's own cookies (the remembered MPP, the visit plan): Secure in production (HTTPS only).
COOKIES_SECURE = False

# Used by the ensure_admin command (make run).
ADMIN_USERNAME = env("ADMIN_USERNAME")
ADMIN_PASSWORD = env("ADMIN_PASSWORD")

# Demo accounts for every role (load_demo): one password for all of them; without it one is
# generated once into .cache/demo-password. Production never creates them.
DEMO_PASSWORD = env("DEMO_PASSWORD")
DEMO_ACCOUNTS = True
DEMO_CONTENT = True  # load_demo may build the demo catalogue (production: only with --allow-production)

# DPMPTSP review (catalogue/review.py): an approved change is published with "last reviewed" stamped.
WAGTAIL_FINISH_WORKFLOW_ACTION = "catalogue.review.publish_reviewed"

# One JSON object per line on stderr (portal/logs.py): errors with their tracebacks, and in
# production one line per request ("portal.requests" at INFO), each with the request id.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "portal.logs.JsonFormatter"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "json"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL")},
    "loggers": {"portal.requests": {"level": env("REQUEST_LOG_LEVEL")}},
}
