"""Who may do what: roles as Wagtail groups with page permissions on the tree.

- **DPMPTSP reviewer**, one group per MPP: edits, publishes, schedules, moves and
  deletes anything under its MPP page (in every language), approves or rejects
  the "DPMPTSP review" workflow of that MPP. It picks shared catalogue data but
  does not change it: that would change every MPP's public pages at once.
- **Agency editor**, one group per agency per MPP: adds and edits that agency's
  pages (and their English translations) and sends them for review; no publish,
  so Wagtail refuses publish and unpublish, and ``ReviewedPagePermissionTester``
  refuses delete and move. No permission on the MPP page: its counters, floors
  and opening hours stay with the reviewer.
- **National catalogue**, one group: changes the shared catalogue data
  (``SHARED_SNIPPETS``: requirement documents, life events, synonyms) and their
  English translations; no page permission at all.
- **Portal administrator**: a Wagtail superuser.

Everything here is idempotent: running it again adds what is missing and
changes nothing else. The page tree is the source of truth; groups are found
by name, derived from the slugs.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import PasswordResetForm
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _

from wagtail.models import GroupPagePermission, Locale, Workflow, WorkflowPage, WorkflowTask
from wagtail.users.models import UserProfile

from catalogue.models import AgencyPage, MPPLocationPage, ReviewTask
from catalogue.models.agency import AGENCY_KINDS

REVIEWER_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "bulk_delete_page", "lock_page", "unlock_page"]
EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page"]

# (app label, codename) of model permissions.
ADMIN_ACCESS = [("wagtailadmin", "access_admin")]
# Citizens' feedback: seen and marked handled on the pages the user may edit (portal/feedback/permissions.py).
FEEDBACK = [("portal", "view_feedback"), ("portal", "change_feedback")]
# Catalogue data that every MPP's pages use. A change to one of these is live at once on every MPP,
# so only the national catalogue role changes them; every other role may only pick them. A new
# shared snippet (a model used by more than one MPP) is declared here and nowhere else.
SHARED_SNIPPETS = [
    ("portal_search", "synonym"),
    ("catalogue", "requirementdocument"),
    ("catalogue", "condition"),
    ("catalogue", "lifeevent"),
]
SHARED_VIEW = [(app, f"view_{model}") for app, model in SHARED_SNIPPETS]
SHARED_CHANGE = [(app, f"{action}_{model}") for app, model in SHARED_SNIPPETS for action in ("add", "change", "delete")]
# The search report: a reviewer reads the searches made at their MPP, the national role all of them.
SEARCH_REPORT = [("portal_search", "view_querylog")]
# wagtail-localize's "submit translation" also lets its holder sync *and publish* translations
# without a page permission check, so only reviewers hold it. Editors translate the text of their
# agency's English pages in the translation editor; publishing it is the reviewer's.
REVIEWER_PERMISSIONS = (
    ADMIN_ACCESS + [("wagtail_localize", "submit_translation")] + SHARED_VIEW + FEEDBACK + SEARCH_REPORT
)
# Editors pick requirement documents, conditions and life events, but do not change the shared lists.
EDITOR_PERMISSIONS = (
    ADMIN_ACCESS
    + [("catalogue", "view_requirementdocument"), ("catalogue", "view_condition"), ("catalogue", "view_lifeevent")]
    + FEEDBACK
)
# The national catalogue team: the shared lists and their English translations, no page at all.
NATIONAL_PERMISSIONS = (
    ADMIN_ACCESS + [("wagtail_localize", "submit_translation")] + SHARED_VIEW + SHARED_CHANGE + SEARCH_REPORT
)
NATIONAL_GROUP = "National catalogue"


class RoleError(Exception):
    """A role cannot be set up as asked (unknown MPP or agency, ...); the message says why."""


def short_name(mpp):
    """ "jembrana" for ``mpp-jembrana``: the part of demo usernames that names the MPP."""
    return mpp.slug.removeprefix("mpp-")


def reviewer_group_name(mpp):
    return f"DPMPTSP reviewers: {mpp.slug}"


def editor_group_name(mpp, agency_slug):
    return f"Agency editors: {mpp.slug}/{agency_slug}"


def workflow_name(mpp):
    """Stored once and shown in the admin and the review e-mails: named in the source language."""
    with translation.override(settings.LANGUAGE_CODE):
        return _("DPMPTSP review — %(mpp)s") % {"mpp": mpp.title}


def source_page(page):
    """The Indonesian (source-language) version of a page (``CataloguePage.source_page``)."""
    return page.specific.source_page


def find_mpp(slug):
    mpp = MPPLocationPage.objects.filter(slug=slug, locale=Locale.get_default()).first()
    if mpp is None:
        known = ", ".join(MPPLocationPage.objects.filter(locale=Locale.get_default()).values_list("slug", flat=True))
        raise RoleError(
            _("There is no MPP with the slug '%(slug)s'. Known MPPs: %(known)s.")
            % {"slug": slug, "known": known or "-"}
        )
    return mpp


def find_agency(mpp, slug):
    agency = AgencyPage.objects.child_of(mpp).filter(slug=slug).first()
    if agency is None:
        raise RoleError(_("%(mpp)s has no agency with the slug '%(slug)s'.") % {"mpp": mpp.title, "slug": slug})
    return agency


def _permissions(pairs):
    found = {
        (p.content_type.app_label, p.codename): p
        for p in Permission.objects.filter(codename__in=[codename for _app, codename in pairs]).select_related(
            "content_type"
        )
    }
    missing = [pair for pair in pairs if pair not in found]
    if missing:
        raise RoleError(f"Permissions not found (are migrations applied?): {missing}")
    return [found[pair] for pair in pairs]


def _grant_pages(group, pages, codenames):
    permissions = Permission.objects.filter(content_type__app_label="wagtailcore", codename__in=codenames)
    for page in pages:
        for permission in permissions:
            GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)


def _all_languages(page):
    return list(page.get_translations(inclusive=True).order_by("locale_id"))


@transaction.atomic
def setup_reviewers(mpp):
    """The MPP's reviewer group, its rights on the MPP subtree and its "DPMPTSP review" workflow."""
    mpp = source_page(mpp.specific)
    group, _created = Group.objects.get_or_create(name=reviewer_group_name(mpp))
    group.permissions.add(*_permissions(REVIEWER_PERMISSIONS))
    pages = _all_languages(mpp)
    _grant_pages(group, pages, REVIEWER_PAGE_PERMISSIONS)
    setup_workflow(mpp, group, pages)
    return group


