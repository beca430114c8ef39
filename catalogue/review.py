"""DPMPTSP review: publishing an approved change, and the health of an MPP's content.

- ``publish_reviewed`` is Wagtail's ``WAGTAIL_FINISH_WORKFLOW_ACTION``: when the
  reviewer approves, the revision under review (the task's, never "the latest") is
  published (or scheduled, when it has a go-live date) with "last reviewed" stamped:
  today's date and the MPP's DPMPTSP.
- ``guard_review`` keeps the review honest whatever admin route writes a revision:
  nobody the review locks out (the editors) saves one while it runs.
  ``stamp_direct_publish`` stamps it too when a reviewer publishes from the editor.
- ``stale_services`` lists services not reviewed within their MPP's review
  interval (12 months unless the MPP page says otherwise).
- ``content_health`` counts, per agency of an MPP, what waits on whom: pending
  reviews, rejected changes, stale and incomplete services, missing or outdated
  English pages. The admin report, the dashboard panels and ``notify_stale``
  all read from here.

Models are imported inside functions: Wagtail imports ``publish_reviewed`` while
its own models load.
"""

from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _


def stamp_review(obj, revision):
    """Stamp "last reviewed" (today, the MPP's operating office) on the revision of a service."""
    from catalogue.models import ServicePage

    page = getattr(obj, "specific", obj)  # pages only; a snippet under a workflow is published as is
    if isinstance(page, ServicePage):
        revision.content["last_reviewed"] = timezone.localdate().isoformat()
        revision.content["reviewed_by"] = page.location.operator_name
        revision.save(update_fields=["content"])


def publish_reviewed(workflow_state, user=None):
    """Publish the approved revision, stamping "last reviewed" on a service first."""
    from catalogue.translations import refuse_drifting_facts

    obj = workflow_state.content_object
    revision = approved_revision(workflow_state, user)
    refuse_drifting_facts(obj, revision)
    stamp_review(obj, revision)
    revision.publish(user=user)


def approved_revision(workflow_state, user):
    """The revision an approval publishes: the task's (what the reviewer previewed and compared),
    or a later one the approving reviewer saved themselves during the review (they saw it).
    A revision anyone else wrote after it (code, another reviewer) was not approved: it stays a draft."""
    from wagtail.models import TaskState

    reviewed = TaskState.objects.select_related("revision").get(pk=workflow_state.current_task_state_id).revision
    if user is None:
        return reviewed
    later = type(reviewed).objects.filter(
        base_content_type_id=reviewed.base_content_type_id, object_id=reviewed.object_id, pk__gt=reviewed.pk
    )
    for revision in later.order_by("pk"):
        if revision.user_id != user.pk:
            break
        reviewed = revision
    return reviewed


def guard_review(sender, instance, raw=False, **kwargs):
    """A ``pre_save`` handler of ``Revision``: while a review runs, whoever it locks out (the
    editors: they may not approve) writes no revision, whatever the route (edit, revert, the
    admin API, bulk actions, wagtail-localize...); and an editor's English revision keeps the
    Indonesian facts, even with the sync stopped. Revisions written by code, without a user, pass."""
    if raw or instance.pk is not None or instance.user_id is None:
        return
    obj = instance.content_object
    task_state = getattr(obj, "current_workflow_task_state", None)
    if task_state is not None and task_state.task.specific.locked_for_user(obj, instance.user):
        raise PermissionDenied(_("This page is waiting for review: it cannot be changed until the review ends."))
    from catalogue.translations import keeps_source_facts

    if not keeps_source_facts(obj, instance) and not obj.permissions_for_user(instance.user).can_publish():
        raise PermissionDenied(
            _("An English page keeps the facts of its Indonesian page: sync it, and change facts there.")
        )


def publish_new_agency(sender, instance, **kwargs):
    """A ``page_published`` handler for services: an agency's page made a draft by onboarding
    (``catalogue.roles.onboard_agency``) goes live with its first service that DPMPTSP publishes,
    its name and description as onboarding wrote them or its editors changed them since."""
    agency = instance.get_parent()
    if agency is not None and not agency.live:
        revision = agency.get_latest_revision()
        if revision is not None:
            revision.publish()


def stamp_direct_publish(request, page):
    """A ``before_publish_page`` hook. Publishing from the editor needs the publish permission, which
    only reviewers and administrators hold: that is a review too, so it is stamped like an approval."""
    stamp_review(page, page.get_latest_revision())


def stale_cutoff(mpp, today=None):
    """Services last reviewed on or before this date are due again."""
    from catalogue.models.service import add_months

    return add_months(today or timezone.localdate(), -mpp.review_interval_months)


