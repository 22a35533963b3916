"""The index follows the directory: an editor's save, a new translation, unpublishing and
deleting show in the very next search, and a rebuild puts everything back."""

import io

import pytest
from django.core.management import call_command
from django.utils import translation

from directory.models import Service
from search import memory
from search.engine import search
from search.indexing import index_services
from search.models import IndexState, SearchDocument
from search.tests.support import names

pytestmark = pytest.mark.django_db


def test_every_language_a_service_is_written_in_has_its_own_row(services):
    assert set(services["course"].search_documents.values_list("language", flat=True)) == {
        "fi",
        "en",
    }
    assert not SearchDocument.objects.filter(service=services["draft"]).exists()


def test_an_editors_rename_is_found_at_once(services):
    search("kielikahvila")  # this process now holds the index in memory
    cafe = services["cafe"]
    cafe.name = cafe.name.with_text("fi", "Kirjaston keskustelupiiri")
    cafe.save()
    result = search("keskustelupiiri")
    assert names(result)[0] == "Kirjaston keskustelupiiri"


def test_a_new_translation_adds_a_row_and_only_it_is_embedded(services):
    youth = services["youth"]
    youth.description = youth.description.with_text("en", "Youth clubs and hobbies.")
    youth.save()
    assert youth.search_documents.count() == 2
    counts = index_services([youth])
    assert counts == {"embedded": 0, "unchanged": 2, "removed": 0}


def test_a_save_that_changes_no_text_leaves_the_index_alone(services):
    version = IndexState.objects.get().version
    services["jobs"].save()
    assert IndexState.objects.get().version == version


def test_incremental_changes_reach_the_in_memory_copy(services):
    search("nuorisotalot")
    before = memory.current()
    epoch = before.epoch
    course = services["course"]
    course.description = course.description.with_text("en", "Evening course in Finnish.")
    course.save()
    after = memory.current()
    assert after.epoch == epoch  # loaded incrementally, not reloaded
    assert after.version == IndexState.objects.get().version


def test_unpublishing_removes_a_service_from_search(services):
    course = services["course"]
    course.publication_status = Service.Publication.ARCHIVED
    course.save()
    assert not course.search_documents.exists()
    assert "Suomen kielen kurssi" not in names(search("suomen kielen kurssi", limit=50))


def test_deleting_removes_a_service_from_search(services):
    search("nuorisotalot")
    services["youth"].delete()
    assert "Nuorisotalot" not in names(search("nuorisotalot", limit=50))


def test_publishing_a_draft_makes_it_findable(services):
    draft = services["draft"]
    draft.publication_status = Service.Publication.PUBLISHED
    draft.save()
    assert "Luonnos: suomen kielen kurssi" in names(search("julkaistu kurssi", limit=50))


def test_the_rebuild_command_restores_the_index_with_progress(services):
    SearchDocument.objects.all().delete()
    stdout, stderr = io.StringIO(), io.StringIO()
    with translation.override("en"):
        call_command("rebuild_search_index", stdout=stdout, stderr=stderr)
    assert SearchDocument.objects.count() == 6  # 4 published services, 2 of them bilingual
    assert "6 texts embedded" in stdout.getvalue()
    assert "services" in stderr.getvalue()  # the progress bar
    assert names(search("kielikahvila"))[0] == "Kirjaston kielikahvila"


def test_a_full_rebuild_embeds_everything_again(services):
    out = io.StringIO()
    with translation.override("en"):
        call_command("rebuild_search_index", "--full", stdout=out, stderr=io.StringIO())
    assert "6 texts embedded, 0 unchanged" in out.getvalue()
