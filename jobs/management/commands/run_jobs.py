from django.core.management.base import BaseCommand

from jobs.runner import Worker


class Command(BaseCommand):
    help = (
        "Run background jobs: imports, search indexing, scheduled purges and reminders. "
        "Start one or more beside the web server (make serve does)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--batch", action="store_true", help="run what is ready, then exit (cron, tests)"
        )
        parser.add_argument(
            "--interval", type=float, default=1.0, help="seconds between looks when idle"
        )

    def handle(self, *args, batch, interval, **options):
        Worker(interval=interval, batch=batch).run()
