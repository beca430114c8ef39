"""The visit plan as JSON (``GET /api/v1/plan/``): the same ``VisitPlan`` the plan page shows.

Keys are the Indonesian slugs (as in the plan URL and the search API); texts are in the
language asked for.
"""

from django.utils.translation import gettext as _

from catalogue.alternatives import as_json


def document_line(line):
    """One checklist line: the document (or "one of" several), how many, originals, for which services."""
    return {
        "document": line.document.name,
        "one_of": [document.name for document in line.alternatives],
        "quantity": max(line.quantity_copy, line.quantity_original, 1),
        "copies": line.quantity_copy,
        "original": line.needs_original,
        "amount": str(line.amount_text),
        "notes": line.notes,
        "for": [service.plan_key for service in line.services],
        "issued_by": line.issued_by.key if line.issued_by is not None else None,
    }


def fee_item(row):
    return {
        "service": row["service"].plan_key,
        "kind": row["kind"] or None,
        "always": [{"amount": fee["amount"], "purpose": fee["purpose"]} for fee in row["always"]],
        "choices": [
            {
                "number": choice["number"],
                "label": choice["label"],
                "chosen": choice["chosen"],
                "options": [
                    {"number": option["number"], "amount": option["amount"], "purpose": option["purpose"]}
                    for option in choice["options"]
                ],
            }
            for choice in row["choices"]
        ],
        "min": row["range"][0] if row["range"] else None,
        "max": row["range"][1] if row["range"] else None,
        "total": row["total"],
    }


def opening(plan):
    hours = plan.day_hours()
    return {
        "closed": not hours.periods,
        "periods": [[p.opens.strftime("%H:%M"), p.closes.strftime("%H:%M")] for p in hours.periods],
        "zone": plan.mpp.zone_label,
        "reason": hours.reason,
        "warnings": [str(w) for w in plan.warnings()],
        "notes": [str(n) for n in plan.day_notes],
    }


def plan_json(plan, request):
    rows, total = plan.fees()
    return {
        "mpp": {
            "key": plan.source_mpp.slug,
            "title": plan.mpp.title,
            "address": plan.mpp.address,
            "url": request.build_absolute_uri(plan.mpp.url),
        },
        "day": plan.day.isoformat(),
        "open": opening(plan),
        "url": request.build_absolute_uri(plan.url()),
        "services": [
            {
                "key": service.plan_key,
                "title": service.title,
                "url": request.build_absolute_uri(service.url),
                "counters": plan.counter_numbers(service),
                "duration": service.duration_text or None,
                "duration_minutes": service.duration_minutes,
            }
            for service in plan.services
        ],
        "always": [document_line(line) for line in plan.checklist()],
        "conditional": [
            {
                "condition": group["condition"].slug,
                "label": group["condition"].label,
                "question": group["condition"].question,
                "items": [document_line(line) for line in group["lines"]],
            }
            for group in plan.conditional()
        ],
        "answers": plan.answers,
        "fees": {
            "min": total["min"],
            "max": total["max"],
            "exact": total["exact"],
            "open_amounts": [service.plan_key for service in total["open_amounts"]],
            "items": [fee_item(row) for row in rows],
        },
        "counters": [
            {
                "number": row["number"],
                "floor": row["floor_name"],
                "agency": row["agency"].title if row["agency"] else None,
                "services": [service.plan_key for service in row["services"]],
            }
            for row in plan.counters()
        ],
        "not_here": as_json(plan.elsewhere),  # the same answer as the page, search and the service page
        "unknown": plan.unknown,
        "ignored": plan.ignored,
    }


def invalid_parameters(query, plan_keys_pattern, variant_pattern, parse_day, today):
    """{parameter: [messages]} for values the plan API refuses (the page would leave them out)."""
    errors = {}
    if not query.get("mpp"):
        errors["mpp"] = [_("Choose an MPP by its key, for example mpp-jembrana.")]
    if not query.getlist("s"):
        errors["s"] = [_("Add at least one service key, for example s=akta-kelahiran.")]
    elif any(not plan_keys_pattern.match(key) for key in query.getlist("s")):
        errors["s"] = [_("A service key has only lowercase letters, digits and hyphens.")]
    day = query.get("day")
    if day is not None:
        parsed = parse_day(day)
        if parsed is None:
            errors["day"] = [_("Enter the day as YYYY-MM-DD.")]
        elif parsed < today:
            errors["day"] = [_("This day has already passed. Choose today or a later day.")]
    for name in ("yes", "no"):
        if any(not plan_keys_pattern.match(value) for value in query.getlist(name)):
            errors[name] = [_("An answer names a condition by its key, for example kk-hilang.")]
    if any(not variant_pattern.match(value) for value in query.getlist("v")):
        errors["v"] = [_("A choice is <service key>.<choice number>.<option number>, for example paspor-baru.1.2.")]
    return errors
