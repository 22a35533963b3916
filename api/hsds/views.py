"""The HSDS 3.0 read API (Open Referral's API reference), over published services only."""

from __future__ import annotations

import math
import uuid
from pathlib import Path

from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.response import Response

from api.hsds import docs
from api.hsds.base import HsdsView, flag
from api.hsds.presenters import SERVICE_FULL_PREFETCH
from api.query import moment
from directory import lookup, places
from directory.filters import ServiceFilters
from directory.models import Organization, Service, ServiceAtLocation, Taxonomy, TaxonomyTerm
from interchange.tables import HSDS_VERSION
from search.engine import search

PROFILE_DOCUMENT = Path(__file__).resolve().parents[2] / "interchange" / "PROFILE.md"
# How many ranked results a search may bring into one listing.
SEARCH_LIMIT = 1000


def _uuid(request, name):
    text = request.query_params.get(name)
    if not text:
        return None
    try:
        return uuid.UUID(text)
    except ValueError:
        raise ValidationError(
            {name: _("“%(value)s” is not a valid identifier (a UUID).") % {"value": text}}
        ) from None


def _record(queryset, pk):
    """The record with this id, or a JSON 404 (also for an id that is not a UUID)."""
    try:
        key = uuid.UUID(str(pk))
    except ValueError:
        raise NotFound(_("No record has the id “%(id)s”.") % {"id": pk}) from None
    return get_object_or_404(queryset, pk=key)


def _text_search(request, records):
    """`?search=` for organizations and taxonomies (directory.lookup)."""
    return lookup.with_text(records, request.query_params.get("search", ""))


def _filters(request) -> ServiceFilters:
    """The query's filters, as the one filter type of the directory reads them."""
    region = request.query_params.get("region")
    return ServiceFilters(
        region=(region,) if region else (),
        term=[str(v) for v in [_uuid(request, "taxonomy_term_id")] if v],
        taxonomy=[str(v) for v in [_uuid(request, "taxonomy_id")] if v],
        org=[str(v) for v in [_uuid(request, "organization_id")] if v],
    )


def _published_services(request, language, prefetch=()):
    """Published services filtered by the query; a search keeps the search engine's order."""
    filters = _filters(request)
    services = filters.apply(Service.objects.published()).select_related("organization", "program")
    if prefetch:
        services = services.prefetch_related(*prefetch)
    modified_after = moment(request.query_params, "modified_after")
    if modified_after:
        services = services.filter(last_modified__gte=modified_after)
    services = services.order_by("id")
    query = request.query_params.get("search", "").strip()
    if not query:
        return services
    result = search(
        query,
        filters=filters,
        language=language,
        limit=SEARCH_LIMIT,
        offset=0,
        record_unmet=False,
    )
    rank = {hit.service.pk: position for position, hit in enumerate(result.hits)}
    return sorted(services.filter(pk__in=list(rank)), key=lambda s: rank[s.pk])


class RootView(HsdsView):
    @extend_schema(responses=docs.Root, parameters=docs.LANGUAGE, operation_id="hsds_root")
    def get(self, request):
        return Response(
            {
                "version": HSDS_VERSION,
                "profile": request.build_absolute_uri(reverse("api:hsds:profile")),
                "openapi_url": request.build_absolute_uri(reverse("api:schema")) + "?format=json",
            }
        )


class ProfileView(HsdsView):
    @extend_schema(
        responses={(200, "text/markdown"): OpenApiTypes.STR}, operation_id="hsds_profile"
    )
    def get(self, request):
        """The MILEstone HSDS profile: what this API and the exchange files add to HSDS 3.0."""
        return HttpResponse(
            PROFILE_DOCUMENT.read_text(encoding="utf-8"),
            content_type="text/markdown; charset=utf-8",
        )


class ServiceListView(HsdsView):
    @extend_schema(
        responses=docs.listing(docs.service_list_item(), "OpenReferralServicePage"),
        parameters=docs.SEARCH
        + docs.PAGING
        + docs.SERVICE_FILTERS
        + [
            docs.query("minimal", bool, "Only each service's id and last_modified."),
        ]
        + docs.REGION
        + docs.LANGUAGE,
        operation_id="hsds_services_list",
    )
    def get(self, request):
        full = flag(request, "full") and not flag(request, "minimal")
        services = _published_services(
            request, self.language, SERVICE_FULL_PREFETCH if full else ()
        )
        if flag(request, "minimal"):
            present = _minimal
        elif flag(request, "full"):
            self.presenter.bulk = True
            present = self.presenter.service_full
        else:
            present = self.presenter.service_summary
        return self.paginated(request, services, present)


def _minimal(service) -> dict:
    return {"id": str(service.pk), "last_modified": service.last_modified.isoformat()}


class ServiceDetailView(HsdsView):
    @extend_schema(
        responses=docs.service_full(), parameters=docs.LANGUAGE, operation_id="hsds_service"
    )
    def get(self, request, pk):
        service = _record(Service.objects.published().select_related("organization", "program"), pk)
        return Response(self.presenter.service_full(service))


class OrganizationListView(HsdsView):
    @extend_schema(
        responses=docs.listing(docs.plain("organization"), "OpenReferralOrganizationPage"),
        parameters=docs.SEARCH
        + docs.PAGING
        + [
            docs.query("full", bool, "Fully nested organizations."),
            docs.query("full_service", bool, "With full services (implies full)."),
        ]
        + docs.REGION
        + docs.LANGUAGE,
        operation_id="hsds_organizations_list",
    )
    def get(self, request):
        organizations = Organization.objects.order_by("id")
        region = request.query_params.get("region")
        if region:
            organizations = organizations.filter(region__slug=region)
        organizations = _text_search(request, organizations)
        full_services = flag(request, "full_service")
        if flag(request, "full") or full_services:

            def present(organization):
                services = Service.objects.published().filter(organization=organization)
                return self.presenter.organization_full(
                    organization, services.order_by("id"), full_services
                )

        else:

            def present(organization):
                return self.presenter.plain(organization, "organization")

        return self.paginated(request, organizations, present)


