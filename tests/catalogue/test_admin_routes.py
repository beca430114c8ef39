"""Every admin route that accepts a POST, tried by an agency editor against pages they must not change
(issue 11, item 1): their own agency's page while it is in review, another agency's page at the
same MPP and a page of another MPP (both in review too). Nothing may change: no revision, no
publish, no move, no workflow step, no new page.

The routes come from Django's URL resolver, so a route a future Wagtail (or wagtail-localize, or
we) adds is tried without editing this test. Path parameters are filled by name (``FILLERS``);
a parameter of an unknown kind gets the page under test's id (an ``int``) or its slug (anything
else); a route whose URL cannot be built that way (it does not resolve) is a failure, not skipped.
A URL shadowed by an earlier route (ours over wagtail-localize's) is tried once, with the view
that answers it. Parameters that
name an action or a model are tried with every action and model that applies to pages. Each POST
carries the page's whole edit form with every "publish" / "submit" button pressed and the usual
fields of the other forms (revision, destination, locales...), as a form or as JSON for the admin
API, and ``?id=`` where the path names no object (bulk actions).
"""

import itertools
import json
import re

from django.db.models import Q
from django.test import Client
from django.urls import resolve
from django.urls.exceptions import Resolver404

from wagtail.admin.api.views import PagesAdminAPIViewSet
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.models import Page, PageLogEntry, Revision, TaskState, WorkflowState
from wagtail_localize.models import OverridableSegment, StringSegment, Translation, TranslationSource

import pytest

from catalogue.models.review import APPROVE_WITH_TRANSLATIONS
from tests.helpers import agency, client_for, edit_form_data, english_locale, service, submit, url_routes, user

pytestmark = pytest.mark.django_db

EDITOR = "dukcapil-jembrana"
MARK = "Zebrakuda"  # in every posted text field: seen anywhere afterwards, something was written
TARGETS = {  # (service, MPP, the agency editor who submits it for review)
    "own page in review": ("akta-kematian", "mpp-jembrana", "dukcapil-jembrana"),
    "another agency": (None, "mpp-jembrana", "polres-jembrana"),
    "another MPP": ("akta-kematian", "mpp-karangasem", "dukcapil-karangasem"),
}
PARAMETER = re.compile(r"<(?:(?P<converter>\w+):)?(?P<name>\w+)>|\(\?P<(?P<group>\w+)>(?P<regex>[^)]*)\)")


def admin_routes():
    """Every admin URL pattern, as its full route string (prefixes included)."""
    return [(route, pattern) for route, pattern in url_routes() if route.startswith("admin/")]


class Target:
    """The page under test and everything a route may name about it."""

    def __init__(self, key):
        slug, at, submitter = TARGETS[key]
        agency_slug = submitter.split("-")[0] if slug else "polres"
        owner = agency(agency_slug, at)
        self.page = service(slug, at) if slug else owner.get_children().live().first().specific
        self.old_revision = self.page.save_revision()  # a draft nobody approved: reverting to it must fail

        submitter = client_for(submitter)
        assert submit(submitter, self.page).status_code == 302
        self.page = Page.objects.get(pk=self.page.pk).specific
        self.task_state = self.page.current_workflow_task_state
        english = self.page.get_translation(english_locale())
        # The English page is in review too: nothing about either may change.
        assert submitter.post(f"/admin/pages/{english.pk}/edit/", {"catalogue-submit-translation": "1"})
        assert self.task_state is not None and Page.objects.get(pk=english.pk).workflow_in_progress
        self.pages = [self.page.pk, english.pk]
        source = TranslationSource.objects.get(object_id=self.page.translation_key, locale_id=self.page.locale_id)
        translation = Translation.objects.get(source=source, target_locale=english_locale())
        segment = StringSegment.objects.filter(source=source).first()
        overridable = OverridableSegment.objects.filter(source=source).first()
        own_agency = agency("dukcapil", "mpp-jembrana")
        self.fillers = {
            "page_id": self.page.pk,
            "pk": self.page.pk,
            "page_pk": self.page.pk,
            "page_to_move_id": self.page.pk,
            "object_id": self.page.pk,
            "parent_page_id": self.page.get_parent().pk,
            "destination_id": own_agency.pk,  # "move it into my agency"
            "revision_id": self.old_revision.pk,
            "revision_id_a": self.old_revision.pk,
            "revision_id_b": self.task_state.revision_id,
            "task_state_id": self.task_state.pk,
            "task_id": self.task_state.pk,  # the workflow preview names the task state
            "workflow_state_id": self.task_state.workflow_state_id,
            "translation_id": translation.pk,
            "translation_source_id": source.pk,
            "string_segment_id": segment.pk if segment else 0,
            "overridable_segment_id": overridable.pk if overridable else 0,
            "session_id": 1,
        }
        self.models = [("wagtailcore", "page"), (self.page._meta.app_label, self.page._meta.model_name)]
        names = set(PagesAdminAPIViewSet.actions)
        names |= {
            action.action_type for action in bulk_action_registry.get_bulk_actions_for_model("wagtailcore", "page")
        }
        task = self.task_state.task.specific
        names |= {name for name, *_rest in task.get_actions(self.page, user("admin-for-tests"))}
        self.actions = sorted(names | {APPROVE_WITH_TRANSLATIONS})
        self.form = self.post_data(own_agency)
        self.last_revision = Revision.objects.order_by("-pk").values_list("pk", flat=True).first()

    def post_data(self, own_agency):
        data = edit_form_data(self.page)
        data["title"] = f"{self.page.title} {MARK}"
        data.update(
            {
                "summary": MARK,
                "action-publish": "1",
                "action-submit": "1",
                "action-workflow-action": "1",
                "action-restart-workflow": "1",
                "workflow-action-name": "approve",
                "comment": MARK,
                "revision_id": str(self.old_revision.pk),
                "new_title": MARK,
                "new_slug": "zebrakuda",
                "new_parent_page": str(own_agency.pk),
                "copy_subpages": "on",
                "publish_copies": "on",
                "alias": "on",
                "locales": str(english_locale().pk),
                "include_subtree": "on",
                "publish_translations": "on",
                "confirm": "1",
            }
        )
        return data

    def json_data(self):
        return {
            "revision_id": self.old_revision.pk,
            "destination_page_id": self.fillers["destination_id"],
            "locale": "en",
            "recursive": True,
            "include_descendants": True,
            "copy_subpages": True,
            "keep_live": True,
            "title": MARK,
            "slug": "zebrakuda",
        }


