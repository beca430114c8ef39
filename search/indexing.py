"""What gets indexed: live, public service pages, as documents built by the analysis pipeline.

``document_for(page)`` is the one place that turns a service page into the
fields both engines index. ``index_page`` / ``remove_page`` keep the embedded
table and, when configured, Elasticsearch in step; the signal handlers in
``search.signals`` call them on Wagtail's page lifecycle.
"""

import logging

from wagtail.models import Locale

from catalogue import languages
from catalogue.blocks import raw_document_ids
from catalogue.models import RequirementDocument, ServicePage, attach_places
from search import analysis
from search.facets import FACETS
from search.models import SearchDocument

logger = logging.getLogger(__name__)


def is_indexable(page):
    return isinstance(page, ServicePage) and page.live and not page.get_view_restrictions().exists()


class Lookups:
    """What building a document needs beyond the page itself, fetched once for many pages.

    Rebuilding thousands of documents page by page would ask the database for
    the same parents, translations and counters again and again.
    """

    def __init__(self, pages):
        pages = attach_places(list(pages))
        ids = [page.pk for page in pages]
        keys = {page.translation_key for page in pages}
        self.translations = {}
        for row in (
            ServicePage.objects.live()
            .filter(translation_key__in=keys)
            .values("translation_key", "locale__language_code", "slug", "title", "alternative_names")
        ):
            self.translations.setdefault(row["translation_key"], {})[row["locale__language_code"]] = row
        self.counters = {}
        through = ServicePage.counters.through.objects.filter(servicepage_id__in=ids).select_related("counter")
        for row in through:
            self.counters.setdefault(row.servicepage_id, []).append(row.counter)
        self.events = {}
        through = ServicePage.life_events.through.objects.filter(servicepage_id__in=ids).select_related("lifeevent")
        for row in through:
            self.events.setdefault(row.servicepage_id, []).append(row.lifeevent.slug)
        # Requirement names from the stream's raw data: parsing the blocks would fetch each
        # page's documents (and the services that issue them) with queries of their own.
        documents = {pk for page in pages for block in page.requirements.raw_data for pk in raw_document_ids(block)}
        self.document_names = dict(
            RequirementDocument.objects.filter(pk__in=documents - {None}).values_list("pk", "name")
        )
        self.languages = dict(Locale.objects.values_list("pk", "language_code"))
        self.floor_names = {}
        self.pages = pages

    def life_events(self, page):
        """Slugs of the life events a page is filed under."""
        return self.events.get(page.pk, [])

    def requirement_names(self, page):
        ids = [pk for block in page.requirements.raw_data for pk in raw_document_ids(block)]
        return [self.document_names[pk] for pk in ids if pk in self.document_names]

    def describe(self, location, counters):
        """Counters as the index keeps them: number and floor name in the page's language."""
        if location.pk not in self.floor_names:
            self.floor_names[location.pk] = location.floor_names()
        floor_name = self.floor_names[location.pk]
        ordered = sorted(counters, key=lambda c: (c.floor_level, c.number))
        return [{"number": c.number, "floor": floor_name(c.floor_level)} for c in ordered]


def documents_for(pages):
    """Index documents for many service pages, sharing the lookups."""
    lookups = Lookups(pages)
    for page in lookups.pages:
        yield document_for(page, lookups)


def document_for(page, lookups=None):
    """Field values of a service page for the search index (both engines)."""
    if lookups is None:
        lookups = Lookups([page])
        page = lookups.pages[0]
    language = lookups.languages[page.locale_id]
    other_language = languages.other(language)
    agency = page.agency
    location = page.location
    names = page.alternative_name_list()
    requirement_names = lookups.requirement_names(page)
    steps = [block["value"].get("text", "") for block in page.procedure.raw_data]
    translations = lookups.translations.get(page.translation_key, {})
    other = translations.get(other_language)
    other_text = ""
    if other is not None:
        other_text = " ".join([other["title"], *other["alternative_names"].splitlines()])
    source = translations.get(languages.source()) or {"slug": page.slug}
    return {
        "page_id": page.pk,
        "key": source["slug"],
        "language": language,
        "title": page.title,
        "summary": page.summary,
        "names": "\n".join(names),
        "mpp_title": location.title,
        "agency_title": agency.short_name,  # "Disdukcapil Jembrana": results name the agency briefly
        # The columns the facets read (mpp, agency, categories, fee_free, online, duration_minutes).
        **{facet.column: facet.read(page, lookups) for facet in FACETS},
        "counters": lookups.describe(location, lookups.counters.get(page.pk, [])),
        "terms_title": " ".join(analysis.analyze(page.title, language)),
        "terms_names": " ".join(analysis.analyze(" ".join([*names, agency.acronym]), language)),
        "terms_summary": " ".join(analysis.analyze(f"{page.summary} {page.output}", language)),
        "terms_body": " ".join(
            analysis.analyze(" ".join([*requirement_names, *steps, page.eligibility, agency.title]), language)
        ),
        "terms_other": " ".join(analysis.analyze(other_text, other_language)),
    }


def save_embedded(documents):
    """Insert or update the embedded index rows of many documents in one statement."""
    rows = [SearchDocument(**values) for values in documents]
    if not rows:
        return
    fields = [field.name for field in SearchDocument._meta.concrete_fields if field.name not in ("id", "page")]
    SearchDocument.objects.bulk_create(rows, update_conflicts=True, unique_fields=["page"], update_fields=fields)


def index_page(page):
    """(Re)index one page in every engine, or remove it when it is no longer live and public."""
    from search.engines import elasticsearch_engine

    page = page.specific
    if not is_indexable(page):
        remove_page(page)
        return
    values = document_for(page)
    save_embedded([values])
    engine = elasticsearch_engine()
    if engine is not None:
        try:
            engine.index([values])
        except engine.unavailable_errors as error:
            logger.warning("Elasticsearch indexing failed for page %s: %s", page.pk, error)


def remove_page(page):
    from search.engines import elasticsearch_engine

    SearchDocument.objects.filter(page_id=page.pk).delete()
    engine = elasticsearch_engine()
    if engine is not None:
        try:
            engine.remove([page.pk])
        except engine.unavailable_errors as error:
            logger.warning("Elasticsearch removal failed for page %s: %s", page.pk, error)


def index_subtree(page):
    """Reindex every service under a page (an MPP or agency renamed, moved or unpublished)."""
    for service in ServicePage.objects.descendant_of(page, inclusive=True).specific():
        index_page(service)


def live_services(language=None):
    pages = ServicePage.objects.live().public().select_related("locale").order_by("path")
    if language:
        pages = pages.filter(locale__language_code=language)
    return pages
