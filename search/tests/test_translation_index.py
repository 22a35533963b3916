"""The index follows every translation: one imported or published through review is found at
once in its language; a stale one (its Finnish source changed) is still shown, so still found;
a removed one is gone from the index."""

import pytest

from directory import translation_status
from search.engine import search
from search.models import SearchDocument
from search.tests.conftest import service

pytestmark = pytest.mark.django_db

SOMALI = "Naadiga wada hadalka luqadda Finnishka"


@pytest.fixture
def cafe(library):
    return service(
        library,
        "Kielikahvilassa harjoitellaan suomen puhumista.",
        name_fi="Kielikahvila",
    )


def _translate(cafe, text=SOMALI):
    cafe.name = cafe.name.with_text("so", text)
    translation_status.mark(cafe, "name", "so", translation_status.Status.TRANSLATED)
    cafe.save()


def test_a_new_translation_is_indexed_in_its_language(cafe):
    _translate(cafe)
    assert set(cafe.search_documents.values_list("language", flat=True)) == {"fi", "so"}
    assert str(search(SOMALI).hits[0].service.name.get("so")) == SOMALI


def test_a_stale_translation_stays_findable_while_it_is_shown(cafe):
    _translate(cafe)
    cafe.name = cafe.name.with_text("fi", "Kielikahvila ja keskustelukerho")
    cafe.save()
    assert translation_status.state_for(cafe, "name", "so").stale
    assert SearchDocument.objects.filter(service=cafe, language="so").exists()
    assert search(SOMALI).hits[0].service.pk == cafe.pk


def test_a_changed_translation_replaces_the_old_words(cafe):
    _translate(cafe)
    _translate(cafe, "Makhaayadda luqadda")
    row = SearchDocument.objects.get(service=cafe, language="so")
    assert "Makhaayadda luqadda" in row.passage
    assert SOMALI not in row.passage


def test_a_removed_translation_leaves_the_index(cafe):
    _translate(cafe)
    cafe.name = cafe.name.with_text("so", "")
    cafe.save()
    assert not SearchDocument.objects.filter(service=cafe, language="so").exists()
