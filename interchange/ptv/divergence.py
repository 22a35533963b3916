"""Where a region's directory says something else than PTV in a field PTV owns: a local edit the
sync keeps, shown to staff with PTV's value beside it. Computed from the records as they are now
(so an edit shows at once, not after the next sync) against the values PTV last sent
(`PtvRecord.values`)."""

from __future__ import annotations

from dataclasses import dataclass

from directory import models as directory
from interchange.models import PtvRecord
from interchange.ptv import mapping

MODELS = {
    PtvRecord.Kind.SERVICE: directory.Service,
    PtvRecord.Kind.LOCATION: directory.Location,
    PtvRecord.Kind.ORGANIZATION: directory.Organization,
}

# Records compared per query.
BATCH = 1000


@dataclass
class Divergence:
    kind: str
    record: object
    field: str
    local: object  # as `mapping.comparable` gives it: {language: text}, text or None
    ptv: object

    @property
    def label(self) -> str:
        name = "organization" if self.field == "organization_id" else self.field
        return str(self.record._meta.get_field(name).verbose_name)

    @property
    def translated(self) -> bool:
        return isinstance(self.local, dict) or isinstance(self.ptv, dict)


def divergences(region, *, limit: int | None = None) -> list[Divergence]:
    """Every field of the region's PTV-synced records whose value differs from PTV's, services
    first; at most `limit`."""
    found: list[Divergence] = []
    for kind, model in MODELS.items():
        owned = mapping.PTV_OWNED[kind]
        records = (
            PtvRecord.objects.filter(region=region, kind=kind)
            .order_by("pk")
            .values_list("record_id", "values")
        )
        batch: list = []
        for row in records.iterator(chunk_size=BATCH):
            batch.append(row)
            if len(batch) == BATCH:
                found += _compare(kind, model, owned, batch)
                batch = []
        found += _compare(kind, model, owned, batch)
        if limit is not None and len(found) >= limit:
            return found[:limit]
    return found


def _compare(kind, model, owned, rows) -> list[Divergence]:
    if not rows:
        return []
    objects = model.objects.only("pk", *owned).in_bulk([record_id for record_id, _v in rows])
    found = []
    for record_id, values in rows:
        instance = objects.get(record_id)
        if instance is None:
            continue
        for name in owned:
            if name not in values:
                continue
            here = mapping.comparable(getattr(instance, name))
            if here != values[name]:
                found.append(Divergence(kind, instance, name, here, values[name]))
    return found
