"""The shapes of the read API's parameters and records (pydantic, through django-ninja): the
OpenAPI document is generated from them, and every response is checked against them."""

import datetime as dt
import re
from typing import Literal

from ninja import Field, Schema

MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 20
MAX_PAGE = 10_000
KEY_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
UUID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
UUID = re.compile(UUID_PATTERN)
Language = Literal["id", "en"]


class Error(Schema):
    """What is wrong, by parameter: ``{"errors": {"page_size": ["..."]}}``."""

    errors: dict[str, list[str]]


# --- Parameters ------------------------------------------------------------------------


class LanguageQuery(Schema):
    lang: Language = Field("id", description="The language of the texts: id (Indonesian) or en (English).")


class ListQuery(LanguageQuery):
    page: int = Field(1, ge=1, le=MAX_PAGE, description="The page, from 1.")
    page_size: int = Field(DEFAULT_PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE, description="Records per page, at most 100.")


class PageQuery(ListQuery):
    modified_after: dt.datetime | None = Field(
        None, description="Only records published after this moment (ISO 8601, e.g. 2026-12-01T00:00:00+07:00)."
    )


class AgencyQuery(PageQuery):
    mpp: str | None = Field(None, pattern=KEY_PATTERN, max_length=100, description="Only agencies of this MPP.")


class ServiceQuery(PageQuery):
    mpp: str | None = Field(None, pattern=KEY_PATTERN, max_length=100, description="Only services at this MPP.")
    agency: str | None = Field(
        None, pattern=KEY_PATTERN, max_length=100, description="Only services of this agency (its key, e.g. dukcapil)."
    )
    life_event: str | None = Field(
        None, pattern=KEY_PATTERN, max_length=100, description="Only services of this life event."
    )
    fee: Literal["free", "paid", "varies"] | None = Field(
        None, description="free, paid, or varies (a tax on the citizen's own bill)."
    )
    online: Literal["yes", "no"] | None = Field(None, description="yes: only services that can be done online.")
    document: str | None = Field(
        None,
        pattern=UUID_PATTERN,
        description="Only services that need this requirement document (its id).",
    )


class ChangesQuery(Schema):
    since: int = Field(0, ge=0, le=2**53, description="The cursor of the last change already applied; 0 for all.")
    lang: Language | None = Field(None, description="Only changes of records in this language.")
    limit: int = Field(100, ge=1, le=1000, description="Changes per response, at most 1000.")


# --- Records ---------------------------------------------------------------------------


class Contact(Schema):
    phone: str
    email: str
    website: str


class MPPContact(Contact):
    whatsapp: str


class Facility(Schema):
    kind: str
    note: str


class Floor(Schema):
    level: int
    name: str


class Counter(Schema):
    number: int
    floor_level: int
    floor: str
    agency: str | None = Field(description="The agency staffing it, by id (<mpp>/<agency>).")


class Hours(Schema):
    weekday: int = Field(ge=0, le=6, description="0 is Monday.")
    opens: str = Field(pattern=r"^\d\d:\d\d$")
    closes: str = Field(pattern=r"^\d\d:\d\d$")


class DatedException(Schema):
    date: dt.date
    closed: bool
    opens: str | None
    closes: str | None
    reason: str


class MPP(Schema):
    id: str
    key: str
    lang: Language
    title: str
    url: str
    regency: str
    province: str
    intro: str
    address: str
    getting_there: str
    latitude: float
    longitude: float
    time_zone: str
    zone: str = Field(description="WIB, WITA or WIT.")
    operator: str
    contact: MPPContact
    facilities: list[Facility]
    floors: list[Floor]
    counters: list[Counter]
    hours: list[Hours]
    exceptions: list[DatedException] = Field(description="Dated exceptions from yesterday on.")
    open_now: bool
    agencies: list[str]
    modified: dt.datetime | None


class Agency(Schema):
    id: str
    key: str
    lang: Language
    mpp: str
    title: str
    url: str
    acronym: str
    kind: Literal["regency_office", "vertical_agency", "regency_company"]
    description: str
    office_address: str
    office_hours: str
    contact: Contact
    counters: list[int]
    modified: dt.datetime | None


