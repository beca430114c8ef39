"""Django's LocaleMiddleware, except for the JSON APIs."""

from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django redirects a 404 at an unprefixed path to ``/<language>/<path>``, which Wagtail's catch-all
    always matches; an API's 404 (an unknown MPP) must stay a JSON 404, so ``/api/`` is left alone."""

    def process_response(self, request, response):
        if request.path_info.startswith("/api/"):
            response.headers.setdefault("Content-Language", request.LANGUAGE_CODE)
            return response
        return super().process_response(request, response)
