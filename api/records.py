"""The records of the read API, built for many pages at once in a constant number of queries.

Every record is in one language (the page's) and names other records by their keys: MPPs by the
Indonesian slug of the MPP page, agencies and services by ``<mpp>/<key>`` (a service's key alone
is shared by every MPP that offers it), documents by their translation key (the same in both
languages), life events and conditions by their slugs.
"""

import datetime as dt

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail.models import Page

from catalogue.blocks import raw_document_ids
from catalogue.models import (
    AgencyPage,
    Condition,
    Counter,
    Floor,
    MPPLocationPage,
    OpeningException,
    OpeningHours,
    RequirementDocument,
    ServicePage,
    alerts_in_force,
    attach_places,
)
from catalogue.models.base import source_keys
from catalogue.models.location import ZONE_LABELS
from catalogue.opening import Schedule
from catalogue.visibility import public_pages

MODELS = {"mpp": MPPLocationPage, "agency": AgencyPage, "service": ServicePage}
MPP_DEPTH = 3  # root → home → MPP (``parent_page_types`` keep every MPP there)
KEY_FIELDS = ("pk", "path", "depth", "slug", "locale_id", "translation_key")


def visible(kind, language):
    """The live, public pages of a kind in one language."""
    return public_pages(MODELS[kind].objects.filter(locale__language_code=language))


def page_keys(pages):
    """{page id: key} for pages in any language (see ``CataloguePage.key``)."""
    return source_keys(list(pages))


def chunks(queryset, field="path", size=200):
    """The rows of ``queryset`` in batches ordered by a unique ``field``, each batch one query
    (keyset pagination: no OFFSET, and memory does not grow with the catalogue)."""
    last = None
    queryset = queryset.order_by(field)
    while True:
        batch = list((queryset.filter(**{f"{field}__gt": last}) if last is not None else queryset)[:size])
        if not batch:
            return
        yield batch
        last = getattr(batch[-1], field)


def naming(field, ids):
    """Services whose requirements name one of these documents or conditions (``field``), matched
    in the stream's raw JSON as both databases print it (``"document": 12,``)."""
    alternatives = "|".join(str(pk) for pk in ids)
    return Q(requirements__regex=rf'"{field}": ({alternatives})[,}}]')


def mpp_path(page):
    """The path of the MPP a catalogue page sits under (or is): Home → MPP → agency → service."""
    return page.path[: MPP_DEPTH * Page.steplen]


def record_ids(pages):
    """{page id: API id} of MPP, agency and service pages, in two or three queries."""
    pages = list(pages)
    mpps = list(Page.objects.filter(path__in={mpp_path(page) for page in pages}).only(*KEY_FIELDS))
    keys = page_keys(pages + mpps)
    by_path = {mpp.path: keys[mpp.pk] for mpp in mpps}
    return {
        page.pk: keys[page.pk] if page.depth == MPP_DEPTH else f"{by_path[mpp_path(page)]}/{keys[page.pk]}"
        for page in pages
    }


def absolute(request, page):
    """The page's public address: on the host asked for, or the Site's own (an export has no request)."""
    if request is None:
        return page.get_full_url() or ""
    url = page.get_url(request)
    return request.build_absolute_uri(url) if url else ""


def iso(value):
    return value.isoformat() if value else None


# --- MPPs ------------------------------------------------------------------------------


def agency_keys_by_id(ids, language):
    """{agency page id, as counters store it: key} for the agencies that citizens can see in
    ``language`` (counters are facts copied from the Indonesian page, so they point at its agencies)."""
    translation_keys = dict(Page.objects.filter(pk__in=set(ids) - {None}).values_list("pk", "translation_key"))
    localized = list(
        public_pages(
            Page.objects.filter(translation_key__in=set(translation_keys.values()), locale__language_code=language)
        ).only(*KEY_FIELDS)
    )
    keys = source_keys(localized)
    by_translation = {page.translation_key: keys[page.pk] for page in localized}
    return {pk: by_translation[key] for pk, key in translation_keys.items() if key in by_translation}


