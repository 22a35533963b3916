"""A region's whole directory as HSDS tables (the source of every export format)."""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q

from directory import models as directory
from interchange.dataset import Dataset, ordered_languages, row_of, translated_languages
from interchange.models import ExternalReference, HeldRow
from interchange.tables import table, tables


def region_records(region) -> dict[str, list]:
    """Every record that belongs to the region's directory, per HSDS table, ordered by id.

    Taxonomies, their terms and table descriptions are shared vocabulary and always included.
    """
    organizations = directory.Organization.objects.filter(region=region)
    services = directory.Service.objects.filter(organization__region=region)
    at_locations = directory.ServiceAtLocation.objects.filter(service__in=services)
    locations = directory.Location.objects.filter(
        Q(organization__in=organizations) | Q(service_at_locations__in=at_locations)
    ).distinct()
    contacts = directory.Contact.objects.filter(
        Q(organization__in=organizations)
        | Q(service__in=services)
        | Q(service_at_location__in=at_locations)
        | Q(location__in=locations)
    )
    phones = directory.Phone.objects.filter(
        Q(organization__in=organizations)
        | Q(service__in=services)
        | Q(service_at_location__in=at_locations)
        | Q(location__in=locations)
        | Q(contact__in=contacts)
    )
    querysets = {
        "organization": organizations,
        "program": directory.Program.objects.filter(organization__in=organizations),
        "service": services,
        "service_at_location": at_locations,
        "location": locations,
        "phone": phones,
        "contact": contacts,
        "address": directory.Address.objects.filter(location__in=locations),
        "schedule": directory.Schedule.objects.filter(
            Q(service__in=services)
            | Q(location__in=locations)
            | Q(service_at_location__in=at_locations)
        ),
        "funding": directory.Funding.objects.filter(
            Q(organization__in=organizations) | Q(service__in=services)
        ),
        "service_area": directory.ServiceArea.objects.filter(
            Q(service__in=services) | Q(service_at_location__in=at_locations)
        ),
        "required_document": directory.RequiredDocument.objects.filter(service__in=services),
        "language": directory.Language.objects.filter(
            Q(service__in=services) | Q(location__in=locations) | Q(phone__in=phones)
        ),
        "accessibility": directory.Accessibility.objects.filter(location__in=locations),
        "taxonomy_term": directory.TaxonomyTerm.objects.all(),
        "cost_option": directory.CostOption.objects.filter(service__in=services),
        "organization_identifier": directory.OrganizationIdentifier.objects.filter(
            organization__in=organizations
        ),
        "taxonomy": directory.Taxonomy.objects.all(),
        "meta_table_description": directory.MetaTableDescription.objects.all(),
    }
    records = {name: list(qs.distinct().order_by("id")) for name, qs in querysets.items()}

    linked = Q(pk__in=[])
    for name, found in records.items():
        content_type = ContentType.objects.get_for_model(table(name).model)
        linked |= Q(content_type=content_type, link_id__in=[r.pk for r in found])
    records["attribute"] = list(
        directory.Attribute.objects.filter(linked).select_related("taxonomy_term").order_by("id")
    )
    records["metadata"] = _metadata(records)
    return records


def _metadata(records) -> list:
    """Change metadata about the region's records, and about records no region holds."""
    ours = {str(r.pk) for found in records.values() for r in found}
    known = set()
    for candidate in tables().values():
        if candidate.name not in ("metadata",):
            known.update(str(pk) for pk in candidate.model.objects.values_list("pk", flat=True))
    return [
        m
        for m in directory.Metadata.objects.order_by("id")
        if str(m.resource_id) in ours or str(m.resource_id) not in known
    ]


def build_dataset(region, language: str, languages: list[str] | None = None) -> Dataset:
    """The region's directory as rows. Plain HSDS text columns are in `language`; every
    translation present gets its own column unless `languages` fixes the set."""
    records = region_records(region)
    held = {}
    for row in HeldRow.objects.filter(region=region).order_by("record_id"):
        held.setdefault(row.table, []).append(row)
    if languages is None:
        found = set()
        for name, found_records in records.items():
            for record in found_records:
                found |= translated_languages(record, table(name))
        for rows in held.values():
            for row in rows:
                found |= {k.split("@", 1)[1] for k, v in row.values.items() if "@" in k and v}
        languages = ordered_languages(found)
    dataset = Dataset(language=language, languages=list(languages))
    external = {
        (ref.table, str(ref.record_id), ref.column): ref.target_id
        for ref in ExternalReference.objects.all()
    }
    for name, spec in tables().items():
        rows = [row_of(record, spec, dataset, external) for record in records.get(name, [])]
        header = dataset.header(spec)
        rows += [{c: row.values.get(c, "") for c in header} for row in held.get(name, [])]
        dataset.rows[name] = sorted(rows, key=lambda r: r["id"])
    dataset.meta["region"] = region.slug
    return dataset
