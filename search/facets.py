"""The facets citizens filter by, defined once for both engines.

Each facet reads one column of an indexed document and turns its value into
the values the facet counts under; a filter keeps documents with one of the
chosen values.
"""

from django.utils.translation import gettext_lazy as _

DURATION_BANDS = [
    ("same_day", _("Same day"), 0, 24 * 60),
    ("week", _("Within a week"), 24 * 60 + 1, 7 * 24 * 60),
    ("longer", _("Longer"), 7 * 24 * 60 + 1, None),
]


def duration_band(minutes):
    if minutes is None:
        return None
    for key, _label, low, high in DURATION_BANDS:
        if int(minutes) >= low and (high is None or int(minutes) <= high):
            return key
    return None


def as_bool(raw):
    """A boolean column as it comes back from the ORM, SQLite (1/0, "1"/"0") or PostgreSQL ("true")."""
    if raw is None:
        return None
    if isinstance(raw, str):
        return raw.lower() in ("1", "true", "t")
    return bool(raw)


def fee_value(fee_free):
    return {True: "free", False: "paid"}.get(as_bool(fee_free))


# facet → (document column, raw column value → the facet's values)
FACET_COLUMNS = {
    "mpp": ("mpp", lambda raw: [raw]),
    "agency": ("agency", lambda raw: [raw]),
    "category": ("categories", lambda raw: raw.split() if raw else []),
    "fee": ("fee_free", lambda raw: [value] if (value := fee_value(raw)) else []),
    "online": ("online", lambda raw: ["yes"] if as_bool(raw) else ["no"]),
    "duration": ("duration_minutes", lambda raw: [band] if (band := duration_band(raw)) else []),
}
FACETS = list(FACET_COLUMNS)


def facet_values(facet, raw):
    """The values one document counts under in ``facet``, from its column's raw value."""
    return FACET_COLUMNS[facet][1](raw)


def values_of(doc):
    """Facet values of one document (a mapping with the SearchDocument fields)."""
    return {facet: facet_values(facet, doc[column]) for facet, (column, _values) in FACET_COLUMNS.items()}
