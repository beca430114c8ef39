"""*Reports → Usefulness per agency*: the share of "yes, useful" per agency and month, with the
open problem reports, over the feedback the user may read."""

import datetime as dt

from django.db.models import Count, Q
from django.db.models.functions import TruncMonth
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin.auth import permission_denied
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from catalogue.models import AgencyPage

from .models import USEFULNESS
from .permissions import feedback_policy


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
        if not feedback_policy.user_may_read(request.user):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        today = timezone.localdate()
        starts = month_starts(self.months, today)
        visible = feedback_policy.readable(self.request.user)
        rows = (
            visible.filter(kind__in=USEFULNESS, created_at__date__gte=starts[0])
            .annotate(month=TruncMonth("created_at"))
            .values("agency_id", "month")
            .annotate(yes=Count("id", filter=Q(kind="useful")), total=Count("id"))
        )
        table = {}
        for row in rows:
            month = row["month"].date() if hasattr(row["month"], "date") else row["month"]
            table.setdefault(row["agency_id"], {})[month.replace(day=1)] = row
        problems = dict(
            visible.exclude(kind__in=USEFULNESS).filter(handled=False).values_list("agency_id").annotate(n=Count("id"))
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


class FeedbackMenuItem(MenuItem):
    """Shown to those who may read feedback."""

    def is_shown(self, request):
        return feedback_policy.user_may_read(request.user)
