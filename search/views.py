"""The public search page.

This first version uses Wagtail's own search (the ``modelsearch`` database
backend) over live service pages in the interface language. The citizen-language
analysis, facets and the Elasticsearch engine replace it in the search issue.
"""

import re

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.shortcuts import render
from django.utils.translation import get_language

from wagtail.models import Locale

from catalogue.models import ServicePage

MAX_QUERY_LENGTH = 200
PAGE_SIZE = 20
WORD = re.compile(r"\w+")


def search(request):
    query = " ".join(request.GET.get("q", "").split())[:MAX_QUERY_LENGTH]
    # Drop control characters: they never help and some backends choke on them.
    query = "".join(ch for ch in query if ch.isprintable())
    # Only words reach the engine: operators and quotes are not query syntax for citizens,
    # and SQLite FTS5 rejects many of them.
    terms = " ".join(WORD.findall(query))
    results = []
    page_obj = None
    if terms:
        locale = Locale.get_active()
        services = ServicePage.objects.live().public().filter(locale=locale).search(terms)
        paginator = Paginator(services, PAGE_SIZE)
        try:
            page_obj = paginator.page(request.GET.get("page", 1))
        except (PageNotAnInteger, EmptyPage):
            page_obj = paginator.page(1)
        results = page_obj.object_list
    return render(
        request,
        "search/search.html",
        {
            "query": query,
            "results": results,
            "page_obj": page_obj,
            "count": page_obj.paginator.count if page_obj else 0,
            "language": get_language(),
        },
    )
