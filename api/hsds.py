"""The catalogue as Open Referral HSDS 3.0 (``/api/hsds/v3/``), with the "Indonesia MPP" profile.

Mapping: an MPP is a ``location``, an agency an ``organization``, a service offered at an MPP's
counters a ``service`` with one ``service_at_location``; requirements are ``required_documents``,
fees ``cost_options`` in IDR, opening hours ``schedules`` (RFC 5545 weekly rules), status and
alerts ``status``/``alert``, the last review ``assured_date``. What HSDS lacks (duration, output,
legal basis, complaint channels, conditions of requirements) is in ``mpp_profile``.

Identifiers are UUIDs derived (UUID 5) from the read API's keys (``mpp-jembrana/akta-kelahiran``),
so they are the same in both languages and survive a reload of the catalogue. The objects are made
from the read API's records (``api.records``): the same rules, the same constant query count.
"""

import datetime as dt
import json
import uuid

from django.core.exceptions import ValidationError
from django.http import JsonResponse, StreamingHttpResponse
from django.utils import timezone, translation
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from wagtail.models import Page

from catalogue.models import AgencyPage, MPPLocationPage

from . import records, schemas

NAMESPACE = uuid.UUID("6f0c2b1e-4a5d-5e8f-9b1a-2c3d4e5f6a7b")
VERSION = "3.0"
PROFILE = "https://github.com/mpp-portal/hsds-indonesia-mpp-profile"
OPENAPI_URL = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json"
WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
OFFSETS = {"Asia/Jakarta": 7, "Asia/Makassar": 8, "Asia/Jayapura": 9}
CHUNK = 200  # services built per batch while streaming ndjson


def hsds_id(kind, key):
    return str(uuid.uuid5(NAMESPACE, f"{kind}:{key}"))


def clock(text, zone):
    return f"{text}+{OFFSETS.get(zone, 7):02d}:00"


def location(mpp):
    location_id = hsds_id("location", mpp["id"])
    schedules = [
        {
            "id": hsds_id("schedule", f"{mpp['id']}/{row['weekday']}/{row['opens']}"),
            "location_id": location_id,
            "freq": "WEEKLY",
            "byday": WEEKDAYS[row["weekday"]],
            "opens_at": clock(row["opens"], mpp["time_zone"]),
            "closes_at": clock(row["closes"], mpp["time_zone"]),
            "timezone": OFFSETS.get(mpp["time_zone"], 7),
        }
        for row in mpp["hours"]
    ]
    schedules += [
        {
            "id": hsds_id("schedule", f"{mpp['id']}/{row['date']}"),
            "location_id": location_id,
            "valid_from": row["date"],
            "valid_to": row["date"],
            "timezone": OFFSETS.get(mpp["time_zone"], 7),
            "description": row["reason"],
            **(
                {}
                if row["closed"]
                else {
                    "opens_at": clock(row["opens"], mpp["time_zone"]),
                    "closes_at": clock(row["closes"], mpp["time_zone"]),
                }
            ),
            "notes": _("Closed all day.") if row["closed"] else _("Other hours than usual."),
        }
        for row in mpp["exceptions"]
    ]
    contact = mpp["contact"]
    phones = [
        {"id": hsds_id("phone", f"{mpp['id']}/{kind}"), "location_id": location_id, "number": number, "type": kind}
        for kind, number in (("text", contact["phone"]), ("cell", contact["whatsapp"]))
        if number
    ]
    return {
        "id": location_id,
        "location_type": "physical",
        "url": mpp["url"],
        "name": mpp["title"],
        "description": mpp["intro"],
        "transportation": mpp["getting_there"],
        "latitude": mpp["latitude"],
        "longitude": mpp["longitude"],
        "external_identifier": mpp["key"],
        "external_identifier_type": "mpp-portal-key",
        "phones": phones,
        "schedules": schedules,
        "addresses": [
            {
                "id": hsds_id("address", mpp["id"]),
                "location_id": location_id,
                "address_1": mpp["address"],
                "city": mpp["regency"],
                "state_province": mpp["province"],
                "postal_code": "",
                "country": "ID",
                "address_type": "physical",
            }
        ],
    }


