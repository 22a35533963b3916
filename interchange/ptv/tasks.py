"""The nightly sync with Suomi.fi's service catalogue (PTV), as background jobs: the schedule
(jobs.schedule) queues `sync_ptv_nightly` once a day, which queues one `sync_ptv_region` per
region named in PTV_SYNC. Each sync is an import batch on the staff import page, like a sync run
by hand with `manage.py import_ptv`; both call `interchange.ptv.sync.sync_ptv`."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.core import checks
from django.core.exceptions import ImproperlyConfigured
from django.utils import timezone

from directory.models import Region
from interchange.ptv.sync import sync_ptv
from jobs import GiveUp, job, progress


@dataclass(frozen=True)
class PtvTarget:
    region: str
    municipality: str
    organizations: tuple[str, ...] = ()


def ptv_targets() -> list[PtvTarget]:
    """The regions PTV_SYNC names; a malformed entry is an error that says how to write it."""
    targets = []
    for entry in settings.PTV_SYNC:
        parts = entry.strip().split(":")
        if len(parts) not in (2, 3) or not parts[0] or not parts[1].isdigit():
            raise ImproperlyConfigured(
                f"PTV_SYNC: “{entry}” is not region:municipality or "
                "region:municipality:orgid+orgid, e.g. jyvaskyla:179."
            )
        organizations = tuple(o for o in parts[2].split("+") if o) if len(parts) == 3 else ()
        targets.append(PtvTarget(parts[0], parts[1], organizations))
    return targets


def check_ptv_sync(app_configs=None, **kwargs):
    """A system check: a malformed PTV_SYNC stops `migrate` (and so `make serve`) with its
    message, instead of surfacing later as a failed night or a broken import page."""
    try:
        ptv_targets()
    except ImproperlyConfigured as error:
        return [checks.Error(str(error), id="interchange.E001")]
    return []


def ptv_configured() -> bool:
    """The schedule's `when`: a night with no region to sync queues nothing."""
    return bool(settings.PTV_SYNC)


@job
def sync_ptv_nightly() -> dict:
    """One sync job per configured region, keyed by region and day: a region whose PTV answer
    fails is retried on its own, and asking twice on the same day syncs once."""
    day = timezone.localdate().isoformat()
    targets = ptv_targets()
    for target in targets:
        sync_ptv_region.enqueue(
            region=target.region,
            municipality=target.municipality,
            organizations=list(target.organizations),
            key=f"ptv-sync:{target.region}:{target.municipality}:{day}",
        )
    return {"regions": len(targets)}


def start_now(region: str):
    """Queue the region's sync at once (a coordinator's "Sync with PTV now"); None when PTV_SYNC
    does not name the region. Asking again while it waits or runs returns the same job."""
    for target in ptv_targets():
        if target.region == region:
            return sync_ptv_region.enqueue(
                region=target.region,
                municipality=target.municipality,
                organizations=list(target.organizations),
                key=f"ptv-sync:{target.region}:{target.municipality}:now",
            )
    return None


@job
def sync_ptv_region(region: str, municipality: str, organizations: list) -> dict:
    """Idempotent, as the sync is: run again, it changes only what PTV changed meanwhile."""
    place = Region.objects.filter(slug=region).first()
    if place is None:
        raise GiveUp(f"PTV_SYNC names the region “{region}”, which does not exist.")
    batch = sync_ptv(
        place,
        municipality,
        organizations=organizations,
        progress=lambda stage, done, total: progress(done, total, stage=stage),
    )
    return {"batch": batch.pk, "status": batch.status, "counts": batch.report.get("counts", {})}
