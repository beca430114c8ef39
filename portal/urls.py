from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.documents import urls as wagtaildocs_urls

from api.views import api as catalogue_api
from catalogue.admin import scoping
from portal import health, views
from portal.feedback.views import submit_feedback
from portal.sitemaps import MultilingualSitemap
from search import views as search_views

urlpatterns = [
    # Wagtail's page chooser, scoped to what the user may see (catalogue/admin/scoping.py); before
    # Wagtail's admin URLs, which cannot be replaced through its hooks.
    path("admin/choose-page/<int:parent_page_id>/", require_admin_access(scoping.BrowseView.as_view())),
    path("admin/choose-page/chosen-multiple/", require_admin_access(scoping.ChosenMultipleView.as_view())),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", views.sitemap, {"sitemaps": {"pages": MultilingualSitemap}}),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    path("api/v1/search/", search_views.api_search, name="api_search"),
    path("api/v1/suggest/", search_views.api_suggest, name="api_suggest"),
    path("api/v1/plan/", views.api_plan, name="api_plan"),
    path("api/v1/", catalogue_api.urls),
    path("api/hsds/v3/", include("api.urls")),
]

urlpatterns += i18n_patterns(
    path(_("search/"), search_views.search, name="search"),
    path(_("visit-plan/<slug:mpp>/"), views.visit_plan, name="visit_plan"),
    path(_("feedback/"), submit_feedback, name="feedback"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns = static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT) + urlpatterns

handler500 = "portal.views.server_error"
