"""Registers the portal's admin: the feedback listing and the *usefulness per agency* report
(``portal/feedback/``), each scoped by ``FeedbackPermissionPolicy``; and the administrators'
list of failed sign-ins (``portal/login.py``)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import AdminOnlyMenuItem
from wagtail.permissions import register_permission_policy

from portal.feedback.models import Feedback
from portal.feedback.permissions import feedback_policy
from portal.feedback.reports import FeedbackMenuItem, UsefulnessReportView
from portal.feedback.viewsets import FeedbackViewSet
from portal.login import FailedSignInsView

register_permission_policy(Feedback, feedback_policy)
hooks.register("register_admin_viewset", FeedbackViewSet)


@hooks.register("register_admin_urls")
def register_usefulness_url():
    return [path("reports/usefulness/", UsefulnessReportView.as_view(), name="feedback_usefulness")]


@hooks.register("register_reports_menu_item")
def register_usefulness_menu_item():
    return FeedbackMenuItem(_("Usefulness per agency"), reverse("feedback_usefulness"), icon_name="comment", order=710)


@hooks.register("register_admin_urls")
def register_failed_sign_ins_url():
    return [path("reports/failed-sign-ins/", FailedSignInsView.as_view(), name="failed_sign_ins")]


@hooks.register("register_reports_menu_item")
def register_failed_sign_ins_menu_item():
    return AdminOnlyMenuItem(_("Failed sign-ins"), reverse("failed_sign_ins"), icon_name="warning", order=720)
