"""The search index and the record of unmet searches.

The index holds one row per (service, language) the service is described in: the passage that
was embedded, its analysed forms for the lexical index, and the vector as bytes, so that SQLite
and PostgreSQL store it the same way. Only published services are indexed.
"""

import secrets

from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchDocument(models.Model):
    service = models.ForeignKey(
        "directory.Service", on_delete=models.CASCADE, related_name="search_documents"
    )
    language = models.CharField(_("language"), max_length=20)
    # The provider, copied so that organization and region filters run in memory; a service
    # that changes provider is saved, and so re-indexed.
    organization_id = models.UUIDField(_("organization"), null=True, db_index=True)
    name = models.TextField(_("name"))
    passage = models.TextField(_("passage"))
    analysed_name = models.TextField(_("analysed name"))
    analysed_body = models.TextField(_("analysed text"))
    embedding = models.BinaryField(_("embedding"))
    model = models.CharField(_("embedding model"), max_length=100)
    # The index version in which this row last changed; a process's in-memory copy loads only
    # rows newer than the version it has.
    seq = models.BigIntegerField(_("index version"), db_index=True)

    class Meta:
        verbose_name = _("search document")
        verbose_name_plural = _("search documents")
        constraints = [
            models.UniqueConstraint(
                fields=["service", "language"], name="one_search_document_per_language"
            )
        ]

    def __str__(self):
        return f"{self.name} ({self.language})"


def new_epoch() -> str:
    return secrets.token_hex(8)


class IndexState(models.Model):
    """One row: the index's version, bumped on every change. `epoch` changes when rows are
    deleted (a process then reloads everything); a fresh random epoch also means that a
    rolled-back history can never be mistaken for the current one."""

    version = models.BigIntegerField(default=0)
    epoch = models.CharField(max_length=32, default=new_epoch)

    class Meta:
        verbose_name = _("search index state")

    def __str__(self):
        return f"{self.epoch}:{self.version}"


class UnmetSearch(models.Model):
    """A search that found nothing, or nothing convincing. Nothing about the person is kept:
    no user, session, address or browser."""

    query = models.CharField(_("query"), max_length=500)
    detected_language = models.CharField(_("detected language"), max_length=20, blank=True)
    # The language of the page the search was made on: what the person reads, whatever the
    # language of the words they typed.
    page_language = models.CharField(_("page language"), max_length=20, blank=True)
    result_count = models.PositiveIntegerField(_("results"))
    top_score = models.FloatField(_("best score"), null=True, blank=True)
    region = models.CharField(_("region filter"), max_length=100, blank=True)
    searched_at = models.DateTimeField(_("searched at"), auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-searched_at"]
        verbose_name = _("unmet search")
        verbose_name_plural = _("unmet searches")

    def __str__(self):
        return self.query


class PendingIndex(models.Model):
    """A saved service whose index rows are not brought up to date yet: an import's services
    wait here between its commit and their embedding. Written in the save's transaction, so a
    process killed in between leaves the work on record, and the job worker finishes it
    (`search.deferred`)."""

    service = models.OneToOneField(
        "directory.Service", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    noted = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("service waiting for the search index")
        verbose_name_plural = _("services waiting for the search index")

    def __str__(self):
        return str(self.service_id)
