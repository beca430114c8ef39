"""What the search shows: the filter panel of the search page."""

from dataclasses import dataclass, field

from search.facets import FACETS, Facet


@dataclass
class FacetChoices:
    """One facet of the filter panel: its values with their counts and labels, and what is chosen."""

    facet: Facet
    counts: dict
    labels: dict
    chosen: list = field(default_factory=list)  # as the query string gave them, kept across a new query

    @property
    def name(self):
        return self.facet.name

    @property
    def label(self):
        return self.facet.label

    @property
    def multiple(self):
        return self.facet.multiple

    @property
    def checked(self):
        """The chosen values as the facet's own (``online=true`` checks "yes")."""
        return [self.facet.canonical(value) for value in self.chosen]


def filter_panel(counts, values, labels):
    """Every facet of the registry, in order, for the search page's filters."""
    return [
        FacetChoices(facet, counts.get(facet.name, {}), labels[facet.name], facet.chosen(values)) for facet in FACETS
    ]
