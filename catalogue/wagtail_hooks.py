"""Admin tools for roles and review: the services listing with completeness, the stale
report, the reviewer's dashboard panel and the onboarding form.

Permissions themselves are Wagtail's (groups, page permissions, the "DPMPTSP review"
workflow; see ``catalogue/roles.py``); these views only show what a user may already see.
"""

from django import forms
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView, TemplateView

from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.menu import AdminOnlyMenuItem, MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.ui.tables.pages import PageStatusColumn, PageTitleColumn, ParentPageColumn
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.models import Locale, TaskState, WorkflowState

from catalogue import review, roles, translations
from catalogue.models import MPPLocationPage, ServicePage
from catalogue.models.agency import AGENCY_KINDS
from catalogue.models.review import translations_in_review

# --- Services listing with the completeness score ----------------------------


def completeness(page):
    """ "4/6": delivery components present in the version the editor works on."""
    return review.latest_version(page).completeness


class ServiceListingViewSet(PageListingViewSet):
    """Every service the user may see (an editor: their agency's; a reviewer: their MPP's)."""

    model = ServicePage
    icon = "list-ul"
    menu_label = _("Services")
    add_to_admin_menu = True
    menu_order = 150
    name = "services"
    columns = [
        PageTitleColumn("title", label=_("Title"), sort_key="title", classname="title"),
        ParentPageColumn("parent", label=_("Agency")),
        Column("completeness", label=_("Complete"), accessor=completeness, width="10%"),
        DateColumn("last_reviewed", label=_("Last reviewed"), sort_key="last_reviewed", width="14%"),
        PageStatusColumn("status", label=_("Status"), sort_key="live", width="12%"),
    ]


@hooks.register("register_admin_viewset")
def register_service_listing():
    return ServiceListingViewSet()


# --- Stale report ------------------------------------------------------------


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


class ReviewerMenuItem(MenuItem):
    def is_shown(self, request):
        return bool(roles.reviewed_mpps(request.user))


@hooks.register("register_reports_menu_item")
def register_stale_report_menu_item():
    return ReviewerMenuItem(
        _("Services due for review"), reverse("catalogue_stale_report"), icon_name="time", order=710
    )


# --- Reviewer dashboard ------------------------------------------------------


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


@hooks.register("construct_homepage_panels")
def add_content_health_panels(request, panels):
    for mpp in roles.reviewed_mpps(request.user)[:5]:
        panels.append(ContentHealthPanel(mpp))


# --- Onboarding (administrators) ---------------------------------------------


