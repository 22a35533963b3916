"""Helpers the interchange tests share."""

from directory import models as directory
from directory.tests.factories import RegionFactory
from interchange.models import ExternalReference, HeldRow
from interchange.tables import IMPORT_ORDER, tables


def empty_directory(slug: str):
    """Delete every directory record, as on a fresh installation, and create one region."""
    HeldRow.objects.all().delete()
    ExternalReference.objects.all().delete()
    directory.Attribute.objects.all().delete()
    for name in reversed(IMPORT_ORDER):
        tables()[name].model.objects.all().delete()
    directory.Region.objects.all().delete()
    return RegionFactory(slug=slug, languages=["fi", "en"])