class Condition(Schema):
    key: str
    label: str
    question: str


class RequiredDocument(Schema):
    document: str | None = Field(description="The requirement document's id (see /documents/).")
    name: str
    quantity: int
    form: Literal["original", "copy", "original_and_copy", "show_original"]
    note: str
    produced_by: str | None = Field(description="The service at this MPP that issues it, by id.")


class Requirement(Schema):
    condition: Condition | None = Field(description="Needed only in this situation; null: always.")
    one_of: bool = Field(description="Any one of the documents will do.")
    documents: list[RequiredDocument]


class Duration(Schema):
    value: int
    unit: Literal["minutes", "hours", "days", "working_days"]
    minutes: int
    text: str


class Fee(Schema):
    amount: int
    purpose: str
    legal_basis: str


class FeeChoice(Schema):
    label: str
    options: list[Fee]


class Fees(Schema):
    kind: Literal["free", "paid", "varies"] | None
    currency: Literal["IDR"]
    min: int | None
    max: int | None
    fees: list[Fee] = Field(description="Paid by every applicant.")
    choices: list[FeeChoice] = Field(description="The applicant pays one option of each.")


class ComplaintChannel(Schema):
    kind: Literal["lapor", "phone", "whatsapp", "email", "website", "in_person"]
    value: str
    place: str
    note: str


class LegalBasis(Schema):
    title: str
    url: str


class OtherChannel(Schema):
    kind: Literal["online", "agency_office", "kecamatan"]
    name: str
    url: str
    note: str


class Alert(Schema):
    kind: Literal["closed", "moved", "quota", "appointment", "notice"]
    starts: dt.date
    ends: dt.date | None
    quota: int | None
    text: str


class Service(Schema):
    id: str = Field(description="<mpp>/<key>: a service at one MPP.")
    key: str = Field(description="The service's key, the same at every MPP and in both languages.")
    lang: Language
    mpp: str
    agency: str
    title: str
    url: str
    summary: str
    other_names: list[str]
    eligibility: str
    not_eligible: str
    requirements: list[Requirement]
    steps: list[str]
    duration: Duration | None
    fee: Fees
    output: str
    complaint_channels: list[ComplaintChannel]
    legal_basis: list[LegalBasis]
    counters: list[Counter]
    other_channels: list[OtherChannel]
    online: bool
    life_events: list[str]
    status: Literal["active", "temporarily_closed"] = Field(description="Today, in the MPP's time zone.")
    alerts: list[Alert] = Field(description="Alerts in force today.")
    last_reviewed: dt.date | None
    reviewed_by: str
    modified: dt.datetime | None


class Issuer(Schema):
    kind: Literal["service", "origin_regency", "institution"]
    service: str | None = Field(description="The key of the catalogue service that issues it.")
    name: str
    note: str
    condition: Condition | None


class Document(Schema):
    id: str
    lang: Language
    name: str
    other_names: list[str]
    description: str
    issued_by: list[Issuer]


class JourneyStep(Schema):
    title: str
    services: list[str] = Field(description="Service keys.")
    note: str


class LifeEvent(Schema):
    id: str
    key: str
    lang: Language
    name: str
    description: str
    sort_order: int
    steps: list[JourneyStep]


def envelope(record):
    """The list envelope ``{"count", "next", "previous", "results"}`` of a record schema."""
    return type(
        f"{record.__name__}List",
        (Schema,),
        {
            "__annotations__": {"count": int, "next": str | None, "previous": str | None, "results": list[record]},
        },
    )


class Change(Schema):
    cursor: int
    type: Literal["mpp", "agency", "service", "document", "life_event"]
    id: str
    lang: Language
    action: Literal["created", "updated", "removed"]
    at: dt.datetime
    url: str | None = Field(description="The record's detail in the API; null when removed.")


class Changes(Schema):
    changes: list[Change]
    next: int = Field(description="The cursor to ask from next time (since=).")
    more: bool = Field(description="More changes wait after this response.")
