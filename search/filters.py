"""Parsing and validating the search filters from the query string.

The FilterSet only parses and validates; ``search.service.ServiceSearch``
builds the query. Invalid values are dropped with a message on the page and
rejected with a 400 on the API.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

import django_filters

from catalogue import languages
from catalogue.models import AgencyPage, LifeEvent, MPPLocationPage
from search.facets import DURATION_BANDS
from search.models import SearchDocument

YES_NO = {"yes": "yes", "true": "yes", "1": "yes", "no": "no", "false": "no", "0": "no"}


class SearchFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(max_length=200, required=False)
    lang = django_filters.ChoiceFilter(choices=languages.choices())
    mpp = django_filters.MultipleChoiceFilter(label=_("MPP location"))
    agency = django_filters.MultipleChoiceFilter(label=_("Agency"))
    category = django_filters.MultipleChoiceFilter(label=_("Life event"))
    fee = django_filters.ChoiceFilter(label=_("Cost"), choices=[("free", _("Free of charge")), ("paid", _("Paid"))])
    online = django_filters.ChoiceFilter(label=_("Available online"), choices=[(value, value) for value in YES_NO])
    duration = django_filters.ChoiceFilter(
        label=_("How long"), choices=[(key, label) for key, label, _low, _high in DURATION_BANDS]
    )
    page = django_filters.NumberFilter(min_value=1, max_value=1000)

    class Meta:
        model = SearchDocument
        fields = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, queryset=SearchDocument.objects.none(), **kwargs)
        self.filters["mpp"].extra["choices"] = [
            (slug, slug) for slug in MPPLocationPage.objects.values_list("slug", flat=True).distinct()
        ]
        self.filters["agency"].extra["choices"] = [
            (slug, slug) for slug in AgencyPage.objects.values_list("slug", flat=True).distinct()
        ]
        self.filters["category"].extra["choices"] = [
            (slug, slug) for slug in LifeEvent.objects.values_list("slug", flat=True).distinct()
        ]

    def errors_by_field(self):
        return {name: [str(message) for message in messages] for name, messages in self.form.errors.items()}

    def valid_values(self):
        """The parameters that are valid, dropping only the invalid ones (for the HTML page)."""
        values = {}
        for name, field in self.form.fields.items():
            raw = (
                self.form.data.getlist(name)
                if isinstance(field, forms.MultipleChoiceField)
                else self.form.data.get(name)
            )
            if raw in (None, "", []):
                continue
            try:
                values[name] = field.clean(raw)
            except forms.ValidationError:
                continue
        return values


def engine_filters(values):
    """Valid parameters → {facet: [values]} for the engines."""
    filters = {}
    for facet in ("mpp", "agency", "category"):
        if values.get(facet):
            filters[facet] = list(values[facet])
    if values.get("fee"):
        filters["fee"] = [values["fee"]]
    if values.get("online"):
        filters["online"] = [YES_NO[values["online"]]]
    if values.get("duration"):
        filters["duration"] = [values["duration"]]
    return filters
