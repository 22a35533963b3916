"""Kaisa's imports and the nightly purges run as background jobs: a job that fails is tried
again, asking twice runs it once, and a job whose worker died is taken up by the next one."""

import socket

import pytest
from django.utils import timezone

from jobs import enqueue, live_progress, schedule
from jobs.models import Job
from jobs.runner import recover
from jobs.testing import run_queued
from jobs.tests import examples

pytestmark = pytest.mark.django_db


def run_worker():
    run_queued()


def test_a_failing_job_is_retried_until_it_succeeds():
    examples.failures["left"] = 2
    queued = examples.flaky.enqueue(greeting="moi")

    run_worker()

    queued.refresh_from_db()
    assert queued.status == Job.Status.SUCCEEDED
    assert queued.attempts == 3
    assert queued.result == {"said": "moi"}


def test_a_job_that_keeps_failing_stops_after_its_attempts_with_the_error_kept():
    examples.failures["left"] = 5
    queued = examples.flaky.enqueue(greeting="moi")

    run_worker()

    queued.refresh_from_db()
    assert queued.status == Job.Status.FAILED
    assert queued.attempts == 3
    assert "the partner's server did not answer" in queued.error


def test_a_job_that_gives_up_is_not_retried():
    queued = examples.hopeless.enqueue()

    run_worker()

    queued.refresh_from_db()
    assert (queued.status, queued.attempts) == (Job.Status.FAILED, 1)
    assert "not a directory export" in queued.error


def test_retries_wait_longer_each_time(settings):
    settings.JOBS_RETRY_DELAY = 10
    examples.failures["left"] = 1
    queued = examples.flaky.enqueue(greeting="moi")

    run_worker()  # the first attempt fails; the second waits 10 s

    queued.refresh_from_db()
    assert queued.status == Job.Status.QUEUED
    assert 8 < (queued.run_after - timezone.now()).total_seconds() <= 10


def test_asking_twice_with_the_same_key_queues_one_job():
    first = examples.counting.enqueue(to=3, key="count:3")
    second = examples.counting.enqueue(to=3, key="count:3")

    assert first.pk == second.pk
    run_worker()
    # Once it is done, the key is free again.
    assert examples.counting.enqueue(to=3, key="count:3").pk != first.pk


def test_progress_is_kept_on_the_job():
    queued = enqueue(examples.counting, to=4)

    run_worker()

    queued.refresh_from_db()
    assert (queued.done, queued.total, queued.stage) == (4, 4, "counting")
    assert live_progress(queued) == {"done": 4, "total": 4, "stage": "counting"}
    assert queued.result == 4


def test_a_job_whose_worker_died_is_run_again_by_the_next_worker():
    queued = examples.flaky.enqueue(greeting="hei")
    examples.failures["left"] = 0
    # As a worker killed mid-job leaves it: running, claimed by a process that is gone.
    Job.objects.filter(pk=queued.pk).update(
        status=Job.Status.RUNNING, attempts=1, worker=f"{socket.gethostname()}:999999999"
    )

    run_worker()  # recovers at start, then runs it

    queued.refresh_from_db()
    assert queued.status == Job.Status.SUCCEEDED
    assert queued.attempts == 2


def test_a_job_running_in_a_live_worker_is_left_alone():
    queued = examples.flaky.enqueue(greeting="hei")
    Job.objects.filter(pk=queued.pk).update(
        status=Job.Status.RUNNING, attempts=1, worker="elsewhere:1", heartbeat=timezone.now()
    )

    assert recover() == 0


def test_the_schedule_queues_each_run_once(settings):
    settings.JOBS_SCHEDULE = True
    first = schedule.run_due()
    again = schedule.run_due()

    names = {job.name for job in first}
    assert "coordination.tasks.purge_feedback" in names
    assert "search.tasks.purge_unmet_searches" in names
    assert {"events.tasks.fetch_event_feeds", "events.tasks.send_event_digests"} <= names
    assert "coordination.tasks.send_freshness_reminders" in names
    assert again == []
    run_worker()
    assert schedule.run_due() == []  # finished runs count too: the next is tomorrow's
    assert not Job.objects.filter(status=Job.Status.FAILED).exists()


def test_an_administrator_sees_the_jobs_in_the_admin(admin_client):
    examples.counting.enqueue(to=2)

    page = admin_client.get("/admin/jobs/job/").content.decode()

    assert "jobs.tests.examples.counting" in page
