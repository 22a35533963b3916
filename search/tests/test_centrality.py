"""How central a service is to a need comes from the directory's own data: integration training,
open to every newcomer and permanent, before a project for one narrow group — unless the person
named that group."""

import pytest

from directory.demo.loader import demo_uuid
from directory.models import TaxonomyTerm
from search.centrality import centrality

pytestmark = pytest.mark.django_db


def test_the_main_entry_point_is_more_central_than_a_niche_service(demo_data):
    learn = TaxonomyTerm.objects.get(taxonomy__code="need", code="learn-finnish")
    values = centrality(learn.pk)
    main = values[demo_uuid("service", "finnish-integration-training")]
    niche = values[demo_uuid("service", "integrates")]
    assert main > niche
    assert max(values.values()) == main


def test_a_group_the_person_named_counts_as_broad(demo_data):
    learn = TaxonomyTerm.objects.get(taxonomy__code="need", code="learn-finnish")
    educated = TaxonomyTerm.objects.get(taxonomy__code="target-group", code="highly-educated")
    plain = centrality(learn.pk)[demo_uuid("service", "integrates")]
    named = centrality(learn.pk, narrowed_to={educated.pk})[demo_uuid("service", "integrates")]
    assert named > plain
