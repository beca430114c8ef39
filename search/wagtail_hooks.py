"""Registers the search's admin screens (``admin_views.py``): the synonym snippets and the search report."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from .admin_views import SearchReportMenuItem, SearchReportView, SynonymViewSet

register_snippet(SynonymViewSet)


@hooks.register("register_admin_urls")
def register_report_url():
    return [path("reports/search/", SearchReportView.as_view(), name="search_report")]


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return SearchReportMenuItem(_("Search report"), reverse("search_report"), icon_name="search", order=700)