def mpp_records(pages, request, language):
    pages = list(pages)
    ids = [page.pk for page in pages]
    keys = page_keys(pages)
    floors, counters, hours, exceptions = ({}, {}, {}, {})
    for floor in Floor.objects.filter(page_id__in=ids).order_by("level"):
        floors.setdefault(floor.page_id, []).append(floor)
    for counter in Counter.objects.filter(page_id__in=ids).order_by("floor_level", "number"):
        counters.setdefault(counter.page_id, []).append(counter)
    for row in OpeningHours.objects.filter(page_id__in=ids).order_by("weekday", "opens"):
        hours.setdefault(row.page_id, []).append(row)
    first = timezone.now().date() - dt.timedelta(days=1)
    for row in OpeningException.objects.filter(page_id__in=ids, date__gte=first).order_by("date"):
        exceptions.setdefault(row.page_id, []).append(row)
    agency_keys = agency_keys_by_id((c.agency_id for rows in counters.values() for c in rows), language)
    agencies = {}
    under = Q()
    for page in pages:
        under |= Q(path__startswith=page.path)
    children = AgencyPage.objects.filter(under, depth=MPP_DEPTH + 1) if pages else AgencyPage.objects.none()
    for agency in public_pages(children).only(*KEY_FIELDS):
        agencies.setdefault(agency.path[: -Page.steplen], []).append(agency)
    agency_slugs = source_keys([agency for rows in agencies.values() for agency in rows])
    records = []
    for page in pages:
        # The rows fetched above feed the page's schedule ("open now") without more queries.
        page.__dict__["schedule"] = Schedule(
            page.time_zone, hours.get(page.pk, []), exceptions.get(page.pk, []), zone_label=page.zone_label
        )
        status = page.opening_status()
        names = {floor.level: floor.name for floor in floors.get(page.pk, [])}
        key = keys[page.pk]
        records.append(
            {
                "id": key,
                "key": key,
                "lang": language,
                "title": page.title,
                "url": absolute(request, page),
                "regency": page.regency,
                "province": page.province,
                "intro": page.intro,
                "address": page.address,
                "getting_there": page.getting_there,
                "latitude": float(page.latitude),
                "longitude": float(page.longitude),
                "time_zone": page.time_zone,
                "zone": ZONE_LABELS.get(page.time_zone, page.time_zone),
                "operator": page.operator_name,
                "contact": {
                    "phone": page.phone,
                    "whatsapp": page.whatsapp,
                    "email": page.email,
                    "website": page.website,
                },
                "facilities": [
                    {"kind": block["value"].get("kind", ""), "note": block["value"].get("note", "")}
                    for block in page.facilities.raw_data
                ],
                "floors": [
                    {"level": floor.level, "name": floor.name or _("Floor %(level)s") % {"level": floor.level}}
                    for floor in floors.get(page.pk, [])
                ],
                "counters": [
                    {
                        "number": counter.number,
                        "floor_level": counter.floor_level,
                        "floor": names.get(counter.floor_level)
                        or _("Floor %(level)s") % {"level": counter.floor_level},
                        "agency": f"{key}/{agency_keys[counter.agency_id]}"
                        if counter.agency_id in agency_keys
                        else None,
                    }
                    for counter in counters.get(page.pk, [])
                ],
                "hours": [
                    {
                        "weekday": row.weekday,
                        "opens": row.opens.strftime("%H:%M"),
                        "closes": row.closes.strftime("%H:%M"),
                    }
                    for row in hours.get(page.pk, [])
                ],
                "exceptions": [
                    {
                        "date": row.date.isoformat(),
                        "closed": row.closed,
                        "opens": row.opens.strftime("%H:%M") if row.opens and not row.closed else None,
                        "closes": row.closes.strftime("%H:%M") if row.closes and not row.closed else None,
                        "reason": row.reason,
                    }
                    for row in exceptions.get(page.pk, [])
                ],
                "open_now": status.is_open,
                "agencies": sorted(f"{key}/{agency_slugs[agency.pk]}" for agency in agencies.get(page.path, [])),
                "modified": iso(page.last_published_at),
            }
        )
    return records


# --- Agencies --------------------------------------------------------------------------


