"""No dead ends: where a citizen goes for a service their MPP does not offer.

``not_here(location, keys)`` answers, for each service key not offered at ``location``
(an MPP page in the language to show): first what the MPP's reviewers recorded (the
agency's own office in the regency, online channels; ``ServiceElsewhere``), then the
nearest MPPs that offer it, by distance from the MPP. Search, service pages, plans and
both APIs show the same answer; ``as_json`` is its API form.
"""

import math

from wagtail.models import Locale, Page

from catalogue.models import MPPLocationPage, ServicePage, attach_places

NEAREST = 3


def distance_km(a, b):
    """Great-circle distance between two places, MPPs or ``(latitude, longitude)``, in whole kilometres."""
    a, b = (place if isinstance(place, tuple) else (place.latitude, place.longitude) for place in (a, b))
    lat1, lon1, lat2, lon2 = map(math.radians, map(float, (*a, *b)))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return round(2 * 6371 * math.asin(math.sqrt(h)))


def offered_at(location, keys):
    """The keys among ``keys`` that are live services at ``location`` (in any language)."""
    source = location.source_page
    pages = ServicePage.objects.live().public().descendant_of(source).filter(slug__in=keys)
    return set(pages.values_list("slug", flat=True))


def not_here(location, keys, request=None, nearest=NEAREST):
    """[{key, title, lang, mpp, options: [...]}] for the catalogue services in ``keys`` not at ``location``.

    ``lang`` is set when the title is shown in another language than the page (no
    translation yet). Options are dicts with ``kind`` ("office", "online" or "mpp"),
    ``name``, ``address``, ``hours``, ``phone``, ``url``, ``map_url``, ``note`` and, for an
    MPP, ``distance_km``. Unknown keys are left out.

    The nearest MPPs are chosen from the coordinates alone; only the pages shown are loaded
    (a service of a national catalogue is offered at hundreds of MPPs).
    """
    keys = [key for key in dict.fromkeys(keys) if key]
    missing = [key for key in keys if key not in offered_at(location, keys)]
    if not missing:
        return []
    default = Locale.get_default()
    offers = {}  # key → [(page id, path of its MPP)], in tree order
    rows = ServicePage.objects.live().public().filter(slug__in=missing, locale=default).order_by("path")
    for key, pk, path in rows.values_list("slug", "pk", "path"):
        offers.setdefault(key, []).append((pk, path[: -2 * Page.steplen]))
    if not offers:
        return []
    offering = MPPLocationPage.objects.filter(path__in={mpp for rows in offers.values() for _pk, mpp in rows})
    places = {path: (lat, lon) for path, lat, lon in offering.values_list("path", "latitude", "longitude")}
    here = (location.latitude, location.longitude)
    chosen = {}  # key → [page ids]: the first offer (it names the service), then the nearest
    for key, rows in offers.items():
        by_distance = sorted(rows, key=lambda row: distance_km(here, places[row[1]]))[:nearest]
        chosen[key] = [rows[0][0]] + [pk for pk, _mpp in by_distance]
    pages = {
        page.pk: page
        for page in ServicePage.objects.filter(
            pk__in={pk for pks in chosen.values() for pk in pks}
        ).defer_streamfields()
    }
    localized = localize(list(pages.values()), location.locale_id)
    shown = attach_places([localized.get(pk, page) for pk, page in pages.items()])
    shown = {pk: page for pk, page in zip(pages, shown, strict=True)}
    mpps = {
        page.translation_key: page
        for page in MPPLocationPage.objects.live().filter(
            locale_id=location.locale_id, translation_key__in={page.location.translation_key for page in shown.values()}
        )
    }
    recorded = {}
    for row in location.elsewhere.filter(service_key__in=list(offers)).order_by("sort_order"):
        recorded.setdefault(row.service_key, []).append(row)
    answers = []
    for key in missing:
        if key not in offers:
            continue
        first = shown[chosen[key][0]]
        answers.append(
            {
                "key": key,
                "title": first.title,
                "lang": first.locale.language_code if first.locale_id != location.locale_id else "",
                "mpp": location.title,
                "options": [recorded_option(row) for row in recorded.get(key, [])]
                + nearest_mpps(location, [shown[pk] for pk in chosen[key][1:]], mpps, request),
            }
        )
    return answers


def localize(pages, locale_id):
    """{source page id: its live translation in ``locale_id``} for many pages, in one query."""
    by_key = {page.translation_key: page.pk for page in pages}
    translated = ServicePage.objects.live().public().filter(translation_key__in=by_key, locale_id=locale_id)
    return {by_key[page.translation_key]: page for page in translated}


def recorded_option(row):
    return {
        "kind": row.kind,
        "name": row.name,
        "address": row.address,
        "hours": row.hours,
        "phone": row.phone,
        "url": row.url,
        "map_url": row.map_url,
        "note": row.note,
    }


def nearest_mpps(location, services, mpps, request=None):
    """The MPPs that offer the service, nearest first, as options."""
    options = []
    for service in services:
        other = mpps.get(service.location.translation_key, service.location)
        options.append(
            {
                "kind": "mpp",
                "name": other.title,
                "address": other.address,
                "hours": "",
                "phone": other.phone,
                "url": service.get_url(request) or "",
                "map_url": other.map_url,
                "note": "",
                "distance_km": distance_km(location, other),
            }
        )
    return sorted(options, key=lambda option: option["distance_km"])


def as_json(answers):
    """The API form of ``not_here``: ``[{"key", "options": [{"kind", "name", "address", "url", ...}]}]``."""
    return [{"key": answer["key"], "title": answer["title"], "options": answer["options"]} for answer in answers]
