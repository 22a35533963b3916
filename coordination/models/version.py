from django.db import models
from django.utils.translation import gettext_lazy as _


class ServiceVersion(models.Model):
    """A version of a service as it went live: the whole value (coordination.records.snapshot:
    every field, translation, term, language and whatever else the snapshot holds), stored with
    the history row it belongs to, so that the history shows every field and a restore brings
    back all of it. The record's own history (simple_history) holds only the service row."""

    service = models.ForeignKey(
        "directory.Service", on_delete=models.CASCADE, related_name="versions"
    )
    history_id = models.IntegerField(_("history entry"), unique=True)
    data = models.JSONField(_("the service as published"), default=dict)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-history_id"]
        verbose_name = _("published version of a service")

    def __str__(self):
        return f"{self.service_id} · {self.history_id}"
