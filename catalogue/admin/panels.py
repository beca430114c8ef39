"""The dashboards, task first: an editor's *My services* (what waits on them, each one click from
its editor), a reviewer's *Content health* per MPP after Wagtail's review queue."""

from django.urls import reverse

from wagtail.admin.ui.components import Component

from catalogue import review, roles

MAX_PANELS = 5
"""Panels on one dashboard; a reviewer of more MPPs (an administrator) finds the rest in the report."""


class ContentHealthPanel(Component):
    """Per agency of the reviewer's MPP: what waits on the reviewer, what waits on editors."""

    name = "content_health"
    order = 230  # after Wagtail's "Awaiting your review" (220): the queue first
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


class MyServicesPanel(Component):
    """An agency editor's services that need something: sent back (with the reviewer's reason),
    waiting for review, due for review, incomplete, English missing or out of date."""

    name = "my_services"
    order = 50  # first on the dashboard
    template_name = "catalogue/admin/my_services_panel.html"

    def __init__(self, agency):
        self.agency = agency

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        row = next(
            row for row in review.content_health(self.agency.get_parent().specific) if row.agency.pk == self.agency.pk
        )
        sent_back = [
            {"page": page, "reason": page.current_workflow_state.current_task_state.comment}
            for page in row.rejected
            if page.pk != self.agency.pk
        ]
        context.update(
            agency=self.agency,
            row=row,
            sent_back=sent_back,
            pending=[page for page in row.pending if page.pk != self.agency.pk],
            nothing_to_do=not (sent_back or row.pending or row.stale or row.incomplete or row.translations),
            services_url=reverse("services:index"),
            add_url=reverse("wagtailadmin_pages:add_subpage", args=(self.agency.pk,)),
        )
        return context


def add_my_services_panels(request, panels):
    """A ``construct_homepage_panels`` hook: one panel per agency the user edits."""
    for agency in roles.edited_agencies(request.user)[:MAX_PANELS]:
        panels.append(MyServicesPanel(agency))


def summary_for_administrators(request, summary_items):
    """A ``construct_homepage_summary_items`` hook: the count of every page, image and document in
    the site tells an editor or a reviewer nothing about their work."""
    if not request.user.is_superuser:
        summary_items[:] = []
