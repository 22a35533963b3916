from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from directory.translation import TranslatedField
from learning.models.base import LearningRecord, region_field


class PeerReview(LearningRecord):
    """Two to four partners visit a host region for three days, meet its stakeholders and close
    with an event where they present observations and suggestions to stakeholders and
    decision-makers. See learning.peer_reviews for the rules a confirmed review meets."""

    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        CONFIRMED = "confirmed", _("Confirmed")
        HELD = "held", _("Held")

    MIN_VISITORS = 2
    MAX_VISITORS = 4
    MIN_VISITING_COUNTRIES = 2
    DAYS = 3

    region = region_field("hosted_peer_reviews", _("host region"))
    title = TranslatedField(_("title"), required=True, max_length=300)
    starts_on = models.DateField(_("first day"))
    visitors = models.ManyToManyField(
        "directory.Region",
        blank=True,
        related_name="peer_reviews_visited",
        verbose_name=_("visiting partners"),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PLANNED
    )
    focus = TranslatedField(_("focus, from the baseline study"), multiline=True)
    observations = TranslatedField(_("observations"), multiline=True)
    closing_event = TranslatedField(
        _("closing event for stakeholders and decision-makers"), multiline=True
    )

    @classmethod
    def public_condition(cls):
        return ~models.Q(status=cls.Status.PLANNED)

    class Meta:
        ordering = ["-starts_on"]
        verbose_name = _("peer review")

    def __str__(self):
        return str(self.title)

    @property
    def ends_on(self):
        import datetime

        return self.starts_on + datetime.timedelta(days=self.DAYS - 1)


class AgendaItem(LearningRecord):
    class Kind(models.TextChoices):
        VISIT = "visit", _("Getting to know the activities")
        STAKEHOLDER_MEETING = "stakeholder_meeting", _("Meeting local stakeholders")
        INTERNAL = "internal", _("Peers' working session")
        CLOSING_EVENT = "closing_event", _("Closing event for stakeholders and decision-makers")

    review = models.ForeignKey(
        PeerReview, on_delete=models.CASCADE, related_name="agenda", verbose_name=_("peer review")
    )
    day = models.PositiveSmallIntegerField(
        _("day"), validators=[MinValueValidator(1), MaxValueValidator(PeerReview.DAYS)]
    )
    starts_at = models.TimeField(_("starts at"))
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    title = TranslatedField(_("title"), required=True, max_length=300)
    stakeholders = models.ManyToManyField(
        "learning.Stakeholder",
        blank=True,
        related_name="agenda_items",
        verbose_name=_("stakeholders met"),
    )
    notes = TranslatedField(_("notes"), multiline=True)

    region_path = "review__region"

    @classmethod
    def public_condition(cls):
        return ~models.Q(review__status=PeerReview.Status.PLANNED)

    class Meta:
        ordering = ["review", "day", "starts_at"]
        verbose_name = _("agenda item")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(day__gte=1, day__lte=3), name="agenda_within_three_days"
            )
        ]

    def __str__(self):
        return f"{self.day} {self.starts_at:%H:%M} {self.title}"

    @property
    def owner_region(self):
        return self.review.region

    @property
    def kind_note(self) -> str:
        """The kind, in the reader's language, unless the title already is the kind's name (in
        any language it is written in): "Closing event for stakeholders and decision-makers"
        is not followed by the same words again."""
        from django.utils import translation

        label = self.Kind(self.kind).label
        for language, text in self.title.as_dict().items():
            with translation.override(language):
                if text.strip().casefold() == str(label).casefold():
                    return ""
        return str(label)
