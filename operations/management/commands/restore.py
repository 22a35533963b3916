from django.core.management.base import BaseCommand, CommandError

from operations.backup import BackupError, restore


class Command(BaseCommand):
    help = (
        "Restore a folder written by `manage.py backup` into the database DATABASE_URL names, "
        "which must be new and empty, and check every table's rows against the backup."
    )

    def add_arguments(self, parser):
        parser.add_argument("folder", help="the backup folder")

    def handle(self, *args, folder, **options):
        try:
            differences = restore(folder)
        except BackupError as error:
            raise CommandError(str(error)) from None
        if differences:
            raise CommandError(
                f"Restored, but these tables differ from the backup: {sorted(differences)}"
            )
        self.stdout.write(f"Restored {folder}; every table matches the backup.")
