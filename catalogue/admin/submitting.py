"""Around sending a service for review: the editor goes back to the *Services* listing, and a
service sent back offers one way on ("Resubmit"), not Wagtail's three side by side."""

from django.shortcuts import redirect
from django.urls import reverse

from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.models import WorkflowState

from catalogue.models import ServicePage

# Starting the review again from the first task, or cancelling it, beside "Resubmit": an editor
# whose service was sent back has one thing to do, fix it and send it again.
NOT_AFTER_CHANGES_REQUESTED = {"action-restart-workflow", "action-cancel-workflow"}


def back_to_services(request, page):
    """An ``after_edit_page`` hook: after sending a service for review, the *Services* listing
    (where the editor's work starts) instead of the agency's page list. A ``next`` address the
    editor came with still wins, as in Wagtail."""
    sent = any(request.POST.get(action) for action in ("action-submit", "action-restart-workflow"))
    if sent and isinstance(page.specific, ServicePage) and not get_valid_next_url_from_request(request):
        return redirect(reverse("services:index"))
    return None


def one_resubmit_action(menu_items, request, context):
    """A ``construct_page_action_menu`` hook."""
    page = context.get("page")
    state = page.current_workflow_state if page is not None and context.get("view") == "edit" else None
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        menu_items[:] = [item for item in menu_items if item.name not in NOT_AFTER_CHANGES_REQUESTED]
