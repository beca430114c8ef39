"""The reviewer's dashboard: a *Content health* panel per MPP they review."""

from django.urls import reverse

from wagtail.admin.ui.components import Component

from catalogue import review, roles

MAX_PANELS = 5
"""Panels on one dashboard; a reviewer of more MPPs (an administrator) finds the rest in the report."""


class ContentHealthPanel(Component):
    """Per agency of the reviewer's MPP: what waits on the reviewer, what waits on editors."""

    name = "content_health"
    order = 90
    template_name = "catalogue/admin/content_health_panel.html"

    def __init__(self, mpp):
        self.mpp = mpp

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        rows = review.content_health(self.mpp)
        totals = {
            key: sum(len(getattr(row, key)) for row in rows)
            for key in ("pending", "rejected", "stale", "incomplete", "translations")
        }
        context.update(
            mpp=self.mpp,
            rows=rows,
            totals=totals,
            services=sum(row.services for row in rows),
            report_url=reverse("catalogue_stale_report") + f"#{self.mpp.slug}",
            services_url=reverse("services:index"),
        )
        return context


def add_content_health_panels(request, panels):
    """A ``construct_homepage_panels`` hook."""
    for mpp in roles.reviewed_mpps(request.user)[:MAX_PANELS]:
        panels.append(ContentHealthPanel(mpp))
