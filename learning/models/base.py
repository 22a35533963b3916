from django.db import models
from django.utils.translation import gettext_lazy as _


def region_field(related_name: str, verbose_name=None):
    return models.ForeignKey(
        "directory.Region",
        on_delete=models.CASCADE,
        related_name=related_name,
        verbose_name=verbose_name or _("region"),
    )


class LearningRecord(models.Model):
    """Everything in the workspace belongs to one region, whose staff keep it (see
    learning.permissions), and may be demo data, which every page says out loud."""

    is_demo_data = models.BooleanField(_("demo data"), default=False)
    created = models.DateTimeField(auto_now_add=True)
    modified = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True

    @property
    def owner_region(self):
        """The region whose staff may edit this record."""
        return self.region
