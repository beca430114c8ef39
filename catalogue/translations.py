"""Agency editors translate their own agency's pages; the translation goes through DPMPTSP review.

wagtail-localize 1.14 lets the holder of its global "submit translation" permission create,
sync *and publish* translations of any page, without a page permission check. So that
permission stays with the reviewers (``catalogue/roles.py``), and its two views are
replaced here, at the same URLs (catalogue's hooks are registered before wagtail-localize's):

- a reviewer (the permission *and* Wagtail's publish permission on the page) gets
  wagtail-localize's views unchanged;
- an editor who may edit the Indonesian page (Wagtail's page permissions: their own
  agency at their own MPP) gets the same views, except that the English page is only
  ever saved as a draft (no "publish" option, no subtree), and only where they may add
  the page (under their agency's English page);
- anyone else is refused with 403, and nothing is written.

"Convert to alias page" makes the page show the Indonesian page's latest revision (perhaps an
unreviewed draft) live, which is publishing: it needs the publish permission here. So does
"Stop synced translation": an English page out of sync could drift from the Indonesian facts.

In the translation editor an editor has no "Publish" (wagtail-localize shows it to those
who may publish); ``submit_for_review`` gives them "Submit translation for review"
instead: the translated text becomes a draft revision and the page's "DPMPTSP review"
workflow starts, exactly as for an Indonesian page.

Shared snippets (``roles.SHARED_SNIPPETS``) are changed only by the national catalogue role:
translating or syncing one is refused to everyone else, reviewers included.

Delete the view overrides once wagtail-localize checks page permissions itself.
"""

import json

from django import forms
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models, transaction
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.generic import View

from wagtail import blocks
from wagtail.admin import messages
from wagtail.fields import StreamField
from wagtail.models import Locale, Page, WorkflowState
from wagtail_localize.components import TranslationComponentManager
from wagtail_localize.fields import SynchronizedField
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.views import convert, edit_translation, submit_translations, update_translations

from catalogue import roles
from catalogue.models.service import missing_message

SUBMIT_FOR_REVIEW = "catalogue-submit-translation"
"""Name of the translation editor's "Submit translation for review" button (see the template
``wagtail_localize/admin/edit_translation.html``)."""


def reviews_translations(user, page):
    """wagtail-localize's own rules apply: its permission, and publish on this page."""
    return user.has_perm("wagtail_localize.submit_translation") and page.permissions_for_user(user).can_publish()


def translates(user, page):
    """May work on this page's translations as a draft: whoever may edit the page."""
    return page.permissions_for_user(user).can_edit()


def may_add_translation(user, page, locale):
    """The translated parent exists and the user may add pages under it."""
    parent = page.get_parent().specific
    parent_translation = parent.get_translation_or_none(locale)
    return parent_translation is not None and parent_translation.specific.permissions_for_user(user).can_add_subpage()


def target_or_none(translation):
    try:
        return translation.source.get_translated_instance(translation.target_locale)
    except ObjectDoesNotExist:
        return None


def save_draft(translation, user):
    """Save the translated text and the synchronized facts as a new draft revision of the target page.

    wagtail-localize's ``save_target(publish=False)`` writes the page row of an existing
    page, which for a live page is what the public sees; a draft must only be a revision,
    as in Wagtail's own editor. So the page is translated in memory (as wagtail-localize's
    preview does) and only a revision is saved. A page that does not exist yet is created
    (not live) by ``save_target``; callers check first that its parent exists.
    """
    source = translation.source
    with transaction.atomic():
        if target_or_none(translation) is None:
            translation.save_target(user=user, publish=False)
            return source.get_translated_instance(translation.target_locale)
        draft = source.get_ephemeral_translated_instance(translation.target_locale, fallback=True)
        draft.save_revision(user=user, log_action=True)
        return draft


