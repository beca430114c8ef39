"""Registers the portal's admin: the feedback listing and the *usefulness per agency* report
(``portal/feedback/``), each scoped by ``FeedbackPermissionPolicy``."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.permissions import register_permission_policy

from portal.feedback.models import Feedback
from portal.feedback.permissions import feedback_policy
from portal.feedback.reports import FeedbackMenuItem, UsefulnessReportView
from portal.feedback.viewsets import FeedbackViewSet

register_permission_policy(Feedback, feedback_policy)
hooks.register("register_admin_viewset", FeedbackViewSet)


@hooks.register("register_admin_urls")
def register_usefulness_url():
    return [path("reports/usefulness/", UsefulnessReportView.as_view(), name="feedback_usefulness")]


@hooks.register("register_reports_menu_item")
def register_usefulness_menu_item():
    return FeedbackMenuItem(_("Usefulness per agency"), reverse("feedback_usefulness"), icon_name="comment", order=710)
