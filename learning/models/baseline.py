from django.db import models
from django.utils.translation import gettext_lazy as _

from directory.translation import TranslatedField
from learning.models.base import LearningRecord


class BaselineStudy(LearningRecord):
    """A region's current-state review: the ecosystem snapshot (computed from the directory,
    frozen when the study is published) and the SWOT analysis made with the stakeholders."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")

    region = models.OneToOneField(
        "directory.Region",
        on_delete=models.CASCADE,
        related_name="baseline_study",
        verbose_name=_("region"),
    )
    title = TranslatedField(_("title"), required=True, max_length=300)
    summary = TranslatedField(_("summary"), multiline=True)
    methodology = TranslatedField(_("how the study was made"), multiline=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    published_on = models.DateField(_("published on"), null=True, blank=True)
    # The ecosystem as it was on publication, so the report does not change under its readers.
    snapshot = models.JSONField(_("ecosystem snapshot"), null=True, blank=True, editable=False)

    @classmethod
    def public_condition(cls):
        return models.Q(status=cls.Status.PUBLISHED)

    class Meta:
        verbose_name = _("baseline study")

    def __str__(self):
        return str(self.title)

    def items(self, quadrant):
        return [item for item in self.swot_items.all() if item.quadrant == quadrant]


class SwotItem(LearningRecord):
    class Quadrant(models.TextChoices):
        STRENGTH = "S", _("Strength")
        WEAKNESS = "W", _("Weakness")
        OPPORTUNITY = "O", _("Opportunity")
        THREAT = "T", _("Threat")

    study = models.ForeignKey(BaselineStudy, on_delete=models.CASCADE, related_name="swot_items")
    quadrant = models.CharField(_("quadrant"), max_length=1, choices=Quadrant.choices)
    text = TranslatedField(_("text"), multiline=True, required=True)
    position = models.PositiveIntegerField(_("position"), default=0)
    services = models.ManyToManyField(
        "directory.Service", blank=True, related_name="swot_items", verbose_name=_("services")
    )
    challenges = models.ManyToManyField(
        "directory.TaxonomyTerm",
        blank=True,
        related_name="swot_items",
        verbose_name=_("challenges"),
        limit_choices_to={"taxonomy__code": "challenge"},
    )
    evidence = TranslatedField(_("evidence"), multiline=True)
    evidence_url = models.URLField(_("evidence link"), blank=True, max_length=500)

    region_path = "study__region"

    @classmethod
    def public_condition(cls):
        return models.Q(study__status=BaselineStudy.Status.PUBLISHED)

    class Meta:
        ordering = ["study", "quadrant", "position", "id"]
        verbose_name = _("SWOT item")

    def __str__(self):
        return f"{self.get_quadrant_display()}: {self.text}"

    @property
    def owner_region(self):
        return self.study.region

    def clean_links(self, links):
        from django.core.exceptions import ValidationError

        region_id = self.study.region_id
        if any(
            service.organization.region_id != region_id for service in links.get("services", [])
        ):
            raise ValidationError({"services": _("Link only services of the study's own region.")})
        if any(term.taxonomy.code != "challenge" for term in links.get("challenges", [])):
            raise ValidationError({"challenges": _("Choose challenges from the challenge list.")})