class OnboardingForm(forms.Form):
    mpp = forms.ModelChoiceField(
        label=_("MPP"),
        queryset=MPPLocationPage.objects.none(),
        to_field_name="slug",
        error_messages={"invalid_choice": _("Choose one of the MPPs in the list.")},
    )
    role = forms.ChoiceField(
        label=_("Role"),
        choices=[("editor", _("Agency editor")), ("reviewer", _("DPMPTSP reviewer"))],
        widget=forms.RadioSelect,
        initial="editor",
    )
    agency = forms.SlugField(
        label=_("Agency slug"), required=False, help_text=_("For example: dukcapil. Needed for an agency editor.")
    )
    title = forms.CharField(label=_("Name of a new agency"), required=False, max_length=255)
    acronym = forms.CharField(label=_("Acronym of a new agency"), required=False, max_length=40)
    kind = forms.ChoiceField(label=_("Kind of a new agency"), required=False, choices=[("", "-"), *AGENCY_KINDS])
    username = forms.RegexField(
        label=_("Username"),
        regex=r"^[\w.@+-]+\Z",
        max_length=150,
        required=False,
        help_text=_("Created if new. With an e-mail address, the new user is sent a link to set a password."),
    )
    email = forms.EmailField(label=_("E-mail"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["mpp"].queryset = MPPLocationPage.objects.filter(locale_id=Locale.get_default().id).order_by(
            "title"
        )

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("role") == "editor" and not cleaned_data.get("agency"):
            self.add_error("agency", _("Enter the agency's slug."))
        return cleaned_data


class OnboardingView(WagtailAdminTemplateMixin, FormView):
    """Create an agency's editor group (and the agency), or an MPP's reviewer group, and add a user."""

    form_class = OnboardingForm

    def get_initial(self):
        return {"mpp": self.request.GET.get("mpp", "")}

    template_name = "catalogue/admin/onboarding.html"
    page_title = _("Onboard an agency or reviewer")
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
                _agency, group, user, _created = roles.onboard_agency(
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
        messages.success(self.request, _("Done: %(group)s is set up.") % {"group": group.name})
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


# --- wagtail-localize: translations by the page's editors, through review (catalogue/translations.py) ---


@hooks.register("register_page_header_buttons")
@hooks.register("register_page_listing_more_buttons")
def translation_buttons_for_editors(page, user, view_name=None, next_url=None):
    """wagtail-localize shows "Translate this page" and "Sync translated pages" only to holders of
    its global permission (the reviewers); an agency editor gets them on the pages they may edit."""
    from wagtail.admin.widgets.button import Button
    from wagtail_localize.models import TranslationSource

    if page.is_root() or user.has_perm("wagtail_localize.submit_translation"):
        return
    page = page.specific
    if not translations.translates(user, page):
        return
    existing = page.get_translations(inclusive=True).values_list("locale_id", flat=True)
    if any(translations.may_add_translation(user, page, locale) for locale in Locale.objects.exclude(pk__in=existing)):
        url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
        yield Button(_("Translate this page"), url, priority=60, icon_name="wagtail-localize-language")
    source = TranslationSource.objects.get_for_instance_or_none(page)
    if source is not None and source.translations.filter(enabled=True).exists():
        url = reverse("wagtail_localize:update_translations", args=[source.pk])
        if next_url:
            url += "?" + urlencode({"next": next_url})
        yield Button(_("Sync translated pages"), url, priority=60, icon_name="resubmit")


hooks.register("before_edit_page", translations.submit_for_review)
hooks.register("construct_page_action_menu", translations.hide_convert_to_alias)


class OnboardingButton(PageMenuItem):
    label = _("Onboarding")
    icon_name = "group"
    priority = 80

    @cached_property
    def url(self):
        return reverse("catalogue_onboarding") + "?" + urlencode({"mpp": self.page.slug})

    def is_shown(self, user):
        return user.is_superuser


@hooks.register("register_page_header_buttons")
def onboarding_button(page, user, view_name, next_url=None):
    """On an MPP page's menu: onboard an agency or a reviewer there."""
    if page.specific_class is MPPLocationPage and page.locale_id == Locale.get_default().id:
        yield OnboardingButton(page=page)


@hooks.register("register_admin_urls")
def register_urls():
    return [
        path("reports/stale-services/", StaleReportView.as_view(), name="catalogue_stale_report"),
        path("onboarding/", OnboardingView.as_view(), name="catalogue_onboarding"),
        # Same paths as wagtail-localize's views; catalogue's hooks are registered first, so these win.
        path(
            "localize/submit/page/<int:page_id>/",
            translations.SubmitPageTranslationView.as_view(),
        ),
        path(
            "localize/update/<int:translation_source_id>/",
            translations.UpdateTranslationsView.as_view(),
        ),
        path("localize/page/<int:page_id>/convert_to_alias/", translations.convert_to_alias),
    ]


@hooks.register("register_settings_menu_item")
def register_onboarding_menu_item():
    return AdminOnlyMenuItem(_("Onboarding"), reverse("catalogue_onboarding"), icon_name="group", order=610)


# --- The editor sees why a change was sent back ---------------------------------------


@hooks.register("before_edit_page")
def show_rejection_reason(request, page):
    """Wagtail keeps the reviewer's reason in the workflow history; show it where the editor works."""
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


@hooks.register("before_edit_page")
def show_translation_status(request, page):
    """Tell the reviewer, on the Indonesian page, which English page is out of date or waiting
    for review (then "Approve with the English page" publishes both)."""
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


@hooks.register("before_publish_page")
def stamp_review_on_direct_publish(request, page):
    """Publishing from the editor needs the publish permission, which only reviewers and
    administrators hold: that is a review too, so it is stamped like a workflow approval."""
    review.stamp_review(page, page.get_latest_revision())
