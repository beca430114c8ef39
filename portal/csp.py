"""The Content-Security-Policy of every response (django-csp): strict on public pages, with what
the Wagtail admin needs on ``/admin/``.

Public pages run no inline script and load nothing from elsewhere; the only inline block is
the stand-alone error page's ``<style>``, allowed by its hash (computed here from the template,
so it cannot drift). No nonce on public pages: a page kept in a shared cache stays valid under
its header. JSON-LD (``<script type="application/ld+json">``) is a data block, which browsers
never execute, so CSP does not apply to it.

The Wagtail admin (8.0) and wagtail-localize still write inline scripts (inline panels, date
and time widgets, choosers, the translation editor), generated per form. On ``/admin/`` those
present in the response are allowed by their hashes, computed from the response here; inline
event handlers, ``javascript:`` URLs and scripts from other origins stay blocked. The translation
editor's pages also allow inline styles, which its React components write as they run.
"""

import base64
import hashlib
import re

from django.conf import settings

from csp.middleware import CSPMiddleware

# An inline script the browser runs: no src, and not a JSON data block.
INLINE_SCRIPT = re.compile(
    rb"<script(?![^>]*\bsrc=)(?![^>]*\btype=\"application/(?:ld\+)?json\")[^>]*>(.*?)</script>", re.S
)
INLINE_STYLE = re.compile(r"<style[^>]*>(.*?)</style>", re.S)
# wagtail-localize's translation editor (React with styled-components) writes its styles into
# <style> elements as it runs, which no hash can name; without them it renders nothing. Its pages
# alone allow inline styles (scripts stay limited to the response's own, by hash).
RUNTIME_STYLES = b'class="js-translation-editor"'


def source_hash(content):
    """A CSP source expression for an inline block's exact text."""
    if isinstance(content, str):
        content = content.encode()
    return f"'sha256-{base64.b64encode(hashlib.sha256(content).digest()).decode()}'"


def template_style_hashes(*paths):
    """The hashes of the ``<style>`` blocks of template files (plain text, no template tags inside)."""
    hashes = []
    for path in paths:
        text = path.read_text()
        hashes += [source_hash(block) for block in INLINE_STYLE.findall(text)]
    return hashes


class PolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's policy and its inline scripts' hashes on ``/admin/``."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if report_only or not request.path_info.startswith("/admin/"):
            return parts
        directives = {key: list(value) for key, value in settings.CONTENT_SECURITY_POLICY_ADMIN.items()}
        rendered = getattr(response, "is_rendered", True)
        if "text/html" in response.get("Content-Type", "") and not response.streaming and rendered:
            scripts = sorted({source_hash(block) for block in INLINE_SCRIPT.findall(response.content)})
            directives["script-src"] += scripts
            if RUNTIME_STYLES in response.content:
                # A hash in the directive would make browsers ignore 'unsafe-inline'.
                directives["style-src"] = ["'self'", "'unsafe-inline'"]
        parts.config = directives
        return parts
