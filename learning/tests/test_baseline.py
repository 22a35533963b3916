"""The baseline study's ecosystem snapshot is counted from the directory and frozen when the
study is published."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from directory.tests.factories import (
    LanguageFactory,
    OrganizationFactory,
    ServiceFactory,
    TaxonomyFactory,
    TaxonomyTermFactory,
    tag,
)
from learning import baseline
from learning.ecosystem import snapshot
from learning.models import BaselineStudy
from learning.tests.factories import BaselineStudyFactory, SwotItemFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def ecosystem(jyvaskyla):
    aims = TaxonomyFactory(code="aim")
    groups = TaxonomyFactory(code="target-group")
    language_aim = TaxonomyTermFactory(taxonomy=aims, code="finnish-language")
    students = TaxonomyTermFactory(taxonomy=groups, code="international-students")
    TaxonomyTermFactory(taxonomy=groups, code="elderly")
    provider = OrganizationFactory(region=jyvaskyla, kind="education")
    club = ServiceFactory(organization=provider)
    tag(club, language_aim)
    tag(club, students)
    LanguageFactory(service=club, code="fi")
    cafe = ServiceFactory(organization=provider)
    tag(cafe, language_aim)
    LanguageFactory(service=cafe, code="en")
    ServiceFactory(organization=provider, publication_status="draft")
    return jyvaskyla


def test_the_snapshot_counts_published_services(ecosystem):
    counted = snapshot(ecosystem)
    assert counted["services"] == 2
    assert counted["by_aim"] == [
        {"code": "finnish-language", "name": {"en": "finnish-language"}, "count": 2}
    ]
    assert {row["code"]: row["count"] for row in counted["by_language"]} == {"fi": 1, "en": 1}
    assert counted["by_provider_type"] == [{"code": "education", "count": 2}]
    assert counted["finnish_only"] == 1
    assert [row["code"] for row in counted["gaps"]["target_groups"]] == [
        "elderly",
        "international-students",
    ]


def test_publishing_freezes_the_snapshot(jussi, ecosystem):
    study = BaselineStudyFactory(region=ecosystem)
    for quadrant in "SWOT":
        SwotItemFactory(study=study, quadrant=quadrant)
    baseline.publish(jussi, study)
    assert study.status == BaselineStudy.Status.PUBLISHED
    ServiceFactory(organization=ecosystem.organizations.first())
    study.refresh_from_db()
    assert study.snapshot["services"] == 2
    baseline.unpublish(jussi, study)
    assert study.snapshot is None


def test_a_swot_with_an_empty_quadrant_is_not_published(jussi, jyvaskyla):
    study = BaselineStudyFactory(region=jyvaskyla)
    SwotItemFactory(study=study, quadrant="S")
    with pytest.raises(ValidationError) as error:
        baseline.publish(jussi, study)
    assert "Weakness" in str(error.value)
    assert BaselineStudy.objects.get().status == BaselineStudy.Status.DRAFT


def test_piotr_cannot_publish_jyvaskylas_study(piotr, jyvaskyla):
    with pytest.raises(PermissionDenied):
        baseline.publish(piotr, BaselineStudyFactory(region=jyvaskyla))


def test_a_refused_first_item_begins_no_study(jussi, jyvaskyla, west_pomerania):
    from directory.tests.factories import ServiceFactory
    from learning.models import SwotItem

    elsewhere = ServiceFactory(organization__region=west_pomerania)
    item = SwotItem(study=baseline.study_of(jyvaskyla), quadrant="S", text={"en": "Ports."})
    with pytest.raises(ValidationError):
        baseline.save_swot_item(jussi, item, m2m={"services": [elsewhere]})
    assert not BaselineStudy.objects.exists()
