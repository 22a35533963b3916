import datetime

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from learning.permissions import read_condition

#: The day the MILEstone project began (Interreg Europe, March 2023): its own work, such as the
#: stakeholder meetings, cannot be dated earlier.
PROJECT_START = datetime.date(2023, 3, 1)


def region_field(related_name: str, verbose_name=None):
    return models.ForeignKey(
        "directory.Region",
        on_delete=models.CASCADE,
        related_name=related_name,
        verbose_name=verbose_name or _("region"),
    )


class WorkspaceQuerySet(models.QuerySet):
    def visible_to(self, user):
        """The records `user` may read, wherever they are read (back office, API, reports):
        learning.permissions.read_condition."""
        return self.filter(read_condition(self.model, user))


class LearningRecord(models.Model):
    """Everything in the workspace belongs to one region, whose staff keep it (see
    learning.permissions), and may be demo data, which every page says out loud.

    A kind of record says what anyone may read (`public_condition`) and how it reaches its
    region (`region_path`); learning.permissions adds what the region's staff read."""

    #: The lookup from the record to its region.
    region_path = "region"

    is_demo_data = models.BooleanField(_("demo data"), default=False)
    created = models.DateTimeField(auto_now_add=True)
    modified = models.DateTimeField(auto_now=True)

    objects = WorkspaceQuerySet.as_manager()

    class Meta:
        abstract = True

    @classmethod
    def public_condition(cls) -> Q:
        """Which records anyone may read (the partners learn from each other's work)."""
        return Q()

    @classmethod
    def awaiting_validation_condition(cls) -> Q:
        """Which records the lead partner's staff read to validate them (none by default)."""
        return Q(pk__in=[])

    @property
    def owner_region(self):
        """The region whose staff may edit this record."""
        return self.region
