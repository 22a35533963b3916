from django.core.management.base import BaseCommand

from events.feeds import aggregate_feeds


class Command(BaseCommand):
    help = (
        "Fetch every provider's calendar feed and keep the imported events in step; then move "
        "every event's six-month window forward. Safe to run as often as wanted (e.g. hourly)."
    )

    def handle(self, *args, **options):
        failed = fetched = 0
        for result in aggregate_feeds():
            fetched += 1
            line = (
                f"{result.feed.url}: {result.outcome}, {result.created} new, "
                f"{result.updated} changed, {result.removed} removed, "
                f"{result.unchanged} unchanged, {result.skipped} skipped"
            )
            if result.error:
                failed += 1
                line += f" – {result.error}"
            self.stdout.write(line)
        if not fetched:
            self.stdout.write("No event feeds to fetch: providers add theirs on the staff pages.")
        if failed:
            self.stderr.write(f"{failed} feed(s) failed; their events were kept as they were.")
