from django.core.management.base import BaseCommand, CommandError

from coordination.freshness import send_reminders
from directory.models import Region


class Command(BaseCommand):
    help = "E-mail each provider's editors the entries that need checking (run monthly)."

    def add_arguments(self, parser):
        parser.add_argument("--region", help="Only this region (slug); all regions by default.")

    def handle(self, *args, region=None, **options):
        regions = Region.objects.filter(slug=region) if region else Region.objects.all()
        if region and not regions.exists():
            raise CommandError(f"No region {region!r}.")
        for each in regions:
            sent = send_reminders(each)
            self.stdout.write(f"{each.slug}: {sent} reminder e-mails sent.")
