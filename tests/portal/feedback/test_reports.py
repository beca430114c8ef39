"""*Reports → Usefulness per agency* (portal/feedback/reports.py)."""

import re

from wagtail.models import Locale

import pytest

from tests.helpers import ADMIN, client_for

pytestmark = pytest.mark.usefixtures("tree")


def test_usefulness_per_agency_per_month(browser, send, tree):
    page = tree.skck_en
    for kind in ["useful", "useful", "useful", "not_useful"]:
        send(browser, page, kind=kind)
    html = client_for(ADMIN).get("/admin/reports/usefulness/").content.decode()
    row = re.search(r"<tr><th scope=\"row\">.*?</tr>", html, re.S).group(0)
    assert page.agency.get_translation(Locale.get_default()).title in row
    assert "75%" in row and re.search(r"\(3 \w+ 4\)", row)
