import pytest

from directory.tests.factories import TaxonomyFactory, TaxonomyTermFactory


@pytest.fixture
def terms():
    aim = TaxonomyFactory(code="aim")
    group = TaxonomyFactory(code="target-group")
    return {
        "work": TaxonomyTermFactory(taxonomy=aim, code="labour-market", position=1),
        "finnish": TaxonomyTermFactory(taxonomy=aim, code="finnish-language", position=0),
        "students": TaxonomyTermFactory(taxonomy=group, code="international-students"),
    }