def dispatch_for_editor(view, source, request, *args, **kwargs):
    """wagtail-localize's dispatch of ``view`` for an editor, without its check of the global permission."""
    view.for_editor = True
    view.object = source
    view.components = TranslationComponentManager.from_request(request, source_object_instance=source)
    return View.dispatch(view, request, *args, **kwargs)


# --- Creating a translation ---------------------------------------------------


class SubmitPageTranslationView(submit_translations.SubmitPageTranslationView):
    """wagtail-localize's "Translate this page", with a page permission check and drafts for editors."""

    def dispatch(self, request, *args, **kwargs):
        page = get_object_or_404(Page, id=kwargs["page_id"]).specific
        if reviews_translations(request.user, page):
            self.for_editor = False
            return super().dispatch(request, *args, **kwargs)
        if page.is_root() or not translates(request.user, page):
            raise PermissionDenied
        return dispatch_for_editor(self, page, request, *args, **kwargs)

    def get_form(self):
        form = super().get_form()
        if self.for_editor:
            locales = form.fields["locales"]
            # Only where no page exists yet (not even an alias, which would be live) and where
            # the editor may add it: under their agency's page in that language.
            existing = self.object.get_translations(inclusive=True).values_list("locale_id", flat=True)
            allowed = [
                locale.pk
                for locale in locales.queryset.exclude(pk__in=existing)
                if may_add_translation(self.request.user, self.object, locale)
            ]
            locales.queryset = Locale.objects.filter(pk__in=allowed)
            locales.error_messages["invalid_choice"] = _(
                "You cannot create this translation: ask the DPMPTSP reviewer of your MPP."
            )
            subtree = form.fields["include_subtree"]
            subtree.widget, subtree.disabled = forms.HiddenInput(), True
        return form

    def form_valid(self, form):
        if not self.for_editor:
            return super().form_valid(form)
        created = []
        try:
            with transaction.atomic():
                source, _created = TranslationSource.update_or_create_from_instance(self.object)
                for locale in form.cleaned_data["locales"]:
                    translation, _created = Translation.objects.update_or_create(
                        source=source, target_locale=locale, defaults={"enabled": True}
                    )
                    created.append(save_draft(translation, self.request.user))
        except ValidationError as error:
            messages.error(
                self.request,
                _("The translation could not be created: %(errors)s") % {"errors": "; ".join(error.messages)},
            )
            return self.render_to_response(self.get_context_data())
        messages.success(
            self.request,
            _("The translation was created as a draft. Translate the text, then submit it for review."),
        )
        if len(created) == 1:
            return redirect("wagtailadmin_pages:edit", created[0].pk)
        return redirect(self.get_success_url() or self.get_default_success_url())


class SubmitSnippetTranslationView(submit_translations.SubmitSnippetTranslationView):
    """wagtail-localize's "Translate" on a snippet: a shared snippet only for the national role."""

    def dispatch(self, request, *args, **kwargs):
        model = self.get_object().__class__
        if roles.is_shared(model) and not roles.may_change_shared(request.user, model):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


# --- Syncing translations with the source -------------------------------------


