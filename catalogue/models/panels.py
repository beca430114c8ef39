"""Edit-form panels of the page models."""

from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.admin.widgets import AdminTimeInput


class MinutesTimeInput(AdminTimeInput):
    """Wagtail's time picker in steps of 15 minutes (its default lists whole hours only), so that
    11:30 is picked, not only typed."""

    def get_config(self):
        return {**super().get_config(), "step": 15}


def TimePanel(field_name, **kwargs):
    """A time of day, picked to the quarter hour."""
    return FieldPanel(field_name, widget=MinutesTimeInput, **kwargs)


class TitledInlinePanel(InlinePanel):
    """An inline panel whose rows are titled by what they are (the row's own ``str``: "Loket 5
    (Samsat)"), not by their position, which changes meaning when rows are reordered."""

    class BoundPanel(InlinePanel.BoundPanel):
        template_name = "catalogue/admin/panels/titled_inline_panel.html"
