"""The events' scheduled jobs (jobs.schedule queues them; the management commands of the same
names run the same functions from cron)."""

from directory.models import Region
from events.bulletin import send_digests
from events.feeds import aggregate_feeds
from jobs import job


@job
def fetch_event_feeds() -> dict:
    """Hourly: every provider's calendar kept in step, and every event's window moved forward.
    Idempotent: a feed that has not changed changes nothing. A feed that fails keeps its events
    as they were and is named in the result; the others are still read."""
    results = list(aggregate_feeds())
    failed = [str(result.feed.url) for result in results if result.error]
    totals = {
        name: sum(getattr(result, name) for result in results)
        for name in ("created", "updated", "removed", "skipped")
    }
    return {"feeds": len(results), "failed": failed, **totals}


@job
def send_event_digests() -> dict:
    """Daily: each member gets the network's digest at most once a week, so running twice sends
    nothing twice."""
    return {"sent": send_digests(Region.objects.all())}