def organization(agency, mpp=None):
    contact = agency["contact"]
    data = {
        "id": hsds_id("organization", agency["id"]),
        "name": agency["title"],
        "alternate_name": agency["acronym"],
        "description": agency["description"],
        "legal_status": agency["kind"],
        "uri": agency["url"],
        "phones": [],
    }
    if contact["phone"]:
        data["phones"].append({"id": hsds_id("phone", agency["id"]), "number": contact["phone"], "type": "text"})
    if contact["email"]:
        data["email"] = contact["email"]
    if contact["website"]:
        data["website"] = contact["website"]
    if mpp is not None:
        data["locations"] = [location(mpp)]
    return data


def money(amount):
    return f"Rp {amount:,}".replace(",", ".")


def fees_description(service):
    fee = service["fee"]
    if fee["kind"] == "free":
        return _("Free of charge")
    if fee["kind"] == "varies":
        return _("Depends on your bill or assessment")
    if fee["min"] is None:
        return ""
    if fee["min"] == fee["max"]:
        return money(fee["min"])
    return f"{money(fee['min'])} – {money(fee['max'])}"


def duration(service):
    value = service["duration"]
    if value is None:
        return None
    days, minutes = divmod(value["minutes"], 24 * 60)
    hours, minutes = divmod(minutes, 60)
    time = (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "")
    iso = "P" + (f"{days}D" if days else "") + (f"T{time}" if time else "")
    return {**value, "iso8601": iso}


def service(record, agency, mpp):
    service_id = hsds_id("service", record["id"])
    documents, conditions = [], []
    for position, requirement in enumerate(record["requirements"]):
        for number, item in enumerate(requirement["documents"]):
            document_id = hsds_id("required_document", f"{record['id']}/{position}/{number}")
            text = item["name"]
            if requirement["one_of"]:
                text = _("One of: %(document)s") % {"document": text}
            if item["note"]:
                text = f"{text} ({item['note']})"
            documents.append({"id": document_id, "service_id": service_id, "document": text})
            if requirement["condition"]:
                conditions.append(
                    {
                        "required_document_id": document_id,
                        "condition": requirement["condition"]["key"],
                        "label": requirement["condition"]["label"],
                    }
                )
    costs = [
        {
            "id": hsds_id("cost_option", f"{record['id']}/{number}"),
            "service_id": service_id,
            "option": fee["purpose"],
            "currency": "IDR",
            "amount": fee["amount"],
            **({"amount_description": fee["legal_basis"]} if fee["legal_basis"] else {}),
        }
        for number, fee in enumerate(
            [*record["fee"]["fees"], *(option for choice in record["fee"]["choices"] for option in choice["options"])]
        )
    ]
    counters = ", ".join(str(counter["number"]) for counter in record["counters"])
    place = location(mpp)
    data = {
        "id": service_id,
        "organization_id": hsds_id("organization", agency["id"]),
        "name": record["title"],
        "alternate_name": "; ".join(record["other_names"]),
        "description": record["summary"],
        "url": record["url"],
        "status": "temporarily closed" if record["status"] == "temporarily_closed" else "active",
        "application_process": "\n".join(f"{n}. {step}" for n, step in enumerate(record["steps"], 1)),
        "fees_description": fees_description(record),
        "eligibility_description": record["eligibility"],
        "alert": " ".join(alert["text"] for alert in record["alerts"]),
        "required_documents": documents,
        "cost_options": costs,
        "service_at_locations": [
            {
                "id": hsds_id("service_at_location", record["id"]),
                "service_id": service_id,
                "location_id": place["id"],
                "description": _("Counter %(numbers)s") % {"numbers": counters} if counters else "",
                "location": place,
            }
        ],
        "organization": organization(agency),
        "mpp_profile": {
            "duration": duration(record),
            "output": record["output"],
            "legal_basis": record["legal_basis"],
            "complaint_channels": record["complaint_channels"],
            "conditions": conditions,
        },
    }
    if record["last_reviewed"]:
        data["assured_date"] = record["last_reviewed"]
    if record["modified"]:
        data["last_modified"] = record["modified"]
    return data


