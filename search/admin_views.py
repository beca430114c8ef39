"""The search's admin screens for DPMPTSP: the synonym dictionary and the search report.

Registered in ``wagtail_hooks.py``. Best bets (a service pinned to a query) use
Wagtail's own search promotions (Settings → Promoted search results); the search
honours them in any engine.
"""

import datetime as dt

from django.db.models import Count, Max
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import QueryLog, Synonym


class SynonymViewSet(SnippetViewSet):
    model = Synonym
    icon = "list-ul"
    menu_label = _("Synonyms")
    list_display = ["term", "means", "language", "kind"]
    list_filter = ["language", "kind"]
    search_fields = ["term", "means"]


class SearchReportView(WagtailAdminTemplateMixin, TemplateView):
    """Top queries and queries that found nothing, over the last 30 days."""

    template_name = "search/admin/report.html"
    page_title = _("Search report")
    days = 30

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        since = timezone.now() - dt.timedelta(days=self.days)
        recent = QueryLog.objects.filter(created_at__gte=since)
        grouped = recent.values("normalized", "language").annotate(searches=Count("id"), last=Max("created_at"))
        context.update(
            days=self.days,
            top=grouped.order_by("-searches", "normalized")[:50],
            zero=grouped.filter(results=0).order_by("-searches", "normalized")[:50],
            total=recent.count(),
        )
        return context
