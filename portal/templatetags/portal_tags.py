import json

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language_info

from wagtail.models import Locale

register = template.Library()

# Each language named in itself, short enough for one header row on a 320 px screen.
SHORT_NAMES = {"id": "Indonesia", "en": "English"}


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per language to this same page in that language.

    Pages link to their published translation (or the home page in that language
    when there is none yet); other views translate their own URL.
    """
    request = context["request"]
    page = context.get("page")
    links = []
    translations = {}
    if page is not None and hasattr(page, "live_translations"):
        translations = {p.locale.language_code: p for p in page.live_translations()}
    for code, _name in settings.LANGUAGES:
        info = get_language_info(code)
        if translations:
            target = translations.get(code)
            url = target.url if target else f"/{code}/"
            available = target is not None
        else:
            url = translate_url(request.get_full_path(), code)
            available = True
        name = SHORT_NAMES.get(code, info["name_local"])
        links.append({"code": code, "name": name, "url": url, "available": available})
    return links


@register.simple_tag(takes_context=True)
def alternate_links(context):
    """``<link rel="alternate" hreflang>`` for each published translation of the page."""
    page = context.get("page")
    if page is None or not hasattr(page, "live_translations"):
        return ""
    request = context["request"]
    translations = list(page.live_translations())
    html = [
        format_html('<link rel="alternate" hreflang="{}" href="{}">', p.locale.language_code, p.get_full_url(request))
        for p in translations
    ]
    default = next((p for p in translations if p.locale_id == Locale.get_default().id), None)
    if default is not None:
        html.append(format_html('<link rel="alternate" hreflang="x-default" href="{}">', default.get_full_url(request)))
    return mark_safe("\n".join(html))


@register.filter
def jsonld(data):
    """Serialise structured data for a ``<script type="application/ld+json">`` element.

    ``<``, ``>`` and ``&`` are escaped as JSON unicode escapes so content can never
    close the script element.
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return mark_safe(text)


@register.filter
def rupiah(amount):
    """Format whole rupiah the Indonesian way: Rp 1.500.000."""
    if amount is None:
        return ""
    return "Rp " + f"{int(amount):,}".replace(",", ".")
