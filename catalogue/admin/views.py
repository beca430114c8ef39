"""Admin views: the *Services due for review* report (reviewers) and onboarding (administrators)."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView, TemplateView

from wagtail.admin import messages
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from catalogue import review, roles
from catalogue.models import ServicePage

from .forms import OnboardingForm


class ReviewerMixin:
    """Only DPMPTSP reviewers (of some MPP) and administrators."""

    def dispatch(self, request, *args, **kwargs):
        self.mpps = roles.reviewed_mpps(request.user)
        if not self.mpps:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class StaleReportView(ReviewerMixin, WagtailAdminTemplateMixin, TemplateView):
    """Services of the reviewer's MPPs not reviewed within the MPP's review interval."""

    template_name = "catalogue/admin/stale_report.html"
    page_title = _("Services due for review")
    header_icon = "time"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        today = timezone.localdate()
        context["sections"] = [
            {
                "mpp": mpp,
                "cutoff": review.stale_cutoff(mpp, today),
                "services": ServicePage.objects.filter(pk__in=review.stale_services(mpp, today).values("pk"))
                .order_by("last_reviewed", "title")
                .select_related("locale"),
                "translations": review.translation_status(
                    list(ServicePage.objects.descendant_of(mpp).filter(locale_id=mpp.locale_id).order_by("title"))
                ),
            }
            for mpp in self.mpps
        ]
        return context


class OnboardingView(WagtailAdminTemplateMixin, FormView):
    """Create an agency's editor group (and the agency), or an MPP's reviewer group, and add a user."""

    form_class = OnboardingForm

    def get_initial(self):
        return {"mpp": self.request.GET.get("mpp", "")}

    template_name = "catalogue/admin/onboarding.html"
    page_title = _("Onboarding")  # the menu's and the MPP page menu's name for it too
    header_icon = "group"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_superuser:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        data = form.cleaned_data
        mpp = data["mpp"]
        user = None
        try:
            if data["role"] == "reviewer":
                group, _editors = roles.setup_mpp(mpp)
                if data["username"]:
                    user, _created = roles.add_user(group, data["username"], email=data["email"])
            else:
                agency, group, user, _created = roles.onboard_agency(
                    mpp,
                    data["agency"],
                    title=data["title"],
                    acronym=data["acronym"],
                    kind=data["kind"],
                    username=data["username"],
                    email=data["email"],
                )
        except roles.RoleError as error:
            form.add_error(None, str(error))
            return self.render_to_response(self.get_context_data(form=form), status=400)
        if data["role"] == "reviewer":
            done = _("Done: the reviewers of %(mpp)s are set up.") % {"mpp": mpp.title}
        else:
            done = _("Done: the editors of %(agency)s at %(mpp)s are set up.") % {
                "agency": agency.title,
                "mpp": mpp.title,
            }
        messages.success(self.request, done)
        if getattr(user, "invited", False):
            messages.success(
                self.request, _("An e-mail to set a password was sent to %(email)s.") % {"email": user.email}
            )
        elif user is not None and not user.has_usable_password():
            messages.warning(
                self.request,
                _("%(username)s has no password and no e-mail address: set a password in Settings → Users.")
                % {"username": user.username},
            )
        return redirect("catalogue_onboarding")

    def form_invalid(self, form):
        return self.render_to_response(self.get_context_data(form=form), status=400)
