from django.core.management.base import BaseCommand

from directory.demo.loader import load_demo_data
from directory.models import Service


class Command(BaseCommand):
    help = "Load the Jyväskylä integration-service ecosystem from the source document (demo data)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing when the directory already holds services (used by make run).",
        )

    def handle(self, *args, if_empty=False, **options):
        if if_empty and Service.objects.exists():
            self.stdout.write("The directory already has services; demo data not loaded again.")
            return
        summary = load_demo_data()
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo data loaded: {summary.regions} regions, {summary.organizations} "
                f"organizations, {summary.services} services, {summary.terms} taxonomy terms."
            )
        )