def agency_records(pages, request, language):
    pages = list(pages)
    parents = {page.path: page for page in Page.objects.filter(path__in={p.path[: -Page.steplen] for p in pages})}
    keys = page_keys(pages + list(parents.values()))
    source_ids = {page.pk: page.translation_key for page in pages}
    counters = {}
    for row in (
        Counter.objects.filter(page__path__in=parents.keys(), agency__translation_key__in=source_ids.values())
        .values("page__path", "number", "floor_level", "agency__translation_key")
        .order_by("floor_level", "number")
    ):
        counters.setdefault((row["page__path"], row["agency__translation_key"]), []).append(row["number"])
    records = []
    for page in pages:
        mpp = parents[page.path[: -Page.steplen]]
        mpp_key = keys[mpp.pk]
        records.append(
            {
                "id": f"{mpp_key}/{keys[page.pk]}",
                "key": keys[page.pk],
                "lang": language,
                "mpp": mpp_key,
                "title": page.title,
                "url": absolute(request, page),
                "acronym": page.acronym,
                "kind": page.kind,
                "description": page.description,
                "office_address": page.office_address,
                "office_hours": page.office_hours,
                "contact": {"phone": page.phone, "email": page.email, "website": page.website},
                "counters": counters.get((mpp.path, page.translation_key), []),
                "modified": iso(page.last_published_at),
            }
        )
    return records


# --- Services --------------------------------------------------------------------------

OTHER_CHANNEL_FIELDS = ("name", "url", "note")


def requirement_parts(raw_block):
    """(condition id, one_of, [document entries]) of a requirement block's raw data."""
    value = raw_block["value"]
    if raw_block["type"] == "one_of":
        options = [item["value"] if "value" in item and "type" in item else item for item in value.get("options", [])]
        return value.get("condition"), True, options
    return value.get("condition"), False, [value]


def service_records(pages, request, language):
    pages = attach_places(list(pages))
    places = {page.agency.pk: page.agency for page in pages} | {page.location.pk: page.location for page in pages}
    ids = [page.pk for page in pages]
    raw_requirements = {page.pk: [requirement_parts(block) for block in page.requirements.raw_data] for page in pages}
    document_ids = {pk for page in pages for block in page.requirements.raw_data for pk in raw_document_ids(block)}
    condition_ids = {parts[0] for rows in raw_requirements.values() for parts in rows} - {None}
    producer_ids = {
        item.get("produced_by") for rows in raw_requirements.values() for parts in rows for item in parts[2]
    } - {None}
    producers = list(Page.objects.filter(pk__in=producer_ids).only(*KEY_FIELDS))
    keys = page_keys(pages + list(places.values()) + producers)
    documents = {
        row["pk"]: row
        for row in RequirementDocument.objects.filter(pk__in=document_ids - {None}).values(
            "pk", "translation_key", "name"
        )
    }
    conditions = {
        row["pk"]: row
        for row in Condition.objects.filter(pk__in=condition_ids).values("pk", "slug", "label", "question")
    }
    counters = {}
    for row in ServicePage.counters.through.objects.filter(servicepage_id__in=ids).select_related("counter"):
        counters.setdefault(row.servicepage_id, []).append(row.counter)
    floors = {
        (floor.page_id, floor.level): floor.name
        for floor in Floor.objects.filter(page_id__in={page.location.pk for page in pages})
    }
    counter_agencies = agency_keys_by_id((c.agency_id for rows in counters.values() for c in rows), language)
    events = {}
    for row in ServicePage.life_events.through.objects.filter(servicepage_id__in=ids).select_related("lifeevent"):
        events.setdefault(row.servicepage_id, []).append(row.lifeevent.slug)
    alerts = alerts_in_force(pages)
    records = []
    for page in pages:
        mpp_key = keys[page.location.pk]
        always, choices = page.fee_parts()
        span = page.fee_range()
        page_alerts = alerts.get(page.pk, [])
        records.append(
            {
                "id": f"{mpp_key}/{keys[page.pk]}",
                "key": keys[page.pk],
                "lang": language,
                "mpp": mpp_key,
                "agency": f"{mpp_key}/{keys[page.agency.pk]}",
                "title": page.title,
                "url": absolute(request, page),
                "summary": page.summary,
                "other_names": page.alternative_name_list(),
                "eligibility": page.eligibility,
                "not_eligible": page.not_eligible,
                "requirements": [
                    {
                        "condition": condition_json(conditions.get(condition)),
                        "one_of": one_of,
                        "documents": [
                            {
                                "document": str(documents[item["document"]]["translation_key"])
                                if item.get("document") in documents
                                else None,
                                "name": documents[item["document"]]["name"]
                                if item.get("document") in documents
                                else "",
                                "quantity": item.get("quantity") or 1,
                                "form": item.get("form") or "copy",
                                "note": item.get("note") or "",
                                "produced_by": producer_key(item.get("produced_by"), keys, mpp_key),
                            }
                            for item in items
                        ],
                    }
                    for condition, one_of, items in raw_requirements[page.pk]
                ],
                "steps": [block["value"].get("text", "") for block in page.procedure.raw_data],
                "duration": {
                    "value": page.duration_value,
                    "unit": page.duration_unit,
                    "minutes": page.duration_minutes,
                    "text": page.duration_text,
                }
                if page.duration_minutes is not None
                else None,
                "fee": {
                    "kind": page.fee_kind or None,
                    "currency": "IDR",
                    "min": span[0] if span else None,
                    "max": span[1] if span else None,
                    "fees": [fee_json(fee) for fee in always],
                    "choices": [
                        {"label": choice["label"], "options": [fee_json(option) for option in choice["options"]]}
                        for choice in choices
                    ],
                },
                "output": page.output,
                "complaint_channels": [
                    {
                        "kind": block["value"].get("kind", ""),
                        "value": block["value"].get("value") or "",
                        "place": block["value"].get("place") or "",
                        "note": block["value"].get("note") or "",
                    }
                    for block in page.complaint_channels.raw_data
                ],
                "legal_basis": [
                    {"title": block["value"].get("title", ""), "url": block["value"].get("url") or ""}
                    for block in page.legal_basis.raw_data
                ],
                "counters": [
                    {
                        "number": counter.number,
                        "floor_level": counter.floor_level,
                        "floor": floors.get((page.location.pk, counter.floor_level))
                        or _("Floor %(level)s") % {"level": counter.floor_level},
                        "agency": f"{mpp_key}/{counter_agencies[counter.agency_id]}"
                        if counter.agency_id in counter_agencies
                        else None,
                    }
                    for counter in sorted(counters.get(page.pk, []), key=lambda c: (c.floor_level, c.number))
                ],
                "other_channels": [
                    {"kind": block["type"], **{name: block["value"].get(name) or "" for name in OTHER_CHANNEL_FIELDS}}
                    for block in page.other_channels.raw_data
                ],
                "online": page.is_online,
                "life_events": sorted(events.get(page.pk, [])),
                "status": "temporarily_closed" if any(a.kind == "closed" for a in page_alerts) else "active",
                "alerts": [alert.as_json() for alert in page_alerts],
                "last_reviewed": iso(page.last_reviewed),
                "reviewed_by": page.reviewed_by,
                "modified": iso(page.last_published_at),
            }
        )
    return records


