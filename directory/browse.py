"""Browsing the published services by facet: the aims, needs and target groups of the MILEstone
taxonomies, the languages a service is offered in, and the provider.

The filters themselves (OR within a facet, AND across facets) are directory.filters'; this module
lists what the public pages show and the choices with their counts.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import (
    Count,
    Exists,
    OuterRef,
    Prefetch,
    Q,
    Subquery,
    prefetch_related_objects,
)

from directory.filters import ServiceFilters
from directory.models import (
    Attribute,
    Contact,
    CostOption,
    Language,
    Organization,
    Phone,
    RequiredDocument,
    Schedule,
    Service,
    ServiceAtLocation,
    TaxonomyTerm,
)


@dataclass(frozen=True)
class Choice:
    facet: str
    value: str
    label: object  # a TranslatedText, or a plain string for languages
    count: int | None = None


LANGUAGES = Prefetch("languages", queryset=Language.objects.only("service_id", "code"))


def published_services():
    """Published services with their provider and languages, for a service's own page (its
    terms come from service_terms())."""
    return (
        Service.objects.published()
        .select_related("organization", "organization__region__advice_service")
        .prefetch_related(LANGUAGES)
    )


# What a service's own page shows besides the service itself, with the model each lives in.
DETAILS = {
    "service_at_locations": (
        ServiceAtLocation,
        Prefetch(
            "service_at_locations",
            queryset=ServiceAtLocation.objects.select_related("location")
            .prefetch_related("location__addresses", "location__accessibility")
            .order_by("id"),
        ),
    ),
    "contacts": (
        Contact,
        Prefetch(
            "contacts",
            queryset=Contact.objects.prefetch_related("phones__languages").order_by("id"),
        ),
    ),
    "phones": (
        Phone,
        Prefetch("phones", queryset=Phone.objects.prefetch_related("languages").order_by("id")),
    ),
    "schedules": (Schedule, Prefetch("schedules", queryset=Schedule.objects.order_by("id"))),
    "cost_options": (CostOption, "cost_options"),
    "required_documents": (RequiredDocument, "required_documents"),
}


def published_service_with_details(pk):
    """One published service with everything its page shows, or None.

    Most services have no places, contacts or hours recorded; one query asks which details
    exist, and only those are fetched. The rest are marked as fetched and empty, so a template
    asking for them costs nothing.
    """
    exists = {
        f"has_{name}": Exists(model.objects.filter(service=OuterRef("pk")))
        for name, (model, _prefetch) in DETAILS.items()
    }
    service = published_services().annotate(**exists).filter(pk=pk).order_by().first()
    if service is None:
        return None
    present = [
        prefetch for name, (_m, prefetch) in DETAILS.items() if getattr(service, f"has_{name}")
    ]
    prefetch_related_objects([service], *present)
    cache = service._prefetched_objects_cache
    for name in DETAILS:
        if name not in cache:
            cache[name] = getattr(service, name).none()
    return service


@dataclass(frozen=True)
class Term:
    code: str
    name: object  # TranslatedText


def service_terms(service) -> dict[str, list[Term]]:
    """The service's terms by taxonomy code, in the taxonomy's order: one light query instead
    of attribute, term and taxonomy records (a service page shows a dozen of them)."""
    rows = (
        Attribute.objects.filter(
            content_type=ContentType.objects.get_for_model(Service), link_id=service.pk
        )
        .order_by("taxonomy_term__position", "taxonomy_term__code")
        .values_list("taxonomy_term__taxonomy__code", "taxonomy_term__code", "taxonomy_term__name")
    )
    terms: dict[str, list[Term]] = {}
    for taxonomy_code, code, name in rows:
        terms.setdefault(taxonomy_code, []).append(Term(code, name))
    return terms


# What a result card shows of a service (public/includes/service_card_body.html; its languages
# and how to reach it are fetched with the card, public.kept.kept_cards).
CARD_FIELDS = ("name", "description", "organization__name", "organization__region_id")


def card_services():
    """Services with only what a result card shows: loading every translated field of 20
    services costs more than the page."""
    return Service.objects.select_related("organization").only(*CARD_FIELDS)


def shown_services():
    """Services with only whether they are public (which search checks on the services it
    lists): a page whose cards are kept reads the rest only for the cards it renders."""
    return Service.objects.only("publication_status")


def listed_services():
    """Published services as result cards list them."""
    return card_services().published()


def browse(filters: ServiceFilters):
    """The published services matching the filters, in a stable order (by provider, then id)."""
    return filters.apply(listed_services())


def term_choices(taxonomy_code: str, facet: str, services=None) -> list[Choice]:
    """The terms of one taxonomy, each with how many of `services` (default: published) carry
    it; terms that no published service carries are left out."""
    services = services if services is not None else Service.objects.published()
    # One query: the terms with their counts (a correlated count, so each term is read once).
    carrying = Attribute.objects.filter(
        taxonomy_term=OuterRef("pk"), link_id__in=services.values("pk")
    )
    terms = (
        TaxonomyTerm.objects.filter(taxonomy__code=taxonomy_code)
        .only("code", "name", "position")
        .annotate(
            n=Subquery(
                carrying.order_by()
                .values("taxonomy_term")
                .annotate(n=Count("link_id", distinct=True))
                .values("n")
            )
        )
        .filter(n__gt=0)
        .order_by("position", "code")
    )
    return [Choice(facet, term.code, term.name, term.n) for term in terms]


def language_choices(services=None) -> list[Choice]:
    services = services if services is not None else Service.objects.published()
    rows = (
        Language.objects.filter(service__in=services.values("pk"))
        .exclude(code="")
        .values_list("code")
        .annotate(n=Count("service", distinct=True))
        .order_by("code")
    )
    return [Choice("lang", code, code, n) for code, n in rows]


def organization_choices(services=None) -> list[Choice]:
    services = services if services is not None else Service.objects.published()
    organizations = Organization.objects.filter(pk__in=services.values("organization_id")).annotate(
        n=Count("services", filter=Q(services__in=services.values("pk")))
    )
    return [Choice("org", str(o.pk), o.name, o.n) for o in organizations]


def most_common_needs(limit: int = 8) -> list[Choice]:
    """The needs most services answer: the home page's entry points."""
    needs = term_choices("need", "need")
    return sorted(needs, key=lambda choice: -choice.count)[:limit]


def organizations_with_services():
    """Providers that have at least one published service, with how many."""
    published = Service.objects.published()
    return (
        Organization.objects.filter(pk__in=published.values("organization_id"))
        .annotate(
            published_count=Count(
                "services", filter=Q(services__publication_status__in=Service.PUBLICLY_VISIBLE)
            )
        )
        .select_related("region")
    )