def stale_services(mpp, today=None):
    """Live Indonesian services of an MPP not reviewed within its interval, oldest first."""
    from catalogue.models import ServicePage

    return (
        ServicePage.objects.live()
        .descendant_of(mpp)
        .filter(locale_id=mpp.locale_id)
        .filter(Q(last_reviewed__isnull=True) | Q(last_reviewed__lte=stale_cutoff(mpp, today)))
        .order_by("last_reviewed", "title")
    )


def latest_version(page):
    """What the editor sees: the draft when there is one, otherwise the page itself."""
    if page.has_unpublished_changes:
        return page.get_latest_revision_as_object()
    return page


@dataclass
class AgencyHealth:
    agency: object
    services: int = 0
    pending: list = field(default_factory=list)
    rejected: list = field(default_factory=list)
    stale: list = field(default_factory=list)
    incomplete: list = field(default_factory=list)
    translations: list = field(default_factory=list)

    @property
    def healthy(self):
        """Services with no open issue (not stale, complete, translation up to date)."""
        troubled = {page.pk for page in self.stale + self.incomplete} | {row["page"].pk for row in self.translations}
        return self.services - len(troubled)

    @property
    def healthy_percent(self):
        return round(100 * self.healthy / self.services) if self.services else 100


def workflow_states(pages, status):
    """Page id → WorkflowState in ``status`` for these pages."""
    from wagtail.models import WorkflowState

    ids = [str(page.pk) for page in pages]
    states = WorkflowState.objects.filter(status=status, object_id__in=ids, base_content_type__model="page")
    return {int(state.object_id): state for state in states.select_related("requested_by")}


def translation_status(pages):
    """For Indonesian pages, the English side: [{"page", "problem"}] where missing or out of date."""
    from wagtail.models import Locale, Page
    from wagtail_localize.models import Translation, TranslationSource

    target = Locale.objects.filter(language_code="en").first()
    if target is None or not pages:
        return []
    english = {
        page.translation_key: page
        for page in Page.objects.filter(translation_key__in=[p.translation_key for p in pages], locale=target)
    }
    # A TranslationSource points at a TranslatableObject, whose key is the translation key.
    by_key = {
        source.object_id: source
        for source in TranslationSource.objects.filter(
            object_id__in=[p.translation_key for p in pages], locale_id=pages[0].locale_id
        )
    }
    translations = {
        row.source_id: row for row in Translation.objects.filter(source__in=by_key.values(), target_locale=target)
    }
    problems = []
    for page in pages:
        en = english.get(page.translation_key)
        if en is None or not en.live:
            problems.append({"page": page, "english": en, "problem": "missing"})
            continue
        source = by_key.get(page.translation_key)
        translation = translations.get(source.pk) if source else None
        if source is None or translation is None:
            continue  # translated by hand, outside wagtail-localize: nothing to compare
        changed_since_sync = page.last_published_at and page.last_published_at > source.last_updated_at
        not_applied = (
            translation.destination_last_updated_at is not None
            and translation.destination_last_updated_at < source.last_updated_at
        ) or en.has_unpublished_changes
        if changed_since_sync or not_applied:
            problems.append({"page": page, "english": en, "problem": "outdated"})
    return problems


def content_health(mpp, today=None):
    """[AgencyHealth] for each agency of an MPP (its Indonesian pages), by agency title."""
    from wagtail.models import WorkflowState

    from catalogue.models import AgencyPage, ServicePage

    agencies = list(AgencyPage.objects.child_of(mpp).order_by("title"))
    services = list(ServicePage.objects.descendant_of(mpp).filter(locale_id=mpp.locale_id).order_by("title"))
    stale = {page.pk for page in stale_services(mpp, today)}
    pending = workflow_states(services + agencies + [mpp], WorkflowState.STATUS_IN_PROGRESS)
    rejected = workflow_states(services + agencies + [mpp], WorkflowState.STATUS_NEEDS_CHANGES)
    translations = translation_status(services)
    health = {agency.pk: AgencyHealth(agency) for agency in agencies}
    by_path = {agency.path: health[agency.pk] for agency in agencies}
    for service in services:
        row = by_path.get(service.path[: -service.steplen])
        if row is None:
            continue
        row.services += 1
        if service.pk in pending:
            row.pending.append(service)
        if service.pk in rejected:
            row.rejected.append(service)
        if service.pk in stale:
            row.stale.append(service)
        if latest_version(service).missing_components():
            row.incomplete.append(service)
    for problem in translations:
        row = by_path.get(problem["page"].path[: -problem["page"].steplen])
        if row is not None:
            row.translations.append(problem)
    for agency in agencies:
        if agency.pk in pending:
            health[agency.pk].pending.append(agency)
        if agency.pk in rejected:
            health[agency.pk].rejected.append(agency)
    return list(health.values())
