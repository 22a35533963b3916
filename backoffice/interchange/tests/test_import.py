"""Satu uploads a file, sees what it would change, and confirms. The check and the import run
as background jobs; the batch's page follows them."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from backoffice.interchange.tests.support import sign_in
from directory.models import Service
from interchange.models import ImportBatch
from jobs.models import Job
from jobs.testing import run_queued


def services_csv(people, name="Job club", rows=""):
    text = (
        "id,organization_id,name@en,status\r\n"
        f"{people.service.pk},{people.service.organization_id},{name},active\r\n{rows}"
    )
    return SimpleUploadedFile("services.csv", text.encode(), content_type="text/csv")


def upload(client, people, file, language=""):
    """Send the form, let the worker check the file, and return the batch's page as text."""
    response = client.post(
        "/staff/import-export/",
        {"region": people.region.pk, "file": file, "language": language},
    )
    if response.status_code != 302:
        return response.content.decode()
    run_queued()
    return client.get(response.url).content.decode()


def confirm(client, batch):
    response = client.post(f"/staff/import-export/imports/{batch.pk}/confirm/")
    assert response.status_code == 302
    run_queued()
    return client.get(response.url).content.decode()


def test_a_preview_shows_what_would_change_and_saves_nothing(client, people):
    sign_in(client, people.satu)

    page = upload(client, people, services_csv(people))

    assert "The file is valid" in page and "changes 1" in page
    assert Service.objects.get().name.exact("en") == "Job-seeking club"


def test_the_page_follows_the_check_while_it_waits_for_the_worker(client, people):
    sign_in(client, people.satu)

    response = client.post(
        "/staff/import-export/",
        {"region": people.region.pk, "file": services_csv(people), "language": ""},
        follow=True,
    )

    page = response.content.decode()
    assert "Checking services.csv" in page and "Waiting" in page
    assert Job.objects.get().name == "interchange.batches.process_batch"
    batch = ImportBatch.objects.get()
    progress = client.get(f"/staff/import-export/imports/{batch.pk}/progress/").json()
    assert progress == {"finished": False, "state": "Waiting", "line": ""}
    run_queued()
    progress = client.get(f"/staff/import-export/imports/{batch.pk}/progress/").json()
    assert progress["finished"] is True


def test_confirming_imports_in_the_background(client, people):
    sign_in(client, people.satu)
    upload(client, people, services_csv(people))
    batch = ImportBatch.objects.get()

    page = confirm(client, batch)

    assert "Done: 0 records created, 1 changed" in page
    assert Service.objects.get().name.exact("en") == "Job club"
    batch.refresh_from_db()
    assert batch.status == ImportBatch.Status.APPLIED
    applying = Job.objects.filter(status=Job.Status.SUCCEEDED).first()
    assert (applying.done, applying.total, applying.stage) == (1, 1, "rows:service")
    # Confirming twice does not import twice.
    again = client.post(f"/staff/import-export/imports/{batch.pk}/confirm/")
    assert again.status_code == 302
    assert Job.objects.count() == 2  # the check and the one import


def test_errors_name_file_row_and_column(client, people):
    sign_in(client, people.satu)

    page = upload(client, people, services_csv(people, rows="not-a-uuid,x,Broken,active\r\n"))

    assert "nothing was imported" in page
    assert '<td>services.csv</td><td data-label="Row">3</td><td data-label="Column">id</td>' in page
    assert ImportBatch.objects.get().status == ImportBatch.Status.REJECTED
    assert "Confirm the import" not in page


def test_the_report_is_in_the_language_of_whoever_sent_the_file(client, people):
    """The worker runs in the site's language (Finnish); Satu reads the staff pages in English
    and gets her file's problems in English too."""
    sign_in(client, people.satu)
    response = client.post(
        "/staff/import-export/",
        {"region": people.region.pk, "file": services_csv(people, rows="x,y,Broken,active\r\n")},
    )
    with translation.override("fi"):
        run_queued()
    page = client.get(response.url).content.decode()
    assert "is not a valid identifier" in page
    assert "ei ole kelvollinen" not in page


def test_the_empty_template_is_not_offered_for_import(client, people):
    """Satu uploads the Excel template before filling it in: she is told it holds nothing,
    not that it is valid with a button to import nothing."""
    sign_in(client, people.satu)
    template = client.get("/staff/import-export/template.xlsx").content
    page = upload(client, people, SimpleUploadedFile("hsds-template.xlsx", template))
    assert "The file holds no records" in page
    assert "Confirm the import" not in page
    assert ImportBatch.objects.get().status == ImportBatch.Status.REJECTED


def test_a_wrong_encoding_is_named_on_the_page(client, people):
    sign_in(client, people.satu)
    file = SimpleUploadedFile(
        "services.csv", "id,name@fi\r\nx,Työ\r\n".encode("cp1252"), content_type="text/csv"
    )

    page = upload(client, people, file)

    assert "Windows-1252" in page


def test_an_oversized_upload_is_refused_at_once(client, people, settings):
    settings.INTERCHANGE_MAX_BYTES = 50
    sign_in(client, people.satu)

    page = upload(client, people, services_csv(people))

    assert "at most 50\xa0bytes can be imported" in page
    assert not ImportBatch.objects.exists()


@pytest.mark.parametrize("who", ["eero", "lars"])
def test_only_the_regions_coordinator_imports_there(client, people, who):
    sign_in(client, people.satu)
    upload(client, people, services_csv(people))
    batch = ImportBatch.objects.get()
    client.logout()
    sign_in(client, getattr(people, who))

    assert client.get(f"/staff/import-export/imports/{batch.pk}/").status_code == 403
    assert client.post(f"/staff/import-export/imports/{batch.pk}/confirm/").status_code == 403


def test_lars_cannot_pick_another_region_to_import_into(client, people):
    sign_in(client, people.lars)

    page = upload(client, people, services_csv(people))

    assert "Select a valid choice" in page
    assert not ImportBatch.objects.exists()


def test_an_editor_does_not_see_the_page(client, people):
    sign_in(client, people.eero)

    assert client.get("/staff/import-export/").status_code == 403


@pytest.mark.django_db(transaction=True)
def test_after_the_import_the_renamed_service_is_found_by_its_new_name(client, people):
    """The import commits first; the job then brings the index up to date."""
    from search.engine import search

    sign_in(client, people.satu)
    upload(client, people, services_csv(people, name="Welcome club for internationals"))

    confirm(client, ImportBatch.objects.get())

    hits = search("Welcome club for internationals", record_unmet=False).hits
    assert [hit.service.pk for hit in hits][:1] == [people.service.pk]
