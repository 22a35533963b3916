"""The trail from a recommendation to measured impact: recommendation → the host's response →
a change in the policy instrument → follow-up indicators with measured values."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from directory.translation import TranslatedField
from learning.models.base import LearningRecord, region_field


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
