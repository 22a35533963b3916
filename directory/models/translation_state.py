from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class TranslationState(models.Model):
    """Where one translation of one field came from and how far to trust it: kept beside the
    text (the text itself stays in the record's translated field). A language with no text has
    no row: it is missing. The source language's own text has no row either."""

    class Status(models.TextChoices):
        MACHINE = "machine", _("Machine translation")
        DRAFT = "draft", _("Draft")
        TRANSLATED = "translated", _("Translated, not checked by the provider")
        CHECKED = "checked", _("Checked by the provider")

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.UUIDField(_("record"))
    field = models.CharField(_("field"), max_length=100)
    language = models.CharField(_("language"), max_length=20)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices)
    # What the translation was made from: a later change of the source makes it stale, and the
    # translator sees the difference between this text and today's.
    source_language = models.CharField(_("source language"), max_length=20)
    source_fingerprint = models.CharField(_("source fingerprint"), max_length=64)
    source_text = models.TextField(_("source text it was made from"), blank=True)
    # The translation as it was last recorded: a save that changes it is a new translation.
    text_fingerprint = models.CharField(_("text fingerprint"), max_length=64)
    stale = models.BooleanField(_("source changed since"), default=False, db_index=True)
    updated = models.DateTimeField(_("updated"), auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("translation state")
        verbose_name_plural = _("translation states")
        indexes = [models.Index(fields=["content_type", "object_id"])]
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "field", "language"],
                name="one_translation_state_per_text",
            )
        ]

    def __str__(self):
        return f"{self.field}:{self.language} {self.status}{' (stale)' if self.stale else ''}"
