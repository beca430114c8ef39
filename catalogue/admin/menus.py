"""Admin menu items shown by role."""

from wagtail.admin.menu import MenuItem

from catalogue import roles


class ReviewerMenuItem(MenuItem):
    """Shown to DPMPTSP reviewers (of some MPP) and administrators."""

    def is_shown(self, request):
        return bool(roles.reviewed_mpps(request.user))
