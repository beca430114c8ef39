"""Parsing and validating the search filters from the query string.

The FilterSet only parses and validates; ``search.searching.ServiceSearch``
builds the query. Its facet filters come from the registry (``search.facets``).
Invalid values are dropped with a message on the page and rejected with a 400
on the API.
"""

from django import forms

import django_filters

from catalogue import languages
from search.facets import FACETS
from search.models import SearchDocument


class KnownValuesField(django_filters.fields.MultipleChoiceField):
    """Several values of a catalogue facet (MPPs, agencies, life events), checked against the catalogue
    with one query for the values given. A list of choices would hold every MPP and agency of a national
    catalogue, loaded and deep-copied on every request."""

    def __init__(self, *, facet, **kwargs):
        super().__init__(**kwargs)
        self.facet = facet

    def validate(self, value):
        if self.required and not value:
            raise forms.ValidationError(self.error_messages["required"], code="required")
        known = self.facet.known(value)
        for given in value:
            if given not in known:
                raise forms.ValidationError(
                    self.error_messages["invalid_choice"], code="invalid_choice", params={"value": given}
                )


class KnownValuesFilter(django_filters.MultipleChoiceFilter):
    field_class = KnownValuesField


def facet_filter(facet):
    """The filter of one facet: several values or one, from the catalogue or from the facet's fixed choices."""
    if facet.catalogue is not None:
        return KnownValuesFilter(field_name=facet.name, label=facet.label, facet=facet)
    kind = django_filters.MultipleChoiceFilter if facet.multiple else django_filters.ChoiceFilter
    return kind(field_name=facet.name, label=facet.label, choices=facet.accepted())


class SearchFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(max_length=200, required=False)
    lang = django_filters.ChoiceFilter(choices=languages.choices())
    page = django_filters.NumberFilter(min_value=1, max_value=1000)

    class Meta:
        model = SearchDocument
        fields = []

    @classmethod
    def get_filters(cls):
        """The declared filters, with one filter per facet after ``lang``."""
        declared = super().get_filters()
        page = declared.pop("page")
        declared.update((facet.name, facet_filter(facet)) for facet in FACETS)
        declared["page"] = page
        return declared

    def __init__(self, *args, **kwargs):
        super().__init__(*args, queryset=SearchDocument.objects.none(), **kwargs)

    def errors_by_field(self):
        return {name: [str(message) for message in messages] for name, messages in self.form.errors.items()}

    def valid_values(self):
        """The parameters that are valid, dropping only the invalid ones (for the HTML page): the form
        cleans each field once and keeps the values of the fields that passed."""
        self.form.is_valid()  # cleans every field once; the invalid ones are left out of cleaned_data
        return {name: value for name, value in self.form.cleaned_data.items() if value not in (None, "", [])}


def engine_filters(values):
    """Valid parameters → ``{facet: [values]}`` for the engines (aliases become the facet's values)."""
    filters = {}
    for facet in FACETS:
        if given := facet.chosen(values):
            filters[facet.name] = [facet.canonical(value) for value in given]
    return filters