def condition_json(row):
    if row is None:
        return None
    return {"key": row["slug"], "label": row["label"], "question": row["question"]}


def producer_key(page_id, keys, mpp_key):
    """The service that issues a document, as a service id at the same MPP."""
    return f"{mpp_key}/{keys[page_id]}" if page_id in keys else None


def fee_json(fee):
    return {"amount": fee["amount"], "purpose": fee["purpose"], "legal_basis": fee.get("legal_basis") or ""}


# --- Snippets --------------------------------------------------------------------------


def document_records(documents, language):
    documents = list(documents)
    condition_ids = {
        block["value"].get("condition") for document in documents for block in document.issuers.raw_data
    } - {None}
    conditions = {
        row["pk"]: row
        for row in Condition.objects.filter(pk__in=condition_ids).values("pk", "slug", "label", "question")
    }
    return [
        {
            "id": str(document.translation_key),
            "lang": language,
            "name": document.name,
            "other_names": [line.strip() for line in document.alternative_names.splitlines() if line.strip()],
            "description": document.description,
            "issued_by": [
                {
                    "kind": block["type"],
                    "service": block["value"].get("key") or None if block["type"] == "service" else None,
                    "name": block["value"].get("name") or "",
                    "note": block["value"].get("note") or "",
                    "condition": condition_json(conditions.get(block["value"].get("condition"))),
                }
                for block in document.issuers.raw_data
            ],
        }
        for document in documents
    ]


def life_event_records(events, language):
    return [
        {
            "id": event.slug,
            "key": event.slug,
            "lang": language,
            "name": event.name,
            "description": event.description,
            "sort_order": event.sort_order,
            "steps": [
                {
                    "title": block["value"].get("title", ""),
                    "services": list(block["value"].get("services") or []),
                    "note": block["value"].get("note") or "",
                }
                for block in event.steps.raw_data
            ],
        }
        for event in events
    ]
