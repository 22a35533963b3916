"""The ecosystem snapshot of a baseline study, computed from the directory: the region's published
services by aim, target group, language offered and provider type, and where coverage is thin.

The snapshot is plain JSON (names kept in every language) so that a published study can freeze
it and still render in any language later.
"""

from collections import Counter

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from directory.models import Attribute, Language, Organization, Service, TaxonomyTerm

# Fewer services than this for a target group or need is reported as thin coverage.
THIN = 2


def _term_counts(service_ids, taxonomy_code):
    service_type = ContentType.objects.get_for_model(Service)
    links = Attribute.objects.filter(
        content_type=service_type,
        link_id__in=service_ids,
        taxonomy_term__taxonomy__code=taxonomy_code,
    ).values_list("taxonomy_term_id", "link_id")
    counts = Counter(term_id for term_id, _service in set(links))
    terms = TaxonomyTerm.objects.filter(taxonomy__code=taxonomy_code).order_by("position", "code")
    return [
        {"code": term.code, "name": term.name.as_dict(), "count": counts.get(term.pk, 0)}
        for term in terms
    ]


def snapshot(region) -> dict:
    services = Service.objects.published().in_region(region)
    service_ids = list(services.values_list("pk", flat=True))
    languages = Counter(
        code
        for code, _service in set(
            Language.objects.filter(service_id__in=service_ids).values_list("code", "service_id")
        )
    )
    offered = {}
    for service_id, code in Language.objects.filter(service_id__in=service_ids).values_list(
        "service_id", "code"
    ):
        offered.setdefault(service_id, set()).add(code)
    finnish_only = sum(1 for service_id in service_ids if offered.get(service_id, set()) <= {"fi"})
    kinds = Counter(services.values_list("organization__kind", flat=True))
    target_groups = _term_counts(service_ids, "target-group")
    needs = _term_counts(service_ids, "need")
    return {
        "taken_on": timezone.localdate().isoformat(),
        "services": len(service_ids),
        "organizations": Organization.objects.filter(services__in=service_ids).distinct().count(),
        "by_aim": _term_counts(service_ids, "aim"),
        "by_target_group": target_groups,
        "by_need": needs,
        "by_language": [
            {"code": code, "count": count}
            for code, count in sorted(languages.items(), key=lambda item: (-item[1], item[0]))
        ],
        "by_provider_type": [
            {"code": code, "count": count}
            for code, count in sorted(kinds.items(), key=lambda item: (-item[1], item[0]))
        ],
        "finnish_only": finnish_only,
        "gaps": {
            "target_groups": [row for row in target_groups if row["count"] < THIN],
            "needs": [row for row in needs if row["count"] < THIN],
        },
    }


def provider_type_label(code: str) -> str:
    try:
        return str(Organization.Kind(code).label)
    except ValueError:
        return code


def study_snapshot(study) -> dict:
    """The frozen snapshot of a published study, or today's for a draft."""
    return study.snapshot or snapshot(study.region)
