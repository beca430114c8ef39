"""The admin in Indonesian, as the roles see it (issue 13, item 9).

Every screen of the editor's, the reviewer's and the administrator's journeys is rendered through
the real admin over HTTP, and the English words in its visible text are found by comparing how
common each word is in English and in Indonesian (``wordfreq``), not from a hand-kept list of
strings: a string that a future Wagtail shows without an Indonesian translation fails here by
itself. The translations come from three catalogues: the portal's (``locale/``), Wagtail's and
wagtail-localize's own ``id_ID`` ones, and ``locale_wagtail/`` for what those lack.

The test client sees what the server renders; what Wagtail's scripts draw (StreamField menus,
the translation editor) comes from the JavaScript catalogues, checked whole below.
"""

import glob
import json
import os
import re

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.dates import MONTHS_3

from wagtail.models import Page
from wagtail.users.models import UserProfile

import polib
import pytest
from bs4 import BeautifulSoup
from wordfreq import zipf_frequency

from tests import factories
from tests.helpers import client_for, edit_form_data, submit, workflow_action

pytestmark = pytest.mark.django_db

# Names and acronyms that are the same in both languages. Keep it short and never add an English
# word here: translate the string instead (in locale/ for ours, locale_wagtail/ for Wagtail's).
PROPER_NAMES = {"wagtail", "whatsapp", "utc", "mpp", "dpmptsp", "disdukcapil", "dukcapil"}

# A word is English when it is common in English (Zipf frequency, 3 = once per million words) and
# clearly rarer in Indonesian. Indonesian borrows many English words ("email", "login", "status",
# "data", "link", "file" are as common in both), and those are not flagged.
COMMON_IN_ENGLISH = 3.0
RARER_IN_INDONESIAN = 0.5

NOT_SHOWN = ["script", "style", "template", "noscript", "svg"]
# Wagtail 8.0 writes these in English, not marked for translation: the hidden search button of the
# dashboard and the headers (wagtailadmin/home.html, shared/header.html) and the label of the
# header's buttons (shared/headers/_actions.html). Delete each when a Wagtail release translates it.
UNTRANSLATABLE_UPSTREAM = {
    '.submit.w-sr-only input[type=submit][value="Search"]': "value",
    'nav#w-slim-header-buttons[aria-label="Actions"]': "aria-label",
}
# Not text: a side panel's counter badge, empty ("None") until a script puts a number in it.
NOT_TEXT = ["[data-side-panel-toggle-counter][hidden]"]
SHOWN_ATTRIBUTES = ["placeholder", "aria-label", "title", "alt"]
# What scripts draw from the page's own data: the translation editor (a React app's props) and
# the StreamField forms (block definitions: labels, help texts, the strings of their buttons).
SCRIPT_DATA = ["data-props", "data-w-block-data-value"]
SHOWN_KEYS = {"label", "displayName", "field", "fieldHelpText", "description", "helpText", "_val", "strings"}

PACKAGES = os.path.dirname(os.path.dirname(__import__("wagtail").__file__))


def visible_text(page_html):
    """What a person reads or hears on the page: text (also in menus that open on a click, which
    are ``hidden`` until then), labels of controls, the tab's title, what scripts draw."""
    soup = BeautifulSoup(page_html, "html.parser")
    for tag in soup(NOT_SHOWN):
        tag.decompose()
    for tag in soup.select(", ".join(NOT_TEXT)):
        tag.decompose()
    for selector, attribute in UNTRANSLATABLE_UPSTREAM.items():
        for tag in soup.select(selector):
            del tag[attribute]
    texts = [soup.get_text(" ")]
    for name in SHOWN_ATTRIBUTES:
        texts += [tag[name] for tag in soup.select(f"[{name}]")]
    texts += [tag["value"] for tag in soup.select("input[type=submit][value], input[type=button][value]")]
    for name in SCRIPT_DATA:
        for tag in soup.select(f"[{name}]"):
            texts += list(_shown_strings(json.loads(tag[name])))
    return " ".join(texts)


def _shown_strings(value, shown=False):
    if isinstance(value, dict):
        for name, item in value.items():
            yield from _shown_strings(item, shown or name in SHOWN_KEYS)
    elif isinstance(value, list):
        for item in value:
            yield from _shown_strings(item, shown)
    elif isinstance(value, str) and shown and "<" not in value:
        yield value


def indonesian_words():
    """Words that Django's Indonesian catalogue itself uses in dates ("Nov", "Agu")."""
    with translation.override("id"):
        return {str(month).lower() for month in MONTHS_3.values()}


