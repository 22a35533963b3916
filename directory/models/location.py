from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils.translation import gettext_lazy as _

from directory.models.base import Record
from directory.translation import TranslatedField


class Location(Record):
    class LocationType(models.TextChoices):
        PHYSICAL = "physical", _("Physical")
        POSTAL = "postal", _("Postal")
        VIRTUAL = "virtual", _("Virtual")

    organization = models.ForeignKey(
        "directory.Organization",
        on_delete=models.CASCADE,
        related_name="locations",
        null=True,
        blank=True,
    )
    location_type = models.CharField(
        _("type"), max_length=10, choices=LocationType.choices, default=LocationType.PHYSICAL
    )
    url = models.URLField(_("web address"), blank=True, max_length=500)
    name = TranslatedField(_("name"))
    alternate_name = TranslatedField(_("alternate name"))
    description = TranslatedField(_("description"), multiline=True)
    transportation = TranslatedField(_("how to get there"), multiline=True)
    latitude = models.DecimalField(
        _("latitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    external_identifier = models.CharField(_("external identifier"), max_length=200, blank=True)
    external_identifier_type = models.CharField(
        _("external identifier type"), max_length=200, blank=True
    )
    attributes = GenericRelation("directory.Attribute", object_id_field="link_id")

    class Meta:
        verbose_name = _("location")
        verbose_name_plural = _("locations")

    def __str__(self):
        return str(self.name) or str(self.id)


class Address(Record):
    class AddressType(models.TextChoices):
        PHYSICAL = "physical", _("Physical")
        POSTAL = "postal", _("Postal")
        VIRTUAL = "virtual", _("Virtual")

    location = models.ForeignKey(Location, on_delete=models.CASCADE, related_name="addresses")
    attention = models.CharField(_("attention"), max_length=200, blank=True)
    address_1 = models.CharField(_("street address"), max_length=300)
    address_2 = models.CharField(_("address line 2"), max_length=300, blank=True)
    city = models.CharField(_("city"), max_length=200)
    region = models.CharField(_("region"), max_length=200, blank=True)
    state_province = models.CharField(_("state or province"), max_length=200, blank=True)
    postal_code = models.CharField(_("postal code"), max_length=20)
    country = models.CharField(_("country"), max_length=2)
    address_type = models.CharField(
        _("type"), max_length=10, choices=AddressType.choices, default=AddressType.PHYSICAL
    )

    class Meta:
        verbose_name = _("address")
        verbose_name_plural = _("addresses")

    def __str__(self):
        return f"{self.address_1}, {self.postal_code} {self.city}"


class ServiceAtLocation(Record):
    service = models.ForeignKey(
        "directory.Service", on_delete=models.CASCADE, related_name="service_at_locations"
    )
    location = models.ForeignKey(
        Location, on_delete=models.CASCADE, related_name="service_at_locations"
    )
    description = TranslatedField(_("description"), multiline=True)
    attributes = GenericRelation("directory.Attribute", object_id_field="link_id")

    class Meta:
        verbose_name = _("service at location")
        verbose_name_plural = _("services at locations")

    def __str__(self):
        return f"{self.service} @ {self.location}"


class Accessibility(Record):
    class Feature(models.TextChoices):
        STEP_FREE_ENTRANCE = "step_free_entrance", _("Step-free entrance")
        LIFT = "lift", _("Lift")
        ACCESSIBLE_TOILET = "accessible_toilet", _("Accessible toilet")
        HEARING_LOOP = "hearing_loop", _("Hearing loop")
        ACCESSIBLE_PARKING = "accessible_parking", _("Accessible parking")

    location = models.ForeignKey(Location, on_delete=models.CASCADE, related_name="accessibility")
    description = TranslatedField(_("description"), multiline=True)
    details = TranslatedField(_("details"), multiline=True)
    url = models.URLField(_("web address"), blank=True, max_length=500)
    # Feature codes separated by commas, so that one exchange column carries them.
    features = models.CharField(_("features"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("accessibility")
        verbose_name_plural = _("accessibility")

    def feature_codes(self) -> list[str]:
        return [code for code in self.features.split(",") if code]

    def feature_labels(self) -> list:
        labels = dict(self.Feature.choices)
        return [labels[code] for code in self.feature_codes() if code in labels]
