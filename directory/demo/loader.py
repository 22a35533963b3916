"""Loads the Jyväskylä ecosystem from the source document (directory.demo.data).

Ids are UUID5s derived from stable keys, so reloading the demo data updates the same records
instead of creating new ones, and links shared with others stay valid.

Translations into the other languages come from `translations/<language>.json`, one file per
language, each present file read (a missing one is fine):

    {"language": "ar",
     "services": {"<service key>": {"name": …, "description": …, "eligibility": …}},
     "organizations": {"<organization key>": {"name": …, "description": …}},
     "terms": {"<taxonomy code>/<term code>": {"description": …}}}

They are stored as translated, not checked by the provider, made from today's Finnish text; when
the Finnish text in data.py changes, they become stale until the file is updated.
"""

import json
import uuid
from dataclasses import dataclass
from pathlib import Path

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
from directory.translation import TranslatedText, configured_languages

NAMESPACE = uuid.UUID("6f1c2f6e-3b0e-4a53-9d3e-2f1b7a6c0001")
TRANSLATIONS_DIR = Path(__file__).resolve().parent / "translations"

# What each section of a translation file may translate: file field -> record field.
TRANSLATABLE = {
    "services": {"name": "name", "description": "description", "eligibility": "eligibility"},
    "organizations": {"name": "name", "description": "description"},
    "terms": {"name": "name", "description": "description"},
}

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


class TranslationFileError(ValueError):
    """A translation file that cannot be used; the message names the file and what is wrong."""


def read_translations(data, directory: Path = TRANSLATIONS_DIR) -> dict[str, dict]:
    """{language: file content} for every `<language>.json` present in `directory`, checked
    against the demo data's keys so that a typo is reported, not silently dropped."""
    languages = set(configured_languages())
    known = {
        "services": {entry["key"] for entry in data.SERVICES},
        "organizations": {entry["key"] for entry in data.ORGANIZATIONS},
        "terms": {f"{code}/{term['code']}" for code, terms in data.TERMS.items() for term in terms},
    }
    found = {}
    for path in sorted(Path(directory).glob("*.json")) if Path(directory).is_dir() else []:
        language = path.stem
        try:
            content = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise TranslationFileError(f"{path.name}: not readable JSON ({exc}).") from exc
        if not isinstance(content, dict) or content.get("language") != language:
            raise TranslationFileError(
                f'{path.name}: must be an object whose "language" is "{language}".'
            )
        if language not in languages:
            raise TranslationFileError(f"{path.name}: {language} is not a configured language.")
        for section, fields in TRANSLATABLE.items():
            entries = content.get(section) or {}
            if not isinstance(entries, dict):
                raise TranslationFileError(f'{path.name}: "{section}" must be an object.')
            for key, texts in entries.items():
                if key not in known[section]:
                    raise TranslationFileError(f'{path.name}: {section} has no key "{key}".')
                if not isinstance(texts, dict) or not set(texts) <= set(fields):
                    raise TranslationFileError(
                        f'{path.name}: {section} "{key}" may give only {", ".join(fields)}.'
                    )
                if not all(isinstance(text, str) for text in texts.values()):
                    raise TranslationFileError(f'{path.name}: {section} "{key}": texts only.')
        found[language] = content
    return found


def _with_translations(texts, translations, section, key, field) -> TranslatedText:
    """The data module's text (English and Finnish) with every file's translation of it."""
    values = dict(texts or {})
    for language, content in translations.items():
        text = ((content.get(section) or {}).get(key) or {}).get(field)
        if text and text.strip():
            values[language] = text
    return TranslatedText(values)


@transaction.atomic
def load_demo_data(data=None, translations_dir: Path = TRANSLATIONS_DIR) -> Summary:
    """The demo directory with every translation file (demodata.loading also indexes it for
    search, as `make run` does)."""
    if data is None:
        from directory.demo import data
    translations = read_translations(data, translations_dir)
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
                    "name": _with_translations(
                        term_data["name"],
                        translations,
                        "terms",
                        f"{code}/{term_data['code']}",
                        "name",
                    ),
                    "description": _with_translations(
                        term_data.get("description"),
                        translations,
                        "terms",
                        f"{code}/{term_data['code']}",
                        "description",
                    ),
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
                "name": _with_translations(
                    entry["name"], translations, "organizations", entry["key"], "name"
                ),
                "description": _with_translations(
                    entry["description"], translations, "organizations", entry["key"], "description"
                ),
                "kind": entry.get("kind", Organization.Kind.OTHER),
                "internal_note": entry.get("internal_note", ""),
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
                "name": _with_translations(
                    entry["name"], translations, "services", entry["key"], "name"
                ),
                "description": _with_translations(
                    entry["description"], translations, "services", entry["key"], "description"
                ),
                "eligibility_description": _with_translations(
                    entry.get("eligibility"), translations, "services", entry["key"], "eligibility"
                ),
                "internal_note": "\n".join(
                    note for note in (entry.get("source_note"), entry.get("internal_note")) if note
                ),
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
    for entry in data.REGIONS:
        if entry.get("advice_service"):
            region = regions[entry["key"]]
            region.advice_service_id = demo_uuid("service", entry["advice_service"])
            region.save(update_fields=["advice_service"])
    return summary
