"""The HSDS 3.0 feed's URLs (``/api/hsds/v3/``); the read API's are django-ninja's (``api.views.api``)."""

from django.urls import path

from . import hsds

app_name = "hsds"
urlpatterns = [
    path("", hsds.root, name="root"),
    path("services", hsds.service_list, name="services"),
    path("services/<str:identifier>", hsds.service_detail, name="service"),
    path("organizations", hsds.organization_list, name="organizations"),
    path("organizations/<str:identifier>", hsds.organization_detail, name="organization"),
    path("service_at_locations", hsds.service_at_location_list, name="service_at_locations"),
]
