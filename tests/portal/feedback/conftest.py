"""A small catalogue to give feedback on, and a browser that sends the service page's form."""

import re
from types import SimpleNamespace

from django.test import Client

import pytest

from tests import factories


@pytest.fixture
def tree(db):
    """Two MPPs: at the first, Dukcapil's birth certificate and the police's SKCK (also in English);
    at the second, Dukcapil's family card."""
    home = factories.home_page()
    first = factories.mpp_page(home, slug="mpp-uji-satu", title="MPP Uji Satu")
    dukcapil = factories.agency_page(first, counters=(1,))
    polres = factories.agency_page(first, slug="polres", counters=(6, 7), title="Kepolisian Resor Uji")
    second = factories.mpp_page(home, slug="mpp-uji-dua", title="MPP Uji Dua")
    other_dukcapil = factories.agency_page(second, counters=(3,), title="Dinas Kependudukan Kabupaten Uji Dua")
    skck = factories.service_page(polres, slug="skck", title="Surat Keterangan Catatan Kepolisian")
    home_en = factories.translation(home)
    first_en = factories.translation(first)
    polres_en = factories.translation(polres, {polres.title: "Uji Police"})
    skck_en = factories.translation(skck, {skck.title: "Police clearance certificate"})
    return SimpleNamespace(
        ours=factories.service_page(dukcapil),
        skck=skck,
        skck_en=skck_en,
        other_mpp=factories.service_page(other_dukcapil, slug="kartu-keluarga", title="Kartu Keluarga"),
        dukcapil=dukcapil,
        polres=polres,
        first=first,
        english=(home_en, first_en, polres_en),
    )


@pytest.fixture
def browser():
    """A client that enforces CSRF like a real browser session does (the feedback form needs none)."""
    return Client(enforce_csrf_checks=True)


@pytest.fixture
def send():
    def send(browser, target, **data):
        """Fill in the feedback form of ``target`` as a browser would (it says where the form was sent
        from); ``data`` may override ``page``."""
        html = browser.get(target.url).content.decode()
        action = re.search(r'<form method="post" action="([^"]+)"', html).group(1)
        return browser.post(action, {"page": target.pk} | data, headers={"Sec-Fetch-Site": "same-origin"})

    return send
