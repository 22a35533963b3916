"""What an exchange keeps that the directory itself has no place for, and staff imports in
progress. (Internal records with no admin pages: only the import status is shown to people.)"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ExternalReference(models.Model):
    """A link an imported record made to a record this directory does not hold (HSDS data may
    point at records kept elsewhere). The directory's link stays empty; exports give the
    original identifier back, so a round trip loses nothing."""

    table = models.CharField(max_length=50)
    record_id = models.UUIDField()
    column = models.CharField(max_length=50)
    target_id = models.UUIDField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["table", "record_id", "column"], name="external_reference_once"
            )
        ]

    def __str__(self):
        return f"{self.table}.{self.column} {self.record_id} → {self.target_id}"


class HeldRow(models.Model):
    """An imported row the directory cannot hold as a record (an attribute linked to an entity
    the directory does not know), kept as received and given back in the region's exports."""

    region = models.ForeignKey(
        "directory.Region", on_delete=models.CASCADE, related_name="held_rows"
    )
    table = models.CharField(max_length=50)
    record_id = models.UUIDField()
    values = models.JSONField(default=dict)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["table", "record_id"], name="held_row_once")]

    def __str__(self):
        return f"{self.table} {self.record_id}"


class ImportBatch(models.Model):
    """An uploaded file between preview and confirmation. Its states and the jobs that move it
    along are in `interchange.batches`."""

    class Status(models.TextChoices):
        CHECKING = "checking", _("Being checked")
        PREVIEWED = "previewed", _("Checked, waiting for confirmation")
        APPLYING = "applying", _("Being imported")
        REJECTED = "rejected", _("Has errors")
        APPLIED = "applied", _("Imported")

    # A job is working on it (interchange.batches).
    IN_PROGRESS = (Status.CHECKING, Status.APPLYING)

    region = models.ForeignKey(
        "directory.Region", on_delete=models.CASCADE, related_name="import_batches"
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    file_name = models.CharField(max_length=255)
    content = models.BinaryField()
    language = models.CharField(max_length=20, help_text="language of plain text columns")
    status = models.CharField(max_length=10, choices=Status.choices)
    report = models.JSONField(default=dict)
    created = models.DateTimeField(auto_now_add=True)
    applied = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created"]

    def __str__(self):
        return self.file_name
