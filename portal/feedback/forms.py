"""The feedback form of a service page (``templates/portal/includes/feedback_form.html``)."""

from django import forms

from .models import KINDS


class FeedbackForm(forms.Form):
    page = forms.IntegerField(min_value=1)
    kind = forms.ChoiceField(choices=KINDS)
    comment = forms.CharField(required=False, max_length=500, strip=True)