class UpdateTranslationsView(update_translations.UpdateTranslationsView):
    """wagtail-localize's "Sync translated pages", with a page permission check and drafts for editors."""

    def dispatch(self, request, *args, **kwargs):
        source = get_object_or_404(TranslationSource, id=kwargs["translation_source_id"])
        try:
            page = source.get_source_instance()
        except ObjectDoesNotExist:
            page = None
        self.for_editor = False
        if not isinstance(page, Page):
            model = type(page)
            if page is not None and roles.is_shared(model) and not roles.may_change_shared(request.user, model):
                raise PermissionDenied
            return super().dispatch(request, *args, **kwargs)  # other snippets: wagtail-localize's own rule
        page = page.specific
        if reviews_translations(request.user, page):
            return super().dispatch(request, *args, **kwargs)
        self.translations = [
            translation
            for translation in source.translations.filter(enabled=True).select_related("target_locale")
            if target_or_none(translation) is not None  # a deleted page is translated again, not synced
        ]
        if not translates(request.user, page) or not all(
            target_or_none(translation).permissions_for_user(request.user).can_edit()
            for translation in self.translations
        ):
            raise PermissionDenied
        return dispatch_for_editor(self, source, request, *args, **kwargs)

    def get_form(self):
        form = super().get_form()
        if self.for_editor:
            publish = form.fields["publish_translations"]
            publish.widget, publish.disabled = forms.HiddenInput(), True
        return form

    def form_valid(self, form):
        if not self.for_editor:
            return super().form_valid(form)
        for translation in self.translations:
            lock = target_or_none(translation).get_lock()
            if lock is not None and lock.for_user(self.request.user):
                messages.error(
                    self.request,
                    _("This page is locked: it is waiting for review or being edited by someone else."),
                )
                return redirect(self.request.get_full_path())
        with transaction.atomic():
            self.object.update_from_db()
            try:
                for translation in self.translations:
                    save_draft(translation, self.request.user)
            except ValidationError as error:
                transaction.set_rollback(True)
                messages.error(
                    self.request,
                    _("The translations could not be updated: %(errors)s") % {"errors": "; ".join(error.messages)},
                )
                return redirect(self.request.get_full_path())
            response = super().form_valid(form)  # wagtail-localize's sync; "publish" is disabled
        messages.info(self.request, _("The translated pages are saved as drafts. Submit them for review when ready."))
        return response


# --- "Submit translation for review" in the translation editor -----------------


