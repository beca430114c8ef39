from django import template

from catalogue import visibility
from catalogue.counter_map import counter_map as build_counter_map
from catalogue.counter_map import parse_highlight

register = template.Library()


@register.inclusion_tag("catalogue/includes/counter_map.html", takes_context=True)
def counter_map(context, location):
    """The MPP's floors as SVG maps plus a plain list; ``?highlight=4,5`` marks counters."""
    request = context.get("request")
    highlight = parse_highlight(request.GET.get("highlight") if request else "")
    return {"floors": build_counter_map(location, highlight), "highlight": highlight, "request": request}


@register.filter
def public_page(page):
    """A referenced page as citizens may see it, or None (``catalogue.visibility.public_page``)."""
    return visibility.public_page(page)


@register.filter
def translation_editor_props(props, page_perms):
    """wagtail-localize's translation editor props, without the actions the user may not use
    (``catalogue.translations.editor_props``)."""
    from catalogue.translations import editor_props

    return editor_props(props, page_perms)