def services(rows, request, language):
    """HSDS services for service pages, with their organizations and locations, in constant queries."""
    service_rows = records.service_records(rows, request, language)
    paths = {row.path[: -Page.steplen] for row in rows} | {records.mpp_path(row) for row in rows}
    parents = list(Page.objects.filter(path__in=paths).specific())
    agencies = [page for page in parents if isinstance(page, AgencyPage)]
    mpps = [page for page in parents if isinstance(page, MPPLocationPage)]
    agency_by_id = {row["id"]: row for row in records.agency_records(agencies, request, language)}
    mpp_by_id = {row["id"]: row for row in records.mpp_records(mpps, request, language)}
    return [service(row, agency_by_id[row["agency"]], mpp_by_id[row["mpp"]]) for row in service_rows]


# --- Views -----------------------------------------------------------------------------


def parameters(request, allowed):
    """The query's values, or raise ValidationError({parameter: message})."""
    errors, values = {}, {}
    data = request.GET
    values["lang"] = data.get("lang", "id")
    if values["lang"] not in ("id", "en"):
        errors["lang"] = _("Choose id or en.")
    for name, default, top in (("page", 1, schemas.MAX_PAGE), ("per_page", schemas.DEFAULT_PAGE_SIZE, 100)):
        raw = data.get(name, str(default))
        values[name] = int(raw) if raw.isdigit() and len(raw) < 7 else None
        if values[name] is None or not 1 <= values[name] <= top:
            errors[name] = _("Enter a whole number from 1 to %(max)s.") % {"max": top}
    if "modified_after" in allowed and data.get("modified_after"):
        try:
            moment = parse_datetime(data["modified_after"])
        except ValueError:
            moment = None
        if moment is None:
            errors["modified_after"] = _("Enter a date and time in ISO 8601, for example 2026-12-01T08:00:00+07:00.")
        else:
            moment = timezone.make_aware(moment, dt.UTC) if timezone.is_naive(moment) else moment
            values["modified_after"] = moment.astimezone(dt.UTC)
    if "search" in allowed:
        values["search"] = data.get("search", "").strip()
        if len(values["search"]) > 100:
            errors["search"] = _("Search for at most 100 characters.")
    if "organization_id" in allowed and data.get("organization_id"):
        if not schemas.UUID.match(data["organization_id"]):
            errors["organization_id"] = _("An organization id is a UUID, as in /api/hsds/v3/organizations.")
        values["organization_id"] = data["organization_id"]
    if "format" in allowed:
        values["format"] = data.get("format", "json")
        if values["format"] not in ("json", "ndjson"):
            errors["format"] = _("Choose json or ndjson.")
    unknown = set(data) - set(allowed) - {"lang", "page", "per_page"}
    for name in sorted(unknown):
        errors[name] = _("This parameter is not known.")
    if errors:
        raise ValidationError({name: [message] for name, message in errors.items()})
    return values


def error_response(error):
    return JsonResponse(
        {"errors": {name: [str(m) for m in messages] for name, messages in error.message_dict.items()}}, status=400
    )


def not_found(message):
    return JsonResponse({"errors": {"id": [message]}}, status=404)


def page_envelope(queryset, values, build):
    count = queryset.count()
    size = values["per_page"]
    start = (values["page"] - 1) * size
    rows = list(queryset[start : start + size]) if start < count else []
    pages = -(-count // size)
    contents = build(rows)
    return {
        "total_items": count,
        "total_pages": pages,
        "page_number": values["page"],
        "size": len(contents),
        "first_page": values["page"] == 1,
        "last_page": values["page"] >= pages,
        "empty": not contents,
        "contents": contents,
    }


def json_response(data):
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False})


@require_GET
def root(request):
    return json_response({"version": VERSION, "profile": PROFILE, "openapi_url": OPENAPI_URL})


