"""Shared test helpers: pages of the demo catalogue, and the real Wagtail admin driven over HTTP.

Small trees for unit tests are built with ``tests.factories``; the fixtures (``demo``,
``in_english``) are in ``tests/conftest.py``.
"""

import datetime as dt
import re

from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import URLResolver, get_resolver, reverse
from django.utils import timezone

from wagtail.fields import StreamField
from wagtail.models import Locale, Page
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, streamfield

from catalogue.models import AgencyPage, MPPLocationPage, ServicePage

ADMIN = "admin-for-tests"


def user(username):
    User = get_user_model()
    if username == ADMIN:
        return User.objects.filter(username=ADMIN).first() or User.objects.create_superuser(ADMIN, "", "pw")
    return User.objects.get(username=username)


def client_for(username):
    client = Client()
    client.force_login(user(username))
    return client


def english_locale():
    return Locale.objects.get(language_code="en")


def mpp(slug="mpp-jembrana", language="id"):
    return MPPLocationPage.objects.get(slug=slug, locale__language_code=language)


def agency(slug="dukcapil", at="mpp-jembrana", language="id"):
    return AgencyPage.objects.child_of(mpp(at, language)).get(slug=slug)


def service(slug="akta-kelahiran", at="mpp-jembrana", language="id"):
    """A demo service by its slug, at one MPP (its slug), in one language."""
    return ServicePage.objects.descendant_of(mpp(at, language)).get(slug=slug)


def search_keys(query, language="id", **kwargs):
    """The keys of the services a search lists, best first (``ServiceSearch``'s arguments)."""
    from search.searching import ServiceSearch

    return [result["key"] for result in ServiceSearch(query, language, **kwargs).run().results]


def refused(response):
    """A refusal: permission denied, not found, or sent away (to the login or the dashboard)."""
    if response.status_code in (403, 404):
        return True
    return response.status_code == 302 and not any(part in response["Location"] for part in ("/edit/", "/localize/"))


def block_form_data(raw):
    """A block's stored value as form data: None as "", a ListBlock's items as its count/value/order rows."""
    if isinstance(raw, dict):
        return {key: block_form_data(value) for key, value in raw.items()}
    if isinstance(raw, list):
        rows = {
            str(index): {
                "value": block_form_data(item["value"] if isinstance(item, dict) and "value" in item else item),
                "deleted": "",
                "order": str(index),
                "id": item.get("id", "") if isinstance(item, dict) else "",
            }
            for index, item in enumerate(raw)
        }
        return {**rows, "count": str(len(raw))}
    return "" if raw is None else raw


def stream_form_data(page, name):
    """A StreamField as the editor's JavaScript would post it (the HTML has no inputs for it)."""
    items = []
    for block in getattr(page, name):
        items.append((block.block_type, block_form_data(block.block.get_prep_value(block.value))))
    return streamfield(items)


def edit_form_data(page, client=None):
    """The edit form of a page as the browser would post it, read as an administrator."""
    page = Page.objects.get(pk=page.pk).get_latest_revision_as_object()
    client = client or client_for(ADMIN)
    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    data = querydict_from_html(html, form_id="page-edit-form").copy()
    # A ticked checkbox without a value attribute is posted as "on" by browsers; the helper sends "".
    for tag in re.findall(r"<input[^>]*type=\"checkbox\"[^>]*>", html):
        name = re.search(r'name="([^"]+)"', tag)
        if name and " checked" in tag and "value=" not in tag and data.get(name.group(1)) == "":
            data[name.group(1)] = "on"
    names = [f.name for f in page._meta.get_fields() if isinstance(f, StreamField)]
    for key, value in nested_form_data({name: stream_form_data(page, name) for name in names}).items():
        data[key] = value
    return data


def submit(client, page, **changes):
    """Edit a page and press "Submit for moderation"."""
    data = edit_form_data(page)
    for key, value in changes.items():
        data[key] = value
    data["action-submit"] = "Submit"
    return client.post(f"/admin/pages/{page.pk}/edit/", dict(data.lists()))  # every value of a multiple choice


def workflow_action(client, page, action, **data):
    page = Page.objects.get(pk=page.pk)
    task_state = page.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, action, task_state.pk))
    return client.post(url, data)


def make_stale(page, years=2):
    """Last reviewed ``years`` ago: due for review again."""
    ServicePage.objects.filter(pk=page.pk).update(last_reviewed=timezone.localdate() - dt.timedelta(days=365 * years))


def set_password_through_the_link(client, message, password="Kata-sandi-baru-2024"):
    """Follow the e-mailed link to Wagtail's (Django's) set-password form and choose a password."""
    link = re.search(r"http://testserver(/admin/password_reset/confirm/\S+)", message.body).group(1)
    form = client.get(link, follow=True)
    assert form.status_code == 200
    response = client.post(form.redirect_chain[-1][0], {"new_password1": password, "new_password2": password})
    assert response.status_code == 302
    return password


def url_routes(patterns=None, prefix=""):
    """Every URL pattern the project answers, as (full route string, pattern), from Django's resolver:
    a route a future Wagtail adds is listed without editing any test."""
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            yield from url_routes(pattern.url_patterns, prefix + str(pattern.pattern))
        else:
            yield prefix + str(pattern.pattern), pattern
