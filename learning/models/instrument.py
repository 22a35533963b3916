from django.db import models
from django.utils.translation import gettext_lazy as _

from directory.translation import TranslatedField
from learning.models.base import LearningRecord, region_field


class PolicyInstrument(LearningRecord):
    """The policy a partner sets out to improve (for Jyväskylä: its integration programme)."""

    region = region_field("policy_instruments")
    name = TranslatedField(_("name"), required=True, max_length=300)
    legal_basis = TranslatedField(_("legal basis"), multiline=True)
    approved_by = TranslatedField(_("approved by"), max_length=300)
    review_interval_years = models.PositiveSmallIntegerField(
        _("reviewed at least every (years)"), null=True, blank=True
    )
    description = TranslatedField(_("description"), multiline=True)
    url = models.URLField(_("web address"), blank=True, max_length=500)
    challenges = models.ManyToManyField(
        "directory.TaxonomyTerm",
        blank=True,
        related_name="policy_instruments",
        verbose_name=_("challenges identified"),
        limit_choices_to={"taxonomy__code": "challenge"},
    )

    class Meta:
        ordering = ["region", "id"]
        verbose_name = _("policy instrument")

    def __str__(self):
        return str(self.name)

    @property
    def current_version(self):
        return self.versions.order_by("-valid_from").first()


class PolicyInstrumentVersion(LearningRecord):
    instrument = models.ForeignKey(
        PolicyInstrument,
        on_delete=models.CASCADE,
        related_name="versions",
        verbose_name=_("policy instrument"),
    )
    label = models.CharField(_("version"), max_length=100, help_text=_("For example 2021–2024"))
    valid_from = models.DateField(_("valid from"))
    valid_to = models.DateField(_("valid to"), null=True, blank=True)
    approved_on = models.DateField(_("approved on"), null=True, blank=True)
    summary = TranslatedField(_("what this version says"), multiline=True)
    document_url = models.URLField(_("document"), blank=True, max_length=500)

    region_path = "instrument__region"

    class Meta:
        ordering = ["instrument", "valid_from"]
        verbose_name = _("policy instrument version")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(valid_to__isnull=True)
                | models.Q(valid_to__gte=models.F("valid_from")),
                name="instrument_version_dates_ordered",
            )
        ]

    def __str__(self):
        return f"{self.instrument} {self.label}"

    @property
    def owner_region(self):
        return self.instrument.region

    def clean(self):
        from django.core.exceptions import ValidationError

        if self.valid_to and self.valid_from and self.valid_to < self.valid_from:
            raise ValidationError({"valid_to": _("A version cannot end before it starts.")})
