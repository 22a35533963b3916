"""Keeping a region's directory in step with PTV, the national service catalogue.

`sync_ptv()` is a plain function a command, a test or a background job calls; it reports
progress through a callback and returns the import batch it recorded.

How it runs:
1. The municipality's services are read page by page and spooled to a temporary file (one JSON
   line each), so memory does not grow with the municipality; only ids are kept.
2. The municipality's channels are read page by page; service locations are written in chunks;
   phone, e-service and web page channels are kept (small) for the services. Channels a service
   connects to that the municipality's list lacks are fetched by id.
3. The spooled services are written in chunks, with their phones, web address, e-mail, areas,
   classifications and connections to locations.
4. Services of the municipality that PTV no longer lists (or lists as withdrawn) are marked
   inactive; they are never deleted.
5. The services written are indexed for search (`search.deferred`), after their chunks commit.

Every chunk is one transaction that also updates the batch's counts: a process killed at any
point leaves each chunk either unchanged or complete, and running the sync again completes the
rest (it is idempotent). A record is rewritten only when the fingerprint of what PTV sent for it
(and for the channels that feed it) changed; a field our staff edited is kept, and the change is
recorded as kept, so the staff page can show the difference (`interchange.ptv.divergence`).
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from collections import defaultdict
from collections.abc import Callable

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import connections, models, router, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from directory import models as directory
from directory.translation import TranslatedText
from interchange.models import ImportBatch, ImportChange, PtvRecord
from interchange.ptv import mapping
from interchange.ptv.client import PtvClient, PtvError
from interchange.report import Report
from search import deferred

# Records per transaction: large enough that per-chunk costs vanish, small enough that a chunk
# holds the write lock for well under a second.
CHUNK = 500

CHANGE_REASON = "PTV sync"

Progress = Callable[[str, int, int], None]

# Child rows other child rows point at: written first.
_OWNERS = {"directory.ServiceAtLocation"}


class _RollBack(Exception):
    pass


def sync_ptv(
    region,
    municipality: str,
    *,
    organizations=(),
    dry_run: bool = False,
    client: PtvClient | None = None,
    user=None,
    progress: Progress | None = None,
) -> ImportBatch:
    """Bring `region` in step with PTV's services in `municipality` (a municipality code such
    as 179), optionally only those of the given PTV organization ids. Stages reported through
    `progress(stage, done, total)`: "read-services" and "read-channels" (pages), "organizations",
    "locations" and "services" (records), "withdrawn", "index" (services indexed).

    A dry run does everything in one transaction and rolls it back: the returned batch's report
    says what would change. Raises `PtvError` (with a message for people) when PTV cannot be read;
    the chunks written before stay, and the batch is marked failed."""
    sync = _Sync(region, str(municipality), organizations, client or PtvClient(), user, progress)
    with deferred.batched_indexing(after_commit=True) as noted:
        if dry_run:
            try:
                with transaction.atomic():
                    sync.run()
                    raise _RollBack
            except _RollBack:
                pass
            return sync.batch
        sync.run()
        for done, total in noted.index():
            sync.progress("index", done, total)
    return sync.batch


def fingerprint(*parts: str) -> str:
    return hashlib.sha1("|".join(parts).encode(), usedforsecurity=False).hexdigest()


def _dumps(payload) -> str:
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


class _Sync:
    def __init__(self, region, municipality, organizations, client, user, progress):
        self.region = region
        self.municipality = municipality
        self.organizations = {str(o) for o in organizations or ()}
        self.client = client
        self.user = user
        self._progress = progress
        self.report = Report()
        self.now = timezone.now()
        # (kind, ptv id) → (local record id, fingerprint, withdrawn), for the whole region: a few
        # tens of bytes per record.
        self.known: dict[tuple[str, str], tuple] = {}
        self.organization_ids: dict[str, object] = {}
        self.organizations_read: set[str] = set()
        self.contacts: dict[str, tuple[mapping.ContactChannel, str]] = {}
        self.service_type = ContentType.objects.get_for_model(directory.Service)
        self.terms: dict[tuple[str, str], object] = {}
        self.taxonomies: dict[str, object] = {}

    def progress(self, stage, done, total):
        if self._progress:
            self._progress(stage, done, total)

    # --- the run ---------------------------------------------------------------------------
    def run(self):
        ImportBatch.objects.filter(
            region=self.region, source=ImportBatch.Source.PTV, status=ImportBatch.Status.APPLYING
        ).update(status=ImportBatch.Status.INTERRUPTED)
        label = f"PTV {self.municipality}" + (
            f" ({', '.join(sorted(self.organizations))})" if self.organizations else ""
        )
        self.batch = ImportBatch.objects.create(
            region=self.region,
            uploaded_by=self.user,
            source=ImportBatch.Source.PTV,
            file_name=label[:255],
            content=b"",
            language="",
            status=ImportBatch.Status.APPLYING,
        )
        try:
            self._load_known()
            with tempfile.TemporaryFile() as spool:
                listed, wanted_channels = self._read_services(spool)
                self._sync_channels(wanted_channels)
                self._sync_services(spool, len(listed))
            self._withdraw(listed)
        except PtvError as error:
            self.report.error("PTV", None, None, str(error))
            self._save_batch(ImportBatch.Status.FAILED)
            raise
        self._save_batch(ImportBatch.Status.APPLIED, applied=timezone.now())

    def _save_batch(self, status=None, applied=None):
        self.batch.report = self.report.as_dict()
        fields = ["report"]
        if status:
            self.batch.status = status
            fields.append("status")
        if applied:
            self.batch.applied = applied
            fields.append("applied")
        self.batch.save(update_fields=fields)

    def _load_known(self):
        rows = PtvRecord.objects.filter(region=self.region).values_list(
            "kind", "ptv_id", "record_id", "fingerprint", "withdrawn"
        )
        for kind, ptv_id, record_id, print_, withdrawn in rows.iterator(chunk_size=5000):
            self.known[(kind, str(ptv_id))] = (record_id, print_, withdrawn is not None)
            if kind == PtvRecord.Kind.ORGANIZATION:
                self.organization_ids[str(ptv_id)] = record_id

    # --- 1. services, read and spooled ----------------------------------------------------
    def _read_services(self, spool):
        listed: set[str] = set()
        wanted_channels: set[str] = set()
        for items, page, count in self.client.services_in_municipality(self.municipality):
            for item in items:
                ptv_id = item.get("id")
                if not ptv_id or ptv_id in listed:
                    continue
                if self.organizations and not (mapping.organization_ids(item) & self.organizations):
                    continue
                listed.add(ptv_id)
                wanted_channels.update(c["serviceChannel"]["id"] for c in mapping.connections(item))
                spool.write(_dumps(item).encode() + b"\n")
            self.progress("read-services", page, count)
        spool.seek(0)
        return listed, wanted_channels

    # --- 2. channels ----------------------------------------------------------------------
    def _sync_channels(self, wanted: set[str]):
        seen: set[str] = set()
        pending: list[dict] = []
        done = 0

        def take(items):
            nonlocal done
            for item in items:
                ptv_id = item.get("id")
                if not ptv_id or ptv_id in seen:
                    continue
                seen.add(ptv_id)
                if (
                    self.organizations
                    and ptv_id not in wanted
                    and item.get("organizationId") not in self.organizations
                ):
                    continue
                kind = item.get("serviceChannelType")
                if kind == mapping.LOCATION_CHANNEL:
                    pending.append(item)
                    if len(pending) >= CHUNK:
                        done += len(pending)
                        self._write_locations(pending)
                        self.progress("locations", done, 0)
                        pending.clear()
                elif kind in mapping.CONTACT_CHANNELS:
                    self.contacts[ptv_id] = (mapping.contact_channel(item), _print(item))

        for items, page, count in self.client.channels_in_municipality(self.municipality):
            take(items)
            self.progress("read-channels", page, count)
        take(self.client.by_ids("ServiceChannel", sorted(wanted - seen)))
        if pending:
            done += len(pending)
            self._write_locations(pending)
            self.progress("locations", done, done)

    def _write_locations(self, items):
        prints = {item["id"]: _print(item) for item in items}
        changed = [i for i in items if self._changed("location", i["id"], prints[i["id"]])]
        self.report.count("location").unchanged += len(items) - len(changed)
        if not changed:
            return
        mapped = [mapping.location_channel(item) for item in changed]
        self._ensure_organizations({m.organization_ptv_id for m in mapped})
        with transaction.atomic():
            self._upsert("location", directory.Location, mapped, changed, prints)
            self._save_batch()

    def _changed(self, kind, ptv_id, print_) -> bool:
        known = self.known.get((kind, ptv_id))
        return known is None or known[1] != print_ or known[2]

    # --- organizations, fetched once per run when first referenced ------------------------
    def _ensure_organizations(self, ptv_ids):
        missing = sorted(i for i in ptv_ids if i and i not in self.organizations_read)
        if not missing:
            return
        self.organizations_read.update(missing)
        payloads = list(self.client.by_ids("Organization", missing))
        prints = {p["id"]: _print(p) for p in payloads if p.get("id")}
        changed = [p for p in payloads if self._changed("organization", p["id"], prints[p["id"]])]
        self.report.count("organization").unchanged += len(payloads) - len(changed)
        if changed:
            with transaction.atomic():
                mapped = [mapping.organization(p) for p in changed]
                self._upsert("organization", directory.Organization, mapped, changed, prints)
                self._save_batch()
        self.progress("organizations", len(self.organizations_read), 0)

    # --- 3. services ----------------------------------------------------------------------
    def _sync_services(self, spool, total):
        done = 0
        while True:
            lines = [line for _i, line in zip(range(CHUNK), spool, strict=False)]
            if not lines:
                return
            self._write_services([json.loads(line) for line in lines], lines)
            done += len(lines)
            self.progress("services", done, total)

    def _service_print(self, payload, line: bytes) -> str:
        parts = [hashlib.sha1(line, usedforsecurity=False).hexdigest()]
        for connection in mapping.connections(payload):
            channel = connection["serviceChannel"]["id"]
            if channel in self.contacts:
                parts.append(self.contacts[channel][1])
            location = self.known.get(("location", channel))
            if location:
                parts.append(str(location[0]))
        return fingerprint(*parts)

    def _write_services(self, payloads, lines):
        prints = {
            p["id"]: self._service_print(p, line) for p, line in zip(payloads, lines, strict=True)
        }
        changed = [p for p in payloads if self._changed("service", p["id"], prints[p["id"]])]
        self.report.count("service").unchanged += len(payloads) - len(changed)
        if not changed:
            return
        contacts = {ptv_id: channel for ptv_id, (channel, _p) in self.contacts.items()}
        mapped = [mapping.service(p, contacts) for p in changed]
        self._ensure_organizations({m.organization_ptv_id for m in mapped})
        kept = []
        for payload, m in zip(changed, mapped, strict=True):
            if self.organization_ids.get(m.organization_ptv_id):
                kept.append((payload, m))
            else:
                name = str(TranslatedText(m.fields["name"])) or m.ptv_id
                self.report.warn(
                    "PTV",
                    None,
                    m.ptv_id,
                    _(
                        "“%(name)s” was left out: PTV gives no organization for it. It is "
                        "imported once its organization is published in PTV."
                    )
                    % {"name": name},
                )
        if kept:
            with transaction.atomic():
                self._upsert(
                    "service",
                    directory.Service,
                    [m for _p, m in kept],
                    [p for p, _m in kept],
                    prints,
                )
                self._save_batch()

    # --- writing one chunk ------------------------------------------------------------------
    def _upsert(self, kind, model, mapped, payloads, prints):
        """Create or update one chunk's records of one kind, with their child rows, the PTV
        records that mirror them and the batch's changes. Runs inside the chunk's transaction."""
        owned = mapping.PTV_OWNED[kind]
        records = {
            str(r.ptv_id): r
            for r in PtvRecord.objects.filter(
                region=self.region, kind=kind, ptv_id__in=[m.ptv_id for m in mapped]
            )
        }
        objects = model.objects.in_bulk([r.record_id for r in records.values()])
        created, updated, changes, new_records, touched = [], [], [], [], []
        update_fields: set[str] = set()
        counts = self.report.count(kind)
        old_children: dict[str, list] = defaultdict(list)
        for m, payload in zip(mapped, payloads, strict=True):
            fields = dict(m.fields)
            if kind in ("service", "location"):
                fields["organization_id"] = self.organization_ids.get(m.organization_ptv_id)
            values = {f: mapping.comparable(fields[f]) for f in owned}
            record = records.get(m.ptv_id)
            instance = objects.get(record.record_id) if record else None
            action, changed_fields, kept = None, [], []
            is_new = instance is None
            if is_new:
                instance = self._new(kind, model, fields, m)
                created.append(instance)
                action = ImportChange.Action.CREATED
                changed_fields = [f for f in owned if values[f] is not None]
            else:
                changed_fields, kept = self._apply(instance, record.values, fields, owned)
                if changed_fields:
                    action = ImportChange.Action.UPDATED
            if kind == "service":
                status_action = self._status(instance, m, record)
                if status_action:
                    action = status_action
                    changed_fields.append("status")
            if not is_new and changed_fields:
                updated.append(instance)
                update_fields.update(changed_fields)
            if record is None:
                record = PtvRecord(region=self.region, kind=kind, ptv_id=m.ptv_id)
                new_records.append(record)
            else:
                touched.append(record)
                for label, ids in (record.children or {}).items():
                    old_children[label] += ids
            record.record_id = instance.pk
            record.municipality = self.municipality
            record.organization_ptv_id = m.organization_ptv_id
            record.modified = str(payload.get("modified") or "")[:40]
            record.fingerprint = prints[m.ptv_id]
            record.values = values
            record.synced = self.now
            if kind == "service":
                record.withdrawn = self.now if m.withdrawn else None
            record._mapped = m
            record._instance = instance
            record._created = is_new
            self.known[(kind, m.ptv_id)] = (instance.pk, record.fingerprint, False)
            if kind == "organization":
                self.organization_ids[m.ptv_id] = instance.pk
            if action or kept:
                changes.append(
                    ImportChange(
                        batch=self.batch,
                        table=kind,
                        record_id=instance.pk,
                        external_id=m.ptv_id,
                        name=str(TranslatedText(fields.get("name") or {}))[:300],
                        action=action or ImportChange.Action.UPDATED,
                        fields=changed_fields,
                        kept=kept,
                    )
                )
            if is_new:
                counts.created += 1
            elif action == ImportChange.Action.WITHDRAWN:
                counts.withdrawn += 1
            elif changed_fields or kept:
                counts.updated += 1
            else:
                counts.unchanged += 1
        self._save_records(model, created, updated, update_fields)
        self._delete_children(old_children)
        self._write_children(kind, new_records + touched)
        insert(PtvRecord, new_records)
        PtvRecord.objects.bulk_update(
            touched,
            [
                "record_id",
                "municipality",
                "organization_ptv_id",
                "modified",
                "fingerprint",
                "values",
                "children",
                "withdrawn",
                "synced",
            ],
            batch_size=CHUNK,
        )
        insert(ImportChange, changes)
        if kind == "service":
            noted = deferred.current()
            if noted is not None:
                noted.note_many(instance.pk for instance in created + updated)
        if kind == "organization":
            self._link_parents(new_records)

    def _new(self, kind, model, fields, m):
        values = {k: _value(v) for k, v in fields.items()}
        if kind == "service":
            return model(
                **values,
                eligibility_description=TranslatedText(m.seeded["eligibility_description"]),
                publication_status=directory.Service.Publication.PUBLISHED,
                status=(
                    directory.Service.Status.INACTIVE
                    if m.withdrawn
                    else directory.Service.Status.ACTIVE
                ),
            )
        if kind == "location":
            return model(
                **values,
                location_type=directory.Location.LocationType.PHYSICAL,
                external_identifier=m.ptv_id,
                external_identifier_type="PTV service channel",
            )
        return model(**values, region=self.region, kind=m.seeded["kind"])

    def _apply(self, instance, previous: dict, fields: dict, owned) -> tuple[list, list]:
        """PTV's new values onto a record, field by field. A field still holding what PTV said
        last takes PTV's new value; a field our staff changed since is kept (`kept` when PTV
        changed it too, so the batch shows it)."""
        changed, kept = [], []
        for name in owned:
            new = mapping.comparable(fields[name])
            local = mapping.comparable(getattr(instance, name))
            if local == new:
                continue
            if local != previous.get(name, local):
                if previous.get(name) != new:
                    kept.append(name)
                continue
            value = fields[name]
            if isinstance(value, dict):
                value = TranslatedText(mapping.merged(getattr(instance, name), value))
            setattr(instance, name, _value(value))
            changed.append(name)
        return changed, kept

    def _status(self, service, m, record):
        """Withdrawn or deleted in PTV → inactive (never deleted); listed again → active."""
        inactive = directory.Service.Status.INACTIVE
        if m.withdrawn and record is not None and service.status != inactive:
            service.status = inactive
            return ImportChange.Action.WITHDRAWN
        back = not m.withdrawn and record is not None and record.withdrawn is not None
        if back and service.status == inactive:
            service.status = directory.Service.Status.ACTIVE
            return ImportChange.Action.RESTORED
        return None

    def _save_records(self, model, created, updated, update_fields):
        history = getattr(model, "history", None)
        if created:
            insert(model, created)
        if updated:
            fields = sorted(update_fields)
            if any(f.name == "last_modified" for f in model._meta.fields):
                for instance in updated:
                    instance.last_modified = self.now
                fields.append("last_modified")
            model.objects.bulk_update(updated, fields, batch_size=CHUNK)
        if history is not None:
            for objects, history_type in ((created, "+"), (updated, "~")):
                if objects:
                    insert(
                        history.model,
                        [self._historical(history.model, o, history_type) for o in objects],
                    )

    def _historical(self, historical, instance, history_type):
        """The history row `bulk_history_create` would make for `instance`; written with
        `insert`, because bulk_create's per-value SQL was a tenth of a large import's CPU."""
        row = historical(
            history_date=self.now,
            history_user=self.user or historical.get_default_history_user(instance),
            history_change_reason=CHANGE_REASON,
            history_type=history_type,
            **{f.attname: getattr(instance, f.attname) for f in historical.tracked_fields},
        )
        if hasattr(historical, "history_relation"):
            row.history_relation_id = instance.pk
        return row

    def _delete_children(self, children: dict[str, list]):
        for label, ids in children.items():
            if ids:
                apps.get_model(label).objects.filter(pk__in=ids).delete()

    def _write_children(self, kind, records):
        """Write the chunk's child rows from PTV, one insert per table, and note each record's
        child ids for the next change to replace. Rows our staff added are not among them and
        are never touched."""
        by_model: dict[str, list] = defaultdict(list)
        for record in records:
            rows = self._children(kind, record._mapped, record._instance, record._created)
            record.children = defaultdict(list)
            for row in rows:
                by_model[row._meta.label].append(row)
                if not getattr(row, "_seeded", False):
                    record.children[row._meta.label].append(str(row.pk))
            record.children = dict(record.children)
        # Owners before the rows that point at them.
        for label in sorted(by_model, key=lambda label: label not in _OWNERS):
            insert(apps.get_model(label), by_model[label])

    def _children(self, kind, m, instance, created: bool) -> list:
        rows: list = []
        owner = {"service": "service", "location": "location", "organization": "organization"}[kind]
        for label in ("addresses", "accessibility", "schedules", "contacts", "languages"):
            for row in m.children.get(label, []):
                setattr(row, owner if label != "addresses" else "location", instance)
                rows.append(row)
        for row in m.children.get("identifiers", []):
            row.organization = instance
            rows.append(row)
        for row in m.children.get("service_areas", []):
            row.service = instance
            rows.append(row)
        for phone in m.children.get("phones", []):
            setattr(phone, owner, instance)
            rows.append(phone)
        if kind == "service":
            rows += self._attributes(instance, m.terms)
            rows += self._connections(instance, m.connections)
            if created:
                # The languages of the service are our staff's once it exists: not tracked.
                for code in m.seeded["languages"]:
                    language = directory.Language(service=instance, code=code)
                    language._seeded = True
                    rows.append(language)
        return rows

    def _attributes(self, service, found) -> list:
        attributes, seen = [], set()
        for taxonomy, code, name, uri in found:
            term = self._term(taxonomy, code, name, uri)
            if term in seen:
                continue
            seen.add(term)
            attributes.append(
                directory.Attribute(
                    content_type=self.service_type,
                    link_id=service.pk,
                    link_type="service",
                    taxonomy_term_id=term,
                )
            )
        return attributes

    def _term(self, taxonomy_code, code, name, uri):
        key = (taxonomy_code, code)
        if key not in self.terms:
            taxonomy = self.taxonomies.get(taxonomy_code)
            if taxonomy is None:
                taxonomy, _created = directory.Taxonomy.objects.get_or_create(
                    code=taxonomy_code,
                    defaults={"name": TranslatedText(mapping.TAXONOMIES[taxonomy_code])},
                )
                self.taxonomies[taxonomy_code] = taxonomy
                for term in directory.TaxonomyTerm.objects.filter(taxonomy=taxonomy).only(
                    "id", "code"
                ):
                    self.terms[(taxonomy_code, term.code)] = term.pk
            if key not in self.terms:
                term = directory.TaxonomyTerm.objects.create(
                    taxonomy=taxonomy,
                    code=code,
                    name=TranslatedText(name or {"fi": code}),
                    term_uri=uri,
                )
                self.terms[key] = term.pk
        return self.terms[key]

    def _connections(self, service, connections) -> list:
        """Service locations the service is connected to → service_at_location rows (with the
        connection's own description and hours)."""
        rows = []
        for connection in connections:
            channel = connection["serviceChannel"]["id"]
            location = self.known.get(("location", channel))
            if not location:
                continue
            description, hours = mapping.connection_extras(connection)
            at = directory.ServiceAtLocation(
                service=service, location_id=location[0], description=TranslatedText(description)
            )
            rows.append(at)
            for schedule in hours:
                schedule.service_at_location = at
                rows.append(schedule)
        return rows

    def _link_parents(self, new_records):
        """An organization's parent, when PTV names one this region has: set on creation only."""
        linked = []
        for record in new_records:
            parent = self.organization_ids.get(record._mapped.seeded.get("parent_ptv_id") or "")
            if parent and parent != record._instance.pk:
                record._instance.parent_organization_id = parent
                linked.append(record._instance)
        if linked:
            directory.Organization.objects.bulk_update(linked, ["parent_organization"])

    # --- 4. withdrawn -----------------------------------------------------------------------
    def _withdraw(self, listed: set[str]):
        """Services of this municipality (and organizations) that PTV no longer lists."""
        rows = PtvRecord.objects.filter(
            region=self.region,
            kind=PtvRecord.Kind.SERVICE,
            municipality=self.municipality,
            withdrawn__isnull=True,
        ).values_list("pk", "ptv_id", "record_id", "organization_ptv_id")
        gone = [
            (pk, record_id)
            for pk, ptv_id, record_id, organization in rows
            if str(ptv_id) not in listed
            and (not self.organizations or organization in self.organizations)
        ]
        inactive = directory.Service.Status.INACTIVE
        for start in range(0, len(gone), CHUNK):
            chunk = gone[start : start + CHUNK]
            with transaction.atomic():
                services = list(
                    directory.Service.objects.filter(pk__in=[r for _p, r in chunk]).exclude(
                        status=inactive
                    )
                )
                for service in services:
                    service.status = inactive
                self._save_records(directory.Service, [], services, {"status"})
                PtvRecord.objects.filter(pk__in=[p for p, _r in chunk]).update(withdrawn=self.now)
                ImportChange.objects.bulk_create(
                    ImportChange(
                        batch=self.batch,
                        table="service",
                        record_id=s.pk,
                        name=str(s.name)[:300],
                        action=ImportChange.Action.WITHDRAWN,
                        fields=["status"],
                    )
                    for s in services
                )
                self.report.count("service").withdrawn += len(services)
                self._save_batch()
            self.progress("withdrawn", start + len(chunk), len(gone))


def insert(model, objects) -> None:
    """Insert new rows as `bulk_create` would (defaults, `pre_save`, the database's value
    conversion), but as one prepared statement run over all rows: Django compiles SQL for every
    value of a bulk insert, which took most of a large import's time. Only for rows nothing reads
    back: an automatic primary key is left to the database and not set on the objects."""
    if not objects:
        return
    connection = connections[router.db_for_write(model)]
    fields = [
        f
        for f in model._meta.concrete_fields
        if not f.generated and not (f.primary_key and isinstance(f, models.AutoField))
    ]
    quote = connection.ops.quote_name
    # Table and column names from the model's own metadata, quoted; values are parameters.
    sql = "INSERT INTO {} ({}) VALUES ({})".format(  # noqa: S608
        quote(model._meta.db_table),
        ", ".join(quote(f.column) for f in fields),
        ", ".join(["%s"] * len(fields)),
    )
    # Most translated fields of a child row are empty: their database value is made once.
    empty = {
        f: f.get_db_prep_save({}, connection) for f in fields if isinstance(f, models.JSONField)
    }

    def prepared(field, value):
        if field in empty and not value and isinstance(value, (dict, TranslatedText)):
            return empty[field]
        return field.get_db_prep_save(value, connection)

    rows = [tuple(prepared(f, f.pre_save(o, True)) for f in fields) for o in objects]
    with connection.cursor() as cursor:
        cursor.executemany(sql, rows)
    for o in objects:
        o._state.adding = False
        o._state.db = connection.alias


def _print(payload) -> str:
    return hashlib.sha1(_dumps(payload).encode(), usedforsecurity=False).hexdigest()


def _value(value):
    return TranslatedText(value) if isinstance(value, dict) else value


def last_sync(region) -> ImportBatch | None:
    """The region's latest sync with PTV (by hand or by night), for the coordinator's dashboard."""
    return ImportBatch.objects.filter(region=region, source=ImportBatch.Source.PTV).first()