def setup_workflow(mpp, group, pages):
    """One workflow per MPP, assigned to the MPP page in every language, so translations
    go through the same review as the Indonesian pages."""
    assigned = WorkflowPage.objects.filter(page__in=pages).select_related("workflow").first()
    if assigned is not None:
        workflow = assigned.workflow
    else:
        workflow = Workflow.objects.create(name=workflow_name(mpp))
    if not workflow.workflow_tasks.exists():
        with translation.override(settings.LANGUAGE_CODE):
            task = ReviewTask.objects.create(name=_("DPMPTSP review"))
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    for task in workflow.tasks.specific():
        if isinstance(task, ReviewTask):
            task.groups.add(group)
    for page in pages:
        WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
    return workflow


@transaction.atomic
def setup_editors(agency):
    """The agency's editor group with add and change rights on its pages, in every language."""
    agency = source_page(agency.specific)
    mpp = agency.get_parent().specific
    group, _created = Group.objects.get_or_create(name=editor_group_name(mpp, agency.slug))
    group.permissions.add(*_permissions(EDITOR_PERMISSIONS))
    _grant_pages(group, _all_languages(agency), EDITOR_PAGE_PERMISSIONS)
    return group


@transaction.atomic
def setup_national():
    """The national catalogue group: the only role that changes shared snippets (``SHARED_SNIPPETS``)."""
    group, _created = Group.objects.get_or_create(name=NATIONAL_GROUP)
    group.permissions.add(*_permissions(NATIONAL_PERMISSIONS))
    return group


def is_shared(model):
    return (model._meta.app_label, model._meta.model_name) in SHARED_SNIPPETS


def may_change_shared(user, model):
    """Whether the user may change a shared snippet type (the national role or an administrator)."""
    app, name = model._meta.app_label, model._meta.model_name
    return user.has_perm(f"{app}.change_{name}")


def setup_mpp(mpp):
    """Reviewer group, workflow and one editor group per agency of an MPP."""
    reviewers = setup_reviewers(mpp)
    editors = [setup_editors(agency) for agency in AgencyPage.objects.child_of(source_page(mpp.specific))]
    return reviewers, editors


def copy_permissions_to_translation(page):
    """A new translation of an MPP or agency page gets the rights (and workflow) of its source.

    Called when wagtail-localize creates the English page after the groups were
    set up, so an agency's editors can at once edit their English pages.
    """
    source = source_page(page)
    if source is None or source.pk == page.pk:
        return
    for row in GroupPagePermission.objects.filter(page=source):
        GroupPagePermission.objects.get_or_create(group_id=row.group_id, page=page, permission_id=row.permission_id)
    assigned = WorkflowPage.objects.filter(page=source).first()
    if assigned is not None:
        WorkflowPage.objects.update_or_create(page=page, defaults={"workflow_id": assigned.workflow_id})


class PasswordSetupForm(PasswordResetForm):
    """Django's password-reset e-mail, sent to one new account so that its owner sets a password.

    ``PasswordResetForm`` only mails accounts that already have a usable password (and finds
    them by address); a new account has none, so the account is given, not looked up.
    """

    def __init__(self, user):
        super().__init__(data={"email": user.email})
        self.user = user

    def get_users(self, email):
        return [self.user] if self.user.is_active else []


