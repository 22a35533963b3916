"""Satu uploads a file, sees what it would change, and confirms."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from backoffice.interchange.tests.support import sign_in
from directory.models import Service
from interchange.models import ImportBatch


def services_csv(people, name="Job club", rows=""):
    text = (
        "id,organization_id,name@en,status\r\n"
        f"{people.service.pk},{people.service.organization_id},{name},active\r\n{rows}"
    )
    return SimpleUploadedFile("services.csv", text.encode(), content_type="text/csv")


def upload(client, people, file, language=""):
    """Send the form; the page (streamed while the file is checked) as text."""
    response = client.post(
        "/staff/import-export/",
        {"region": people.region.pk, "file": file, "language": language},
    )
    if response.streaming:
        return b"".join(response.streaming_content).decode()
    return response.content.decode()


def test_a_preview_shows_what_would_change_and_saves_nothing(client, people):
    sign_in(client, people.satu)

    page = upload(client, people, services_csv(people))

    assert "service: 1 of 1 rows" in page  # progress while the file is checked
    assert "The file is valid" in page and "changes 1" in page
    assert Service.objects.get().name.exact("en") == "Job-seeking club"


def test_confirming_imports_with_progress(client, people):
    sign_in(client, people.satu)
    upload(client, people, services_csv(people))
    batch = ImportBatch.objects.get()

    response = client.post(f"/staff/import-export/imports/{batch.pk}/confirm/")
    page = b"".join(response.streaming_content).decode()

    assert "service: 1 of 1 rows" in page
    assert "Done: 0 records created, 1 changed" in page
    assert Service.objects.get().name.exact("en") == "Job club"
    batch.refresh_from_db()
    assert batch.status == ImportBatch.Status.APPLIED
    # Confirming twice does not import twice.
    again = client.post(f"/staff/import-export/imports/{batch.pk}/confirm/")
    assert again.status_code == 302


def test_errors_name_file_row_and_column(client, people):
    sign_in(client, people.satu)

    page = upload(client, people, services_csv(people, rows="not-a-uuid,x,Broken,active\r\n"))

    assert "nothing was imported" in page
    assert "<td>services.csv</td><td>3</td><td>id</td>" in page
    assert ImportBatch.objects.get().status == ImportBatch.Status.REJECTED
    assert "Confirm the import" not in page


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
def test_after_the_import_the_page_follows_the_search_index_catching_up(client, people):
    """The import commits first; the page then shows the index embedding its services, and
    the renamed service is found by its new name as soon as the page is done."""
    from search.engine import search

    sign_in(client, people.satu)
    upload(client, people, services_csv(people, name="Welcome club for internationals"))
    batch = ImportBatch.objects.get()

    response = client.post(f"/staff/import-export/imports/{batch.pk}/confirm/")
    page = b"".join(response.streaming_content).decode()

    assert page.index("service: 1 of 1 rows") < page.index("Search index: 1 of 1 services")
    hits = search("Welcome club for internationals", record_unmet=False).hits
    assert [hit.service.pk for hit in hits][:1] == [people.service.pk]