def english_words(text):
    allowed = PROPER_NAMES | indonesian_words()
    found = set()
    text = re.sub(r"\S+://\S+", " ", text)  # addresses are not words
    for word in set(re.findall(r"[A-Za-z]{3,}", text)):
        lower = word.lower()
        if lower in allowed:
            continue
        english = zipf_frequency(lower, "en")
        if english >= COMMON_IN_ENGLISH and english - zipf_frequency(lower, "id") >= RARER_IN_INDONESIAN:
            found.add(word)
    return found


def test_the_detector_finds_english_and_passes_indonesian():
    english = "This page is currently awaiting moderation. Only reviewers for this task can edit the page."
    assert {"This", "page", "currently", "awaiting", "moderation", "Only", "reviewers", "task"} <= english_words(
        english
    )
    indonesian = "Halaman ini sedang menunggu peninjauan. Kirim email ke admin DPMPTSP lewat tautan login."
    assert english_words(indonesian) == set()
    page = '<p>Simpan konsep <button aria-label="Toggle sidebar"></button></p><script>var page = "x";</script>'
    assert english_words(visible_text(page)) == {"Toggle", "sidebar"}


@pytest.fixture
def journey(settings):
    """One MPP with an agency, a service and its English page; an editor, a reviewer, an administrator."""
    home = factories.home_page()
    location = factories.mpp_page(home, slug="mpp-uji-bahasa")
    agency = factories.agency_page(location)
    service = factories.service_page(agency)
    editor = factories.editor(agency, username="editor-uji-bahasa", email="editor@example.org")
    reviewer = factories.reviewer(location, username="peninjau-uji-bahasa", email="peninjau@example.org")
    factories.translation(location)
    factories.translation(agency)
    english = factories.translation(service)
    return {
        "location": location,
        "agency": agency,
        "service": service,
        "english": english,
        "editor": client_for(editor.username),
        "reviewer": client_for(reviewer.username),
        "admin": client_for(get_user_model().objects.create_superuser("pengelola-uji-bahasa", "", "pw").username),
        "editor_user": editor,
    }


def without_content(text):
    """The interface's words only: the titles of English pages (content, written by editors, which the
    administrator's dashboard lists when other catalogues are loaded, e.g. the demo) are left out."""
    titles = Page.objects.filter(locale__language_code="en").values_list("title", flat=True)
    for title in sorted(set(titles), key=len, reverse=True):
        text = text.replace(title, " ")
    return text


def screen(client, url):
    response = client.get(url, follow=True)
    assert response.status_code == 200, url
    return response.content.decode()


def after(response, client):
    """The screen a redirect leads to, with the messages the action left."""
    assert response.status_code == 302, response.content.decode()[:500]
    return screen(client, response["Location"])


def test_every_screen_of_the_journeys_is_in_indonesian(journey):
    editor, reviewer, admin = journey["editor"], journey["reviewer"], journey["admin"]
    page, agency, location = journey["service"], journey["agency"], journey["location"]
    edit = f"/admin/pages/{page.pk}/edit/"
    screens = {"login": screen(Client(), "/admin/login/")}

    screens["editor: dashboard"] = screen(editor, "/admin/")
    screens["editor: services"] = screen(editor, "/admin/services/")
    screens["editor: agency's pages"] = screen(editor, f"/admin/pages/{agency.pk}/")
    screens["editor: edit"] = screen(editor, edit)
    screens["editor: submitted"] = after(submit(editor, page, summary="Ringkasan yang diperbarui."), editor)
    screens["editor: edit in review"] = screen(editor, edit)
    screens["editor: translation editor"] = screen(editor, f"/admin/pages/{journey['english'].pk}/edit/")

    screens["reviewer: dashboard"] = screen(reviewer, "/admin/")
    screens["reviewer: edit"] = screen(reviewer, edit)
    screens["reviewer: compare"] = screen(
        reviewer, reverse("wagtailadmin_pages:revisions_compare", args=(page.pk, "live", "latest"))
    )
    screens["reviewer: history"] = screen(reviewer, f"/admin/pages/{page.pk}/history/")
    screens["reviewer: workflow history"] = screen(reviewer, f"/admin/pages/{page.pk}/workflow_history/")
    task_state = Page.objects.get(pk=page.pk).current_workflow_task_state
    modal = reviewer.get(reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "reject", task_state.pk)))
    screens["reviewer: request changes"] = json.loads(modal.content)["html"]
    rejected = workflow_action(reviewer, page, "reject", comment="Lengkapi persyaratannya.")
    screens["reviewer: changes requested"] = after(rejected, reviewer)

    screens["editor: dashboard, sent back"] = screen(editor, "/admin/")
    screens["editor: edit, sent back"] = screen(editor, edit)
    data = edit_form_data(page)
    data["action-restart-workflow"] = "1"
    screens["editor: submitted again"] = after(editor.post(edit, dict(data.lists())), editor)
    screens["reviewer: approved"] = after(workflow_action(reviewer, page, "approve"), reviewer)

    screens["reviewer: services due for review"] = screen(reviewer, reverse("catalogue_stale_report"))
    screens["reviewer: search report"] = screen(reviewer, reverse("search_report"))
    screens["reviewer: usefulness"] = screen(reviewer, reverse("feedback_usefulness"))
    screens["reviewer: feedback"] = screen(reviewer, "/admin/feedback/")
    screens["reviewer: MPP page"] = screen(reviewer, f"/admin/pages/{location.pk}/edit/")

    screens["admin: dashboard"] = screen(admin, "/admin/")
    screens["admin: onboarding"] = screen(admin, reverse("catalogue_onboarding"))
    incomplete = {"mpp": location.slug, "role": "editor", "agency": "dinsos", "title": "Dinas Sosial"}
    screens["admin: onboarding refused"] = admin.post(reverse("catalogue_onboarding"), incomplete).content.decode()
    onboarded = admin.post(
        reverse("catalogue_onboarding"),
        {**incomplete, "acronym": "Dinsos", "kind": "regency_office", "username": "dinsos-uji-bahasa"},
    )
    screens["admin: onboarded"] = after(onboarded, admin)
    screens["admin: failed sign-ins"] = screen(admin, reverse("failed_sign_ins"))

    english = {name: sorted(english_words(without_content(visible_text(text)))) for name, text in screens.items()}
    assert {name: words for name, words in english.items() if words} == {}
    assert {message.subject for message in mail.outbox}, "the review sent no e-mail"
    for message in mail.outbox:
        assert not english_words(message.subject + " " + message.body), message.subject
        assert message.body.startswith("Halo "), message.body


