"""A newcomer finds what Satu brought in from PTV: the sync indexes its services for search after
each chunk commits, in batches, and says how far it has come."""

from directory.tests.factories import RegionFactory
from interchange.ptv.sync import sync_ptv
from search.engine import search
from search.models import SearchDocument


def test_imported_services_are_findable_once_the_sync_returns(transactional_db, client):
    jyvaskyla = RegionFactory(slug="jyvaskyla", languages=["fi", "sv", "en"])
    stages = []

    sync_ptv(jyvaskyla, "179", client=client, progress=lambda *step: stages.append(step))

    assert ("index", 3, 3) in stages
    languages = sorted(SearchDocument.objects.values_list("language", flat=True))
    assert languages == ["en", "en", "fi", "fi", "fi", "sv", "sv"]
    found = search("Finnish course for beginners", language="en", record_unmet=False)
    assert "Finnish for beginners" in [str(hit.service.name) for hit in found.hits[:3]]


def test_a_dry_run_indexes_nothing(transactional_db, client):
    jyvaskyla = RegionFactory(slug="jyvaskyla", languages=["fi", "sv", "en"])

    sync_ptv(jyvaskyla, "179", client=client, dry_run=True)

    assert not SearchDocument.objects.exists()
