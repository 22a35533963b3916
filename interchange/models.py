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
    """One import into a region: an uploaded file between preview and confirmation, or a sync
    with the national service catalogue (PTV), with its counts in `report` and the records it
    changed in `changes`. A file's states and the jobs that move it along are in
    `interchange.batches`."""

    class Source(models.TextChoices):
        FILE = "file", _("File")
        PTV = "ptv", _("Suomi.fi service catalogue (PTV)")

    class Status(models.TextChoices):
        CHECKING = "checking", _("Being checked")
        PREVIEWED = "previewed", _("Checked, waiting for confirmation")
        APPLYING = "applying", _("Being imported")
        REJECTED = "rejected", _("Has errors")
        APPLIED = "applied", _("Imported")
        INTERRUPTED = "interrupted", _("Interrupted; the next sync completes it")
        FAILED = "failed", _("Stopped by an error")

    # A job is working on it (interchange.batches).
    IN_PROGRESS = (Status.CHECKING, Status.APPLYING)

    region = models.ForeignKey(
        "directory.Region", on_delete=models.CASCADE, related_name="import_batches"
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    source = models.CharField(max_length=10, choices=Source.choices, default=Source.FILE)
    file_name = models.CharField(max_length=255)
    content = models.BinaryField()
    language = models.CharField(max_length=20, help_text="language of plain text columns")
    status = models.CharField(max_length=20, choices=Status.choices)
    report = models.JSONField(default=dict)
    created = models.DateTimeField(auto_now_add=True)
    applied = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created"]

    def __str__(self):
        return self.file_name


class ImportChange(models.Model):
    """One record an import created, changed, withdrew or restored, and which fields."""

    class Action(models.TextChoices):
        CREATED = "created", _("Created")
        UPDATED = "updated", _("Changed")
        WITHDRAWN = "withdrawn", _("Withdrawn in PTV: marked inactive")
        RESTORED = "restored", _("Back in PTV: active again")

    batch = models.ForeignKey(ImportBatch, on_delete=models.CASCADE, related_name="changes")
    table = models.CharField(max_length=50)
    record_id = models.UUIDField()
    external_id = models.CharField(max_length=100, blank=True)
    name = models.CharField(max_length=300, blank=True)
    action = models.CharField(max_length=10, choices=Action.choices)
    fields = models.JSONField(default=list, help_text="the fields that changed")
    kept = models.JSONField(
        default=list, help_text="fields edited here and changed in PTV: the local value was kept"
    )

    class Meta:
        ordering = ["batch", "id"]

    def __str__(self):
        return f"{self.action} {self.table} {self.record_id}"


class PtvRecord(models.Model):
    """A directory record that mirrors one PTV entity (a service, a service location channel, an
    organization): PTV's id and `modified`, a fingerprint of what PTV last sent, PTV's values of
    the fields it owns, and the child rows the sync made. A sync changes only what PTV changed,
    and tells our staff's edits apart from PTV's by comparing with `values`."""

    class Kind(models.TextChoices):
        SERVICE = "service", _("Service")
        LOCATION = "location", _("Service location")
        ORGANIZATION = "organization", _("Organization")

    region = models.ForeignKey(
        "directory.Region", on_delete=models.CASCADE, related_name="ptv_records"
    )
    kind = models.CharField(max_length=20, choices=Kind.choices)
    ptv_id = models.UUIDField()
    record_id = models.UUIDField()
    municipality = models.CharField(max_length=10, blank=True)
    organization_ptv_id = models.CharField(max_length=40, blank=True)
    modified = models.CharField(max_length=40, blank=True, help_text="PTV's, as PTV wrote it")
    fingerprint = models.CharField(max_length=64)
    values = models.JSONField(default=dict, help_text="PTV's values of the fields PTV owns")
    children = models.JSONField(default=dict, help_text="ids of the child rows the sync made")
    withdrawn = models.DateTimeField(null=True, blank=True)
    synced = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["region", "kind", "ptv_id"], name="ptv_record_once")
        ]
        indexes = [models.Index(fields=["region", "kind", "municipality"])]

    def __str__(self):
        return f"{self.kind} {self.ptv_id}"
