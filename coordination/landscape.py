"""The region's service landscape as the coordinator reads it: which aims reach which target
groups in which languages, what addresses each identified challenge, and who works with whom.

Everything here reads published services only: the landscape the public sees.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations

from django.contrib.contenttypes.models import ContentType

from directory.models import Attribute, Organization, Service, TaxonomyTerm


@dataclass
class ServiceFacts:
    service: Service
    terms: dict[str, set[str]]
    languages: set[str]


def facts(region) -> list[ServiceFacts]:
    """Each published service of the region with its term codes and languages, in 3 queries."""
    services = list(
        Service.objects.published()
        .in_region(region)
        .select_related("organization")
        .prefetch_related("languages")
        .order_by("id")
    )
    terms = defaultdict(lambda: defaultdict(set))
    rows = Attribute.objects.filter(
        content_type=ContentType.objects.get_for_model(Service),
        link_id__in=[s.pk for s in services],
    ).values_list("link_id", "taxonomy_term__taxonomy__code", "taxonomy_term__code")
    for link_id, taxonomy, code in rows:
        terms[link_id][taxonomy].add(code)
    return [
        ServiceFacts(s, terms[s.pk], {lang.code for lang in s.languages.all() if lang.code})
        for s in services
    ]


def vocabulary(taxonomy_code: str) -> list[TaxonomyTerm]:
    return list(TaxonomyTerm.objects.filter(taxonomy__code=taxonomy_code).order_by("position"))


@dataclass
class Coverage:
    aims: list[TaxonomyTerm]
    groups: list[TaxonomyTerm]
    languages: list[str]
    language: str | None
    cells: dict = field(default_factory=dict)  # (aim code, group code) -> [Service]
    by_language: dict = field(default_factory=dict)  # (aim code, language) -> [Service]
    # Services that record no language: unknown, so counted in no language, never as a gap.
    unrecorded: list = field(default_factory=list)
    unrecorded_by_aim: dict = field(default_factory=dict)  # aim code -> [Service]
    total: int = 0

    def count(self, aim, group) -> int:
        return len(self.cells.get((aim, group), ()))

    def language_count(self, aim, language) -> int:
        return len(self.by_language.get((aim, language), ()))

    def unrecorded_count(self, aim) -> int:
        return len(self.unrecorded_by_aim.get(aim, ()))

    def language_gap(self, aim, language) -> bool:
        """No service towards the aim is offered in the language, as far as is known: a zero
        is a gap only when every service towards the aim records its languages."""
        return not self.language_count(aim, language) and not self.unrecorded_count(aim)

    @property
    def gaps(self) -> list[tuple[TaxonomyTerm, TaxonomyTerm]]:
        return [
            (aim, group)
            for aim in self.aims
            for group in self.groups
            if not self.cells.get((aim.code, group.code))
        ]


def offered_in(fact, language: str | None) -> bool:
    """Whether a service counts when the coverage is narrowed to one language (None: all)."""
    return not language or language in fact.languages


def coverage(region, language: str | None = None, all_facts=None) -> Coverage:
    """Aim × target group, optionally only services offered in one language; and aim ×
    language for the languages services are offered in (the region's key languages first),
    counting only the services that record their languages (the others are `unrecorded`).
    `all_facts`: the region's `facts()` when the caller has them already."""
    all_facts = facts(region) if all_facts is None else all_facts
    offered = sorted({code for f in all_facts for code in f.languages})
    key_languages = [code for code in region.languages if code]
    languages = key_languages + [code for code in offered if code not in key_languages]
    result = Coverage(vocabulary("aim"), vocabulary("target-group"), languages, language)
    result.total = len(all_facts)
    for f in all_facts:
        if not f.languages:
            result.unrecorded.append(f.service)
        for aim in f.terms.get("aim", ()):
            for code in f.languages:
                result.by_language.setdefault((aim, code), []).append(f.service)
            if not f.languages:
                result.unrecorded_by_aim.setdefault(aim, []).append(f.service)
            if not offered_in(f, language):
                continue
            for group in f.terms.get("target-group", ()):
                result.cells.setdefault((aim, group), []).append(f.service)
    return result


def challenges(region, all_facts=None) -> list[tuple[TaxonomyTerm, list[Service]]]:
    """For each identified challenge, the published services that address it."""
    all_facts = facts(region) if all_facts is None else all_facts
    return [
        (term, [f.service for f in all_facts if term.code in f.terms.get("challenge", ())])
        for term in vocabulary("challenge")
    ]


@dataclass
class Network:
    organizations: list[Organization]
    services: dict  # organization id -> [Service]
    aims: dict  # organization id -> set of aim codes
    groups: dict  # organization id -> set of target-group codes
    links: list  # (organization, organization, [shared "aim/group" pairs])


def network(region, all_facts=None) -> Network:
    """Organizations linked when they serve the same target group towards the same aim: the
    people who should know each other's work."""
    all_facts = facts(region) if all_facts is None else all_facts
    services, aims, groups, pairs = (defaultdict(list), defaultdict(set), defaultdict(set), {})
    for f in all_facts:
        org = f.service.organization_id
        services[org].append(f.service)
        aims[org] |= f.terms.get("aim", set())
        groups[org] |= f.terms.get("target-group", set())
        pairs.setdefault(org, set()).update(
            (aim, group)
            for aim in f.terms.get("aim", ())
            for group in f.terms.get("target-group", ())
        )
    organizations = list(Organization.objects.filter(pk__in=services).order_by("id"))
    links = []
    for first, second in combinations(organizations, 2):
        shared = sorted(pairs.get(first.pk, set()) & pairs.get(second.pk, set()))
        if shared:
            links.append((first, second, shared))
    by_pk = {organization.pk: organization for organization in organizations}
    for organization in organizations:
        parent = by_pk.get(organization.parent_organization_id)
        if parent:
            links.append((parent, organization, []))
    return Network(organizations, services, aims, groups, links)
