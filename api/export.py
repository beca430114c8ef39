"""The whole public catalogue as the read API's records in one JSON document, streamed in constant
memory (``manage.py export_catalogue --format json``; HSDS ndjson is ``api.hsds.lines``)."""

import json

from django.utils import translation

from ninja.responses import NinjaJSONEncoder

from catalogue.models import LifeEvent, RequirementDocument

from . import records, schemas
from .records import chunks

CHUNK = 200  # records built per query batch


def json_document(language, request=None):
    """``{"lang", "mpps", "agencies", "services", "documents", "life_events"}``, written piece by piece."""
    sections = [
        ("mpps", records.visible("mpp", language), "path", records.mpp_records, schemas.MPP),
        ("agencies", records.visible("agency", language), "path", records.agency_records, schemas.Agency),
        ("services", records.visible("service", language), "path", records.service_records, schemas.Service),
    ]
    with translation.override(language):
        yield "{" + json.dumps("lang") + ": " + json.dumps(language)
        for name, queryset, field, build, schema in sections:
            items = (item for batch in chunks(queryset, field, CHUNK) for item in build(batch, request, language))
            yield from array(name, items, schema)
        documents = RequirementDocument.objects.filter(locale__language_code=language)
        items = (item for batch in chunks(documents, "pk", CHUNK) for item in records.document_records(batch, language))
        yield from array("documents", items, schemas.Document)
        events = LifeEvent.objects.filter(locale__language_code=language)
        items = (item for batch in chunks(events, "pk", CHUNK) for item in records.life_event_records(batch, language))
        yield from array("life_events", items, schemas.LifeEvent)
        yield "}\n"


def array(name, items, schema):
    """A JSON array written item by item, each record as the API writes it (through its schema)."""
    yield ", " + json.dumps(name) + ": ["
    for number, item in enumerate(items):
        text = json.dumps(schema.model_validate(item).model_dump(), cls=NinjaJSONEncoder, ensure_ascii=False)
        yield ("" if number == 0 else ", ") + text
    yield "]"
