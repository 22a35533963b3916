"""Satu does not run the PTV import by hand: the job worker keeps Jyväskylä in step with PTV
every night, and what it did is an import batch like any other."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from directory.models import Service
from interchange.models import ImportBatch
from interchange.ptv import tasks
from jobs import schedule
from jobs.models import Job
from jobs.testing import run_queued

pytestmark = pytest.mark.django_db


@pytest.fixture
def nightly(settings, ptv, jyvaskyla):
    settings.JOBS_SCHEDULE = True
    settings.PTV_API_URL = ptv.url
    settings.PTV_BACKOFF = 0
    settings.PTV_SYNC = ["jyvaskyla:179"]
    return settings


def test_the_night_brings_jyvaskyla_in_step_with_ptv(nightly, jyvaskyla):
    queued = {job.name for job in schedule.run_due()}
    assert "interchange.ptv.tasks.sync_ptv_nightly" in queued

    run_queued()

    (batch,) = ImportBatch.objects.filter(source=ImportBatch.Source.PTV)
    assert batch.status == ImportBatch.Status.APPLIED
    assert Service.objects.in_region(jyvaskyla).count() == 3
    region_job = Job.objects.get(name="interchange.ptv.tasks.sync_ptv_region")
    assert region_job.status == Job.Status.SUCCEEDED
    assert region_job.result["batch"] == batch.pk
    assert schedule.run_due() == []  # once a night


def test_without_ptv_sync_the_night_queues_no_sync(settings):
    settings.JOBS_SCHEDULE = True
    settings.PTV_SYNC = []
    names = {job.name for job in schedule.run_due()}
    assert "interchange.ptv.tasks.sync_ptv_nightly" not in names


def test_a_region_that_does_not_exist_fails_with_its_name(nightly):
    nightly.PTV_SYNC = ["atlantis:179"]
    schedule.run_due()

    run_queued()

    failed = Job.objects.get(name="interchange.ptv.tasks.sync_ptv_region")
    assert failed.status == Job.Status.FAILED
    assert "atlantis" in failed.error


def test_a_malformed_entry_says_how_to_write_it(settings):
    settings.PTV_SYNC = ["jyvaskyla"]
    with pytest.raises(ImproperlyConfigured, match="jyvaskyla:179"):
        tasks.ptv_targets()
    settings.PTV_SYNC = ["jyvaskyla:179:org-a+org-b"]
    assert tasks.ptv_targets() == [tasks.PtvTarget("jyvaskyla", "179", ("org-a", "org-b"))]


def test_satu_sees_the_nights_sync_on_her_dashboard(nightly, jyvaskyla, satu):
    from django.test import Client

    schedule.run_due()
    run_queued()
    batch = ImportBatch.objects.get(source=ImportBatch.Source.PTV)

    browser = Client()
    browser.force_login(satu)
    page = browser.get(f"/staff/regions/{jyvaskyla.slug}/").content.decode()

    assert "Viimeisin synkronointi Suomi.fi-palvelutietovarannon (PTV) kanssa:" in page
    assert f'href="/staff/import-export/imports/{batch.pk}/"' in page


def test_satu_starts_a_sync_now_and_it_runs_as_a_job(nightly, jyvaskyla, satu):
    from django.test import Client

    nightly.JOBS_SCHEDULE = False  # only her sync: the night's would run in the same worker

    browser = Client()
    browser.force_login(satu)
    page = browser.get("/staff/import-export/").content.decode()
    assert f'action="/staff/import-export/regions/{jyvaskyla.slug}/sync-ptv/"' in page

    response = browser.post(f"/staff/import-export/regions/{jyvaskyla.slug}/sync-ptv/")
    again = browser.post(f"/staff/import-export/regions/{jyvaskyla.slug}/sync-ptv/")

    assert response.status_code == again.status_code == 302
    assert ImportBatch.objects.count() == 0  # nothing ran inside the request
    assert Job.objects.filter(name="interchange.ptv.tasks.sync_ptv_region").count() == 1
    run_queued()
    assert ImportBatch.objects.get().status == ImportBatch.Status.APPLIED


def test_a_region_ptv_sync_does_not_name_cannot_be_synced(nightly, jyvaskyla, satu):
    from django.test import Client

    nightly.PTV_SYNC = []
    browser = Client()
    browser.force_login(satu)
    assert "sync-ptv" not in browser.get("/staff/import-export/").content.decode()
    response = browser.post(f"/staff/import-export/regions/{jyvaskyla.slug}/sync-ptv/")
    assert response.status_code == 403
    assert not Job.objects.exists()


def test_a_malformed_entry_stops_the_start_with_its_message(settings):
    settings.PTV_SYNC = ["jyvaskyla"]
    (error,) = tasks.check_ptv_sync()
    assert error.id == "interchange.E001" and "jyvaskyla:179" in error.msg
