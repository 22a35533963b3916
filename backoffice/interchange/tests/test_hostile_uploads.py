"""Satu uploads files that are damaged or built to hurt (finding 5): the page says which file
and why, nothing is stored, and the upload never stays "being checked"."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from backoffice.interchange.tests.support import sign_in
from backoffice.interchange.tests.test_import import services_csv, upload
from directory.models import Service
from interchange import uploads
from interchange.models import ImportBatch
from interchange.tests import hostile


@pytest.mark.parametrize(
    "make",
    [hostile.corrupt_zip, hostile.encrypted_zip, hostile.workbook_with_entities],
    ids=lambda make: make.__name__,
)
def test_a_hostile_upload_is_refused_on_the_page(client, people, make):
    name, data, words = make()
    sign_in(client, people.satu)

    page = upload(client, people, SimpleUploadedFile(name, data))

    assert name in page
    assert all(word in page for word in words), words
    batch = ImportBatch.objects.get()
    assert batch.status == ImportBatch.Status.REJECTED
    assert Service.objects.get().name.exact("en") == "Job-seeking club"


def test_an_unexpected_failure_while_checking_leaves_the_batch_rejected(
    client, people, monkeypatch
):
    def broken(*args, **kwargs):
        yield ("service", 0, 1)
        raise RuntimeError("a bug found by a strange file")

    monkeypatch.setattr(uploads, "steps", broken)
    sign_in(client, people.satu)

    page = upload(client, people, services_csv(people, name="Changed"))

    assert "Nothing was changed" in page
    batch = ImportBatch.objects.get()
    assert batch.status == ImportBatch.Status.REJECTED
    assert "error on our side" in batch.report["errors"][0]["message"]
    assert Service.objects.get().name.exact("en") == "Job-seeking club"


def test_closing_the_page_while_checking_does_not_leave_it_being_checked(client, people):
    sign_in(client, people.satu)
    response = client.post(
        "/staff/import-export/",
        {"region": people.region.pk, "file": services_csv(people), "language": ""},
    )
    stream = iter(response.streaming_content)
    next(stream)  # the page's head has reached the browser; then it is closed

    response.close()

    assert ImportBatch.objects.get().status == ImportBatch.Status.REJECTED
