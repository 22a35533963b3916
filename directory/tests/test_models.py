"""Invariants a coordinator relies on when the directory is edited by many hands."""

import uuid

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from directory.models import Region, Service
from directory.tests.factories import (
    OrganizationFactory,
    RegionFactory,
    ServiceFactory,
    TaxonomyTermFactory,
    tag,
)

pytestmark = pytest.mark.django_db


def test_every_record_has_a_uuid_identifier():
    service = ServiceFactory()
    assert isinstance(service.pk, uuid.UUID)
    assert service.organization.region.pk.version == 4


def test_a_service_belongs_to_the_region_of_its_provider():
    region = RegionFactory(slug="postojna", country="SI")
    service = ServiceFactory(organization=OrganizationFactory(region=region))
    assert service.region == region
    assert list(Service.objects.in_region(region)) == [service]


def test_age_limits_must_be_in_order():
    service = ServiceFactory.build(minimum_age=30, maximum_age=18)
    with pytest.raises(ValidationError) as error:
        service.clean()
    assert "maximum_age" in error.value.message_dict
    with pytest.raises(IntegrityError), transaction.atomic():
        ServiceFactory(minimum_age=30, maximum_age=18)


def test_only_project_funded_services_have_an_end_date():
    import datetime

    from django.utils import translation

    service = ServiceFactory.build(funding_ends=datetime.date(2026, 12, 31))
    with translation.override("en"):
        with pytest.raises(ValidationError) as error:
            service.clean()
        assert "Project-funded" in str(error.value.message_dict["funding_ends"])


def test_there_is_one_lead_partner_at_most():
    RegionFactory(slug="burgenlandkreis", lead_partner=True)
    with pytest.raises(IntegrityError), transaction.atomic():
        RegionFactory(slug="linkoping", lead_partner=True)
    assert Region.objects.filter(lead_partner=True).count() == 1


def test_a_name_is_required_in_at_least_one_language():
    service = ServiceFactory.build(name={})
    with pytest.raises(ValidationError) as error:
        service.full_clean(exclude=["organization"])
    assert "name" in error.value.message_dict


def test_terms_are_attached_as_hsds_attributes_and_filter_services():
    student_term = TaxonomyTermFactory(taxonomy__code="target-group", code="international-students")
    for_students = ServiceFactory()
    ServiceFactory()
    tag(for_students, student_term)
    found = Service.objects.with_term("target-group", "international-students")
    assert list(found) == [for_students]
    assert for_students.terms("target-group") == [student_term]


def test_history_records_who_changed_a_service():
    service = ServiceFactory()
    service.finnish_level = Service.FinnishLevel.A2
    service.save()
    assert service.history.count() == 2
    assert service.history.first().finnish_level == "A2"
