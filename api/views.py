"""The read API of the catalogue (``/api/v1/``), on django-ninja: the OpenAPI document is generated
from these functions and the schemas in ``api/schemas.py``.

Every list answers ``{"count", "next", "previous", "results"}`` in a stable order, in a constant
number of queries whatever the page size; invalid parameters answer 400 and unknown keys 404, both
as ``{"errors": {parameter: [message]}}``. Only live, public pages under live pages appear
(``catalogue.visibility.public_pages``).
"""

import datetime as dt
from urllib.parse import urlencode

from django.db.models import Q
from django.db.models.functions import Substr
from django.http import Http404
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from wagtail.models import Locale, Page

from ninja import NinjaAPI, Query, Swagger
from ninja.errors import ValidationError

from catalogue.models import AgencyPage, LifeEvent, MPPLocationPage, RequirementDocument, ServicePage

from . import records, schemas
from .models import ChangeEvent
from .schemas import Error

api = NinjaAPI(
    title="MPP Portal API",
    version="1",
    description=(
        "The public service catalogue of the Mal Pelayanan Publik portal: MPPs, agencies, services, "
        "requirement documents, life events and a change feed. Read-only, public, in Indonesian (id) "
        "and English (en). Keys are the Indonesian slugs."
    ),
    urls_namespace="catalogue_api",
    openapi_url="/openapi.json",
    docs_url="/docs/",
    # Served from our own static files (``ninja`` is an installed app); no validator badge, which
    # Swagger UI would otherwise load from a third party.
    docs=Swagger(settings={"validatorUrl": None, "tryItOutEnabled": True}),
)


def invalid_messages():
    """What each parameter accepts, in the active language (the message of a 400)."""
    return {
        "lang": _("Choose id or en."),
        "page": _("Enter a page number from 1 to %(max)s.") % {"max": schemas.MAX_PAGE},
        "page_size": _("Enter a page size from 1 to %(max)s.") % {"max": schemas.MAX_PAGE_SIZE},
        "modified_after": _("Enter a date and time in ISO 8601, for example 2026-12-01T08:00:00+07:00."),
        "mpp": _("An MPP key has only lowercase letters, digits and hyphens, for example mpp-jembrana."),
        "agency": _("An agency key has only lowercase letters, digits and hyphens, for example dukcapil."),
        "life_event": _("A life event key has only lowercase letters, digits and hyphens, for example kelahiran."),
        "fee": _("Choose free, paid or varies."),
        "online": _("Choose yes or no."),
        "document": _("A document id is a UUID, as in /api/v1/documents/."),
        "since": _("Enter the cursor of a change (a whole number, 0 for the start)."),
        "limit": _("Enter a number of changes from 1 to 1000."),
    }


@api.exception_handler(ValidationError)
def invalid_parameters(request, exc):
    with translation.override(request.GET.get("lang") if request.GET.get("lang") in ("id", "en") else "id"):
        messages = invalid_messages()
        errors = {}
        for error in exc.errors:
            location = [str(part) for part in error.get("loc", ())]
            name = location[-1] if len(location) > 1 else (location[0] if location else "query")
            if name in ("query", "filters"):
                name = "query"
            errors.setdefault(name, []).append(messages.get(name, _("This value is not valid.")))
    return api.create_response(request, {"errors": errors}, status=400)


@api.exception_handler(Http404)
def not_found(request, exc):
    return api.create_response(request, {"errors": {"key": [str(exc) or _("Not found.")]}}, status=404)


def unknown(message):
    return Http404(message)


# --- Helpers ---------------------------------------------------------------------------


