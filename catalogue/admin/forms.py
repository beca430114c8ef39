"""The onboarding form: an agency editor (and a new agency) or an MPP's reviewer, and the user."""

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from catalogue.models import AgencyPage, MPPLocationPage
from catalogue.models.agency import AGENCY_KINDS


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
        label=_("Agency code in web addresses"),
        required=False,
        help_text=_("For example: dukcapil. Needed for an agency editor."),
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
        if cleaned_data.get("role") != "editor":
            return cleaned_data
        slug = cleaned_data.get("agency")
        if not slug:
            self.add_error("agency", _("Enter the agency's code."))
        elif (
            cleaned_data.get("mpp") and not AgencyPage.objects.child_of(cleaned_data["mpp"]).filter(slug=slug).exists()
        ):
            # A new agency: each missing detail named on its own field (the command names its options).
            for name in ("title", "acronym", "kind"):
                if not cleaned_data.get(name):
                    self.add_error(name, _("Needed for a new agency."))
        return cleaned_data
