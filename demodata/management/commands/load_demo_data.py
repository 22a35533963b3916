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
        # A second region, fully described: Open Referral's own example, from ../shared.
        from interchange.demo import example_folder, load_open_referral_example

        report = load_open_referral_example()
        if report is None:
            self.stdout.write(
                f"Open Referral example region skipped: {example_folder()} is absent."
            )
        elif report.errors:
            self.stdout.write(
                self.style.WARNING(
                    f"Open Referral example region not loaded: {len(report.errors)} problems "
                    f"in {example_folder()}."
                )
            )
        else:
            self.stdout.write(
                self.style.SUCCESS("Open Referral example region loaded (fictional sample data).")
            )
        # The policy-learning workspace stands on the regions and services loaded above.
        learning = load_learning_workspace_demo()
        self.stdout.write(
            self.style.SUCCESS(
                f"Policy-learning demo data loaded: {learning.swot_items} SWOT items, "
                f"{learning.practices} good practices, {learning.stakeholders} stakeholders."
            )
        )
        # Demo events (language cafés, info sessions…) of the services loaded above.
        from events.demo import load_demo_events

        self.stdout.write(self.style.SUCCESS(f"Demo events loaded: {load_demo_events()}."))
        # The search's demo best bets, synonyms and judged queries stand on the services.
        from search.steering.demo import load_demo_steering

        steering = load_demo_steering()
        self.stdout.write(
            self.style.SUCCESS(
                f"Search demo data loaded: {steering['best_bets']} best bets, "
                f"{steering['synonyms']} synonyms, {steering['judged_queries']} judged queries."
            )
        )
