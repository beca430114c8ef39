"""Keep roles in step with the tree: a new English MPP or agency page gets its source's rights.
Publish a new agency's page with its first reviewed service. Keep the review honest on every
revision written (``catalogue.review.guard_review``), and take an English page down with its
Indonesian source (``catalogue.translations.unpublish_translations``).

Connected in ``CatalogueConfig.ready()``.
"""

from django.db.models.signals import post_save, pre_delete, pre_save

from wagtail.models import Locale, Page, Revision
from wagtail.signals import page_published, page_unpublished

from catalogue import review, translations
from catalogue.models import AgencyPage, MPPLocationPage, ServicePage
from catalogue.roles import copy_permissions_to_translation


def on_page_created(sender, instance, created, raw=False, **kwargs):
    if not created or raw or instance.locale_id == Locale.get_default().id:
        return
    copy_permissions_to_translation(instance)


def connect():
    for model in (AgencyPage, MPPLocationPage):
        post_save.connect(on_page_created, sender=model, dispatch_uid=f"roles_on_create_{model.__name__}")
    pre_save.connect(review.guard_review, sender=Revision, dispatch_uid="review_guard")
    page_unpublished.connect(translations.unpublish_translations, dispatch_uid="unpublish_translations")
    page_published.connect(review.publish_new_agency, sender=ServicePage, dispatch_uid="publish_new_agency")
    pre_delete.connect(translations.unpublish_translations, sender=Page, dispatch_uid="unpublish_translations_delete")
