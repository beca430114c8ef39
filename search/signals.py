"""Keep the search index in step with Wagtail's page lifecycle.

Connected in ``SearchConfig.ready()``. Only published, public pages are ever
indexed: drafts never fire ``page_published``, and ``post_save`` (which also
fires for drafts) is deliberately not used.
"""

from django.db.models.signals import post_delete, post_save

from wagtail.signals import page_published, page_unpublished, post_page_move

from catalogue.models import AgencyPage, LifeEvent, MPPLocationPage, ServicePage

from . import indexing
from .facets import forget_labels
from .models import Synonym
from .query import forget_places, forget_synonyms


def on_publish(sender, instance, **kwargs):
    page = instance.specific
    if isinstance(page, ServicePage):
        indexing.index_page(page)
    elif isinstance(page, AgencyPage | MPPLocationPage):
        if isinstance(page, MPPLocationPage):
            forget_places()  # its regency is a place word of the search
        forget_labels()  # its title or acronym labels a facet value
        indexing.index_subtree(page)


def on_unpublish(sender, instance, **kwargs):
    page = instance.specific
    if isinstance(page, ServicePage):
        indexing.remove_page(page)
    elif isinstance(page, AgencyPage | MPPLocationPage):
        forget_labels()
        indexing.index_subtree(page)


def on_move(sender, instance, **kwargs):
    indexing.index_subtree(instance)


def on_delete(sender, instance, **kwargs):
    indexing.remove_page(instance)


def connect():
    page_published.connect(on_publish, dispatch_uid="search_index_on_publish")
    page_unpublished.connect(on_unpublish, dispatch_uid="search_index_on_unpublish")
    post_page_move.connect(on_move, dispatch_uid="search_index_on_move")
    post_delete.connect(on_delete, sender=ServicePage, dispatch_uid="search_index_on_delete")
    post_save.connect(forget_synonyms, sender=Synonym, dispatch_uid="search_synonyms_saved")
    post_delete.connect(forget_synonyms, sender=Synonym, dispatch_uid="search_synonyms_deleted")
    post_save.connect(forget_labels, sender=LifeEvent, dispatch_uid="search_life_event_labels_saved")
    post_delete.connect(forget_labels, sender=LifeEvent, dispatch_uid="search_life_event_labels_deleted")


def disconnect():
    """Stop indexing page by page (bulk jobs index once at the end with ``search_index``)."""
    page_published.disconnect(dispatch_uid="search_index_on_publish")
    page_unpublished.disconnect(dispatch_uid="search_index_on_unpublish")
    post_page_move.disconnect(dispatch_uid="search_index_on_move")
    post_delete.disconnect(sender=ServicePage, dispatch_uid="search_index_on_delete")
