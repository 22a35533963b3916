"""The network's scheduled jobs (jobs.schedule queues them; the management commands of the same
names run the same functions from cron)."""

from django.utils import timezone

from coordination.feedback import purge_expired
from coordination.freshness import send_reminders
from directory.models import Region
from jobs import job


@job
def purge_feedback() -> dict:
    """Idempotent: deletes what is past the retention, however often it runs."""
    return {"deleted": purge_expired()}


@job
def send_freshness_reminders() -> dict:
    """Monthly: one job per region, keyed by region and month, so a region whose mail server
    fails is retried without mailing the other regions' editors twice."""
    month = timezone.localdate().strftime("%Y-%m")
    slugs = list(Region.objects.values_list("slug", flat=True))
    for slug in slugs:
        send_region_reminders.enqueue(region=slug, key=f"freshness-reminders:{slug}:{month}")
    return {"regions": len(slugs)}


@job
def send_region_reminders(region: str) -> dict:
    return {"sent": send_reminders(Region.objects.get(slug=region))}
