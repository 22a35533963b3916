from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from directory import machine_translation
from directory.models import Organization, Region, Service
from directory.translation import configured_languages
from search.deferred import batched_indexing


class Command(BaseCommand):
    help = (
        "Write machine-translation drafts for a region's texts that are missing in a language "
        "(services and organizations). They are marked 'machine translation' wherever shown. "
        "Needs MACHINE_TRANSLATION_URL."
    )

    def add_arguments(self, parser):
        parser.add_argument("--region", required=True, help="The region's short name.")
        parser.add_argument("--language", required=True, help="The target language code.")

    def handle(self, *args, region, language, **options):
        region_obj = Region.objects.filter(slug=region).first()
        if region_obj is None:
            raise CommandError(f"No region {region!r}.")
        if language not in configured_languages():
            raise CommandError(
                f"{language!r} is not a configured language: {', '.join(configured_languages())}."
            )
        if not machine_translation.is_enabled():
            raise CommandError("Set MACHINE_TRANSLATION_URL to a LibreTranslate-compatible server.")
        written = 0
        records = [
            *Organization.objects.filter(region=region_obj),
            *Service.objects.in_region(region_obj),
        ]
        try:
            with batched_indexing(after_commit=True), transaction.atomic():
                for record in records:
                    written += len(machine_translation.fill_missing(record, language))
        except machine_translation.MachineTranslationError as error:
            raise CommandError(f"{error} Nothing was written.") from error
        self.stdout.write(self.style.SUCCESS(f"{written} machine drafts written in {language}."))
