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
from jobs.models import Job


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
    assert ImportBatch.objects.get().status == ImportBatch.Status.REJECTED
    assert Service.objects.get().name.exact("en") == "Job-seeking club"


def test_an_unexpected_failure_while_checking_ends_the_batch_with_a_message(
    client, people, monkeypatch
):
    def broken(*args, **kwargs):
        yield ("service", 0, 1)
        raise RuntimeError("a bug found by a strange file")

    monkeypatch.setattr(uploads, "steps", broken)
    sign_in(client, people.satu)

    page = upload(client, people, services_csv(people, name="Changed"))

    assert "error on our side" in page
    assert ImportBatch.objects.get().status == ImportBatch.Status.REJECTED
    assert Job.objects.get().attempts == 1  # not tried again: it would fail the same way
    assert Service.objects.get().name.exact("en") == "Job-seeking club"
