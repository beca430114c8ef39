"""Login throttling (django-axes): the lockout page and the administrators' list of failed sign-ins.

django-axes counts failures per account and per client address in the database (shared by every
app server); settings in ``portal/settings/base.py`` (``AXES_*``).
"""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from wagtail.admin.views.account import LoginView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from axes.models import AccessAttempt, AccessFailureLog


class LockedOutLoginView(LoginView):
    """Wagtail's sign-in page again, with the lockout as the form's error and status 429."""

    def post(self, request, *args, **kwargs):
        form = self.get_form_class()(request, initial={"username": request.POST.get("username", "")})
        form.full_clean()  # unbound: no errors and no cleaned data yet, so that the lockout is the only one
        form.cleaned_data = {}
        minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
        form.add_error(
            None,
            _(
                "Too many failed sign-in attempts. For your security, signing in is paused for %(minutes)s "
                "minutes. Please try again later, or ask your portal administrator for help."
            )
            % {"minutes": minutes},
        )
        response = self.render_to_response(self.get_context_data(form=form))
        response.status_code = 429
        return response


def locked_out(request, response=None, credentials=None):
    """django-axes' ``AXES_LOCKOUT_CALLABLE``. Called from a middleware, so rendered here."""
    return LockedOutLoginView.as_view()(request).render()


class FailedSignInsView(WagtailAdminTemplateMixin, TemplateView):
    """Recent failed sign-ins and current lockouts, for administrators only."""

    template_name = "portal/admin/failed_sign_ins.html"
    page_title = gettext_lazy("Failed sign-ins")

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_superuser:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["failures"] = AccessFailureLog.objects.order_by("-attempt_time")[:200]
        context["attempts"] = AccessAttempt.objects.order_by("-attempt_time")[:200]
        context["limit"] = settings.AXES_FAILURE_LIMIT
        return context
