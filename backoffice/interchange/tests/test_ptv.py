"""Satu reads what the nightly PTV sync did and where her directory differs from PTV; nobody
outside her region's coordination does."""

import pytest
from django.urls import reverse
from django.utils import timezone

from coordination.models import Membership, Role
from interchange.models import ImportBatch, ImportChange, PtvRecord

from .support import sign_in

PTV_ID = "a1000000-0000-4000-8000-000000000001"


@pytest.fixture
def synced(people):
    """The sync made people.service from PTV; Satu's network renamed it since in Finnish."""
    batch = ImportBatch.objects.create(
        region=people.region,
        source=ImportBatch.Source.PTV,
        file_name="PTV 179",
        content=b"",
        language="",
        status=ImportBatch.Status.APPLIED,
        report={
            "errors": [],
            "warnings": [],
            "counts": {
                "service": {"created": 0, "updated": 1, "unchanged": 41, "held": 0, "withdrawn": 2}
            },
        },
    )
    ImportChange.objects.create(
        batch=batch,
        table="service",
        record_id=people.service.pk,
        external_id=PTV_ID,
        name="Työnhakuklubi",
        action=ImportChange.Action.UPDATED,
        fields=["description"],
        kept=["name"],
    )
    PtvRecord.objects.create(
        region=people.region,
        kind=PtvRecord.Kind.SERVICE,
        ptv_id=PTV_ID,
        record_id=people.service.pk,
        fingerprint="0" * 40,
        values={"name": {"fi": "Työnhakijoiden klubi", "en": "Job-seeking club"}},
        synced=timezone.now(),
    )
    return batch


def test_satu_reads_what_the_sync_changed(client, people, synced):
    # She also coordinates Linköping, and had its dashboard open last.
    Membership.objects.create(user=people.satu, role=Role.COORDINATOR, region=people.linkoping)
    sign_in(client, people.satu).get(reverse("backoffice:dashboard", args=["linkoping"]))
    page = client.get(reverse("backoffice:interchange-batch", args=[synced.pk]))

    html = page.content.decode()
    assert page.status_code == 200
    assert "Sync of" in html
    assert "Työnhakuklubi" in html
    assert ">2</td>" in html  # marked inactive
    assert "description" in html
    assert reverse("backoffice:interchange-ptv-differences", args=["jyvaskyla"]) in html
    # The staff menu is the batch's region's, whatever region she had open before.
    assert f'class="staff-nav__region">Region: {people.region}<' in html


def test_satu_sees_her_edit_beside_ptvs_value(client, people, synced):
    url = reverse("backoffice:interchange-ptv-differences", args=["jyvaskyla"])

    page = sign_in(client, people.satu).get(url)

    html = page.content.decode()
    assert page.status_code == 200
    assert '<dd lang="fi">Työnhakuklubi</dd>' in html
    assert '<dd lang="fi">Työnhakijoiden klubi</dd>' in html


def test_with_nothing_edited_nothing_differs(client, people, synced):
    PtvRecord.objects.update(values={"name": {"fi": "Työnhakuklubi", "en": "Job-seeking club"}})

    page = sign_in(client, people.satu).get(
        reverse("backoffice:interchange-ptv-differences", args=["jyvaskyla"])
    )

    assert "Nothing differs" in page.content.decode()


@pytest.mark.parametrize("who", ["eero", "lars"])
def test_an_editor_or_another_regions_coordinator_is_refused(client, people, synced, who):
    signed_in = sign_in(client, getattr(people, who))

    batch = signed_in.get(reverse("backoffice:interchange-batch", args=[synced.pk]))
    differences = signed_in.get(
        reverse("backoffice:interchange-ptv-differences", args=["jyvaskyla"])
    )

    assert (batch.status_code, differences.status_code) == (403, 403)
