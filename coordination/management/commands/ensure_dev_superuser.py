import os

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

# The account is refused at sign-in whenever DEBUG is off (coordination.signin).
from coordination.signin import DEV_PASSWORD as PASSWORD
from coordination.signin import DEV_USERNAME as USERNAME


class Command(BaseCommand):
    help = "Create a development superuser and print its credentials (only when DEBUG is on)."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            self.stdout.write("DEBUG is off: no development superuser is created.")
            return
        User = get_user_model()
        user, created = User.objects.get_or_create(
            username=USERNAME, defaults={"is_staff": True, "is_superuser": True}
        )
        if created:
            user.set_password(PASSWORD)
            user.save()
        self.stdout.write(
            self.style.WARNING(
                f"Development superuser: {USERNAME} / {PASSWORD} "
                f"(sign in at http://127.0.0.1:{os.environ.get('PORT', '8000')}/staff/login/)"
            )
        )
