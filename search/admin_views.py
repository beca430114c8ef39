"""The search's admin screens for DPMPTSP: the synonym dictionary and the search report.

Registered in ``wagtail_hooks.py``. Best bets (a service pinned to a query) use
Wagtail's own search promotions (Settings → Promoted search results); the search
honours them in any engine.
"""

import datetime as dt

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Max
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.snippets.views.snippets import SnippetViewSet

from catalogue import roles

from .models import QueryLog, Synonym


class SynonymViewSet(SnippetViewSet):
    model = Synonym
    icon = "list-ul"
    menu_label = _("Synonyms")
    list_display = ["term", "means", "language", "kind"]
    list_filter = ["language", "kind"]
    search_fields = ["term", "means"]


REPORT_PERMISSION = "portal_search.view_querylog"


def reported_queries(user):
    """The query log a user may read: all of it for the national catalogue role and administrators,
    the searches limited to their own MPPs for a DPMPTSP reviewer, nothing for anyone else."""
    if not user.has_perm(REPORT_PERMISSION):
        return QueryLog.objects.none()
    if roles.may_change_shared(user, Synonym):
        return QueryLog.objects.all()
    return QueryLog.objects.filter(mpp__in=[mpp.slug for mpp in roles.reviewed_mpps(user)])


class SearchReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(REPORT_PERMISSION)


class SearchReportView(WagtailAdminTemplateMixin, TemplateView):
    """Top queries and queries that found nothing, over the last 30 days."""

    template_name = "search/admin/report.html"
    page_title = _("Search report")
    days = 30

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(REPORT_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        since = timezone.now() - dt.timedelta(days=self.days)
        recent = reported_queries(self.request.user).filter(created_at__gte=since)
        grouped = recent.values("normalized", "language").annotate(searches=Count("id"), last=Max("created_at"))
        context.update(
            days=self.days,
            top=grouped.order_by("-searches", "normalized")[:50],
            zero=grouped.filter(results=0).order_by("-searches", "normalized")[:50],
            total=recent.count(),
        )
        return context
