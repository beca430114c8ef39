"""schema.org structured data for service and MPP pages.

GovernmentService for a service (with its agency as provider, the DPMPTSP as
operator and the MPP counter as a channel) and GovernmentOffice for an MPP.
"""

from django.utils import timezone
from django.utils.translation import gettext as _

DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _hhmm(value):
    return value.strftime("%H:%M")


def opening_hours_specification(location, today=None):
    specs = [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": f"https://schema.org/{DAY_NAMES[row.weekday]}",
            "opens": _hhmm(row.opens),
            "closes": _hhmm(row.closes),
        }
        for row in location.opening_hours.all()
    ]
    today = today or timezone.localdate(timezone=location.schedule.zone)
    for exception in location.opening_exceptions.all():
        if exception.date < today:
            continue
        closed = exception.closed
        specs.append(
            {
                "@type": "OpeningHoursSpecification",
                "validFrom": exception.date.isoformat(),
                "validThrough": exception.date.isoformat(),
                "opens": "00:00" if closed else _hhmm(exception.opens),
                "closes": "00:00" if closed else _hhmm(exception.closes),
                "description": exception.reason,
            }
        )
    return specs


def government_office(location, request=None):
    data = {
        "@context": "https://schema.org",
        "@type": "GovernmentOffice",
        "@id": location.get_full_url(request) + "#office",
        "name": location.title,
        "description": location.intro,
        "url": location.get_full_url(request),
        "inLanguage": location.locale.language_code,
        "address": {
            "@type": "PostalAddress",
            "streetAddress": location.address,
            "addressLocality": location.regency,
            "addressRegion": location.province,
            "addressCountry": "ID",
        },
        "geo": {
            "@type": "GeoCoordinates",
            "latitude": float(location.latitude),
            "longitude": float(location.longitude),
        },
        "hasMap": location.map_url,
        "openingHoursSpecification": opening_hours_specification(location),
        "parentOrganization": {"@type": "GovernmentOrganization", "name": location.operator_name},
    }
    if location.phone:
        data["telephone"] = location.phone
    if location.email:
        data["email"] = location.email
    return data


def government_service(service, request=None, counters=None):
    """``counters``: the service's counters as ``describe_counters`` gives them, if already known."""
    location = service.location
    agency = service.agency
    office = government_office(location, request)
    office.pop("@context")
    office.pop("openingHoursSpecification")
    if counters is None:
        counters = location.describe_counters(service.counters.all())
    channels = []
    if counters:
        counter_channel = {
            "@type": "ServiceChannel",
            "name": location.title,
            "description": ", ".join(_("Counter %(number)s") % {"number": c["number"]} for c in counters),
            "serviceLocation": office,
            "availableLanguage": ["id"],
        }
        if service.duration_iso:
            counter_channel["processingTime"] = service.duration_iso
        channels.append(counter_channel)
    for block in service.other_channels:
        if block.block_type == "online":
            channels.append(
                {
                    "@type": "ServiceChannel",
                    "name": block.value["name"],
                    "serviceUrl": block.value["url"],
                }
            )
    data = {
        "@context": "https://schema.org",
        "@type": "GovernmentService",
        "name": service.title,
        "description": service.summary,
        "url": service.get_full_url(request),
        "inLanguage": service.locale.language_code,
        "provider": {
            "@type": "GovernmentOrganization",
            "name": agency.title,
            "alternateName": agency.acronym,
            "url": agency.get_full_url(request),
        },
        "serviceOperator": {"@type": "GovernmentOrganization", "name": location.operator_name},
        "areaServed": {"@type": "AdministrativeArea", "name": location.regency},
        "availableChannel": channels,
        "hoursAvailable": opening_hours_specification(location),
        "serviceOutput": service.output,
    }
    alternative_names = service.alternative_name_list()
    if alternative_names:
        data["alternateName"] = alternative_names
    # One offer per fee and per option of a choice (SIM A or SIM C), so no total is given.
    if service.fee_kind == "free":
        data["offers"] = [{"@type": "Offer", "price": 0, "priceCurrency": "IDR"}]
    elif service.fee_kind == "paid":
        always, choices = service.fee_parts()
        data["offers"] = [
            {"@type": "Offer", "price": fee["amount"], "priceCurrency": "IDR", "description": fee["purpose"]}
            for fee in [*always, *(option for choice in choices for option in choice["options"])]
        ]
    if service.last_reviewed:
        data["dateModified"] = service.last_reviewed.isoformat()
    return data
