"""Rebuild the search index: every published service, embedded in batches, with a progress bar.
Unchanged passages keep their stored vectors unless --full is given."""

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _
from tqdm import tqdm

from directory.models import Service
from search import lexical
from search.indexing import clear_index, index_services, remove_services
from search.models import SearchDocument


class Command(BaseCommand):
    help = "Rebuild the search index of published services."

    def add_arguments(self, parser):
        parser.add_argument(
            "--full", action="store_true", help="Drop the index and embed every text again."
        )
        parser.add_argument(
            "--batch-size", type=int, default=64, help="Services indexed per transaction."
        )

    def handle(self, *args, full=False, batch_size=64, **options):
        if full:
            clear_index()
        lexical.prune()
        gone = set(SearchDocument.objects.values_list("service_id", flat=True).distinct())
        ids = list(Service.objects.published().order_by("pk").values_list("pk", flat=True))
        gone -= set(ids)
        removed = remove_services(gone) if gone else 0
        totals = {"embedded": 0, "unchanged": 0, "removed": removed}
        progress = tqdm(
            total=len(ids),
            unit=" services",
            disable=options["verbosity"] == 0,
            file=self.stderr,
        )
        with progress:
            for start in range(0, len(ids), max(1, batch_size)):
                batch = ids[start : start + batch_size]
                for key, value in index_services(batch).items():
                    totals[key] += value
                progress.update(len(batch))
        if options["verbosity"]:
            self.stdout.write(
                _(
                    "Search index: %(embedded)d texts embedded, %(unchanged)d unchanged, "
                    "%(removed)d removed."
                )
                % totals
            )
