from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class DraftQuerySet(models.QuerySet):
    def open(self):
        return self.filter(state__in=Draft.OPEN_STATES)

    def awaiting_review(self):
        return self.filter(state=Draft.State.IN_REVIEW)


class Draft(models.Model):
    """A proposed version of one published record (a service, an event): the whole record as
    JSON, waiting for the coordinator. The live row changes only on publication. Subclasses add
    the foreign key to their record, name it in ``record_field``, and name their "new record"
    flag in ``new_field``; the workflow (coordination/workflow.py) handles every kind alike."""

    class State(models.TextChoices):
        DRAFT = "draft", _("Draft")
        IN_REVIEW = "in_review", _("In review")
        RETURNED = "returned", _("Returned for changes")
        PUBLISHED = "published", _("Published")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    OPEN_STATES = (State.DRAFT, State.IN_REVIEW, State.RETURNED)
    record_field = ""
    new_field = ""

    state = models.CharField(
        _("state"), max_length=10, choices=State.choices, default=State.DRAFT, db_index=True
    )
    data = models.JSONField(_("proposed record"), default=dict)
    # The live record as the editor saw it when the draft began: publication compares it with
    # the live record of that moment, so a change made in between is never overwritten silently.
    base = models.JSONField(_("record the draft started from"), default=dict)
    base_history_id = models.IntegerField(null=True, blank=True)
    # Bumped on every save; a form carries the revision it was loaded with.
    revision = models.PositiveIntegerField(default=1)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    review_comment = models.TextField(_("reviewer's comment"), blank=True)
    published_history_id = models.IntegerField(null=True, blank=True)

    objects = DraftQuerySet.as_manager()

    class Meta:
        abstract = True
        ordering = ["-updated"]

    @property
    def is_open(self) -> bool:
        return self.state in self.OPEN_STATES

    @property
    def record(self):
        return getattr(self, self.record_field)

    @property
    def is_new(self) -> bool:
        return getattr(self, self.new_field)

    @property
    def region(self):
        raise NotImplementedError


class ServiceDraft(Draft):
    """A proposed version of one service (translations and terms included)."""

    record_field = "service"
    new_field = "is_new_service"

    service = models.ForeignKey(
        "directory.Service", on_delete=models.CASCADE, related_name="drafts"
    )
    is_new_service = models.BooleanField(default=False)

    class Meta(Draft.Meta):
        verbose_name = _("service draft")
        constraints = [
            models.UniqueConstraint(
                fields=["service"],
                condition=models.Q(state__in=["draft", "in_review", "returned"]),
                name="one_open_draft_per_service",
            )
        ]

    def __str__(self):
        return f"{self.service} · {self.get_state_display()}"

    @property
    def region(self):
        return self.service.organization.region
