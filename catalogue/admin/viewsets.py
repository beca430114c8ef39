"""The *Services* listing: every service the user may see, with how complete it is."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.ui.tables.pages import PageStatusColumn, PageTitleColumn, ParentPageColumn
from wagtail.admin.viewsets.pages import PageListingViewSet

from catalogue import review
from catalogue.models import ServicePage


def completeness(page):
    """ "4/6": delivery components present in the version the editor works on."""
    return review.latest_version(page).completeness


class ServiceListingViewSet(PageListingViewSet):
    """Every service the user may see (an editor: their agency's; a reviewer: their MPP's)."""

    model = ServicePage
    icon = "list-ul"
    menu_label = _("Services")
    add_to_admin_menu = True
    menu_order = 150
    name = "services"
    columns = [
        PageTitleColumn("title", label=_("Title"), sort_key="title", classname="title"),
        ParentPageColumn("parent", label=_("Agency")),
        Column("completeness", label=_("Complete"), accessor=completeness, width="10%"),
        DateColumn("last_reviewed", label=_("Last reviewed"), sort_key="last_reviewed", width="14%"),
        PageStatusColumn("status", label=_("Status"), sort_key="live", width="12%"),
    ]