def test_review_emails_speak_each_recipients_language(journey):
    """The editor chose English in their account: their e-mails are English throughout, the
    reviewer's (no choice: the portal's language) Indonesian throughout."""
    profile = UserProfile.get_for_user(journey["editor_user"])
    profile.preferred_language = "en"
    profile.save()
    page = journey["service"]
    submit(journey["editor"], page, summary="Ringkasan yang diperbarui.")
    workflow_action(journey["reviewer"], page, "reject", comment="Lengkapi persyaratannya.")
    to_reviewer = [message for message in mail.outbox if message.to == ["peninjau@example.org"]]
    to_editor = [message for message in mail.outbox if message.to == ["editor@example.org"]]
    assert to_reviewer and to_editor
    for message in to_reviewer:
        assert message.body.startswith("Halo peninjau-uji-bahasa,")
        assert not english_words(message.subject + " " + message.body)
    for message in to_editor:
        assert message.body.startswith("Hello editor-uji-bahasa,")
        assert "Lengkapi persyaratannya." in message.body
        for indonesian in ("Halo", "Apa kabar", "Halaman", "Anda"):
            assert indonesian not in message.body


def javascript_catalogue(client, url):
    script = client.get(url).content.decode()
    return json.loads(re.search(r"const newcatalog = (\{.*?\});\n", script, re.S).group(1))


@pytest.mark.parametrize(
    ("package", "url"),
    [("wagtail/admin", "/admin/jsi18n/"), ("wagtail_localize", "/admin/localize/jsi18n/")],
)
def test_every_string_of_the_admin_scripts_has_indonesian(journey, package, url):
    """Derived from the package's own English catalogue, so a string a new version adds fails here."""
    source = polib.pofile(os.path.join(PACKAGES, package, "locale", "en", "LC_MESSAGES", "djangojs.po"))
    catalogue = javascript_catalogue(journey["editor"], url)
    assert sorted(entry.msgid for entry in source if entry.msgid not in catalogue) == []


def test_locale_wagtail_holds_only_strings_of_wagtail_and_not_the_portals():
    """One home per string: locale_wagtail/ only for the packages' strings, locale/ for ours."""
    ours = {entry.msgid for entry in polib.pofile(os.path.join(settings.BASE_DIR, "locale/id/LC_MESSAGES/django.po"))}
    for domain in ("django", "djangojs"):
        upstream = set()
        for path in glob.glob(
            os.path.join(PACKAGES, "wagtail*", "**", "locale", "en", "LC_MESSAGES", f"{domain}.po"), recursive=True
        ):
            upstream |= {entry.msgid for entry in polib.pofile(path)}
        supplement = polib.pofile(os.path.join(settings.BASE_DIR, f"locale_wagtail/id/LC_MESSAGES/{domain}.po"))
        assert [entry.msgid for entry in supplement if entry.msgid not in upstream] == []
        assert [entry.msgid for entry in supplement if not entry.translated()] == []
        if domain == "django":
            assert sorted({entry.msgid for entry in supplement} & ours) == []