def send_password_setup(user):
    """E-mail a new account a link to set its password, through Django's mail settings."""
    form = PasswordSetupForm(user)
    if not form.is_valid():
        return False
    base = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    form.save(
        domain_override=base.netloc,
        use_https=base.scheme == "https",
        subject_template_name="catalogue/emails/password_setup_subject.txt",
        email_template_name="catalogue/emails/password_setup.txt",
        extra_email_context={"base_url": f"{base.scheme}://{base.netloc}"},
    )
    return True


def add_user(group, username, *, email="", password=None, hashed_password=None):
    """Add an account to a role group, creating the account if needed. Returns (user, created).

    A new account given neither password is sent the password-setup e-mail once the
    transaction commits (nothing is mailed for an onboarding that fails); ``user.invited``
    then says so, for the command's and the form's reply.
    """
    User = get_user_model()
    user, created = User.objects.get_or_create(username=username, defaults={"email": email})
    user.invited = False
    if created:
        if hashed_password:
            user.password = hashed_password
        elif password:
            user.set_password(password)
        else:
            user.set_unusable_password()
            if user.email:
                user.invited = True
                transaction.on_commit(lambda: send_password_setup(user))
        user.save()
        # The portal's language until its owner chooses another in their account. Without a choice,
        # Wagtail writes a review e-mail in the language of whoever acted (an editor working in
        # English would send the reviewer English e-mails).
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = settings.LANGUAGE_CODE
        profile.save(update_fields=["preferred_language"])
    elif email and not user.email:
        user.email = email
        user.save(update_fields=["email"])
    if user.is_superuser:
        raise RoleError(_("%(username)s is an administrator and already may do everything.") % {"username": username})
    user.groups.add(group)
    return user, created


def password_hint(user):
    """The onboarding commands' last word on how the new user gets a password."""
    if getattr(user, "invited", False):
        return f" An e-mail to set a password goes to {user.email}."
    if not user.has_usable_password():
        return f" Set a password with: manage.py changepassword {user.username}"
    return ""


def editors_of(agency):
    """The active accounts of an agency's editor group (for reminders)."""
    agency = source_page(agency.specific)
    mpp = agency.get_parent().specific
    return (
        get_user_model()
        .objects.filter(groups__name=editor_group_name(mpp, agency.slug), is_active=True)
        .order_by("username")
    )


def reviewed_mpps(user):
    """The MPP pages (source language) whose reviewer group the user belongs to; every MPP for an admin."""
    mpps = MPPLocationPage.objects.filter(locale=Locale.get_default()).order_by("title")
    if user.is_superuser:
        return list(mpps)
    names = set(user.groups.values_list("name", flat=True))
    return [mpp for mpp in mpps if reviewer_group_name(mpp) in names]


def edited_agencies(user):
    """The agency pages (source language) whose editor group the user belongs to."""
    pages = GroupPagePermission.objects.filter(
        group__in=user.groups.all(), permission__codename="change_page"
    ).values_list("page_id", flat=True)
    return list(AgencyPage.objects.filter(pk__in=pages, locale=Locale.get_default()).order_by("title"))


def demo_accounts_allowed():
    return getattr(settings, "DEMO_ACCOUNTS", False)


@transaction.atomic
def onboard_agency(mpp, slug, *, title="", acronym="", kind="", description="", username="", email=""):
    """Create (or find) an agency under an MPP with its editor group, and add a user to it.

    Returns (agency, group, user or None, agency_created). A new agency page is a
    draft: an empty agency is not shown to citizens. It goes live with its first
    service that DPMPTSP approves (``catalogue.review.publish_new_agency``).
    """
    mpp = source_page(mpp.specific)
    agency = AgencyPage.objects.child_of(mpp).filter(slug=slug).first()
    created = agency is None
    if created:
        missing = [name for name, value in (("title", title), ("acronym", acronym), ("kind", kind)) if not value]
        if missing:
            raise RoleError(
                _("%(mpp)s has no agency '%(slug)s' yet. To create it, also give: %(missing)s.")
                % {"mpp": mpp.title, "slug": slug, "missing": ", ".join(missing)}
            )
        if kind not in dict(AGENCY_KINDS):
            raise RoleError(
                _("Unknown kind '%(kind)s'. Choose one of: %(kinds)s.")
                % {"kind": kind, "kinds": ", ".join(dict(AGENCY_KINDS))}
            )
        agency = AgencyPage(
            title=title,
            slug=slug,
            acronym=acronym,
            kind=kind,
            description=description or title,
            locale=mpp.locale,
            live=False,
        )
        mpp.add_child(instance=agency)
        agency.save_revision()
    setup_reviewers(mpp)
    group = setup_editors(agency)
    user = None
    if username:
        user, _created = add_user(group, username, email=email)
    return agency, group, user, created
