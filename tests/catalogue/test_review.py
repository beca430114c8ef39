"""DPMPTSP review rules (catalogue/review.py): when a service is due for review again."""

import datetime as dt

from django.utils import timezone

import pytest

from catalogue import review
from catalogue.models import ServicePage
from tests import factories

pytestmark = pytest.mark.django_db


def test_review_interval_is_set_per_mpp():
    location = factories.mpp_page(factories.home_page())
    page = factories.service_page(factories.agency_page(location))
    ServicePage.objects.filter(pk=page.pk).update(last_reviewed=timezone.localdate() - dt.timedelta(days=200))
    assert page.pk not in {s.pk for s in review.stale_services(location)}
    location.review_interval_months = 6
    assert page.pk in {s.pk for s in review.stale_services(location)}