class OrganizationDetailView(HsdsView):
    @extend_schema(
        responses=docs.organization_full(),
        parameters=[docs.query("full_service", bool, "Full services instead of summaries.")]
        + docs.LANGUAGE,
        operation_id="hsds_organization",
    )
    def get(self, request, pk):
        organization = _record(Organization, pk)
        services = Service.objects.published().filter(organization=organization).order_by("id")
        return Response(
            self.presenter.organization_full(organization, services, flag(request, "full_service"))
        )


class TaxonomyListView(HsdsView):
    @extend_schema(
        responses=docs.listing(docs.taxonomy(), "OpenReferralTaxonomyPage"),
        parameters=docs.SEARCH + docs.PAGING + docs.LANGUAGE,
        operation_id="hsds_taxonomies_list",
    )
    def get(self, request):
        taxonomies = Taxonomy.objects.order_by("id")
        taxonomies = _text_search(request, taxonomies)
        return self.paginated(request, taxonomies, self.presenter.taxonomy)


class TaxonomyDetailView(HsdsView):
    @extend_schema(
        responses=docs.taxonomy(), parameters=docs.LANGUAGE, operation_id="hsds_taxonomy"
    )
    def get(self, request, pk):
        return Response(self.presenter.taxonomy(_record(Taxonomy, pk)))


class TaxonomyTermListView(HsdsView):
    @extend_schema(
        responses=docs.listing(docs.taxonomy_term(), "OpenReferralTaxonomyTermPage"),
        parameters=docs.SEARCH
        + docs.PAGING
        + [
            docs.query("taxonomy_id", str, "Only terms of this taxonomy."),
            docs.query("parent_id", str, "Only the children of this term."),
            docs.query("top_only", bool, "Only terms without a parent term."),
        ]
        + docs.LANGUAGE,
        operation_id="hsds_taxonomy_terms_list",
    )
    def get(self, request):
        terms = TaxonomyTerm.objects.order_by("id")
        taxonomy = _uuid(request, "taxonomy_id")
        if taxonomy:
            terms = terms.filter(taxonomy_id=taxonomy)
        parent = _uuid(request, "parent_id")
        if parent:
            terms = terms.filter(parent_id=parent)
        if flag(request, "top_only"):
            terms = terms.filter(parent=None)
        terms = _text_search(request, terms)
        return self.paginated(request, terms, self.presenter.taxonomy_term)


class TaxonomyTermDetailView(HsdsView):
    @extend_schema(
        responses=docs.taxonomy_term(), parameters=docs.LANGUAGE, operation_id="hsds_taxonomy_term"
    )
    def get(self, request, pk):
        return Response(self.presenter.taxonomy_term(_record(TaxonomyTerm, pk)))


def _places(request, at_locations, rank):
    """Filter by `postcode`, or with `proximity` (metres) by distance from it (directory.places);
    in the services' order."""
    postcode = request.query_params.get("postcode", "").strip()
    proximity = request.query_params.get("proximity", "").strip()
    if proximity and not postcode:
        raise ValidationError({"proximity": _("proximity needs a postcode to measure from.")})
    metres = None
    if proximity:
        try:
            metres = float(proximity)
        except ValueError:
            metres = math.nan
        if not math.isfinite(metres) or metres < 0:
            raise ValidationError(
                {"proximity": _("proximity is a distance in metres, such as 5000.")}
            )
    if postcode and metres is None:
        at_locations = places.at_postcode(at_locations, postcode)
    ordered = sorted(at_locations, key=lambda sal: (rank[sal.service_id], str(sal.pk)))
    if metres is not None:
        return places.near_postcode(ordered, postcode, metres)
    return ordered


class ServiceAtLocationListView(HsdsView):
    @extend_schema(
        responses=docs.listing(
            docs.service_at_location_summary(), "OpenReferralServiceAtLocationPage"
        ),
        parameters=docs.SEARCH
        + docs.PAGING
        + docs.SERVICE_FILTERS
        + [
            docs.query("postcode", str, "Only locations with this postcode."),
            docs.query("proximity", str, "With postcode: within this many metres of it."),
        ]
        + docs.REGION
        + docs.LANGUAGE,
        operation_id="hsds_service_at_locations_list",
    )
    def get(self, request):
        services = _published_services(request, self.language)
        rank = {service.pk: position for position, service in enumerate(services)}
        at_locations = _places(
            request,
            ServiceAtLocation.objects.filter(service_id__in=list(rank))
            .select_related("service__organization", "service__program", "location")
            .prefetch_related("location__addresses"),
            rank,
        )
        if flag(request, "full"):
            present = self.presenter.service_at_location_full
        else:
            present = self.presenter.service_at_location_summary
        return self.paginated(request, at_locations, present)


class ServiceAtLocationDetailView(HsdsView):
    @extend_schema(
        responses=docs.service_at_location_full(),
        parameters=docs.LANGUAGE,
        operation_id="hsds_service_at_location",
    )
    def get(self, request, pk):
        at_location = _record(
            ServiceAtLocation.objects.filter(service__in=Service.objects.published()), pk
        )
        return Response(self.presenter.service_at_location_full(at_location))
