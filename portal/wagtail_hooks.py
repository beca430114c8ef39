"""Admin for citizen feedback: a listing per service with filters, and usefulness per agency.

Who sees it: users with a permission on feedback (Settings → Groups → "Feedback"), which
DPMPTSP reviewers and agency editors are given (``catalogue.roles``), and then only the
feedback on pages they may edit: an agency's editors see their agency's services, a
reviewer the whole MPP, an administrator everything.
"""

import datetime as dt

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.db.models.functions import TruncMonth
from django.middleware.csrf import get_token
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView

from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.models import EditView, IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Locale
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.permissions import register_permission_policy

import django_filters

from catalogue.models import AgencyPage, MPPLocationPage

from .feedback import KINDS, Feedback


def editable_pages(user):
    return PagePermissionPolicy().instances_user_has_permission_for(user, "change")


class FeedbackPermissionPolicy(ModelPermissionPolicy):
    """The model permission, and only for feedback on pages the user may edit."""

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_any_permission_for_instance(user, [action], instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        if not self.user_has_any_permission(user, actions):
            return False
        # Inspecting needs "view" or "change"; either lets one read feedback on one's own pages.
        return editable_pages(user).filter(pk=instance.page_id).exists()

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return Feedback.objects.none()
        return Feedback.objects.filter(page__in=editable_pages(user))


feedback_policy = FeedbackPermissionPolicy(Feedback)
register_permission_policy(Feedback, feedback_policy)


class ScopedObjectMixin:
    """Refuse an edit or inspect view of feedback on a page the user may not edit."""

    scoped_action = "change"

    def get_object(self, queryset=None):
        instance = super().get_object(queryset)
        if not feedback_policy.user_has_permission_for_instance(self.request.user, self.scoped_action, instance):
            raise PermissionDenied
        return instance


class FeedbackIndexView(IndexView):
    def get_base_queryset(self):
        visible = feedback_policy.instances_user_has_any_permission_for(self.request.user, ["view", "change"])
        return visible.select_related("page", "agency", "mpp")


class FeedbackEditView(ScopedObjectMixin, EditView):
    pass


class FeedbackInspectView(ScopedObjectMixin, InspectView):
    scoped_action = "view"


def source_pages(model):
    return lambda request: model.objects.filter(locale=Locale.get_default()).order_by("title")


class FeedbackFilterSet(WagtailFilterSet):
    mpp = django_filters.ModelChoiceFilter(label=_("MPP"), queryset=source_pages(MPPLocationPage))
    agency = django_filters.ModelChoiceFilter(label=_("Agency"), queryset=source_pages(AgencyPage))
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=KINDS)
    handled = django_filters.BooleanFilter(label=_("Handled"))

    class Meta:
        model = Feedback
        fields = ["mpp", "agency", "kind", "handled"]


class MarkHandledColumn(Column):
    """ "Handled" with a one-click "Mark handled" button for feedback that is still open."""

    cell_template_name = "portal/admin/mark_handled_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        request = parent_context["request"]
        context.update(
            handled=instance.handled,
            url=reverse("feedback:mark_handled", args=[instance.pk]),
            back=reverse("feedback:index") + ("?" + request.GET.urlencode() if request.GET else ""),
            csrf=get_token(request),
        )
        return context


@require_POST
def mark_handled(request, pk):
    if not feedback_policy.user_has_permission(request.user, "change"):
        return permission_denied(request)
    if feedback_policy.instances_user_has_permission_for(request.user, "change").filter(pk=pk).update(handled=True):
        messages.success(request, _("Marked as handled."))
    back = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
        back = reverse("feedback:index")
    return redirect(back)


class FeedbackViewSet(ModelViewSet):
    model = Feedback
    icon = "comment"
    menu_label = _("Feedback")
    menu_order = 250
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = ["page", "kind", "comment", "agency", "created_at", MarkHandledColumn("handled", label=_("Handled"))]
    filterset_class = FeedbackFilterSet
    search_fields = ["page__title", "comment"]
    # Editors only mark feedback handled; what the citizen wrote is never edited.
    form_fields = ["handled"]
    list_per_page = 50

    index_view_class = FeedbackIndexView
    edit_view_class = FeedbackEditView
    inspect_view_class = FeedbackInspectView

    def get_urlpatterns(self):
        return [*super().get_urlpatterns(), path("handled/<int:pk>/", mark_handled, name="mark_handled")]


feedback_viewset = FeedbackViewSet("feedback")


@hooks.register("register_admin_viewset")
def register_feedback_viewset():
    return feedback_viewset


def month_starts(months, today):
    first = today.replace(day=1)
    starts = []
    for _i in range(months):
        starts.append(first)
        first = (first - dt.timedelta(days=1)).replace(day=1)
    return list(reversed(starts))


class UsefulnessReportView(WagtailAdminTemplateMixin, TemplateView):
    """Share of "yes, useful" answers per agency and month, with the open problem reports."""

    template_name = "portal/admin/usefulness.html"
    page_title = _("Usefulness per agency")
    months = 6

    def dispatch(self, request, *args, **kwargs):
        if not feedback_policy.user_has_any_permission(request.user, ["view", "change"]):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        today = timezone.localdate()
        starts = month_starts(self.months, today)
        visible = feedback_policy.instances_user_has_any_permission_for(self.request.user, ["view", "change"])
        rows = (
            visible.filter(kind__in=["useful", "not_useful"], created_at__date__gte=starts[0])
            .annotate(month=TruncMonth("created_at"))
            .values("agency_id", "month")
            .annotate(yes=Count("id", filter=Q(kind="useful")), total=Count("id"))
        )
        table = {}
        for row in rows:
            month = row["month"].date() if hasattr(row["month"], "date") else row["month"]
            table.setdefault(row["agency_id"], {})[month.replace(day=1)] = row
        problems = dict(
            visible.exclude(kind__in=["useful", "not_useful"])
            .filter(handled=False)
            .values_list("agency_id")
            .annotate(n=Count("id"))
        )
        agencies = AgencyPage.objects.filter(pk__in=set(table) | set(problems)).order_by("title")
        context.update(
            months=starts,
            rows=[
                {
                    "agency": agency,
                    "cells": [self.cell(table.get(agency.pk, {}).get(start)) for start in starts],
                    "open_problems": problems.get(agency.pk, 0),
                    "list_url": reverse("feedback:index") + f"?agency={agency.pk}",
                }
                for agency in agencies
            ],
        )
        return context

    @staticmethod
    def cell(row):
        if not row:
            return None
        return {"percent": round(100 * row["yes"] / row["total"]), "yes": row["yes"], "total": row["total"]}


@hooks.register("register_admin_urls")
def register_usefulness_url():
    return [path("reports/usefulness/", UsefulnessReportView.as_view(), name="feedback_usefulness")]


class FeedbackMenuItem(MenuItem):
    def is_shown(self, request):
        return feedback_policy.user_has_any_permission(request.user, ["view", "change"])


@hooks.register("register_reports_menu_item")
def register_usefulness_menu_item():
    return FeedbackMenuItem(_("Usefulness per agency"), reverse("feedback_usefulness"), icon_name="comment", order=710)
