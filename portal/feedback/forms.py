"""The feedback form of a service page (``templates/portal/includes/feedback_form.html``)."""

from django import forms

from .models import KINDS

# Page ids are 32-bit integers in every database; a larger number is invalid input, not a query
# (SQLite raises OverflowError past 64 bits).
MAX_PAGE_ID = 2**31 - 1


class FeedbackForm(forms.Form):
    page = forms.IntegerField(min_value=1, max_value=MAX_PAGE_ID)
    kind = forms.ChoiceField(choices=KINDS)
    comment = forms.CharField(required=False, max_length=500, strip=True)
