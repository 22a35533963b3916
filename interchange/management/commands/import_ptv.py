import re
import time

from django.core.management.base import BaseCommand, CommandError

from directory.models import Region
from interchange.ptv.client import PtvError
from interchange.ptv.sync import sync_ptv

STAGES = {
    "read-services": "services read (pages)",
    "read-channels": "channels read (pages)",
    "organizations": "organizations checked",
    "locations": "service locations written",
    "services": "services written",
    "withdrawn": "withdrawn services marked inactive",
    "index": "services indexed for search",
}


class Command(BaseCommand):
    help = (
        "Import a municipality's services from Suomi.fi's national service catalogue (PTV, open "
        "API v11 at PTV_API_URL) into a region, or bring an earlier import up to date. Fields "
        "our staff own are never overwritten; services PTV withdrew are marked inactive."
    )

    def add_arguments(self, parser):
        parser.add_argument("--region", required=True, help="the region's short name (slug)")
        parser.add_argument(
            "--municipality", required=True, help="the municipality code, e.g. 179 (Jyväskylä)"
        )
        parser.add_argument(
            "--organization",
            action="append",
            default=[],
            metavar="PTV_ORG_ID",
            help="only services of this PTV organization (repeat for more)",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="report what would change; change nothing"
        )

    def handle(self, *args, region, municipality, organization, dry_run, **options):
        self.verbosity = options["verbosity"]  # read by _progress, which sync_ptv calls
        try:
            region = Region.objects.get(slug=region)
        except Region.DoesNotExist:
            raise CommandError(f"No region {region!r}.") from None
        if not re.fullmatch(r"\d{3}", municipality):
            raise CommandError("A municipality code is three digits, e.g. 179 for Jyväskylä.")
        for ptv_id in organization:
            if not re.fullmatch(r"[0-9a-fA-F-]{36}", ptv_id):
                raise CommandError(f"{ptv_id!r} is not a PTV organization id (a GUID).")
        started = time.monotonic()
        try:
            batch = sync_ptv(
                region,
                municipality,
                organizations=organization,
                dry_run=dry_run,
                progress=self._progress,
            )
        except PtvError as error:
            raise CommandError(str(error)) from None
        counts = batch.report.get("counts", {})
        self.stdout.write(
            ("Dry run, nothing was saved. " if dry_run else "")
            + f"PTV municipality {municipality} → {region.slug} "
            + f"in {time.monotonic() - started:.1f} s:"
        )
        for table, numbers in counts.items():
            self.stdout.write(
                f"  {table}: {numbers['created']} created, {numbers['updated']} changed, "
                f"{numbers['unchanged']} unchanged, {numbers.get('withdrawn', 0)} withdrawn"
            )
        for warning in batch.report.get("warnings", []):
            self.stderr.write(f"  warning: {warning['message']}")

    def _progress(self, stage, done, total):
        if self.verbosity >= 2:
            of = f"/{total}" if total else ""
            self.stdout.write(f"  {STAGES.get(stage, stage)}: {done}{of}")
