"""/api/hsds/taxonomies and /api/hsds/taxonomy_terms: the MILEstone vocabularies."""

import pytest

from directory.tests.factories import TaxonomyFactory, TaxonomyTermFactory
from directory.translation import TranslatedText

pytestmark = pytest.mark.django_db


@pytest.fixture
def aims():
    aim = TaxonomyFactory(code="aim", name=TranslatedText({"fi": "Tavoite", "en": "Aim"}))
    labour = TaxonomyTermFactory(taxonomy=aim, code="labour-market")
    TaxonomyTermFactory(taxonomy=aim, code="finnish-language", parent=labour)
    TaxonomyTermFactory(code="jobseekers")
    return aim


def test_taxonomies_list_and_detail(client, aims, assert_hsds):
    page = client.get("/api/hsds/taxonomies", {"lang": "en", "search": "aim"}).json()
    detail = client.get(f"/api/hsds/taxonomies/{aims.pk}", {"lang": "en"}).json()

    assert [t["name"] for t in page["contents"]] == ["Aim"]
    assert detail["description"] == ""  # HSDS requires the key
    assert_hsds(detail, "taxonomy")


def test_terms_by_taxonomy_parent_and_top_level(client, aims, assert_hsds):
    def codes(**query):
        return sorted(
            t["code"] for t in client.get("/api/hsds/taxonomy_terms", query).json()["contents"]
        )

    labour = aims.terms.get(code="labour-market")
    assert codes(taxonomy_id=str(aims.pk)) == ["finnish-language", "labour-market"]
    assert codes(parent_id=str(labour.pk)) == ["finnish-language"]
    assert codes(taxonomy_id=str(aims.pk), top_only="true") == ["labour-market"]
    term = client.get(f"/api/hsds/taxonomy_terms/{labour.pk}").json()
    assert term["taxonomy_id"] == str(aims.pk)
    assert_hsds(term, "taxonomy_term")


def test_a_bad_identifier_is_explained(client):
    response = client.get("/api/hsds/taxonomy_terms", {"taxonomy_id": "aim"})

    assert response.status_code == 400
    assert "taxonomy_id" in response.json()
