from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from directory.models.base import Record
from directory.translation import TranslatedField


class Organization(Record):
    class Kind(models.TextChoices):
        MUNICIPALITY = "municipality", _("Municipality")
        EDUCATION = "education", _("Education provider")
        NGO = "ngo", _("Association or NGO")
        EMPLOYMENT = "employment", _("Employment services")
        WELLBEING = "wellbeing", _("Wellbeing services county")
        NATIONAL = "national", _("National service")
        NETWORK = "network", _("Network or collective")
        BUSINESS = "business", _("Business")
        OTHER = "other", _("Other")

    region = models.ForeignKey(
        "directory.Region", on_delete=models.PROTECT, related_name="organizations"
    )
    name = TranslatedField(_("name"), required=True, max_length=300)
    alternate_name = TranslatedField(_("alternate name"), max_length=300)
    description = TranslatedField(_("description"), multiline=True, required=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.OTHER)
    # For staff only, never shown to the public or exported as open data.
    internal_note = models.TextField(_("internal note (staff only)"), blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    website = models.URLField(_("website"), blank=True, max_length=500)
    tax_status = models.CharField(_("tax status"), max_length=200, blank=True)
    tax_id = models.CharField(_("tax id"), max_length=100, blank=True)
    year_incorporated = models.PositiveIntegerField(_("year incorporated"), null=True, blank=True)
    legal_status = models.CharField(_("legal status"), max_length=200, blank=True)
    logo = models.URLField(_("logo"), blank=True, max_length=500)
    uri = models.CharField(_("URI"), blank=True, max_length=500)
    parent_organization = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="children"
    )
    last_modified = models.DateTimeField(_("last modified"), auto_now=True)
    attributes = GenericRelation("directory.Attribute", object_id_field="link_id")
    history = HistoricalRecords()

    class Meta:
        ordering = ["region", "id"]
        verbose_name = _("organization")
        verbose_name_plural = _("organizations")
        # The latest change is read on every public page (directory.stamp).
        indexes = [models.Index(fields=["last_modified"], name="organization_last_modified")]

    def __str__(self):
        return str(self.name)


class OrganizationIdentifier(Record):
    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="identifiers"
    )
    identifier_scheme = models.CharField(_("scheme"), max_length=100, blank=True)
    identifier_type = models.CharField(_("type"), max_length=200)
    identifier = models.CharField(_("identifier"), max_length=200)

    class Meta:
        verbose_name = _("organization identifier")


class Program(Record):
    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="programs"
    )
    name = TranslatedField(_("name"), required=True)
    alternate_name = TranslatedField(_("alternate name"))
    description = TranslatedField(_("description"), multiline=True)

    class Meta:
        verbose_name = _("programme")

    def __str__(self):
        return str(self.name)
