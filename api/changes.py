"""Record every public change of the read API's records in the change feed (``ChangeEvent``).

Connected in ``ApiConfig.ready()`` on Wagtail's page lifecycle (published, unpublished, moved,
deleted), never on ``post_save``, which also fires for drafts, and on the snippets' saves. Each
handler runs inside the transaction of the change, so the log and the content never disagree.

For each page or snippet touched, ``record`` compares what citizens can see now with the last
change logged for it: a page that became visible is ``created``, one still visible ``updated``,
one no longer visible (unpublished, deleted, under a withdrawn page) ``removed``, and one whose
id changed (moved to another MPP, its key renamed) is ``removed`` under the old id and
``created`` under the new one. A publish of an MPP or an agency touches every page under it,
whose records show its counters, floors and names.
"""

from django.db import transaction
from django.db.models import Max, Subquery
from django.db.models.signals import post_delete, post_save, pre_delete

from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from catalogue.models import (
    AgencyPage,
    Condition,
    LifeEvent,
    MPPLocationPage,
    RequirementDocument,
    ServiceAlertPage,
    ServicePage,
)
from catalogue.visibility import public_pages

from . import records
from .models import ChangeEvent

PAGE_KINDS = {MPPLocationPage: "mpp", AgencyPage: "agency", ServicePage: "service"}


def page_kind(model):
    return PAGE_KINDS.get(model)


def record(kind, object_id, language, record_id):
    """Log the change of one record: ``record_id`` is its id now, None when citizens cannot see it."""
    record_many([(kind, object_id, language, record_id)])


def latest_events(keys):
    """{(kind, object id): the last change logged} for many records, in one query."""
    object_ids = {object_id for _kind, object_id in keys}
    if not object_ids:
        return {}
    latest = (
        ChangeEvent.objects.filter(object_id__in=object_ids)
        .values("kind", "object_id")
        .annotate(last=Max("id"))
        .values("last")
    )
    return {
        (event.kind, event.object_id): event
        for event in ChangeEvent.objects.filter(id__in=Subquery(latest))
        if (event.kind, event.object_id) in keys
    }


def record_many(states):
    """Log the changes of many records, ``states`` being (kind, object id, language, record id now
    or None), in two queries: the last changes logged, then the new ones."""
    last = latest_events({(kind, object_id) for kind, object_id, _language, _record in states})
    events = []
    for kind, object_id, language, record_id in states:
        before = last.get((kind, object_id))
        known = before is not None and before.action != "removed"

        def log(action, rid, lang=language, kind=kind, object_id=object_id):
            events.append(ChangeEvent(kind=kind, object_id=object_id, record_id=rid, language=lang, action=action))

        if record_id is None:
            if known:
                log("removed", before.record_id, before.language)
        elif known and (before.record_id != record_id or before.language != language):
            log("removed", before.record_id, before.language)
            log("created", record_id)
        else:
            log("updated" if known else "created", record_id)
    # One INSERT: its rows take their ids (the feed's cursor) in the order given.
    ChangeEvent.objects.bulk_create(events)


def sync_pages(pages):
    """Log the state of catalogue pages (any type; others are ignored)."""
    pages = [page for page in pages if page_kind(page.specific_class)]
    if not pages:
        return
    visible = set(public_pages(Page.objects.filter(pk__in=[page.pk for page in pages])).values_list("pk", flat=True))
    ids = records.record_ids([page for page in pages if page.pk in visible])
    languages = dict(Page.objects.filter(pk__in=[page.pk for page in pages]).values_list("pk", "locale__language_code"))
    record_many([(page_kind(page.specific_class), page.pk, languages[page.pk], ids.get(page.pk)) for page in pages])


def sync_subtree(page):
    """The page and every catalogue page under it."""
    sync_pages(list(Page.objects.descendant_of(page, inclusive=True).order_by("path")))


def on_page_change(sender, instance, **kwargs):
    page = instance.specific_class
    if page is ServiceAlertPage:
        sync_pages([instance.get_parent()])  # the service shows its alerts and status
    elif page is ServicePage:
        sync_pages([instance])
    elif page_kind(page):
        sync_subtree(instance)
        if page is AgencyPage:
            sync_pages([instance.get_parent()])  # the MPP lists its agencies and names them at counters


def on_move(sender, instance, **kwargs):
    """A move changes the ids of the pages moved; the old and new parents list them or show them."""
    parents = [kwargs.get("parent_page_before"), kwargs.get("parent_page_after")]
    if instance.specific_class is not ServiceAlertPage:
        sync_subtree(instance)
    if instance.specific_class in (ServiceAlertPage, AgencyPage):
        sync_pages([parent for parent in parents if parent is not None])


def on_restriction_change(sender, instance, **kwargs):
    """A view restriction added or lifted hides or shows the page and everything under it."""
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        sync_subtree(page)


def on_page_delete(sender, instance, **kwargs):
    """Deleting a page deletes the pages under it too: Django sends this for each of them."""
    kind = page_kind(instance.specific_class)
    if kind:
        record(kind, instance.pk, "", None)
    elif instance.specific_class is ServiceAlertPage:
        parent_id = Page.objects.filter(path=instance.path[: -Page.steplen]).values_list("pk", flat=True).first()
        transaction.on_commit(lambda: resync(parent_id))


def resync(page_id):
    page = Page.objects.filter(pk=page_id).first()
    if page is not None:
        sync_pages([page])


def on_document_saved(sender, instance, raw=False, **kwargs):
    if raw:
        return
    record("document", instance.pk, instance.locale.language_code, str(instance.translation_key))
    referencing(instance, "document")


def on_life_event_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        record("life_event", instance.pk, instance.locale.language_code, instance.slug)


def on_condition_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        referencing(instance, "condition")


def referencing(snippet, field):
    """Services show the names of their documents and conditions: log those that name this one."""
    pages = public_pages(ServicePage.objects.filter(records.naming(field, [snippet.pk]))).only(*records.KEY_FIELDS)
    sync_pages(list(pages))


def on_snippet_deleted(kind):
    def handler(sender, instance, **kwargs):
        record(kind, instance.pk, "", None)

    return handler


HANDLERS = [
    (page_published, on_page_change, None),
    (page_unpublished, on_page_change, None),
    (post_page_move, on_move, None),
    (pre_delete, on_page_delete, Page),
    (post_save, on_restriction_change, PageViewRestriction),
    (post_delete, on_restriction_change, PageViewRestriction),
    (post_save, on_document_saved, RequirementDocument),
    (post_save, on_life_event_saved, LifeEvent),
    (post_save, on_condition_saved, Condition),
    (post_delete, on_snippet_deleted("document"), RequirementDocument),
    (post_delete, on_snippet_deleted("life_event"), LifeEvent),
]


def signal_name(signal):
    return next(name for name, value in globals().items() if value is signal)


def connect():
    for signal, handler, sender in HANDLERS:
        signal.connect(
            handler, sender=sender, dispatch_uid=f"api_changes_{signal_name(signal)}_{handler.__name__}_{sender}"
        )
