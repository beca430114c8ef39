"""The facets citizens filter by, defined once for both engines.

Each facet turns an indexed document into the values it counts under, and a
filter keeps documents with one of the chosen values.
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
        if minutes >= low and (high is None or minutes <= high):
            return key
    return None


def fee_value(fee_free):
    return {True: "free", False: "paid"}.get(fee_free)


FACETS = ["mpp", "agency", "category", "fee", "online", "duration"]


def values_of(doc):
    """Facet values of one document (a mapping with the SearchDocument fields)."""
    return {
        "mpp": [doc["mpp"]],
        "agency": [doc["agency"]],
        "category": doc["categories"].split() if doc["categories"] else [],
        "fee": [fee_value(doc["fee_free"])] if doc["fee_free"] is not None else [],
        "online": ["yes"] if doc["online"] else ["no"],
        "duration": [band] if (band := duration_band(doc["duration_minutes"])) else [],
    }
