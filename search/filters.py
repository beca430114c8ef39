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


def facet_filter(facet):
    """The filter of one facet: several values or one (its choices are set per request)."""
    kind = django_filters.MultipleChoiceFilter if facet.multiple else django_filters.ChoiceFilter
    return kind(field_name=facet.name, label=facet.label)


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
        # Per request: the catalogue's values (MPPs, agencies, life events) change while the portal runs.
        for facet in FACETS:
            self.filters[facet.name].extra["choices"] = facet.accepted()

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
    """Valid parameters → ``{facet: [values]}`` for the engines (aliases become the facet's values)."""
    filters = {}
    for facet in FACETS:
        if given := facet.chosen(values):
            filters[facet.name] = [facet.canonical(value) for value in given]
    return filters