def page_of(request, queryset, query, build):
    """The list envelope of one page of ``queryset`` (already ordered); ``build`` makes the records."""
    count = queryset.count()
    start = (query.page - 1) * query.page_size
    rows = list(queryset[start : start + query.page_size]) if start < count else []
    params = request.GET.copy()

    def link(number):
        params["page"] = number
        return request.build_absolute_uri(f"{request.path}?{urlencode(sorted(params.lists()), doseq=True)}")

    pages = max(1, -(-count // query.page_size))
    return {
        "count": count,
        "next": link(query.page + 1) if query.page < pages else None,
        "previous": link(min(query.page - 1, pages)) if query.page > 1 else None,
        "results": build(rows),
    }


def localized(model, language, key):
    """The translation keys of the source-language pages or snippets with this key (slug)."""
    return model.objects.filter(locale=Locale.get_default(), slug=key).values("translation_key")


def parent_paths(model, language, key):
    """The paths of the pages of ``model`` in ``language`` whose key is ``key``."""
    return model.objects.filter(
        locale__language_code=language, translation_key__in=localized(model, language, key)
    ).values("path")


def at_depth(queryset, depth):
    """Annotate each page's ancestor path at ``depth`` (the MPP or the agency it sits under)."""
    return queryset.annotate(**{f"ancestor_{depth}": Substr("path", 1, depth * Page.steplen)})


def modified_after(queryset, query):
    """Pages published after ``modified_after``: a moment without a zone is UTC, and any offset ISO
    8601 allows (PostgreSQL refuses some, such as +17:55) is taken to UTC first."""
    moment = query.modified_after
    if moment is None:
        return queryset
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment, dt.UTC)
    return queryset.filter(last_published_at__gt=moment.astimezone(dt.UTC))


def mpp_page(language, key):
    page = (
        records.visible("mpp", language).filter(translation_key__in=localized(MPPLocationPage, language, key)).first()
    )
    if page is None:
        raise unknown(_("There is no MPP with this key."))
    return page


# --- MPPs ------------------------------------------------------------------------------


@api.get("/mpps/", response={200: schemas.envelope(schemas.MPP), 400: Error}, tags=["MPPs"], url_name="mpps")
def list_mpps(request, query: Query[schemas.PageQuery]):
    """Every MPP: address, coordinates, time zone, contact, facilities, floors, counters with their
    agency, weekly hours, dated exceptions, whether it is open now, and its agencies."""
    with translation.override(query.lang):
        queryset = modified_after(records.visible("mpp", query.lang), query).order_by("slug", "path")
        return page_of(request, queryset, query, lambda rows: records.mpp_records(rows, request, query.lang))


@api.get("/mpps/{key}/", response={200: schemas.MPP, 400: Error, 404: Error}, tags=["MPPs"], url_name="mpp")
def get_mpp(request, key: str, query: Query[schemas.LanguageQuery]):
    """One MPP by its key (``mpp-jembrana``)."""
    with translation.override(query.lang):
        return records.mpp_records([mpp_page(query.lang, key)], request, query.lang)[0]


# --- Agencies --------------------------------------------------------------------------


@api.get(
    "/agencies/", response={200: schemas.envelope(schemas.Agency), 400: Error}, tags=["Agencies"], url_name="agencies"
)
def list_agencies(request, query: Query[schemas.AgencyQuery]):
    """The agencies of every MPP (or of ``mpp``), each with its counters there."""
    with translation.override(query.lang):
        queryset = modified_after(records.visible("agency", query.lang), query)
        if query.mpp:
            queryset = at_depth(queryset, records.MPP_DEPTH).filter(
                ancestor_3__in=parent_paths(MPPLocationPage, query.lang, query.mpp)
            )
        queryset = queryset.order_by("path")
        return page_of(request, queryset, query, lambda rows: records.agency_records(rows, request, query.lang))


@api.get(
    "/agencies/{mpp}/{key}/",
    response={200: schemas.Agency, 400: Error, 404: Error},
    tags=["Agencies"],
    url_name="agency",
)
def get_agency(request, mpp: str, key: str, query: Query[schemas.LanguageQuery]):
    """One agency at one MPP (``mpp-jembrana/dukcapil``)."""
    with translation.override(query.lang):
        location = mpp_page(query.lang, mpp)
        page = (
            records.visible("agency", query.lang)
            .child_of(location)
            .filter(
                translation_key__in=AgencyPage.objects.filter(locale=Locale.get_default(), slug=key).values(
                    "translation_key"
                )
            )
            .first()
        )
        if page is None:
            raise unknown(_("There is no agency with this key at this MPP."))
        return records.agency_records([page], request, query.lang)[0]


# --- Services --------------------------------------------------------------------------


def service_queryset(query):
    queryset = modified_after(records.visible("service", query.lang), query)
    if query.mpp:
        queryset = at_depth(queryset, records.MPP_DEPTH).filter(
            ancestor_3__in=parent_paths(MPPLocationPage, query.lang, query.mpp)
        )
    if query.agency:
        queryset = at_depth(queryset, records.MPP_DEPTH + 1).filter(
            ancestor_4__in=parent_paths(AgencyPage, query.lang, query.agency)
        )
    if query.life_event:
        queryset = queryset.filter(
            pk__in=ServicePage.life_events.through.objects.filter(lifeevent__slug=query.life_event).values(
                "servicepage_id"
            )
        )
    if query.fee:
        queryset = queryset.filter(fee_kind=query.fee)
    if query.online:
        # The channels' raw JSON as both databases print it: {"type": "online", ...}.
        online = Q(other_channels__icontains='"type": "online"')
        queryset = queryset.filter(online) if query.online == "yes" else queryset.exclude(online)
    if query.document:
        ids = list(RequirementDocument.objects.filter(translation_key=query.document).values_list("pk", flat=True))
        if not ids:
            return queryset.none()
        queryset = queryset.filter(records.naming("document", ids))
    return queryset.order_by("path")


@api.get(
    "/services/", response={200: schemas.envelope(schemas.Service), 400: Error}, tags=["Services"], url_name="services"
)
def list_services(request, query: Query[schemas.ServiceQuery]):
    """Services at every MPP, with every component of the service standard. Filters: ``mpp``,
    ``agency``, ``life_event``, ``fee``, ``online``, ``document`` ("which services need a KK?") and
    ``modified_after``."""
    with translation.override(query.lang):
        queryset = service_queryset(query)
        return page_of(request, queryset, query, lambda rows: records.service_records(rows, request, query.lang))


@api.get(
    "/services/{mpp}/{key}/",
    response={200: schemas.Service, 400: Error, 404: Error},
    tags=["Services"],
    url_name="service",
)
def get_service(request, mpp: str, key: str, query: Query[schemas.LanguageQuery]):
    """One service at one MPP (``mpp-jembrana/akta-kelahiran``)."""
    with translation.override(query.lang):
        location = mpp_page(query.lang, mpp)
        page = (
            records.visible("service", query.lang)
            .descendant_of(location)
            .filter(
                translation_key__in=ServicePage.objects.filter(locale=Locale.get_default(), slug=key).values(
                    "translation_key"
                )
            )
            .order_by("path")
            .first()
        )
        if page is None:
            raise unknown(_("There is no service with this key at this MPP."))
        return records.service_records([page], request, query.lang)[0]


# --- Requirement documents and life events --------------------------------------------


@api.get(
    "/documents/",
    response={200: schemas.envelope(schemas.Document), 400: Error},
    tags=["Requirement documents"],
    url_name="documents",
)
def list_documents(request, query: Query[schemas.ListQuery]):
    """The kinds of documents citizens bring (KTP-el, Kartu Keluarga, ...) and who issues them."""
    with translation.override(query.lang):
        queryset = RequirementDocument.objects.filter(locale__language_code=query.lang).order_by("translation_key")
        return page_of(request, queryset, query, lambda rows: records.document_records(rows, query.lang))


@api.get(
    "/documents/{id}/",
    response={200: schemas.Document, 400: Error, 404: Error},
    tags=["Requirement documents"],
    url_name="document",
)
def get_document(request, id: str, query: Query[schemas.LanguageQuery]):
    """One requirement document by its id."""
    with translation.override(query.lang):
        document = None
        if schemas.UUID.match(id):
            document = RequirementDocument.objects.filter(locale__language_code=query.lang, translation_key=id).first()
        if document is None:
            raise unknown(_("There is no requirement document with this id."))
        return records.document_records([document], query.lang)[0]


@api.get(
    "/life-events/",
    response={200: schemas.envelope(schemas.LifeEvent), 400: Error},
    tags=["Life events"],
    url_name="life_events",
)
def list_life_events(request, query: Query[schemas.ListQuery]):
    """Life events (having a baby, starting a business) with their steps and services."""
    with translation.override(query.lang):
        queryset = LifeEvent.objects.filter(locale__language_code=query.lang).order_by("sort_order", "slug")
        return page_of(request, queryset, query, lambda rows: records.life_event_records(rows, query.lang))


@api.get(
    "/life-events/{key}/",
    response={200: schemas.LifeEvent, 400: Error, 404: Error},
    tags=["Life events"],
    url_name="life_event",
)
def get_life_event(request, key: str, query: Query[schemas.LanguageQuery]):
    """One life event by its key (``kelahiran``)."""
    with translation.override(query.lang):
        event = LifeEvent.objects.filter(locale__language_code=query.lang, slug=key).first()
        if event is None:
            raise unknown(_("There is no life event with this key."))
        return records.life_event_records([event], query.lang)[0]


# --- Change feed -----------------------------------------------------------------------

DETAIL = {
    "mpp": "mpps/{id}/",
    "agency": "agencies/{id}/",
    "service": "services/{id}/",
    "document": "documents/{id}/",
    "life_event": "life-events/{id}/",
}


@api.get("/changes/", response={200: schemas.Changes, 400: Error}, tags=["Change feed"], url_name="changes")
def list_changes(request, query: Query[schemas.ChangesQuery]):
    """Every public change after the cursor ``since``, oldest first: a record ``created``,
    ``updated`` (fetch its ``url``) or ``removed`` (unpublished, deleted or moved out; a move
    removes the old id and creates the new one). Ask again with ``since=<next>`` until ``more`` is
    false."""
    changes = ChangeEvent.objects.filter(id__gt=query.since).order_by("id")
    if query.lang:
        changes = changes.filter(language=query.lang)
    rows = list(changes[: query.limit + 1])
    more = len(rows) > query.limit
    rows = rows[: query.limit]
    base = request.build_absolute_uri("/api/v1/")
    return {
        "changes": [
            {
                "cursor": row.id,
                "type": row.kind,
                "id": row.record_id,
                "lang": row.language,
                "action": row.action,
                "at": row.at,
                "url": None
                if row.action == "removed"
                else f"{base}{DETAIL[row.kind].format(id=row.record_id)}?lang={row.language}",
            }
            for row in rows
        ],
        "next": rows[-1].id if rows else query.since,
        "more": more,
    }
