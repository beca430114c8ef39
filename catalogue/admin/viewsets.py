"""The *Services* listing: every service the user may see, with how complete it is."""

from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.ui.tables.pages import PageStatusColumn, PageTitleColumn, ParentPageColumn
from wagtail.admin.views.pages.listing import IndexView
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.admin.widgets.button import HeaderButton

from catalogue import review
from catalogue.models import ServicePage


def completeness(page):
    """ "4/6": delivery components present in the version the editor works on."""
    return review.latest_version(page).completeness


class ServiceIndexView(IndexView):
    """The listing, with the workbook of the services the user may edit (docs/workbook.md)."""

    @cached_property
    def header_buttons(self):
        return [
            *super().header_buttons,
            HeaderButton(_("Download workbook"), url=reverse("catalogue_workbook_export"), icon_name="download"),
            HeaderButton(_("Import workbook"), url=reverse("catalogue_workbook_import"), icon_name="upload"),
        ]


class ServiceListingViewSet(PageListingViewSet):
    """Every service the user may see (an editor: their agency's; a reviewer: their MPP's)."""

    model = ServicePage
    index_view_class = ServiceIndexView
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
