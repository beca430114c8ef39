"""Append many pages to Wagtail's page tree at once, for the generated benchmark catalogues.

``Page.add_child`` saves one page at a time, with its validation, its reference
index and its search index: about 3 services a second, more than an hour for a
20,000-service catalogue. Here each level of the tree is inserted in bulk: the
treebeard path, depth and ``url_path`` are worked out as ``add_child`` would,
the ``wagtailcore_page`` rows go in with ``bulk_create``, and each page type's
own rows in one ``executemany`` (no signals: Wagtail's reference index is left
alone, and Wagtail's own search index is filled in bulk). The
pages are live, with their locale and translation key, as if published; they
have no revisions, like pages made with ``add_child``.

Only for catalogues made by ``generate_catalogue`` in a benchmark database:
nothing here validates content.
"""

from collections import Counter

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import F
from django.utils import timezone

from wagtail.models import Page
from wagtail.search.backends import get_search_backends

PAGE_FIELDS = [field for field in Page._meta.concrete_fields if not field.primary_key]


def insert_own_rows(model, objects):
    """Insert the rows of ``model``'s own table (not its parents') for ``objects``, in one ``executemany``,
    each value prepared by its field as Django's own INSERT prepares it. Multi-table models cannot use
    ``bulk_create``; this is what it would do for the child table."""
    fields = model._meta.local_concrete_fields
    quote = connection.ops.quote_name
    columns = ", ".join(quote(field.column) for field in fields)
    sql = f"INSERT INTO {quote(model._meta.db_table)} ({columns}) VALUES ({', '.join(['%s'] * len(fields))})"
    rows = [[field.get_db_prep_save(getattr(obj, field.attname), connection) for field in fields] for obj in objects]
    with connection.cursor() as cursor:
        cursor.executemany(sql, rows)


def append_pages(pairs, wagtail_index=True):
    """Append ``[(parent, page)]`` in order: ``parent`` a saved page, ``page`` an unsaved specific page
    with its title, slug, locale and translation key set. Returns the pages, saved, with their ids."""
    if not pairs:
        return []
    now = timezone.now()
    steps = {}
    for parent, page in pairs:
        if parent.pk not in steps:
            last = parent.get_last_child() if parent.numchild else None
            steps[parent.pk] = Page._str2int(last.path[-Page.steplen :]) if last else 0
        steps[parent.pk] += 1
        page.depth = parent.depth + 1
        page.path = Page._get_path(parent.path, page.depth, steps[parent.pk])
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.numchild = 0
        page.draft_title = page.title
        page.live = True
        page.has_unpublished_changes = False
        page.first_published_at = page.last_published_at = now
        page.content_type = ContentType.objects.get_for_model(page)
    rows = [Page(**{field.attname: getattr(page, field.attname) for field in PAGE_FIELDS}) for _, page in pairs]
    Page.objects.bulk_create(rows, batch_size=500)
    pages = []
    for row, (_parent, page) in zip(rows, pairs, strict=True):
        page.id = page.pk = row.pk
        pages.append(page)
    by_model = {}
    for page in pages:
        by_model.setdefault(type(page), []).append(page)
    for model, objects in by_model.items():
        insert_own_rows(model, objects)
    parents = {parent.pk: parent for parent, _page in pairs}
    for parent_id, added in Counter(parent.pk for parent, _page in pairs).items():
        Page.objects.filter(pk=parent_id).update(numchild=F("numchild") + added)
        parents[parent_id].numchild += added
    if wagtail_index:  # Wagtail's own search (the benchmark's baseline and the admin's search)
        for backend in get_search_backends(with_auto_update=True):
            for model, objects in by_model.items():
                backend.add_bulk(model, objects)
    return pages
