"""Demo catalogue: five MPPs of the source articles, their agencies and services.

The data lives in plain Python modules so that it can carry comments and be
checked by the linters. ``load_demo`` turns it into Wagtail pages (Indonesian
source) and translates them to English through wagtail-localize, the same
path an editor's translation takes.

Bilingual text is always a ``{"id": ..., "en": ...}`` dict (``T`` below).

Schema of a service (``SERVICES`` lists in ``services_*.py``)::

    {
        "slug": "perekaman-ktp-el",          # URL contract, Indonesian slug
        "agency": "dukcapil",                # key in agencies.AGENCIES
        "title": T,
        "summary": T,                        # one or two sentences, plain
        "alternative_names": {"id": [str], "en": [str]},  # what citizens type
        "eligibility": T,                    # who can apply
        "not_eligible": T | None,            # who cannot / when not to use it
        "requirements": [
            {"document": "kk",               # key in documents.DOCUMENTS
             "quantity": 1,                  # >= 1
             "form": "copy",                 # original | copy | original_and_copy | show_original
             "note": T | None,
             "condition": "kk-hilang"},      # optional: key in conditions.CONDITIONS
            {"one_of": [requirement, ...],   # any one of these documents
             "condition": ...},
        ],
        "steps": [T, ...],                   # ordered procedure
        "duration": {"value": 1, "unit": "working_days"},  # minutes | hours | days | working_days
        "fees": [                            # [] means free of charge
            {"amount": 75000, "purpose": T, "legal_basis": T},   # paid by every applicant
            {"choice": T, "options": [fee, fee, ...]},           # the applicant pays one of them
        ],
        "fee_kind": "varies",                # optional: an amount on the citizen's own tax bill
        "output": T,                         # what the citizen leaves with
        "legal_basis": [T, ...],
        "channels": [                        # other ways besides the MPP counter
            {"kind": "online", "url": "https://...", "name": T, "note": T | None},
            {"kind": "agency_office", "note": T | None},
            {"kind": "kecamatan", "note": T | None},
        ],
        "complaints": [                      # in addition to the MPP's own desk
            {"kind": "lapor" | "phone" | "whatsapp" | "email" | "website",
             "value": str, "note": T | None},
            {"kind": "in_person", "place": T, "note": T | None},   # where to go: prose, translated
        ],
        "life_events": ["kelahiran", ...],   # keys in life_events.LIFE_EVENTS
    }
"""
