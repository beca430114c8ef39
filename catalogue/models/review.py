"""DPMPTSP review: the Wagtail workflow task that approves every change under an MPP."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _

from wagtail.models import AbstractGroupApprovalTask


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

    def get_form_for_action(self, action):
        if action == "reject":
            return RejectionForm
        return super().get_form_for_action(action)

    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == "reject" and not str(kwargs.get("comment") or "").strip():
            # The modal's form already insists; this also covers a hand-made request.
            raise PermissionDenied(_("Tell the editor what needs to change."))
        return super().on_action(task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls):
        return _("DPMPTSP reviewers of the MPP approve, schedule or reject with a reason")

    class Meta:
        verbose_name = _("DPMPTSP review task")
        verbose_name_plural = _("DPMPTSP review tasks")
