from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from directory.models import Region
from interchange import formats
from interchange.export import build_dataset
from interchange.formats import datapackage


class Command(BaseCommand):
    help = (
        "Export a region's whole directory as an HSDS data package (zip, or a folder of CSV "
        "files), HSDS JSON, ndjson or the Excel template."
    )

    def add_arguments(self, parser):
        parser.add_argument("--region", required=True, help="the region's short name (slug)")
        parser.add_argument("--format", choices=sorted(formats.FORMATS), default="datapackage")
        parser.add_argument(
            "--output",
            required=True,
            help="a file; for the data package, a path without .zip writes a folder of CSV files",
        )
        parser.add_argument(
            "--language",
            default=settings.LANGUAGE_CODE,
            help="the language of the plain HSDS text columns (all translations are included)",
        )

    def handle(self, *args, region, format, output, language, **options):
        try:
            region = Region.objects.get(slug=region)
        except Region.DoesNotExist:
            raise CommandError(f"No region {region!r}.") from None
        dataset = build_dataset(region, language)
        output = Path(output)
        if format == "datapackage" and output.suffix != ".zip":
            output.mkdir(parents=True, exist_ok=True)
            for name, data in datapackage.write(dataset).items():
                (output / name).write_bytes(data)
        else:
            output.write_bytes(formats.write(format, dataset))
        counts = {name: len(rows) for name, rows in dataset.rows.items() if rows}
        self.stdout.write(f"Exported {sum(counts.values())} records to {output}: {counts}")
