"""The *Feedback* listing in the admin: per service, filtered by MPP, agency, kind and handled.

Opening one lets a user mark it handled; what the citizen wrote is never edited.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.middleware.csrf import get_token
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from wagtail.admin.auth import permission_denied
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.models import EditView, IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Locale

import django_filters

from catalogue.models import AgencyPage, MPPLocationPage

from .models import KINDS, Feedback
from .permissions import feedback_policy


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
        return feedback_policy.readable(self.request.user).select_related("page", "agency", "mpp")


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
