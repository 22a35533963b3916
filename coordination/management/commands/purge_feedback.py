from django.conf import settings
from django.core.management.base import BaseCommand

from coordination.feedback import purge_expired


class Command(BaseCommand):
    help = "Delete feedback older than FEEDBACK_RETENTION_DAYS (run daily, e.g. from cron)."

    def handle(self, *args, **options):
        deleted = purge_expired()
        self.stdout.write(
            f"Deleted {deleted} feedback older than {settings.FEEDBACK_RETENTION_DAYS} days."
        )
