"""Import and export for the network coordinator: download the region's directory; upload a
file → preview of what would change → confirm, with progress while it is written."""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from backoffice.coordination.access import staff_login_required
from coordination.models import Role
from coordination.permissions import is_coordinator, regions_of
from directory.models import Region
from interchange import formats, uploads
from interchange.dataset import Dataset
from interchange.export import build_dataset
from interchange.formats import excel
from interchange.models import ImportBatch
from interchange.report import Report
from search.deferred import batched_indexing

from .forms import ImportForm

logger = logging.getLogger(__name__)

# Fresh UUIDs printed in the empty template, for people adding rows by hand.
SPARE_IDS = 200


def _coordinated(request):
    regions = regions_of(request.user, Role.COORDINATOR)
    if not regions.exists():
        raise PermissionDenied
    return regions


def _batch(request, pk) -> ImportBatch:
    batch = get_object_or_404(ImportBatch.objects.select_related("region"), pk=pk)
    if not is_coordinator(request.user, batch.region):
        raise PermissionDenied
    return batch


@staff_login_required
def index(request):
    regions = _coordinated(request)
    form = ImportForm(request.POST or None, request.FILES or None, regions=regions)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        language = form.cleaned_data["language"] or None
        batch = ImportBatch.objects.create(
            region=form.cleaned_data["region"],
            uploaded_by=request.user,
            file_name=upload.name[:255],
            content=upload.read(),
            language=language or "",
            status=ImportBatch.Status.CHECKING,
        )
        return _streamed(request, batch, apply=False)
    context = {
        "form": form,
        "regions": regions,
        "formats": formats.FORMATS.values(),
        "batches": ImportBatch.objects.filter(region__in=regions).defer("content")[:10],
    }
    return render(request, "backoffice/interchange/index.html", context)


@staff_login_required
def export(request, region, format_key):
    region = get_object_or_404(Region, slug=region)
    if not is_coordinator(request.user, region) or format_key not in formats.FORMATS:
        raise PermissionDenied
    spec = formats.FORMATS[format_key]
    data = formats.write(format_key, build_dataset(region, settings.LANGUAGE_CODE))
    response = HttpResponse(data, content_type=spec.content_type)
    response["Content-Disposition"] = f'attachment; filename="{region.slug}-hsds.{spec.extension}"'
    return response


@staff_login_required
def template(request):
    _coordinated(request)
    response = HttpResponse(
        excel.write(Dataset(language=settings.LANGUAGE_CODE), spare_ids=SPARE_IDS),
        content_type=formats.FORMATS["excel"].content_type,
    )
    response["Content-Disposition"] = 'attachment; filename="hsds-template.xlsx"'
    return response


@staff_login_required
def batch(request, pk):
    return render(request, "backoffice/interchange/batch.html", _outcome(_batch(request, pk)))


@staff_login_required
@require_POST
def confirm(request, pk):
    batch = _batch(request, pk)
    if batch.status != ImportBatch.Status.PREVIEWED:
        return redirect("backoffice:interchange-batch", pk=batch.pk)
    return _streamed(request, batch, apply=True)


def _streamed(request, batch, *, apply: bool):
    """The page streams while the file is checked or imported: one line per step, so a long
    file shows how far it has come (no script needed), then the outcome."""
    response = StreamingHttpResponse(
        _run(request, batch, apply), content_type="text/html; charset=utf-8"
    )
    response["X-Accel-Buffering"] = "no"
    response["Cache-Control"] = "no-store"
    return response


def _index_progress(noted):
    try:
        for done, total in noted.index():
            yield format_html(
                "<li>{}</li>\n",
                _("Search index: %(done)d of %(total)d services") % {"done": done, "total": total},
            )
    except Exception:
        # The import has committed; only the index lags behind, and the rebuild repairs it.
        logger.exception("The search index could not be updated after an import.")
        yield format_html(
            "<li>{}</li>\n",
            _(
                "The search index could not be updated. The import is saved; ask an "
                "administrator to run “manage.py rebuild_search_index”."
            ),
        )


def _run(request, batch, apply: bool):
    context = {"batch": batch, "applying": apply}
    page = render_to_string("backoffice/interchange/progress.html", context, request)
    head, rest = page.split("<!--progress-->", 1)
    middle, tail = rest.split("<!--result-->", 1)
    wanted = ImportBatch.Status.PREVIEWED if apply else ImportBatch.Status.CHECKING
    finished = False
    try:
        yield head
        yield from _checked_or_imported(batch, apply, wanted)
        finished = True
    except Exception:
        # The transaction rolled back: nothing of the file was written. Say so, and do not
        # leave the batch "being checked" for ever.
        logger.exception("Checking or importing batch %s failed unexpectedly.", batch.pk)
        _give_up(
            batch,
            wanted,
            _(
                "The file could not be checked because of an error on our "
                "side. Nothing was changed; try again, or tell an administrator."
            ),
        )
        yield format_html("<li>{}</li>\n", _("Stopped: nothing was changed."))
        finished = True
    finally:
        if not finished:  # the page was closed while the file was being checked
            _give_up(batch, wanted, _("The check was interrupted. Upload the file again."))
    yield middle
    locked = ImportBatch.objects.get(pk=batch.pk)
    yield render_to_string("backoffice/interchange/_outcome.html", _outcome(locked), request)
    yield tail


def _checked_or_imported(batch, apply: bool, wanted):
    # The import's services are indexed for search after it commits, with progress shown here
    # (embedding takes most of an import's time), rather than quietly when the block ends.
    with batched_indexing(after_commit=True) as noted:
        with transaction.atomic():
            locked = ImportBatch.objects.select_for_update().get(pk=batch.pk)
            if locked.status == wanted:
                report = None
                for step in uploads.steps(
                    batch.region,
                    batch.file_name,
                    bytes(batch.content),
                    batch.language or None,
                    apply=apply,
                ):
                    if isinstance(step, Report):
                        report = step
                        continue
                    table, done, total = step
                    yield format_html(
                        "<li>{}</li>\n",
                        _("%(table)s: %(done)d of %(total)d rows")
                        % {"table": table, "done": done, "total": total},
                    )
                locked.report = report.as_dict()
                if not report.ok:
                    locked.status = ImportBatch.Status.REJECTED
                elif apply:
                    locked.status = ImportBatch.Status.APPLIED
                    locked.applied = timezone.now()
                    locked.content = b""  # imported: the directory holds the data now
                else:
                    locked.status = ImportBatch.Status.PREVIEWED
                locked.save(update_fields=["report", "status", "applied", "content"])
        yield from _index_progress(noted)


def _give_up(batch, wanted, message):
    """A preview that could not finish is rejected with `message`; a confirmed import that could
    not finish stays previewed (it rolled back), so it may be confirmed again."""
    if wanted != ImportBatch.Status.CHECKING:
        return
    report = Report()
    report.error(batch.file_name, None, None, message)
    ImportBatch.objects.filter(pk=batch.pk, status=wanted).update(
        status=ImportBatch.Status.REJECTED, report=report.as_dict()
    )


def _outcome(batch) -> dict:
    report = Report.from_dict(batch.report)
    return {"batch": batch, "report": report, "totals": report.totals()}
