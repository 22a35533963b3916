from django.db import models
from django.utils.translation import gettext_lazy as _

from directory.models.base import Record
from directory.translation import TranslatedField


class RegionQuerySet(models.QuerySet):
    def partners(self):
        """The MILEstone partner regions: the ones policy learning is between (a region loaded
        only to show data, such as Open Referral's fictional example, is not one)."""
        return self.filter(is_partner=True)


class Region(Record):
    """A MILEstone partner territory. Every organization belongs to one."""

    objects = RegionQuerySet.as_manager()

    slug = models.SlugField(_("short name"), unique=True)
    name = TranslatedField(_("name"), required=True, max_length=200)
    partner_organization = models.CharField(_("partner organization"), max_length=300)
    country = models.CharField(_("country"), max_length=2, help_text=_("ISO 3166-1 code, e.g. FI"))
    languages = models.JSONField(
        _("languages"), default=list, blank=True, help_text=_("The region's key languages")
    )
    lead_partner = models.BooleanField(_("lead partner"), default=False)
    is_partner = models.BooleanField(
        _("MILEstone partner"),
        default=True,
        help_text=_("Takes part in policy learning. Off for a region that only shows data."),
    )
    # Where a newcomer can ask when a service's entry does not say how to reach it.
    advice_service = models.ForeignKey(
        "directory.Service",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("general advice point"),
        help_text=_("The service newcomers are sent to when an entry lacks contact details."),
    )
    advice_note = TranslatedField(_("about the general advice point"), multiline=True)
    # Shown on every page of the region's services, instead of the general demo-data notice.
    data_notice = TranslatedField(_("about the region's data"), multiline=True)
    is_demo_data = models.BooleanField(
        _("demo data"),
        default=False,
        help_text=_("Shown to everyone: the region's data is for demonstration, not verified."),
    )

    class Meta:
        ordering = ["slug"]
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        constraints = [
            models.UniqueConstraint(
                fields=["lead_partner"],
                condition=models.Q(lead_partner=True),
                name="one_lead_partner",
            )
        ]

    def __str__(self):
        return str(self.name)
