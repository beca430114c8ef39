"""Registers the catalogue's admin: each hook's code lives in ``catalogue/admin/``, the review
rules in ``catalogue/review.py`` and the editors' translations in ``catalogue/translations.py``.

Order matters where one hook may answer for the others: ``before_edit_page`` runs the
translation editor's "Submit translation for review" (a POST) before the notices (a GET).
"""

from django.templatetags.static import static
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import AdminOnlyMenuItem

from catalogue import review, translations
from catalogue.admin import buttons, notices, panels, scoping, submitting, urls
from catalogue.admin.menus import ReviewerMenuItem
from catalogue.admin.viewsets import ServiceListingViewSet

hooks.register("register_admin_viewset", ServiceListingViewSet)
hooks.register("construct_homepage_panels", panels.add_my_services_panels)
hooks.register("construct_homepage_panels", panels.add_content_health_panels)
hooks.register("construct_homepage_summary_items", panels.summary_for_administrators, order=100)  # after Wagtail's

hooks.register("register_page_header_buttons", buttons.translation_buttons_for_editors)
hooks.register("register_page_listing_more_buttons", buttons.translation_buttons_for_editors)
hooks.register("register_page_header_buttons", buttons.onboarding_button)
hooks.register("construct_page_action_menu", translations.hide_convert_to_alias)
hooks.register("construct_page_action_menu", submitting.one_resubmit_action)
hooks.register("after_edit_page", submitting.back_to_services)

hooks.register("before_edit_page", translations.submit_for_review)
hooks.register("before_edit_page", notices.show_rejection_reason)
hooks.register("before_edit_page", notices.show_translation_status)
hooks.register("before_edit_page", translations.show_drifting_facts)
hooks.register("before_publish_page", review.stamp_direct_publish)
hooks.register("construct_translated_pages_to_cascade_actions", translations.cascade_to_translations)

hooks.register("construct_page_chooser_queryset", scoping.scope_chooser)
for action in scoping.BULK_ACTIONS:
    hooks.register("register_bulk_action", action, order=100)  # after Wagtail's own, so these replace them


@hooks.register("register_admin_urls")
def register_urls():
    return urls.urlpatterns


@hooks.register("register_reports_menu_item")
def register_stale_report_menu_item():
    return ReviewerMenuItem(
        _("Services due for review"), reverse("catalogue_stale_report"), icon_name="time", order=710
    )


@hooks.register("register_settings_menu_item")
def register_onboarding_menu_item():
    return AdminOnlyMenuItem(_("Onboarding"), reverse("catalogue_onboarding"), icon_name="group", order=610)


@hooks.register("insert_editor_js")
def editor_js():
    """A submit never races the editor's own autosave (catalogue/static/catalogue/admin/editor.js)."""
    return format_html('<script src="{}"></script>', static("catalogue/admin/editor.js"))
