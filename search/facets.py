"""The facets citizens filter by: each declared once, in ``FACETS``.

A ``Facet`` holds everything about one filter: its name in the query string (and
in the API's ``facets``), its label, whether several values may be chosen, its
values and their labels, the ``SearchDocument`` column it reads, how indexing
fills that column from a page, and how the column's raw value becomes the values
the facet counts under. The FilterSet, both engines (filters and counts), the
Elasticsearch mapping, the view's labels and the filter panel are all made from
``FACETS``.

Adding a facet is one entry here. A facet that needs a column the index does not
have yet also needs that column on ``SearchDocument`` (and in
``MATCH_INDEX_COLUMNS``) with its migration; a new kind of column (beyond ``Slug``,
``Slugs``, ``Flag`` and ``Bands``) also needs its SQL in ``EmbeddedEngine.condition``.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

from catalogue import languages
from catalogue.models import AgencyPage, LifeEvent, MPPLocationPage
from catalogue.models.service import FEE_KINDS

# --- How a column's raw value becomes a facet's values ----------------------------


def as_bool(raw):
    """A boolean column as it comes back from the ORM, SQLite (1/0, "1"/"0") or PostgreSQL ("true")."""
    if raw is None:
        return None
    if isinstance(raw, str):
        return raw.lower() in ("1", "true", "t")
    return bool(raw)


class Slug:
    """The column holds one value (a slug)."""

    def values(self, raw):
        return [raw]


class Slugs:
    """The column holds several values, separated by spaces."""

    def values(self, raw):
        return raw.split() if raw else []


class Flag:
    """A yes/no column: ``(value, label)`` for true and for false; no value while unknown."""

    def __init__(self, true, false):
        self.choices = [true, false]
        self.stored = {true[0]: True, false[0]: False}

    def values(self, raw):
        flag = as_bool(raw)
        return [value for value, stored in self.stored.items() if stored is flag]


class Bands:
    """A number, counted under the band it falls in: ``[(value, label, lowest, highest or None)]``."""

    def __init__(self, bands):
        self.bands = bands
        self.choices = [(value, label) for value, label, _low, _high in bands]
        self.ranges = {value: (low, high) for value, _label, low, high in bands}

    def band(self, number):
        if number is None:
            return None
        for value, (low, high) in self.ranges.items():
            if int(number) >= low and (high is None or int(number) <= high):
                return value
        return None

    def values(self, raw):
        band = self.band(raw)
        return [band] if band else []


# --- The facet ------------------------------------------------------------------


@dataclass(frozen=True)
class Facet:
    name: str
    """The query-string parameter, the key in the API's ``facets``, and the filter panel's field."""
    label: str
    column: str
    """The ``SearchDocument`` column the facet reads (also stored in Elasticsearch)."""
    read: Callable
    """``read(page, lookups)``: the column's value for a service page (``lookups``: ``indexing.Lookups``)."""
    kind: object
    """How the column's raw value becomes the facet's values: ``Slug``, ``Slugs``, ``Flag`` or ``Bands``
    (the last two also give the fixed values and their labels)."""
    multiple: bool = False
    """Several values may be chosen (check boxes), or one (radio buttons)."""
    aliases: dict = field(default_factory=dict)
    """Other spellings accepted in the query string, and the value each stands for."""
    catalogue: "CatalogueValues | None" = None
    """Where values kept in the database come from (MPPs, agencies, life events), instead of fixed choices."""

    @property
    def choices(self):
        """``(value, label)`` of a facet with fixed values (its kind's); empty when they come from the catalogue."""
        return getattr(self.kind, "choices", [])

    @property
    def es_field(self):
        """The Elasticsearch keyword field with the facet's values."""
        return f"facet_{self.name}"

    def values(self, raw):
        """The values one document counts under, from the raw value of its column."""
        return self.kind.values(raw)

    def accepted(self):
        """``(value, label)`` of a facet with fixed values that the query string may give, aliases included
        (the FilterSet's choices). A catalogue facet has no such list: see ``known``."""
        labels = dict(self.choices)
        return [*self.choices, *((alias, labels[value]) for alias, value in self.aliases.items())]

    def known(self, given):
        """The values among ``given`` that the query string may give: fixed ones, or in the catalogue
        (one query for just these values, never a list of the whole catalogue)."""
        if self.catalogue is not None:
            return self.catalogue.existing(given)
        return {value for value, _label in self.accepted()} & set(given)

    def chosen(self, values):
        """The values chosen for this facet among the valid parameters, as given (a list, empty if none)."""
        given = values.get(self.name)
        if not given:
            return []
        return list(given) if self.multiple else [given]

    def canonical(self, value):
        """The facet's value for what the query string gave (an alias becomes its value)."""
        return self.aliases.get(value, value)

    def labels(self, language, values=None):
        """``{value: label}`` in ``language``, of ``values`` (all when None); fixed labels follow the active
        language. A page shows the labels of its results only: a catalogue has thousands of agencies."""
        if self.catalogue is not None:
            return self.catalogue.labels(language, values)
        return dict(self.choices)


