"""The job system's own upkeep."""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from jobs.base import job
from jobs.models import Job


@job
def prune_finished() -> dict:
    """Forget finished jobs (and their deliveries) after `JOBS_KEEP_DAYS`."""
    from django_tasks_db.models import DBTaskResult

    before = timezone.now() - timedelta(days=settings.JOBS_KEEP_DAYS)
    jobs, _ = Job.objects.filter(finished__lt=before).exclude(status__in=Job.UNFINISHED).delete()
    deliveries, _ = DBTaskResult.objects.finished().filter(finished_at__lt=before).delete()
    return {"jobs": jobs, "deliveries": deliveries}
