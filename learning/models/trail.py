"""The trail from a recommendation to measured impact: recommendation → the host's response →
a change in the policy instrument → follow-up indicators with measured values."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from directory.translation import TranslatedField
from learning.models.base import LearningRecord, region_field


def _out_of_order(message, date) -> ValidationError:
    """The trail runs forward in time: a step dated before the one it follows is refused on
    its date, naming the date it must not precede (or follow)."""
    return ValidationError({"decided_on": message % {"date": date.isoformat()}})


class Recommendation(LearningRecord):
    region = region_field("recommendations")
    peer_review = models.ForeignKey(
        "learning.PeerReview",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="recommendations",
        verbose_name=_("peer review"),
    )
    text = TranslatedField(_("recommendation"), multiline=True, required=True)
    given_by = models.ManyToManyField(
        "directory.Region",
        blank=True,
        related_name="recommendations_given",
        verbose_name=_("given by"),
    )
    position = models.PositiveIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["region", "position", "id"]
        verbose_name = _("recommendation")

    def __str__(self):
        return str(self.text)


class Response(LearningRecord):
    class Decision(models.TextChoices):
        ACCEPTED = "accepted", _("Accepted")
        ADAPTED = "adapted", _("Adapted")
        REJECTED = "rejected", _("Rejected")

    recommendation = models.OneToOneField(
        Recommendation, on_delete=models.CASCADE, related_name="response"
    )
    decision = models.CharField(_("decision"), max_length=10, choices=Decision.choices)
    reasons = TranslatedField(_("reasons"), multiline=True, required=True)
    decided_on = models.DateField(_("decided on"))
    decided_by = models.CharField(_("decided by"), max_length=300)

    region_path = "recommendation__region"

    class Meta:
        verbose_name = _("response to a recommendation")

    def __str__(self):
        return f"{self.get_decision_display()}: {self.recommendation}"

    @property
    def owner_region(self):
        return self.recommendation.region

    def clean(self):
        """A response follows the peer review that gave the recommendation, and comes before
        the policy changes made in response to it."""
        if not self.decided_on or not self.recommendation_id:
            return
        review = self.recommendation.peer_review
        if review is not None and self.decided_on < review.starts_on:
            raise _out_of_order(
                gettext(
                    "The response cannot be dated before the peer review that gave the "
                    "recommendation (%(date)s)."
                ),
                review.starts_on,
            )
        first_change = self.policy_changes.order_by("decided_on").first() if self.pk else None
        if first_change is not None and first_change.decided_on < self.decided_on:
            raise _out_of_order(
                gettext(
                    "The response cannot be dated after the policy change made in response to "
                    "it (%(date)s)."
                ),
                first_change.decided_on,
            )


class PolicyChange(LearningRecord):
    instrument = models.ForeignKey(
        "learning.PolicyInstrument",
        on_delete=models.CASCADE,
        related_name="changes",
        verbose_name=_("policy instrument"),
    )
    response = models.ForeignKey(
        Response,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="policy_changes",
        verbose_name=_("in response to"),
    )
    version = models.ForeignKey(
        "learning.PolicyInstrumentVersion",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="changes",
        verbose_name=_("in version"),
    )
    what = TranslatedField(_("what changed"), multiline=True, required=True)
    decided_on = models.DateField(_("decided on"))
    decided_by = models.CharField(_("decided by"), max_length=300)

    region_path = "instrument__region"

    class Meta:
        ordering = ["instrument", "decided_on"]
        verbose_name = _("policy change")

    def __str__(self):
        return str(self.what)

    @property
    def owner_region(self):
        return self.instrument.region

    def clean(self):
        if self.decided_on and self.response_id and self.decided_on < self.response.decided_on:
            raise _out_of_order(
                gettext("The change cannot be decided before the response it follows (%(date)s)."),
                self.response.decided_on,
            )


def _negative(record, *names) -> dict:
    """An indicator measures a level (people reached, services listed, a share): its values are
    never below zero, and a fall is recorded as the new, lower value."""
    message = gettext(
        "A value of an indicator cannot be negative; for a fall, give the new, lower value."
    )
    return {
        name: message
        for name in names
        if getattr(record, name) is not None and getattr(record, name) < 0
    }


class Indicator(LearningRecord):
    policy_change = models.ForeignKey(
        PolicyChange,
        on_delete=models.CASCADE,
        related_name="indicators",
        verbose_name=_("policy change"),
    )
    name = TranslatedField(_("indicator"), required=True, max_length=300)
    unit = models.CharField(_("unit"), max_length=50, blank=True)
    baseline_value = models.DecimalField(
        _("baseline value"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    target_value = models.DecimalField(
        _("target value"), max_digits=14, decimal_places=2, null=True, blank=True
    )

    region_path = "policy_change__instrument__region"

    class Meta:
        ordering = ["policy_change", "id"]
        verbose_name = _("follow-up indicator")

    def __str__(self):
        return str(self.name)

    @property
    def owner_region(self):
        return self.policy_change.instrument.region

    def clean(self):
        errors = _negative(self, "baseline_value", "target_value")
        if errors:
            raise ValidationError(errors)

    @property
    def latest(self):
        return self.measurements.order_by("-measured_on").first()


class Measurement(LearningRecord):
    indicator = models.ForeignKey(
        Indicator,
        on_delete=models.CASCADE,
        related_name="measurements",
        verbose_name=_("indicator"),
    )
    measured_on = models.DateField(_("measured on"))
    value = models.DecimalField(_("value"), max_digits=14, decimal_places=2)
    note = TranslatedField(_("note"), multiline=True)

    region_path = "indicator__policy_change__instrument__region"

    class Meta:
        ordering = ["indicator", "measured_on"]
        verbose_name = _("measured value")
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "measured_on"], name="one_measurement_a_day"
            )
        ]

    def __str__(self):
        return f"{self.measured_on}: {self.value}"

    @property
    def owner_region(self):
        return self.indicator.policy_change.instrument.region

    def clean(self):
        """A value measured before the policy change is its starting point, so only a day that
        has not come yet is refused."""
        errors = _negative(self, "value")
        if self.measured_on and self.measured_on > timezone.localdate():
            errors["measured_on"] = gettext(
                "A value cannot be measured on a day that has not come yet."
            )
        if errors:
            raise ValidationError(errors)