@dataclass(frozen=True)
class CatalogueValues:
    """A facet's values kept in the database: the ``slug`` of a model, labelled by one of its fields."""

    model: type
    label: str

    def existing(self, values):
        """The values among ``values`` that exist, in any language (a NUL is in no slug, and PostgreSQL
        refuses it in a query)."""
        values = {value for value in values if "\x00" not in value}
        return set(self.model.objects.filter(slug__in=values).values_list("slug", flat=True)) if values else set()

    def all(self):
        return set(self.model.objects.values_list("slug", flat=True).distinct())

    @property
    def cache_prefix(self):
        return f"facet-labels:{self.model._meta.label_lower}:"

    def labels(self, language, values=None):
        """``{slug: label}`` in one language, of ``values`` (all when None). Read once for the whole catalogue
        and cached as the synonyms and places are (five minutes; forgotten when an MPP or agency is
        published or unpublished, or a life event saved, see ``search/signals.py``): a national catalogue
        repeats each agency's slug at every MPP."""
        key = self.cache_prefix + language
        labels = cache.get(key)
        if labels is None:
            labels = {}
            for slug, text in self.model.objects.filter(locale__language_code=language).values_list("slug", self.label):
                labels.setdefault(slug, text)  # the first of a slug, in the model's order, wins
            cache.set(key, labels, LABELS_CACHE_SECONDS)
        return labels if values is None else {value: labels[value] for value in values if value in labels}

    def forget(self):
        cache.delete_many([self.cache_prefix + language for language in languages.codes()])


LABELS_CACHE_SECONDS = 300


def forget_labels(**kwargs):
    """Forget the cached labels of every catalogue facet (a signal handler)."""
    for facet in FACETS:
        if facet.catalogue is not None:
            facet.catalogue.forget()


DURATION_BANDS = [
    ("same_day", _("Same day"), 0, 24 * 60),
    ("week", _("Within a week"), 24 * 60 + 1, 7 * 24 * 60),
    ("longer", _("Longer"), 7 * 24 * 60 + 1, None),
]
FEES = dict(FEE_KINDS)

FACETS = [
    Facet(
        "mpp",
        _("MPP location"),
        column="mpp",
        read=lambda page, lookups: page.location.slug,
        kind=Slug(),
        multiple=True,
        catalogue=CatalogueValues(MPPLocationPage, "title"),
    ),
    Facet(
        "agency",
        _("Agency"),
        column="agency",
        read=lambda page, lookups: page.agency.slug,
        kind=Slug(),
        multiple=True,
        catalogue=CatalogueValues(AgencyPage, "acronym"),
    ),
    Facet(
        "category",
        _("Life event"),
        column="categories",
        read=lambda page, lookups: " ".join(sorted(lookups.life_events(page))),
        kind=Slugs(),
        multiple=True,
        catalogue=CatalogueValues(LifeEvent, "name"),
    ),
    Facet(
        "fee",
        _("Cost"),
        column="fee_free",
        read=lambda page, lookups: page.fee_free,
        kind=Flag(true=("free", FEES["free"]), false=("paid", FEES["paid"])),
    ),
    Facet(
        "online",
        _("Available online"),
        column="online",
        read=lambda page, lookups: page.is_online,
        kind=Flag(true=("yes", _("Yes")), false=("no", _("No"))),
        aliases={"true": "yes", "1": "yes", "false": "no", "0": "no"},
    ),
    Facet(
        "duration",
        _("How long"),
        column="duration_minutes",
        read=lambda page, lookups: page.duration_minutes,
        kind=Bands(DURATION_BANDS),
    ),
]
BY_NAME = {facet.name: facet for facet in FACETS}


def duration_band(minutes):
    """The duration facet's value for a number of minutes, or None."""
    return BY_NAME["duration"].kind.band(minutes)