def agency_for(organization_id, language):
    """The agency page whose HSDS organization id is this one (ids are derived, not stored)."""
    pages = list(records.visible("agency", language).only(*records.KEY_FIELDS))
    ids = records.record_ids(pages)
    return next((page for page in pages if hsds_id("organization", ids[page.pk]) == organization_id), None)


def service_queryset(values):
    queryset = records.visible("service", values["lang"])
    if values.get("modified_after"):
        queryset = queryset.filter(last_published_at__gt=values["modified_after"])
    if values.get("search"):
        queryset = queryset.filter(title__icontains=values["search"])
    if values.get("organization_id"):
        agency = agency_for(values["organization_id"], values["lang"])
        queryset = queryset.child_of(agency) if agency is not None else queryset.none()
    return queryset.order_by("path")


@require_GET
def service_list(request):
    try:
        values = parameters(request, {"modified_after", "search", "organization_id", "format"})
    except ValidationError as error:
        return error_response(error)
    with translation.override(values["lang"]):
        queryset = service_queryset(values)
        if values["format"] == "ndjson":
            return StreamingHttpResponse(lines(queryset, values["lang"], request), content_type="application/x-ndjson")
        return json_response(page_envelope(queryset, values, lambda rows: services(rows, request, values["lang"])))


def lines(queryset, language, request=None):
    """Every service of ``queryset`` as one HSDS document a line, built in batches: constant memory."""
    with translation.override(language):
        for batch in records.chunks(queryset, size=CHUNK):
            for item in services(batch, request, language):
                yield json.dumps(item, ensure_ascii=False) + "\n"


def find_service(identifier, language):
    pages = list(records.visible("service", language).only(*records.KEY_FIELDS))
    ids = records.record_ids(pages)
    return next((page for page in pages if hsds_id("service", ids[page.pk]) == identifier), None)


@require_GET
def service_detail(request, identifier):
    try:
        values = parameters(request, set())
    except ValidationError as error:
        return error_response(error)
    with translation.override(values["lang"]):
        page = find_service(identifier, values["lang"]) if schemas.UUID.match(identifier) else None
        if page is None:
            return not_found(_("There is no service with this id."))
        return json_response(services([page], request, values["lang"])[0])


def organizations(rows, request, language):
    agencies = records.agency_records(rows, request, language)
    mpps = list(Page.objects.filter(path__in={records.mpp_path(row) for row in rows}).specific())
    by_id = {row["id"]: row for row in records.mpp_records(mpps, request, language)}
    return [organization(agency, by_id[agency["mpp"]]) for agency in agencies]


@require_GET
def organization_list(request):
    try:
        values = parameters(request, {"modified_after", "search"})
    except ValidationError as error:
        return error_response(error)
    with translation.override(values["lang"]):
        queryset = records.visible("agency", values["lang"])
        if values.get("modified_after"):
            queryset = queryset.filter(last_published_at__gt=values["modified_after"])
        if values.get("search"):
            queryset = queryset.filter(title__icontains=values["search"])
        return json_response(
            page_envelope(queryset.order_by("path"), values, lambda rows: organizations(rows, request, values["lang"]))
        )


@require_GET
def organization_detail(request, identifier):
    try:
        values = parameters(request, set())
    except ValidationError as error:
        return error_response(error)
    with translation.override(values["lang"]):
        page = agency_for(identifier, values["lang"]) if schemas.UUID.match(identifier) else None
        if page is None:
            return not_found(_("There is no organization with this id."))
        return json_response(organizations([page], request, values["lang"])[0])


@require_GET
def service_at_location_list(request):
    try:
        values = parameters(request, {"modified_after", "search", "organization_id"})
    except ValidationError as error:
        return error_response(error)
    with translation.override(values["lang"]):
        queryset = service_queryset(values)

        def build(rows):
            return [item["service_at_locations"][0] for item in services(rows, request, values["lang"])]

        return json_response(page_envelope(queryset, values, build))
