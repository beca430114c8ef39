"""What the page editor is told when it opens (``before_edit_page`` hooks).

- An editor whose change was sent back sees the reviewer's reason where they work (Wagtail
  keeps it in the workflow history only).
- A reviewer on an Indonesian service sees whether its English page is missing, out of date or
  waiting for review too (then "Approve with the English page" publishes both).
"""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin import messages
from wagtail.models import Locale, TaskState, WorkflowState

from catalogue import review
from catalogue.models import ServicePage
from catalogue.models.review import translations_in_review


def show_rejection_reason(request, page):
    if request.method != "GET":
        return None
    state = page.current_workflow_state
    if state is None or state.status != WorkflowState.STATUS_NEEDS_CHANGES:
        return None
    task_state = state.current_task_state
    if task_state is not None and task_state.status == TaskState.STATUS_REJECTED and task_state.comment:
        messages.warning(
            request, _("Changes were requested before publishing: %(reason)s") % {"reason": task_state.comment}
        )
    return None


def show_translation_status(request, page):
    if request.method != "GET" or page.locale_id != Locale.get_default().id:
        return None
    page = page.specific
    if not isinstance(page, ServicePage) or not page.permissions_for_user(request.user).can_publish():
        return None
    in_review = translations_in_review(page, request.user)
    for row in review.translation_status([page]):
        english = row["english"]
        if row["problem"] == "missing" and english is None:
            messages.warning(request, _("This service has no English page yet."))
        elif english is not None and not in_review:
            text = (
                _("The English page is not published.")
                if row["problem"] == "missing"
                else _("The English page is out of date with this page.")
            )
            edit_url = reverse("wagtailadmin_pages:edit", args=(english.pk,))
            messages.warning(request, text, buttons=[messages.button(edit_url, _("Open"))])
    if in_review:
        messages.info(
            request,
            _('The English page is also waiting for review: "Approve with the English page" publishes both.'),
            buttons=[
                messages.button(
                    reverse("wagtailadmin_pages:edit", args=(state.workflow_state.content_object.pk,)), _("Open")
                )
                for state in in_review
            ],
        )
    return None
