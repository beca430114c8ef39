"""Edit-form panels of the page models."""

from wagtail.admin.panels import InlinePanel


class TitledInlinePanel(InlinePanel):
    """An inline panel whose rows are titled by what they are (the row's own ``str``: "Loket 5
    (Samsat)"), not by their position, which changes meaning when rows are reordered."""

    class BoundPanel(InlinePanel.BoundPanel):
        template_name = "catalogue/admin/panels/titled_inline_panel.html"
