"""The catalogue's admin URLs (``register_admin_urls``)."""

from django.urls import path

from catalogue import translations

from .views import OnboardingView, StaleReportView
from .workbook import ExportView, ImportView

urlpatterns = [
    path("reports/stale-services/", StaleReportView.as_view(), name="catalogue_stale_report"),
    path("onboarding/", OnboardingView.as_view(), name="catalogue_onboarding"),
    path("workbook/export/", ExportView.as_view(), name="catalogue_workbook_export"),
    path("workbook/import/", ImportView.as_view(), name="catalogue_workbook_import"),
    # Same paths as wagtail-localize's views; catalogue's hooks are registered first, so these win.
    path("localize/submit/page/<int:page_id>/", translations.SubmitPageTranslationView.as_view()),
    path(
        "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
        translations.SubmitSnippetTranslationView.as_view(),
    ),
    path("localize/update/<int:translation_source_id>/", translations.UpdateTranslationsView.as_view()),
    path("localize/page/<int:page_id>/convert_to_alias/", translations.convert_to_alias),
    path("localize/translate/<int:translation_id>/disable/", translations.stop_translation),
]
