from django.core.management.base import BaseCommand

from demodata.loading import load_directory_demo, load_learning_workspace_demo
from directory.models import Service


class Command(BaseCommand):
    help = (
        "Load the demo data built from the source document: the Jyväskylä service ecosystem, "
        "the 12 partner regions and the policy-learning workspace."
    )

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
        summary = load_directory_demo()
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo data loaded: {summary.regions} regions, {summary.organizations} "
                f"organizations, {summary.services} services, {summary.terms} taxonomy terms."
            )
        )
        # The policy-learning workspace stands on the regions and services loaded above.
        learning = load_learning_workspace_demo()
        self.stdout.write(
            self.style.SUCCESS(
                f"Policy-learning demo data loaded: {learning.swot_items} SWOT items, "
                f"{learning.practices} good practices, {learning.stakeholders} stakeholders."
            )
        )
