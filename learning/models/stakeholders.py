from django.db import models
from django.utils.translation import gettext_lazy as _

from directory.translation import TranslatedField
from learning.models.base import PROJECT_START, LearningRecord, region_field


class Stakeholder(LearningRecord):
    """A member organization of a region's local stakeholder group. The contact person is for
    staff only; the public sees the organization and its sector."""

    class Sector(models.TextChoices):
        PUBLIC = "public", _("Public authority")
        EDUCATION = "education", _("Education and research")
        EMPLOYMENT = "employment", _("Employment services")
        THIRD_SECTOR = "third_sector", _("Third sector")
        BUSINESS = "business", _("Business and employers")
        TARGET_GROUP = "target_group", _("Target group representatives")
        OTHER = "other", _("Other")

    region = region_field("stakeholders")
    organization = models.ForeignKey(
        "directory.Organization",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="stakeholder_roles",
        verbose_name=_("organization in the directory"),
    )
    name = models.CharField(_("organization"), max_length=300)
    sector = models.CharField(_("sector"), max_length=20, choices=Sector.choices)
    role = TranslatedField(_("role in the group"), max_length=300)
    contact_name = models.CharField(_("contact person"), max_length=200, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    joined_on = models.DateField(_("joined on"), null=True, blank=True)
    active = models.BooleanField(_("active"), default=True)

    @classmethod
    def public_condition(cls):
        return models.Q(active=True)

    class Meta:
        ordering = ["region", "name"]
        verbose_name = _("stakeholder")
        constraints = [
            models.UniqueConstraint(fields=["region", "name"], name="stakeholder_once_per_region")
        ]

    def __str__(self):
        return self.name

    def clean(self):
        """Said on the name, in words: Django's own message for the constraint reads
        "Stakeholder with this Region and Organization already exists." (an error here also
        keeps full_clean from checking the constraint again)."""
        from django.core.exceptions import ValidationError

        others = Stakeholder.objects.filter(region_id=self.region_id, name=self.name)
        if self.region_id and self.name and others.exclude(pk=self.pk).exists():
            raise ValidationError(
                {
                    "name": _("This region already has a stakeholder named “%(name)s”.")
                    % {"name": self.name}
                }
            )


class Meeting(LearningRecord):
    region = region_field("stakeholder_meetings")
    date = models.DateField(_("date"))
    place = models.CharField(_("place"), max_length=300)
    participants = models.ManyToManyField(
        Stakeholder,
        blank=True,
        related_name="meetings",
        verbose_name=_("participating organizations"),
    )
    topics = TranslatedField(_("topics"), multiline=True, required=True)
    decisions = TranslatedField(_("decisions"), multiline=True)

    @classmethod
    def public_condition(cls):
        """The meeting log is for the region's staff."""
        return models.Q(pk__in=[])

    class Meta:
        ordering = ["region", "-date"]
        verbose_name = _("stakeholder meeting")

    def __str__(self):
        return f"{self.date:%Y-%m-%d} {self.place}"

    def clean(self):
        """A meeting may be logged ahead (it counts as held from its day on, see
        learning.indicators), but not before the project could have met anyone."""
        from django.core.exceptions import ValidationError

        if self.date and self.date < PROJECT_START:
            raise ValidationError(
                {
                    "date": _("The project began on %(date)s; give a date from then on.")
                    % {"date": PROJECT_START.isoformat()}
                }
            )

    def clean_links(self, links):
        from django.core.exceptions import ValidationError

        if any(member.region_id != self.region_id for member in links.get("participants", [])):
            raise ValidationError(
                {"participants": _("Only the region's own stakeholders can be listed.")}
            )