def submit_for_review(request, page):
    """A ``before_edit_page`` hook: the translation editor's "Submit translation for review".

    Wagtail's edit view has already checked that the user may edit the page. The text
    translated so far (untranslated strings fall back to Indonesian) and the synchronized
    facts become a draft revision, and the page's workflow starts, or resumes after
    changes were requested, as Wagtail's own "Submit for moderation" does.
    """
    if request.method != "POST" or SUBMIT_FOR_REVIEW not in request.POST:
        return None
    translation = Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
    ).first()
    if translation is None:
        return None  # not a synced translation: Wagtail's editor has its own "Submit for moderation"
    page = page.specific
    lock = page.get_lock()
    if lock is not None and lock.for_user(request.user):
        messages.error(request, _("This page is locked: it is waiting for review or being edited by someone else."))
        return redirect("wagtailadmin_pages:edit", page.pk)

    draft = translation.source.get_ephemeral_translated_instance(translation.target_locale, fallback=True)
    missing = draft.missing_components() if hasattr(draft, "missing_components") else []
    if missing:
        messages.error(request, missing_message(missing))
        return redirect("wagtailadmin_pages:edit", page.pk)
    try:
        with transaction.atomic():
            save_draft(translation, request.user)
            page = Page.objects.get(pk=page.pk).specific
            state = page.current_workflow_state
            workflow = page.get_workflow()
            if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
                state.resume(request.user)
            elif state is None and workflow is not None:
                workflow.start(page, request.user)
            # A review already in progress (only its reviewers may still edit) sees the new revision.
    except ValidationError as error:
        messages.error(
            request, _("The translation could not be saved: %(errors)s") % {"errors": "; ".join(error.messages)}
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    except PermissionDenied as refusal:  # catalogue.review.guard_review: facts other than the Indonesian ones
        messages.error(request, str(refusal))
        return redirect("wagtailadmin_pages:edit", page.pk)
    if page.workflow_in_progress:
        message = _("'%(title)s' has been submitted for review.")
    else:
        message = _("'%(title)s' has been saved as a draft.")
    messages.success(request, message % {"title": page.get_admin_display_title()})
    return redirect("wagtailadmin_pages:edit", page.pk)


# --- "Convert to alias page" publishes ------------------------------------------


def convert_to_alias(request, page_id):
    """wagtail-localize's view asks only for edit; an alias goes live with its source's latest revision."""
    page = get_object_or_404(Page, id=page_id).specific
    if not page.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    return convert.convert_to_alias(request, page_id)


def stop_translation(request, translation_id):
    """wagtail-localize's "Stop synced translation" asks only for edit; out of sync, an English page's
    facts could drift from the Indonesian ones, so stopping the sync needs the publish permission."""
    translation = get_object_or_404(Translation, id=translation_id)
    target = target_or_none(translation)
    if isinstance(target, Page) and not target.specific.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    return edit_translation.stop_translation(request, translation_id)


def editor_props(props, page_perms):
    """The translation editor's props (JSON) with "Convert to alias page" only for those who may
    use it (``convert_to_alias``): wagtail-localize offers it to whoever may edit."""
    if page_perms is None or page_perms.can_publish():
        return props
    data = json.loads(props)
    data["links"]["convertToAliasUrl"] = None
    return json.dumps(data, cls=DjangoJSONEncoder)


def hide_convert_to_alias(menu_items, request, context):
    """A ``construct_page_action_menu`` hook: no "Convert to alias page" for those who may not use it."""
    page = context.get("page")
    if context.get("view") != "edit" or page is None:
        return  # wagtail-localize offers it on the edit view only
    if not page.specific.permissions_for_user(request.user).can_publish():
        menu_items[:] = [item for item in menu_items if item.name != "localize-convert-to-alias"]


# --- Unpublish, delete and move cascade to the translations ------------------------


def cascade_to_translations(pages, action):
    """A ``construct_translated_pages_to_cascade_actions`` hook: unpublishing, deleting or moving an
    Indonesian page does the same to its English page (Wagtail's unpublish, delete and move views),
    so a page the reviewer takes down is not left live in the other language."""
    default = Locale.get_default()
    cascade = {}
    for page in pages:
        if page.locale_id != default.id:
            continue  # the English page alone may go; its Indonesian source stays
        translations = Page.objects.translation_of(page, inclusive=False)
        if action == "unpublish":
            translations = translations.live()
        cascade[page] = translations
    return cascade


def unpublish_translations(sender, instance, **kwargs):
    """A ``page_unpublished`` and ``pre_delete`` handler: the same cascade for every other way a page
    is unpublished or deleted (bulk actions, the admin API, expiry): the English page goes offline
    with its source (it stays as a draft unless the delete view deletes it too). The views' cascade
    logs who did it; here the English page follows its source, logged as the system."""
    from wagtail.actions.unpublish_page import UnpublishPageAction

    if instance.locale_id != Locale.get_default().id:
        return
    for translation in Page.objects.translation_of(instance, inclusive=False).live():
        UnpublishPageAction(translation, user=None).execute(skip_permission_checks=True)


# --- An English page goes live only with its Indonesian facts ---------------------

PROSE_BLOCKS = (blocks.CharBlock, blocks.TextBlock, blocks.RichTextBlock, blocks.URLBlock, blocks.EmailBlock)
RECORD_FIELDS = ("id", "sort_order", "translation_key", "locale", "page")
STAMPED_BY_REVIEW = ("last_reviewed", "reviewed_by")  # each language is stamped by its own approval


def is_prose(field):
    """Text (slugs, URLs and e-mail addresses included) is translated; a choice is a fact."""
    return isinstance(field, (models.CharField, models.TextField)) and not field.choices


def comparable(value):
    """A value as every language stores it: a translatable object by its key, another by its id."""
    if hasattr(value, "translation_key"):
        return str(value.translation_key)
    if isinstance(value, models.Model):
        return value.pk
    return value


def block_facts(block, value):
    """The facts of a StreamField value: everything but its text (numbers, choices, documents...)."""
    if isinstance(block, PROSE_BLOCKS) or value is None:
        return None
    if isinstance(block, blocks.StructBlock):
        return tuple((name, block_facts(child, value.get(name))) for name, child in block.child_blocks.items())
    if isinstance(block, blocks.ListBlock):
        return tuple(block_facts(block.child_block, item) for item in value)
    if isinstance(block, blocks.StreamBlock):
        return tuple((child.block_type, block_facts(child.block, child.value)) for child in value)
    return comparable(value)


def record_facts(record):
    """The facts of a child row (a counter, opening hours, a floor): its fields but the text ones."""
    return tuple(
        (field.name, comparable(getattr(record, field.name)))
        for field in record._meta.concrete_fields
        if field.name not in RECORD_FIELDS and not is_prose(field)
    )


def page_facts(page):
    """{field: facts} of a page: every synchronized field, and the non-text part of every other
    translatable field (StreamField blocks, child rows). Two languages of one page must agree."""
    facts = {}
    for rule in getattr(page, "translatable_fields", []):
        name = rule.field_name
        if name in STAMPED_BY_REVIEW:
            continue
        field = page._meta.get_field(name)
        value = getattr(page, name)
        if isinstance(field, StreamField):
            facts[name] = block_facts(field.stream_block, value)
        elif field.many_to_many or field.one_to_many:
            rows = [record_facts(row) if field.one_to_many else comparable(row) for row in value.all()]
            facts[name] = sorted(rows, key=repr)
        elif isinstance(rule, SynchronizedField) and not is_prose(field):
            facts[name] = comparable(value)
    return facts


def drifting_facts(page, revision):
    """The fields whose facts differ between an English revision and its live Indonesian page."""
    default = Locale.get_default()
    if page.locale_id == default.id:
        return []
    source = page.get_translation_or_none(default)
    if source is None or not getattr(source, "live", True):
        return []
    english, indonesian = page_facts(revision.as_object()), page_facts(getattr(source, "specific", source))
    return [name for name in english if english[name] != indonesian.get(name)]


def keeps_source_facts(page, revision):
    """An editor's English revision carries the Indonesian facts: the live ones, or those of the
    Indonesian draft it was translated from. (Only a reviewer may let a translation differ.)"""
    default = Locale.get_default()
    if page.locale_id == default.id or not isinstance(page, Page):
        return True
    source = page.get_translation_or_none(default)
    if source is None:
        return True
    facts = page_facts(revision.as_object())
    candidates = [source.specific] if source.live else []
    latest = source.get_latest_revision()
    if latest is not None:
        candidates.append(latest.as_object())
    return any(page_facts(candidate) == facts for candidate in candidates) or not candidates


def drift_message(page, drifting):
    return _(
        "The English page has other facts than the Indonesian page (%(fields)s). "
        "Sync the translated page, then approve it."
    ) % {"fields": ", ".join(field_label(page, name) for name in drifting)}


def field_label(page, name):
    """A field's label; child rows (opening hours, counters) are named by their model."""
    field = page._meta.get_field(name)
    if field.one_to_many:
        return str(field.related_model._meta.verbose_name_plural)
    return str(field.verbose_name)


def refuse_drifting_facts(page, revision):
    """Called before an English revision is published by an approval: it must carry the facts the
    DPMPTSP approved in Indonesian (hours, counters, fees, durations, documents...). The reviewer is
    told so on the English page (``show_drifting_facts``); Wagtail answers a refusal with its own
    "no permission" message."""
    page = getattr(page, "specific", page)
    drifting = drifting_facts(page, revision)
    if drifting:
        raise PermissionDenied(drift_message(page, drifting))


def show_drifting_facts(request, page):
    """A ``before_edit_page`` hook: a reviewer opening an English page in review is told when its
    facts differ from the live Indonesian page (the approval would be refused)."""
    if request.method != "GET" or page.locale_id == Locale.get_default().id:
        return None
    task_state = page.current_workflow_task_state
    page = page.specific
    if task_state is None or not page.permissions_for_user(request.user).can_publish():
        return None
    drifting = drifting_facts(page, task_state.revision)
    if drifting:
        messages.warning(request, drift_message(page, drifting))
    return None
