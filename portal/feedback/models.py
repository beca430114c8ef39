"""One citizen's answer about one service page."""

from django.db import models
from django.utils.translation import gettext_lazy as _

KINDS = [
    ("useful", _("Useful")),
    ("not_useful", _("Not useful")),
    ("wrong_fee", _("Wrong fee")),
    ("missing_document", _("Missing document")),
    ("counter_moved", _("Counter moved")),
    ("other", _("Other problem")),
]
USEFULNESS = {"useful", "not_useful"}
PROBLEMS = [kind for kind in KINDS if kind[0] not in USEFULNESS]


class Feedback(models.Model):
    """One citizen's answer about one service page, as published when they read it."""

    page = models.ForeignKey(
        "catalogue.ServicePage", verbose_name=_("service"), on_delete=models.CASCADE, related_name="feedback"
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        verbose_name=_("page revision"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The published version of the page the citizen saw."),
    )
    agency = models.ForeignKey(
        "catalogue.AgencyPage", verbose_name=_("agency"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    mpp = models.ForeignKey(
        "catalogue.MPPLocationPage", verbose_name=_("MPP"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    language = models.CharField(_("language"), max_length=8)
    kind = models.CharField(_("kind"), max_length=20, choices=KINDS)
    comment = models.TextField(_("comment"), blank=True, max_length=500)
    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)
    handled = models.BooleanField(_("handled"), default=False)

    class Meta:
        app_label = "portal"
        verbose_name = _("feedback")
        verbose_name_plural = _("feedback")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.page.title}"

    @property
    def useful(self):
        return {"useful": True, "not_useful": False}.get(self.kind)
