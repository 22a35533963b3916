from django.core.management.base import BaseCommand

from directory.models import Region
from events.bulletin import send_digests


class Command(BaseCommand):
    help = (
        "E-mail the network's weekly digest (announcements, new and changed services, services "
        "ending soon, coming events) to every member who wants it. Safe to run daily: a member "
        "gets at most one a week."
    )

    def handle(self, *args, **options):
        sent = send_digests(Region.objects.all())
        self.stdout.write(f"{sent} digest(s) sent.")
