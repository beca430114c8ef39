"""DPMPTSP review: the Wagtail workflow task that approves every change under an MPP."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from wagtail.models import AbstractGroupApprovalTask, Locale, Page, TaskState

APPROVE_WITH_TRANSLATIONS = "approve_with_translations"


class RejectionForm(forms.Form):
    """ "Request changes" needs a reason: the editor has to know what to fix."""

    comment = forms.CharField(
        label=_("What needs to change"),
        required=True,
        widget=forms.Textarea({"rows": 3}),
        error_messages={"required": _("Tell the editor what needs to change.")},
    )

    def clean_comment(self):
        comment = self.cleaned_data["comment"].strip()
        if not comment:
            raise forms.ValidationError(_("Tell the editor what needs to change."))
        return comment


class ReviewTask(AbstractGroupApprovalTask):
    """The "DPMPTSP review" step: the MPP's reviewer group approves, schedules or rejects.

    Wagtail's group approval task, except that a rejection must carry a reason.
    Approval finishes the workflow, which publishes through
    ``catalogue.review.publish_reviewed`` (``WAGTAIL_FINISH_WORKFLOW_ACTION``)
    and stamps the service's "last reviewed".
    """

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        if actions and translations_in_review(obj, user):
            actions.append((APPROVE_WITH_TRANSLATIONS, _("Approve with the English page"), False))
        return actions

    def get_form_for_action(self, action):
        if action == "reject":
            return RejectionForm
        return super().get_form_for_action(action)

    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == "reject" and not str(kwargs.get("comment") or "").strip():
            # The modal's form already insists; this also covers a hand-made request.
            raise PermissionDenied(_("Tell the editor what needs to change."))
        if action_name == APPROVE_WITH_TRANSLATIONS:
            # Two ordinary approvals, each through its own task (logged, notified, published by
            # WAGTAIL_FINISH_WORKFLOW_ACTION), in one transaction: both go live, or neither.
            others = translations_in_review(task_state.workflow_state.content_object, user)
            if not others:
                raise PermissionDenied
            with transaction.atomic():
                super().on_action(task_state, user, "approve", **kwargs)
                for other in others:
                    other.task.specific.on_action(other, user, "approve", **kwargs)
            return None
        return super().on_action(task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls):
        return _("DPMPTSP reviewers of the MPP approve, schedule or reject with a reason")

    class Meta:
        verbose_name = _("DPMPTSP review task")
        verbose_name_plural = _("DPMPTSP review tasks")


def translations_in_review(obj, user):
    """In-progress review tasks of the translations of an Indonesian page that ``user`` may approve.

    The reviewer then approves the Indonesian change and its English translation together
    ("Approve with the English page"). Only the source-language page offers it.
    """
    if not isinstance(obj, Page) or obj.locale_id != Locale.get_default().id:
        return []
    found = []
    for translation in obj.get_translations().specific():
        task_state = translation.current_workflow_task_state
        if task_state is None or task_state.status != TaskState.STATUS_IN_PROGRESS:
            continue
        task = task_state.task.specific
        may_approve = any(name == "approve" for name, *_rest in task.get_actions(translation, user))
        if isinstance(task, ReviewTask) and may_approve:
            found.append(task_state.specific)
    return found
