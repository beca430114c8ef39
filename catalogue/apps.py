from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CatalogueConfig(AppConfig):
    name = "catalogue"
    verbose_name = _("Service catalogue")

    def ready(self):
        from . import signals

        signals.connect()
