"""The change feed's log: one row per public change of a record of the read API."""

from django.db import models
from django.utils.translation import gettext_lazy as _

KINDS = [
    ("mpp", _("MPP")),
    ("agency", _("agency")),
    ("service", _("service")),
    ("document", _("requirement document")),
    ("life_event", _("life event")),
]
ACTIONS = [("created", _("created")), ("updated", _("updated")), ("removed", _("removed"))]


class ChangeEvent(models.Model):
    """A record of the read API appeared, changed or left the public catalogue in one language.

    Written by ``api.changes`` on Wagtail's page lifecycle and on snippet saves, in the same
    transaction as the change; its id is the change feed's cursor.
    """

    kind = models.CharField(_("kind"), max_length=20, choices=KINDS)
    # What changed in the database (a page or snippet id), to find the record's last known id.
    object_id = models.PositiveBigIntegerField(_("object id"))
    # The record's id in the API ("mpp-jembrana/dukcapil/..."); a move changes it.
    record_id = models.CharField(_("record id"), max_length=255)
    language = models.CharField(_("language"), max_length=2)
    action = models.CharField(_("action"), max_length=10, choices=ACTIONS)
    at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("change")
        verbose_name_plural = _("changes")
        ordering = ["id"]
        indexes = [models.Index(fields=["kind", "object_id", "-id"], name="api_change_object")]

    def __str__(self):
        return f"{self.id} {self.action} {self.kind} {self.record_id} ({self.language})"
