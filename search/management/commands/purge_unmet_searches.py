from django.conf import settings
from django.core.management.base import BaseCommand

from search.unmet import purge_expired


class Command(BaseCommand):
    help = (
        "Delete unmet searches older than UNMET_SEARCH_RETENTION_DAYS (run daily, e.g. from cron)."
    )

    def handle(self, *args, **options):
        deleted = purge_expired()
        self.stdout.write(
            f"Deleted {deleted} unmet searches older than "
            f"{settings.UNMET_SEARCH_RETENTION_DAYS} days."
        )
