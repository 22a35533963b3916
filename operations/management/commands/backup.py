from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from operations.backup import BackupError, backup


class Command(BaseCommand):
    help = (
        "Back up the database (SQLite: online backup API; PostgreSQL: pg_dump), each region's "
        "HSDS data package and the uploaded files into a new folder. Safe while the site runs."
    )

    def add_arguments(self, parser):
        parser.add_argument("--output", help="a new folder (default: var/backups/<date and time>)")
        parser.add_argument("--no-hsds", action="store_true", help="skip the HSDS data packages")

    def handle(self, *args, output=None, no_hsds=False, **options):
        from django.conf import settings

        output = output or settings.VAR_DIR / "backups" / timezone.now().strftime("%Y%m%dT%H%M%S")
        try:
            manifest = backup(output, hsds=not no_hsds)
        except BackupError as error:
            raise CommandError(str(error)) from None
        rows = sum(table["rows"] for table in manifest["tables"].values())
        self.stdout.write(f"Backed up {len(manifest['tables'])} tables, {rows} rows, to {output}")
