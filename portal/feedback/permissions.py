"""Who sees which feedback in the admin.

Users with a permission on feedback (Settings → Groups → "Feedback"), which DPMPTSP reviewers
and agency editors are given (``catalogue.roles``), and then only the feedback on pages they may
edit: an agency's editors see their agency's services, a reviewer the whole MPP, an
administrator everything.
"""

from django.contrib.auth import get_user_model

from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permission_policies.pages import PagePermissionPolicy

from .models import Feedback


def editable_pages(user):
    return PagePermissionPolicy().instances_user_has_permission_for(user, "change")


class FeedbackPermissionPolicy(ModelPermissionPolicy):
    """The model permission, and only for feedback on pages the user may edit.

    Nobody adds feedback in the admin, administrators included: it comes from citizens through
    the service page's form, with the page and revision they saw. Refusing "add" here takes the
    admin's "add" button away and makes its URL answer "permission denied".
    """

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        actions = [action for action in actions if action != "add"]
        return super().users_with_any_permission(actions) if actions else get_user_model().objects.none()

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

    def user_may_read(self, user):
        """May see feedback at all (the listing and the report): "view" or "change"."""
        return self.user_has_any_permission(user, ["view", "change"])

    def readable(self, user):
        """The feedback ``user`` may read."""
        return self.instances_user_has_any_permission_for(user, ["view", "change"])


feedback_policy = FeedbackPermissionPolicy(Feedback)
"""Registered for ``Feedback`` in ``portal/wagtail_hooks.py``."""
