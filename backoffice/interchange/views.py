"""Import and export for the network coordinator: download the region's directory; upload a
file → preview of what would change → confirm. Checking and importing run as background jobs
(`interchange.batches`); the batch's page follows their progress."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from backoffice.coordination.access import staff_login_required
from coordination.models import Role
from coordination.permissions import coordinates_any, is_coordinator, regions_of
from directory.models import Region
from interchange import batches, formats
from interchange.dataset import Dataset
from interchange.export import build_dataset
from interchange.formats import excel
from interchange.models import ImportBatch
from interchange.ptv import tasks as ptv_tasks
from interchange.ptv.divergence import divergences
from interchange.report import Report
from jobs import live_progress

from .forms import ImportForm

# Fresh UUIDs printed in the empty template, for people adding rows by hand.
SPARE_IDS = 200
# A PTV sync's changed records listed on its page, and differences from PTV on theirs.
CHANGES_SHOWN = 500
DIFFERENCES_SHOWN = 500


def _coordinated(request):
    if not coordinates_any(request.user):
        raise PermissionDenied
    return regions_of(request.user, Role.COORDINATOR)


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
        batch = batches.submit(
            form.cleaned_data["region"],
            request.user,
            upload.name,
            upload.read(),
            form.cleaned_data["language"] or None,
        )
        return redirect("backoffice:interchange-batch", pk=batch.pk)
    synced = {target.region for target in ptv_tasks.ptv_targets()}
    context = {
        "form": form,
        "regions": regions,
        "ptv_regions": [region for region in regions if region.slug in synced],
        "formats": formats.FORMATS.values(),
        "batches": ImportBatch.objects.filter(region__in=regions).defer("content")[:10],
    }
    return render(request, "backoffice/interchange/index.html", context)


@staff_login_required
@require_POST
def sync_ptv(request, region):
    """Start the region's PTV sync now, as the night would: a job, never inside the request."""
    region = get_object_or_404(Region, slug=region)
    if not is_coordinator(request.user, region):
        raise PermissionDenied
    if not ptv_tasks.start_now(region.slug):
        raise PermissionDenied  # PTV_SYNC does not name the region: there is nothing to sync
    messages.success(
        request,
        _("The sync with PTV has started in the background. It appears under Recent imports."),
    )
    return redirect("backoffice:interchange")


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
    batch = _batch(request, pk)
    if batch.source == ImportBatch.Source.PTV:
        context = {
            **_outcome(batch),
            "changes": batch.changes.all()[:CHANGES_SHOWN],
            "change_count": batch.changes.count(),
        }
        return render(request, "backoffice/interchange/ptv_batch.html", context)
    if batch.status in ImportBatch.IN_PROGRESS:
        job = batches.job_of(batch)
        context = {
            "batch": batch,
            "region": batch.region,
            "applying": batch.status == ImportBatch.Status.APPLYING,
            "job": job,
            "progress": _progress_line(job),
        }
        return render(request, "backoffice/interchange/progress.html", context)
    return render(request, "backoffice/interchange/batch.html", _outcome(batch))


@staff_login_required
def progress(request, pk):
    """How far the batch's job has come, for the progress page's script."""
    batch = _batch(request, pk)
    job = batches.job_of(batch)
    state = render_to_string("backoffice/jobs/_state.html", {"job": job}, request).strip()
    return JsonResponse(
        {
            "finished": batch.status not in ImportBatch.IN_PROGRESS,
            "state": state,
            "line": _progress_line(job),
        }
    )


@staff_login_required
def ptv_differences(request, region):
    """Fields edited here that PTV says otherwise, with PTV's value beside ours."""
    region = get_object_or_404(Region, slug=region)
    if not is_coordinator(request.user, region):
        raise PermissionDenied
    context = {"region": region, "differences": divergences(region, limit=DIFFERENCES_SHOWN)}
    return render(request, "backoffice/interchange/ptv_differences.html", context)


@staff_login_required
@require_POST
def confirm(request, pk):
    batches.confirm(_batch(request, pk))
    return redirect("backoffice:interchange-batch", pk=pk)


def _progress_line(job) -> str:
    if job is None:
        return ""
    now = live_progress(job)
    done, total, stage = now["done"], now["total"] or 0, now["stage"]
    if stage == batches.INDEX:
        return _("Search index: %(done)d of %(total)d services") % {"done": done, "total": total}
    if stage.startswith(batches.ROWS):
        table = stage.removeprefix(batches.ROWS)
        return _("%(table)s: %(done)d of %(total)d rows") % {
            "table": table,
            "done": done,
            "total": total,
        }
    return ""


def _outcome(batch) -> dict:
    report = Report.from_dict(batch.report)
    return {"batch": batch, "region": batch.region, "report": report, "totals": report.totals()}
