from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from directory.models.base import Record
from directory.translation import TranslatedField

# The oldest age a person gives or a service names: what the service form, the navigator and its
# API accept. Not a database constraint, since imported data may use larger numbers for "no limit".
AGE_MAX = 120


class ServiceQuerySet(models.QuerySet):
    def in_region(self, region):
        return self.filter(organization__region=region)

    def with_term(self, taxonomy_code: str, term_code: str):
        return self.filter(
            attributes__taxonomy_term__taxonomy__code=taxonomy_code,
            attributes__taxonomy_term__code=term_code,
        )

    def active(self):
        return self.filter(status=Service.Status.ACTIVE)

    def published(self):
        """What the public sees: services whose live record has been published."""
        return self.filter(publication_status__in=Service.PUBLICLY_VISIBLE)


class Service(Record):
    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        INACTIVE = "inactive", _("Inactive")
        DEFUNCT = "defunct", _("Defunct")
        TEMPORARILY_CLOSED = "temporarily closed", _("Temporarily closed")

    class Publication(models.TextChoices):
        # As in the national service catalogue: a published entry with a pending draft is
        # "modified"; the public keeps seeing the published version until review.
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")
        MODIFIED = "modified", _("Modified")
        ARCHIVED = "archived", _("Archived")

    PUBLICLY_VISIBLE = (Publication.PUBLISHED, Publication.MODIFIED)

    class FinnishLevel(models.TextChoices):
        # CEFR levels; "none" means the service works with no Finnish at all.
        NONE = "none", _("No Finnish needed")
        A1 = "A1", _("A1 – first words and phrases")
        A2 = "A2", _("A2 – everyday basics")
        B1 = "B1", _("B1 – can manage in most everyday situations")
        B2 = "B2", _("B2 – can work and study in Finnish with some support")
        C1 = "C1", _("C1 – fluent")
        C2 = "C2", _("C2 – near-native")

    class Cost(models.TextChoices):
        FREE = "free", _("Free of charge")
        FEE = "fee", _("There is a fee")

    class Interpretation(models.TextChoices):
        AVAILABLE = "available", _("Interpretation available")
        NOT_AVAILABLE = "not_available", _("No interpretation")

    class FundingType(models.TextChoices):
        PERMANENT = "permanent", _("Permanent")
        PROJECT = "project", _("Project-funded")
        UNKNOWN = "unknown", _("Not known")

    organization = models.ForeignKey(
        "directory.Organization", on_delete=models.PROTECT, related_name="services"
    )
    program = models.ForeignKey(
        "directory.Program",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="services",
    )
    name = TranslatedField(_("name"), required=True, max_length=300)
    alternate_name = TranslatedField(_("alternate name"), max_length=300)
    description = TranslatedField(_("description"), multiline=True)
    url = models.URLField(_("web address"), blank=True, max_length=500)
    # The service's page in each language it has one in; `url` is its main address.
    web_page = TranslatedField(_("web page in this language"))
    email = models.EmailField(_("e-mail"), blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.ACTIVE
    )
    interpretation_services = TranslatedField(_("interpretation services"), multiline=True)
    application_process = TranslatedField(_("how to take part"), multiline=True)
    fees_description = TranslatedField(_("fees"), multiline=True)
    wait_time = TranslatedField(_("wait time"))
    fees = TranslatedField(_("fees (deprecated HSDS field)"))
    accreditations = TranslatedField(_("accreditations"), multiline=True)
    eligibility_description = TranslatedField(_("who can take part"), multiline=True)
    minimum_age = models.PositiveSmallIntegerField(_("minimum age"), null=True, blank=True)
    maximum_age = models.PositiveSmallIntegerField(_("maximum age"), null=True, blank=True)
    assured_date = models.DateField(_("last verified"), null=True, blank=True)
    assurer_email = models.EmailField(_("verified by"), blank=True)
    licenses = TranslatedField(_("licences"))
    alert = TranslatedField(_("alert"), multiline=True)
    # For staff only, never shown to the public or exported as open data: where an entry comes
    # from and what its source leaves open.
    internal_note = models.TextField(_("internal note (staff only)"), blank=True)
    last_modified = models.DateTimeField(_("last modified"), auto_now=True)

    publication_status = models.CharField(
        _("publication"),
        max_length=10,
        choices=Publication.choices,
        default=Publication.DRAFT,
        db_index=True,
    )

    # MILEstone's own facts about a service.
    finnish_level = models.CharField(
        _("Finnish needed"),
        max_length=4,
        choices=FinnishLevel.choices,
        blank=True,
        help_text=_("The least Finnish a participant needs. Leave empty when not known."),
    )
    integration_plan_required = models.BooleanField(_("integration plan required"), default=False)
    funding_type = models.CharField(
        _("funding"), max_length=10, choices=FundingType.choices, default=FundingType.UNKNOWN
    )
    funding_ends = models.DateField(_("project funding ends"), null=True, blank=True)
    cost = models.CharField(
        _("cost"), max_length=4, choices=Cost.choices, blank=True, help_text=_("Empty: not known")
    )
    interpretation = models.CharField(
        _("interpretation"),
        max_length=13,
        choices=Interpretation.choices,
        blank=True,
        help_text=_("Empty: not known"),
    )

    attributes = GenericRelation("directory.Attribute", object_id_field="link_id")
    history = HistoricalRecords(excluded_fields=["last_modified"])

    objects = ServiceQuerySet.as_manager()

    class Meta:
        ordering = ["organization__region", "id"]
        verbose_name = _("service")
        verbose_name_plural = _("services")
        # The latest change is read on every public page (directory.stamp).
        indexes = [models.Index(fields=["last_modified"], name="service_last_modified")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(minimum_age__isnull=True)
                | models.Q(maximum_age__isnull=True)
                | models.Q(minimum_age__lte=models.F("maximum_age")),
                name="service_age_range_ordered",
            ),
            models.CheckConstraint(
                condition=models.Q(funding_ends__isnull=True) | models.Q(funding_type="project"),
                name="service_only_projects_end",
            ),
        ]

    def __str__(self):
        return str(self.name)

    def clean(self):
        from django.core.exceptions import ValidationError

        errors = {}
        if (
            self.minimum_age is not None
            and self.maximum_age is not None
            and self.minimum_age > self.maximum_age
        ):
            errors["maximum_age"] = _("The maximum age must not be below the minimum age.")
        if self.funding_ends and self.funding_type != self.FundingType.PROJECT:
            errors["funding_ends"] = _(
                "Only a project-funded service has an end date; choose “Project-funded” or "
                "clear the date."
            )
        if errors:
            raise ValidationError(errors)

    @property
    def region(self):
        return self.organization.region

    def terms(self, taxonomy_code: str) -> list:
        """The service's terms in one taxonomy, using prefetched attributes when present."""
        return [
            a.taxonomy_term
            for a in self.attributes.all()
            if a.taxonomy_term.taxonomy and a.taxonomy_term.taxonomy.code == taxonomy_code
        ]

    def language_codes(self) -> list[str]:
        return [lang.code for lang in self.languages.all() if lang.code]