def snapshot(target):
    """What must not change: the page and its translation, their revisions and reviews, and which
    page is live with which revision anywhere (a publish, a move or a new page shows there)."""
    ids = [str(pk) for pk in target.pages]
    fields = ("id", "live", "live_revision_id", "latest_revision_id", "has_unpublished_changes", "path")
    fields += ("url_path", "title", "draft_title", "slug", "locked", "alias_of_id", "go_live_at", "expire_at")
    return {
        "pages": list(Page.objects.filter(pk__in=target.pages).order_by("pk").values_list(*fields)),
        "revisions": list(Revision.objects.filter(object_id__in=ids).order_by("pk").values_list("pk", "content")),
        "workflows": list(WorkflowState.objects.filter(object_id__in=ids).order_by("pk").values_list("pk", "status")),
        "tasks": list(
            TaskState.objects.filter(workflow_state__object_id__in=ids)
            .order_by("pk")
            .values_list("pk", "status", "revision_id")
        ),
        "tree": list(Page.objects.order_by("pk").values_list("pk", "live", "live_revision_id", "path")),
        "new revisions anywhere": Revision.objects.filter(pk__gt=target.last_revision).count(),
        "marked": Page.objects.filter(Q(title__icontains=MARK) | Q(draft_title__icontains=MARK)).count(),
        "log": PageLogEntry.objects.filter(page_id__in=target.pages).exclude(action__startswith="wagtail.view").count(),
    }


def fill(route, target):
    """Every URL for this route with its parameters filled, or raise ``LookupError``."""
    choices = []
    for match in PARAMETER.finditer(route):
        name = match["name"] or match["group"]
        integer = match["converter"] == "int" or (match["regex"] or "").startswith("\\d")
        if "action" in name:
            choices.append([(name, action) for action in target.actions])
        elif name in ("app_label", "content_type_app_name", "app_name"):
            choices.append([(name, app) for app, _model in target.models])
        elif name in ("model_name", "content_type_model_name"):
            choices.append([(name, model) for _app, model in target.models])
        else:
            default = target.page.pk if integer else target.page.slug
            choices.append([(name, target.fillers.get(name, default))])
    urls = []
    for combination in itertools.product(*choices):
        values = dict(combination)
        apps = [values[n] for n in ("app_label", "content_type_app_name", "app_name") if n in values]
        models = [values[n] for n in ("model_name", "content_type_model_name") if n in values]
        if apps and models and (apps[0], models[0]) not in target.models:
            continue  # an app with another app's model
        path = PARAMETER.sub(lambda m, values=values: str(values[m["name"] or m["group"]]), route)
        path = "/" + re.sub(r"\\(.)", r"\1", path.replace("^", "").replace("$", "")).replace(".*", "x")
        urls.append(path)
    return urls


@pytest.mark.parametrize("case", list(TARGETS))
def test_no_admin_route_lets_an_editor_change_what_they_may_not(demo, case):
    target = Target(case)
    editor = Client(raise_request_exception=False)  # a view that fails (Wagtail's "failwhale") is still tried
    editor_user = user(EDITOR)
    failures, unfilled, tried = [], [], 0
    before = snapshot(target)
    seen = set()
    for route, _pattern in admin_routes():
        for url in fill(route, target):
            try:
                resolve(url)  # the view that answers it: this route's, or one that shadows it
            except Resolver404:
                unfilled.append(f"{route} -> {url}")
                continue
            if url in seen:
                continue
            seen.add(url)
            editor.force_login(editor_user)  # a POST to "log out" must not end the tour
            # A route that names no object in its path (bulk actions) gets them as ?id=; elsewhere the
            # query would change what answers (the admin API redirects a filtered request).
            named = {match["name"] or match["group"] for match in PARAMETER.finditer(route)}
            if not named & set(target.fillers):
                url = url + "?" + "&".join(f"id={pk}" for pk in target.pages)
            if "/api/" in url:
                body = json.dumps(target.json_data())
                response = editor.post(url, body, content_type="application/json")
            else:
                response = editor.post(url, target.form)
            tried += 1
            after = snapshot(target)
            if after != before:
                changed = [key for key in before if before[key] != after[key]]
                failures.append(f"{route} ({url}, {response.status_code}): changed {', '.join(changed)}")
                before = after
    assert not unfilled, "routes this test could not fill:\n" + "\n".join(unfilled)
    assert tried > 250
    assert not failures, f"{case}:\n" + "\n".join(failures)
