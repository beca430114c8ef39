"""Page weight: what a phone downloads for one page, compressed, including its CSS and JavaScript.

The budget (``BUDGET_BYTES``) is for the HTML plus every stylesheet and script it
references, gzip-compressed as whitenoise serves them; images are excluded. Used by the
page-weight test and ``manage.py bench_pages``.
"""

import gzip
import re
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders

BUDGET_BYTES = 40 * 1024
ASSET = re.compile(r'<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="([^"]+)"')
EXTERNAL = re.compile(r'(?:src|href)="(?:https?:)?//[^"]+"[^>]*>', re.I)


def compressed_size(data):
    return len(gzip.compress(data, compresslevel=9))


def referenced_assets(html):
    """URLs of the stylesheets and scripts a page loads."""
    return ASSET.findall(html)


def third_party_loads(html):
    """Stylesheets, scripts, images or frames loaded from another origin (links to other sites are fine)."""
    loads = re.findall(r"<(?:link|script|img|iframe|source)\b[^>]*>", html, re.I)
    return [tag for tag in loads if EXTERNAL.search(tag) and 'rel="canonical"' not in tag and "alternate" not in tag]


def static_bytes(url):
    """The bytes of a static file from its URL, from the collected files or the finders."""
    path = urlsplit(url).path
    if not path.startswith(settings.STATIC_URL):
        raise ValueError(f"not a static file: {url}")
    name = path[len(settings.STATIC_URL) :]
    found = finders.find(name)
    if found is None:
        from django.contrib.staticfiles.storage import staticfiles_storage

        with staticfiles_storage.open(name) as handle:
            return handle.read()
    with open(found, "rb") as handle:
        return handle.read()


def page_weight(html_bytes, fetch=static_bytes):
    """{"html": gz, "assets": {url: gz}, "total": gz, "raw": raw total} for one page."""
    html = html_bytes.decode()
    assets = {url: compressed_size(fetch(url)) for url in dict.fromkeys(referenced_assets(html))}
    raw = len(html_bytes) + sum(len(fetch(url)) for url in assets)
    html_size = compressed_size(html_bytes)
    return {"html": html_size, "assets": assets, "total": html_size + sum(assets.values()), "raw": raw}
