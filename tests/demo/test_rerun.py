"""Running ``load_demo`` again on a catalogue people have changed changes nothing (issue 11, item 5):
no page re-created or re-published outside the review, no site setting, group membership or
permission restored; under the production settings it refuses unless asked with a flag."""

import io

from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command

from wagtail.models import GroupPagePermission, Page, PageLogEntry, Revision, Site

import pytest

from portal.models import PortalSettings
from tests.helpers import client_for, english_locale, mpp, service, user

pytestmark = pytest.mark.django_db

REVIEWER = "reviewer-jembrana"


def state():
    """Everything a rerun could touch: pages, revisions, the audit log, live pages, roles, settings."""
    site_settings = PortalSettings.for_site(Site.objects.get(is_default_site=True))
    return {
        "pages": list(Page.objects.order_by("pk").values_list("pk", "live", "live_revision_id", "path")),
        "revisions": Revision.objects.count(),
        "log": PageLogEntry.objects.count(),
        "settings": (site_settings.is_demo, site_settings.operator_name),
        "memberships": sorted(user("dukcapil-jembrana").groups.values_list("name", flat=True)),
        "page permissions": GroupPagePermission.objects.count(),
        "permissions": sorted(Group.objects.values_list("name", "permissions__codename")),
    }


def rerun(*args):
    out = io.StringIO()
    call_command("load_demo", "--no-progress", *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


@pytest.fixture
def changed(demo):
    """What an administrator and a reviewer did after the demo was loaded."""
    reviewer = client_for(REVIEWER)
    gone = service("legalisir-dokumen-kependudukan")
    english = gone.get_translation(english_locale())
    assert reviewer.post(f"/admin/pages/{gone.pk}/delete/").status_code == 302
    withdrawn = service("akta-kematian").get_translation(english_locale())
    assert reviewer.post(f"/admin/pages/{withdrawn.pk}/unpublish/").status_code == 302
    site_settings = PortalSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.is_demo, site_settings.operator_name = False, "Pemkab Jembrana"
    site_settings.save()
    editor = user("dukcapil-jembrana")
    editor.groups.clear()
    group = Group.objects.get(name="DPMPTSP reviewers: mpp-jembrana")
    group.permissions.remove(group.permissions.order_by("codename").first())
    GroupPagePermission.objects.filter(group=group, permission__codename="publish_page").delete()
    return {"gone": [gone.pk, english.pk], "withdrawn": withdrawn.pk}


def test_a_rerun_changes_nothing_people_changed(changed):
    before = state()
    out = rerun()
    assert "nothing to do" in out
    assert state() == before
    assert not Page.objects.filter(pk__in=changed["gone"]).exists()
    assert not Page.objects.descendant_of(mpp()).filter(slug="legalisir-dokumen-kependudukan").exists()
    assert not Page.objects.get(pk=changed["withdrawn"]).live


def test_production_settings_refuse_unless_asked(changed, settings):
    settings.DEMO_CONTENT, settings.DEMO_ACCOUNTS = False, False
    before = state()
    with pytest.raises(CommandError, match="--allow-production"):
        rerun()
    assert state() == before
    out = rerun("--allow-production")  # asked: still nothing to do on a built catalogue
    assert "nothing to do" in out
    assert state() == before
