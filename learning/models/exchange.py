"""Knowledge exchange between the partners: the three thematic seminars and the policy
workshop on the partners' coming policy changes."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from directory.translation import TranslatedField
from learning.models.base import LearningRecord, region_field


class ThematicSeminar(LearningRecord):
    region = region_field("hosted_seminars", _("host region"))
    number = models.PositiveSmallIntegerField(
        _("seminar number"),
        unique=True,
        validators=[MinValueValidator(1), MaxValueValidator(3)],
        help_text=_("The project holds three thematic seminars."),
    )
    title = TranslatedField(_("title"), required=True, max_length=300)
    theme = TranslatedField(_("theme"), max_length=300)
    date = models.DateField(_("date"))
    place = models.CharField(_("place"), max_length=300)
    programme = TranslatedField(_("programme"), multiline=True)
    participating_regions = models.ManyToManyField(
        "directory.Region",
        blank=True,
        related_name="seminars_attended",
        verbose_name=_("participating regions"),
    )
    participant_count = models.PositiveIntegerField(_("participants"), null=True, blank=True)
    practices_presented = models.ManyToManyField(
        "learning.GoodPractice",
        blank=True,
        related_name="seminars",
        verbose_name=_("practices presented"),
    )
    learnings = TranslatedField(_("learnings"), multiline=True)

    class Meta:
        ordering = ["number"]
        verbose_name = _("thematic seminar")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(number__gte=1, number__lte=3), name="three_seminars"
            )
        ]

    def __str__(self):
        return str(self.title)


class PolicyWorkshop(LearningRecord):
    region = region_field("hosted_policy_workshops", _("host region"))
    date = models.DateField(_("date"))
    place = models.CharField(_("place"), max_length=300)
    participating_regions = models.ManyToManyField(
        "directory.Region",
        blank=True,
        related_name="policy_workshops_attended",
        verbose_name=_("participating regions"),
    )
    summary = TranslatedField(_("what was discussed"), multiline=True, required=True)
    planned_changes = TranslatedField(_("the partners' coming policy changes"), multiline=True)

    class Meta:
        ordering = ["-date"]
        verbose_name = _("policy workshop")

    def __str__(self):
        return f"{self.date:%Y-%m-%d} {self.place}"
