"""Loads the Jyväskylä ecosystem from the source document (directory.demo.data).

Ids are UUID5s derived from stable keys, so reloading the demo data updates the same records
instead of creating new ones, and links shared with others stay valid.
"""

import uuid
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from directory.models import (
    Attribute,
    Language,
    Organization,
    Region,
    Service,
    Taxonomy,
    TaxonomyTerm,
)
from directory.translation import TranslatedText

NAMESPACE = uuid.UUID("6f1c2f6e-3b0e-4a53-9d3e-2f1b7a6c0001")

# Service fields each taxonomy's terms come from in the data module.
TERM_SOURCES = {
    "aim": "aim",
    "target-group": "target_groups",
    "challenge": "challenges",
    "need": "needs",
}


def demo_uuid(kind: str, key: str) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, f"{kind}:{key}")


@dataclass
class Summary:
    regions: int = 0
    organizations: int = 0
    services: int = 0
    terms: int = 0


def _language_name(code: str) -> str:
    from django.utils.translation import get_language_info

    try:
        return get_language_info(code)["name"]
    except KeyError:
        return code


@transaction.atomic
def load_demo_data(data=None) -> Summary:
    """The demo directory (demodata.loading also indexes it for search, as `make run` does)."""
    if data is None:
        from directory.demo import data
    summary = Summary()
    regions = {}
    for entry in data.REGIONS:
        region, _ = Region.objects.update_or_create(
            id=demo_uuid("region", entry["key"]),
            defaults={
                "slug": entry["key"],
                "name": TranslatedText(entry["name"]),
                "partner_organization": entry["partner_organization"],
                "country": entry["country"],
                "languages": entry.get("languages", []),
                "lead_partner": entry.get("lead_partner", False),
                "is_demo_data": True,
            },
        )
        regions[entry["key"]] = region
        summary.regions += 1
    home = regions["jyvaskyla"]

    terms = {}
    for code, taxonomy_data in data.TAXONOMIES.items():
        taxonomy, _ = Taxonomy.objects.update_or_create(
            id=demo_uuid("taxonomy", code),
            defaults={
                "code": code,
                "name": TranslatedText(taxonomy_data["name"]),
                "description": TranslatedText(taxonomy_data.get("description")),
                "version": "milestone-2025",
            },
        )
        for position, term_data in enumerate(data.TERMS[code]):
            term, _ = TaxonomyTerm.objects.update_or_create(
                id=demo_uuid("term", f"{code}:{term_data['code']}"),
                defaults={
                    "taxonomy": taxonomy,
                    "code": term_data["code"],
                    "name": TranslatedText(term_data["name"]),
                    "description": TranslatedText(term_data.get("description")),
                    "position": position,
                },
            )
            terms[(code, term_data["code"])] = term
            summary.terms += 1

    organizations = {}
    for entry in data.ORGANIZATIONS:
        organization, _ = Organization.objects.update_or_create(
            id=demo_uuid("organization", entry["key"]),
            defaults={
                "region": regions.get(entry.get("region", "jyvaskyla"), home),
                "name": TranslatedText(entry["name"]),
                "description": TranslatedText(entry["description"]),
                "kind": entry.get("kind", Organization.Kind.OTHER),
            },
        )
        organizations[entry["key"]] = organization
        summary.organizations += 1
    # Services whose provider the source does not name are kept under the city's network, which
    # coordinates them all; the service page says the provider is not confirmed.
    fallback_provider = organizations["city-of-jyvaskyla"]

    service_type = ContentType.objects.get_for_model(Service)
    for entry in data.SERVICES:
        service_id = demo_uuid("service", entry["key"])
        service, _ = Service.objects.update_or_create(
            id=service_id,
            defaults={
                "organization": organizations.get(entry.get("organization"), fallback_provider),
                "name": TranslatedText(entry["name"]),
                "description": TranslatedText(entry["description"]),
                "eligibility_description": TranslatedText(entry.get("eligibility")),
                "minimum_age": entry.get("min_age"),
                "maximum_age": entry.get("max_age"),
                "finnish_level": entry.get("finnish_level") or "",
                "integration_plan_required": entry.get("integration_plan_required", False),
                "funding_type": entry.get("funding_type", Service.FundingType.UNKNOWN),
                "status": Service.Status.ACTIVE,
                "publication_status": Service.Publication.PUBLISHED,
            },
        )
        wanted = set()
        for taxonomy_code, field in TERM_SOURCES.items():
            codes = entry.get(field) or []
            for term_code in [codes] if isinstance(codes, str) else codes:
                wanted.add(terms[(taxonomy_code, term_code)].id)
        existing = Attribute.objects.filter(content_type=service_type, link_id=service_id)
        existing.exclude(taxonomy_term_id__in=wanted).delete()
        have = set(existing.values_list("taxonomy_term_id", flat=True))
        Attribute.objects.bulk_create(
            Attribute(
                id=demo_uuid("attribute", f"{entry['key']}:{term_id}"),
                content_type=service_type,
                link_id=service_id,
                taxonomy_term_id=term_id,
            )
            for term_id in wanted - have
        )
        Language.objects.filter(service=service).exclude(
            code__in=entry.get("languages", [])
        ).delete()
        for code in entry.get("languages", []):
            Language.objects.update_or_create(
                id=demo_uuid("language", f"{entry['key']}:{code}"),
                defaults={"service": service, "code": code, "name": _language_name(code)},
            )
        summary.services += 1
    return summary
