from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from tqdm import tqdm

from directory.models import Region
from interchange import formats
from interchange.importer import import_dataset
from interchange.report import FileRejected, Report
from search.deferred import batched_indexing


class Command(BaseCommand):
    help = (
        "Import an HSDS data package (zip or folder), a CSV table, HSDS JSON, ndjson or the Excel "
        "template into one region. All or nothing: any error leaves the database unchanged."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="a file, or a folder holding a data package")
        parser.add_argument("--region", required=True, help="the region's short name (slug)")
        parser.add_argument(
            "--language",
            help="the language of plain HSDS text columns (default: as the file says, else the "
            "region's first language)",
        )
        parser.add_argument("--dry-run", action="store_true", help="check and report only")
        parser.add_argument(
            "--messages", default=None, help="the language of error messages (e.g. fi, en)"
        )

    def handle(self, *args, path, region, language, dry_run, messages, **options):
        if messages:
            translation.activate(messages)
        try:
            region = Region.objects.get(slug=region)
        except Region.DoesNotExist:
            raise CommandError(f"No region {region!r}.") from None
        path = Path(path)
        if not path.exists():
            raise CommandError(f"{path} does not exist.")
        try:
            if path.is_dir():
                dataset = formats.read_directory(path, language)
            else:
                dataset = formats.read(path.name, path.read_bytes(), language)
        except FileRejected as rejected:
            self._print(rejected.report)
            raise CommandError("The file was not imported.") from None
        # The import's own batch joins this one, so the search index is brought up to date
        # here, after the commit, with a progress bar (embedding takes minutes for thousands).
        with batched_indexing(after_commit=True) as noted:
            report = import_dataset(region, dataset, apply=not dry_run, language=language)
            self._print(report)
            if noted:
                self._index(noted, options["verbosity"])
        if report.errors:
            raise CommandError("Nothing was imported: fix the errors above and try again.")
        total = report.totals()
        verb = "Would import" if dry_run else "Imported"
        self.stdout.write(
            f"{verb}: {total.created} created, {total.updated} updated, "
            f"{total.unchanged} unchanged, {total.held} kept aside."
        )

    def _index(self, noted, verbosity: int):
        progress = tqdm(
            total=len(noted), unit=" services", disable=verbosity == 0, file=self.stderr
        )
        with progress:
            for done, total in noted.index():
                progress.total = total
                progress.update(done - progress.n)

    def _print(self, report: Report):
        for label, problems in (("warning", report.warnings), ("error", report.errors)):
            for p in problems:
                where = ", ".join(
                    part
                    for part in (p.file, f"row {p.row}" if p.row else "", p.column or "")
                    if part
                )
                self.stderr.write(f"{label}: {where}: {p.message}")
